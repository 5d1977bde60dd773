// The booth profile form: both languages, fields, contact channels and opening hours in the booth's time zone.

import { updateProfile } from '../api.js';
import { el, newId } from '../dom.js';
import { bindAttr, bindText, pick, t } from '../i18n.js';
import { busy, field, select, statusLine } from './form-parts.js';

const CONTACT_KINDS = ['email', 'phone', 'website', 'wechat', 'weibo', 'whatsapp', 'line', 'telegram'];
const DAYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'];

export function createProfileForm(booth, expo, onSaved) {
  const texts = {};
  for (const [key, labelKey, multiline, max] of [
    ['nameEn', 'profile.nameEn', false, 80],
    ['nameZh', 'profile.nameZh', false, 80],
    ['taglineEn', 'profile.taglineEn', false, 120],
    ['taglineZh', 'profile.taglineZh', false, 120],
    ['descriptionEn', 'profile.descriptionEn', true, 2000],
    ['descriptionZh', 'profile.descriptionZh', true, 2000],
  ]) {
    texts[key] = field(labelKey, { id: `profile-${key}`, maxlength: max, lang: key.endsWith('Zh') ? 'zh' : 'en' }, { multiline });
  }
  texts.nameEn.control.required = true;
  texts.nameZh.control.required = true;
  texts.nameEn.control.value = booth.name?.en ?? '';
  texts.nameZh.control.value = booth.name?.zh ?? '';
  texts.taglineEn.control.value = booth.tagline?.en ?? '';
  texts.taglineZh.control.value = booth.tagline?.zh ?? '';
  texts.descriptionEn.control.value = booth.description?.en ?? '';
  texts.descriptionZh.control.value = booth.description?.zh ?? '';

  const fields = el('fieldset', { class: 'choices' }, bindText(el('legend'), () => t('profile.fields')));
  for (const f of expo?.fields ?? []) {
    const box = el('input', { type: 'checkbox', id: `profile-field-${f.id}`, value: f.id, checked: booth.fields?.includes(f.id) });
    fields.append(el('div', { class: 'choice' }, box, bindText(el('label', { for: box.id }), () => pick(f.name))));
  }

  const contactRows = el('div', { class: 'rows' });
  const addContact = (contact = { kind: 'email', value: '' }) => {
    const kind = select('profile.contactKind', CONTACT_KINDS.map((k) => [k, `contact.${k}`]));
    kind.control.value = contact.kind;
    const value = field('profile.contactValue', { maxlength: 200, value: contact.value });
    const remove = bindText(el('button', { type: 'button', class: 'button' }), () => t('profile.removeContact'));
    const row = el('div', { class: 'row contact-row' }, kind.wrapper, value.wrapper, remove);
    remove.addEventListener('click', () => row.remove());
    contactRows.append(row);
  };
  (booth.contacts ?? []).forEach(addContact);
  const addContactButton = bindText(el('button', { type: 'button', class: 'button' }), () => t('profile.addContact'));
  addContactButton.addEventListener('click', () => {
    addContact();
    contactRows.lastElementChild?.querySelector('input')?.focus();
  });
  const contacts = el('fieldset', {}, bindText(el('legend'), () => t('profile.contacts')), contactRows, addContactButton);

  const zone = field('profile.timeZone', {
    id: 'profile-time-zone',
    value: booth.openingHours?.timeZone ?? Intl.DateTimeFormat().resolvedOptions().timeZone ?? 'Asia/Shanghai',
    spellcheck: 'false',
  });
  const periodRows = el('div', { class: 'rows' });
  const addPeriod = (period = { day: 'mon', opens: '09:00', closes: '17:00' }) => {
    const day = select('profile.day', DAYS.map((d) => [d, `day.${d}`]));
    day.control.value = period.day;
    const opens = field('profile.opens', { type: 'time', value: period.opens });
    const closes = field('profile.closes', { type: 'time', value: period.closes });
    const remove = bindText(el('button', { type: 'button', class: 'button' }), () => t('profile.removePeriod'));
    const row = el('div', { class: 'row period-row' }, day.wrapper, opens.wrapper, closes.wrapper, remove);
    remove.addEventListener('click', () => row.remove());
    periodRows.append(row);
  };
  (booth.openingHours?.weekly ?? []).forEach(addPeriod);
  const addPeriodButton = bindText(el('button', { type: 'button', class: 'button' }), () => t('profile.addPeriod'));
  addPeriodButton.addEventListener('click', () => {
    addPeriod();
    periodRows.lastElementChild?.querySelector('select')?.focus();
  });
  const hours = el('fieldset', {}, bindText(el('legend'), () => t('profile.hours')), zone.wrapper, periodRows, addPeriodButton);

  const languages = field(
    'profile.languages',
    { id: 'profile-languages', value: (booth.languages ?? []).join(', '), autocomplete: 'off', spellcheck: 'false' },
    { hintKey: 'profile.languagesHint' },
  );

  const status = statusLine('profile-status');
  const save = bindText(el('button', { type: 'submit', id: 'profile-save', class: 'button button--primary' }), () => t('profile.save'));
  const form = el(
    'form',
    { id: 'profile-form', class: 'panel profile-form', novalidate: true, 'aria-labelledby': 'profile-heading' },
    bindText(el('h2', { id: 'profile-heading' }), () => t('profile.heading')),
    ...Object.values(texts).map((x) => x.wrapper),
    fields,
    contacts,
    hours,
    languages.wrapper,
    status.node,
    el('div', { class: 'actions' }, save),
  );
  bindAttr(form, 'data-booth', () => booth.id);

  // One operation id per intended save: a retry after a failure reuses it, an edit after success gets a new one.
  let operationId = newId();
  form.addEventListener('input', () => {
    operationId = newId();
  });

  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    status.clear();
    const body = {
      operationId,
      name: { en: texts.nameEn.control.value, zh: texts.nameZh.control.value },
      tagline: { en: texts.taglineEn.control.value, zh: texts.taglineZh.control.value },
      description: { en: texts.descriptionEn.control.value, zh: texts.descriptionZh.control.value },
      fields: [...fields.querySelectorAll('input:checked')].map((box) => box.value),
      contacts: [...contactRows.children].map((row) => ({ kind: row.querySelector('select').value, value: row.querySelector('input').value })),
      openingHours: periodRows.children.length
        ? {
            timeZone: zone.control.value.trim(),
            weekly: [...periodRows.children].map((row) => {
              const [opens, closes] = row.querySelectorAll('input');
              return { day: row.querySelector('select').value, opens: opens.value.slice(0, 5), closes: closes.value.slice(0, 5) };
            }),
          }
        : null,
      languages: languages.control.value
        .split(/[\s,，、]+/)
        .map((code) => code.trim().toLowerCase())
        .filter(Boolean),
    };
    await busy(form, async () => {
      try {
        const saved = await updateProfile(booth.id, body);
        operationId = newId();
        status.ok(t('profile.saved'));
        onSaved?.(saved);
      } catch (err) {
        status.fail(err);
      }
    });
  });

  return form;
}
