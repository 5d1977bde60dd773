// The read-only live feed (GET /api/live, server-sent events): announcements, booth counts and the signing wall,
// for anyone, with or without a session. One EventSource per tab while any part of the page wants it; the browser
// reconnects by itself after a drop.

const EVENTS = ['announcements', 'counts', 'agreementSigned'];
const listeners = Object.fromEntries(EVENTS.map((name) => [name, new Set()]));
const latest = {};
let source = null;
let wanted = 0;

const RETRY_MS = 30000;
let retryTimer = 0;

function open() {
  if (source || retryTimer || typeof EventSource !== 'function') return;
  const current = new EventSource('/api/live');
  source = current;
  // EventSource retries a dropped stream by itself, but gives up on a refusal (429: too many feeds from this
  // address); try again later, while the page's own re-reads carry on.
  current.addEventListener('error', () => {
    if (current.readyState !== EventSource.CLOSED || source !== current) return;
    source = null;
    retryTimer = setTimeout(() => {
      retryTimer = 0;
      if (wanted > 0) open();
    }, RETRY_MS);
  });
  for (const name of EVENTS) {
    current.addEventListener(name, (event) => {
      let data;
      try {
        data = JSON.parse(event.data);
      } catch {
        return;
      }
      latest[name] = data;
      for (const fn of [...listeners[name]]) fn(data);
    });
  }
}

function close() {
  source?.close();
  source = null;
  // A later feed starts from its own first frames, not from what was current when this one closed.
  for (const name of EVENTS) delete latest[name];
}

/** Listens to one event of the feed; the latest value, if any, arrives at once. */
export function on(name, fn) {
  listeners[name].add(fn);
  if (latest[name] !== undefined && name !== 'agreementSigned') fn(latest[name]);
  return () => listeners[name].delete(fn);
}

/** Keeps the feed open until the returned function is called. */
export function want() {
  wanted++;
  open();
  let released = false;
  return () => {
    if (released) return;
    released = true;
    if (--wanted === 0) close();
  };
}
