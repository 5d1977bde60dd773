// In the agenda: the meetings the signed-in visitor booked and those they host, each with its time in their zone and
// Beijing time, the booth's chat to meet in, an .ics file for their calendar, and a way to cancel.

import { calendarUrl, cancelBooking, getMyMeetings } from '../meetings-api.js';
import { el, newId } from '../dom.js';
import { bindText, pick, t } from '../i18n.js';
import { statusLine } from './form-parts.js';
import { meetingTime } from './meeting-parts.js';
import { MEETING_ERRORS } from './meeting-slots.js';

export function createMeetingsPanel(user) {
  const root = el('section', { id: 'my-meetings', class: 'panel meetings', 'aria-labelledby': 'my-meetings-heading' });
  root.append(bindText(el('h2', { id: 'my-meetings-heading' }), () => t('meet.mine')));
  if (!user?.email) {
    root.append(el('p', {}, bindText(el('a', { href: '#/sign-in' }), () => t('meet.mineSignIn'))));
    return root;
  }
  const list = el('ul', { class: 'meeting-list', id: 'my-meeting-list' });
  const status = statusLine('my-meetings-status');
  root.append(list, status.node);

  const item = (meeting) => {
    const booth = () => pick(meeting.boothName);
    const other = meeting.role === 'host' ? meeting.booker?.displayName ?? '' : meeting.host.displayName;
    const chat = bindText(el('a', { href: meeting.chatUrl, class: 'button', 'data-chat': meeting.slotId }), () => t('meet.joinChat'));
    const ics = bindText(el('a', { href: meeting.calendarUrl, download: '', 'data-ics': meeting.slotId }), () => t('meet.download'));
    const cancel = bindText(el('button', { type: 'button', class: 'button', 'data-cancel-meeting': meeting.slotId }), () => t('meet.cancel'));
    cancel.addEventListener('click', async () => {
      cancel.disabled = true;
      try {
        await cancelBooking(meeting.boothId, meeting.slotId, newId());
        status.ok(t('meet.cancelled'));
        await load();
        root.querySelector('h2')?.setAttribute('tabindex', '-1');
        root.querySelector('h2')?.focus();
      } catch (err) {
        status.fail(err, MEETING_ERRORS);
        cancel.disabled = false;
      }
    });
    return el(
      'li',
      { class: 'meeting-card', 'data-meeting': meeting.slotId },
      el('h3', { class: 'h-small' }, bindText(el('span'), () => t(meeting.role === 'host' ? 'meet.hostingAt' : 'meet.meetingAt', { booth: booth() }))),
      meetingTime(meeting.startsAt, meeting.endsAt),
      bindText(el('p', { class: 'meeting-with' }), () => t('meet.with', { name: other })),
      el('div', { class: 'actions' }, chat, ics, cancel),
    );
  };

  const load = async () => {
    try {
      const meetings = (await getMyMeetings()).filter((m) => Date.parse(m.endsAt) > Date.now());
      list.replaceChildren(
        ...(meetings.length ? meetings.map(item) : [bindText(el('li', { class: 'muted' }), () => t('meet.mineNone'))]),
      );
    } catch (err) {
      status.fail(err);
    }
  };
  load();
  return root;
}
