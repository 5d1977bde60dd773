// The organiser's announcement form: a bilingual message to the whole expo or one pavilion, and its withdrawal.

import { publishAnnouncement, withdrawAnnouncement } from '../api.js';
import { showBoard } from '../announcements.js';
import { el, newId } from '../dom.js';
import { bindText, pick, t } from '../i18n.js';
import { busy, field, statusLine } from './form-parts.js';

export function announcementForm(expo) {
  const en = field('announce.textEn', { id: 'announce-en', maxlength: 500, required: true, lang: 'en' }, { multiline: true });
  const zh = field('announce.textZh', { id: 'announce-zh', maxlength: 500, required: true, lang: 'zh' }, { multiline: true });
  const scope = el('select', { id: 'announce-scope' }, bindText(el('option', { value: '' }), () => t('announce.everyone')));
  for (const pavilion of expo.pavilions) scope.append(bindText(el('option', { value: pavilion.id }), () => pick(pavilion.name)));
  const status = statusLine('announce-status');
  const publish = bindText(el('button', { type: 'submit', id: 'announce-publish', class: 'button button--primary' }), () => t('announce.publish'));
  const withdraw = bindText(el('button', { type: 'button', id: 'announce-withdraw', class: 'button' }), () => t('announce.withdraw'));
  const form = el(
    'form',
    { class: 'panel', 'aria-labelledby': 'announce-heading' },
    bindText(el('h2', { id: 'announce-heading' }), () => t('announce.heading')),
    el('div', { class: 'field' }, bindText(el('label', { for: 'announce-scope' }), () => t('announce.scope')), scope),
    en.wrapper,
    zh.wrapper,
    status.node,
    el('div', { class: 'actions' }, publish, withdraw),
  );
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    status.clear();
    await busy(form, async () => {
      try {
        showBoard(await publishAnnouncement(newId(), { en: en.control.value, zh: zh.control.value }, scope.value));
        status.ok(t('announce.published'));
      } catch (err) {
        status.fail(err);
      }
    });
  });
  withdraw.addEventListener('click', async () => {
    status.clear();
    try {
      showBoard(await withdrawAnnouncement(newId(), scope.value));
      status.ok(t('announce.withdrawn'));
    } catch (err) {
      status.fail(err);
    }
  });
  return form;
}
