// Moderation panels: open reports, mutes and bans in force, and (for organisers) the audit log with its CSV export.
// Organisers see the whole expo; a booth's staff see their own booth's reports and sanctions.

import { el } from '../dom.js';
import { bindText, locale, t } from '../i18n.js';
import * as moderation from '../moderation-api.js';
import { errorBlock } from './common.js';
import { describeError } from '../errors.js';
import { reasonAction } from './moderation-forms.js';
import { auditDetail, auditTime } from './audit-detail.js';

const PAGE = 20;

/** `boothId` null: the whole expo, with the audit log; `boothNames` maps booth ids to display names. */
export function moderationPanels({ boothId = null, boothNames = new Map() } = {}) {
  let skip = 0;
  const root = el('div', { class: 'moderation-panels' },
    el('section', { id: 'mod-reports', 'aria-labelledby': 'mod-reports-heading', class: 'panel' }),
    el('section', { id: 'mod-sanctions', 'aria-labelledby': 'mod-sanctions-heading', class: 'panel' }),
    boothId ? '' : el('section', { id: 'mod-audit', 'aria-labelledby': 'mod-audit-heading', class: 'panel' }));

  const heading = (id, key) => bindText(el('h2', { id }), () => t(key));
  const when = (at) => new Date(at).toLocaleString(locale());
  const where = (id) => (id ? boothNames.get(id) ?? id : t('mod.everywhere'));

  async function reload() {
    await Promise.all([showReports(), showSanctions(), boothId ? null : showAudit()]);
  }

  async function section(id, headingId, key, read, render) {
    const node = root.querySelector(`#${id}`);
    try {
      node.replaceChildren(heading(headingId, key), ...render(await read()));
    } catch (err) {
      node.replaceChildren(heading(headingId, key), errorBlock(() => describeError(err), reload));
    }
  }

  const showReports = () => section('mod-reports', 'mod-reports-heading', 'mod.reportsHeading', () => moderation.getReports(boothId), (reports) => {
    if (!reports.length) return [bindText(el('p', { class: 'muted' }), () => t('mod.noReports'))];
    return [el('ul', { class: 'mod-list' }, ...reports.map((r) => {
      const item = el('li', { class: 'mod-item', 'data-report-id': r.id },
        bindText(el('p', { class: 'mod-title' }), () => `${t('mod.reportOf', { target: r.targetName, booth: where(r.boothId) })} · ${t('mod.reporters', { count: r.entries.length })}`),
        r.excerpt ? el('blockquote', {}, r.excerpt) : '',
        el('ul', { class: 'mod-entries' }, ...r.entries.map((e) =>
          bindText(el('li'), () => `${e.reporterName}: ${t(`mod.category.${e.category}`)}${e.text ? ` (${e.text})` : ''}`))));
      item.append(reasonAction(() => t('mod.dismiss'), (op, reason) => moderation.dismissReport(r.id, op, reason), reload));
      if (r.sequence != null) {
        item.append(reasonAction(() => t('mod.removeReported'), (op, reason) =>
          moderation.removeMessage(r.boothId, r.sequence, op, reason, r.id), reload));
      }
      return item;
    }))];
  });

  const showSanctions = () => section('mod-sanctions', 'mod-sanctions-heading', 'mod.sanctionsHeading', () => moderation.getSanctions(boothId), (sanctions) => {
    if (!sanctions.length) return [bindText(el('p', { class: 'muted' }), () => t('mod.noSanctions'))];
    return [el('ul', { class: 'mod-list' }, ...sanctions.map((s) => el('li', { class: 'mod-item', 'data-sanction-id': s.id },
      bindText(el('p', { class: 'mod-title' }), () =>
        `${t(`mod.kind.${s.kind}`)}: ${s.visitorName} · ${where(s.boothId)} · ${s.until ? when(s.until) : t('mod.forever')} · ${s.reason}`),
      reasonAction(() => t('mod.lift'), (op, reason) => moderation.liftSanction(s.id, op, reason), reload))))];
  });

  const showAudit = () => section('mod-audit', 'mod-audit-heading', 'mod.auditHeading', () => moderation.getAudit(skip, PAGE), (page) => {
    const csv = bindText(el('a', { class: 'button', id: 'mod-audit-csv', href: moderation.AUDIT_CSV, download: '' }), () => t('mod.auditCsv'));
    if (!page.entries.length) return [csv, bindText(el('p', { class: 'muted' }), () => t('mod.auditEmpty'))];
    const head = el('tr', {}, ...['at', 'actor', 'action', 'target', 'where', 'reason'].map((c) => bindText(el('th', { scope: 'col' }), () => t(`mod.col.${c}`))));
    const rows = page.entries.map((e) => el('tr', {},
      el('td', {}, bindText(el('time', { datetime: e.at }), () => auditTime(e.at))), el('td', {}, e.actorName),
      bindText(el('td'), () => [t(`mod.action.${e.action}`), auditDetail(e)].filter(Boolean).join(t('fixes.auditJoin'))),
      el('td', {}, e.targetName ?? ''), bindText(el('td'), () => where(e.boothId)), el('td', {}, e.reason)));
    const newer = bindText(el('button', { type: 'button', class: 'button', disabled: skip === 0 }), () => t('mod.newer'));
    const older = bindText(el('button', { type: 'button', class: 'button', disabled: skip + PAGE >= page.total }), () => t('mod.older'));
    newer.addEventListener('click', () => { skip = Math.max(0, skip - PAGE); showAudit(); });
    older.addEventListener('click', () => { skip += PAGE; showAudit(); });
    return [csv, el('div', { class: 'table-wrap' }, el('table', { class: 'mod-audit' }, el('thead', {}, head), el('tbody', {}, ...rows))), el('div', { class: 'actions' }, newer, older)];
  });

  reload();
  return { root, reload };
}
