// #/organiser/report[/YYYY-MM-DD]: the printable end-of-day report of one local day: the day in figures, the
// attendance chart, the busiest booths, dwell times, leads per booth, negotiations and agreements, each with its
// CSV. Printing hides everything but the report.

import { getAttendanceHistory, getExpoCached } from '../api.js';
import { el } from '../dom.js';
import { bindText, locale, onLangChange, pick, setTitle, t } from '../i18n.js';
import { getReport, reportCsvUrl } from '../reports-api.js';
import { ensureUser } from '../session.js';
import { attendanceChart } from './attendance-chart.js';
import { errorBlock, loading } from './common.js';

const CHART_POINTS = 288;
const TOP_BOOTHS = 10;

const isoDay = (date) => `${date.getFullYear()}-${String(date.getMonth() + 1).padStart(2, '0')}-${String(date.getDate()).padStart(2, '0')}`;

export function createDayReportView(day) {
  let unsubscribeLang = () => {};
  return {
    async mount(main) {
      setTitle(() => t('report.heading'));
      const heading = bindText(el('h1', { tabindex: '-1' }), () => t('report.heading'));
      const root = el('div', { class: 'day-report' }, heading, loading());
      main.append(root);
      const user = await ensureUser().catch(() => null);
      if (!user?.roles?.includes('organiser')) {
        root.replaceChildren(heading, bindText(el('p', { class: 'notice' }), () => t('report.onlyOrganisers')));
        return;
      }

      // The router hands an absent day over as the text "undefined".
      const [y, m, d] = (/^\d{4}-\d{2}-\d{2}$/.test(day ?? '') ? day : isoDay(new Date())).split('-').map(Number);
      const from = new Date(y, m - 1, d);
      const to = new Date(y, m - 1, d + 1);
      if (Number.isNaN(from.getTime())) {
        root.replaceChildren(heading, bindText(el('p', { class: 'notice' }), () => t('report.badDay')));
        return;
      }

      const picker = el('input', { type: 'date', id: 'report-day', value: isoDay(from) });
      picker.addEventListener('change', () => {
        if (picker.value) location.hash = `#/organiser/report/${picker.value}`;
      });
      const print = bindText(el('button', { type: 'button', class: 'button button--primary', id: 'report-print' }), () => t('report.print'));
      print.addEventListener('click', () => window.print());
      const controls = el(
        'div',
        { class: 'actions no-print' },
        bindText(el('label', { for: 'report-day' }), () => t('report.day')),
        picker,
        print,
      );

      let data = null;
      const render = () => {
        if (!data) return;
        const [expo, samples, ranking, dwell, leads, negotiations, agreements] = data;
        const date = from.toLocaleDateString(locale(), { year: 'numeric', month: 'long', day: 'numeric', weekday: 'long' });
        const time = (ms) => new Date(ms).toLocaleTimeString(locale(), { hour: '2-digit', minute: '2-digit' });
        root.replaceChildren(
          heading,
          controls,
          el('p', { class: 'day-report__subtitle', id: 'report-date' }, `${pick(expo.name)} · ${date}`),
          figures(samples, negotiations, agreements, time),
          section('report-chart', 'report.chart', 'attendance', from, to, attendanceChart(samples, t('report.chart'), time)),
          section('report-ranking', 'report.ranking', 'booths', from, to, table(
            ['report.col.rank', 'report.col.booth', 'report.col.average', 'report.col.peak'],
            ranking.filter((r) => r.peakVisitors > 0).slice(0, TOP_BOOTHS).map((r) => [r.rank, pick(r.name), r.averageVisitors, r.peakAt ? `${r.peakVisitors} (${time(Date.parse(r.peakAt))})` : r.peakVisitors]),
          )),
          section('report-dwell', 'report.dwell', 'dwell', from, to, table(
            ['report.col.booth', 'report.col.visits', 'report.col.unique', 'report.col.stay', 'report.col.chat'],
            dwell.filter((b) => b.visits > 0).map((b) => [pick(b.name), b.visits, b.uniqueVisitors, minutes(b.averageStaySeconds), b.chatMessages]),
          )),
          section('report-leads', 'report.leads', 'leads', from, to, table(
            ['report.col.booth', 'report.col.leads', 'report.col.newLeads', 'leads.kind.contact', 'leads.kind.card', 'leads.kind.chat', 'leads.kind.download'],
            leads.filter((b) => b.leads > 0).map((b) => [pick(b.name), b.leads, b.newLeads, b.interactions.contact, b.interactions.card, b.interactions.chat, b.interactions.download]),
          )),
          section('report-negotiations', 'report.negotiations', 'negotiations', from, to, table(
            ['report.col.subject', 'report.col.parties', 'report.col.status'],
            negotiations.map((n) => [n.subject, n.parties.map((p) => pick(p.name)).join(', '), t(`status.${n.status}`)]),
          )),
          section('report-agreements', 'report.agreements', 'agreements', from, to, table(
            ['report.col.subject', 'report.col.parties', 'report.col.signedAt'],
            agreements.map((a) => [pick(a.subject), a.parties.map((p) => pick(p.name)).join(', '), time(Date.parse(a.signedAt))]),
          )),
        );
      };

      const load = async () => {
        root.replaceChildren(heading, controls, loading());
        try {
          data = await Promise.all([
            getExpoCached(),
            getAttendanceHistory(from, to, CHART_POINTS),
            getReport('booths', from, to),
            getReport('dwell', from, to),
            getReport('leads', from, to),
            getReport('negotiations', from, to),
            getReport('agreements', from, to),
          ]);
          render();
        } catch (err) {
          root.replaceChildren(heading, controls, errorBlock(() => err.message || t('report.failed'), load));
        }
      };
      unsubscribeLang = onLangChange(render);
      await load();
    },
    destroy() {
      unsubscribeLang();
    },
  };
}

