// A visitor reaches out to a booth: a contact request or a digital business card, each with the consent statement
// shown beside the button that shares their details.

import { exchangeCard, getConsent, sendContactRequest } from '../booth-api.js';
import { el, newId } from '../dom.js';
import { bindText, pick, t } from '../i18n.js';
import { busy, field, statusLine } from './form-parts.js';

let statements = null;

/** The server's own statement texts, so what the visitor reads is exactly what the lead records. */
function consentText(kind) {
  statements ??= getConsent().catch(() => null);
  return statements.then((s) => s?.[kind] ?? null);
}

/** A required checkbox with the consent statement of `kind` ('share' or 'chat') as its label. */
export function consentBox(id, kind, { required = false } = {}) {
  const input = el('input', { type: 'checkbox', id, required });
  const label = el('label', { for: id });
  consentText(kind).then((text) => bindText(label, () => (text ? pick(text) : t('lead.consentFallback'))));
  return { root: el('div', { class: 'field field--check' }, input, label), checked: () => input.checked };
}

/** The chat notice for signed-in visitors: their lines reach the booth's staff as a lead. */
export function chatNotice() {
  const note = el('p', { id: 'chat-lead-notice', class: 'hint' });
  consentText('chat').then((text) => bindText(note, () => (text ? pick(text) : '')));
  return note;
}

export function createLeadForms(boothId, user) {
  const root = el('section', { id: 'booth-contact-forms', class: 'panel', 'aria-labelledby': 'reach-heading' });
  root.append(bindText(el('h2', { id: 'reach-heading' }), () => t('lead.heading')));
  if (!user?.email) {
    root.append(el('p', {}, bindText(el('a', { href: '#/sign-in' }), () => t('lead.signInFirst'))));
    return root;
  }

  const message = field('lead.message', { id: 'contact-message', required: true, maxlength: 2000 }, { multiline: true });
  const contactConsent = consentBox('contact-consent', 'share', { required: true });
  const contactStatus = statusLine('contact-status');
  const contact = el(
    'form',
    { id: 'contact-form', class: 'stack' },
    bindText(el('h3'), () => t('lead.contactHeading')),
    message.wrapper,
    contactConsent.root,
    el('div', { class: 'actions' }, bindText(el('button', { type: 'submit', class: 'button button--primary' }), () => t('lead.sendContact'))),
    contactStatus.node,
  );
  let contactId = newId();
  contact.addEventListener('submit', async (event) => {
    event.preventDefault();
    await busy(contact, async () => {
      try {
        await sendContactRequest(boothId, { operationId: contactId, consent: contactConsent.checked(), message: message.control.value });
        contactId = newId();
        message.control.value = '';
        contactStatus.ok(t('lead.contactSent'));
      } catch (err) {
        contactStatus.fail(err);
      }
    });
  });

  const cardFields = {
    name: field('card.name', { id: 'card-name', required: true, maxlength: 120, value: user.displayName ?? '', autocomplete: 'name' }),
    organisation: field('card.organisation', { id: 'card-organisation', maxlength: 120, autocomplete: 'organization' }),
    jobTitle: field('card.jobTitle', { id: 'card-job-title', maxlength: 120, autocomplete: 'organization-title' }),
    email: field('card.email', { id: 'card-email', type: 'email', maxlength: 120, value: user.email, autocomplete: 'email' }),
    phone: field('card.phone', { id: 'card-phone', type: 'tel', maxlength: 120, autocomplete: 'tel' }),
    country: field('card.country', { id: 'card-country', maxlength: 120, autocomplete: 'country-name' }),
  };
  const cardConsent = consentBox('card-consent', 'share', { required: true });
  const cardStatus = statusLine('card-status');
  const card = el(
    'form',
    { id: 'card-form', class: 'stack' },
    bindText(el('h3'), () => t('lead.cardHeading')),
    ...Object.values(cardFields).map((f) => f.wrapper),
    cardConsent.root,
    el('div', { class: 'actions' }, bindText(el('button', { type: 'submit', class: 'button button--primary' }), () => t('lead.sendCard'))),
    cardStatus.node,
  );
  let cardId = newId();
  card.addEventListener('submit', async (event) => {
    event.preventDefault();
    await busy(card, async () => {
      try {
        const values = Object.fromEntries(Object.entries(cardFields).map(([key, f]) => [key, f.control.value || null]));
        await exchangeCard(boothId, { operationId: cardId, consent: cardConsent.checked(), card: values });
        cardId = newId();
        cardStatus.ok(t('lead.cardSent'));
      } catch (err) {
        cardStatus.fail(err);
      }
    });
  });

  root.append(contact, card);
  return root;
}
