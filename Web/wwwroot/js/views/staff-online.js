// On the booth page: which of the booth's staff are here now, and a staff member's invitation to chat.

import { getStaffOnline } from '../booth-api.js';
import { el } from '../dom.js';
import { bindText, t } from '../i18n.js';
import * as hub from '../hub.js';

export function createStaffOnline(boothId, visitorId) {
  const line = el('p', { id: 'staff-online', class: 'staff-online', role: 'status' });
  const invitation = el('p', { id: 'chat-invitation', class: 'notice', role: 'alert', hidden: true });
  let names = [];
  bindText(line, () => (names.length ? t('staffOnline.some', { names: names.join(', ') }) : t('staffOnline.none')));

  async function load() {
    try {
      names = (await getStaffOnline(boothId)).map((s) => s.displayName);
      line.textContent = names.length ? t('staffOnline.some', { names: names.join(', ') }) : t('staffOnline.none');
    } catch {
      // The line keeps what it showed; the next presence change tries again.
    }
  }

  const offs = [
    hub.on('PresenceChanged', (change) => {
      if (String(change?.boothId) === boothId) load();
    }),
    hub.on('ChatInvitation', (invite) => {
      if (String(invite?.boothId) !== boothId || invite.visitorId !== visitorId) return;
      invitation.hidden = false;
      invitation.replaceChildren(bindText(el('span'), () => t('staffOnline.invited', { name: invite.staffName })));
      document.getElementById('chat-input')?.focus();
    }),
  ];
  load();
  return { root: el('div', {}, line, invitation), destroy: () => offs.forEach((off) => off()) };
}
