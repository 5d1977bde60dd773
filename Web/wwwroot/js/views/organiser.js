// #/organiser: organisers invite a booth's first owner, and see and withdraw the invitations still waiting.

import { createInvitation, getExpoCached } from '../api.js';
import { el, newId } from '../dom.js';
import { bindText, pick, setTitle, t } from '../i18n.js';
import { ensureUser } from '../session.js';
import { announcementForm } from './announcement-form.js';
import { loading } from './common.js';
import { busy, statusLine } from './form-parts.js';
import { invitationResult } from './staff-panel.js';
import { negotiationCounts } from './negotiation-counts.js';
import { createPendingInvitations } from './pending-invitations.js';
import { passportCounts } from './passport-counts.js';

export function createOrganiserView() {
  let counts = null;
  return {
    async mount(main) {
      setTitle(() => t('organiser.heading'));
      const heading = bindText(el('h1', { tabindex: '-1' }), () => t('organiser.heading'));
      const root = el('div', { class: 'organiser' }, heading, loading());
      main.append(root);
      const user = await ensureUser().catch(() => null);
      if (!user?.roles?.includes('organiser')) {
        root.replaceChildren(heading, bindText(el('p', { class: 'notice' }), () => t('organiser.onlyOrganisers')));
        return;
      }
      const expo = await getExpoCached();
      const booth = el('select', { id: 'organiser-booth' });
      for (const pavilion of expo.pavilions) {
        const group = el('optgroup');
        group.label = pick(pavilion.name);
        for (const b of pavilion.booths) group.append(bindText(el('option', { value: b.id }), () => pick(b.name)));
        booth.append(group);
      }
      const status = statusLine('organiser-status');
      const result = el('div', { id: 'owner-invitation', 'aria-live': 'polite' });
      const submit = bindText(el('button', { type: 'submit', id: 'create-owner-invitation', class: 'button button--primary' }), () =>
        t('organiser.create'),
      );
      const pending = createPendingInvitations(() => booth.value, status);
      booth.addEventListener('change', () => pending.reload());
      const form = el(
        'form',
        { class: 'panel', 'aria-labelledby': 'organiser-form-heading' },
        bindText(el('h2', { id: 'organiser-form-heading', class: 'visually-hidden' }), () => t('organiser.create')),
        el('div', { class: 'field' }, bindText(el('label', { for: 'organiser-booth' }), () => t('organiser.booth')), booth),
        status.node,
        el('div', { class: 'actions' }, submit),
        result,
        pending.node,
      );
      form.addEventListener('submit', async (event) => {
        event.preventDefault();
        status.clear();
        await busy(form, async () => {
          try {
            result.replaceChildren(invitationResult(await createInvitation(booth.value, newId(), 'owner')));
            await pending.reload();
          } catch (err) {
            status.fail(err);
          }
        });
      });
      const console = bindText(el('a', { href: '#/organiser/attendance', class: 'button', id: 'attendance-console-link' }), () =>
        t('organiser.consoleLink'),
      );
      const moderationLink = bindText(el('a', { href: '#/organiser/moderation', class: 'button', id: 'moderation-console-link' }), () =>
        t('mod.consoleLink'),
      );
      counts = negotiationCounts();
      root.replaceChildren(heading, el('p', {}, console, ' ', moderationLink), counts.section, passportCounts(), form, announcementForm(expo));
    },
    destroy() {
      counts?.destroy();
    },
  };
}
