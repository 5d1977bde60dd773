// #/session/{id}: one session with its stream link, speakers and the live Q&A.

import { getPlan, getSession } from '../agenda-api.js';
import { ApiError, getExpoCached } from '../api.js';
import { el } from '../dom.js';
import { bindText, pick, setTitle, t } from '../i18n.js';
import * as hub from '../hub.js';
import { ensureUser } from '../session.js';
import { EXPO_TIME_ZONE, placeName, planToggle, sessionTime, speakerList } from './agenda-parts.js';
import { errorBlock, loading } from './common.js';
import { createGuestForm } from './guest.js';
import { createQnaPanel } from './qna-panel.js';

export function createSessionView(sessionId) {
  let qna = null;
  let destroyed = false;
  return {
    async mount(main) {
      setTitle(() => t('agenda.heading'));
      const back = bindText(el('a', { href: '#/agenda', class: 'back-link' }), () => t('agenda.back'));
      const root = el('article', { class: 'session-page' }, back, loading());
      main.append(root);
      let session;
      let expo;
      let user;
      try {
        [session, expo, user] = await Promise.all([getSession(sessionId), getExpoCached().catch(() => null), ensureUser().catch(() => null)]);
      } catch (err) {
        const notFound = err instanceof ApiError && err.status === 404;
        const message = () => t(notFound ? 'session.notFound' : 'session.loadError');
        root.replaceChildren(...[back, bindText(el('h1', { tabindex: '-1' }), message), notFound ? null : errorBlock(message, () => location.reload())].filter(Boolean));
        return;
      }
      if (destroyed) return;
      setTitle(() => pick(session.title));
      const pavilions = new Map((expo?.pavilions ?? []).map((p) => [p.id, p]));
      const status = el('p', { class: 'visually-hidden', role: 'status', 'aria-live': 'polite', id: 'session-status' });
      const stream = session.streamUrl
        ? el('p', {}, el('a', { href: session.streamUrl, target: '_blank', rel: 'noopener noreferrer', class: 'button', id: 'session-stream' },
            bindText(el('span'), () => t('session.watch')), ' ', bindText(el('span', { class: 'visually-hidden' }), () => t('session.watchHint'))))
        : bindText(el('p', { class: 'muted' }), () => t('session.noStream'));
      const body = el('div', { class: 'session-live' });
      root.replaceChildren(...[
        back,
        bindText(el('h1', { tabindex: '-1' }), () => pick(session.title)),
        session.cancelled ? bindText(el('p', { class: 'notice notice--error', role: 'note' }), () => t('session.cancelledNotice')) : null,
        sessionTime(session, EXPO_TIME_ZONE),
        bindText(el('p', { class: 'session-place' }), () => `${t('agenda.place')}: ${placeName(session.place, pavilions)}`),
        speakerList(session),
        bindText(el('p', { class: 'session-description' }), () => pick(session.description)),
        stream,
        status,
        body,
      ].filter(Boolean));

      const live = async (visitor) => {
        if (destroyed) return;
        const plan = new Set(await getPlan().catch(() => []));
        if (!session.cancelled) body.append(el('p', {}, planToggle(session, plan, status)));
        if (!hub.isAvailable()) {
          body.append(errorBlock(() => t('error.noRealtime')));
          return;
        }
        qna = createQnaPanel(session, visitor);
        body.append(qna.root);
        try {
          await qna.start();
        } catch (err) {
          body.append(errorBlock(() => t('session.loadError')));
          console.error(err);
        }
      };
      if (user) {
        await live(user);
        return;
      }
      const guest = createGuestForm({
        onDone: (signedIn) => {
          body.replaceChildren();
          live(signedIn).then(() => document.getElementById('qna-text')?.focus());
        },
        intro: 'guest.introElsewhere',
      });
      body.replaceChildren(guest.root);
    },
    destroy() {
      destroyed = true;
      qna?.destroy();
    },
  };
}
