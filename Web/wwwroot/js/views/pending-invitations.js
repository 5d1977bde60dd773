// The booth's invitations nobody has accepted yet, for its owners: who made each and until when it works, and a
// button to withdraw it. Codes are never shown again here; only the person who created one saw it.

import { getPendingInvitations, withdrawInvitation } from '../api.js';
import { el, newId } from '../dom.js';
import { bindAttr, bindText, locale, t } from '../i18n.js';
import { hasRole } from '../session.js';

/** `currentBooth()` names the booth shown: fixed on a booth's staff panel, the chosen one on the organiser console. */
export function createPendingInvitations(currentBooth, status) {
  const list = el('ul', { id: 'pending-invitations', class: 'staff-list' });
  const heading = bindText(el('h3', { id: 'pending-invitations-heading', tabindex: '-1' }), () => t('staff.pendingHeading'));
  const empty = bindText(el('p', { class: 'hint', hidden: true }), () => t('staff.pendingNone'));
  const section = el(
    'section',
    { 'aria-labelledby': 'pending-invitations-heading' },
    heading,
    list,
    empty,
  );

  async function load() {
    try {
      const boothId = currentBooth();
      const pending = await getPendingInvitations(boothId);
      if (boothId !== currentBooth()) return; // another booth was chosen meanwhile; its own load shows it
      list.replaceChildren(...pending.map(item));
      empty.hidden = pending.length > 0;
    } catch (err) {
      status.fail(err);
    }
  }

  function item(invitation) {
    const boothId = currentBooth();
    const words = () => ({
      role: t(`role.${invitation.role}`),
      name: invitation.createdByName,
      until: new Date(invitation.expiresAt).toLocaleString(locale(), { dateStyle: 'medium', timeStyle: 'short' }),
    });
    const row = el('li', { 'data-invitation-id': invitation.id }, bindText(el('span'), () => t('staff.pendingItem', words())));
    // Only organisers take back an invitation to become an owner; the server refuses anyone else anyway.
    if (invitation.role !== 'owner' || hasRole('organiser')) {
      const withdraw = bindText(el('button', { type: 'button', class: 'button' }), () => t('staff.withdraw'));
      bindAttr(withdraw, 'aria-label', () => t('staff.withdrawLabel', words()));
      const operationId = newId();
      withdraw.addEventListener('click', async () => {
        withdraw.disabled = true;
        try {
          await withdrawInvitation(boothId, invitation.id, operationId);
          status.ok(t('staff.withdrawn'));
          await load();
          // The button is gone with its row: focus goes to the list's heading rather than the page body.
          heading.focus();
        } catch (err) {
          withdraw.disabled = false;
          status.fail(err);
        }
      });
      row.append(' ', withdraw);
    }
    return row;
  }

  load();
  return { node: section, reload: load };
}
