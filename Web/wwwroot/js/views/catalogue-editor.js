// Staff build a booth's catalogue: add and edit items, hide, reorder and delete them, next to its files.

import { createItem, deleteItem, getCatalogueForStaff, reorderItems, replaceItem, setItemHidden } from '../booth-api.js';
import { el, newId } from '../dom.js';
import { bindText, pick, t } from '../i18n.js';
import { price } from './booth-catalogue.js';
import { busy, field, select, statusLine } from './form-parts.js';
import { createMediaPanel } from './media-panel.js';

const KINDS = ['product', 'cultural-ip', 'tour-route', 'study-programme', 'dish', 'service', 'other'];

export function createCatalogueEditor(boothId) {
  let catalogue = { items: [], media: [] };
  let editing = null; // the item being edited, or null for a new one
  let operationId = newId();
  const status = statusLine('catalogue-status');
  const list = el('ol', { id: 'staff-items', class: 'staff-list' });
  const media = createMediaPanel(boothId, reload);

  const kind = select('item.kind', KINDS.map((k) => [k, `kind.${k}`]), { id: 'item-kind' });
  const titleEn = field('item.titleEn', { id: 'item-title-en', required: true, maxlength: 120 });
  const titleZh = field('item.titleZh', { id: 'item-title-zh', required: true, maxlength: 120, lang: 'zh' });
  const descEn = field('item.descriptionEn', { id: 'item-description-en', maxlength: 4000 }, { multiline: true });
  const descZh = field('item.descriptionZh', { id: 'item-description-zh', maxlength: 4000, lang: 'zh' }, { multiline: true });
  const tags = field('item.tags', { id: 'item-tags' }, { hintKey: 'item.tagsHint' });
  const amount = field('item.price', { id: 'item-price', type: 'number', min: 0, step: 'any' }, { hintKey: 'item.priceHint' });
  const currency = field('item.currency', { id: 'item-currency', maxlength: 3, value: 'CNY', autocomplete: 'off' });
  const images = el('fieldset', { id: 'item-images' });
  const heading = bindText(el('h3', { id: 'item-form-heading' }), () => t(editing ? 'item.editHeading' : 'item.newHeading'));
  const cancel = bindText(el('button', { type: 'button', class: 'button', hidden: true }), () => t('item.cancel'));
  const form = el(
    'form',
    { id: 'item-form', class: 'stack', 'aria-labelledby': 'item-form-heading' },
    heading,
    kind.wrapper, titleEn.wrapper, titleZh.wrapper, descEn.wrapper, descZh.wrapper, tags.wrapper, amount.wrapper, currency.wrapper, images,
    el('div', { class: 'actions' }, bindText(el('button', { type: 'submit', class: 'button button--primary' }), () => t('item.save')), cancel),
  );
  cancel.addEventListener('click', () => startEdit(null));
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    await busy(form, async () => {
      try {
        const body = { operationId, ...readForm() };
        await (editing ? replaceItem(boothId, editing.id, body) : createItem(boothId, body));
        status.ok(t('item.saved'));
        startEdit(null);
        await reload();
      } catch (err) {
        status.fail(err);
      }
    });
  });

  function readForm() {
    const checked = [...images.querySelectorAll('input:checked')].map((i) => i.value);
    return {
      kind: kind.control.value,
      title: { en: titleEn.control.value, zh: titleZh.control.value },
      description: { en: descEn.control.value, zh: descZh.control.value },
      tags: tags.control.value.split(',').map((s) => s.trim()).filter(Boolean),
      price: amount.control.value === '' ? null : { amount: Number(amount.control.value), currency: currency.control.value.trim().toUpperCase() },
      imageIds: checked,
    };
  }

  function startEdit(item) {
    editing = item;
    operationId = newId();
    kind.control.value = item?.kind ?? 'product';
    titleEn.control.value = item?.title.en ?? '';
    titleZh.control.value = item?.title.zh ?? '';
    descEn.control.value = item?.description.en ?? '';
    descZh.control.value = item?.description.zh ?? '';
    tags.control.value = (item?.tags ?? []).join(', ');
    amount.control.value = item?.price?.amount ?? '';
    currency.control.value = item?.price?.currency ?? 'CNY';
    cancel.hidden = !item;
    renderImages(item?.imageIds ?? []);
    heading.textContent = t(item ? 'item.editHeading' : 'item.newHeading');
    if (item) titleEn.control.focus();
  }

  function renderImages(selected) {
    const choices = catalogue.media.filter((m) => m.kind === 'image');
    images.replaceChildren(
      bindText(el('legend'), () => t('item.images')),
      ...choices.map((m) =>
        el('div', { class: 'field field--check' },
          el('input', { type: 'checkbox', id: `img-${m.id}`, value: m.id, checked: selected.includes(m.id) }),
          el('label', { for: `img-${m.id}` }, m.fileName)),
      ),
    );
    images.hidden = choices.length === 0;
  }

  function action(key, args, work) {
    const button = bindText(el('button', { type: 'button', class: 'button' }), () => t(key, args));
    button.addEventListener('click', async () => {
      try {
        await work();
        await reload();
      } catch (err) {
        status.fail(err);
      }
    });
    return button;
  }

  function renderItems() {
    const ids = catalogue.items.map((i) => i.id);
    const move = (index, by) => {
      const order = [...ids];
      [order[index], order[index + by]] = [order[index + by], order[index]];
      return reorderItems(boothId, newId(), order);
    };
    list.replaceChildren(
      ...catalogue.items.map((item, index) => {
        const name = pick(item.title);
        return el(
          'li',
          { 'data-item-id': item.id, class: item.hidden ? 'is-hidden-item' : '' },
          el('strong', {}, name), ' · ', price(item.price),
          item.hidden ? bindText(el('span', { class: 'badge' }), () => t('item.hiddenBadge')) : '',
          ' ',
          action('item.edit', { name }, async () => startEdit(item)),
          action(item.hidden ? 'item.show' : 'item.hide', { name }, () => setItemHidden(boothId, item.id, newId(), !item.hidden)),
          index > 0 ? action('item.up', { name }, () => move(index, -1)) : '',
          index < ids.length - 1 ? action('item.down', { name }, () => move(index, 1)) : '',
          action('item.delete', { name }, () => deleteItem(boothId, item.id, newId())),
        );
      }),
    );
  }

  async function reload() {
    try {
      catalogue = await getCatalogueForStaff(boothId);
      media.render(catalogue.media, catalogue);
      renderItems();
      if (!editing) renderImages([...images.querySelectorAll('input:checked')].map((i) => i.value));
    } catch (err) {
      status.fail(err);
    }
  }

  startEdit(null);
  reload();
  return el(
    'div',
    { class: 'catalogue-editor' },
    media.root,
    el('section', { class: 'panel', 'aria-labelledby': 'items-heading' },
      bindText(el('h2', { id: 'items-heading' }), () => t('catalogue.heading')), list, form, status.node),
  );
}
