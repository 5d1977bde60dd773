// #/passport: a stamp for each pavilion the visitor really visited, and the certificate once all are stamped.

import { getExpoCached } from '../api.js';
import { el } from '../dom.js';
import { bindAttr, bindText, locale, pick, setTitle, t } from '../i18n.js';
import { saveBlob, svgToPng } from '../certificate-png.js';
import { CERTIFICATE_URL, getPassport } from '../passport-api.js';
import { ensureUser } from '../session.js';
import { errorBlock, loading } from './common.js';
import { routeOrder } from './silk-road-map.js';

export function createPassportView() {
  let destroyed = false;
  let root;

  async function mount(main) {
    setTitle(() => `${t('passport.heading')} · ${t('app.title')}`);
    root = el('div', { class: 'passport' });
    main.append(root);
    await load();
  }

  function heading() {
    return bindText(el('h1', { tabindex: '-1' }), () => t('passport.heading'));
  }

  async function load() {
    root.replaceChildren(heading(), loading());
    try {
      const user = await ensureUser().catch(() => null);
      if (destroyed) return;
      if (!user) {
        const link = bindText(el('a', { href: '#/' }), () => t('passport.startLink'));
        root.replaceChildren(heading(), el('p', { class: 'notice', id: 'passport-no-session' }, bindText(el('span'), () => t('passport.noSession')), ' ', link));
        return;
      }
      const [expo, passport] = await Promise.all([getExpoCached(), getPassport()]);
      if (!destroyed) render(expo, passport);
    } catch {
      if (!destroyed) root.replaceChildren(heading(), errorBlock(() => t('passport.loadError'), load));
    }
  }

  function render(expo, passport) {
    const stamps = new Map(passport.stamps.map((s) => [s.pavilionId, s]));
    const booths = new Map((expo.pavilions ?? []).flatMap((p) => p.booths ?? []).map((b) => [b.id, b]));
    const progress = bindText(el('p', { class: 'passport-progress', id: 'passport-progress' }), () =>
      t('passport.progress', { count: passport.collected, total: passport.pavilions }),
    );
    const list = el('ol', { class: 'stamp-grid', id: 'passport-stamps' });
    for (const pavilion of routeOrder(expo.pavilions)) {
      list.append(renderSlot(pavilion, stamps.get(pavilion.id), booths));
    }
    root.replaceChildren(heading(), bindText(el('p', { class: 'lead' }), () => t('passport.intro')), progress, list, renderCertificate(passport));
  }

  return { mount, destroy: () => (destroyed = true) };
}

function renderSlot(pavilion, stamp, booths) {
  const item = el('li', { class: `stamp ${stamp ? 'stamp--done' : 'stamp--empty'}`, 'data-pavilion-id': pavilion.id });
  item.append(el('span', { class: 'stamp-seal', 'aria-hidden': 'true' }, stamp ? '✓' : ''));
  item.append(bindText(el('h2', { class: 'stamp-name' }), () => pick(pavilion.name)));
  if (!stamp) {
    item.append(bindText(el('p', { class: 'stamp-status muted' }), () => t('passport.notYet')));
    item.append(bindText(el('a', { href: `#/pavilion/${encodeURIComponent(pavilion.id)}`, class: 'stamp-go' }), () => t('passport.visit')));
    return item;
  }
  const booth = booths.get(stamp.boothId);
  item.append(
    bindText(el('p', { class: 'stamp-status' }), () =>
      t(`passport.stamped.${stamp.reason === 'chat' ? 'chat' : 'dwell'}`, {
        date: new Intl.DateTimeFormat(locale(), { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(stamp.stampedAt)),
        booth: booth ? pick(booth.name) : stamp.boothId,
      }),
    ),
  );
  return item;
}

function renderCertificate(passport) {
  const box = el('section', { class: 'panel passport-certificate', 'aria-labelledby': 'certificate-heading' });
  box.append(bindText(el('h2', { id: 'certificate-heading' }), () => t('passport.certificate')));
  if (!passport.complete) {
    box.append(bindText(el('p', { class: 'muted' }), () => t('passport.certificateLater', { total: passport.pavilions })));
    return box;
  }
  box.append(bindText(el('p'), () => t('passport.complete')));
  // The certificate itself, as the downloads will be: the same SVG, drawn by the browser.
  const preview = el('img', { src: CERTIFICATE_URL, class: 'passport-certificate-preview', id: 'passport-certificate-preview', width: '1200', height: '850' });
  box.append(bindAttr(preview, 'alt', () => t('passport.certificateImage')));
  const link = el('a', { href: CERTIFICATE_URL, download: 'silk-road-passport.svg', class: 'button button--primary', id: 'passport-certificate' });
  const error = el('p', { class: 'notice', id: 'passport-png-error', role: 'alert', hidden: true });
  const png = el('button', { type: 'button', class: 'button', id: 'passport-certificate-png' });
  png.addEventListener('click', async () => {
    png.disabled = true;
    error.hidden = true;
    try {
      saveBlob(await svgToPng(CERTIFICATE_URL), 'silk-road-passport.png');
    } catch {
      error.hidden = false;
    } finally {
      png.disabled = false;
    }
  });
  const actions = el('p', { class: 'passport-downloads' }, bindText(link, () => t('passport.downloadSvg')), ' ', bindText(png, () => t('passport.downloadPng')));
  box.append(actions, bindText(error, () => t('passport.pngError')));
  return box;
}
