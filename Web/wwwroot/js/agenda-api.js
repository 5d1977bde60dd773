// HTTP calls for the agenda and the visitor's plan. Commands are retried with the same operation id after a network
// failure or a 503, so a retry can never apply twice.

import { ApiError, request } from './api.js';
import { newId } from './dom.js';

const RETRY_DELAYS = [500, 1000, 2000, 4000];

async function command(url, method, fields = {}) {
  const operationId = newId();
  // DELETE carries its operation id in the query, as the expo bag's does.
  const target = method === 'DELETE' ? `${url}?operationId=${encodeURIComponent(operationId)}` : url;
  for (let attempt = 0; ; attempt++) {
    try {
      return await request(target, { method, body: method === 'DELETE' ? undefined : { operationId, ...fields } });
    } catch (err) {
      const transient = err instanceof ApiError && (err.status === 0 || err.status >= 500);
      if (!transient || attempt >= RETRY_DELAYS.length) throw err;
      await new Promise((resolve) => setTimeout(resolve, RETRY_DELAYS[attempt]));
    }
  }
}

const sessionPath = (id) => `/api/agenda/sessions/${encodeURIComponent(id)}`;

export const getAgenda = () => request('/api/agenda');
export const getSession = (id) => request(sessionPath(id));
export const getQuestions = (id) => request(`${sessionPath(id)}/questions`);
export const getPlan = () => request('/api/me/plan');
export const addToPlan = (id) => command(`/api/me/plan/${encodeURIComponent(id)}`, 'PUT');
export const removeFromPlan = (id) => command(`/api/me/plan/${encodeURIComponent(id)}`, 'DELETE');

const organiserPath = '/api/organiser/agenda/sessions';
export const saveSession = (id, fields) =>
  id ? command(`${organiserPath}/${encodeURIComponent(id)}`, 'PUT', fields) : command(organiserPath, 'POST', fields);
export const cancelSession = (id) => command(`${organiserPath}/${encodeURIComponent(id)}/cancel`, 'POST');
