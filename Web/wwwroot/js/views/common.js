// Small pieces shared by the views.

import { el } from '../dom.js';
import { bindAttr, bindText, pick, t } from '../i18n.js';

export function loading() {
  return bindText(el('p', { class: 'loading', role: 'status' }), () => t('app.loading'));
}

/** An error message with an optional retry button. `message` is a function so it can follow the language. */
export function errorBlock(message, onRetry) {
  const box = el('div', { class: 'notice notice--error', role: 'alert' });
  box.append(bindText(el('p'), message));
  if (onRetry) {
    const retry = bindText(el('button', { type: 'button', class: 'button' }), () => t('action.retry'));
    retry.addEventListener('click', onRetry);
    box.append(retry);
  }
  return box;
}

/** Translated field badges; unknown field ids fall back to the id itself. */
export function fieldBadges(fieldIds = [], expo) {
  const names = new Map((expo?.fields ?? []).map((f) => [f.id, f.name]));
  const list = el('ul', { class: 'badges' });
  bindAttr(list, 'aria-label', () => t('booth.fields'));
  for (const id of fieldIds) {
    const badge = el('li', { class: 'badge', 'data-field': id });
    list.append(bindText(badge, () => pick(names.get(id) ?? id)));
  }
  return list;
}

export function sampleTag() {
  const tag = el('span', { class: 'sample-tag' });
  bindText(tag, () => t('booth.sample'));
  return bindAttr(tag, 'title', () => t('booth.sampleTitle'));
}

export function backLink() {
  const link = el('a', { href: '#/', class: 'back-link' });
  return bindText(link, () => t('booth.back'));
}
