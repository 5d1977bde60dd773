// The read-only live feed (GET /api/live, server-sent events): announcements, booth counts and the signing wall,
// for anyone, with or without a session. One EventSource per tab while any part of the page wants it; the browser
// reconnects by itself after a drop.

const EVENTS = ['announcements', 'counts', 'agreementSigned'];
const listeners = Object.fromEntries(EVENTS.map((name) => [name, new Set()]));
const latest = {};
let source = null;
let wanted = 0;

function open() {
  if (source || typeof EventSource !== 'function') return;
  source = new EventSource('/api/live');
  for (const name of EVENTS) {
    source.addEventListener(name, (event) => {
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
