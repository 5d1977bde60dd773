// Sign in or register with an email and password; an invitation code can come along.

import { el } from '../dom.js';
import { LANGUAGES, bindText, getLang, setLang, setTitle, t } from '../i18n.js';
import { register, signInWithPassword } from '../session.js';
import { busy, field, select, statusLine } from './form-parts.js';

const SIGN_IN_ERRORS = { unauthorized: 'account.wrongPassword', rate_limited: 'account.locked' };
const REGISTER_ERRORS = { conflict: 'account.taken' };

export function createAccountForms({ invitation = '', onDone }) {
  const signInStatus = statusLine('sign-in-status');
  const signInEmail = field('account.email', { id: 'sign-in-email', type: 'email', autocomplete: 'username', required: true });
  const signInPassword = field('account.password', { id: 'sign-in-password', type: 'password', autocomplete: 'current-password', required: true });
  const signInForm = el(
    'form',
    { id: 'sign-in-form', class: 'panel', novalidate: true, 'aria-labelledby': 'sign-in-heading' },
    bindText(el('h2', { id: 'sign-in-heading' }), () => t('account.signInHeading')),
    signInEmail.wrapper,
    signInPassword.wrapper,
    signInStatus.node,
    el('div', { class: 'actions' }, bindText(el('button', { type: 'submit', class: 'button button--primary' }), () => t('account.signInSubmit'))),
  );
  signInForm.addEventListener('submit', async (event) => {
    event.preventDefault();
    if (!signInEmail.control.value.trim() || !signInPassword.control.value) {
      signInStatus.fail(null, {});
      signInStatus.node.textContent = t('account.required');
      return;
    }
    signInStatus.clear();
    await busy(signInForm, async () => {
      try {
        const user = await signInWithPassword(signInEmail.control.value.trim(), signInPassword.control.value);
        setLang(user.language);
        onDone(user);
      } catch (err) {
        signInStatus.fail(err, SIGN_IN_ERRORS);
        signInPassword.control.focus();
      }
    });
  });

  const registerStatus = statusLine('register-status');
  const email = field('account.email', { id: 'register-email', type: 'email', autocomplete: 'email', required: true });
  const password = field(
    'account.password',
    { id: 'register-password', type: 'password', autocomplete: 'new-password', minlength: 10, maxlength: 128, required: true },
    { hintKey: 'account.passwordHint' },
  );
  const name = field('account.displayName', { id: 'register-name', maxlength: 40, autocomplete: 'nickname', required: true });
  const language = select('account.language', LANGUAGES.map((code) => [code, `lang.${code}`]), { id: 'register-language' });
  language.control.value = getLang();
  const code = field('account.invitation', { id: 'register-invitation', autocomplete: 'off', spellcheck: 'false', value: invitation });
  const registerForm = el(
    'form',
    { id: 'register-form', class: 'panel', novalidate: true, 'aria-labelledby': 'register-heading' },
    bindText(el('h2', { id: 'register-heading' }), () => t('account.registerHeading')),
    bindText(el('p', { class: 'muted' }), () => t('account.registerIntro')),
    email.wrapper,
    password.wrapper,
    name.wrapper,
    language.wrapper,
    code.wrapper,
    registerStatus.node,
    el('div', { class: 'actions' }, bindText(el('button', { type: 'submit', class: 'button button--primary' }), () => t('account.registerSubmit'))),
  );
  registerForm.addEventListener('submit', async (event) => {
    event.preventDefault();
    if (!email.control.value.trim() || !password.control.value || !name.control.value.trim()) {
      registerStatus.fail(null, {});
      registerStatus.node.textContent = t('account.required');
      return;
    }
    registerStatus.clear();
    await busy(registerForm, async () => {
      try {
        const user = await register(
          email.control.value.trim(),
          password.control.value,
          name.control.value.trim(),
          language.control.value,
          code.control.value.trim(),
        );
        setLang(user.language);
        onDone(user);
      } catch (err) {
        registerStatus.fail(err, REGISTER_ERRORS);
        email.control.focus();
      }
    });
  });

  return el('div', { class: 'account-forms' }, signInForm, registerForm);
}

/** The #/sign-in page. */
export function createAccountView() {
  return {
    async mount(main) {
      setTitle(() => t('account.heading'));
      const heading = bindText(el('h1', { tabindex: '-1' }), () => t('account.heading'));
      main.append(
        el('div', { class: 'account-page' }, heading, createAccountForms({ onDone: (user) => { location.hash = user.booths?.length ? '#/my-booths' : '#/'; } })),
      );
    },
    destroy() {},
  };
}
