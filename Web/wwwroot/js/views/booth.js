// Booth: details, live presence and chat over the hub.

import { getBooth, getExpoCached } from '../api.js';
import { getCatalogue } from '../booth-api.js';
import { el, newId } from '../dom.js';
import { describeError } from '../errors.js';
import * as hub from '../hub.js';
import { bindText, pick, refresh, setTitle, t } from '../i18n.js';
import { ensureUser, expire } from '../session.js';
import { createChatForm } from './chat-form.js';
import { createChatLog } from './chat-log.js';
import { chatModeration } from './chat-moderation.js';
import { boothDetails } from './booth-details.js';
import { negotiateLink } from './negotiate.js';
import { backLink, errorBlock, fieldBadges, loading, sampleTag } from './common.js';
import { createGuestForm } from './guest.js';
import { createPresence } from './presence.js';
import { boothBrand, createBoothCatalogue } from './booth-catalogue.js';
import { bagToggle } from './bag-toggle.js';
import { muteChanged, mutedNotice } from './muted-notice.js';
import { chatNotice, createLeadForms } from './lead-forms.js';
import { createMeetingSlots } from './meeting-slots.js';
import { createStaffOnline } from './staff-online.js';
import { createCapacityLine, createQueuePanel } from './booth-queue.js';
import { createCapacityForm } from './capacity-form.js';

const ENTER_WAIT_MS = 15000;

