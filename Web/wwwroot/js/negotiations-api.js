// HTTP calls for negotiations, the inbox and the signing wall. Commands are retried with the same
// operation id after a network failure or a 503, so a retry can never apply twice.

import { ApiError, request } from './api.js';
import { newId } from './dom.js';

const path = (id) => `/api/negotiations/${encodeURIComponent(id)}`;
const RETRY_DELAYS = [500, 1000, 2000, 4000];

async function command(url, body) {
  const withId = { operationId: newId(), ...body };
  for (let attempt = 0; ; attempt++) {
    try {
      return await request(url, { method: 'POST', body: withId });
    } catch (err) {
      const transient = err instanceof ApiError && (err.status === 0 || err.status >= 500);
      if (!transient || attempt >= RETRY_DELAYS.length) throw err;
      await new Promise((resolve) => setTimeout(resolve, RETRY_DELAYS[attempt]));
    }
  }
}

export const startNegotiation = (body) => command('/api/negotiations', body);
export const negotiationCommand = (id, action, body = {}) => command(`${path(id)}/${action}`, body);
export const listNegotiations = () => request('/api/negotiations');
export const getNegotiation = (id) => request(path(id));
export const documentUrl = (id, kind) => `${path(id)}/agreement.${kind}`;
export const getInbox = () => request('/api/inbox');
export const markInboxRead = (negotiationId) => request('/api/inbox/read', { method: 'POST', body: { negotiationId } });
export const getSigningWall = () => request('/api/signing-wall');
export const getNegotiationCounts = () => request('/api/organiser/negotiations');
