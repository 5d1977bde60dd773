// #/negotiation/{id}: a negotiation room. Parties, state, versions with diffs, the answers the
// user's party may give now, signing over the document hash, and the private chat, all live.

import { getExpoCached } from '../api.js';
import * as hub from '../hub.js';
import { el } from '../dom.js';
import { bindText, pick, setTitle, t } from '../i18n.js';
import { getNegotiation, markInboxRead } from '../negotiations-api.js';
import { ensureUser } from '../session.js';
import { errorBlock, loading } from './common.js';
import { negotiationActions } from './negotiation-actions.js';
import { negotiationChat } from './negotiation-chat.js';
import { versionsList } from './versions-list.js';

export function createNegotiationView(negotiationId) {
  const offs = [];
  let destroyed = false;

  return {
    async mount(main) {
      setTitle(() => t('negotiation.title'));
      const root = el('div', { class: 'negotiation-room' }, loading());
      main.append(root);
      const user = await ensureUser().catch(() => null);
      if (!user?.email) {
        root.replaceChildren(bindText(el('h1', { tabindex: '-1' }), () => t('negotiation.title')), bindText(el('p', { class: 'notice' }), () => t('negotiations.signInFirst')));
        return;
      }

      let detail;
      let expo;
      try {
        [detail, expo] = await Promise.all([getNegotiation(negotiationId), getExpoCached()]);
      } catch (err) {
        root.replaceChildren(errorBlock(() => t(err.code === 'forbidden' ? 'negotiation.notYours' : 'negotiation.loadError')));
        return;
      }
      const names = new Map(detail.negotiation.parties.map((p) => [p.partyId, p.name]));
      const chat = negotiationChat(negotiationId, names);
      const summary = el('div', { class: 'negotiation-summary' });
      const actions = el('div', { class: 'negotiation-actions' });
      const versions = el('section', { class: 'panel', 'aria-labelledby': 'versions-heading' });

      const render = () => {
        const n = detail.negotiation;
        setTitle(() => `${n.versions.at(-1)?.terms.subject ?? n.subject} · ${t('negotiation.title')}`);
        summary.replaceChildren(...renderSummary(n));
        // A keyboard user whose answer redrew the panel lands on its heading again, not at the top of the page.
        const hadFocus = actions.contains(document.activeElement);
        actions.replaceChildren(negotiationActions({ negotiation: n, user, fields: expo.fields, onDone: reload }));
        if (hadFocus) actions.querySelector('#actions-heading')?.focus();
        versions.replaceChildren(
          bindText(el('h2', { id: 'versions-heading' }), () => t('versions.title')),
          n.versions.length ? versionsList(n, detail.diffs, expo.fields) : bindText(el('p', { class: 'muted' }), () => t('versions.none')),
        );
      };
      const reload = async () => {
        const next = await getNegotiation(negotiationId).catch(() => null);
        if (destroyed || !next || next.negotiation.revision < detail.negotiation.revision) return;
        detail = next;
        render();
      };
      render();
      root.replaceChildren(
        el('a', { href: '#/negotiations', class: 'back-link' }, bindText(el('span'), () => t('negotiations.back'))),
        summary,
        el('div', { class: 'negotiation-columns' }, el('div', {}, actions, versions), chat.section),
      );
      markInboxRead(negotiationId).catch(() => {});

      const open = async () => {
        try {
          await hub.whenConnected(15000);
          const room = await hub.invoke('OpenNegotiation', negotiationId);
          chat.add(room.messages);
          await chat.catchUp();
          if (room.negotiation.revision > detail.negotiation.revision) await reload();
        } catch {
          // The next reconnect opens the room again.
        }
      };
      offs.push(
        hub.on('NegotiationChanged', (change) => {
          if (change.negotiationId === negotiationId && change.revision > detail.negotiation.revision) reload();
        }),
        hub.on('NegotiationMessage', (line) => {
          if (line.negotiationId === negotiationId) chat.add([line]);
        }),
        hub.on('reconnected', open),
      );
      hub.start();
      open();
    },
    destroy() {
      destroyed = true;
      for (const off of offs) off();
      if (hub.getState() === 'connected') hub.invoke('CloseNegotiation', negotiationId).catch(() => {});
    },
  };
}

function renderSummary(n) {
  const subject = n.versions.at(-1)?.terms.subject ?? n.subject;
  const parties = el('ul', { class: 'parties' });
  for (const party of n.parties) {
    const signed = n.signatures.some((s) => s.partyId === party.partyId);
    parties.append(
      el(
        'li',
        { 'data-party': party.partyId },
        bindText(el('strong'), () => pick(party.name)),
        ' ',
        bindText(el('span', { class: 'muted' }), () =>
          party.partyId === n.requestedBy ? t('negotiation.requester') : t('negotiation.invited'),
        ),
        signed ? bindText(el('span', { class: 'badge badge--signed' }), () => t('negotiation.signedBadge')) : null,
      ),
    );
  }
  return [
    bindText(el('h1', { tabindex: '-1', id: 'negotiation-subject' }), () => subject),
    el(
      'p',
      { class: 'negotiation-status' },
      bindText(el('span'), () => t('negotiation.statusLabel')),
      ' ',
      bindText(el('strong', { id: 'negotiation-status', 'data-status': n.status }), () => t(`status.${n.status}`)),
      n.reason ? el('span', { class: 'muted' }, ` (${n.reason})`) : null,
    ),
    n.deadline ? bindText(el('p', { class: 'muted' }), () => t('negotiation.deadline', { time: new Date(n.deadline).toLocaleString() })) : null,
    el('section', { 'aria-labelledby': 'parties-heading' }, bindText(el('h2', { id: 'parties-heading', class: 'h-small' }), () => t('negotiation.parties')), parties),
  ].filter(Boolean);
}
