// The detail of an audit entry, in the page language. The server writes it in English for the CSV
// ("until 2026-06-01T10:00:00Z (60 min)", "until lifted", the kind of a lifted sanction); the page reads those shapes.

import { locale, t } from '../i18n.js';

const UNTIL = /^until (\S+) \((\d+) min\)$/;

export function auditDetail(entry) {
  const detail = entry.detail ?? '';
  const until = UNTIL.exec(detail);
  if (until) {
    const at = new Date(until[1]);
    const time = Number.isNaN(at.getTime()) ? until[1] : at.toLocaleString(locale(), { dateStyle: 'medium', timeStyle: 'short' });
    return t('fixes.auditUntil', { until: time, minutes: Number(until[2]) });
  }
  if (detail === 'until lifted') return t('mod.forever');
  if (entry.action === 'lift' && (detail === 'mute' || detail === 'ban')) return t(`mod.kind.${detail}`);
  return detail;
}

/** Audit times in the page's locale, day and minute. */
export function auditTime(at) {
  return new Date(at).toLocaleString(locale(), { dateStyle: 'medium', timeStyle: 'short' });
}
