// A file box that speaks the page's language: the browser draws its own "Choose File" and "No file chosen" in the
// browser's language, which on a Chinese page is often English.

import { el } from '../dom.js';
import { bindText, refresh, t } from '../i18n.js';

/** Wraps `input` (type file, with its own label elsewhere); call `update` after clearing it. */
export function filePicker(input) {
  input.classList.add('file-picker__input');
  // The native box stays the control that keyboards and screen readers use; these two only show it in words.
  // A second <label> would give the box two names; the shown button hands its click to the box instead.
  const button = bindText(el('span', { class: 'button file-picker__button', 'aria-hidden': 'true' }), () => t('file.choose'));
  button.addEventListener('click', () => input.click());
  const chosen = bindText(el('span', { class: 'file-picker__chosen muted', 'aria-hidden': 'true' }), () => input.files?.[0]?.name ?? t('file.none'));
  input.addEventListener('change', () => refresh(chosen));
  return { root: el('div', { class: 'file-picker' }, input, button, chosen), update: () => refresh(chosen) };
}
