// A small SVG line chart of visitors in booths (solid) and connected to the expo at all (dashed) over time; the
// drawing is plain SVG, so it prints and scales.

const SVG = 'http://www.w3.org/2000/svg';
const WIDTH = 640;
const HEIGHT = 180;
const PAD = 28;

function svg(tag, attrs = {}) {
  const node = document.createElementNS(SVG, tag);
  for (const [key, value] of Object.entries(attrs)) node.setAttribute(key, String(value));
  return node;
}

/** Draws `samples` ({ at, inBooths, online }) into a fresh <svg>; `label` names it for screen readers. */
export function attendanceChart(samples, label, formatTime) {
  const chart = svg('svg', { viewBox: `0 0 ${WIDTH} ${HEIGHT}`, class: 'attendance-chart', role: 'img', 'aria-label': label });
  if (samples.length === 0) return chart;
  const times = samples.map((s) => Date.parse(s.at));
  const t0 = Math.min(...times);
  const t1 = Math.max(...times, t0 + 1);
  const max = Math.max(1, ...samples.map((s) => Math.max(s.inBooths, s.online ?? 0)));
  const x = (t) => PAD + ((t - t0) / (t1 - t0)) * (WIDTH - 2 * PAD);
  const y = (v) => HEIGHT - PAD - (v / max) * (HEIGHT - 2 * PAD);
  chart.append(
    svg('line', { x1: PAD, y1: HEIGHT - PAD, x2: WIDTH - PAD, y2: HEIGHT - PAD, class: 'attendance-chart__axis' }),
    svg('line', { x1: PAD, y1: PAD, x2: PAD, y2: HEIGHT - PAD, class: 'attendance-chart__axis' }),
  );
  const line = (value) => samples.map((s, i) => `${x(times[i]).toFixed(1)},${y(value(s)).toFixed(1)}`).join(' ');
  if (samples.some((s) => s.online > 0)) {
    chart.append(svg('polyline', { points: line((s) => s.online ?? 0), class: 'attendance-chart__line attendance-chart__line--online' }));
  }
  chart.append(svg('polyline', { points: line((s) => s.inBooths), class: 'attendance-chart__line' }));
  const top = svg('text', { x: 4, y: PAD, class: 'attendance-chart__label' });
  top.textContent = String(max);
  const start = svg('text', { x: PAD, y: HEIGHT - 6, class: 'attendance-chart__label' });
  start.textContent = formatTime(t0);
  const end = svg('text', { x: WIDTH - PAD, y: HEIGHT - 6, class: 'attendance-chart__label', 'text-anchor': 'end' });
  end.textContent = formatTime(t1);
  chart.append(top, start, end);
  return chart;
}
