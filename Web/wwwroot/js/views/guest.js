// "Enter as guest" form, shown before a booth when the visitor is anonymous.

import { el } from '../dom.js';
import { describeError } from '../errors.js';
import { LANGUAGES, bindText, getLang, onLangChange, setLang, t } from '../i18n.js';
import { signIn } from '../session.js';

/** `intro` names the text under the heading: the booth's own by default, a general one on pages outside booths. */
export function createGuestForm({ onDone, intro: introKey = 'guest.intro' }) {
  const heading = bindText(el('h2', { id: 'guest-heading', tabindex: '-1' }), () => t('guest.heading'));
  const intro = bindText(el('p', { class: 'muted' }), () => t(introKey));

  const name = el('input', {
    id: 'guest-name',
    name: 'displayName',
    type: 'text',
    maxlength: 40,
    required: true,
    autocomplete: 'nickname',
    spellcheck: 'false',
    'aria-describedby': 'guest-name-hint guest-error',
  });
  const nameLabel = bindText(el('label', { for: 'guest-name' }), () => t('guest.name'));
  const nameHint = bindText(el('p', { id: 'guest-name-hint', class: 'hint' }), () => t('guest.nameHint'));

  const language = el('select', { id: 'guest-language', name: 'language' });
  for (const code of LANGUAGES) {
    language.append(bindText(el('option', { value: code, lang: code }), () => t(`lang.${code}`)));
  }
  language.value = getLang();
  // The box is the page's language: switching either one switches the other, so entering keeps what the visitor chose.
  language.addEventListener('change', () => setLang(language.value));
  const off = onLangChange((lang) => {
    if (!language.isConnected) off();
    else language.value = lang;
  });
  const languageLabel = bindText(el('label', { for: 'guest-language' }), () => t('guest.language'));

  const error = el('p', { id: 'guest-error', class: 'field-error', role: 'alert' });
  const submit = bindText(el('button', { id: 'guest-submit', type: 'submit', class: 'button button--primary' }), () =>
    t('guest.submit'),
  );

  // novalidate: our own messages (and the server's) go into #guest-error, in the page language.
  const form = el(
    'form',
    { id: 'guest-form', class: 'panel guest-form', novalidate: true, 'aria-labelledby': 'guest-heading' },
    heading,
    intro,
    el('div', { class: 'field' }, nameLabel, name, nameHint),
    el('div', { class: 'field' }, languageLabel, language),
    error,
    el('div', { class: 'actions' }, submit),
  );

  function showError(message) {
    error.textContent = message;
    if (message) name.setAttribute('aria-invalid', 'true');
    else name.removeAttribute('aria-invalid');
  }

  name.addEventListener('input', () => {
    if (error.textContent) showError('');
  });

  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    const displayName = name.value.trim();
    if (!displayName) {
      showError(t('guest.nameRequired'));
      name.focus();
      return;
    }
    showError('');
    submit.disabled = true;
    form.setAttribute('aria-busy', 'true');
    try {
      const user = await signIn(displayName, language.value);
      setLang(language.value);
      onDone(user);
    } catch (err) {
      // 400 carries a human sentence from the server about the name.
      showError(err.status === 400 && err.detail ? err.detail : describeError(err));
      name.focus();
    } finally {
      submit.disabled = false;
      form.removeAttribute('aria-busy');
    }
  });

  return { root: form, focus: () => name.focus() };
}
