// The organisers' session form on the agenda page: create a session, or edit or cancel one. The server checks every
// field again and answers problem details, shown next to the form.

import { cancelSession, saveSession } from '../agenda-api.js';
import { el } from '../dom.js';
import { describeError } from '../errors.js';
import { bindText, pick, t } from '../i18n.js';
import { MAIN_STAGE, placeName } from './agenda-parts.js';

const pad = (n) => String(n).padStart(2, '0');

/** An ISO instant as a datetime-local value in the reader's zone. */
function toLocalInput(iso) {
  const d = new Date(iso);
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}T${pad(d.getHours())}:${pad(d.getMinutes())}`;
}

function field(id, labelKey, control, hintKey) {
  return el(
    'div',
    { class: 'field' },
    bindText(el('label', { for: id }), () => t(labelKey)),
    control,
    hintKey ? bindText(el('p', { class: 'hint', id: `${id}-hint` }), () => t(hintKey)) : null,
  );
}

/** Speakers as lines of "name; organisation; role in English; role in Chinese; organisation in Chinese". */
function parseSpeakers(text) {
  return text
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean)
    .map((line) => {
      const [name, organisation, roleEn, roleZh, organisationZh] = line.split(';').map((part) => part.trim());
      return {
        name,
        organisation: organisation || null,
        role: roleEn || roleZh ? { en: roleEn || '', zh: roleZh || '' } : null,
        organisationName: organisation && organisationZh ? { en: organisation, zh: organisationZh } : null,
      };
    });
}

const speakerLine = (s) =>
  [s.name, s.organisation ?? '', s.role?.en ?? '', s.role?.zh ?? '', s.organisationName?.zh ?? ''].join('; ').replace(/(; )+$/, '');

export function createAgendaEditor({ places, pavilions, onSaved }) {
  let editing = null;
  const input = (id, props = {}) => el('input', { id, type: 'text', ...props });
  const controls = {
    titleEn: input('session-title-en', { maxlength: 160, required: true }),
    titleZh: input('session-title-zh', { maxlength: 160, required: true, lang: 'zh' }),
    descriptionEn: el('textarea', { id: 'session-description-en', maxlength: 2000, rows: 3, required: true }),
    descriptionZh: el('textarea', { id: 'session-description-zh', maxlength: 2000, rows: 3, required: true, lang: 'zh' }),
    startsAt: input('session-starts', { type: 'datetime-local', required: true }),
    endsAt: input('session-ends', { type: 'datetime-local', required: true }),
    place: el('select', { id: 'session-place' }),
    speakers: el('textarea', { id: 'session-speakers', rows: 3, 'aria-describedby': 'session-speakers-hint' }),
    streamUrl: input('session-stream', { type: 'url', maxlength: 500, placeholder: 'https://', 'aria-describedby': 'session-stream-hint' }),
  };
  for (const place of places) controls.place.append(bindText(el('option', { value: place }), () => placeName(place, pavilions)));
  for (const pavilion of pavilions.values()) {
    if (!places.includes(pavilion.id)) controls.place.append(bindText(el('option', { value: pavilion.id }), () => pick(pavilion.name)));
  }
  const heading = bindText(el('h2', { id: 'agenda-editor-heading' }), () => t(editing ? 'editor.editHeading' : 'editor.heading'));
  const status = el('p', { id: 'agenda-editor-status', role: 'status', 'aria-live': 'polite' });
  const submit = bindText(el('button', { type: 'submit', class: 'button button--primary', id: 'session-save' }), () => t('editor.save'));
  const reset = bindText(el('button', { type: 'button', class: 'button', id: 'session-new' }), () => t('editor.new'));
  const form = el(
    'form',
    { id: 'agenda-editor', class: 'panel', 'aria-labelledby': 'agenda-editor-heading', novalidate: true },
    heading,
    field('session-title-en', 'editor.titleEn', controls.titleEn),
    field('session-title-zh', 'editor.titleZh', controls.titleZh),
    field('session-description-en', 'editor.descriptionEn', controls.descriptionEn),
    field('session-description-zh', 'editor.descriptionZh', controls.descriptionZh),
    el('div', { class: 'field-row' }, field('session-starts', 'editor.starts', controls.startsAt), field('session-ends', 'editor.ends', controls.endsAt)),
    field('session-place', 'agenda.place', controls.place),
    field('session-speakers', 'editor.speakers', controls.speakers, 'editor.speakersHint'),
    field('session-stream', 'editor.stream', controls.streamUrl, 'editor.streamHint'),
    status,
    el('div', { class: 'actions' }, submit, reset),
  );

  const clear = () => {
    editing = null;
    for (const control of Object.values(controls)) if (control.tagName !== 'SELECT') control.value = '';
    controls.place.value = MAIN_STAGE;
    heading.textContent = t('editor.heading');
  };
  reset.addEventListener('click', clear);
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    const start = Date.parse(controls.startsAt.value);
    const end = Date.parse(controls.endsAt.value);
    if (Number.isNaN(start) || Number.isNaN(end)) {
      status.textContent = t('editor.timesRequired');
      return;
    }
    const body = {
      title: { en: controls.titleEn.value, zh: controls.titleZh.value },
      description: { en: controls.descriptionEn.value, zh: controls.descriptionZh.value },
      startsAt: new Date(start).toISOString(),
      endsAt: new Date(end).toISOString(),
      place: controls.place.value,
      speakers: parseSpeakers(controls.speakers.value),
      streamUrl: controls.streamUrl.value.trim() || null,
    };
    submit.disabled = true;
    try {
      const session = await saveSession(editing, body);
      status.textContent = t('editor.saved', { title: pick(session.title) });
      clear();
      onSaved(session);
    } catch (err) {
      status.textContent = describeError(err) + (err.detail ? ` ${err.detail}` : '');
    } finally {
      submit.disabled = false;
    }
  });

  return {
    root: form,
    edit(session) {
      editing = session.id;
      controls.titleEn.value = session.title.en;
      controls.titleZh.value = session.title.zh;
      controls.descriptionEn.value = session.description.en;
      controls.descriptionZh.value = session.description.zh;
      controls.startsAt.value = toLocalInput(session.startsAt);
      controls.endsAt.value = toLocalInput(session.endsAt);
      controls.place.value = session.place;
      controls.speakers.value = session.speakers.map(speakerLine).join('\n');
      controls.streamUrl.value = session.streamUrl ?? '';
      heading.textContent = t('editor.editHeading');
      controls.titleEn.focus();
    },
    async cancel(session) {
      try {
        await cancelSession(session.id);
        status.textContent = t('editor.cancelled', { title: pick(session.title) });
        onSaved(null);
      } catch (err) {
        status.textContent = describeError(err);
      }
    },
  };
}
