// #/account: a signed-in account's security (who is signed in, change password, sign out); anyone else signs in here.

import { el } from '../dom.js';
import { bindText, setTitle, t } from '../i18n.js';
import { ensureUser, signOut } from '../session.js';
import { createAccountForms } from './account.js';
import { errorBlock, loading } from './common.js';
import { createPasswordForm } from './password-form.js';

function securitySection(email) {
  const signOutButton = bindText(el('button', { id: 'security-sign-out', type: 'button', class: 'button' }), () => t('security.signOut'));
  signOutButton.addEventListener('click', () => {
    // The session listener in app.js redraws this page as the sign-in forms.
    signOut().catch(() => {});
  });
  return el(
    'div',
    { class: 'account-forms' },
    createPasswordForm(email),
    el(
      'section',
      { class: 'panel', 'aria-labelledby': 'security-sign-out-heading' },
      bindText(el('h2', { id: 'security-sign-out-heading' }), () => t('security.signOutHeading')),
      bindText(el('p', { class: 'muted' }), () => t('security.signOutIntro')),
      el('div', { class: 'actions' }, signOutButton),
    ),
  );
}

export function createAccountPageView() {
  let destroyed = false;
  return {
    async mount(main) {
      setTitle(() => t('security.heading'));
      const root = el('div', { class: 'account-page' }, loading());
      main.append(root);
      const heading = (key) => bindText(el('h1', { tabindex: '-1' }), () => t(key));
      const show = (user, focus = false) => {
        if (destroyed) return;
        // A guest has no password to change: like an anonymous reader, they sign in or register here.
        const key = user?.email ? 'security.heading' : 'account.heading';
        setTitle(() => t(key));
        const h1 = heading(key);
        if (user?.email) {
          const who = bindText(el('p', { id: 'security-user', class: 'account-user' }), () => t('security.signedInAs', { name: user.displayName, email: user.email }));
          root.replaceChildren(h1, who, securitySection(user.email));
        } else {
          root.replaceChildren(h1, createAccountForms({ onDone: (signedIn) => show(signedIn, true) }));
        }
        if (focus) h1.focus();
      };
      try {
        show(await ensureUser());
      } catch {
        root.replaceChildren(heading('security.heading'), errorBlock(() => t('error.generic'), () => location.reload()));
      }
    },
    destroy() {
      destroyed = true;
    },
  };
}
