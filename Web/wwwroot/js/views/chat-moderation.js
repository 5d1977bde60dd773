// The menu on each chat line: staff and organisers remove a line or mute or ban its author, visitors report it.
// Each action asks for a reason in a small inline form, so it stays keyboard usable and readable on a phone.

import { el, newId } from '../dom.js';
import { bindAttr, bindText, t } from '../i18n.js';
import * as moderation from '../moderation-api.js';
import { busy, field, select, statusLine } from './form-parts.js';

const DURATIONS = [['15', 'mod.duration.15'], ['60', 'mod.duration.60'], ['1440', 'mod.duration.1440'], ['', 'mod.duration.forever']];
const CATEGORIES = ['spam', 'abuse', 'harassment', 'fraud', 'inappropriate', 'other'];

/** A decorator for the chat log, or null when the user has nothing to do with other people's lines. */
export function chatModeration(boothId, user) {
  if (!user) return null;
  const organiser = user.roles?.includes('organiser');
  const staff = organiser || (user.booths ?? []).some((b) => b.boothId === boothId);
  return (line, message) => {
    if (message.senderId === user.visitorId) return;
    const actions = staff
      ? [['remove', () => t('mod.remove')], ['mute', () => t('mod.mute', { name: message.senderName })], ['ban', () => t('mod.ban', { name: message.senderName })]]
      : [['report', () => t('mod.report')]];
    const bar = el('div', { class: 'chat-actions' });
    bindAttr(bar, 'aria-label', () => t('mod.actions', { name: message.senderName }));
    bar.setAttribute('role', 'group');
    for (const [kind, label] of actions) {
      const button = bindText(el('button', { type: 'button', class: 'link-button chat-action', 'data-action': kind }), label);
      button.addEventListener('click', () => open(line, bar, kind, message, boothId, organiser));
      bar.append(button);
    }
    line.append(bar);
  };
}

function open(line, bar, kind, message, boothId, organiser) {
  line.querySelector('.chat-action-form')?.remove();
  const status = statusLine(`mod-status-${message.sequence}`);
  const reason = kind === 'report'
    ? field('mod.details', { maxlength: 500 }, { multiline: true })
    : field('mod.reason', { maxlength: 500, required: true, class: 'mod-reason' }, { multiline: true });
  const extra = [];
  let duration;
  let scope;
  let category;
  if (kind === 'mute' || kind === 'ban') {
    duration = select('mod.duration', DURATIONS);
    extra.push(duration.wrapper);
    if (organiser) {
      scope = select('mod.scope', [['booth', 'mod.scope.booth'], ['expo', 'mod.scope.expo']]);
      extra.push(scope.wrapper);
    }
  }
  if (kind === 'report') {
    category = select('mod.category', CATEGORIES.map((c) => [c, `mod.category.${c}`]));
    extra.push(category.wrapper);
  }
  const cancel = bindText(el('button', { type: 'button', class: 'button' }), () => t('mod.cancel'));
  const submit = bindText(el('button', { type: 'submit', class: 'button button--primary' }), () => t('mod.confirm'));
  const form = el('form', { class: 'chat-action-form' }, ...extra, reason.wrapper, status.node, el('div', { class: 'actions' }, submit, cancel));
  const operationId = newId();
  cancel.addEventListener('click', () => {
    form.remove();
    bar.querySelector(`[data-action="${kind}"]`)?.focus();
  });
  form.addEventListener('keydown', (event) => {
    if (event.key !== 'Escape') return;
    event.preventDefault();
    cancel.click();
  });
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    const text = reason.control.value.trim();
    if (kind !== 'report' && !text) {
      status.fail({ code: 'invalid_input', status: 400, detail: t('mod.reasonMissing') });
      reason.control.focus();
      return;
    }
    status.clear();
    await busy(form, async () => {
      try {
        if (kind === 'remove') await moderation.removeMessage(boothId, message.sequence, operationId, text);
        else if (kind === 'report') await moderation.report(boothId, { operationId, sequence: message.sequence, category: category.control.value, text: text || null });
        else {
          await moderation.sanction({
            operationId,
            kind,
            visitorId: message.senderId,
            visitorName: message.senderName,
            boothId: scope?.control.value === 'expo' ? null : boothId,
            durationMinutes: duration.control.value ? Number(duration.control.value) : null,
            reason: text,
          });
        }
        status.ok(t(kind === 'report' ? 'mod.reported' : 'mod.done'));
        submit.disabled = true;
        setTimeout(() => form.remove(), 1500);
      } catch (err) {
        status.fail(err);
      }
    });
  });
  line.append(form);
  (extra[0]?.querySelector('select') ?? reason.control).focus();
}
