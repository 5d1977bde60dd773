// Translations and the language switch. Every user-facing string goes through t().
// Plural entries are objects keyed by Intl.PluralRules categories ("one", "other").

const en = {
  'app.title': 'Silk Road Expo',
  'app.subtitle': '"Haisi" Quanzhou Digital Cultural and Creative Expo',
  'app.skip': 'Skip to content',
  'app.loading': 'Loading…',
  'app.footer': 'A virtual expo of Quanzhou and its Silk Road Friendship Cities.',
  'nav.main': 'Main',
  'nav.language': 'Language',
  'lang.en': 'English',
  'lang.zh': '中文',
  'user.signedInAs': 'Signed in as',

  'home.pavilions': 'Pavilions',
  'home.visitors': { one: '{count} visitor at the expo now', other: '{count} visitors at the expo now' },
  'home.loadError': 'The expo could not be loaded.',
  'home.empty': 'No pavilions are open yet.',
  'pavilion.kind.friendship-city': 'Friendship city',
  'pavilion.kind.guest': 'Guest pavilion',
  'pavilion.heritage': 'Heritage',
  'pavilion.visitors': { one: '{count} visitor in this pavilion', other: '{count} visitors in this pavilion' },
  'pavilion.boothsLabel': 'Booths of {name}',
  'pavilion.noBooths': 'No booths yet.',
  'count.hereNow': '{count} here now',

  'booth.back': 'Back to expo',
  'booth.fields': 'Fields',
  'booth.sample': 'sample text',
  'booth.sampleTitle': 'This description is placeholder sample text.',
  'booth.notFoundTitle': 'Booth not found',
  'booth.notFound': 'This booth does not exist. It may have been removed.',
  'booth.loadError': 'The booth could not be loaded.',
  'booth.pageTitle': '{name} · Silk Road Expo',

  'presence.heading': 'Here now',
  'presence.unit': { one: 'visitor', other: 'visitors' },
  'presence.you': '(you)',
  'presence.empty': 'Nobody here yet.',

  'chat.heading': 'Booth chat',
  'chat.logLabel': 'Chat messages',
  'chat.empty': 'No messages yet. Say hello!',
  'chat.label': 'Message',
  'chat.placeholder': 'Write a message…',
  'chat.hint': 'Enter to send, Shift+Enter for a new line',
  'chat.counter': '{count} / {max}',
  'chat.send': 'Send',
  'chat.sending': 'Sending…',
  'chat.tooLong': 'A message can be at most {max} characters.',
  'chat.sendFailed': 'Your message could not be sent. Check your connection and try again.',

  'conn.connected': 'Connected',
  'conn.connecting': 'Connecting…',
  'conn.reconnecting': 'Reconnecting…',
  'conn.disconnected': 'Offline, retrying…',

  'guest.heading': 'Enter as guest',
  'guest.intro': 'Choose a display name to join the booth chat and see who is here.',
  'guest.name': 'Display name',
  'guest.nameHint': '1–40 characters',
  'guest.language': 'Language',
  'guest.submit': 'Enter',
  'guest.nameRequired': 'Please enter a display name.',

  'action.retry': 'Try again',
  'error.network': 'The server could not be reached. Please try again.',
  'error.generic': 'Something went wrong. Please try again.',
  'error.noRealtime': 'The live connection could not be started (client library missing).',
  'error.booth_not_found': 'This booth does not exist.',
  'error.invalid_input': 'That input was not accepted.',
  'error.unauthorized': 'Your session has ended. Please enter again.',
  'error.rate_limited': 'You are sending too fast. Please wait a moment.',
  'error.unavailable': 'The expo is busy just now. Please try again.',
};

const zh = {
  'app.title': '丝路博览会',
  'app.subtitle': '“海丝”泉州数字文创博览会',
  'app.skip': '跳到主要内容',
  'app.loading': '加载中…',
  'app.footer': '泉州与丝路友好城市线上博览会。',
  'nav.main': '主导航',
  'nav.language': '语言',
  'lang.en': 'English',
  'lang.zh': '中文',
  'user.signedInAs': '当前身份：',

  'home.pavilions': '展馆',
  'home.visitors': '当前共有 {count} 位访客在展会',
  'home.loadError': '无法加载博览会信息。',
  'home.empty': '暂无开放的展馆。',
  'pavilion.kind.friendship-city': '友好城市',
  'pavilion.kind.guest': '特邀展馆',
  'pavilion.heritage': '文化遗产',
  'pavilion.visitors': '本馆共 {count} 位访客',
  'pavilion.boothsLabel': '{name}的展位',
  'pavilion.noBooths': '暂无展位。',
  'count.hereNow': '{count} 人在场',

  'booth.back': '返回博览会',
  'booth.fields': '领域',
  'booth.sample': '示例文本',
  'booth.sampleTitle': '此介绍为示例占位文本。',
  'booth.notFoundTitle': '未找到展位',
  'booth.notFound': '该展位不存在，可能已被移除。',
  'booth.loadError': '无法加载展位信息。',
  'booth.pageTitle': '{name} · 丝路博览会',

  'presence.heading': '在场访客',
  'presence.unit': '位访客',
  'presence.you': '（你）',
  'presence.empty': '暂时还没有人。',

  'chat.heading': '展位聊天',
  'chat.logLabel': '聊天记录',
  'chat.empty': '还没有消息，来打个招呼吧！',
  'chat.label': '消息',
  'chat.placeholder': '输入消息…',
  'chat.hint': '按 Enter 发送，Shift+Enter 换行',
  'chat.counter': '{count} / {max}',
  'chat.send': '发送',
  'chat.sending': '发送中…',
  'chat.tooLong': '每条消息最多 {max} 个字符。',
  'chat.sendFailed': '消息发送失败，请检查网络后重试。',

  'conn.connected': '已连接',
  'conn.connecting': '正在连接…',
  'conn.reconnecting': '正在重新连接…',
  'conn.disconnected': '连接已断开，正在重试…',

  'guest.heading': '以访客身份进入',
  'guest.intro': '请填写显示名称，即可加入展位聊天并查看在场访客。',
  'guest.name': '显示名称',
  'guest.nameHint': '1–40 个字符',
  'guest.language': '语言',
  'guest.submit': '进入',
  'guest.nameRequired': '请输入显示名称。',

  'action.retry': '重试',
  'error.network': '无法连接服务器，请稍后重试。',
  'error.generic': '出错了，请重试。',
  'error.noRealtime': '无法建立实时连接（缺少客户端库）。',
  'error.booth_not_found': '该展位不存在。',
  'error.invalid_input': '输入内容无效。',
  'error.unauthorized': '会话已结束，请重新进入。',
  'error.rate_limited': '发送过于频繁，请稍候再试。',
  'error.unavailable': '博览会暂时繁忙，请稍后重试。',
};

const tables = { en, zh };
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
