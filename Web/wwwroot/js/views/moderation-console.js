// #/organiser/moderation: open reports, mutes and bans in force, and the audit log with its CSV export.

import { getExpoCached } from '../api.js';
import { el } from '../dom.js';
import { bindText, locale, pick, setTitle, t } from '../i18n.js';
import * as moderation from '../moderation-api.js';
import { ensureUser } from '../session.js';
import { errorBlock, loading } from './common.js';
import { describeError } from '../errors.js';
import { reasonAction } from './moderation-forms.js';

const PAGE = 20;

export function createModerationConsoleView() {
  let root;
  let boothNames = new Map();
  let skip = 0;

  const heading = (id, key) => bindText(el('h2', { id }), () => t(key));
  const when = (at) => new Date(at).toLocaleString(locale());
  const where = (boothId) => (boothId ? boothNames.get(boothId) ?? boothId : t('mod.everywhere'));

  async function mount(main) {
    setTitle(() => t('mod.heading'));
    const title = bindText(el('h1', { tabindex: '-1' }), () => t('mod.heading'));
    root = el('div', { class: 'moderation-console' }, title, loading());
    main.append(root);
    const user = await ensureUser().catch(() => null);
    if (!user?.roles?.includes('organiser')) {
      root.replaceChildren(title, bindText(el('p', { class: 'notice' }), () => t('mod.onlyOrganisers')));
      return;
    }
    const expo = await getExpoCached().catch(() => null);
    boothNames = new Map((expo?.pavilions ?? []).flatMap((p) => p.booths).map((b) => [b.id, pick(b.name)]));
    root.replaceChildren(title, el('section', { id: 'mod-reports', 'aria-labelledby': 'mod-reports-heading', class: 'panel' }),
      el('section', { id: 'mod-sanctions', 'aria-labelledby': 'mod-sanctions-heading', class: 'panel' }),
      el('section', { id: 'mod-audit', 'aria-labelledby': 'mod-audit-heading', class: 'panel' }));
    await reload();
  }

  async function reload() {
    await Promise.all([showReports(), showSanctions(), showAudit()]);
  }

  async function section(id, headingId, key, read, render) {
    const node = root.querySelector(`#${id}`);
    try {
      node.replaceChildren(heading(headingId, key), ...render(await read()));
    } catch (err) {
      node.replaceChildren(heading(headingId, key), errorBlock(() => describeError(err), reload));
    }
  }

  const showReports = () => section('mod-reports', 'mod-reports-heading', 'mod.reportsHeading', () => moderation.getReports(null), (reports) => {
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

  const showSanctions = () => section('mod-sanctions', 'mod-sanctions-heading', 'mod.sanctionsHeading', () => moderation.getSanctions(null), (sanctions) => {
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
      el('td', {}, el('time', { datetime: e.at }, when(e.at))), el('td', {}, e.actorName),
      bindText(el('td'), () => `${t(`mod.action.${e.action}`)}${e.detail ? ` ${e.detail}` : ''}`),
      el('td', {}, e.targetName ?? ''), bindText(el('td'), () => where(e.boothId)), el('td', {}, e.reason)));
    const newer = bindText(el('button', { type: 'button', class: 'button', disabled: skip === 0 }), () => t('mod.newer'));
    const older = bindText(el('button', { type: 'button', class: 'button', disabled: skip + PAGE >= page.total }), () => t('mod.older'));
    newer.addEventListener('click', () => { skip = Math.max(0, skip - PAGE); showAudit(); });
    older.addEventListener('click', () => { skip += PAGE; showAudit(); });
    return [csv, el('div', { class: 'table-wrap' }, el('table', { class: 'mod-audit' }, el('thead', {}, head), el('tbody', {}, ...rows))), el('div', { class: 'actions' }, newer, older)];
  });

  return { mount, destroy() {} };
}
