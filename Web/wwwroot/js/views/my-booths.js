// #/my-booths: the booths the signed-in exhibitor staffs; #/my-booths/{id}: edit one, and its staff.

import { getBooth, getExpoCached } from '../api.js';
import { el } from '../dom.js';
import { bindText, pick, setTitle, t } from '../i18n.js';
import { ensureUser } from '../session.js';
import { errorBlock, loading } from './common.js';
import { createProfileForm } from './profile-form.js';
import { createStaffPanel } from './staff-panel.js';
import { createCatalogueEditor } from './catalogue-editor.js';
import { moderationPanels } from './moderation-panels.js';
import { createLeadsPanel } from './leads-panel.js';
import { createAttendeesPanel } from './attendees-panel.js';
import { createCapacityForm } from './capacity-form.js';
import { createSlotEditor } from './slot-editor.js';
import { createAnalyticsPanel } from './analytics-panel.js';

export function createMyBoothsView(boothId = null) {
  return {
    async mount(main) {
      setTitle(() => t('myBooths.heading'));
      const root = el('div', { class: 'my-booths' });
      main.append(root);
      root.append(loading());
      const user = await ensureUser().catch(() => null);
      if (!user?.email) {
        root.replaceChildren(
          bindText(el('h1', { tabindex: '-1' }), () => t('myBooths.heading')),
          el('p', {}, bindText(el('a', { href: '#/sign-in' }), () => t('myBooths.signInFirst'))),
        );
        return;
      }
      try {
        const expo = await getExpoCached();
        const booths = new Map(expo.pavilions.flatMap((p) => p.booths).map((b) => [b.id, b]));
        if (boothId) {
          const role = user.booths.find((b) => b.boothId === boothId)?.role;
          // Only the booth's staff and organisers may edit it (the server checks again): others are told at once,
          // rather than after filling in a form that cannot be saved.
          if (!role && !user.roles?.includes('organiser')) {
            root.replaceChildren(
              bindText(el('h1', { tabindex: '-1' }), () => t('myBooths.heading')),
              bindText(el('p', { id: 'not-your-booth', class: 'notice' }), () => t('fixes.notYourBooth')),
              el('p', {}, bindText(el('a', { href: `#/booth/${encodeURIComponent(boothId)}` }), () => t('profile.view'))),
            );
            return;
          }
          const booth = await getBooth(boothId);
          setTitle(() => t('myBooths.edit', { name: pick(booth.name) }));
          const heading = bindText(el('h1', { tabindex: '-1' }), () => t('myBooths.edit', { name: pick(booth.name) }));
          const view = el('a', { href: `#/booth/${encodeURIComponent(boothId)}` });
          root.replaceChildren(
            heading,
            role ? bindText(el('p', { class: 'muted' }), () => t('myBooths.role', { role: t(`role.${role}`) })) : '',
            el('p', {}, bindText(view, () => t('profile.view'))),
            createProfileForm(booth, expo, (saved) => {
              booth.name = saved.name;
              heading.textContent = t('myBooths.edit', { name: pick(saved.name) });
            }),
            createStaffPanel(boothId, { canManage: role === 'owner' }),
            createAttendeesPanel(boothId),
            createAnalyticsPanel(boothId),
            createCapacityForm(boothId),
            createCatalogueEditor(boothId),
            createLeadsPanel(boothId),
            createSlotEditor(boothId),
            moderationPanels({ boothId, boothNames: new Map([[boothId, pick(booth.name)]]) }).root,
          );
          return;
        }
        const list = el('ul', { id: 'my-booth-list', class: 'link-list' });
        for (const { boothId: id, role } of user.booths) {
          const name = () => pick(booths.get(id)?.name ?? id);
          list.append(
            el(
              'li',
              {},
              bindText(el('a', { href: `#/my-booths/${encodeURIComponent(id)}` }), () => t('myBooths.edit', { name: name() })),
              ' · ',
              bindText(el('span', { class: 'muted' }), () => t(`role.${role}`)),
            ),
          );
        }
        root.replaceChildren(
          bindText(el('h1', { tabindex: '-1' }), () => t('myBooths.heading')),
          user.booths.length ? list : bindText(el('p', { class: 'muted' }), () => t('myBooths.empty')),
        );
      } catch {
        root.replaceChildren(errorBlock(() => t('booth.loadError')));
      }
    },
    destroy() {},
  };
}
