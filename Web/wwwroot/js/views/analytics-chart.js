// The booth's figures over time, for its staff: visits, average stay, chat lines and new leads per hour, as four small
// bar charts on one time axis (plain SVG, so it prints and scales), each with its total, and a table for screen readers.

import { el } from '../dom.js';
import { bindAttr, bindText, locale, t } from '../i18n.js';

const SVG = 'http://www.w3.org/2000/svg';
const WIDTH = 640;
const HEIGHT = 90;
const PAD = 24;
const HOUR = 3600000;

/** At most this many hours are drawn: the latest ones, so the bars stay readable. */
export const MAX_HOURS = 48;

function svg(tag, attrs = {}) {
  const node = document.createElementNS(SVG, tag);
  for (const [key, value] of Object.entries(attrs)) node.setAttribute(key, String(value));
  return node;
}

/** Hourly rows { at, visits, stay, chat, leads } from the analytics answer and the leads' first contacts, gaps filled with zeros. */
export function hourlySeries(analytics, leads, now = Date.now()) {
  const byHour = new Map();
  const row = (at) => {
    if (!byHour.has(at)) byHour.set(at, { at, visits: 0, stay: 0, chat: 0, leads: 0 });
    return byHour.get(at);
  };
  for (const h of analytics.hours ?? []) {
    const r = row(Date.parse(h.hour));
    r.visits = h.visits;
    r.stay = Math.round(h.averageStaySeconds / 6) / 10;
    r.chat = h.chatMessages;
  }
  for (const lead of leads ?? []) row(Math.floor(Date.parse(lead.firstAt) / HOUR) * HOUR).leads += 1;
  const last = Math.floor(now / HOUR) * HOUR;
  const first = Math.max(Math.min(last, ...byHour.keys()), last - (MAX_HOURS - 1) * HOUR);
  const rows = [];
  for (let at = first; at <= last; at += HOUR) rows.push(byHour.get(at) ?? { at, visits: 0, stay: 0, chat: 0, leads: 0 });
  return rows;
}

function bars(rows, key, label) {
  const chart = svg('svg', { viewBox: `0 0 ${WIDTH} ${HEIGHT}`, class: `analytics-chart__bars analytics-chart__bars--${key}`, role: 'img' });
  bindAttr(chart, 'aria-label', label);
  const max = Math.max(1, ...rows.map((r) => r[key]));
  const step = (WIDTH - 2 * PAD) / Math.max(1, rows.length);
  chart.append(svg('line', { x1: PAD, y1: HEIGHT - PAD, x2: WIDTH - PAD, y2: HEIGHT - PAD, class: 'attendance-chart__axis' }));
  rows.forEach((r, i) => {
    if (!r[key]) return;
    const h = (r[key] / max) * (HEIGHT - 2 * PAD);
    // At most a bar's width: with a single hour of figures, the bar would otherwise fill the whole chart.
    const width = Math.min(step * 0.7, 48);
    chart.append(svg('rect', { x: (PAD + i * step + (step - width) / 2).toFixed(1), y: (HEIGHT - PAD - h).toFixed(1), width: width.toFixed(1), height: h.toFixed(1), 'data-hour': new Date(r.at).toISOString() }));
  });
  const top = svg('text', { x: 2, y: PAD, class: 'attendance-chart__label' });
  top.textContent = String(max);
  chart.append(top);
  return chart;
}

const SERIES = [
  ['visits', 'chart.visits'],
  ['stay', 'chart.stay'],
  ['chat', 'chart.chat'],
  ['leads', 'chart.leads'],
];

/** The charts and their table; `rows` from hourlySeries. */
export function analyticsChart(rows, total) {
  // The day as well as the hour: a range across midnight, or a week, reads otherwise as the same hour twice.
  const time = (at) => new Date(at).toLocaleString(locale(), { weekday: 'short', day: 'numeric', month: 'short', hour: '2-digit', minute: '2-digit' });
  const totals = { visits: total.visits, stay: Math.round(total.averageStaySeconds / 6) / 10, chat: total.chatMessages, leads: rows.reduce((n, r) => n + r.leads, 0) };
  const figures = SERIES.map(([key, name]) => {
    const summary = () => t(`${name}Total`, { count: totals[key] });
    return el('figure', { class: 'analytics-chart__series', 'data-series': key },
      bindText(el('figcaption'), () => `${t(name)}: ${summary()}`),
      bars(rows, key, () => `${t(name)}, ${t('chart.perHour')}: ${summary()}`));
  });
  const range = rows.length ? bindText(el('p', { class: 'muted analytics-chart__range' }), () => t('chart.range', { from: time(rows[0].at), to: time(rows[rows.length - 1].at + HOUR) })) : null;
  const table = el('table', { class: 'analytics-chart__table' },
    el('thead', {}, el('tr', {}, bindText(el('th', { scope: 'col' }), () => t('chart.hour')), ...SERIES.map(([, name]) => bindText(el('th', { scope: 'col' }), () => t(name))))),
    el('tbody', {}, ...rows.filter((r) => r.visits || r.chat || r.leads).map((r) =>
      el('tr', {}, bindText(el('th', { scope: 'row' }), () => time(r.at)), ...SERIES.map(([key]) => el('td', {}, String(r[key])))))));
  const details = el('details', {}, bindText(el('summary'), () => t('chart.table')), table);
  return el('div', { class: 'analytics-chart', id: 'booth-analytics-chart' }, ...figures, range, details);
}
