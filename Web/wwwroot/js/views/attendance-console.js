// #/organiser/attendance: the expo breathing, live. Tiles with the counts and rates of the last minute, the
// negotiations, the booths with visitors but none of their staff, a floor plan of the pavilions and their booths
// coloured by crowd with the staff in each, a chart over the last hour, today or the whole expo, and a replay
// slider that shows the floor plan at any charted moment.

import { getAttendanceHistory, getAttendanceNow, getExpoCached } from '../api.js';
import { el } from '../dom.js';
import { bindAttr, bindText, locale, onLangChange, pick, setTitle, t } from '../i18n.js';
import { ensureUser } from '../session.js';
import { attendanceChart } from './attendance-chart.js';
import { loading } from './common.js';
import { negotiationCounts } from './negotiation-counts.js';

const NOW_EVERY_MS = 1000;
const HISTORY_EVERY_MS = 10000;
const HOUR_MS = 3600 * 1000;
/** The history keeps 7 days; the whole expo is what it keeps. */
const EXPO_MS = 7 * 24 * HOUR_MS;
/** Enough points for a chart as wide as the page; the server thins longer ranges to this many. */
const CHART_POINTS = 360;

/** Where each chart range starts, given now. */
const RANGES = {
  hour: (now) => new Date(now.getTime() - HOUR_MS),
  today: (now) => new Date(now.getFullYear(), now.getMonth(), now.getDate()),
  expo: (now) => new Date(now.getTime() - EXPO_MS),
};

export function createAttendanceConsoleView() {
  const timers = [];
  let unsubscribeLang = () => {};
  let destroyed = false;
  let counts = null;

  return {
    async mount(main) {
      setTitle(() => t('console.heading'));
      const heading = bindText(el('h1', { tabindex: '-1' }), () => t('console.heading'));
      const root = el('div', { class: 'attendance-console' }, heading, loading());
      main.append(root);
      const user = await ensureUser().catch(() => null);
      if (!user?.roles?.includes('organiser')) {
        root.replaceChildren(heading, bindText(el('p', { class: 'notice' }), () => t('console.onlyOrganisers')));
        return;
      }

      const expo = await getExpoCached();
      const time = (ms) => new Date(ms).toLocaleTimeString(locale(), { hour: '2-digit', minute: '2-digit', second: '2-digit' });
      const tiles = tileList();
      const floor = floorPlan(expo);
      const unstaffed = unstaffedList(expo);
      const chartBox = el('div', { class: 'attendance-console__chart' });
      const replay = replayControl();
      const range = rangeControl();
      counts = negotiationCounts();
      const report = bindText(el('a', { href: '#/organiser/report', class: 'button', id: 'end-of-day-link' }), () => t('console.reportLink'));
      root.replaceChildren(
        heading,
        tiles.node,
        el('div', { class: 'actions attendance-console__links' }, report),
        counts.section,
        unstaffed.node,
        el('section', { 'aria-labelledby': 'floor-heading' }, bindText(el('h2', { id: 'floor-heading' }), () => t('console.floor')), replay.node, floor.node),
        el(
          'section',
          { 'aria-labelledby': 'chart-heading' },
          bindText(el('h2', { id: 'chart-heading' }), () => t(`console.chart.${range.value()}`)),
          range.node,
          bindText(el('p', { class: 'chart-legend' }), () => t('console.legend')),
          chartBox,
        ),
      );

      let history = [];
      let latest = null;
      const drawChart = () => chartBox.replaceChildren(attendanceChart(history, t(`console.chart.${range.value()}`), time));
      replay.onPick((index) => {
        if (index == null) {
          if (latest) floor.show(latest);
          replay.showing(null);
        } else {
          floor.show(history[index]);
          replay.showing(time(Date.parse(history[index].at)));
        }
      });

      const pollNow = async () => {
        try {
          latest = await getAttendanceNow();
          if (destroyed) return;
          tiles.show(latest);
          unstaffed.show(latest);
          if (replay.isLive()) floor.show(latest);
        } catch {
          // The next round tries again; a console that misses a second shows the one before.
        }
      };
      const pollHistory = async () => {
        try {
          const to = new Date();
          history = await getAttendanceHistory(RANGES[range.value()](to), to, CHART_POINTS);
          if (destroyed) return;
          replay.setLength(history.length);
          drawChart();
        } catch {
          // As above.
        }
      };
      range.onChange(pollHistory);
      unsubscribeLang = onLangChange(drawChart);
      await Promise.all([pollNow(), pollHistory()]);
      timers.push(setInterval(pollNow, NOW_EVERY_MS), setInterval(pollHistory, HISTORY_EVERY_MS));
    },
    destroy() {
      destroyed = true;
      timers.forEach(clearInterval);
      unsubscribeLang?.();
      counts?.destroy();
    },
  };
}

