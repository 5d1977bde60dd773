// The SignalR connection to /hubs/expo: one per tab, kept alive while wanted.
// SignalR's automatic reconnect covers short drops; when it gives up we keep
// retrying with our own back-off. Listeners survive connection rebuilds.

import { ApiError, getMe } from './api.js';

// Negotiation events, relayed to listeners like the booth events.
export const NEGOTIATION_EVENTS = ['NegotiationChanged', 'NegotiationMessage', 'InboxChanged', 'AgreementSigned', 'NegotiationCountsChanged'];

// A full booth's queue: this connection got in, or its place changed.
export const QUEUE_EVENTS = ['BoothAdmitted', 'QueuePositionChanged'];

// Agenda events: the live Q&A of open sessions and the reminders of the visitor's plan.
export const AGENDA_EVENTS = ['QuestionChanged', 'SessionReminder'];

const AUTO_RECONNECT_DELAYS = [0, 1000, 2000, 5000, 10000, 10000, 30000];
const RETRY_DELAYS = [1000, 2000, 5000, 10000, 30000]; // the last one repeats
const INVOKE_TIMEOUT_MS = 15000;
const SEND_ATTEMPTS = 6;
export const CHAT_PAGE_SIZE = 200;

/** state: 'connected' | 'reconnecting' | 'disconnected' */
const events = [
  'state', 'reconnected', 'authlost', 'ChatMessage', 'PresenceChanged', 'BoothProfileChanged', 'AnnouncementsChanged', 'ChatInvitation',
  ...NEGOTIATION_EVENTS, ...QUEUE_EVENTS, ...AGENDA_EVENTS, 'ChatMessageRemoved', 'RemovedFromBooth',
  'MuteChanged',
];
const listeners = Object.fromEntries(events.map((name) => [name, new Set()]));

let connection = null;
let state = 'disconnected';
let wanted = false;
let everConnected = false;
let retryTimer = 0;
let retryAttempt = 0;

export class HubError extends Error {
  constructor(code, detail = '', transient = false) {
    super(detail || code);
    this.name = 'HubError';
    this.code = code;
    this.detail = detail;
    this.transient = transient; // worth retrying once the connection is back
  }
}

export function isAvailable() {
  return typeof globalThis.signalR?.HubConnectionBuilder === 'function';
}

export function on(event, fn) {
  listeners[event].add(fn);
  return () => listeners[event].delete(fn);
}

function emit(event, arg) {
  for (const fn of [...listeners[event]]) {
    try {
      fn(arg);
    } catch (err) {
      console.error(err);
    }
  }
}

export function getState() {
  return state;
}

/** False until the first successful connection: lets the UI say "connecting" rather than "offline". */
export function hasConnected() {
  return everConnected;
}

function setState(next) {
  if (next === state) return;
  state = next;
  emit('state', next);
}

function build() {
  const { HubConnectionBuilder, HttpTransportType, LogLevel } = globalThis.signalR;
  const c = new HubConnectionBuilder()
    // The session cookie authenticates the hub, as it does the page: no token in the WebSocket URL, where proxies
    // and logs would keep it.
    .withUrl('/hubs/expo', {
      transport: HttpTransportType.WebSockets,
      skipNegotiation: true,
    })
    .withAutomaticReconnect(AUTO_RECONNECT_DELAYS)
    .configureLogging(LogLevel.Warning)
    .build();

  c.on('ChatMessage', (message) => emit('ChatMessage', message));
  // With chatBatches enabled, the lines of one booth write come as one event, in sequence order.
  c.on('ChatBatch', (batch) => {
    for (const message of batch?.messages ?? []) emit('ChatMessage', message);
  });
  c.on('PresenceChanged', (change) => emit('PresenceChanged', change));
  c.on('BoothProfileChanged', (booth) => emit('BoothProfileChanged', booth));
  c.on('AnnouncementsChanged', (board) => emit('AnnouncementsChanged', board));
  for (const name of NEGOTIATION_EVENTS) c.on(name, (arg) => emit(name, arg));
  for (const name of AGENDA_EVENTS) c.on(name, (arg) => emit(name, arg));
  c.on('ChatInvitation', (invitation) => emit('ChatInvitation', invitation));
  for (const name of QUEUE_EVENTS) c.on(name, (arg) => emit(name, arg));
  c.on('ChatMessageRemoved', (removed) => emit('ChatMessageRemoved', removed));
  c.on('RemovedFromBooth', (removed) => emit('RemovedFromBooth', removed));
  c.on('MuteChanged', (change) => emit('MuteChanged', change));
  c.onreconnecting(() => {
    if (c === connection) setState('reconnecting');
  });
  c.onreconnected(async () => {
    if (c !== connection) return;
    await enableFeatures(c);
    if (c !== connection) return;
    setState('connected');
    emit('reconnected');
  });
  c.onclose(() => {
    if (c !== connection) return;
    setState('disconnected');
    if (wanted) scheduleRetry();
  });
  return c;
}

