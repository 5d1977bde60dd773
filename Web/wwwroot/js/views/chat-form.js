// The message box: Enter sends, Shift+Enter adds a line, with a length counter.

import { el } from '../dom.js';
import { describeError } from '../errors.js';
import { bindAttr, bindText, refresh, t } from '../i18n.js';

export const MAX_MESSAGE_LENGTH = 2000;

/** onSend(text) resolves when the server stored the line, or rejects with an error to show. */
export function createChatForm({ onSend }) {
  const label = bindText(el('label', { for: 'chat-input', class: 'chat-label' }), () => t('chat.label'));
  const input = el('textarea', {
    id: 'chat-input',
    name: 'text',
    rows: 2,
    maxlength: MAX_MESSAGE_LENGTH,
    'aria-describedby': 'chat-mute chat-hint chat-counter chat-error',
  });
  bindAttr(input, 'placeholder', () => t('chat.placeholder'));
  const hint = bindText(el('span', { id: 'chat-hint', class: 'hint' }), () => t('chat.hint'));
  const counter = bindText(el('span', { id: 'chat-counter', class: 'chat-counter' }), () =>
    t('chat.counter', { count: input.value.length, max: MAX_MESSAGE_LENGTH }),
  );
  const send = bindText(el('button', { id: 'chat-send', type: 'submit', class: 'button button--primary' }), () =>
    t('chat.send'),
  );
  const error = el('p', { id: 'chat-error', class: 'field-error', role: 'alert' });
  // A mute closes the box; the notice is polite, so a screen reader hears it once, between other speech.
  let muteText = () => '';
  const muteNotice = bindText(el('p', { id: 'chat-mute', class: 'chat-mute', role: 'status', 'aria-live': 'polite' }), () => muteText());

  const form = el(
    'form',
    { id: 'chat-form', class: 'chat-form', novalidate: true },
    label,
    muteNotice,
    input,
    el('div', { class: 'chat-form-row' }, hint, counter, send),
    error,
  );

  function setError(message) {
    error.textContent = message;
  }

  /** text() renders the notice in the page language (null: none); blocked closes the box until called again. */
  function setMuted(text, blocked) {
    muteText = text ?? (() => '');
    input.disabled = blocked;
    send.disabled = blocked;
    refresh(muteNotice);
  }

  function updateCounter() {
    refresh(counter);
    counter.classList.toggle('is-near-limit', input.value.length > MAX_MESSAGE_LENGTH * 0.9);
  }

  async function submit() {
    const text = input.value;
    if (!text.trim()) return;
    if (text.length > MAX_MESSAGE_LENGTH) {
      setError(t('chat.tooLong', { max: MAX_MESSAGE_LENGTH }));
      return;
    }
    setError('');
    input.value = '';
    updateCounter();
    input.focus();
    try {
      await onSend(text);
    } catch (err) {
      // Give the text back unless the visitor already started a new one.
      if (!input.value) {
        input.value = text;
        updateCounter();
      }
      setError(err?.transient ? t('chat.sendFailed') : describeError(err));
    }
  }

  input.addEventListener('input', updateCounter);
  input.addEventListener('keydown', (event) => {
    // isComposing/229: Enter that confirms an IME candidate (Chinese input) must not send.
    if (event.key !== 'Enter' || event.shiftKey || event.isComposing || event.keyCode === 229) return;
    event.preventDefault();
    submit();
  });
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    submit();
  });

  return { root: form, focus: (options) => input.focus(options), setError, setMuted };
}
