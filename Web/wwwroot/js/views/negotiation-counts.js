// The organiser's negotiation counts: under way, signed, ended without agreement; live over the hub.

import * as hub from '../hub.js';
import { el } from '../dom.js';
import { bindText, t } from '../i18n.js';
import { getNegotiationCounts } from '../negotiations-api.js';

export function negotiationCounts() {
  const values = { open: el('dd', { id: 'count-open' }, '…'), signed: el('dd', { id: 'count-signed' }, '…'), ended: el('dd', { id: 'count-ended' }, '…') };
  const show = (counts) => {
    for (const key of Object.keys(values)) values[key].textContent = String(counts[key]);
  };
  const list = el('dl', { class: 'counts' }, ...Object.entries(values).flatMap(([key, dd]) => [bindText(el('dt'), () => t(`counts.${key}`)), dd]));
  const section = el(
    'section',
    { class: 'panel', 'aria-labelledby': 'counts-heading' },
    bindText(el('h2', { id: 'counts-heading' }), () => t('counts.heading')),
    list,
  );
  getNegotiationCounts().then(show, () => {});
  const offs = [hub.on('NegotiationCountsChanged', show), hub.on('reconnected', () => getNegotiationCounts().then(show, () => {}))];
  hub.start();
  return { section, destroy: () => offs.forEach((off) => off()) };
}