const isDisconnected = (c) => c.state === globalThis.signalR.HubConnectionState.Disconnected;

/** Start (or keep) the connection. Safe to call repeatedly. */
export function start() {
  if (!isAvailable()) return;
  wanted = true;
  connection ??= build();
  if (isDisconnected(connection) && !retryTimer) connect(connection);
}

async function connect(c) {
  try {
    await c.start();
    if (c !== connection) return;
    await enableFeatures(c);
    if (c !== connection) return;
    retryAttempt = 0;
    const wasConnected = everConnected;
    everConnected = true;
    setState('connected');
    // A fresh connection has no booth membership: views must re-enter.
    if (wasConnected) emit('reconnected');
  } catch {
    if (c !== connection || !wanted) return;
    // With skipNegotiation a rejected token looks like any socket failure, so ask the API.
    if (await credentialsRejected()) {
      wanted = false;
      emit('authlost');
      return;
    }
    scheduleRetry();
  }
}

/**
 * Each connection asks for the protocol features this client handles, before it enters a booth. A server that does
 * not know one (or the method) keeps sending v1 events, which the client handles too.
 */
async function enableFeatures(c) {
  try {
    await withTimeout(c.invoke('EnableFeatures', ['chatBatches']), INVOKE_TIMEOUT_MS);
  } catch {
    // v1 events it is.
  }
}

async function credentialsRejected() {
  try {
    await getMe();
    return false;
  } catch (err) {
    return err instanceof ApiError && err.status === 401;
  }
}

function scheduleRetry() {
  clearTimeout(retryTimer);
  const base = RETRY_DELAYS[Math.min(retryAttempt++, RETRY_DELAYS.length - 1)];
  const delay = base + Math.floor(Math.random() * 500); // jitter: avoid a reconnect stampede after a server restart
  retryTimer = setTimeout(() => {
    retryTimer = 0;
    if (wanted && connection && isDisconnected(connection)) connect(connection);
  }, delay);
}

/** Drop the connection entirely (e.g. the identity changed). */
export function reset() {
  wanted = false;
  clearTimeout(retryTimer);
  retryTimer = 0;
  retryAttempt = 0;
  everConnected = false;
  const old = connection;
  connection = null;
  setState('disconnected');
  old?.stop().catch(() => {});
}

function withTimeout(promise, ms) {
  let timer;
  const timeout = new Promise((_, reject) => {
    timer = setTimeout(() => reject(new HubError('timeout', '', true)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Server errors arrive as "An unexpected error occurred invoking 'X' on the server.
 * HubException: code: sentence" (or just "code: sentence" with detailed errors on).
 * Anything else is a transport problem and worth retrying.
 */
export function toHubError(err) {
  if (err instanceof HubError) return err;
  const message = String(err?.message ?? err ?? '');
  const coded =
    /HubException:\s*([a-z][a-z0-9_]*):\s*([\s\S]*)$/.exec(message) ||
    /^([a-z][a-z0-9_]*):\s*([\s\S]*)$/.exec(message);
  // "unavailable" is the server's "try again": treat it like a dropped connection.
  if (coded) return new HubError(coded[1], coded[2].trim(), coded[1] === 'unavailable');
  if (/^An unexpected error occurred invoking/.test(message)) {
    const detail = /HubException:\s*([\s\S]*)$/.exec(message);
    return new HubError('server', detail ? detail[1].trim() : '');
  }
  return new HubError('connection', message, true);
}

export async function invoke(method, ...args) {
  const c = connection;
  if (!c || state !== 'connected') throw new HubError('offline', '', true);
  try {
    return await withTimeout(c.invoke(method, ...args), INVOKE_TIMEOUT_MS);
  } catch (err) {
    throw toHubError(err);
  }
}

export function whenConnected(timeoutMs) {
  if (state === 'connected') return Promise.resolve();
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      off();
      reject(new HubError('timeout', '', true));
    }, timeoutMs);
    const off = on('state', (s) => {
      if (s !== 'connected') return;
      clearTimeout(timer);
      off();
      resolve();
    });
  });
}

export const enterBooth = (boothId) => invoke('EnterBooth', boothId);
export const leaveBooth = (boothId) => invoke('LeaveBooth', boothId);
export const chatSince = (boothId, afterSequence) => invoke('ChatSince', boothId, afterSequence);

/**
 * Send with retries. The server de-duplicates by clientMessageId, so
 * retrying with the same id after a timeout cannot post the line twice.
 */
export async function sendChat(boothId, clientMessageId, text, { ready } = {}) {
  for (let attempt = 1; ; attempt++) {
    try {
      await whenConnected(INVOKE_TIMEOUT_MS);
      if (ready) await ready(); // e.g. wait until the booth was re-entered after a reconnect
      return await invoke('SendChat', boothId, clientMessageId, text);
    } catch (err) {
      const error = toHubError(err);
      if (!error.transient || attempt >= SEND_ATTEMPTS) throw error;
      await sleep(Math.min(500 * 2 ** attempt, 8000));
    }
  }
}
