// Who came and went, told to screen readers as one polite summary per spell, never one line per join or leave: in a
// busy booth that would read out every name while the visitor is trying to chat.

import { el } from '../dom.js';
import { locale, t } from '../i18n.js';

/** Changes are gathered from the first one on for this long, then told in one sentence. */
export const ANNOUNCE_WINDOW_MS = 2000;
const NAMED = 3;

export function createPresenceAnnouncer(selfId) {
  const node = el('p', { id: 'presence-announce', class: 'visually-hidden', role: 'status', 'aria-live': 'polite' });
  const joined = new Map();
  const left = new Map();
  let count = 0;
  let timer = null;

  function note(change) {
    for (const v of change.joined ?? []) {
      if (v.visitorId === selfId) continue;
      // Someone who left and came back within the spell is no news.
      if (!left.delete(v.visitorId)) joined.set(v.visitorId, v.displayName);
    }
    for (const v of change.left ?? []) {
      if (v.visitorId === selfId) continue;
      if (!joined.delete(v.visitorId)) left.set(v.visitorId, v.displayName);
    }
    count = Number(change.count ?? count);
    if (timer == null && (joined.size || left.size)) timer = setTimeout(flush, ANNOUNCE_WINDOW_MS);
  }

  function flush() {
    timer = null;
    if (!joined.size && !left.size) return;
    const parts = [];
    if (joined.size) parts.push(t('presence.announce.joined', { names: names([...joined.values()]) }));
    if (left.size) parts.push(t('presence.announce.left', { names: names([...left.values()]) }));
    parts.push(t('presence.announce.count', { count }));
    joined.clear();
    left.clear();
    node.textContent = parts.join(' ');
  }

  function destroy() {
    clearTimeout(timer);
    timer = null;
  }

  return { node, note, destroy };
}

function names(list) {
  if (list.length <= NAMED) return new Intl.ListFormat(locale(), { type: 'conjunction' }).format(list.map(String));
  return t('presence.announce.more', { first: String(list[0]), count: list.length - 1 });
}
