// #/pavilion/{id}: one pavilion of the route, its live crowd and its booths; where the map and the route list lead.

import { getExpo } from '../api.js';
import { el } from '../dom.js';
import { bindText, pick, refresh, setTitle, t } from '../i18n.js';
import { backLink, errorBlock, loading } from './common.js';
import { renderPavilion } from './home.js';

const POLL_MS = 5000;

export function createPavilionView(pavilionId) {
  let destroyed = false;
  let timer = 0;
  let root;

  async function mount(main) {
    setTitle(() => t('app.title'));
    root = el('div', { class: 'pavilion-page' });
    main.append(root);
    await load();
  }

  async function load() {
    root.replaceChildren(loading());
    try {
      const expo = await getExpo();
      if (destroyed) return;
      const pavilion = (expo.pavilions ?? []).find((p) => p.id === pavilionId);
      if (!pavilion) {
        const heading = bindText(el('h1', { tabindex: '-1' }), () => t('route.notFound'));
        root.replaceChildren(backLink(), heading);
        return;
      }
      setTitle(() => `${pick(pavilion.name)} · ${t('app.title')}`);
      root.replaceChildren(backLink(), renderPavilion(pavilion, 0, expo, 'h1'));
      schedule();
    } catch {
      if (!destroyed) root.replaceChildren(errorBlock(() => t('home.loadError'), load));
    }
  }

  function schedule() {
    clearTimeout(timer);
    if (!destroyed) timer = setTimeout(poll, POLL_MS);
  }

  async function poll() {
    if (!document.hidden) {
      try {
        const expo = await getExpo();
        const pavilion = (expo.pavilions ?? []).find((p) => p.id === pavilionId);
        if (!destroyed && pavilion) update(pavilion);
      } catch {
        // Keep the last counts; the next poll may succeed.
      }
    }
    schedule();
  }

  function update(pavilion) {
    setCount(root.querySelector('[data-pavilion-count]'), 'pavilionCount', pavilion.count);
    for (const booth of pavilion.booths ?? []) {
      const item = root.querySelector(`li.booth[data-booth-id="${CSS.escape(String(booth.id))}"]`);
      setCount(item?.querySelector('[data-booth-count]'), 'boothCount', booth.count);
    }
  }

  function destroy() {
    destroyed = true;
    clearTimeout(timer);
  }

  return { mount, destroy };
}

function setCount(node, key, count) {
  const value = String(Number(count) || 0);
  if (!node || node.dataset[key] === value) return;
  node.dataset[key] = value;
  refresh(node);
}
