// The terms of a negotiation as a form: every field of AgreementTerms, prefilled from a version.

import { el } from '../dom.js';
import { bindText, pick, t } from '../i18n.js';
import { field } from './form-parts.js';

/** Quantities are typed one per line as "item; amount; unit". */
function quantitiesText(quantities = []) {
  return quantities.map((q) => `${q.item}; ${q.amount}; ${q.unit}`).join('\n');
}

function parseQuantities(text) {
  return text
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean)
    .map((line) => {
      const [item = '', amount = '', unit = ''] = line.split(';').map((part) => part.trim());
      return { item, amount: Number(amount), unit };
    });
}

/**
 * A terms form for `negotiation` (its parties and fields) starting from `terms`; `onSubmit(terms)` gets the
 * edited terms. Returns the form element.
 */
export function termsForm({ idPrefix, negotiation, fields, terms, submitKey, onSubmit }) {
  const base = terms ?? { subject: negotiation.subject, field: negotiation.field, quantities: [], obligations: [] };
  const id = (name) => `${idPrefix}-${name}`;
  const subject = field('terms.subject', { id: id('subject'), value: base.subject ?? '', required: true, maxlength: 200 });
  const fieldSelect = el('select', { id: id('field') });
  for (const f of fields) fieldSelect.append(bindText(el('option', { value: f.id, selected: f.id === base.field }), () => pick(f.name)));
  const scope = field('terms.scope', { id: id('scope'), required: true, maxlength: 4000 }, { multiline: true });
  scope.control.value = base.scope ?? '';
  const quantities = field('terms.quantities', { id: id('quantities') }, { multiline: true, hintKey: 'terms.quantitiesHint' });
  quantities.control.value = quantitiesText(base.quantities);
  const value = field('terms.value', { id: id('value'), type: 'number', min: 0, step: 'any', value: base.value ?? '' });
  const currency = field('terms.currency', { id: id('currency'), maxlength: 3, value: base.currency ?? '', autocomplete: 'off' });
  const start = field('terms.startDate', { id: id('start'), type: 'date', value: base.startDate ?? '' });
  const end = field('terms.endDate', { id: id('end'), type: 'date', value: base.endDate ?? '' });
  const place = field('terms.place', { id: id('place'), maxlength: 200, value: base.place ?? '' });
  const obligations = negotiation.parties.map((party) => {
    const box = field('terms.obligationsOf', { id: id(`ob-${party.partyId.replace(/[^a-z0-9-]/g, '-')}`) }, { multiline: true });
    bindText(box.wrapper.querySelector('label'), () => t('terms.obligationsOf', { party: pick(party.name) }));
    box.control.value = base.obligations?.find((o) => o.partyId === party.partyId)?.text ?? '';
    return { partyId: party.partyId, box };
  });
  const notes = field('terms.notes', { id: id('notes'), maxlength: 4000 }, { multiline: true });
  notes.control.value = base.notes ?? '';
  const submit = bindText(el('button', { type: 'submit', id: id('submit'), class: 'button button--primary' }), () => t(submitKey));

  const form = el(
    'form',
    { class: 'terms-form', id: id('form') },
    subject.wrapper,
    el('div', { class: 'field' }, bindText(el('label', { for: id('field') }), () => t('terms.field')), fieldSelect),
    scope.wrapper,
    quantities.wrapper,
    el('div', { class: 'field-row' }, value.wrapper, currency.wrapper),
    el('div', { class: 'field-row' }, start.wrapper, end.wrapper),
    place.wrapper,
    ...obligations.map((o) => o.box.wrapper),
    notes.wrapper,
    el('div', { class: 'actions' }, submit),
  );
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const amount = value.control.value.trim();
    onSubmit({
      subject: subject.control.value,
      field: fieldSelect.value,
      scope: scope.control.value,
      quantities: parseQuantities(quantities.control.value),
      value: amount === '' ? null : Number(amount),
      currency: currency.control.value.trim().toUpperCase() || null,
      startDate: start.control.value || null,
      endDate: end.control.value || null,
      place: place.control.value.trim() || null,
      obligations: obligations.filter((o) => o.box.control.value.trim()).map((o) => ({ partyId: o.partyId, text: o.box.control.value })),
      notes: notes.control.value.trim() || null,
    });
  });
  return form;
}
