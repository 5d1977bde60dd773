// #/agenda: the expo's sessions by day and place, what is on stage now and what comes next, and the visitor's plan.

import { getAgenda, getPlan } from '../agenda-api.js';
import { getExpoCached } from '../api.js';
import { el } from '../dom.js';
import { bindAttr, bindText, setTitle, t } from '../i18n.js';
import { ensureUser } from '../session.js';
import { MAIN_STAGE, localDay, placeName, sessionCard } from './agenda-parts.js';
import { errorBlock, loading } from './common.js';
import { createAgendaEditor } from './agenda-editor.js';
import { createGuestForm } from './guest.js';
import { createMeetingsPanel } from './meetings-panel.js';

const TICK_MS = 30000;
const UP_NEXT = 3;

export function createAgendaView() {
  let timer = 0;
  return {
    async mount(main) {
      setTitle(() => t('agenda.heading'));
      const heading = bindText(el('h1', { tabindex: '-1' }), () => t('agenda.heading'));
      const root = el('div', { class: 'agenda' }, heading, loading());
      main.append(root);
      let agenda;
      let expo;
      let user;
      try {
        [agenda, expo, user] = await Promise.all([getAgenda(), getExpoCached().catch(() => null), ensureUser().catch(() => null)]);
      } catch {
        root.replaceChildren(heading, errorBlock(() => t('agenda.loadError'), () => location.reload()));
        return;
      }
      const plan = user ? new Set(await getPlan().catch(() => [])) : null;
      const pavilions = new Map((expo?.pavilions ?? []).map((p) => [p.id, p]));
      const status = el('p', { class: 'visually-hidden', role: 'status', 'aria-live': 'polite', id: 'agenda-status' });
      const organiser = Boolean(user?.roles?.includes('organiser'));
      const context = { expoZone: agenda.timeZone, pavilions, plan, status };

      let days = [];
      const daySelect = el('select', { id: 'agenda-day' });
      const placeSelect = el('select', { id: 'agenda-place' });
      // The filters offer the days and places the agenda has; a reload after an edit keeps what was chosen.
      const fillFilters = () => {
        days = [...new Map(agenda.sessions.map((s) => [localDay(s.startsAt).key, localDay(s.startsAt)])).values()];
        const places = [...new Set([MAIN_STAGE, ...agenda.sessions.map((s) => s.place)])];
        const [day, place] = [daySelect.value, placeSelect.value];
        daySelect.replaceChildren(bindText(el('option', { value: '' }), () => t('agenda.allDays')),
          ...days.map((d) => bindText(el('option', { value: d.key }), d.label)));
        placeSelect.replaceChildren(bindText(el('option', { value: '' }), () => t('agenda.allPlaces')),
          ...places.map((p) => bindText(el('option', { value: p }), () => placeName(p, pavilions))));
        daySelect.value = days.some((d) => d.key === day) ? day : '';
        placeSelect.value = places.includes(place) ? place : '';
      };
      fillFilters();
      const filters = el(
        'form',
        { class: 'filters agenda-filters', role: 'search', onsubmit: (e) => e.preventDefault() },
        el('div', { class: 'field' }, bindText(el('label', { for: 'agenda-day' }), () => t('agenda.filterDay')), daySelect),
        el('div', { class: 'field' }, bindText(el('label', { for: 'agenda-place' }), () => t('agenda.filterPlace')), placeSelect),
      );
      bindAttr(filters, 'aria-label', () => t('agenda.schedule'));

      const now = el('section', { class: 'panel', 'aria-labelledby': 'agenda-now-heading', id: 'agenda-now' });
      const next = el('section', { class: 'panel', 'aria-labelledby': 'agenda-next-heading', id: 'agenda-next' });
      const schedule = el('section', { 'aria-labelledby': 'agenda-schedule-heading', id: 'agenda-schedule' });

      const drawLive = () => {
        // Redrawn with the clock: a focused plan button keeps the focus in its new copy.
        const focused = now.contains(document.activeElement) || next.contains(document.activeElement) ? document.activeElement : null;
        const refocus = focused?.dataset.plan ? `[data-plan="${CSS.escape(focused.dataset.plan)}"]` : null;
        const section = focused && now.contains(focused) ? now : next;
        const at = Date.now();
        const live = agenda.sessions.filter((s) => !s.cancelled && Date.parse(s.startsAt) <= at && at < Date.parse(s.endsAt));
        const coming = agenda.sessions.filter((s) => !s.cancelled && Date.parse(s.startsAt) > at).slice(0, UP_NEXT);
        now.replaceChildren(
          bindText(el('h2', { id: 'agenda-now-heading' }), () => t('agenda.now')),
          live.length
            ? el('ul', { class: 'session-list' }, ...live.map((s) => sessionCard(s, context)))
            : bindText(el('p', { class: 'muted' }), () => t('agenda.nowNone')),
        );
        next.replaceChildren(
          bindText(el('h2', { id: 'agenda-next-heading' }), () => t('agenda.next')),
          coming.length
            ? el('ul', { class: 'session-list' }, ...coming.map((s) => sessionCard(s, context)))
            : bindText(el('p', { class: 'muted' }), () => t('agenda.nextNone')),
        );
        if (refocus) section.querySelector(refocus)?.focus();
      };
      const drawSchedule = () => {
        const shown = agenda.sessions.filter(
          (s) => (!daySelect.value || localDay(s.startsAt).key === daySelect.value) && (!placeSelect.value || s.place === placeSelect.value),
        );
        const groups = [];
        for (const day of days.filter((d) => shown.some((s) => localDay(s.startsAt).key === d.key))) {
          const sessions = shown.filter((s) => localDay(s.startsAt).key === day.key);
          groups.push(bindText(el('h3', {}), day.label), el('ul', { class: 'session-list' }, ...sessions.map((s) => sessionCard(s, { ...context, headingLevel: 'h4' }))));
        }
        schedule.replaceChildren(
          bindText(el('h2', { id: 'agenda-schedule-heading' }), () => t('agenda.schedule')),
          ...(groups.length ? groups : [bindText(el('p', { class: 'muted' }), () => t('agenda.none'))]),
        );
      };
      let editor = null;
      if (organiser) {
        editor = createAgendaEditor({
          places: [MAIN_STAGE],
          pavilions,
          onSaved: async () => {
            agenda = await getAgenda();
            fillFilters();
            drawLive();
            drawSchedule();
          },
        });
        context.onEdit = (session) => editor.edit(session);
        context.onCancel = (session) => editor.cancel(session);
      }
      daySelect.addEventListener('change', drawSchedule);
      placeSelect.addEventListener('change', drawSchedule);
      drawLive();
      drawSchedule();
      root.replaceChildren(...[
        heading,
        bindText(el('p', { class: 'lead' }), () => t('agenda.intro')),
        user ? null : guestPanel(),
        status,
        createMeetingsPanel(user),
        now,
        next,
        filters,
        schedule,
        editor?.root,
      ].filter(Boolean));
      // "Now" and "next" move on with the clock.
      timer = setInterval(drawLive, TICK_MS);
    },
    destroy() {
      clearInterval(timer);
    },
  };
}

/** Anonymous readers may enter as a guest here to keep a plan; the page then draws again with their plan. */
function guestPanel() {
  const hint = bindText(el('p', { class: 'muted' }), () => t('plan.signInFirst'));
  const guest = createGuestForm({ onDone: () => window.dispatchEvent(new HashChangeEvent('hashchange')), intro: 'guest.introElsewhere' });
  return el('div', { class: 'agenda-guest' }, hint, guest.root);
}
