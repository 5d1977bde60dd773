// The announcement banner under the header: the expo-wide announcement for everyone, and a pavilion's to people
// looking at one of its booths. Pushed by the hub when connected; read again now and then for pages without it.

import { getAnnouncements, getExpoCached } from './api.js';
import { el } from './dom.js';
import { bindText, pick, t } from './i18n.js';
import * as hub from './hub.js';
import * as live from './live.js';

const REREAD_MS = 15000;

let board = { version: -1, announcements: [] };
let pavilionOfBooth = new Map();

function currentPavilion() {
  const match = /^#\/booth\/([^/?#]+)/.exec(location.hash);
  return match ? pavilionOfBooth.get(decodeURIComponent(match[1])) ?? null : null;
}

function render() {
  const box = document.getElementById('announcements');
  if (!box) return;
  const pavilion = currentPavilion();
  const shown = board.announcements.filter((a) => a.pavilionId == null || a.pavilionId === pavilion);
  box.replaceChildren(
    ...shown.map((a) =>
      el(
        'p',
        { class: 'announcement', 'data-announcement': a.id, 'data-pavilion': a.pavilionId ?? '' },
        bindText(el('strong', { class: 'announcement__label' }), () => t(a.pavilionId ? 'announcement.pavilion' : 'announcement.expo')),
        ' ',
        bindText(el('span', { class: 'announcement__text' }), () => pick(a.text)),
      ),
    ),
  );
}

/** Keeps the board with the highest version, however the boards arrive. */
export function showBoard(next) {
  if (!next || next.version <= board.version) return;
  board = next;
  render();
}

async function reread() {
  try {
    showBoard(await getAnnouncements());
  } catch {
    // The banner keeps what it has; the next read tries again.
  }
}

export function startAnnouncements() {
  hub.on('AnnouncementsChanged', showBoard);
  // Without a hub connection (no session yet) the read-only live feed brings the board as fast.
  live.on('announcements', showBoard);
  let release = live.want();
  hub.on('state', (state) => {
    if (state === 'connected') {
      release?.();
      release = null;
    } else {
      release ??= live.want();
    }
  });
  window.addEventListener('hashchange', render);
  getExpoCached()
    .then((expo) => {
      pavilionOfBooth = new Map(expo.pavilions.flatMap((p) => p.booths.map((b) => [b.id, p.id])));
      render();
    })
    .catch(() => {});
  reread();
  setInterval(reread, REREAD_MS);
}
