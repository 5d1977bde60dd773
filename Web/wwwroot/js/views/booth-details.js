// A booth's contact channels and opening hours, as its staff entered them.

import { el } from '../dom.js';
import { bindText, t } from '../i18n.js';

const LINKS = { email: (v) => `mailto:${v}`, phone: (v) => `tel:${v.replace(/[^+\d]/g, '')}`, website: (v) => v };

export function boothDetails(booth) {
  const parts = [];
  if (booth.contacts?.length) {
    const list = el('dl', { class: 'booth-contacts' });
    for (const { kind, value } of booth.contacts) {
      const safe = kind === 'website' && !/^https?:\/\//i.test(value) ? null : LINKS[kind]?.(value);
      list.append(bindText(el('dt'), () => t(`contact.${kind}`)), el('dd', {}, safe ? el('a', { href: safe, rel: 'noopener' }, value) : value));
    }
    parts.push(el('section', { class: 'booth-contact' }, bindText(el('h2', { class: 'h-small' }), () => t('booth.contacts')), list));
  }
  if (booth.openingHours?.weekly?.length) {
    const hours = el('ul', { class: 'booth-hours' });
    for (const period of booth.openingHours.weekly) {
      hours.append(el('li', {}, bindText(el('span'), () => t(`day.${period.day}`)), ` ${period.opens}–${period.closes}`));
    }
    parts.push(
      el(
        'section',
        { class: 'booth-opening' },
        bindText(el('h2', { class: 'h-small' }), () => t('booth.hours', { zone: booth.openingHours.timeZone })),
        hours,
      ),
    );
  }
  return parts;
}
