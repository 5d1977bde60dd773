// "Change password": the current one, the new one twice. Every other session of the account ends; this tab keeps going.

import * as api from '../api.js';
import { el } from '../dom.js';
import { describeError } from '../errors.js';
import * as hub from '../hub.js';
import { bindText, refresh, t } from '../i18n.js';
import { changePassword, expire } from '../session.js';
import { busy } from './form-parts.js';

// The server's rules for a password (docs/api.md, register): checked here too, so a slip costs no request.
const MIN_LENGTH = 10;
const MAX_LENGTH = 128;

/** A labelled password input whose error, like its hint, is read out with it. */
function passwordField(id, labelKey, autocomplete, hintKey = null) {
  const control = el('input', { id, type: 'password', autocomplete, maxlength: MAX_LENGTH, required: true, spellcheck: 'false' });
  // An error is a function of the language, so a language switch re-renders it with the rest of the page.
  let errorText = null;
  const error = bindText(el('p', { id: `${id}-error`, class: 'field-error' }), () => (errorText ? errorText() : ''));
  const hint = hintKey ? bindText(el('p', { id: `${id}-hint`, class: 'hint' }), () => t(hintKey)) : null;
  control.setAttribute('aria-describedby', [hint?.id, error.id].filter(Boolean).join(' '));
  if (hintKey) control.minLength = MIN_LENGTH;
  const wrapper = el('div', { class: 'field' }, bindText(el('label', { for: id }), () => t(labelKey)), control, hint, error);
  return {
    wrapper,
    control,
    setError(text) {
      errorText = text;
      refresh(error);
      if (text) control.setAttribute('aria-invalid', 'true');
      else control.removeAttribute('aria-invalid');
    },
  };
}

function waitText(seconds) {
  return seconds >= 120 ? t('security.waitMinutes', { count: Math.ceil(seconds / 60) }) : t('security.waitSeconds', { count: seconds });
}

export function createPasswordForm(email) {
  const current = passwordField('password-current', 'security.current', 'current-password');
  const next = passwordField('password-new', 'security.new', 'new-password', 'security.newHint');
  const confirm = passwordField('password-confirm', 'security.confirm', 'new-password');
  const fields = [current, next, confirm];
  // The outcome: a polite notice on success, an error that belongs to no field (the network, the server) otherwise.
  let statusText = null;
  const status = bindText(el('p', { id: 'password-status', class: 'form-status', role: 'status', 'aria-live': 'polite' }), () =>
    statusText ? statusText() : '',
  );
  const setStatus = (text, ok = false) => {
    statusText = text;
    status.className = text ? `form-status ${ok ? 'form-status--ok' : 'field-error'}` : 'form-status';
    refresh(status);
  };
  const form = el(
    'form',
    { id: 'password-form', class: 'panel', novalidate: true, 'aria-labelledby': 'password-heading' },
    bindText(el('h2', { id: 'password-heading' }), () => t('security.changeHeading')),
    bindText(el('p', { class: 'muted' }), () => t('security.changeIntro')),
    // Whose password this is, for password managers: they update the saved entry of this account.
    el('input', { type: 'email', name: 'username', autocomplete: 'username', value: email, readonly: true, hidden: true }),
    current.wrapper,
    next.wrapper,
    confirm.wrapper,
    status,
    el('div', { class: 'actions' }, bindText(el('button', { id: 'password-submit', type: 'submit', class: 'button button--primary' }), () => t('security.submit'))),
  );
  for (const f of fields) f.control.addEventListener('input', () => f.setError(null));

  /** The first problem found in the page, shown at its field, which gets the focus; nothing is sent then. */
  function invalid() {
    const newPassword = next.control.value;
    const problem = !current.control.value
      ? [current, 'security.currentRequired']
      : newPassword.length < MIN_LENGTH
        ? [next, 'security.newTooShort']
        : newPassword.length > MAX_LENGTH
          ? [next, 'security.newTooLong']
          : confirm.control.value !== newPassword
            ? [confirm, 'security.mismatch']
            : null;
    if (!problem) return false;
    const [f, key] = problem;
    f.setError(() => t(key));
    f.control.focus();
    return true;
  }

  async function refused(err) {
    if (err?.code === 'unauthorized') {
      // 401 also means this session ended meanwhile (signed out elsewhere): then the page shows the sign-in forms.
      const still = await api.getSession().catch(() => undefined);
      if (still === null) {
        expire();
        return;
      }
      current.setError(() => t('security.wrongCurrent'));
    } else if (err?.code === 'rate_limited') {
      const wait = err.retryAfter;
      current.setError(() => (wait ? waitText(wait) : t('account.locked')));
    } else if (err?.code === 'invalid_input') {
      next.setError(() => t('security.newInvalid'));
      next.control.focus();
      return;
    } else {
      setStatus(() => describeError(err));
    }
    current.control.focus();
    current.control.select();
  }

  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    setStatus(null);
    for (const f of fields) f.setError(null);
    if (invalid()) return;
    await busy(form, async () => {
      // The hub's socket is the one request that carries the session cookie alone. When the server ends the old
      // session it closes that socket, and a reconnect made before the new cookie arrives would be refused, leaving
      // the page without live updates: so the socket closes first and opens again on the new session (app.js).
      const live = hub.getState() !== 'disconnected';
      hub.reset();
      try {
        await changePassword(current.control.value, next.control.value);
      } catch (err) {
        if (live) hub.start();
        await refused(err);
        return;
      }
      for (const f of fields) f.control.value = '';
      setStatus(() => t('security.changed'), true);
    });
  });

  return form;
}
