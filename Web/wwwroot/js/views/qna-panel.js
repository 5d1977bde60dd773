// The live Q&A of a session: ask, upvote (once each, toggled), and, for its speakers and organisers, moderate.
// The list follows QuestionChanged events from the hub, keeping the newest copy of each question.

import * as hub from '../hub.js';
import { el, newId } from '../dom.js';
import { describeError } from '../errors.js';
import { bindAttr, bindText, t } from '../i18n.js';

const MAX_LENGTH = 300;
const ATTEMPTS = 5;

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/** Invokes with retries on transient failures; the operation id makes a retry apply once. */
async function command(method, ...args) {
  for (let attempt = 1; ; attempt++) {
    try {
      await hub.whenConnected(15000);
      return await hub.invoke(method, ...args);
    } catch (err) {
      if (!err.transient || attempt >= ATTEMPTS) throw err;
      await sleep(500 * attempt);
    }
  }
}

export function createQnaPanel(session, user) {
  const questions = new Map(); // id -> { version, question }
  const myVotes = new Set();
  const moderator = user.roles?.includes('organiser') || session.speakers.some((s) => s.accountId && s.accountId === user.visitorId);
  const offs = [];
  let opened = false;

  const heading = bindText(el('h2', { id: 'qna-heading' }), () => t('qna.heading'));
  const status = el('p', { class: 'visually-hidden', role: 'status', 'aria-live': 'polite', id: 'qna-status' });
  const input = el('input', {
    id: 'qna-text', type: 'text', maxlength: MAX_LENGTH, autocomplete: 'off', 'aria-describedby': 'qna-hint qna-error',
  });
  const error = el('p', { id: 'qna-error', class: 'field-error', role: 'alert' });
  const submit = bindText(el('button', { type: 'submit', class: 'button button--primary', id: 'qna-ask' }), () => t('qna.ask'));
  const form = el(
    'form',
    { id: 'qna-form', novalidate: true },
    el('div', { class: 'field' },
      bindText(el('label', { for: 'qna-text' }), () => t('qna.label')),
      input,
      bindText(el('p', { id: 'qna-hint', class: 'hint' }), () => t('qna.hint'))),
    error,
    el('div', { class: 'actions' }, submit),
  );
  const list = el('ol', { id: 'qna-list', class: 'qna-list' });
  bindAttr(list, 'aria-label', () => t('qna.list'));
  const empty = bindText(el('p', { class: 'muted', id: 'qna-empty' }), () => t('qna.empty'));
  const root = el(
    'section',
    { class: 'panel qna', 'aria-labelledby': 'qna-heading' },
    heading,
    bindText(el('p', { class: 'muted' }), () => t('qna.intro')),
    session.cancelled ? null : form,
    status,
    empty,
    list,
  );

  const apply = (version, question) => {
    const known = questions.get(question.id);
    if (known && known.version >= version) return false;
    questions.set(question.id, { version, question });
    return true;
  };

  const draw = () => {
    const focusedId = document.activeElement?.closest?.('[data-question]')?.dataset.question;
    const focusedAction = document.activeElement?.dataset?.action;
    const visible = [...questions.values()].map((v) => v.question).filter((q) => !q.hidden);
    visible.sort((a, b) => b.votes - a.votes || Date.parse(a.askedAt) - Date.parse(b.askedAt));
    list.replaceChildren(...visible.map(item));
    empty.hidden = visible.length > 0;
    // Keep keyboard focus on the same control after the list reorders.
    if (focusedId) list.querySelector(`[data-question="${CSS.escape(focusedId)}"] [data-action="${focusedAction}"]`)?.focus();
  };

  const item = (q) => {
    const mine = q.askerId === user.visitorId;
    const voted = myVotes.has(q.id);
    const votes = bindText(el('span', { class: 'qna-votes', 'data-votes': q.votes }), () => t('qna.votes', { count: q.votes }));
    const vote = bindText(
      el('button', { type: 'button', class: 'button qna-vote', 'data-action': 'vote', 'aria-pressed': String(voted), disabled: mine || session.cancelled }),
      () => t(voted ? 'qna.upvoted' : 'qna.upvote'),
    );
    bindAttr(vote, 'aria-label', () => t('qna.upvoteLabel', { text: q.text }));
    vote.addEventListener('click', () => run('VoteQuestion', q.id, !voted, () => (voted ? myVotes.delete(q.id) : myVotes.add(q.id))));
    const li = el(
      'li',
      { class: q.answered ? 'qna-item qna-item--answered' : 'qna-item', 'data-question': q.id },
      el('p', { class: 'qna-text' }, q.text),
      el('p', { class: 'muted' }, bindText(el('span'), () => t('qna.by', { name: q.askerName })), ' · ', votes,
        q.answered ? el('span', {}, ' · ', bindText(el('strong', { class: 'badge' }), () => t('qna.answered'))) : null),
      el('div', { class: 'actions' }, vote),
    );
    if (moderator) {
      const answer = bindText(el('button', { type: 'button', class: 'button', 'data-action': 'answer' }), () =>
        t(q.answered ? 'qna.markUnanswered' : 'qna.markAnswered'));
      answer.addEventListener('click', () => moderate(q.id, q.answered ? 'unanswered' : 'answered'));
      const hide = bindText(el('button', { type: 'button', class: 'button', 'data-action': 'hide' }), () => t('qna.hide'));
      hide.addEventListener('click', () => moderate(q.id, 'hidden'));
      li.lastChild.append(answer, hide);
    }
    return li;
  };

  async function run(method, questionId, vote, onDone) {
    try {
      await command(method, session.id, newId(), questionId, vote);
      // The count follows with the QuestionChanged event, which carries the version to order it by.
      onDone();
      draw();
    } catch (err) {
      status.textContent = describeError(err);
    }
  }

  async function moderate(questionId, action) {
    try {
      await command('ModerateQuestion', session.id, newId(), questionId, action);
    } catch (err) {
      status.textContent = describeError(err);
    }
  }

  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    const text = input.value.trim();
    error.textContent = '';
    if (!text || text.length > MAX_LENGTH) {
      error.textContent = t(text ? 'qna.tooLong' : 'qna.required');
      input.setAttribute('aria-invalid', 'true');
      input.focus();
      return;
    }
    input.removeAttribute('aria-invalid');
    submit.disabled = true;
    try {
      const question = await command('AskQuestion', session.id, newId(), text);
      if (!questions.has(question.id)) questions.set(question.id, { version: 0, question });
      draw();
      input.value = '';
      bindText(status, () => t('qna.asked'));
    } catch (err) {
      error.textContent = describeError(err);
    } finally {
      submit.disabled = false;
    }
  });

  async function open() {
    await hub.whenConnected(15000);
    const room = await hub.invoke('OpenSession', session.id);
    opened = true;
    myVotes.clear();
    for (const id of room.qna.myVotes) myVotes.add(id);
    for (const question of room.qna.questions) apply(room.qna.version, question);
    // A question hidden while this page was away is no longer in the board.
    const current = new Set(room.qna.questions.map((q) => q.id));
    for (const [id, known] of questions) if (!current.has(id) && known.version <= room.qna.version) questions.delete(id);
    draw();
    // Tells tests and assistive styling that the list is live from here on.
    root.dataset.live = 'true';
  }

  return {
    root,
    async start() {
      offs.push(
        hub.on('QuestionChanged', (change) => {
          if (change.sessionId !== session.id) return;
          if (apply(change.version, change.question)) draw();
        }),
        hub.on('reconnected', () => open().catch(() => {})),
      );
      hub.start();
      await open();
    },
    destroy() {
      for (const off of offs) off();
      if (opened) hub.invoke('CloseSession', session.id).catch(() => {});
    },
  };
}
