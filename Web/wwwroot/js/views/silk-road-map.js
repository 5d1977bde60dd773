// Home's map of the Silk Road: each pavilion a city on its route, with its live crowd; a link into its booths.
// Beside it, the same pavilions as a plain list, for screen readers and small screens.

import { el } from '../dom.js';
import { bindAttr, bindText, locale, pick, refresh, t } from '../i18n.js';
import { ROUTE } from '../silk-road-route.js';

const SVG = 'http://www.w3.org/2000/svg';
const WIDTH = 800;
const HEIGHT = 560;

function svg(tag, attrs = {}, ...children) {
  const node = document.createElementNS(SVG, tag);
  for (const [key, value] of Object.entries(attrs)) node.setAttribute(key, String(value));
  node.append(...children);
  return node;
}

function project([lon, lat]) {
  const { west, east, north, south } = ROUTE.bounds;
  return [((lon - west) / (east - west)) * WIDTH, ((north - lat) / (north - south)) * HEIGHT];
}

function pointOf(ref) {
  if (Array.isArray(ref)) return project(ref);
  const city = ROUTE.cities[ref];
  return city ? project([city.lon, city.lat]) : null;
}

const path = (points) => points.map(([x, y], i) => `${i ? 'L' : 'M'}${x.toFixed(1)} ${y.toFixed(1)}`).join(' ');

/** Pavilions in route order; any the route does not know come last, in the expo's order. */
export function routeOrder(pavilions = []) {
  const rank = (p) => {
    const i = ROUTE.order.indexOf(p.id);
    return i < 0 ? ROUTE.order.length : i;
  };
  return [...pavilions].sort((a, b) => rank(a) - rank(b));
}

const countOf = (node) => Number(node.dataset.count) || 0;

function cityName(pavilion) {
  return pick(pavilion.name);
}

function renderCity(pavilion) {
  const city = ROUTE.cities[pavilion.id];
  const [x, y] = project([city.lon, city.lat]);
  const link = svg('a', {
    href: `#/pavilion/${encodeURIComponent(pavilion.id)}`,
    class: `map-city map-city--${pavilion.kind === 'guest' ? 'guest' : 'city'}`,
    'data-pavilion-id': pavilion.id,
    'data-count': String(Number(pavilion.count) || 0),
  });
  // The whole place is the link's target, not only the drawn circle and the letters of its name.
  const hit = svg('circle', { class: 'map-hit', cx: x, cy: y, r: 28 });
  const crowd = svg('circle', { class: 'map-crowd', cx: x, cy: y, r: 14 });
  const dot = svg('circle', { class: 'map-dot', cx: x, cy: y, r: 7 });
  const count = svg('text', { class: 'map-count', x, y: y + 4, 'text-anchor': 'middle', 'aria-hidden': 'true' });
  const place = {
    above: [x, y - 22, 'middle'],
    below: [x, y + 30, 'middle'],
    left: [x - 22, y + 5, 'end'],
    right: [x + 22, y + 5, 'start'],
  }[city.label ?? 'below'];
  const label = svg('text', { class: 'map-label', x: place[0], y: place[1], 'text-anchor': place[2], 'aria-hidden': 'true' });
  bindText(label, () => cityName(pavilion));
  const sync = () => {
    const n = countOf(link);
    crowd.setAttribute('r', String(12 + Math.min(18, Math.sqrt(n) * 3)));
    count.textContent = new Intl.NumberFormat(locale()).format(n);
    return t('route.cityLabel', { name: cityName(pavilion), count: n });
  };
  bindAttr(link, 'aria-label', sync);
  link.append(hit, crowd, dot, label);
  // The crowd's number is drawn beside the link, not in it: a link's visible text must start its spoken name, and
  // the name says the number after the city.
  const group = svg('g', { class: 'map-place' });
  group.append(link, count);
  return group;
}

function renderMap(expo) {
  const pavilions = (expo.pavilions ?? []).filter((p) => ROUTE.cities[p.id]);
  const map = svg('svg', {
    class: 'silk-road-map',
    viewBox: `0 0 ${WIDTH} ${HEIGHT}`,
    role: 'group',
    focusable: 'false',
  });
  bindAttr(map, 'aria-label', () => t('route.mapLabel'));
  map.append(svg('rect', { class: 'map-land', width: WIDTH, height: HEIGHT }));
  map.append(svg('path', { class: 'map-sea', d: `${path(ROUTE.sea.map(project))} Z` }));
  for (const route of ROUTE.routes) {
    const points = route.points.map(pointOf).filter(Boolean);
    if (points.length > 1) map.append(svg('path', { class: `map-route map-route--${route.id}`, d: path(points) }));
  }
  for (const pavilion of pavilions) map.append(renderCity(pavilion));
  return map;
}

function renderLegend() {
  const item = (kind, key) =>
    el('li', {}, el('span', { class: `legend-line legend-line--${kind}`, 'aria-hidden': 'true' }), ' ', bindText(el('span'), () => t(key)));
  return el('ul', { class: 'map-legend' }, item('maritime', 'route.maritime'), item('overland', 'route.overland'));
}

function renderList(expo) {
  const list = el('ol', { class: 'route-list' });
  for (const pavilion of routeOrder(expo.pavilions)) {
    const link = el('a', { href: `#/pavilion/${encodeURIComponent(pavilion.id)}`, class: 'route-link', 'data-pavilion-id': pavilion.id });
    link.append(bindText(el('span', { class: 'route-name' }), () => cityName(pavilion)));
    const count = el('span', { class: 'live-count', 'data-count': String(Number(pavilion.count) || 0) });
    bindText(count, () => t('pavilion.visitors', { count: countOf(count) }));
    const province = pavilion.province ? bindText(el('span', { class: 'route-province' }), () => pick(pavilion.province)) : null;
    list.append(el('li', { 'data-pavilion-id': pavilion.id }, link, province, count));
  }
  return list;
}

export function renderRoute(expo) {
  const section = el('section', { class: 'silk-road', 'aria-labelledby': 'route-heading' });
  section.append(bindText(el('h2', { id: 'route-heading' }), () => t('route.heading')));
  section.append(bindText(el('p', { class: 'route-hint' }), () => t('route.hint')));
  const figure = el('div', { class: 'route-map' }, renderMap(expo), renderLegend());
  const list = el('nav', { class: 'route-aside' });
  bindAttr(list, 'aria-label', () => t('route.listLabel'));
  list.append(renderList(expo));
  section.append(el('div', { class: 'route-layout' }, figure, list));
  return section;
}

/** New live counts into the map and the list, in place. */
export function updateRoute(root, expo) {
  for (const pavilion of expo.pavilions ?? []) {
    const id = CSS.escape(String(pavilion.id));
    const value = String(Number(pavilion.count) || 0);
    for (const node of root.querySelectorAll(`.map-city[data-pavilion-id="${id}"], .route-list li[data-pavilion-id="${id}"] .live-count`)) {
      if (node.dataset.count === value) continue;
      node.dataset.count = value;
      refresh(node);
    }
  }
}