function tileList() {
  const value = (id) => el('dd', { id, class: 'tile__value' }, '0');
  const values = {
    online: value('now-online'),
    inBooths: value('now-in-booths'),
    joins: value('now-joins'),
    leaves: value('now-leaves'),
    chat: value('now-chat'),
    queued: value('now-queued'),
  };
  const tile = (key, dd) => el('div', { class: 'tile' }, bindText(el('dt'), () => t(key)), dd);
  const node = el(
    'dl',
    { class: 'tiles', 'aria-live': 'polite' },
    tile('console.online', values.online),
    tile('console.inBooths', values.inBooths),
    tile('console.joins', values.joins),
    tile('console.leaves', values.leaves),
    tile('console.chat', values.chat),
    tile('console.queued', values.queued),
  );
  const rate = (n) => (Math.round(n * 10) / 10).toLocaleString();
  return {
    node,
    show(now) {
      values.online.textContent = now.online.toLocaleString();
      values.inBooths.textContent = now.inBooths.toLocaleString();
      values.joins.textContent = rate(now.joinsPerMinute);
      values.leaves.textContent = rate(now.leavesPerMinute);
      values.chat.textContent = rate(now.chatLinesPerMinute);
      values.queued.textContent = Object.values(now.queues ?? {}).reduce((a, b) => a + b, 0).toLocaleString();
    },
  };
}

function floorPlan(expo) {
  const cells = new Map();
  const totals = new Map();
  const node = el('div', { class: 'floor-plan' });
  for (const pavilion of expo.pavilions) {
    const total = el('span', { class: 'floor-plan__total', 'data-pavilion-total': pavilion.id }, '0');
    totals.set(pavilion.id, total);
    const booths = el('ul', { class: 'floor-plan__booths' });
    for (const booth of pavilion.booths) {
      const count = el('span', { class: 'floor-plan__count' }, '0');
      const staff = el('span', { class: 'floor-plan__staff', 'data-staff': booth.id });
      const queue = el('span', { class: 'floor-plan__staff', 'data-queue': booth.id });
      const cell = el(
        'li',
        { class: 'floor-plan__booth', 'data-booth': booth.id },
        bindText(el('span', { class: 'floor-plan__name' }), () => pick(booth.name)),
        count,
        staff,
        queue,
      );
      cell._count = 0;
      cell._staff = 0;
      cell._queue = 0;
      const label = () =>
        t('console.boothCount', { name: pick(booth.name), count: cell._count }) +
        (cell._staff ? ` · ${t('console.staffCount', { count: cell._staff })}` : '') +
        (cell._queue ? ` · ${t('console.queueCount', { count: cell._queue })}` : '');
      bindAttr(cell, 'aria-label', label);
      cells.set(booth.id, { cell, count, staff, queue, label });
      booths.append(cell);
    }
    node.append(el('section', { class: 'floor-plan__pavilion', 'data-pavilion': pavilion.id }, el('h3', {}, bindText(el('span'), () => pick(pavilion.name)), ' ', total), booths));
  }
  return {
    node,
    show(snapshot) {
      const max = Math.max(1, ...Object.values(snapshot.booths ?? {}));
      for (const [id, { cell, count, staff, queue, label }] of cells) {
        const n = snapshot.booths?.[id] ?? 0;
        cell._count = n;
        // Samples of the replay carry no staff: the floor plan shows staff only live.
        cell._staff = snapshot.staffOnline?.[id] ?? 0;
        cell._queue = snapshot.queues?.[id] ?? 0;
        queue.textContent = cell._queue ? t('console.queueCount', { count: cell._queue }) : '';
        count.textContent = String(n);
        staff.textContent = cell._staff ? t('console.staffCount', { count: cell._staff }) : '';
        cell.style.setProperty('--heat', String(n / max));
        cell.setAttribute('aria-label', label());
      }
      for (const [id, total] of totals) total.textContent = String(snapshot.pavilions?.[id] ?? 0);
    },
  };
}

