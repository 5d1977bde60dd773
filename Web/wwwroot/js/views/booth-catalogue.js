// The visitor's side of a booth's catalogue: visible items, brochures to download, videos.

import { getCatalogue, requestDownload } from '../booth-api.js';
import { el, newId } from '../dom.js';
import { bindAttr, bindText, getLang, pick, t } from '../i18n.js';
import { consentBox } from './lead-forms.js';
import { statusLine } from './form-parts.js';

/** `user` is the signed-in visitor or null; only accounts may share their details with a download. */
/** The booth's banner and logo, into `slot` at the top of the booth page. */
export function boothBrand(slot, catalogue) {
  const media = new Map(catalogue.media.map((m) => [m.id, m]));
  const banner = media.get(catalogue.bannerId);
  const logo = media.get(catalogue.logoId);
  slot.replaceChildren(
    banner ? el('img', { id: 'booth-banner', class: 'booth-banner', src: banner.url, alt: '' }) : '',
    logo ? bindAttr(el('img', { id: 'booth-logo', class: 'booth-logo', src: logo.url }), 'alt', () => t('catalogue.logo')) : '',
  );
}

/** `read` is the page's read of the catalogue, if it made one already. */
export function createBoothCatalogue(boothId, user, read = null) {
  const root = el('section', { id: 'booth-catalogue', class: 'panel booth-catalogue', 'aria-labelledby': 'catalogue-heading' });
  root.append(bindText(el('h2', { id: 'catalogue-heading' }), () => t('catalogue.heading')));
  load();
  return root;

  async function load() {
    let catalogue;
    try {
      catalogue = await (read ?? getCatalogue(boothId));
    } catch {
      root.append(bindText(el('p', { class: 'muted' }), () => t('catalogue.loadError')));
      return;
    }
    const media = new Map(catalogue.media.map((m) => [m.id, m]));
    const items = el('ul', { id: 'catalogue-items', class: 'catalogue-items' });
    for (const item of catalogue.items) items.append(renderItem(item, media));
    root.append(catalogue.items.length ? items : bindText(el('p', { class: 'muted' }), () => t('catalogue.empty')));
    const brochures = catalogue.media.filter((m) => m.kind === 'brochure');
    const videos = catalogue.media.filter((m) => m.kind === 'video');
    if (brochures.length) root.append(renderBrochures(brochures));
    for (const video of videos) {
      root.append(el('figure', { class: 'booth-video' }, el('video', { src: video.url, controls: true, preload: 'metadata' }), el('figcaption', {}, video.fileName)));
    }
  }

  function renderBrochures(brochures) {
    const status = statusLine('download-status');
    const share = user?.email ? consentBox('download-consent', 'share') : null;
    const list = el('ul', { id: 'brochure-list', class: 'link-list' });
    for (const brochure of brochures) {
      const button = bindText(el('button', { type: 'button', class: 'button', 'data-media-id': brochure.id }), () =>
        t('catalogue.download', { name: brochure.fileName }),
      );
      button.addEventListener('click', async () => {
        try {
          const granted = await requestDownload(boothId, { operationId: newId(), mediaId: brochure.id, shareContact: share?.checked() ?? false });
          status.ok(t(granted.shared ? 'catalogue.downloadShared' : 'catalogue.downloadReady'));
          window.location.assign(granted.url);
        } catch (err) {
          status.fail(err);
        }
      });
      list.append(el('li', {}, button));
    }
    return el(
      'section',
      { class: 'booth-brochures', 'aria-labelledby': 'brochures-heading' },
      bindText(el('h3', { id: 'brochures-heading' }), () => t('catalogue.brochures')),
      list,
      share?.root ?? '',
      status.node,
    );
  }
}

function renderItem(item, media) {
  const images = item.imageIds.map((id) => media.get(id)).filter(Boolean);
  return el(
    'li',
    { class: 'catalogue-item', 'data-item-id': item.id },
    el(
      'article',
      {},
      bindText(el('h3'), () => pick(item.title)),
      el('p', { class: 'muted' }, bindText(el('span', { class: 'badge' }), () => t(`kind.${item.kind}`)), ' ', bindText(el('span', { class: 'price' }), () => price(item.price))),
      item.sample ? bindText(el('p', { class: 'badge badge-sample' }), () => t('sample.badge')) : '',
      // The expo's drawing stands in for a photo; it only decorates the title beside it.
      item.artwork && !images.length ? el('img', { src: `/art/${encodeURIComponent(item.artwork)}.svg`, class: 'catalogue-image catalogue-artwork', alt: '', width: '480', height: '320', loading: 'lazy' }) : '',
      ...images.map((image) => bindAttr(el('img', { src: image.url, class: 'catalogue-image', loading: 'lazy' }), 'alt', () => pick(item.title))),
      bindText(el('p', { class: 'catalogue-description' }), () => pick(item.description)),
      item.tags.length ? el('ul', { class: 'badges' }, ...item.tags.map((tag) => el('li', { class: 'badge' }, tag))) : '',
    ),
  );
}

export function price(value) {
  if (!value) return t('catalogue.onRequest');
  try {
    return new Intl.NumberFormat(getLang() === 'zh' ? 'zh-CN' : 'en', { style: 'currency', currency: value.currency }).format(value.amount);
  } catch {
    return `${value.amount} ${value.currency}`;
  }
}
