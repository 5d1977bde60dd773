// #/negotiations: the user's inbox (what waits for them) and every negotiation they take part in.

import * as hub from '../hub.js';
import { el } from '../dom.js';
import { bindText, locale, pick, setTitle, t } from '../i18n.js';
import { getInbox, listNegotiations } from '../negotiations-api.js';
import { ensureUser } from '../session.js';
import { errorBlock, loading } from './common.js';

export function createNegotiationsView() {
  let off = null;
  return {
    async mount(main) {
      setTitle(() => t('negotiations.heading'));
      const heading = bindText(el('h1', { tabindex: '-1' }), () => t('negotiations.heading'));
      const root = el('div', { class: 'negotiations' }, heading, loading());
      main.append(root);
      const user = await ensureUser().catch(() => null);
      if (!user?.email) {
        root.replaceChildren(heading, bindText(el('p', { class: 'notice' }), () => t('negotiations.signInFirst')));
        return;
      }
      const inboxSection = el('section', { class: 'panel', 'aria-labelledby': 'inbox-heading' });
      const listSection = el('section', { class: 'panel', 'aria-labelledby': 'mine-heading' });
      const load = async () => {
        try {
          const [inbox, mine] = await Promise.all([getInbox(), listNegotiations()]);
          inboxSection.replaceChildren(bindText(el('h2', { id: 'inbox-heading' }), () => t('inbox.heading', { count: inbox.unread })), renderInbox(inbox));
          listSection.replaceChildren(bindText(el('h2', { id: 'mine-heading' }), () => t('negotiations.mine')), renderList(mine));
        } catch {
          root.replaceChildren(heading, errorBlock(() => t('negotiations.loadError'), load));
        }
      };
      root.replaceChildren(heading, inboxSection, listSection);
      await load();
      off = hub.on('InboxChanged', load);
    },
    destroy() {
      off?.();
    },
  };
}

function renderInbox(inbox) {
  if (inbox.items.length === 0) return bindText(el('p', { class: 'muted' }), () => t('inbox.empty'));
  return el(
    'ul',
    { class: 'inbox', id: 'inbox-items' },
    ...inbox.items.map((item) =>
      el(
        'li',
        { class: item.unread ? 'inbox-item inbox-item--unread' : 'inbox-item' },
        el('a', { href: `#/negotiation/${encodeURIComponent(item.negotiationId)}` }, item.subject),
        ' ',
        bindText(el('span', { class: 'badge' }), () => t(`inbox.kind.${item.kind}`, { version: item.version })),
        item.unread ? bindText(el('span', { class: 'visually-hidden' }), () => t('inbox.unread')) : null,
      ),
    ),
  );
}

function renderList(mine) {
  if (mine.length === 0) return bindText(el('p', { class: 'muted' }), () => t('negotiations.none'));
  return el(
    'ul',
    { class: 'negotiation-list', id: 'negotiation-list' },
    ...mine.map((n) =>
      el(
        'li',
        {},
        el('a', { href: `#/negotiation/${encodeURIComponent(n.id)}` }, n.subject),
        ' ',
        bindText(el('span', { class: 'badge', 'data-status': n.status }), () => t(`status.${n.status}`)),
        ' ',
        bindText(el('span', { class: 'muted' }), () =>
          `${n.parties.map((p) => pick(p.name)).join(' · ')} · ${new Date(n.updatedAt).toLocaleString(locale())}`,
        ),
      ),
    ),
  );
}
