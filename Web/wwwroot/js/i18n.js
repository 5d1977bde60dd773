// Translations and the language switch. Every user-facing string goes through t().
// Plural entries are objects keyed by Intl.PluralRules categories ("one", "other").

// Texts live in locales/<lang>/<bundle>.json, one bundle per area of the expo; a new area adds its bundle here.
const BUNDLES = ['common', 'negotiations', 'capacity', 'agenda', 'moderation', 'route', 'meetings', 'fixes', 'finish', 'passport2', 'journey', 'security', 'polish'];
const tables = { en: {}, zh: {} };

/** Loads every bundle of both languages, so a language switch renders at once without waiting. */
export async function loadTexts() {
  const loads = Object.keys(tables).flatMap((lang) =>
    BUNDLES.map(async (bundle) => {
      const response = await fetch(`locales/${lang}/${bundle}.json`);
      if (!response.ok) throw new Error(`Texts ${lang}/${bundle} could not be loaded (${response.status}).`);
      return [lang, await response.json()];
    }),
  );
  for (const [lang, texts] of await Promise.all(loads)) Object.assign(tables[lang], texts);
}

export const LANGUAGES = Object.keys(tables);
const STORAGE_KEY = 'silkroad.lang';

let current = 'en';
const listeners = new Set();

export function getLang() {
  return current;
}

/** BCP 47 locale for Intl APIs. */
export function locale() {
  return current === 'zh' ? 'zh-CN' : 'en';
}

export function initLang() {
  let stored = null;
  try {
    stored = localStorage.getItem(STORAGE_KEY);
  } catch {
    // Storage can be blocked (private mode); fall back to the browser language.
  }
  current = LANGUAGES.includes(stored) ? stored : detectLang();
  document.documentElement.lang = current;
}

function detectLang() {
  return /^zh\b/i.test(navigator.language || '') ? 'zh' : 'en';
}

export function setLang(lang) {
  if (!LANGUAGES.includes(lang) || lang === current) return;
  current = lang;
  try {
    localStorage.setItem(STORAGE_KEY, lang);
  } catch {
    // Not remembered, but still applied.
  }
  document.documentElement.lang = lang;
  applyAll(document);
  for (const fn of [...listeners]) fn(lang);
}

export function onLangChange(fn) {
  listeners.add(fn);
  return () => listeners.delete(fn);
}

export function t(key, vars = {}) {
  let entry = tables[current][key] ?? tables.en[key];
  if (entry == null) return key;
  if (typeof entry === 'object') {
    const category = new Intl.PluralRules(locale()).select(Number(vars.count ?? 0));
    entry = entry[category] ?? entry.other;
  }
  return entry.replace(/\{(\w+)\}/g, (whole, name) => (name in vars ? String(vars[name]) : whole));
}

/** Text of a bilingual data object `{ en, zh }` (or a plain string) in the current language. */
export function pick(value) {
  if (value == null) return '';
  if (typeof value !== 'object') return String(value);
  return value[current] ?? value.en ?? value.zh ?? Object.values(value)[0] ?? '';
}

// Bindings: a node remembers how to render its own text, so a language switch
// can update it in place (keeping focus, drafts and scroll positions).

function bind(node, apply) {
  (node._i18n ??= []).push(apply);
  node.setAttribute('data-i18n', '');
  apply(node);
  return node;
}

export function bindText(node, fn) {
  return bind(node, (n) => {
    n.textContent = fn();
  });
}

export function bindAttr(node, attr, fn) {
  return bind(node, (n) => n.setAttribute(attr, fn()));
}

/** Re-run the bindings of one node, e.g. after its data changed. */
export function refresh(node) {
  for (const apply of node._i18n ?? []) apply(node);
}

/**
 * Static markup uses data-i18n="key" for text and
 * data-i18n-attr="attr:key;attr:key" for attributes.
 */
export function applyAll(root) {
  for (const node of root.querySelectorAll('[data-i18n], [data-i18n-attr]')) {
    if (node._i18n) refresh(node);
    else if (node.dataset.i18n) node.textContent = t(node.dataset.i18n);
    for (const pair of (node.dataset.i18nAttr || '').split(';').filter(Boolean)) {
      const [attr, key] = pair.split(':');
      node.setAttribute(attr.trim(), t(key.trim()));
    }
  }
}

let titleFn = () => t('app.title');

/** Document title that follows the language. */
export function setTitle(fn) {
  titleFn = fn;
  document.title = titleFn();
}

onLangChange(() => {
  document.title = titleFn();
});
