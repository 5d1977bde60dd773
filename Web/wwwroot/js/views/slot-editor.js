// On the booth owner's page: offer meeting slots, see who booked each, withdraw one.

import { getSlotsForStaff, publishSlot, withdrawSlot } from '../meetings-api.js';
import { el, newId } from '../dom.js';
import { bindText, t } from '../i18n.js';
import { busy, field, select, statusLine } from './form-parts.js';
import { localInputValue, meetingTime, readerZone } from './meeting-parts.js';
import { MEETING_ERRORS } from './meeting-slots.js';

const LENGTHS = [15, 30, 45, 60];

export function createSlotEditor(boothId) {
  const root = el('section', { id: 'slot-editor', class: 'panel meetings', 'aria-labelledby': 'slot-editor-heading' });
  const start = field('meet.slotStart', { id: 'slot-start', type: 'datetime-local', required: true });
  const nextHour = new Date(Date.now() + 3600000);
  nextHour.setMinutes(0, 0, 0);
  start.control.value = localInputValue(nextHour);
  const zoneHint = bindText(el('p', { class: 'hint', id: 'slot-start-zone' }), () => t('meet.slotZone', { zone: readerZone() }));
  start.control.setAttribute('aria-describedby', zoneHint.id);
  start.wrapper.append(zoneHint);
  const length = select('meet.slotLength', LENGTHS.map((m) => [String(m), `meet.minutes${m}`]), { id: 'slot-minutes' });
  length.control.value = '30';
  const status = statusLine('slot-status');
  const form = el(
    'form',
    { id: 'slot-form', class: 'stack' },
    start.wrapper,
    length.wrapper,
    el('div', { class: 'actions' }, bindText(el('button', { type: 'submit', class: 'button button--primary', id: 'slot-publish' }), () => t('meet.publish'))),
    status.node,
  );
  const list = el('ul', { class: 'meeting-list', id: 'slot-list' });
  root.append(
    bindText(el('h2', { id: 'slot-editor-heading' }), () => t('meet.slotsHeading')),
    bindText(el('p', { class: 'hint' }), () => t('meet.slotsIntro')),
    form,
    list,
  );

  const item = (slot) => {
    const who = slot.booker
      ? bindText(el('p', { class: 'meeting-booker' }), () => t('meet.bookedBy', { name: slot.booker.displayName, host: slot.host.displayName }))
      : bindText(el('p', { class: 'muted' }), () => t('meet.free', { host: slot.host.displayName }));
    const withdraw = bindText(el('button', { type: 'button', class: 'button', 'data-withdraw': slot.id }), () => t('meet.withdraw'));
    withdraw.addEventListener('click', async () => {
      withdraw.disabled = true;
      try {
        await withdrawSlot(boothId, slot.id, newId());
        status.ok(t('meet.withdrawn'));
        await load();
      } catch (err) {
        status.fail(err, MEETING_ERRORS);
        withdraw.disabled = false;
      }
    });
    return el('li', { class: 'meeting-card', 'data-slot': slot.id }, meetingTime(slot.startsAt, slot.endsAt), who, withdraw);
  };

  const load = async () => {
    try {
      const slots = await getSlotsForStaff(boothId);
      list.replaceChildren(...(slots.length ? slots.map(item) : [bindText(el('li', { class: 'muted' }), () => t('meet.noSlots'))]));
    } catch (err) {
      status.fail(err);
    }
  };

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const when = new Date(start.control.value);
    if (Number.isNaN(when.getTime())) {
      status.fail(null, {});
      status.node.textContent = t('meet.slotStartInvalid');
      return;
    }
    busy(form, async () => {
      try {
        await publishSlot(boothId, newId(), when.toISOString(), Number(length.control.value));
        status.ok(t('meet.published'));
        await load();
      } catch (err) {
        status.fail(err, { ...MEETING_ERRORS, quota_exceeded: 'meet.errorSlotQuota', conflict: 'meet.errorOverlap' });
      }
    });
  });
  load();
  return root;
}
