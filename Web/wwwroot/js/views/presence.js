// Who is in the booth: the server's count plus the list of names.

import { el } from '../dom.js';
import { bindAttr, bindText, refresh, t } from '../i18n.js';
import { createPresenceAnnouncer } from './presence-announcer.js';

export function createPresence(selfId) {
  const visitors = new Map(); // visitorId -> displayName
  const versions = new Map(); // visitorId -> version of the last change that named them
  let count = 0;
  let countVersion = 0;
  let entering = null; // changes that arrived while EnterBooth was on its way; they may overtake its snapshot

  const heading = bindText(el('h2', { id: 'presence-heading' }), () => t('presence.heading'));
  const countEl = el('span', { id: 'presence-count', class: 'presence-count' }, '0');
  const unit = bindText(el('span', { class: 'presence-unit' }), () => t('presence.unit', { count }));
  const list = el('ul', { id: 'presence-list', class: 'presence-list' });
  const empty = bindText(el('p', { class: 'muted' }), () => t('presence.empty'));
  const announcer = createPresenceAnnouncer(selfId);
  const root = el(
    'section',
    { class: 'panel presence-panel', 'aria-labelledby': 'presence-heading' },
    heading,
    el('p', { class: 'presence-summary' }, countEl, ' ', unit),
    list,
    empty,
    announcer.node,
  );

  function setCount(next) {
    count = Math.max(0, Number(next) || 0);
    countEl.textContent = String(count);
    refresh(unit);
  }

  function render() {
    const sorted = [...visitors].sort(([, a], [, b]) => String(a).localeCompare(String(b)));
    list.replaceChildren(
      ...sorted.map(([id, name]) => {
        const item = el('li', { 'data-visitor-id': id }, el('span', { class: 'presence-name' }, String(name ?? '')));
        if (id === selfId) {
          // Shown by CSS so the item's text stays exactly the display name.
          item.classList.add('is-self');
          bindAttr(item, 'data-you', () => t('presence.you'));
        }
        return item;
      }),
    );
    empty.hidden = visitors.size > 0;
  }

  /** Call before EnterBooth: changes arriving until its snapshot are kept to be re-applied on top of it. */
  function beginEnter() {
    entering = [];
  }

  /** Replace everything from an EnterBooth snapshot, then re-apply the changes newer than it. */
  function reset(list, nextCount, version) {
    const held = Number(version ?? 0);
    visitors.clear();
    versions.clear();
    for (const v of list ?? []) {
      visitors.set(v.visitorId, v.displayName);
      versions.set(v.visitorId, held);
    }
    setCount(nextCount ?? visitors.size);
    countVersion = held;
    const newer = (entering ?? []).filter((change) => Number(change.version) > held);
    entering = null;
    for (const change of newer) applyChange(change);
    render();
  }

  // Changes can overtake each other on their way from the booth (they may take different routes between servers):
  // a visitor's join or leave counts only when newer than what is held for them, and the count is the newest one's.
  function newerFor(visitorId, version) {
    if ((versions.get(visitorId) ?? -1) >= version) return false;
    versions.set(visitorId, version);
    return true;
  }

  function applyChange(change) {
    const version = Number(change.version ?? 0);
    for (const v of change.left ?? []) if (newerFor(v.visitorId, version)) visitors.delete(v.visitorId);
    for (const v of change.joined ?? []) if (newerFor(v.visitorId, version)) visitors.set(v.visitorId, v.displayName);
    if (version >= countVersion) {
      countVersion = version;
      setCount(change.count ?? visitors.size);
    }
  }

  /** Apply a PresenceChanged event; the count is the server's. */
  function apply(change) {
    entering?.push(change);
    applyChange(change);
    render();
    announcer.note(change);
  }

  reset([], 0);
  return { root, beginEnter, reset, apply };
}
