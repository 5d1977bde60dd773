// #/organiser/moderation: organisers moderate the whole expo: reports, mutes and bans, the audit log.

import { getExpoCached } from '../api.js';
import { el } from '../dom.js';
import { bindText, pick, setTitle, t } from '../i18n.js';
import { ensureUser } from '../session.js';
import { loading } from './common.js';
import { moderationPanels } from './moderation-panels.js';

export function createModerationConsoleView() {
  async function mount(main) {
    setTitle(() => t('mod.heading'));
    const title = bindText(el('h1', { tabindex: '-1' }), () => t('mod.heading'));
    const root = el('div', { class: 'moderation-console' }, title, loading());
    main.append(root);
    const user = await ensureUser().catch(() => null);
    if (!user?.roles?.includes('organiser')) {
      root.replaceChildren(title, bindText(el('p', { class: 'notice' }), () => t('mod.onlyOrganisers')));
      return;
    }
    const expo = await getExpoCached().catch(() => null);
    const boothNames = new Map((expo?.pavilions ?? []).flatMap((p) => p.booths).map((b) => [b.id, pick(b.name)]));
    root.replaceChildren(title, moderationPanels({ boothNames }).root);
  }

  return { mount, destroy() {} };
}
