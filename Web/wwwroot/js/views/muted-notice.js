// Tells a muted visitor so as they enter a booth, rather than when their first line is refused.

import { locale, t } from '../i18n.js';

/** Shows the mute of an entry snapshot (if any) under the chat box, in the page language. */
export function mutedNotice(chatForm, snapshot) {
  if (!chatForm || !snapshot?.muted) return;
  const until = snapshot.mutedUntil ? new Date(snapshot.mutedUntil) : null;
  chatForm.setError(
    until
      ? t('fixes.mutedUntil', { until: until.toLocaleString(locale(), { dateStyle: 'medium', timeStyle: 'short' }) })
      : t('fixes.muted'),
  );
}
