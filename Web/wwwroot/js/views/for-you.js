// #/for-you: the visitor says what they came for (fields, cities, to buy / partner / learn); the expo suggests booths,
// says why, and names the booth's staff who are there now.

import { getExpoCached } from '../api.js';
import { el } from '../dom.js';
import { bindText, pick, setTitle, t } from '../i18n.js';
import { getInterests, getRecommendations, setInterests } from '../interests-api.js';
import { ensureUser } from '../session.js';
import { errorBlock, loading } from './common.js';
import { busy, statusLine } from './form-parts.js';
import { createGuestForm } from './guest.js';

const GOALS = ['buy', 'partner', 'learn'];

function checkboxes(name, legendKey, options, chosen) {
  const set = el('fieldset', { class: 'interest-group', id: `interest-${name}` }, bindText(el('legend'), () => t(legendKey)));
  for (const { id, label } of options) {
    const input = el('input', { type: 'checkbox', id: `interest-${name}-${id}`, name, value: id, checked: chosen.includes(id) });
    set.append(el('div', { class: 'field field--check' }, input, bindText(el('label', { for: input.id }), label)));
  }
  return set;
}

function reasonText(reason) {
  switch (reason.kind) {
    case 'field': return t('recommend.field', { name: pick(reason.name) || reason.id });
    case 'city': return t('recommend.city', { name: pick(reason.name) || reason.id });
    case 'goal': return t(`recommend.goal.${reason.id}`);
    default: return t('recommend.staffNow');
  }
}

function card(item, pavilions) {
  const link = bindText(el('a', { href: `#/booth/${encodeURIComponent(item.boothId)}` }), () => pick(item.boothName));
  const reasons = el('ul', { class: 'recommend-reasons' }, ...item.reasons.map((r) => bindText(el('li', { 'data-reason': r.kind }), () => reasonText(r))));
  const staff = item.staffPresent.length
    ? bindText(el('p', { class: 'recommend-staff' }), () => t('recommend.staffHere', { names: item.staffPresent.map((s) => s.displayName).join(', ') }))
    : null;
  return el('li', { class: 'meeting-card recommend-card', 'data-booth': item.boothId },
    el('h3', { class: 'h-small' }, link),
    bindText(el('p', { class: 'muted' }), () => pick(pavilions.get(item.pavilionId)?.name)),
    reasons, staff);
}

export function createForYouView() {
  return {
    async mount(main) {
      setTitle(() => t('recommend.heading'));
      const heading = bindText(el('h1', { tabindex: '-1' }), () => t('recommend.heading'));
      const root = el('div', { class: 'for-you' }, heading, loading());
      main.append(root);
      let expo;
      let user;
      try {
        [expo, user] = await Promise.all([getExpoCached(), ensureUser().catch(() => null)]);
      } catch {
        root.replaceChildren(heading, errorBlock(() => t('recommend.loadError'), () => location.reload()));
        return;
      }
      const intro = bindText(el('p', { class: 'lead' }), () => t('recommend.intro'));
      if (!user) {
        const guest = createGuestForm({ onDone: () => window.dispatchEvent(new HashChangeEvent('hashchange')), intro: 'guest.introElsewhere' });
        root.replaceChildren(heading, intro, bindText(el('p', { class: 'muted' }), () => t('recommend.guestFirst')), guest.root);
        return;
      }
      const interests = await getInterests().catch(() => ({ fields: [], cities: [], goals: [] }));
      const pavilions = new Map(expo.pavilions.map((p) => [p.id, p]));
      const status = statusLine('interests-status');
      const form = el('form', { id: 'interests-form', class: 'stack panel' },
        checkboxes('fields', 'recommend.fields', expo.fields.map((f) => ({ id: f.id, label: () => pick(f.name) })), interests.fields),
        checkboxes('cities', 'recommend.cities', expo.pavilions.map((p) => ({ id: p.id, label: () => pick(p.name) })), interests.cities),
        checkboxes('goals', 'recommend.goals', GOALS.map((g) => ({ id: g, label: () => t(`recommend.want.${g}`) })), interests.goals),
        el('div', { class: 'actions' }, bindText(el('button', { type: 'submit', class: 'button button--primary', id: 'interests-save' }), () => t('recommend.save'))),
        status.node);
      const list = el('ul', { class: 'meeting-list', id: 'recommendations' });
      const results = el('section', { 'aria-labelledby': 'recommend-list-heading', class: 'panel' },
        bindText(el('h2', { id: 'recommend-list-heading' }), () => t('recommend.listHeading')), list);
      const draw = async () => {
        const items = await getRecommendations();
        list.replaceChildren(...(items.length ? items.map((i) => card(i, pavilions)) : [bindText(el('li', { class: 'muted' }), () => t('recommend.none'))]));
      };
      form.addEventListener('submit', (event) => {
        event.preventDefault();
        const chosen = (name) => [...form.querySelectorAll(`input[name="${name}"]:checked`)].map((i) => i.value);
        busy(form, async () => {
          try {
            await setInterests({ fields: chosen('fields'), cities: chosen('cities'), goals: chosen('goals') });
            await draw();
            status.ok(t('recommend.saved'));
          } catch (err) {
            status.fail(err);
          }
        });
      });
      root.replaceChildren(heading, intro, form, results);
      await draw().catch((err) => status.fail(err));
    },
    destroy() {},
  };
}
