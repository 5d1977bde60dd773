// Who the visitor is. `undefined` = not asked yet, `null` = anonymous.

import { enterAsGuest, getMe, setToken } from './api.js';

let user;
let inFlight = null;
const listeners = new Set();

export function currentUser() {
  return user ?? null;
}

export function onSessionChange(fn) {
  listeners.add(fn);
  return () => listeners.delete(fn);
}

function set(next, reason) {
  user = next;
  for (const fn of [...listeners]) fn(user, reason);
}

/** The signed-in visitor or null; throws ApiError on network/server failures. */
export function ensureUser() {
  if (user !== undefined) return Promise.resolve(user);
  // The header and the first view ask at the same time: share one request.
  inFlight ??= getMe()
    .then(
      (me) => set(me, 'loaded'),
      (err) => {
        if (err.status !== 401) throw err;
        setToken(null);
        set(null, 'loaded');
      },
    )
    .then(() => user)
    .finally(() => {
      inFlight = null;
    });
  return inFlight;
}

export async function signIn(displayName, language) {
  const result = await enterAsGuest(displayName, language);
  setToken(result.token);
  set({ visitorId: result.visitorId, displayName: result.displayName, language: result.language }, 'signed-in');
  return user;
}

/** The server no longer accepts our credentials. */
export function expire() {
  if (user === null) return;
  setToken(null);
  set(null, 'expired');
}
