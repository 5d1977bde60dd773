// The parties' private chat in a negotiation room: lines by sequence, live over the hub, retried sends.

import * as hub from '../hub.js';
import { el, newId } from '../dom.js';
import { bindAttr, bindText, locale, pick, t } from '../i18n.js';
import { statusLine } from './form-parts.js';

const SEND_ATTEMPTS = 5;

export function negotiationChat(negotiationId, partyNames) {
  const lines = new Map();
  const log = el('ol', { class: 'chat-log negotiation-chat-log', id: 'negotiation-chat-log', 'aria-live': 'polite' });
  bindAttr(log, 'aria-label', () => t('negotiation.chatLog'));
  const input = el('textarea', { id: 'negotiation-chat-input', rows: 2, maxlength: 2000, required: true });
  const status = statusLine('negotiation-chat-status');
  const send = bindText(el('button', { type: 'submit', class: 'button button--primary' }), () => t('chat.send'));
  const form = el(
    'form',
    { class: 'chat-form' },
    bindText(el('label', { for: 'negotiation-chat-input' }), () => t('chat.label')),
    input,
    status.node,
    el('div', { class: 'actions' }, send),
  );

  function render() {
    const sorted = [...lines.values()].sort((a, b) => a.sequence - b.sequence);
    log.replaceChildren(
      ...sorted.map((m) =>
        el(
          'li',
          { class: 'chat-line', 'data-sequence': m.sequence },
          el('span', { class: 'chat-sender' }, pick(partyNames.get(m.partyId)) || m.partyId),
          ' ',
          el('time', { datetime: m.sentAt }, new Date(m.sentAt).toLocaleTimeString(locale())),
          el('p', { class: 'chat-text' }, m.text),
        ),
      ),
    );
    if (sorted.length === 0) log.append(bindText(el('li', { class: 'muted' }), () => t('negotiation.chatEmpty')));
  }

  function add(messages) {
    for (const m of messages) lines.set(m.sequence, m);
    render();
  }

  const last = () => Math.max(0, ...lines.keys());

  async function catchUp() {
    for (;;) {
      const page = await hub.invoke('NegotiationMessagesSince', negotiationId, last());
      add(page);
      if (page.length < hub.CHAT_PAGE_SIZE) return;
    }
  }

  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    const text = input.value.trim();
    if (!text) return;
    const operationId = newId();
    status.clear();
    send.disabled = true;
    try {
      for (let attempt = 1; ; attempt++) {
        try {
          await hub.whenConnected(15000);
          await hub.invoke('SendNegotiationMessage', negotiationId, operationId, text);
          input.value = '';
          break;
        } catch (err) {
          if (!err.transient || attempt >= SEND_ATTEMPTS) throw err;
          await new Promise((resolve) => setTimeout(resolve, 500 * attempt));
        }
      }
    } catch (err) {
      status.fail(err);
    } finally {
      send.disabled = false;
    }
  });
  input.addEventListener('keydown', (event) => {
    if (event.key === 'Enter' && !event.shiftKey) {
      event.preventDefault();
      form.requestSubmit();
    }
  });

  render();
  const section = el(
    'section',
    { class: 'panel negotiation-chat', 'aria-labelledby': 'negotiation-chat-heading' },
    bindText(el('h2', { id: 'negotiation-chat-heading' }), () => t('negotiation.chat')),
    log,
    form,
  );
  return { section, add, catchUp };
}