function replayControl() {
  const slider = el('input', { type: 'range', id: 'replay', min: '0', max: '0', value: '0', step: '1', disabled: true });
  const label = bindText(el('label', { for: 'replay' }), () => t('console.replay'));
  const showing = el('output', { for: 'replay', id: 'replay-time' });
  const live = bindText(el('button', { type: 'button', class: 'button', 'aria-pressed': 'true', id: 'replay-live' }), () => t('console.live'));
  let isLive = true;
  let pick = () => {};
  slider.addEventListener('input', () => {
    isLive = false;
    live.setAttribute('aria-pressed', 'false');
    pick(Number(slider.value));
  });
  live.addEventListener('click', () => {
    isLive = true;
    live.setAttribute('aria-pressed', 'true');
    slider.value = slider.max;
    pick(null);
  });
  return {
    node: el('div', { class: 'replay' }, label, slider, showing, live),
    isLive: () => isLive,
    onPick(fn) {
      pick = fn;
    },
    setLength(n) {
      slider.disabled = n === 0;
      slider.max = String(Math.max(0, n - 1));
      if (isLive) slider.value = slider.max;
    },
    showing(text) {
      showing.textContent = text == null ? '' : t('console.at', { time: text });
    },
  };
}

/** The booths with visitors in them and none of their staff, busiest first, so the organiser can nudge their staff. */
function unstaffedList(expo) {
  const booths = new Map(expo.pavilions.flatMap((p) => p.booths.map((b) => [b.id, b])));
  const list = el('ul', { class: 'unstaffed', id: 'unstaffed-booths' });
  const none = bindText(el('p', { class: 'muted', id: 'unstaffed-none' }), () => t('console.unstaffedNone'));
  let last = { unstaffed: [], booths: {} };
  const draw = () => {
    list.replaceChildren(
      ...last.unstaffed.filter((id) => booths.has(id)).map((id) =>
        el('li', { 'data-unstaffed': id }, el('a', { href: `#/booth/${encodeURIComponent(id)}` }, pick(booths.get(id).name)), ' ', t('console.unstaffedCount', { count: last.booths[id] ?? 0 })),
      ),
    );
    none.hidden = list.childElementCount > 0;
  };
  // Redrawn with every live reading, once a second, which also follows a change of language.
  return {
    node: el(
      'section',
      { class: 'panel', 'aria-labelledby': 'unstaffed-heading' },
      bindText(el('h2', { id: 'unstaffed-heading' }), () => t('console.unstaffed')),
      bindText(el('p', { class: 'muted' }), () => t('console.unstaffedHint')),
      none,
      list,
    ),
    show(now) {
      last = { unstaffed: now.unstaffed ?? [], booths: now.booths ?? {} };
      draw();
    },
  };
}

/** Last hour, today or the whole expo, as a group of toggle buttons. */
function rangeControl() {
  let value = 'hour';
  let changed = () => {};
  const buttons = Object.keys(RANGES).map((key) => {
    const button = bindText(el('button', { type: 'button', class: 'button', 'data-range': key, 'aria-pressed': String(key === value) }), () => t(`console.range.${key}`));
    button.addEventListener('click', () => {
      value = key;
      for (const b of buttons) b.setAttribute('aria-pressed', String(b === button));
      changed();
    });
    return button;
  });
  const node = bindAttr(el('div', { class: 'chart-range', role: 'group' }), 'aria-label', () => t('console.range'));
  node.append(...buttons);
  return {
    node,
    value: () => value,
    onChange(fn) {
      changed = fn;
    },
  };
}
