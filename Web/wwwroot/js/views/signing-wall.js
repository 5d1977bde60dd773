// #/signing-wall: the agreements signed at the expo, updating live for everyone at the expo, with a
// short celebration for each new one (still, for people who prefer reduced motion).

import * as hub from '../hub.js';
import * as live from '../live.js';
import { el } from '../dom.js';
import { bindText, locale, pick, setTitle, t } from '../i18n.js';
import { getExpoCached } from '../api.js';
import { getSigningWall } from '../negotiations-api.js';
import { currentUser, ensureUser } from '../session.js';
import { errorBlock, loading } from './common.js';

const POLL_MS = 20000;

export function createSigningWallView() {
  const offs = [];
  let timer = 0;
  return {
    async mount(main) {
      setTitle(() => t('wall.heading'));
      const heading = bindText(el('h1', { tabindex: '-1' }), () => t('wall.heading'));
      const root = el('div', { class: 'signing-wall' }, heading, loading());
      main.append(root);
      const [expo] = await Promise.all([getExpoCached().catch(() => null), ensureUser().catch(() => null)]);
      const fields = new Map((expo?.fields ?? []).map((f) => [f.id, f.name]));
      const count = el('p', { class: 'lead', id: 'wall-count' });
      const announce = el('p', { class: 'visually-hidden', role: 'status', 'aria-live': 'polite', id: 'wall-announce' });
      const list = el('ol', { class: 'wall', id: 'wall-list' });
      const shown = new Set();
      let signed = 0;
      const showCount = () => bindText(count, () => t('wall.count', { count: signed }));

      const add = (agreement, celebrate) => {
        if (shown.has(agreement.id)) return;
        shown.add(agreement.id);
        const item = wallItem(agreement, fields, celebrate);
        if (celebrate) list.prepend(item);
        else list.append(item);
      };
      const load = async () => {
        try {
          const wall = await getSigningWall();
          signed = wall.signed;
          showCount();
          // Polling shows an agreement that arrived between two loads as new.
          const fresh = shown.size > 0;
          for (const agreement of [...wall.agreements].reverse().filter((a) => !shown.has(a.id))) {
            if (fresh) add(agreement, true);
          }
          for (const agreement of wall.agreements) add(agreement, false);
          root.replaceChildren(heading, count, announce, list);
        } catch {
          root.replaceChildren(heading, errorBlock(() => t('wall.loadError'), load));
        }
      };
      await load();
      const onSigned = (event) => {
        signed = Math.max(signed, event.signed);
        showCount();
        if (shown.has(event.agreement.id)) return;
        add(event.agreement, true);
        bindText(announce, () => t('wall.announce', { subject: pick(event.agreement.subject) }));
      };
      offs.push(hub.on('AgreementSigned', onSigned), hub.on('reconnected', load));
      // Anyone with a session hears the wall over the hub; anonymous readers over the read-only live feed.
      if (currentUser()) hub.start();
      else if (typeof EventSource === 'function') offs.push(live.on('agreementSigned', onSigned), live.want());
      else timer = setInterval(load, POLL_MS);
    },
    destroy() {
      clearInterval(timer);
      for (const off of offs) off();
    },
  };
}

function wallItem(agreement, fields, celebrate) {
  const parties = el('ul', { class: 'wall-parties' }, ...agreement.parties.map((p) => bindText(el('li'), () => pick(p.name))));
  const when = agreement.signedAt
    ? bindText(el('time', { datetime: agreement.signedAt }), () => new Date(agreement.signedAt).toLocaleString(locale()))
    : agreement.occasion
      ? bindText(el('span'), () => pick(agreement.occasion))
      : null;
  return el(
    'li',
    { class: celebrate ? 'wall-item wall-item--new' : 'wall-item', 'data-agreement': agreement.id },
    bindText(el('h2', { class: 'h-small' }), () => pick(agreement.subject)),
    bindText(el('p', { class: 'badge' }), () => pick(fields.get(agreement.field)) || agreement.field),
    parties,
    when ? el('p', { class: 'muted' }, when) : null,
    celebrate ? bindText(el('p', { class: 'wall-cheer', 'aria-hidden': 'true' }), () => t('wall.cheer')) : null,
  );
}
