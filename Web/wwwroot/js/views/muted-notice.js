// Tells a muted visitor so as they enter a booth, and the moment a moderator mutes them inside it, rather than when
// their next line is refused; the chat box stays closed while the mute lasts and opens again when it ends.

import { locale, t } from '../i18n.js';

/** The mute of an entry snapshot ({ muted, mutedUntil, muteReason }): the box starts closed, or open with no notice. */
export function mutedNotice(chatForm, snapshot) {
  if (!chatForm) return;
  apply(chatForm, Boolean(snapshot?.muted), snapshot?.mutedUntil, snapshot?.muteReason, false);
}

/** A MuteChanged event for this visitor ({ muted, until }): closes the box, or opens it and says so. */
export function muteChanged(chatForm, change) {
  if (!chatForm || !change) return;
  apply(chatForm, Boolean(change.muted), change.until, change.reason, true);
}

function apply(chatForm, muted, untilValue, reason, sayWhenEnded) {
  if (!muted) {
    chatForm.setMuted(sayWhenEnded ? () => t('journey.muteEnded') : null, false);
    return;
  }
  const until = untilValue ? new Date(untilValue) : null;
  // Rendered on every language switch, so the date follows the page language too.
  chatForm.setMuted(
    () =>
      (until
        ? t('fixes.mutedUntil', { until: until.toLocaleString(locale(), { dateStyle: 'medium', timeStyle: 'short' }) })
        : t('fixes.muted')) + (reason ? t('journey.muteReason', { reason }) : ''),
    true,
  );
}
