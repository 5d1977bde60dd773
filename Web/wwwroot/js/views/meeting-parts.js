// Pieces shared by the meeting panels: a meeting's time in the reader's zone and in Beijing time, following the language.

import { el } from '../dom.js';
import { bindText, getLang, locale, t } from '../i18n.js';

export const BEIJING = 'Asia/Shanghai';

function span(startsAt, endsAt, timeZone) {
  const day = new Intl.DateTimeFormat(locale(), { weekday: 'short', day: 'numeric', month: 'short', timeZone });
  const time = new Intl.DateTimeFormat(locale(), { hour: '2-digit', minute: '2-digit', timeZone });
  const start = new Date(startsAt);
  return `${day.format(start)} ${time.format(start)}–${time.format(new Date(endsAt))}`;
}

export function readerZone() {
  const zone = Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
  if (getLang() === 'en') return zone;
  // Chinese readers get the zone's Chinese name ("北美东部标准时间"), not its English identifier.
  const part = new Intl.DateTimeFormat(locale(), { timeZone: zone, timeZoneName: 'long' })
    .formatToParts(new Date())
    .find((p) => p.type === 'timeZoneName');
  return part?.value || zone;
}

/** "Sat 6 Dec 14:00–14:30 (your time, Europe/London)" then "Beijing time: Sat 6 Dec 22:00–22:30". */
export function meetingTime(startsAt, endsAt) {
  const local = bindText(el('time', { datetime: startsAt, class: 'meeting-time' }), () =>
    t('meet.localTime', { time: span(startsAt, endsAt), zone: readerZone() }),
  );
  const beijing = bindText(el('span', { class: 'muted meeting-beijing' }), () => t('meet.beijingTime', { time: span(startsAt, endsAt, BEIJING) }));
  return el('p', { class: 'meeting-when' }, local, ' ', beijing);
}

/** The value a datetime-local input needs for a moment, in the reader's zone. */
export function localInputValue(date) {
  const pad = (n) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}T${pad(date.getHours())}:${pad(date.getMinutes())}`;
}
