// Negotiations in the whole app: their routes, the live inbox badge in the header, and the hub
// connection that signed-in users keep so offers, signatures and the signing wall reach them live.

import * as hub from './hub.js';
import { bindText, t } from './i18n.js';
import { getInbox } from './negotiations-api.js';
import { currentUser, onSessionChange } from './session.js';
import { createNegotiateView } from './views/negotiate.js';
import { createNegotiationView } from './views/negotiation.js';
import { createNegotiationsView } from './views/negotiations.js';
import { createSigningWallView } from './views/signing-wall.js';

export const NEGOTIATION_ROUTES = [
  [/^#\/negotiate\/([^/?#]+)\/?$/, (boothId) => createNegotiateView(boothId)],
  [/^#\/negotiations\/?$/, () => createNegotiationsView()],
  [/^#\/negotiation\/([^/?#]+)\/?$/, (id) => createNegotiationView(id)],
  [/^#\/signing-wall\/?$/, () => createSigningWallView()],
];

let unread = 0;

function showBadge(count) {
  unread = count;
  const badge = document.getElementById('inbox-badge');
  if (!badge) return;
  badge.hidden = count === 0;
  bindText(badge, () => t('inbox.badge', { count: unread }));
}

async function refreshBadge() {
  if (!currentUser()?.email) return;
  try {
    showBadge((await getInbox()).unread);
  } catch {
    // The next InboxChanged event or reconnect tries again.
  }
}

export function startNegotiationLive() {
  hub.on('InboxChanged', (change) => showBadge(change.unread));
  hub.on('reconnected', refreshBadge);
  onSessionChange((user) => {
    const account = Boolean(user?.email);
    const link = document.getElementById('nav-negotiations');
    if (link) link.hidden = !account;
    if (!account) {
      showBadge(0);
      return;
    }
    hub.start();
    refreshBadge();
  });
}
