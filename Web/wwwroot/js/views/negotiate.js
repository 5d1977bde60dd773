// #/negotiate/{boothId}: ask a booth to negotiate, as oneself or for a booth one staffs.

import { getBooth, getExpoCached } from '../api.js';
import { el } from '../dom.js';
import { bindText, pick, setTitle, t } from '../i18n.js';
import { startNegotiation } from '../negotiations-api.js';
import { ensureUser } from '../session.js';
import { errorBlock, loading } from './common.js';
import { busy, field, statusLine } from './form-parts.js';

/** The booth page's way in: a link to the request form (which asks visitors without an account to sign in). */
export function negotiateLink(boothId) {
  return bindText(el('a', { href: `#/negotiate/${encodeURIComponent(boothId)}`, class: 'button button--primary', id: 'negotiate-link' }), () =>
    t('negotiate.link'),
  );
}

export function createNegotiateView(boothId) {
  return {
    async mount(main) {
      setTitle(() => t('negotiate.heading'));
      const root = el('div', { class: 'negotiate' }, loading());
      main.append(root);
      const user = await ensureUser().catch(() => null);
      const heading = bindText(el('h1', { tabindex: '-1' }), () => t('negotiate.heading'));
      if (!user?.email) {
        root.replaceChildren(
          heading,
          bindText(el('p', { class: 'notice' }), () => t('negotiations.signInFirst')),
          bindText(el('a', { href: '#/sign-in', class: 'button' }), () => t('nav.signIn')),
        );
        return;
      }
      let booth;
      let expo;
      try {
        [booth, expo] = await Promise.all([getBooth(boothId), getExpoCached()]);
      } catch {
        root.replaceChildren(heading, errorBlock(() => t('booth.loadError')));
        return;
      }
      const names = new Map(expo.pavilions.flatMap((p) => p.booths).map((b) => [b.id, b.name]));
      const subject = field('terms.subject', { id: 'negotiate-subject', required: true, maxlength: 200 });
      const fieldSelect = el('select', { id: 'negotiate-field' });
      for (const f of expo.fields) fieldSelect.append(bindText(el('option', { value: f.id, selected: booth.fields?.[0] === f.id }), () => pick(f.name)));
      const as = el('select', { id: 'negotiate-as' });
      as.append(bindText(el('option', { value: '' }), () => t('negotiate.asMyself', { name: user.displayName })));
      for (const b of (user.booths ?? []).filter((b) => b.boothId !== boothId)) {
        as.append(bindText(el('option', { value: b.boothId }), () => t('negotiate.asBooth', { name: pick(names.get(b.boothId)) || b.boothId })));
      }
      const deadline = field('negotiate.deadline', { id: 'negotiate-deadline', type: 'datetime-local' }, { hintKey: 'negotiate.deadlineHint' });
      const status = statusLine('negotiate-status');
      const submit = bindText(el('button', { type: 'submit', id: 'negotiate-submit', class: 'button button--primary' }), () => t('negotiate.submit'));
      const form = el(
        'form',
        { class: 'panel' },
        subject.wrapper,
        el('div', { class: 'field' }, bindText(el('label', { for: 'negotiate-field' }), () => t('terms.field')), fieldSelect),
        el('div', { class: 'field' }, bindText(el('label', { for: 'negotiate-as' }), () => t('negotiate.as')), as),
        deadline.wrapper,
        status.node,
        el('div', { class: 'actions' }, submit),
      );
      form.addEventListener('submit', async (event) => {
        event.preventDefault();
        status.clear();
        await busy(form, async () => {
          try {
            const receipt = await startNegotiation({
              boothId,
              subject: subject.control.value,
              field: fieldSelect.value,
              asBoothId: as.value || null,
              deadline: deadline.control.value ? new Date(deadline.control.value).toISOString() : null,
            });
            location.hash = `#/negotiation/${encodeURIComponent(receipt.negotiationId)}`;
          } catch (err) {
            status.fail(err);
          }
        });
      });
      root.replaceChildren(
        el('a', { href: `#/booth/${encodeURIComponent(boothId)}`, class: 'back-link' }, bindText(el('span'), () => pick(booth.name))),
        heading,
        bindText(el('p', { class: 'lead' }), () => t('negotiate.intro', { booth: pick(booth.name) })),
        form,
      );
    },
    destroy() {},
  };
}
