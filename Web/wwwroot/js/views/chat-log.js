// The chat log: ordered by sequence, one line per sequence. Snapshots, catch-up
// pages and live events overlap, so every add is de-duplicated.

import { el } from '../dom.js';
import { bindAttr, bindText, locale, t } from '../i18n.js';

const MAX_LINES = 500;

export function createChatLog(selfId, { decorate = null } = {}) {
  // A log is polite; only added lines are news, not a time re-rendered in the other language.
  // The lines stay a list inside the log region: a list role on the log itself would orphan its items.
  const list = el('ol', { class: 'chat-log', tabindex: '0' });
  bindAttr(list, 'aria-label', () => t('chat.logLabel'));
  const log = el('div', { id: 'chat-log', role: 'log', 'aria-live': 'polite', 'aria-relevant': 'additions' }, list);
  bindAttr(log, 'aria-label', () => t('chat.logLabel'));
  const empty = bindText(el('p', { class: 'chat-empty muted' }), () => t('chat.empty'));
  const root = el('div', { class: 'chat-log-wrap' }, log, empty);

  const lines = new Map(); // sequence -> li
  let highest = 0;
  let floor = 0; // lines below this were trimmed away; do not bring them back
  const removed = new Set(); // moderators removed these; a late snapshot or page must not bring them back

  function nearBottom() {
    return list.scrollHeight - list.scrollTop - list.clientHeight < 48;
  }

  function insert(message) {
    const sequence = Number(message?.sequence);
    if (!Number.isFinite(sequence) || lines.has(sequence) || sequence < floor || removed.has(sequence)) return false;
    const line = renderLine(message, sequence, selfId);
    decorate?.(line, message);
    // New lines are almost always the latest, so walk back from the end.
    let before = list.lastElementChild;
    while (before && Number(before.dataset.sequence) > sequence) before = before.previousElementSibling;
    if (before) before.after(line);
    else list.prepend(line);
    lines.set(sequence, line);
    highest = Math.max(highest, sequence);
    return true;
  }

  function trim() {
    while (lines.size > MAX_LINES) {
      const first = list.firstElementChild;
      const sequence = Number(first.dataset.sequence);
      lines.delete(sequence);
      floor = sequence + 1;
      first.remove();
    }
  }

  /** Add messages; returns the ones that were new. */
  function add(messages, { forceScroll = false } = {}) {
    const stick = forceScroll || nearBottom();
    const batch = Array.isArray(messages);
    // A snapshot or catch-up page is history, not news: silence the log while it fills, so a screen reader does not
    // read out fifty old lines on entering; single live lines are announced as they come.
    if (batch) log.setAttribute('aria-live', 'off');
    const added = (batch ? messages : [messages]).filter(insert);
    if (batch) requestAnimationFrame(() => log.setAttribute('aria-live', 'polite'));
    if (added.length) {
      trim();
      empty.hidden = true;
      if (stick) list.scrollTop = list.scrollHeight;
    }
    return added;
  }

  /** A moderator removed the line: it goes for good, and its sequence still counts as seen. */
  function remove(sequence) {
    const number = Number(sequence);
    removed.add(number);
    highest = Math.max(highest, number);
    const line = lines.get(number);
    if (!line) return;
    if (line.contains(document.activeElement)) list.focus();
    line.remove();
    lines.delete(number);
    empty.hidden = lines.size > 0;
  }

  return {
    root,
    add,
    remove,
    has: (sequence) => lines.has(Number(sequence)),
    lastSequence: () => highest,
  };
}

function renderLine(message, sequence, selfId) {
  const mine = selfId != null && message.senderId === selfId;
  const line = el('li', { class: mine ? 'chat-line is-mine' : 'chat-line', 'data-sequence': sequence });
  const sender = el('span', { class: 'chat-sender' }, String(message.senderName ?? ''));
  const meta = el('div', { class: 'chat-meta' }, sender);
  // The badge comes only from senderRole, which the server sets from the booth's staff list and the organiser
  // role: a visitor who calls themselves "Staff" gets none.
  if (message.senderRole === 'staff' || message.senderRole === 'organiser') {
    const badge = el('span', { class: `chat-badge chat-badge-${message.senderRole}` });
    meta.append(bindText(badge, () => t(`chat.badge.${message.senderRole}`)));
  }
  const sentAt = new Date(message.sentAt);
  if (!Number.isNaN(sentAt.getTime())) {
    const time = el('time', { class: 'chat-time', datetime: sentAt.toISOString() });
    meta.append(bindText(time, () => sentAt.toLocaleTimeString(locale(), { hour: '2-digit', minute: '2-digit' })));
  }
  line.append(meta, el('p', { class: 'chat-text' }, String(message.text ?? '')));
  return line;
}
