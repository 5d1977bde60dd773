// One place that turns API and hub errors into a sentence for the visitor.

import { t } from './i18n.js';

const KNOWN_CODES = new Set(['booth_not_found', 'invalid_input', 'unauthorized', 'rate_limited', 'unavailable', 'forbidden', 'conflict', 'not_found', 'rebase_required']);

export function describeError(err) {
  if (!err) return t('error.generic');
  if (KNOWN_CODES.has(err.code)) return t(`error.${err.code}`);
  if (err.transient || err.status === 0) return t('error.network');
  return err.detail || t('error.generic');
}
