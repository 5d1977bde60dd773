// A small inline form that asks for a reason before a moderation step, shared by the organisers' page.

import { el, newId } from '../dom.js';
import { bindText, t } from '../i18n.js';
import { busy, field, statusLine } from './form-parts.js';

/** A button that opens a reason form; `act(operationId, reason)` runs on confirm, then `done()`. */
export function reasonAction(labelFn, act, done, props = {}) {
  const wrap = el('div', { class: 'reason-action' });
  const button = bindText(el('button', { type: 'button', class: 'button', ...props }), labelFn);
  button.addEventListener('click', () => {
    wrap.querySelector('form')?.remove();
    const reason = field('mod.reason', { maxlength: 500, required: true, class: 'mod-reason' }, { multiline: true });
    const status = statusLine(null);
    const submit = bindText(el('button', { type: 'submit', class: 'button button--primary' }), () => t('mod.confirm'));
    const cancel = bindText(el('button', { type: 'button', class: 'button' }), () => t('mod.cancel'));
    const form = el('form', { class: 'chat-action-form' }, reason.wrapper, status.node, el('div', { class: 'actions' }, submit, cancel));
    const operationId = newId();
    cancel.addEventListener('click', () => {
      form.remove();
      button.focus();
    });
    form.addEventListener('submit', async (event) => {
      event.preventDefault();
      const text = reason.control.value.trim();
      if (!text) {
        status.fail({ code: 'invalid_input', status: 400, detail: t('mod.reasonMissing') });
        return;
      }
      await busy(form, async () => {
        try {
          await act(operationId, text);
          done();
        } catch (err) {
          status.fail(err);
        }
      });
    });
    wrap.append(form);
    reason.control.focus();
  });
  wrap.prepend(button);
  return wrap;
}