export function createBoothView(routeBoothId) {
  let boothId = routeBoothId;
  let destroyed = false;
  let root;
  let body;
  let chat;
  let presence;
  let form;
  let pendingList;
  const cleanups = [];

  // Hub bookkeeping. `entered`: the server has this connection in the booth right now.
  // `confirmed`: every message up to this sequence is in the log; after a drop we
  // fetch from here with ChatSince. `stale`: a drop happened since the last sync.
  let entered = false;
  let confirmed = 0;
  let stale = false;
  let queue = Promise.resolve();
  let enteredWaiters = [];
  // A full booth queues the connection instead: `queued` while it waits; `admittedEarly` holds a BoothAdmitted that
  // overtook the EnterBooth answer, which then counts instead of the queued answer.
  let queued = false;
  let entering = false;
  let admittedEarly = null;
  let leftQueue = false; // the visitor gave up their place: a reconnect must not queue them again
  let capacityLine;
  let queuePanel;
  let layout;
  let failedSend = null; // { text, id }: a manual resend of the same text reuses the id
  let catalogue = null; // one read of the catalogue for the banner, the logo and the catalogue panel
  let tools; // the header's row for the visitor's own actions (the expo bag)

  async function mount(main) {
    setTitle(() => t('app.title'));
    root = el('section', { id: 'booth-view', class: 'booth-view', 'data-booth-id': boothId });
    main.append(root);
    await load();
  }

  async function load() {
    root.replaceChildren(backLink(), loading());
    let booth;
    let expo;
    try {
      [booth, expo] = await Promise.all([getBooth(boothId), getExpoCached().catch(() => null)]);
    } catch (err) {
      if (destroyed) return;
      root.replaceChildren(backLink(), err.status === 404 ? notFound() : errorBlock(() => describeError(err), load));
      return;
    }
    if (destroyed) return;
    // Hub calls and event filters use the server's spelling of the id.
    if (booth.id != null) boothId = String(booth.id);
    root.dataset.boothId = boothId;
    setTitle(() => t('booth.pageTitle', { name: pick(booth.name) }));
    body = el('div', { class: 'booth-body' });
    let header = renderHeader(booth, expo);
    // The exhibitor's banner and logo open the page, above the name, for everyone (the catalogue is public).
    const brand = el('div', { id: 'booth-brand', class: 'booth-brand' });
    tools = el('div', { id: 'booth-tools', class: 'booth-tools' });
    catalogue = getCatalogue(boothId);
    catalogue.then((c) => !destroyed && boothBrand(brand, c), () => {});
    root.replaceChildren(backLink(), brand, header, tools, body);
    // Staff edits arrive live; the booth page only needs its header redrawn.
    cleanups.push(
      hub.on('BoothProfileChanged', (changed) => {
        if (destroyed || String(changed?.id) !== boothId) return;
        const next = renderHeader({ ...booth, ...changed }, expo);
        header.replaceWith(next);
        header = next;
        setTitle(() => t('booth.pageTitle', { name: pick(changed.name) }));
      }),
    );
    await showBody(booth);
  }

  async function showBody(booth) {
    body.replaceChildren(loading());
    let user;
    try {
      user = await ensureUser();
    } catch (err) {
      if (!destroyed) body.replaceChildren(errorBlock(() => describeError(err), () => showBody(booth)));
      return;
    }
    if (destroyed) return;
    if (user) {
      mountLive(user);
      showTools(booth);
      body.append(createBoothCatalogue(boothId, user, catalogue), createLeadForms(boothId, user), createMeetingSlots(boothId, user));
      if (mayCap(user, boothId)) body.append(createCapacityForm(boothId));
      return;
    }
    const guest = createGuestForm({
      onDone: (signedIn) => {
        if (destroyed) return;
        mountLive(signedIn);
        showTools(booth);
        body.append(createBoothCatalogue(boothId, signedIn, catalogue), createLeadForms(boothId, signedIn), createMeetingSlots(boothId, signedIn));
        // The guest form is gone: focus goes to the chat box without scrolling the booth's name and Negotiate away.
        form?.focus({ preventScroll: true });
      },
    });
    body.replaceChildren(guest.root);
  }

  /** The visitor's own actions on the booth, once they have a session to keep them in. */
  function showTools(booth) {
    tools.replaceChildren(bagToggle(boothId, () => pick(booth.name)));
  }

  function mountLive(user) {
    if (!hub.isAvailable()) {
      body.replaceChildren(errorBlock(() => t('error.noRealtime')));
      return;
    }
    presence = createPresence(user.visitorId);
    chat = createChatLog(user.visitorId, { decorate: chatModeration(boothId, user) });
    pendingList = el('ul', { id: 'chat-pending', class: 'chat-pending' });
    form = createChatForm({ onSend: send });
    const connection = createConnectionState();

    const staffOnline = createStaffOnline(boothId, user.visitorId);
    cleanups.push(staffOnline.destroy);
    const chatPanel = el(
      'section',
      { class: 'panel chat-panel', 'aria-labelledby': 'chat-heading' },
      el('div', { class: 'panel-head' }, bindText(el('h2', { id: 'chat-heading' }), () => t('chat.heading')), connection.root),
      staffOnline.root,
      chat.root,
      pendingList,
      user.email ? chatNotice() : '',
      form.root,
    );
    capacityLine = createCapacityLine();
    queuePanel = createQueuePanel({
      onLeave: leaveQueue,
      onRejoin: () => {
        leftQueue = false;
        enqueue(sync);
      },
    });
    layout = el('div', { class: 'booth-layout' }, chatPanel, presence.root);
    body.replaceChildren(capacityLine.root, queuePanel.root, layout);

    cleanups.push(
      hub.on('ChatMessage', onChat),
      hub.on('PresenceChanged', (change) => {
        if (!change || String(change.boothId) !== boothId) return;
        presence.apply(change);
        capacityLine.update(change);
        if (queued && 'queueLength' in change) queuePanel.show({ queueLength: Number(change.queueLength) || 0 });
      }),
      hub.on('BoothAdmitted', onAdmitted),
      hub.on('QueuePositionChanged', (place) => {
        if (queued && place && String(place.boothId) === boothId) queuePanel.show(place);
      }),
      hub.on('ChatMessageRemoved', (removed) => {
        if (removed && String(removed.boothId) === boothId) chat.remove(removed.sequence);
      }),
      hub.on('RemovedFromBooth', (removed) => {
        if (!removed || String(removed.boothId) !== boothId) return;
        // The server no longer has this connection in the booth; entering again is refused while the ban lasts.
        entered = false;
        form.setError(t('mod.removedFromBooth', { reason: removed.reason }));
      }),
      hub.on('MuteChanged', (change) => {
        if (change && String(change.boothId) === boothId) muteChanged(form, change);
      }),
      hub.on('state', (state) => {
        connection.update();
        if (state === 'connected') {
          if (!entered && !leftQueue) enqueue(sync);
        } else {
          // The server forgets booth membership with the connection. Before the first
          // entry there is nothing to catch up on: the snapshot has the latest lines.
          if (entered) stale = true;
          entered = false;
          // A reconnected visitor enters again and gets back the same place in line.
          queued = false;
        }
      }),
    );
    hub.start();
    if (hub.getState() === 'connected') enqueue(sync);
  }

  function onChat(message) {
    if (!message || String(message.boothId) !== boothId) return;
    const before = chat.lastSequence();
    const sequence = Number(message.sequence) || 0;
    chat.add(message);
    if (message.clientMessageId) {
      pendingList.querySelector(`[data-client-id="${CSS.escape(message.clientMessageId)}"]`)?.remove();
    }
    if (entered && before > 0 && sequence > before + 1) {
      // Lines were missed (say, while the booth moved to another silo): fetch the gap.
      enqueue(() => catchUp(before));
      return;
    }
    if (entered && !stale) confirmed = Math.max(confirmed, sequence);
  }

  function enqueue(task) {
    queue = queue.then(task).catch(onSyncError);
  }

  /** (Re-)enter the booth: fresh presence, latest messages, then anything missed while away. */
  async function sync() {
    if (destroyed || hub.getState() !== 'connected') return;
    if (!entered) {
      presence.beginEnter();
      entering = true;
      admittedEarly = null;
      let snapshot;
      try {
        snapshot = await hub.enterBooth(boothId);
      } finally {
        entering = false;
      }
      if (destroyed) {
        hub.leaveBooth(boothId).catch(() => {});
        return;
      }
      if (admittedEarly) {
        snapshot = admittedEarly;
        admittedEarly = null;
      } else if (snapshot?.queuePosition != null) {
        showQueued(snapshot);
        return;
      }
      showEntered(snapshot);
    }
    // Separate from entering so a failed catch-up is simply retried by the next sync.
    if (stale) await catchUp(confirmed);
    if (destroyed) return;
    confirmed = Math.max(confirmed, chat.lastSequence());
    stale = false;
  }

  function showEntered(snapshot) {
    entered = true;
    queued = false;
    queuePanel.hide();
    layout.hidden = false;
    capacityLine.setQueued(false);
    capacityLine.update(snapshot);
    mutedNotice(form, snapshot);
    presence.reset(snapshot?.visitors, snapshot?.count, snapshot?.presenceVersion);
    chat.add(snapshot?.messages ?? [], { forceScroll: !stale });
    for (const resolve of enteredWaiters.splice(0)) resolve();
  }

  function showQueued(snapshot) {
    queued = true;
    layout.hidden = true;
    // The queue panel says the place and the length of the line; the capacity line then only says how full it is.
    capacityLine.setQueued(true);
    capacityLine.update(snapshot);
    queuePanel.show(snapshot);
  }

  /** The booth let this connection in from its queue: the snapshot is what entering would have returned. */
  function onAdmitted(snapshot) {
    if (destroyed || !snapshot || String(snapshot.booth?.id) !== boothId) return;
    if (entering) {
      admittedEarly = snapshot;
      return;
    }
    if (!queued) return;
    showEntered(snapshot);
    // Inside now: fetch what was said since a drop before the wait, as after any entry.
    enqueue(sync);
    document.getElementById('chat-input')?.focus({ preventScroll: true });
  }

  async function leaveQueue() {
    leftQueue = true;
    await hub.leaveBooth(boothId);
    // Let in just before leaving would have been leaving the booth itself.
    queued = false;
    entered = false;
    layout.hidden = true;
    // Out of the booth and its line: its counts no longer reach this page, so they are not shown stale.
    capacityLine.hide();
  }

  async function catchUp(afterSequence) {
    let from = afterSequence;
    for (;;) {
      const page = await hub.chatSince(boothId, from);
      if (destroyed) return;
      const messages = Array.isArray(page) ? page : [];
      chat.add(messages);
      if (messages.length < hub.CHAT_PAGE_SIZE) {
        // Connected throughout, so live events filled everything before this page.
        if (entered && !stale) confirmed = Math.max(confirmed, chat.lastSequence());
        return;
      }
      from = Number(messages[messages.length - 1].sequence);
    }
  }

  function onSyncError(err) {
    if (destroyed) return;
    if (err?.code === 'unauthorized') {
      expire();
    } else if (err?.code === 'booth_not_found') {
      body.replaceChildren(notFound());
    } else if (err?.transient) {
      // A dropped connection re-syncs by itself; a slow server gets another try.
      setTimeout(() => {
        if (!destroyed && hub.getState() === 'connected') enqueue(sync);
      }, 3000);
    } else {
      form?.setError(describeError(err));
    }
  }

  function whenEntered() {
    if (entered) return Promise.resolve();
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new hub.HubError('timeout', '', true)), ENTER_WAIT_MS);
      enteredWaiters.push(() => {
        clearTimeout(timer);
        resolve();
      });
    });
  }

  async function send(text) {
    const id = failedSend?.text === text ? failedSend.id : newId();
    failedSend = null;
    const line = renderPending(id, text);
    pendingList.append(line);
    try {
      const sequence = await hub.sendChat(boothId, id, text, { ready: whenEntered });
      // The echo normally arrives as a ChatMessage event; if it got lost, fetch it.
      if (!destroyed && !chat.has(sequence)) enqueue(() => entered && catchUp(Number(sequence) - 1));
    } catch (err) {
      if (err?.transient) failedSend = { text, id };
      if (err?.code === 'unauthorized') expire();
      throw err;
    } finally {
      line.remove();
    }
  }

  function destroy() {
    destroyed = true;
    for (const off of cleanups.splice(0)) off();
    if (entered || queued) hub.leaveBooth(boothId).catch(() => {});
    entered = false;
    queued = false;
  }

  return { mount, destroy };
}

