// On a booth's page: the meeting slots its staff offer, and a button to book a free one (registered visitors).

import { bookSlot, getMyMeetings, getSlots } from '../meetings-api.js';
import { el, newId } from '../dom.js';
import { bindText, t } from '../i18n.js';
import { statusLine } from './form-parts.js';
import { meetingTime } from './meeting-parts.js';

/** Refusals a visitor can act on, in their language. */
export const MEETING_ERRORS = {
  conflict: 'meet.errorTaken',
  quota_exceeded: 'meet.errorQuota',
  forbidden: 'meet.signInFirst',
  not_found: 'meet.errorGone',
};

export function createMeetingSlots(boothId, user) {
  const root = el('section', { id: 'booth-meetings', class: 'panel meetings', 'aria-labelledby': 'booth-meetings-heading' });
  const list = el('ul', { class: 'meeting-list', id: 'booth-slot-list' });
  const status = statusLine('booth-meetings-status');
  root.append(bindText(el('h2', { id: 'booth-meetings-heading' }), () => t('meet.heading')), list, status.node);
  const account = Boolean(user?.email);
  if (!account) root.append(el('p', {}, bindText(el('a', { href: '#/sign-in' }), () => t('meet.signInFirst'))));

  const draw = (slots) => {
    const free = slots.filter((s) => !s.booked || s.booker);
    list.replaceChildren(
      ...(free.length
        ? free.map((slot) => slotItem(slot))
        : [bindText(el('li', { class: 'muted' }), () => t('meet.noSlots'))]),
    );
  };

  const slotItem = (slot) => {
    const item = el('li', { class: 'meeting-card', 'data-slot': slot.id }, meetingTime(slot.startsAt, slot.endsAt));
    item.append(bindText(el('p', { class: 'meeting-host' }), () => t('meet.withHost', { name: slot.host.displayName })));
    if (slot.booker) {
      item.append(el('p', {}, bindText(el('a', { href: '#/agenda' }), () => t('meet.bookedByYou'))));
    } else if (account) {
      const book = bindText(el('button', { type: 'button', class: 'button button--primary', 'data-book': slot.id }), () => t('meet.book'));
      book.addEventListener('click', async () => {
        book.disabled = true;
        try {
          await bookSlot(boothId, slot.id, newId());
          status.ok(t('meet.booked'));
          await load();
          list.querySelector(`[data-slot="${CSS.escape(slot.id)}"] a`)?.focus();
        } catch (err) {
          status.fail(err, MEETING_ERRORS);
          book.disabled = false;
          if (err.code === 'conflict') await load();
        }
      });
      item.append(book);
    }
    return item;
  };

  // A visitor's own bookings show as theirs: the public list hides bookers, so their agenda tells which.
  const load = async () => {
    try {
      const [slots, mine] = await Promise.all([getSlots(boothId), account ? myBookings(boothId) : new Set()]);
      draw(slots.map((s) => (mine.has(s.id) ? { ...s, booker: user } : s)));
    } catch (err) {
      status.fail(err);
    }
  };
  load();
  return root;
}

async function myBookings(boothId) {
  const meetings = await getMyMeetings().catch(() => []);
  return new Set(meetings.filter((m) => m.role === 'guest' && m.boothId === boothId).map((m) => m.slotId));
}
