// Entry point: language switch, header, hash router.

import { startAnnouncements } from './announcements.js';
import * as hub from './hub.js';
import { LANGUAGES, applyAll, getLang, initLang, loadTexts, onLangChange, setLang, t } from './i18n.js';
import { ensureUser, expire, onSessionChange, signOut } from './session.js';
import { createAccountView } from './views/account.js';
import { createAttendanceConsoleView } from './views/attendance-console.js';
import { createBoothView } from './views/booth.js';
import { createHomeView } from './views/home.js';
import { createInvitationView } from './views/invitation.js';
import { createMyBoothsView } from './views/my-booths.js';
import { createOrganiserView } from './views/organiser.js';
import { createDayReportView } from './views/day-report.js';
import { createModerationConsoleView } from './views/moderation-console.js';
import { NEGOTIATION_ROUTES, startNegotiationLive } from './negotiations-live.js';
import { createDirectoryView } from './views/directory.js';
import { AGENDA_ROUTES, startAgendaReminders } from './agenda-live.js';
import { createPavilionView } from './views/pavilion.js';
import { createPassportView } from './views/passport.js';
import { createForYouView } from './views/for-you.js';
import { createAccountPageView } from './views/account-page.js';

const main = document.getElementById('main');
let view = null;
let routeSeq = 0;
let firstRoute = true;

const ROUTES = [
  [/^#\/booth\/([^/?#]+)\/?$/, (id) => createBoothView(id)],
  [/^#\/sign-in\/?$/, () => createAccountView()],
  [/^#\/account\/?$/, () => createAccountPageView()],
  [/^#\/invitation\/([^/?#]+)\/?$/, (code) => createInvitationView(code)],
  [/^#\/my-booths\/?$/, () => createMyBoothsView()],
  [/^#\/my-booths\/([^/?#]+)\/?$/, (id) => createMyBoothsView(id)],
  [/^#\/organiser\/?$/, () => createOrganiserView()],
  [/^#\/organiser\/attendance\/?$/, () => createAttendanceConsoleView()],
  [/^#\/organiser\/report(?:\/(\d{4}-\d{2}-\d{2}))?\/?$/, (day) => createDayReportView(day)],
  [/^#\/organiser\/moderation\/?$/, () => createModerationConsoleView()],
  ...NEGOTIATION_ROUTES,
  [/^#\/directory\/?$/, () => createDirectoryView()],
  ...AGENDA_ROUTES,
  [/^#\/pavilion\/([^/?#]+)\/?$/, (id) => createPavilionView(id)],
  [/^#\/passport\/?$/, () => createPassportView()],
  [/^#\/for-you\/?$/, () => createForYouView()],
];

function viewFor(hash) {
  for (const [pattern, create] of ROUTES) {
    const match = pattern.exec(hash);
    if (!match) continue;
    try {
      return create(...match.slice(1).map(decodeURIComponent));
    } catch {
      // Malformed escape: fall through to home.
    }
  }
  return createHomeView();
}

async function route() {
  const seq = ++routeSeq;
  view?.destroy();
  view = viewFor(location.hash);
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
  // A guest is not signed in: the badge says "Guest" beside the "Sign in" link, never "Signed in as".
  const label = badge.querySelector('[data-i18n]');
  label.dataset.i18n = user && !user.email ? 'fixes.guestAs' : 'user.signedInAs';
  label.textContent = t(label.dataset.i18n);
  document.getElementById('user-name').textContent = user?.displayName ?? '';
  badge.hidden = !user;
  const account = Boolean(user?.email);
  document.getElementById('nav-sign-in').hidden = account;
  document.getElementById('nav-my-booths').hidden = !account;
  document.getElementById('nav-organiser').hidden = !user?.roles?.includes('organiser');
  document.getElementById('sign-out').hidden = !account;
  document.getElementById('nav-account').hidden = !account;
}

document.getElementById('sign-out')?.addEventListener('click', () => {
  signOut()
    .catch(() => {})
    .finally(() => {
      location.hash = '#/';
    });
});

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

try {
  await loadTexts();
} catch (err) {
  // The page still works; untranslated texts show their keys, and the console says why.
  console.error(err);
}
initLang();
applyAll(document);
setupLanguageSwitch();
startAnnouncements();
ensureUser().catch(() => {
  // The header just stays anonymous; views report their own errors.
});
startNegotiationLive();
startAgendaReminders();
window.addEventListener('hashchange', route);
route();
