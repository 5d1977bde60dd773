// #/organiser/attendance: the expo breathing, live. Tiles with the counts and rates of the last minute, a floor
// plan of the pavilions and their booths coloured by crowd, the last hour as a chart, and a replay slider that
// shows the floor plan at any sampled moment.

import { getAttendanceHistory, getAttendanceNow, getExpoCached } from '../api.js';
import { el } from '../dom.js';
import { bindAttr, bindText, locale, onLangChange, pick, setTitle, t } from '../i18n.js';
import { ensureUser } from '../session.js';
import { attendanceChart } from './attendance-chart.js';
import { loading } from './common.js';

const NOW_EVERY_MS = 1000;
const HISTORY_EVERY_MS = 10000;
const HOUR_MS = 3600 * 1000;

export function createAttendanceConsoleView() {
  const timers = [];
  let unsubscribeLang = () => {};
  let destroyed = false;

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
      const chartBox = el('div', { class: 'attendance-console__chart' });
      const replay = replayControl();
      root.replaceChildren(
        heading,
        tiles.node,
        el('section', { 'aria-labelledby': 'floor-heading' }, bindText(el('h2', { id: 'floor-heading' }), () => t('console.floor')), replay.node, floor.node),
        el('section', { 'aria-labelledby': 'chart-heading' }, bindText(el('h2', { id: 'chart-heading' }), () => t('console.chart')), chartBox),
      );

      let history = [];
      let latest = null;
      const drawChart = () => chartBox.replaceChildren(attendanceChart(history, t('console.chart'), time));
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
          if (replay.isLive()) floor.show(latest);
        } catch {
          // The next round tries again; a console that misses a second shows the one before.
        }
      };
      const pollHistory = async () => {
        try {
          const to = new Date();
          history = await getAttendanceHistory(new Date(to.getTime() - HOUR_MS), to);
          if (destroyed) return;
          replay.setLength(history.length);
          drawChart();
        } catch {
          // As above.
        }
      };
      unsubscribeLang = onLangChange(drawChart);
      await Promise.all([pollNow(), pollHistory()]);
      timers.push(setInterval(pollNow, NOW_EVERY_MS), setInterval(pollHistory, HISTORY_EVERY_MS));
    },
    destroy() {
      destroyed = true;
      timers.forEach(clearInterval);
      unsubscribeLang?.();
    },
  };
}

function tileList() {
  const value = (id) => el('dd', { id, class: 'tile__value' }, '0');
  const values = { inBooths: value('now-in-booths'), joins: value('now-joins'), leaves: value('now-leaves'), chat: value('now-chat') };
  const tile = (key, dd) => el('div', { class: 'tile' }, bindText(el('dt'), () => t(key)), dd);
  const node = el(
    'dl',
    { class: 'tiles', 'aria-live': 'polite' },
    tile('console.inBooths', values.inBooths),
    tile('console.joins', values.joins),
    tile('console.leaves', values.leaves),
    tile('console.chat', values.chat),
  );
  const rate = (n) => (Math.round(n * 10) / 10).toLocaleString();
  return {
    node,
    show(now) {
      values.inBooths.textContent = now.inBooths.toLocaleString();
      values.joins.textContent = rate(now.joinsPerMinute);
      values.leaves.textContent = rate(now.leavesPerMinute);
      values.chat.textContent = rate(now.chatLinesPerMinute);
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
      const cell = el('li', { class: 'floor-plan__booth', 'data-booth': booth.id }, bindText(el('span', { class: 'floor-plan__name' }), () => pick(booth.name)), count);
      cell._count = 0;
      bindAttr(cell, 'aria-label', () => t('console.boothCount', { name: pick(booth.name), count: cell._count }));
      cells.set(booth.id, { cell, count });
      booths.append(cell);
    }
    node.append(el('section', { class: 'floor-plan__pavilion', 'data-pavilion': pavilion.id }, el('h3', {}, bindText(el('span'), () => pick(pavilion.name)), ' ', total), booths));
  }
  return {
    node,
    show(snapshot) {
      const max = Math.max(1, ...Object.values(snapshot.booths ?? {}));
      for (const [id, { cell, count }] of cells) {
        const n = snapshot.booths?.[id] ?? 0;
        cell._count = n;
        count.textContent = String(n);
        cell.style.setProperty('--heat', String(n / max));
        cell.setAttribute('aria-label', t('console.boothCount', { name: cell.querySelector('.floor-plan__name').textContent, count: n }));
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
