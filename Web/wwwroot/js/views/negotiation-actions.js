// What the user's party may do now in a negotiation, by its state; every button is one command
// with its own operation id. A refusal is shown; a rebase reloads the latest version.

import { el } from '../dom.js';
import { bindText, t } from '../i18n.js';
import { documentUrl, negotiationCommand } from '../negotiations-api.js';
import { busy, statusLine } from './form-parts.js';
import { termsForm } from './terms-form.js';

const FINAL = new Set(['signed', 'declined', 'withdrawn', 'expired']);

export function negotiationActions({ negotiation: n, user, fields, onDone }) {
  const me = user.visitorId;
  const party = n.parties.find((p) => p.members.includes(me));
  const status = statusLine('negotiation-action-status');
  const panel = el('section', { class: 'panel', 'aria-labelledby': 'actions-heading' }, bindText(el('h2', { id: 'actions-heading', tabindex: '-1' }), () => t('negotiation.actions')));
  const latest = n.versions.at(-1);

  const run = async (form, action, body) => {
    status.clear();
    await busy(form, async () => {
      try {
        await negotiationCommand(n.id, action, body);
        await onDone();
      } catch (err) {
        status.fail(err, { rebase_required: 'negotiation.rebase' });
        if (err.code === 'rebase_required') await onDone();
      }
    });
  };
  const button = (id, key, action, body = () => ({}), kind = 'button') => {
    const b = bindText(el('button', { type: 'submit', id, class: `button ${kind === 'primary' ? 'button--primary' : ''}` }), () => t(key));
    const form = el('form', { class: 'inline-form' }, b);
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      run(form, action, body());
    });
    return form;
  };
  const withReason = (id, key, action, extra = {}) => {
    const input = el('input', { id: `${id}-reason`, type: 'text', maxlength: 500 });
    const form = el(
      'form',
      { class: 'inline-form' },
      bindText(el('label', { for: `${id}-reason` }), () => t('negotiation.reason')),
      input,
      bindText(el('button', { type: 'submit', id, class: 'button' }), () => t(key)),
    );
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      run(form, action, { ...extra, reason: input.value.trim() || null });
    });
    return form;
  };
  const terms = (idPrefix, submitKey, action, body) =>
    termsForm({ idPrefix, negotiation: n, fields, terms: latest?.terms, submitKey, onSubmit: (tm) => run(form, action, { ...body, terms: tm }) });
  let form;

  const note = (key, vars) => bindText(el('p', { class: 'muted' }), () => t(key, vars));
  if (n.status === 'requested') {
    if (party.partyId !== n.requestedBy && !n.requestAcceptedBy.includes(party.partyId)) {
      panel.append(button('accept-request', 'negotiation.acceptRequest', 'accept-request', undefined, 'primary'), withReason('decline-request', 'negotiation.decline', 'decline-request'));
    } else panel.append(note('negotiation.waitingForAnswer'));
  } else if (n.status === 'open') {
    panel.append(note('negotiation.proposeIntro'), (form = terms('propose', 'negotiation.propose', 'propose', { basedOnVersion: n.versions.length })));
  } else if (n.status === 'offered') {
    if (n.acceptedBy.includes(party.partyId)) panel.append(note('negotiation.waitingForOthers', { version: latest.number }));
    else {
      panel.append(
        button('accept-terms', 'negotiation.acceptTerms', 'accept-terms', () => ({ version: latest.number }), 'primary'),
        withReason('reject-terms', 'negotiation.reject', 'reject-terms', { version: latest.number }),
        counterBlock((form = terms('counter', 'negotiation.counter', 'counter', { version: latest.number })), 'negotiation.counterHeading'),
      );
    }
  } else if (n.status === 'agreed' || n.status === 'signed') {
    panel.append(documentBlock(n));
    const signed = n.signatures.some((s) => s.partyId === party.partyId);
    if (n.status === 'agreed' && party.signatories.includes(me) && !signed) {
      panel.append(button('sign', 'negotiation.sign', 'sign', () => ({ contentHash: n.document.contentHash }), 'primary'));
    } else if (n.status === 'agreed') panel.append(note(signed ? 'negotiation.signedWaiting' : 'negotiation.notSignatory'));
    if (n.status === 'agreed') panel.append(counterBlock((form = terms('change', 'negotiation.counter', 'counter', { version: latest.number })), 'negotiation.changeHeading'));
  }
  if (!FINAL.has(n.status)) panel.append(withReason('withdraw', 'negotiation.withdraw', 'withdraw'));
  panel.append(status.node);
  return panel;
}

function counterBlock(form, headingKey) {
  return el('details', { class: 'counter-block' }, bindText(el('summary'), () => t(headingKey)), form);
}

function documentBlock(n) {
  return el(
    'div',
    { class: 'agreement-document' },
    bindText(el('p'), () => t('negotiation.documentIntro', { version: n.document.version })),
    el('p', {}, bindText(el('span'), () => t('negotiation.hash')), ' ', el('code', { id: 'document-hash', class: 'hash' }, n.document.contentHash)),
    el(
      'p',
      { class: 'actions' },
      bindText(el('a', { href: documentUrl(n.id, 'html'), target: '_blank', rel: 'noopener', id: 'document-page' }), () => t('negotiation.documentPage')),
      ' ',
      bindText(el('a', { href: documentUrl(n.id, 'json'), download: '' }), () => t('negotiation.documentRecord')),
    ),
  );
}
