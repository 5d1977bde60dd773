// The visitor's passport and the organisers' passport figures. Stamps are only ever read here: booths award them.

import { request } from './api.js';

export const CERTIFICATE_URL = '/api/me/passport/certificate';

export function getPassport() {
  return request('/api/me/passport');
}

export function getPassportCounts() {
  return request('/api/organiser/passports');
}
