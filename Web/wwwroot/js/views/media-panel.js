// Staff upload a booth's images, brochures and videos, and remove them.

import { deleteMedia, setBranding, uploadMedia } from '../booth-api.js';
import { el, newId } from '../dom.js';
import { bindText, t } from '../i18n.js';
import { filePicker } from './file-picker.js';
import { busy, statusLine } from './form-parts.js';

const ACCEPT = 'image/png,image/jpeg,image/webp,image/gif,application/pdf,video/mp4,video/webm';

/** `onChange` runs after an upload or a removal, so the item editor can offer the new images. */
export function createMediaPanel(boothId, onChange) {
  const list = el('ul', { id: 'media-list', class: 'staff-list' });
  const status = statusLine('media-status');
  const input = el('input', { id: 'media-file', type: 'file', accept: ACCEPT, required: true });
  const picker = filePicker(input);
  const form = el(
    'form',
    { id: 'media-form' },
    el('div', { class: 'field' }, bindText(el('label', { for: 'media-file' }), () => t('media.file')), picker.root,
      bindText(el('p', { class: 'hint', id: 'media-file-hint' }), () => t('media.hint'))),
    el('div', { class: 'actions' }, bindText(el('button', { type: 'submit', class: 'button button--primary' }), () => t('media.upload'))),
  );
  input.setAttribute('aria-describedby', 'media-file-hint');
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    const file = input.files?.[0];
    if (!file) return;
    await busy(form, async () => {
      try {
        const media = await uploadMedia(boothId, newId(), file);
        input.value = '';
        picker.update();
        status.ok(t('media.uploaded', { name: media.fileName }));
        await onChange();
      } catch (err) {
        status.fail(err);
      }
    });
  });

  /** `branding`: the catalogue's { logoId, bannerId }, kept when only one of them changes. */
  function render(media, branding = {}) {
    const brand = (logoId, bannerId, name) => async () => {
      try {
        await setBranding(boothId, newId(), logoId, bannerId);
        status.ok(t('media.brandingSaved', { name }));
        await onChange();
      } catch (err) {
        status.fail(err);
      }
    };
    list.replaceChildren(
      ...media.map((file) => {
        const remove = bindText(el('button', { type: 'button', class: 'button' }), () => t('media.remove', { name: file.fileName }));
        const operationId = newId();
        remove.addEventListener('click', async () => {
          try {
            await deleteMedia(boothId, file.id, operationId);
            status.ok(t('media.removed', { name: file.fileName }));
            await onChange();
          } catch (err) {
            status.fail(err);
          }
        });
        return el(
          'li',
          { 'data-media-id': file.id },
          bindText(el('span', { class: 'badge' }), () => t(`media.kind.${file.kind}`)),
          ' ',
          el('a', { href: file.url, target: '_blank', rel: 'noopener' }, file.fileName),
          ' ',
          remove,
          file.kind === 'image' ? [' ', brandButton('media.useAsLogo', file, branding.logoId === file.id, brand(file.id, branding.bannerId ?? null, file.fileName))] : '',
          file.kind === 'image' ? [' ', brandButton('media.useAsBanner', file, branding.bannerId === file.id, brand(branding.logoId ?? null, file.id, file.fileName))] : '',
        );
      }),
    );
  }

  const root = el(
    'section',
    { class: 'panel', 'aria-labelledby': 'media-heading' },
    bindText(el('h2', { id: 'media-heading' }), () => t('media.heading')),
    form,
    status.node,
    list,
  );
  return { root, render };
}

function brandButton(key, file, current, onClick) {
  const button = bindText(el('button', { type: 'button', class: 'button', 'aria-pressed': String(current) }), () => t(key, { name: file.fileName }));
  button.addEventListener('click', onClick);
  return button;
}
