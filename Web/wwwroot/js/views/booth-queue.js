// On the booth page: how full a capped booth is, and the queue a visitor waits in while it is full.

import { el } from '../dom.js';
import { bindText, locale, refresh, t } from '../i18n.js';

/** "You are 3rd in line": the place as an ordinal in the current language. */
export function ordinal(n) {
  const category = new Intl.PluralRules(locale(), { type: 'ordinal' }).select(n);
  const key = `queue.ordinal.${category}`;
  const text = t(key, { n });
  return text === key ? t('queue.ordinal.other', { n }) : text;
}

/** "37 / 50 here · 2 waiting to get in", hidden while the booth has no cap. */
export function createCapacityLine() {
  let state = { capacity: null, occupancy: null, queueLength: 0 };
  const here = bindText(el('span', { id: 'capacity-here' }), () => t('capacity.here', state));
  const waiting = bindText(el('span', { id: 'capacity-waiting' }), () => t('capacity.waiting', { count: state.queueLength }));
  const separator = el('span', { 'aria-hidden': 'true' }, ' · ');
  const root = el('p', { id: 'booth-capacity', class: 'booth-capacity', hidden: true }, here, separator, waiting);

  let queued = false;

  /** Takes the capacity fields of a snapshot or a PresenceChanged. */
  function update(source) {
    if (!source || !('capacity' in source)) return;
    state = { capacity: source.capacity, occupancy: source.occupancy ?? 0, queueLength: Number(source.queueLength) || 0 };
    root.hidden = state.capacity == null;
    waiting.hidden = state.queueLength === 0 || queued;
    separator.hidden = waiting.hidden;
    refresh(here);
    refresh(waiting);
  }

  /** While this visitor waits, the queue panel speaks of the line, so this line does not as well. */
  function setQueued(flag) {
    queued = flag;
    waiting.hidden = state.queueLength === 0 || queued;
    separator.hidden = waiting.hidden;
  }

  function hide() {
    root.hidden = true;
  }

  return { root, update, setQueued, hide };
}

/** The visitor's place in line, live, with a button to give it up (and one to queue again after). */
export function createQueuePanel({ onLeave, onRejoin }) {
  let place = { position: 1, queueLength: 1, estimatedWaitSeconds: null };
  const heading = bindText(el('h2', { id: 'queue-heading', tabindex: '-1' }), () => t('queue.heading'));
  const position = bindText(el('p', { id: 'queue-position', class: 'queue-position' }), () =>
    t('queue.position', { ordinal: ordinal(place.position), position: place.position, length: place.queueLength }),
  );
  const wait = bindText(el('p', { id: 'queue-wait', class: 'muted' }), () =>
    place.estimatedWaitSeconds == null
      ? t('queue.waitUnknown')
      : t('queue.wait', { count: Math.max(1, Math.ceil(place.estimatedWaitSeconds / 60)) }),
  );
  const intro = bindText(el('p'), () => t('queue.intro'));
  const leave = bindText(el('button', { type: 'button', id: 'queue-leave', class: 'button' }), () => t('queue.leave'));
  const left = bindText(el('p', { id: 'queue-left', hidden: true }), () => t('queue.left'));
  const rejoin = bindText(el('button', { type: 'button', id: 'queue-rejoin', class: 'button button--primary', hidden: true }), () => t('queue.rejoin'));
  const live = el('div', { role: 'status', 'aria-live': 'polite' }, position, wait);
  const root = el('section', { id: 'booth-queue', class: 'panel queue-panel', 'aria-labelledby': 'queue-heading', hidden: true },
    heading, live, intro, leave, left, rejoin);

  leave.addEventListener('click', async () => {
    leave.disabled = true;
    try {
      await onLeave();
      showLeft();
    } finally {
      leave.disabled = false;
    }
  });
  rejoin.addEventListener('click', () => onRejoin());

  function show(next) {
    place = { ...place, ...next };
    root.hidden = false;
    for (const node of [live, intro, leave]) node.hidden = false;
    left.hidden = true;
    rejoin.hidden = true;
    refresh(position);
    refresh(wait);
  }

  function showLeft() {
    for (const node of [live, intro, leave]) node.hidden = true;
    left.hidden = false;
    rejoin.hidden = false;
    rejoin.focus();
  }

  function hide() {
    root.hidden = true;
  }

  return { root, show, hide, isShown: () => !root.hidden };
}
