// Who the visitor is. `undefined` = not asked yet, `null` = anonymous.

import * as api from './api.js';
import { enterAsGuest, getSession, setCsrfToken, setToken } from './api.js';

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
  inFlight ??= getSession()
    .then(
      (me) => {
        // A bearer token the server no longer accepts is forgotten, as a refused one always was.
        if (!me) setToken(null);
        set(me, 'loaded');
      },
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

function take(result) {
  setToken(result.token);
  setCsrfToken(result.csrfToken);
  const { token: _token, csrfToken: _csrf, ...rest } = result;
  set({ email: null, roles: ['visitor'], booths: [], ...rest }, 'signed-in');
  return user;
}

export async function signIn(displayName, language) {
  return take(await enterAsGuest(displayName, language));
}

export async function signInWithPassword(email, password) {
  return take(await api.signInWithPassword(email, password));
}

export async function register(email, password, displayName, language, invitation) {
  return take(await api.register(email, password, displayName, language, invitation || undefined));
}

/** Every session of the account ends on the server; this tab carries on with the new one the answer brings. */
export async function changePassword(currentPassword, newPassword) {
  return take(await api.changePassword(currentPassword, newPassword));
}

export async function acceptInvitation(code) {
  return take(await api.acceptInvitation(code));
}

export async function signOut() {
  try {
    await api.signOut();
  } finally {
    setToken(null);
    setCsrfToken(null);
    set(null, 'expired');
  }
}

export function hasRole(role) {
  return Boolean(user?.roles?.includes(role));
}

/** The server no longer accepts our credentials. */
export function expire() {
  if (user === null) return;
  setToken(null);
  setCsrfToken(null);
  set(null, 'expired');
}
