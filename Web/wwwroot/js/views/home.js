// Home: the expo, its pavilions and booths with live visitor counts.

import { getExpo } from '../api.js';
import * as live from '../live.js';
import { el } from '../dom.js';
import { bindAttr, bindText, pick, refresh, setTitle, t } from '../i18n.js';
import { errorBlock, fieldBadges, loading, sampleTag } from './common.js';
import { renderRoute, updateRoute } from './silk-road-map.js';

// Counts arrive live over the read-only feed; the page is read again now and then for new pavilions and booths.
const POLL_MS = 30000;
const KIND_ORDER = { 'friendship-city': 0, guest: 1 };

export function createHomeView() {
  let destroyed = false;
  let timer = 0;
  let root;
  let shapeKey = '';
  let last = null;
  const offs = [];

  async function mount(main) {
    setTitle(() => t('app.title'));
    root = el('div', { class: 'home' });
    main.append(root);
    await load();
    document.addEventListener('visibilitychange', onVisibility);
    offs.push(live.on('counts', onCounts), live.want());
  }

  async function load() {
    root.replaceChildren(loading());
    try {
      const expo = await getExpo();
      if (destroyed) return;
      last = expo;
      render(expo);
    } catch {
      if (destroyed) return;
      root.replaceChildren(errorBlock(() => t('home.loadError'), load));
    }
    schedule();
  }

  function schedule() {
    clearTimeout(timer);
    if (!destroyed) timer = setTimeout(poll, POLL_MS);
  }

  async function poll() {
    // Hidden tabs do not need live counts; we refresh as soon as they are visible again.
    if (!document.hidden) {
      try {
        const expo = await getExpo();
        if (!destroyed) {
          last = expo;
          update(expo);
        }
      } catch {
        // Keep the last counts; the next poll may succeed.
      }
    }
    schedule();
  }

  function onVisibility() {
    if (!document.hidden && !destroyed) {
      clearTimeout(timer);
      poll();
    }
  }

  function render(expo) {
    shapeKey = shapeOf(expo);
    root.replaceChildren(renderHero(expo), renderRoute(expo), renderPavilions(expo));
  }

  /** Counts change every few seconds; only rebuild when pavilions or booths changed. */
  function update(expo) {
    if (shapeOf(expo) !== shapeKey) {
      const focusedBooth = document.activeElement?.closest?.('a.booth-link')?.dataset.boothId;
      render(expo);
      if (focusedBooth) root.querySelector(`a.booth-link[data-booth-id="${CSS.escape(focusedBooth)}"]`)?.focus();
      return;
    }
    setCount(root.querySelector('[data-expo-count]'), 'expoCount', expo.count);
    updateRoute(root, expo);
    for (const pavilion of expo.pavilions ?? []) {
      const section = root.querySelector(`section.pavilion[data-pavilion-id="${CSS.escape(String(pavilion.id))}"]`);
      if (!section) continue;
      setCount(section.querySelector('[data-pavilion-count]'), 'pavilionCount', pavilion.count);
      for (const booth of pavilion.booths ?? []) {
        const item = section.querySelector(`li.booth[data-booth-id="${CSS.escape(String(booth.id))}"]`);
        setCount(item?.querySelector('[data-booth-count]'), 'boothCount', booth.count);
      }
    }
  }

  /** Live counts: the same booths with new numbers, summed up per pavilion and for the expo. */
  function onCounts(counts) {
    if (destroyed || !last) return;
    last = withCounts(last, counts?.booths ?? {});
    update(last);
  }

  function destroy() {
    destroyed = true;
    for (const off of offs.splice(0)) off();
    clearTimeout(timer);
    document.removeEventListener('visibilitychange', onVisibility);
  }

  return { mount, destroy };
}

export function withCounts(expo, booths) {
  const pavilions = (expo.pavilions ?? []).map((p) => {
    const list = (p.booths ?? []).map((b) => ({ ...b, count: Number(booths[b.id]) || 0 }));
    return { ...p, booths: list, count: list.reduce((sum, b) => sum + b.count, 0) };
  });
  return { ...expo, pavilions, count: pavilions.reduce((sum, p) => sum + p.count, 0) };
}

function shapeOf(expo) {
  return JSON.stringify((expo.pavilions ?? []).map((p) => [p.id, (p.booths ?? []).map((b) => b.id)]));
}

function setCount(node, datasetKey, count) {
  if (!node) return;
  const value = String(Number(count) || 0);
  if (node.dataset[datasetKey] === value) return;
  node.dataset[datasetKey] = value;
  refresh(node);
}

