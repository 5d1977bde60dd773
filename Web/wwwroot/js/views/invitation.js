// #/invitation/{code}: what the invitation offers, then accept it signed in, or register with it.

import { checkInvitation, getExpoCached } from '../api.js';
import { el } from '../dom.js';
import { bindText, pick, setTitle, t } from '../i18n.js';
import { acceptInvitation, ensureUser } from '../session.js';
import { createAccountForms } from './account.js';
import { loading } from './common.js';
import { busy, statusLine } from './form-parts.js';

export function createInvitationView(code) {
  return {
    async mount(main) {
      setTitle(() => t('invitation.heading'));
      const root = el('div', { class: 'invitation-page' }, bindText(el('h1', { tabindex: '-1' }), () => t('invitation.heading')));
      main.append(root);
      const wait = loading();
      root.append(wait);
      let offer;
      let boothName = () => offer?.boothId ?? '';
      try {
        offer = await checkInvitation(code);
        const expo = await getExpoCached().catch(() => null);
        const booth = expo?.pavilions.flatMap((p) => p.booths).find((b) => b.id === offer.boothId);
        if (booth) boothName = () => pick(booth.name);
      } catch {
        wait.replaceWith(bindText(el('p', { class: 'notice notice--error', role: 'alert' }), () => t('invitation.invalid')));
        return;
      }
      wait.replaceWith(
        bindText(el('p', { id: 'invitation-offer', class: 'lead' }), () =>
          t('invitation.offer', { booth: boothName(), role: t(`role.${offer.role}`) }),
        ),
      );

      const done = () => {
        location.hash = `#/my-booths/${encodeURIComponent(offer.boothId)}`;
      };
      const user = await ensureUser().catch(() => null);
      if (user?.email) {
        const status = statusLine('invitation-status');
        const accept = bindText(el('button', { type: 'submit', id: 'accept-invitation', class: 'button button--primary' }), () =>
          t('invitation.accept'),
        );
        const form = el('form', { class: 'panel' }, status.node, el('div', { class: 'actions' }, accept));
        form.addEventListener('submit', async (event) => {
          event.preventDefault();
          await busy(form, async () => {
            try {
              await acceptInvitation(code);
              done();
            } catch (err) {
              status.fail(err);
            }
          });
        });
        root.append(form);
      } else {
        root.append(bindText(el('p', { class: 'muted' }), () => t('invitation.needAccount')));
        root.append(createAccountForms({ invitation: code, onDone: () => acceptOrGo() }));
      }

      async function acceptOrGo() {
        // A new registration took the code along; a sign-in still has to accept it.
        const now = await ensureUser();
        if (!now.booths?.some((b) => b.boothId === offer.boothId)) await acceptInvitation(code).catch(() => {});
        done();
      }
    },
    destroy() {},
  };
}
