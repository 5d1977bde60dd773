// Staff read a booth's leads, rate and annotate them, and export them as CSV or JSON.

import { annotateLead, exportUrl, getLeads } from '../booth-api.js';
import { el, newId } from '../dom.js';
import { bindText, t } from '../i18n.js';
import { statusLine } from './form-parts.js';

export function createLeadsPanel(boothId) {
  const status = statusLine('leads-status');
  const body = el('tbody', { id: 'lead-rows' });
  const table = el(
    'table',
    { class: 'leads-table' },
    bindText(el('caption', { class: 'visually-hidden' }), () => t('leads.heading')),
    el('thead', {}, el('tr', {}, ...['leads.who', 'leads.contact', 'leads.interactions', 'leads.rating', 'leads.note', 'leads.save']
      .map((key) => bindText(el('th', { scope: 'col' }), () => t(key))))),
    body,
  );
  const refresh = bindText(el('button', { type: 'button', class: 'button', id: 'leads-refresh' }), () => t('leads.refresh'));
  refresh.addEventListener('click', load);
  const root = el(
    'section',
    { id: 'leads-panel', class: 'panel', 'aria-labelledby': 'leads-heading' },
    bindText(el('h2', { id: 'leads-heading' }), () => t('leads.heading')),
    el('p', { class: 'actions' },
      refresh,
      bindText(el('a', { class: 'button', id: 'leads-export-csv', href: exportUrl(boothId, 'csv'), download: '' }), () => t('leads.exportCsv')),
      bindText(el('a', { class: 'button', id: 'leads-export-json', href: exportUrl(boothId, 'json'), download: '' }), () => t('leads.exportJson'))),
    el('div', { class: 'table-scroll' }, table),
    status.node,
  );

  function row(lead) {
    const rating = el('select', { 'aria-label': t('leads.ratingOf', { name: lead.displayName }) },
      bindText(el('option', { value: '' }), () => t('leads.unrated')),
      ...[5, 4, 3, 2, 1].map((n) => bindText(el('option', { value: String(n) }), () => t(`leads.rating${n}`))));
    rating.value = lead.rating == null ? '' : String(lead.rating);
    const note = el('textarea', { rows: 2, maxlength: 2000, 'aria-label': t('leads.noteOf', { name: lead.displayName }) });
    note.value = lead.note ?? '';
    const save = bindText(el('button', { type: 'button', class: 'button' }), () => t('leads.save'));
    let operationId = newId();
    save.addEventListener('click', async () => {
      try {
        await annotateLead(boothId, lead.visitorId, { operationId, rating: rating.value ? Number(rating.value) : null, note: note.value });
        operationId = newId();
        status.ok(t('leads.saved', { name: lead.displayName }));
      } catch (err) {
        status.fail(err);
      }
    });
    const card = lead.card;
    return el(
      'tr',
      { 'data-visitor-id': lead.visitorId },
      el('th', { scope: 'row' }, lead.displayName, card?.organisation ? el('div', { class: 'muted' }, card.organisation) : ''),
      el('td', {}, lead.email ?? '', card?.phone ? el('div', {}, card.phone) : ''),
      el('td', {}, lead.interactions.map((i) => t(`leads.kind.${i.kind}`)).join(', ')),
      el('td', {}, rating),
      el('td', {}, note),
      el('td', {}, save),
    );
  }

  async function load() {
    try {
      const leads = await getLeads(boothId);
      body.replaceChildren(...leads.map(row));
      if (!leads.length) body.append(el('tr', {}, bindText(el('td', { colspan: 6, class: 'muted' }), () => t('leads.empty'))));
    } catch (err) {
      status.fail(err);
    }
  }

  load();
  return root;
}
