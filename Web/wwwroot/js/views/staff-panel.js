// Staff of one booth: the list, "invite a member" for owners, and removing members.

import { createInvitation, getStaff, removeStaff } from '../api.js';
import { el, newId } from '../dom.js';
import { bindText, t } from '../i18n.js';
import { busy, statusLine } from './form-parts.js';
import { createPendingInvitations } from './pending-invitations.js';

export function createStaffPanel(boothId, { canManage }) {
  const list = el('ul', { id: 'staff-list', class: 'staff-list' });
  const status = statusLine('staff-status');
  const panel = el(
    'section',
    { class: 'panel', 'aria-labelledby': 'staff-heading' },
    bindText(el('h2', { id: 'staff-heading' }), () => t('staff.heading')),
    list,
    status.node,
  );

  async function load() {
    try {
      const staff = await getStaff(boothId);
      list.replaceChildren(
        ...staff.map((member) => {
          const item = el('li', {}, `${member.displayName} · `, bindText(el('span'), () => t(`role.${member.role}`)));
          if (canManage && member.role === 'member') {
            const remove = bindText(el('button', { type: 'button', class: 'button' }), () => t('staff.remove', { name: member.displayName }));
            const operationId = newId();
            remove.addEventListener('click', async () => {
              try {
                await removeStaff(boothId, member.visitorId, operationId);
                await load();
              } catch (err) {
                status.fail(err);
              }
            });
            item.append(' ', remove);
          }
          return item;
        }),
      );
    } catch (err) {
      status.fail(err);
    }
  }

  if (canManage) {
    const pending = createPendingInvitations(() => boothId, status);
    const result = el('div', { id: 'member-invitation', class: 'invitation-result', 'aria-live': 'polite' });
    const invite = bindText(el('button', { type: 'submit', class: 'button button--primary' }), () => t('staff.invite'));
    const form = el('form', {}, el('div', { class: 'actions' }, invite), result);
    form.addEventListener('submit', async (event) => {
      event.preventDefault();
      await busy(form, async () => {
        try {
          result.replaceChildren(invitationResult(await createInvitation(boothId, newId(), 'member')));
          await pending.reload();
        } catch (err) {
          status.fail(err);
        }
      });
    });
    panel.append(form, pending.node);
  }

  load();
  return panel;
}

/** A created invitation, its link and code selectable for copying. */
export function invitationResult(invitation) {
  return el(
    'dl',
    { class: 'invitation' },
    bindText(el('dt'), () => t('invite.link')),
    el('dd', {}, el('a', { href: invitation.link, class: 'invitation-link' }, invitation.link)),
    bindText(el('dt'), () => t('invite.code')),
    el('dd', {}, el('code', { class: 'invitation-code' }, invitation.code)),
    bindText(el('dd', { class: 'hint' }), () => t('staff.inviteHint')),
  );
}
