// Pieces shared by the agenda and session pages: times in the reader's zone with the expo's noted, places, speakers,
// and the plan toggle.

import { addToPlan, removeFromPlan } from '../agenda-api.js';
import { el } from '../dom.js';
import { describeError } from '../errors.js';
import { bindAttr, bindText, locale, pick, t } from '../i18n.js';

export const MAIN_STAGE = 'main-stage';

/** The expo's zone, as GET /api/agenda names it; a single session's answer does not repeat it. */
export const EXPO_TIME_ZONE = 'Asia/Shanghai';

function range(session, timeZone) {
  const day = new Intl.DateTimeFormat(locale(), { weekday: 'short', day: 'numeric', month: 'short', timeZone });
  const time = new Intl.DateTimeFormat(locale(), { hour: '2-digit', minute: '2-digit', timeZone });
  const start = new Date(session.startsAt);
  return `${day.format(start)} ${time.format(start)}–${time.format(new Date(session.endsAt))}`;
}

/** The reader's local day of a session, as a sortable key and a label. */
export function localDay(iso) {
  const d = new Date(iso);
  const key = `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
  return { key, label: () => d.toLocaleDateString(locale(), { weekday: 'long', day: 'numeric', month: 'long' }) };
}

/** When: in the reader's zone, then in the expo's, each following the language. */
export function sessionTime(session, expoZone) {
  const local = bindText(el('time', { datetime: session.startsAt, class: 'session-time' }), () => range(session));
  const expo = bindText(el('span', { class: 'muted session-expo-time' }), () =>
    t('agenda.expoZone', { zone: expoZone, time: range(session, expoZone) }),
  );
  const parts = [local, ' ', expo];
  if (session.sample) {
    const tag = bindText(el('span', { class: 'sample-tag' }), () => t('agenda.sample'));
    parts.push(' ', bindAttr(tag, 'title', () => t('agenda.sampleTitle')));
  }
  return el('p', { class: 'session-when' }, ...parts);
}

export function placeName(place, pavilions) {
  if (place === MAIN_STAGE) return t('agenda.mainStage');
  return pick(pavilions.get(place)?.name) || place;
}

export function speakerList(session) {
  if (!session.speakers.length) return null;
  const list = el('ul', { class: 'speakers' });
  bindAttr(list, 'aria-label', () => t('agenda.speakers'));
  for (const speaker of session.speakers) {
    const role = bindText(el('span', { class: 'muted' }), () =>
      [pick(speaker.role), pick(speaker.organisationName ?? speaker.organisation)].filter(Boolean).join(t('journey.listJoin')),
    );
    list.append(el('li', { class: 'speaker' }, el('strong', {}, speaker.name), ' ', role));
  }
  return list;
}

/**
 * A button that adds the session to the visitor's plan or takes it out; `plan` is the shared set of planned ids.
 * `status` is a live region that says what happened.
 */
export function planToggle(session, plan, status) {
  const button = el('button', { type: 'button', class: 'button plan-toggle', 'data-plan': session.id });
  const render = () => {
    const planned = plan.has(session.id);
    button.setAttribute('aria-pressed', String(planned));
    bindText(button, () => t(planned ? 'plan.remove' : 'plan.add'));
  };
  render();
  // The same session can be listed twice on a page (up next, and in the schedule): every copy follows.
  button._renderPlan = render;
  button.addEventListener('click', async () => {
    // aria-disabled, not disabled: a disabled button loses keyboard focus to the page body.
    if (button.getAttribute('aria-disabled') === 'true') return;
    const planned = plan.has(session.id);
    button.setAttribute('aria-disabled', 'true');
    try {
      const ids = await (planned ? removeFromPlan(session.id) : addToPlan(session.id));
      plan.clear();
      for (const id of ids) plan.add(id);
      for (const copy of document.querySelectorAll(`[data-plan="${CSS.escape(session.id)}"]`)) copy._renderPlan?.();
      bindText(status, () => t(plan.has(session.id) ? 'plan.added' : 'plan.removed'));
    } catch (err) {
      status.textContent = describeError(err);
    } finally {
      button.removeAttribute('aria-disabled');
    }
  });
  return button;
}

/** One session in a list: title linking to its page, when, where, who, and the plan toggle when there is a visitor. */
export function sessionCard(session, { expoZone, pavilions, plan, status, headingLevel = 'h3', onEdit, onCancel }) {
  const title = bindText(el('a', { href: `#/session/${encodeURIComponent(session.id)}` }), () => pick(session.title));
  const item = el(
    'li',
    { class: session.cancelled ? 'session-card session-card--cancelled' : 'session-card', 'data-session': session.id },
    el(headingLevel, { class: 'h-small' }, title),
    session.cancelled ? bindText(el('p', { class: 'badge badge--cancelled' }), () => t('agenda.cancelled')) : null,
    sessionTime(session, expoZone),
    bindText(el('p', { class: 'session-place' }), () => `${t('agenda.place')}: ${placeName(session.place, pavilions)}`),
    speakerList(session),
  );
  if (plan && !session.cancelled) item.append(planToggle(session, plan, status));
  if (onEdit && !session.cancelled) {
    const edit = bindText(el('button', { type: 'button', class: 'button', 'data-edit': session.id }), () => t('editor.edit'));
    edit.addEventListener('click', () => onEdit(session));
    const cancel = bindText(el('button', { type: 'button', class: 'button', 'data-cancel': session.id }), () => t('editor.cancel'));
    cancel.addEventListener('click', () => onCancel(session));
    item.append(el('div', { class: 'actions' }, edit, cancel));
  }
  return item;
}
