// The organisers' reports: JSON for the end-of-day page, and the addresses of their CSV downloads.

import { request } from './api.js';

const query = (from, to, format) => new URLSearchParams({ from: from.toISOString(), to: to.toISOString(), format }).toString();

/** `name` is one of attendance, booths, dwell, leads, negotiations, agreements. */
export const getReport = (name, from, to) => request(`/api/organiser/reports/${name}?${query(from, to, 'json')}`);

export const reportCsvUrl = (name, from, to) => `/api/organiser/reports/${name}?${query(from, to, 'csv')}`;