/** The day in a few numbers: the peak, arrivals, chat lines, negotiations and agreements. */
function figures(samples, negotiations, agreements, time) {
  const peak = samples.reduce((best, s) => (s.inBooths > (best?.inBooths ?? -1) ? s : best), null);
  const sum = (key) => samples.reduce((total, s) => total + s[key], 0);
  const item = (key, value, id) => [bindText(el('dt'), () => t(key)), el('dd', { id, class: 'tile__value' }, String(value))];
  return el(
    'dl',
    { class: 'tiles', id: 'report-figures' },
    ...[
      item('report.peak', peak ? `${peak.inBooths} (${time(Date.parse(peak.at))})` : '0', 'report-peak'),
      item('report.arrivals', sum('joins'), 'report-arrivals'),
      item('report.chatLines', sum('chatLines'), 'report-chat'),
      item('report.negotiationCount', negotiations.length, 'report-negotiation-count'),
      item('report.agreementCount', agreements.length, 'report-agreement-count'),
    ].map(([dt, dd]) => el('div', { class: 'tile' }, dt, dd)),
  );
}

function section(id, titleKey, csv, from, to, content) {
  return el(
    'section',
    { class: 'day-report__section', id, 'aria-labelledby': `${id}-heading` },
    el(
      'div',
      { class: 'day-report__head' },
      bindText(el('h2', { id: `${id}-heading` }), () => t(titleKey)),
      bindText(el('a', { class: 'button no-print', href: reportCsvUrl(csv, from, to), download: '', 'data-csv': csv }), () => t('report.csv')),
    ),
    content,
  );
}

function table(columns, rows) {
  if (rows.length === 0) return bindText(el('p', { class: 'muted' }), () => t('report.none'));
  return el(
    'div',
    { class: 'table-scroll' },
    el(
      'table',
      { class: 'report-table' },
      el('thead', {}, el('tr', {}, ...columns.map((key) => bindText(el('th', { scope: 'col' }), () => t(key))))),
      el('tbody', {}, ...rows.map((cells) => el('tr', {}, ...cells.map((cell, i) => el(i === 0 ? 'th' : 'td', i === 0 ? { scope: 'row' } : {}, String(cell)))))),
    ),
  );
}

const minutes = (seconds) => (Math.round((seconds / 60) * 10) / 10).toLocaleString();
