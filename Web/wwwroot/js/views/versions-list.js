// Every version of the terms, newest first, each with what changed from the version before.

import { el } from '../dom.js';
import { bindText, locale, pick, t } from '../i18n.js';

const FIELD_KEYS = /^(\w+)(?:\[(.+)\])?$/;

function fieldLabel(name, parties) {
  const [, base, key] = FIELD_KEYS.exec(name) ?? [null, name, null];
  if (!key) return t(`terms.${base}`);
  const party = parties.find((p) => p.partyId === key);
  return `${t(`terms.${base}`)}: ${party ? pick(party.name) : key}`;
}

/** A field id change reads as the fields' names; every other value as stored. */
function shown(change, value, fields) {
  return change.field === 'field' ? pick(fields.find((f) => f.id === value)?.name) || value : value;
}

export function versionsList(negotiation, diffs, fields = []) {
  const list = el('ol', { class: 'versions', reversed: true });
  const names = new Map(negotiation.parties.map((p) => [p.partyId, p.name]));
  for (const version of [...negotiation.versions].reverse()) {
    const diff = diffs.find((d) => d.version === version.number);
    const table = el(
      'table',
      { class: 'diff' },
      el(
        'thead',
        {},
        el('tr', {}, ...['diff.field', 'diff.before', 'diff.after'].map((key) => bindText(el('th', { scope: 'col' }), () => t(key)))),
      ),
      el(
        'tbody',
        {},
        ...(diff?.changes ?? []).map((c) =>
          el(
            'tr',
            {},
            bindText(el('th', { scope: 'row' }), () => fieldLabel(c.field, negotiation.parties)),
            el('td', { class: 'diff-before' }, c.before == null ? el('span', { class: 'muted' }, '—') : bindText(el('del'), () => shown(c, c.before, fields))),
            el('td', { class: 'diff-after' }, c.after == null ? el('span', { class: 'muted' }, '—') : bindText(el('ins'), () => shown(c, c.after, fields))),
          ),
        ),
      ),
    );
    const when = new Date(version.proposedAt);
    list.append(
      el(
        'li',
        { class: 'version', 'data-version': version.number },
        bindText(el('h3', { class: 'h-small' }), () =>
          t('versions.heading', {
            number: version.number,
            party: pick(names.get(version.partyId)) || version.partyId,
            time: when.toLocaleString(locale()),
          }),
        ),
        table,
      ),
    );
  }
  return list;
}
