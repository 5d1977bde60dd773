// The organiser's passport figures: how many visitors hold 1, 2, … stamps, and how many completed the route.

import { el } from '../dom.js';
import { bindText, locale, t } from '../i18n.js';
import { getPassportCounts } from '../passport-api.js';

export function passportCounts() {
  const body = el('tbody');
  const completed = el('p', { class: 'passport-completed', id: 'passport-completed' });
  const table = el(
    'table',
    { class: 'data-table', id: 'passport-counts' },
    el('thead', {}, el('tr', {}, bindText(el('th', { scope: 'col' }), () => t('passportCounts.stamps')), bindText(el('th', { scope: 'col' }), () => t('passportCounts.visitors')))),
    body,
  );
  const section = el(
    'section',
    { class: 'panel', 'aria-labelledby': 'passport-counts-heading' },
    bindText(el('h2', { id: 'passport-counts-heading' }), () => t('passportCounts.heading')),
    completed,
    table,
  );
  const number = (n) => new Intl.NumberFormat(locale()).format(n);
  getPassportCounts().then(
    (counts) => {
      bindText(completed, () => t('passportCounts.completed', { count: counts.completed, total: counts.pavilions, n: number(counts.completed) }));
      body.replaceChildren(
        ...counts.holders.map((row) => el('tr', { 'data-stamps': String(row.stamps) }, el('th', { scope: 'row' }, number(row.stamps)), el('td', {}, number(row.visitors)))),
      );
    },
    () => bindText(completed, () => t('passportCounts.loadError')),
  );
  return section;
}
