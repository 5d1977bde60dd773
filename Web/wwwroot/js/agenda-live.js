// The agenda in the whole app: its routes, and the reminders of the visitor's plan, shown as an in-app notice on
// whatever page is open. Any visitor with a session keeps the hub connection, so reminders reach them live.

import * as hub from './hub.js';
import { el } from './dom.js';
import { bindText, locale, pick, t } from './i18n.js';
import { onSessionChange } from './session.js';
import { createAgendaView } from './views/agenda.js';
import { createSessionView } from './views/session.js';

export const AGENDA_ROUTES = [
  [/^#\/agenda\/?$/, () => createAgendaView()],
  [/^#\/session\/([^/?#]+)\/?$/, (id) => createSessionView(id)],
];

function region() {
  let box = document.getElementById('agenda-reminders');
  if (!box) {
    box = el('div', { id: 'agenda-reminders', class: 'agenda-reminders', role: 'status', 'aria-live': 'polite' });
    const anchor = document.getElementById('announcements');
    if (anchor) anchor.after(box);
    else document.body.prepend(box);
  }
  return box;
}

function showReminder(reminder) {
  const box = region();
  if (box.querySelector(`[data-reminder="${CSS.escape(reminder.sessionId)}"]`)) return;
  const time = () => new Date(reminder.startsAt).toLocaleTimeString(locale(), { hour: '2-digit', minute: '2-digit' });
  const dismiss = bindText(el('button', { type: 'button', class: 'link-button' }), () => t('plan.dismiss'));
  // A booked meeting names its booth: the reminder leads to the booth's chat, where it is held.
  const meeting = Boolean(reminder.boothId);
  const notice = el(
    'div',
    { class: 'notice agenda-reminder', 'data-reminder': reminder.sessionId },
    bindText(el('p'), () => t(meeting ? 'meet.reminder' : 'plan.reminder', { title: pick(reminder.title), booth: pick(reminder.title), time: time() })),
    el('p', {},
      meeting
        ? bindText(el('a', { href: `#/booth/${encodeURIComponent(reminder.boothId)}` }), () => t('meet.reminderOpen'))
        : bindText(el('a', { href: `#/session/${encodeURIComponent(reminder.sessionId)}` }), () => t('plan.reminderOpen')),
      ' ',
      dismiss),
  );
  dismiss.addEventListener('click', () => notice.remove());
  box.append(notice);
}

export function startAgendaReminders() {
  hub.on('SessionReminder', showReminder);
  onSessionChange((user) => {
    if (user) hub.start();
  });
}
