// The staff console: who is in the booth now, for how long, and an invitation to chat (the statistics: analytics-panel.js).

import { getAttendees, inviteToChat } from '../booth-api.js';
import { el } from '../dom.js';
import { bindText, t } from '../i18n.js';
import { statusLine } from './form-parts.js';

const REFRESH_MS = 3000;

export function createAttendeesPanel(boothId) {
  const list = el('ul', { id: 'attendee-list', class: 'staff-list', 'aria-live': 'polite' });
  const status = statusLine('attendees-status');
  let timer = null;

  function minutes(seconds) {
    return Math.floor(seconds / 60);
  }

  async function load() {
    try {
      const attendees = await getAttendees(boothId);
      const visitors = attendees.filter((a) => !a.staff);
      list.replaceChildren(
        ...visitors.map((a) => {
          const invite = bindText(el('button', { type: 'button', class: 'button' }), () => t('attendees.invite', { name: a.displayName }));
          invite.addEventListener('click', async () => {
            try {
              await inviteToChat(boothId, a.visitorId);
              status.ok(t('attendees.invited', { name: a.displayName }));
            } catch (err) {
              status.fail(err);
            }
          });
          return el(
            'li',
            { 'data-visitor-id': a.visitorId },
            el('strong', {}, a.displayName),
            a.organisation ? ` · ${a.organisation}` : '',
            ' · ',
            bindText(el('span', { class: 'muted' }), () => t('attendees.stayed', { minutes: minutes(a.stayedSeconds) })),
            ' ',
            invite,
          );
        }),
      );
      if (!visitors.length) list.append(bindText(el('li', { class: 'muted' }), () => t('attendees.empty')));
    } catch (err) {
      status.fail(err);
    }
  }

  const root = el(
    'section',
    { id: 'attendees-panel', class: 'panel', 'aria-labelledby': 'attendees-heading' },
    bindText(el('h2', { id: 'attendees-heading' }), () => t('attendees.heading')),
    list,
    status.node,
  );
  load();
  // Polled: the console does not enter the booth (staff go online there by opening the booth page), and a few
  // seconds' delay is fine for this list.
  timer = setInterval(() => {
    if (!root.isConnected) clearInterval(timer);
    else load();
  }, REFRESH_MS);
  return root;
}
