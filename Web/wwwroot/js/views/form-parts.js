// Labelled inputs and a status line for the account and booth forms.

import { el } from '../dom.js';
import { describeError } from '../errors.js';
import { bindText, t } from '../i18n.js';

let counter = 0;

/** A labelled input (or textarea with `multiline`); returns the wrapper and the control. */
export function field(labelKey, props = {}, { multiline = false, hintKey = null } = {}) {
  const id = props.id ?? `f-${++counter}`;
  const control = el(multiline ? 'textarea' : 'input', { id, ...(multiline ? { rows: 4 } : { type: 'text' }), ...props });
  const label = bindText(el('label', { for: id }), () => t(labelKey));
  const wrapper = el('div', { class: 'field' }, label, control);
  if (hintKey) {
    const hint = bindText(el('p', { id: `${id}-hint`, class: 'hint' }), () => t(hintKey));
    control.setAttribute('aria-describedby', hint.id);
    wrapper.append(hint);
  }
  return { wrapper, control };
}

/** A select of `options` ([value, labelKey]) with a label. */
export function select(labelKey, options, props = {}) {
  const id = props.id ?? `f-${++counter}`;
  const control = el('select', { id, ...props });
  for (const [value, key] of options) control.append(bindText(el('option', { value }), () => t(key)));
  const label = bindText(el('label', { for: id }), () => t(labelKey));
  return { wrapper: el('div', { class: 'field' }, label, control), control };
}

/** A polite status line for successes and an alert line for failures. */
export function statusLine(id) {
  const node = el('p', { id, class: 'form-status', role: 'status', 'aria-live': 'polite' });
  return {
    node,
    ok(text) {
      node.className = 'form-status form-status--ok';
      node.textContent = text;
    },
    fail(err, known = {}) {
      node.className = 'form-status field-error';
      node.textContent = known[err?.code] ? t(known[err.code]) : err?.status === 400 && err.detail ? err.detail : describeError(err);
    },
    clear() {
      node.className = 'form-status';
      node.textContent = '';
    },
  };
}

/** Runs `work` with the form marked busy and its submit button disabled. */
export async function busy(form, work) {
  const submit = form.querySelector('button[type="submit"]');
  if (submit) submit.disabled = true;
  form.setAttribute('aria-busy', 'true');
  try {
    return await work();
  } finally {
    if (submit) submit.disabled = false;
    form.removeAttribute('aria-busy');
  }
}
