// HTTP calls to the expo API. Errors become ApiError carrying the problem details.

const TOKEN_KEY = 'silkroad.token';

export class ApiError extends Error {
  constructor(status, problem = {}, retryAfter = null) {
    super(problem.detail || problem.title || `HTTP ${status}`);
    this.name = 'ApiError';
    this.status = status; // 0 = network failure
    this.code = problem.code ?? null;
    this.detail = problem.detail ?? null;
    this.retryAfter = retryAfter; // seconds to wait, from a 429's Retry-After header
  }
}

export function getToken() {
  try {
    return sessionStorage.getItem(TOKEN_KEY);
  } catch {
    return null;
  }
}

export function setToken(token) {
  try {
    if (token) sessionStorage.setItem(TOKEN_KEY, token);
    else sessionStorage.removeItem(TOKEN_KEY);
  } catch {
    // The auth cookie still works without storage.
  }
}

// The anti-forgery token of the cookie session; only sent when no bearer token stands in for the cookie.
let csrfToken = null;

export function setCsrfToken(token) {
  csrfToken = token ?? null;
}

async function ensureCsrfToken() {
  if (!csrfToken) {
    const answer = await request('/api/auth/antiforgery');
    csrfToken = answer.token;
  }
  return csrfToken;
}

export async function request(path, { method = 'GET', body } = {}) {
  const headers = { Accept: 'application/json' };
  const token = getToken();
  if (token) headers.Authorization = `Bearer ${token}`;
  else if (method !== 'GET') headers['X-CSRF-TOKEN'] = await ensureCsrfToken();
  // A file goes as its raw bytes: the server finds its type from them, not from this header.
  const raw = body instanceof Blob;
  if (body !== undefined) headers['Content-Type'] = raw ? 'application/octet-stream' : 'application/json';

  let response;
  try {
    response = await fetch(path, {
      method,
      headers,
      body: body === undefined || raw ? body : JSON.stringify(body),
      credentials: 'same-origin',
      cache: 'no-store',
    });
  } catch {
    throw new ApiError(0);
  }
  if (!response.ok) {
    let problem = {};
    try {
      problem = await response.json();
    } catch {
      // Not JSON (e.g. a proxy error page): keep the status only.
    }
    const wait = Number.parseInt(response.headers.get('Retry-After') ?? '', 10);
    throw new ApiError(response.status, problem ?? {}, Number.isFinite(wait) ? wait : null);
  }
  return response.status === 204 ? null : response.json();
}

let expoCache = null;

export async function getExpo() {
  expoCache = await request('/api/expo');
  return expoCache;
}

/** The last loaded expo (field names, pavilion names), fetching it once if needed. */
export function getExpoCached() {
  return expoCache ? Promise.resolve(expoCache) : getExpo();
}

export function getBooth(boothId) {
  return request(`/api/booths/${encodeURIComponent(boothId)}`);
}

export function getMe() {
  return request('/api/auth/me');
}

/** The signed-in visitor or null, without a 401 for the browser to log on a first visit. */
export async function getSession() {
  return (await request('/api/auth/session')).user ?? null;
}

export function enterAsGuest(displayName, language) {
  return request('/api/auth/guest', { method: 'POST', body: { displayName, language } });
}

export function register(email, password, displayName, language, invitation) {
  return request('/api/auth/register', { method: 'POST', body: { email, password, displayName, language, invitation } });
}

export function signInWithPassword(email, password) {
  return request('/api/auth/sign-in', { method: 'POST', body: { email, password } });
}

export function changePassword(currentPassword, newPassword) {
  return request('/api/auth/password', { method: 'POST', body: { currentPassword, newPassword } });
}

export function signOut() {
  return request('/api/auth/sign-out', { method: 'POST' });
}

export function checkInvitation(code) {
  return request(`/api/invitations/${encodeURIComponent(code)}`);
}

export function acceptInvitation(code) {
  return request('/api/invitations/accept', { method: 'POST', body: { code } });
}

export function createInvitation(boothId, operationId, role, validForHours) {
  return request(`/api/booths/${encodeURIComponent(boothId)}/invitations`, {
    method: 'POST',
    body: { operationId, role, validForHours },
  });
}

export function getPendingInvitations(boothId) {
  return request(`/api/booths/${encodeURIComponent(boothId)}/invitations`);
}

export function withdrawInvitation(boothId, invitationId, operationId) {
  const query = `operationId=${encodeURIComponent(operationId)}`;
  return request(`/api/booths/${encodeURIComponent(boothId)}/invitations/${encodeURIComponent(invitationId)}?${query}`, { method: 'DELETE' });
}

export function getStaff(boothId) {
  return request(`/api/booths/${encodeURIComponent(boothId)}/staff`);
}

export function removeStaff(boothId, visitorId, operationId) {
  const query = `operationId=${encodeURIComponent(operationId)}`;
  return request(`/api/booths/${encodeURIComponent(boothId)}/staff/${encodeURIComponent(visitorId)}?${query}`, { method: 'DELETE' });
}

export function updateProfile(boothId, profile) {
  return request(`/api/booths/${encodeURIComponent(boothId)}/profile`, { method: 'PUT', body: profile });
}

export function getAttendanceNow() {
  return request('/api/organiser/attendance');
}

export function getAttendanceHistory(from, to, points) {
  const query = new URLSearchParams({ from: from.toISOString(), to: to.toISOString() });
  if (points) query.set('points', String(points));
  return request(`/api/organiser/attendance/history?${query}`);
}

export function getAnnouncements() {
  return request('/api/announcements');
}

export function publishAnnouncement(operationId, text, pavilionId) {
  return request('/api/organiser/announcements', { method: 'POST', body: { operationId, text, pavilionId: pavilionId || null } });
}

export function withdrawAnnouncement(operationId, pavilionId) {
  const query = new URLSearchParams({ operationId });
  if (pavilionId) query.set('pavilionId', pavilionId);
  return request(`/api/organiser/announcements?${query}`, { method: 'DELETE' });
}
