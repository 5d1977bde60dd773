// For a booth's staff and organisers: set or remove the booth's visitor cap.

import { getCapacity, setCapacity } from '../booth-api.js';
import { el, newId } from '../dom.js';
import { bindText, t } from '../i18n.js';
import { busy, field, statusLine } from './form-parts.js';

const MIN = 1;
const MAX = 10000;

export function createCapacityForm(boothId) {
  let capacity = null;
  const { wrapper, control } = field('capacity.label', { id: 'capacity-input', type: 'number', min: MIN, max: MAX, step: 1, inputmode: 'numeric' });
  const current = bindText(el('p', { id: 'capacity-current' }), () =>
    capacity == null ? t('capacity.none') : t('capacity.current', { capacity }),
  );
  const status = statusLine('capacity-status');
  const save = bindText(el('button', { type: 'submit', class: 'button button--primary' }), () => t('capacity.save'));
  const clear = bindText(el('button', { type: 'button', id: 'capacity-clear', class: 'button' }), () => t('capacity.clear'));
  const form = el(
    'form',
    { id: 'capacity-form', class: 'panel capacity-form', 'aria-labelledby': 'capacity-heading', novalidate: true },
    bindText(el('h2', { id: 'capacity-heading' }), () => t('capacity.heading')),
    current,
    wrapper,
    el('div', { class: 'form-actions' }, save, ' ', clear),
    status.node,
  );

  function show(state) {
    capacity = state?.capacity ?? null;
    current.textContent = capacity == null ? t('capacity.none') : t('capacity.current', { capacity });
    control.value = capacity == null ? '' : String(capacity);
  }

  // One operation id per intended change, so a retried request is applied once.
  async function apply(next) {
    status.clear();
    try {
      show(await busy(form, () => setCapacity(boothId, newId(), next)));
      status.ok(t('capacity.saved'));
    } catch (err) {
      status.fail(err);
    }
  }

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const value = Number(control.value);
    if (!control.value.trim() || !Number.isInteger(value) || value < MIN || value > MAX) {
      status.fail({ code: 'invalid_input' }, { invalid_input: 'capacity.invalid' });
      control.focus();
      return;
    }
    apply(value);
  });
  clear.addEventListener('click', () => apply(null));

  getCapacity(boothId).then(show, (err) => status.fail(err));
  return form;
}
