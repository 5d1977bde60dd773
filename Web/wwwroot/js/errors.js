// One place that turns API and hub errors into a sentence for the visitor.

import { locale, t } from './i18n.js';

const KNOWN_CODES = new Set(['booth_not_found', 'invalid_input', 'unauthorized', 'rate_limited', 'unavailable', 'forbidden', 'conflict', 'not_found', 'rebase_required']);

export function describeError(err) {
  if (!err) return t('error.generic');
  if (err.code === 'muted' || err.code === 'banned') return describeSanction(err.code, err.detail);
  if (KNOWN_CODES.has(err.code)) return t(`error.${err.code}`);
  if (err.transient || err.status === 0) return t('error.network');
  return err.detail || t('error.generic');
}

// The server says "… until 2026-11-26T10:30:00Z: reason" or "… until a moderator lifts it: reason".
function describeSanction(code, detail) {
  const match = /until (\d{4}-\d\d-\d\dT[\d:]+Z|a moderator lifts it): ([\s\S]*)$/.exec(detail ?? '');
  if (!match) return t(`error.${code}`);
  const until = new Date(match[1]);
  return Number.isNaN(until.getTime())
    ? t(`mod.${code}Forever`, { reason: match[2] })
    : t(`mod.${code}`, { until: until.toLocaleString(locale()), reason: match[2] });
}
