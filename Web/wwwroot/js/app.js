// Entry point: language switch, header, hash router.

import * as hub from './hub.js';
import { LANGUAGES, applyAll, getLang, initLang, onLangChange, setLang } from './i18n.js';
import { ensureUser, expire, onSessionChange } from './session.js';
import { createBoothView } from './views/booth.js';
import { createHomeView } from './views/home.js';

const main = document.getElementById('main');
let view = null;
let routeSeq = 0;
let firstRoute = true;

function parseRoute(hash) {
  const match = /^#\/booth\/([^/?#]+)\/?$/.exec(hash);
  if (match) {
    try {
      return { name: 'booth', boothId: decodeURIComponent(match[1]) };
    } catch {
      // Malformed escape: fall through to home.
    }
  }
  return { name: 'home' };
}

async function route() {
  const seq = ++routeSeq;
  view?.destroy();
  const target = parseRoute(location.hash);
  view = target.name === 'booth' ? createBoothView(target.boothId) : createHomeView();
  main.replaceChildren();
  try {
    await view.mount(main);
  } catch (err) {
    console.error(err);
  }
  if (seq !== routeSeq) return;
  document.body.dataset.ready = 'true';
  if (!firstRoute) {
    // Move keyboard and screen-reader users to the new page's heading.
    main.querySelector('h1')?.focus({ preventScroll: true });
    window.scrollTo(0, 0);
  }
  firstRoute = false;
}

function setupLanguageSwitch() {
  const sync = () => {
    for (const lang of LANGUAGES) {
      document.getElementById(`lang-${lang}`)?.setAttribute('aria-pressed', String(lang === getLang()));
    }
  };
  for (const lang of LANGUAGES) {
    document.getElementById(`lang-${lang}`)?.addEventListener('click', () => setLang(lang));
  }
  onLangChange(sync);
  sync();
}

function showUser(user) {
  const badge = document.getElementById('user-badge');
  document.getElementById('user-name').textContent = user?.displayName ?? '';
  badge.hidden = !user;
}

onSessionChange((user, reason) => {
  showUser(user);
  // The hub authenticates when it connects, so a new identity needs a new connection.
  if (reason === 'signed-in' || reason === 'expired') hub.reset();
  if (reason === 'expired') route();
});
hub.on('authlost', expire);

// The skip link must not touch the hash: the router owns it.
document.querySelector('.skip-link')?.addEventListener('click', (event) => {
  event.preventDefault();
  main.focus();
});

initLang();
applyAll(document);
setupLanguageSwitch();
ensureUser().catch(() => {
  // The header just stays anonymous; views report their own errors.
});
window.addEventListener('hashchange', route);
route();
