// #/directory: find booths by text, city, field and staff online now, sorted by popularity or name; the expo bag.

import { getExpoCached } from '../api.js';
import { searchDirectory } from '../booth-api.js';
import { el } from '../dom.js';
import { bagToggle, loadBag } from './bag-toggle.js';
import { bindAttr, bindText, getLang, locale, pick, setTitle, t } from '../i18n.js';
import { ensureUser } from '../session.js';
import { errorBlock, loading } from './common.js';
import { field, select, statusLine } from './form-parts.js';

const DEBOUNCE_MS = 250;

export function createDirectoryView() {
  let destroyed = false;
  return {
    async mount(main) {
      setTitle(() => t('directory.heading'));
      const root = el('div', { class: 'directory' }, loading());
      main.append(root);
      let expo;
      let user;
      try {
        [expo, user] = await Promise.all([getExpoCached(), ensureUser().catch(() => null)]);
      } catch {
        root.replaceChildren(errorBlock(() => t('home.loadError')));
        return;
      }
      if (destroyed) return;
      let bag = user ? await loadBag() : [];
      const names = new Map(expo.pavilions.flatMap((p) => p.booths).map((b) => [b.id, b.name]));

      const q = field('directory.search', { id: 'directory-q', type: 'search', maxlength: 100 });
      const pavilion = select('directory.city', [['', 'directory.any']], { id: 'directory-pavilion' });
      for (const p of expo.pavilions) pavilion.control.append(bindText(el('option', { value: p.id }), () => pick(p.name)));
      const fieldSelect = select('directory.field', [['', 'directory.any']], { id: 'directory-field' });
      for (const f of expo.fields) fieldSelect.control.append(bindText(el('option', { value: f.id }), () => pick(f.name)));
      const languages = [...new Set(expo.pavilions.flatMap((p) => p.booths).flatMap((b) => b.languages ?? []))].sort();
      const languageSelect = select('directory.language', [['', 'directory.any']], { id: 'directory-language' });
      for (const code of languages) languageSelect.control.append(bindText(el('option', { value: code }), () => languageName(code)));
      const sort = select('directory.sort', [['popular', 'directory.popular'], ['name', 'directory.name']], { id: 'directory-sort' });
      const staffOnline = el('input', { type: 'checkbox', id: 'directory-staff-online' });
      const form = el(
        'form',
        { role: 'search', class: 'panel directory-form' },
        q.wrapper, pavilion.wrapper, fieldSelect.wrapper, languageSelect.wrapper, sort.wrapper,
        el('div', { class: 'field field--check' }, staffOnline, bindText(el('label', { for: 'directory-staff-online' }), () => t('directory.staffOnline'))),
      );
      const results = el('ul', { id: 'directory-results', class: 'directory-results', 'aria-live': 'polite' });
      const bagList = el('ul', { id: 'expo-bag', class: 'link-list' });
      const status = statusLine('directory-status');

      function renderBag() {
        bagList.replaceChildren(...bag.map((id) => el('li', {}, bindText(el('a', { href: `#/booth/${encodeURIComponent(id)}` }), () => pick(names.get(id) ?? id)))));
        if (!bag.length) bagList.append(bindText(el('li', { class: 'muted' }), () => t('directory.bagEmpty')));
      }

      function toggle(booth) {
        return bagToggle(booth.id, () => pick(booth.name), {
          onChange: (ids) => {
            bag = ids;
            renderBag();
          },
          onError: (err) => status.fail(err),
        });
      }

      let timer = null;
      let seq = 0;
      async function search() {
        const mine = ++seq;
        const query = { sort: sort.control.value, lang: getLang() };
        if (q.control.value.trim()) query.q = q.control.value.trim();
        if (pavilion.control.value) query.pavilion = pavilion.control.value;
        if (fieldSelect.control.value) query.field = fieldSelect.control.value;
        if (languageSelect.control.value) query.language = languageSelect.control.value;
        if (staffOnline.checked) query.staffOnline = 'true';
        try {
          const booths = await searchDirectory(query);
          if (mine !== seq || destroyed) return;
          results.replaceChildren(
            ...booths.map((b) =>
              el(
                'li',
                { 'data-booth-id': b.id, class: 'directory-card' },
                el('h2', { class: 'h-small' }, bindText(el('a', { href: `#/booth/${encodeURIComponent(b.id)}` }), () => pick(b.name))),
                el(
                  'p',
                  { class: 'directory-meta' },
                  bindText(el('span', { class: 'muted' }), () => pick(b.pavilionName)),
                  bindText(el('span', { class: 'live-count' }), () => t('count.hereNow', { count: b.count })),
                  b.staffOnline ? bindAttr(bindText(el('span', { class: 'badge' }), () => t('directory.staffHere')), 'title', () => t('directory.staffOnline')) : '',
                ),
                user ? toggle(b) : '',
              ),
            ),
          );
          if (!booths.length) results.append(bindText(el('li', { class: 'muted' }), () => t('directory.none')));
          status.clear();
        } catch (err) {
          status.fail(err);
        }
      }
      const later = () => {
        clearTimeout(timer);
        timer = setTimeout(search, DEBOUNCE_MS);
      };
      form.addEventListener('input', later);
      form.addEventListener('change', later);
      form.addEventListener('submit', (event) => {
        event.preventDefault();
        search();
      });

      root.replaceChildren(
        bindText(el('h1', { tabindex: '-1' }), () => t('directory.heading')),
        form,
        status.node,
        results,
        el(
          'section',
          { class: 'panel', id: 'bag-panel', 'aria-labelledby': 'bag-heading' },
          bindText(el('h2', { id: 'bag-heading' }), () => t('directory.bag')),
          // Without a session there is nowhere to keep the bag: say how to get one, rather than hide it.
          user ? bagList : bindText(el('p', { id: 'bag-how', class: 'muted' }), () => t('fixes.bagHow')),
        ),
      );
      if (user) renderBag();
      search();
    },
    destroy() {
      destroyed = true;
    },
  };
}

/** A language's name in the interface's language, from the browser's own list; the code if it has none. */
function languageName(code) {
  try {
    return new Intl.DisplayNames([locale()], { type: 'language' }).of(code) ?? code;
  } catch {
    return code;
  }
}