/** The booth's staff and organisers may cap it; the server checks again. */
function mayCap(user, boothId) {
  return Boolean(user?.roles?.includes('organiser') || user?.booths?.some((b) => b.boothId === boothId));
}

function renderHeader(booth, expo) {
  const header = el('header', { class: 'booth-header' });
  const pavilion = expo?.pavilions?.find((p) => p.id === booth.pavilionId);
  if (pavilion) header.append(bindText(el('p', { class: 'eyebrow' }), () => pick(pavilion.name)));
  header.append(bindText(el('h1', { id: 'booth-name', tabindex: '-1' }), () => pick(booth.name)));
  if ((booth.fields ?? []).length) header.append(fieldBadges(booth.fields, expo));
  if (booth.tagline && pick(booth.tagline)) header.append(bindText(el('p', { class: 'booth-tagline lead' }), () => pick(booth.tagline)));
  if (booth.description) {
    const desc = el('p', { class: 'booth-description' });
    desc.append(bindText(el('span'), () => pick(booth.description)));
    if (booth.sample) desc.append(' ', sampleTag());
    header.append(desc);
  }
  header.append(...boothDetails(booth));
  header.append(negotiateLink(booth.id));
  return header;
}

function notFound() {
  return el(
    'div',
    { class: 'notice' },
    bindText(el('h1', { id: 'booth-name', tabindex: '-1' }), () => t('booth.notFoundTitle')),
    bindText(el('p'), () => t('booth.notFound')),
  );
}

function renderPending(clientMessageId, text) {
  return el(
    'li',
    { class: 'chat-line is-mine is-pending', 'data-client-id': clientMessageId },
    bindText(el('div', { class: 'chat-meta' }), () => t('chat.sending')),
    el('p', { class: 'pending-text' }, text),
  );
}

function createConnectionState() {
  const label = el('span');
  const root = el(
    'p',
    { id: 'connection-state', class: 'connection-state', role: 'status' },
    el('span', { class: 'connection-dot', 'aria-hidden': 'true' }),
    label,
  );
  bindText(label, () => {
    const state = hub.getState();
    return t(state === 'disconnected' && !hub.hasConnected() ? 'conn.connecting' : `conn.${state}`);
  });
  function update() {
    root.dataset.state = hub.getState();
    refresh(label);
  }
  update();
  return { root, update };
}