function renderHero(expo) {
  const hero = el('section', { class: 'hero', 'aria-labelledby': 'expo-name' });
  const title = el('h1', { id: 'expo-name', tabindex: '-1' });
  hero.append(bindText(title, () => pick(expo.name) || t('app.title')));
  if (expo.tagline) hero.append(bindText(el('p', { class: 'tagline' }), () => pick(expo.tagline)));
  if (expo.description) hero.append(bindText(el('p', { class: 'lead' }), () => pick(expo.description)));
  if (expo.count != null) {
    const total = el('p', { class: 'expo-count live-count', 'data-expo-count': String(Number(expo.count) || 0) });
    hero.append(bindText(total, () => t('home.visitors', { count: Number(total.dataset.expoCount) })));
  }
  return hero;
}

function renderPavilions(expo) {
  const wrap = el('section', { class: 'pavilions', 'aria-labelledby': 'pavilions-heading' });
  wrap.append(bindText(el('h2', { id: 'pavilions-heading' }), () => t('home.pavilions')));
  const pavilions = [...(expo.pavilions ?? [])].sort(
    (a, b) => (KIND_ORDER[a.kind] ?? 2) - (KIND_ORDER[b.kind] ?? 2),
  );
  if (pavilions.length === 0) {
    wrap.append(bindText(el('p', { class: 'muted' }), () => t('home.empty')));
    return wrap;
  }
  const grid = el('div', { class: 'pavilion-grid' });
  pavilions.forEach((pavilion, index) => grid.append(renderPavilion(pavilion, index, expo)));
  wrap.append(grid);
  return wrap;
}

export function renderPavilion(pavilion, index, expo, headingTag = 'h3') {
  const headingId = `pavilion-${index}-name`;
  const section = el('section', {
    class: `pavilion pavilion--${pavilion.kind === 'guest' ? 'guest' : 'city'}`,
    'data-pavilion-id': pavilion.id,
    'aria-labelledby': headingId,
  });

  const head = el('header', { class: 'pavilion-head' });
  head.append(bindText(el('p', { class: 'eyebrow' }), () => t(`pavilion.kind.${pavilion.kind}`)));
  head.append(bindText(el(headingTag, { id: headingId, tabindex: headingTag === 'h1' ? '-1' : null }), () => pick(pavilion.name)));
  if (pavilion.province) head.append(bindText(el('p', { class: 'province' }), () => pick(pavilion.province)));
  const count = el('p', { class: 'pavilion-count', 'data-pavilion-count': String(Number(pavilion.count) || 0) });
  head.append(bindText(count, () => t('pavilion.visitors', { count: Number(count.dataset.pavilionCount) })));
  section.append(head);

  if (pavilion.heritage) {
    const heritage = el('p', { class: 'heritage' });
    heritage.append(bindText(el('span', { class: 'heritage-label' }), () => t('pavilion.heritage')));
    heritage.append(' ', bindText(el('span'), () => pick(pavilion.heritage)));
    if (pavilion.heritageSample) heritage.append(' ', sampleTag());
    section.append(heritage);
  }

  const booths = pavilion.booths ?? [];
  if (booths.length === 0) {
    section.append(bindText(el('p', { class: 'muted' }), () => t('pavilion.noBooths')));
    return section;
  }
  const list = el('ul', { class: 'booth-list' });
  bindAttr(list, 'aria-label', () => t('pavilion.boothsLabel', { name: pick(pavilion.name) }));
  for (const booth of booths) list.append(renderBoothItem(booth, expo));
  section.append(list);
  return section;
}

function renderBoothItem(booth, expo) {
  const item = el('li', { class: 'booth', 'data-booth-id': booth.id });
  const link = el('a', {
    class: 'booth-link',
    href: `#/booth/${encodeURIComponent(booth.id)}`,
    'data-booth-id': booth.id,
  });
  bindText(link, () => pick(booth.name));
  const count = el('span', { class: 'live-count', 'data-booth-count': String(Number(booth.count) || 0) });
  bindText(count, () => t('count.hereNow', { count: Number(count.dataset.boothCount) }));
  item.append(el('div', { class: 'booth-title' }, link, count));

  if ((booth.fields ?? []).length) item.append(fieldBadges(booth.fields, expo));
  if (booth.description) {
    const desc = el('p', { class: 'booth-desc' });
    desc.append(bindText(el('span'), () => pick(booth.description)));
    if (booth.sample) desc.append(' ', sampleTag());
    item.append(desc);
  }
  return item;
}
