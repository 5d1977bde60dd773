// Translations and the language switch. Every user-facing string goes through t().
// Plural entries are objects keyed by Intl.PluralRules categories ("one", "other").

import { negotiationTexts } from './i18n-negotiations.js';
import { moderationTexts } from './i18n-moderation.js';

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

  'nav.signIn': 'Sign in',
  'nav.myBooths': 'My booths',
  'nav.organiser': 'Organiser',
  'nav.signOut': 'Sign out',
  'nav.account': 'Account',
  'account.heading': 'Sign in or register',
  'account.signInHeading': 'Sign in',
  'account.registerHeading': 'Create an account',
  'account.registerIntro': 'Exhibitors and organisers sign in with an email address. Visitors may also just enter as a guest.',
  'account.email': 'Email',
  'account.password': 'Password',
  'account.passwordHint': 'At least 10 characters; a short sentence is easy to remember.',
  'account.displayName': 'Display name',
  'account.language': 'Language',
  'account.invitation': 'Invitation code (optional)',
  'account.signInSubmit': 'Sign in',
  'account.registerSubmit': 'Register',
  'account.required': 'Please fill in every field.',
  'account.wrongPassword': 'The email or the password is wrong.',
  'account.locked': 'Too many wrong passwords for this account. Wait a few minutes and try again.',
  'account.taken': 'An account with this email exists already. Sign in instead.',
  'account.signedIn': 'You are signed in as {name}.',
  'invitation.heading': 'Invitation',
  'invitation.offer': 'You are invited to join {booth} as {role}.',
  'invitation.accept': 'Accept invitation',
  'invitation.invalid': 'This invitation is not valid: it may be mistyped, used already or expired.',
  'invitation.needAccount': 'Register or sign in below to accept it.',
  'invitation.accepted': 'Welcome to the staff of {booth}.',
  'role.owner': 'owner',
  'role.member': 'member',
  'myBooths.heading': 'My booths',
  'myBooths.empty': 'You are not on the staff of any booth yet. Ask an organiser or a booth owner for an invitation.',
  'myBooths.edit': 'Edit {name}',
  'myBooths.role': 'Your role: {role}',
  'myBooths.signInFirst': 'Sign in with your account to manage your booths.',
  'profile.heading': 'Booth profile',
  'profile.nameEn': 'Name (English)',
  'profile.nameZh': 'Name (Chinese)',
  'profile.taglineEn': 'Tagline (English)',
  'profile.taglineZh': 'Tagline (Chinese)',
  'profile.descriptionEn': 'Description (English)',
  'profile.descriptionZh': 'Description (Chinese)',
  'profile.fields': 'Fields of cooperation',
  'profile.contacts': 'Contact channels',
  'profile.contactKind': 'Channel',
  'profile.contactValue': 'Address or number',
  'profile.addContact': 'Add a contact channel',
  'profile.removeContact': 'Remove this contact channel',
  'profile.hours': 'Opening hours',
  'profile.timeZone': 'Time zone (IANA, e.g. Asia/Shanghai)',
  'profile.day': 'Day',
  'profile.opens': 'Opens',
  'profile.closes': 'Closes',
  'profile.addPeriod': 'Add opening hours',
  'profile.removePeriod': 'Remove these hours',
  'profile.save': 'Save profile',
  'profile.saved': 'Saved. Visitors see the new profile now.',
  'profile.view': 'View the booth',
  'day.mon': 'Monday',
  'day.tue': 'Tuesday',
  'day.wed': 'Wednesday',
  'day.thu': 'Thursday',
  'day.fri': 'Friday',
  'day.sat': 'Saturday',
  'day.sun': 'Sunday',
  'contact.email': 'Email',
  'contact.phone': 'Phone',
  'contact.website': 'Website',
  'contact.wechat': 'WeChat',
  'contact.weibo': 'Weibo',
  'contact.whatsapp': 'WhatsApp',
  'contact.line': 'LINE',
  'contact.telegram': 'Telegram',
  'staff.heading': 'Staff',
  'staff.remove': 'Remove {name}',
  'staff.invite': 'Invite a staff member',
  'staff.inviteHint': 'Share this link or code with your colleague. It works once and expires in 7 days.',
  'organiser.heading': 'Organiser: invite booth owners',
  'organiser.booth': 'Booth',
  'organiser.create': 'Create owner invitation',
  'organiser.onlyOrganisers': 'Only organisers can invite booth owners.',
  'organiser.consoleLink': 'Live attendance console',
  'directory.language': 'Language spoken',
  'profile.languages': 'Languages your staff speak',
  'profile.languagesHint': 'Two-letter codes separated by commas, for example: zh, en, ms. Visitors can find the booth by them in the directory.',
  'console.heading': 'Live attendance',
  'console.onlyOrganisers': 'Only organisers can see the live attendance.',
  'console.inBooths': 'In booths now',
  'console.joins': 'Arrivals per minute',
  'console.leaves': 'Departures per minute',
  'console.chat': 'Chat lines per minute',
  'console.floor': 'Floor plan',
  'console.boothCount': '{name}: {count} here now',
  'console.chart': 'Visitors in booths, last hour',
  'console.replay': 'Replay',
  'console.live': 'Live',
  'console.at': 'Showing {time}',
  'announcement.expo': 'Announcement:',
  'announcement.pavilion': 'In this pavilion:',
  'announce.heading': 'Announce',
  'announce.scope': 'To',
  'announce.everyone': 'Everyone at the expo',
  'announce.textEn': 'Message in English',
  'announce.textZh': 'Message in Chinese',
  'announce.publish': 'Publish',
  'announce.withdraw': 'Withdraw',
  'announce.published': 'Published. Everyone it is for sees it now.',
  'announce.withdrawn': 'Withdrawn.',
  'invite.code': 'Invitation code',
  'invite.link': 'Invitation link',
  'booth.tagline': 'Tagline',
  'booth.contacts': 'Contact',
  'booth.hours': 'Opening hours ({zone})',
  'error.forbidden': 'You are not allowed to do this.',
  'error.conflict': 'This clashes with what exists already.',
  'catalogue.heading': 'Catalogue',
  'catalogue.loadError': 'The catalogue could not be loaded.',
  'catalogue.empty': 'Nothing in the catalogue yet.',
  'catalogue.download': 'Download {name}',
  'catalogue.downloadShared': 'Downloading; the booth has your details.',
  'catalogue.downloadReady': 'Downloading.',
  'catalogue.brochures': 'Brochures',
  'catalogue.onRequest': 'Price on request',
  'kind.product': 'Product',
  'kind.cultural-ip': 'Cultural IP',
  'kind.tour-route': 'Tour route',
  'kind.study-programme': 'Study programme',
  'kind.dish': 'Dish',
  'kind.service': 'Service',
  'kind.other': 'Other',
  'lead.consentFallback': "I agree that this booth's staff receive my name, my account email and what I send here, to follow up with me.",
  'lead.heading': 'Contact this booth',
  'lead.signInFirst': 'Sign in to ask for contact or exchange a business card.',
  'lead.message': 'Your message',
  'lead.contactHeading': 'Ask to be contacted',
  'lead.sendContact': 'Send request',
  'lead.contactSent': 'Request sent. The booth will contact you.',
  'lead.cardHeading': 'Exchange a business card',
  'lead.sendCard': 'Send my card',
  'lead.cardSent': 'Card sent.',
  'card.name': 'Name',
  'card.organisation': 'Organisation',
  'card.jobTitle': 'Job title',
  'card.email': 'Email',
  'card.phone': 'Phone',
  'card.country': 'Country or region',
  'media.heading': 'Images, brochures and videos',
  'media.file': 'File',
  'media.hint': 'PNG, JPEG, WebP or GIF images up to 5 MiB, PDF brochures up to 20 MiB, MP4 or WebM videos up to 50 MiB.',
  'media.upload': 'Upload',
  'media.uploaded': 'Uploaded {name}.',
  'media.remove': 'Remove {name}',
  'media.removed': 'Removed {name}.',
  'media.kind.image': 'Image',
  'media.kind.brochure': 'Brochure',
  'media.kind.video': 'Video',
  'item.kind': 'Kind',
  'item.titleEn': 'Title (English)',
  'item.titleZh': 'Title (Chinese)',
  'item.descriptionEn': 'Description (English)',
  'item.descriptionZh': 'Description (Chinese)',
  'item.tags': 'Tags',
  'item.tagsHint': 'Separate tags with commas.',
  'item.price': 'Price',
  'item.priceHint': 'Leave empty for "price on request".',
  'item.currency': 'Currency (ISO 4217, e.g. CNY)',
  'item.newHeading': 'New item',
  'item.editHeading': 'Edit item',
  'item.cancel': 'Cancel editing',
  'item.save': 'Save item',
  'item.saved': 'Item saved.',
  'item.images': 'Images',
  'item.hiddenBadge': 'hidden',
  'item.edit': 'Edit {name}',
  'item.show': 'Show {name}',
  'item.hide': 'Hide {name}',
  'item.up': 'Move {name} up',
  'item.down': 'Move {name} down',
  'item.delete': 'Delete {name}',
  'leads.heading': 'Leads',
  'leads.who': 'Visitor',
  'leads.contact': 'Contact',
  'leads.interactions': 'Interactions',
  'leads.rating': 'Rating',
  'leads.note': 'Note',
  'leads.save': 'Save',
  'leads.refresh': 'Refresh',
  'leads.exportCsv': 'Export CSV',
  'leads.exportJson': 'Export JSON',
  'leads.ratingOf': 'Rating of {name}',
  'leads.noteOf': 'Note on {name}',
  'leads.unrated': 'Not rated',
  'leads.rating5': '5 – hot',
  'leads.rating4': '4',
  'leads.rating3': '3 – warm',
  'leads.rating2': '2',
  'leads.rating1': '1 – cold',
  'leads.saved': 'Saved the lead of {name}.',
  'leads.kind.contact': 'contact request',
  'leads.kind.card': 'business card',
  'leads.kind.chat': 'chat',
  'leads.kind.download': 'download',
  'leads.empty': 'No leads yet.',
  'staffOnline.some': 'Staff here now: {names}',
  'staffOnline.none': 'No staff here right now; leave a message or a contact request.',
  'staffOnline.invited': '{name} of this booth invites you to chat. Type below.',
  'attendees.heading': 'In the booth now',
  'attendees.invite': 'Invite {name} to chat',
  'attendees.invited': 'Invited {name} to chat.',
  'attendees.stayed': '{minutes} min',
  'attendees.empty': 'No visitors in the booth right now.',
  'analytics.heading': 'Statistics',
  'analytics.visits': 'Visits',
  'analytics.unique': 'Unique visitors',
  'analytics.averageStay': 'Average stay',
  'analytics.chat': 'Chat messages',
  'analytics.downloads': 'Downloads',
  'nav.directory': 'Find booths',
  'directory.heading': 'Find booths',
  'directory.search': 'Search',
  'directory.city': 'City or pavilion',
  'directory.field': 'Field',
  'directory.any': 'Any',
  'directory.sort': 'Sort by',
  'directory.popular': 'Most visitors now',
  'directory.name': 'Name',
  'directory.staffOnline': 'Staff online now',
  'directory.staffHere': 'staff online',
  'directory.none': 'No booths match.',
  'directory.favourite': 'Add {name} to my expo bag',
  'directory.unfavourite': 'Remove {name} from my expo bag',
  'directory.bag': 'My expo bag',
  'directory.bagEmpty': 'Nothing in your expo bag yet.',
  'media.useAsLogo': 'Use {name} as logo',
  'media.useAsBanner': 'Use {name} as banner',
  'media.brandingSaved': 'The booth now shows {name}.',
  'catalogue.logo': 'Booth logo',
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

  'nav.signIn': '登录',
  'nav.myBooths': '我的展位',
  'nav.organiser': '主办方',
  'nav.signOut': '退出登录',
  'nav.account': '账户',
  'account.heading': '登录或注册',
  'account.signInHeading': '登录',
  'account.registerHeading': '创建账户',
  'account.registerIntro': '参展商和主办方使用电子邮箱登录。访客也可以直接以游客身份进入。',
  'account.email': '电子邮箱',
  'account.password': '密码',
  'account.passwordHint': '至少 10 个字符；一句短语更容易记住。',
  'account.displayName': '显示名称',
  'account.language': '语言',
  'account.invitation': '邀请码（可选）',
  'account.signInSubmit': '登录',
  'account.registerSubmit': '注册',
  'account.required': '请填写所有字段。',
  'account.wrongPassword': '邮箱或密码错误。',
  'account.locked': '该账户密码错误次数过多，请几分钟后再试。',
  'account.taken': '该邮箱已注册，请直接登录。',
  'account.signedIn': '你已登录为 {name}。',
  'invitation.heading': '邀请',
  'invitation.offer': '邀请你以{role}身份加入{booth}。',
  'invitation.accept': '接受邀请',
  'invitation.invalid': '该邀请无效：可能输入有误、已被使用或已过期。',
  'invitation.needAccount': '请在下方注册或登录后接受邀请。',
  'invitation.accepted': '欢迎加入{booth}的工作人员。',
  'role.owner': '负责人',
  'role.member': '成员',
  'myBooths.heading': '我的展位',
  'myBooths.empty': '你还不是任何展位的工作人员。请向主办方或展位负责人索取邀请。',
  'myBooths.edit': '编辑{name}',
  'myBooths.role': '你的角色：{role}',
  'myBooths.signInFirst': '请使用账户登录以管理你的展位。',
  'profile.heading': '展位资料',
  'profile.nameEn': '名称（英文）',
  'profile.nameZh': '名称（中文）',
  'profile.taglineEn': '标语（英文）',
  'profile.taglineZh': '标语（中文）',
  'profile.descriptionEn': '介绍（英文）',
  'profile.descriptionZh': '介绍（中文）',
  'profile.fields': '合作领域',
  'profile.contacts': '联系方式',
  'profile.contactKind': '渠道',
  'profile.contactValue': '地址或号码',
  'profile.addContact': '添加联系方式',
  'profile.removeContact': '删除此联系方式',
  'profile.hours': '开放时间',
  'profile.timeZone': '时区（IANA，例如 Asia/Shanghai）',
  'profile.day': '星期',
  'profile.opens': '开始',
  'profile.closes': '结束',
  'profile.addPeriod': '添加开放时间',
  'profile.removePeriod': '删除此时段',
  'profile.save': '保存资料',
  'profile.saved': '已保存，访客现在即可看到新资料。',
  'profile.view': '查看展位',
  'day.mon': '星期一',
  'day.tue': '星期二',
  'day.wed': '星期三',
  'day.thu': '星期四',
  'day.fri': '星期五',
  'day.sat': '星期六',
  'day.sun': '星期日',
  'contact.email': '电子邮箱',
  'contact.phone': '电话',
  'contact.website': '网站',
  'contact.wechat': '微信',
  'contact.weibo': '微博',
  'contact.whatsapp': 'WhatsApp',
  'contact.line': 'LINE',
  'contact.telegram': 'Telegram',
  'staff.heading': '工作人员',
  'staff.remove': '移除{name}',
  'staff.invite': '邀请工作人员',
  'staff.inviteHint': '将此链接或邀请码发给同事。仅可使用一次，7 天后失效。',
  'organiser.heading': '主办方：邀请展位负责人',
  'organiser.booth': '展位',
  'organiser.create': '创建负责人邀请',
  'organiser.onlyOrganisers': '只有主办方可以邀请展位负责人。',
  'organiser.consoleLink': '实时客流控制台',
  'directory.language': '服务语言',
  'profile.languages': '工作人员使用的语言',
  'profile.languagesHint': '用逗号分隔的两字母代码，例如：zh, en, ms。观众可在展位目录中按语言查找展位。',
  'console.heading': '实时客流',
  'console.onlyOrganisers': '只有主办方可以查看实时客流。',
  'console.inBooths': '当前展位内人数',
  'console.joins': '每分钟进入',
  'console.leaves': '每分钟离开',
  'console.chat': '每分钟聊天消息',
  'console.floor': '展馆平面图',
  'console.boothCount': '{name}：当前 {count} 人',
  'console.chart': '近一小时展位内人数',
  'console.replay': '回放',
  'console.live': '实时',
  'console.at': '显示 {time}',
  'announcement.expo': '公告：',
  'announcement.pavilion': '本馆公告：',
  'announce.heading': '发布公告',
  'announce.scope': '发给',
  'announce.everyone': '全体参展观众',
  'announce.textEn': '英文内容',
  'announce.textZh': '中文内容',
  'announce.publish': '发布',
  'announce.withdraw': '撤回',
  'announce.published': '已发布，相关观众立即可见。',
  'announce.withdrawn': '已撤回。',
  'invite.code': '邀请码',
  'invite.link': '邀请链接',
  'booth.tagline': '标语',
  'booth.contacts': '联系方式',
  'booth.hours': '开放时间（{zone}）',
  'error.forbidden': '你无权执行此操作。',
  'error.conflict': '与已有内容冲突。',
  'catalogue.heading': '展品目录',
  'catalogue.loadError': '无法加载展品目录。',
  'catalogue.empty': '目录中暂无展品。',
  'catalogue.download': '下载 {name}',
  'catalogue.downloadShared': '正在下载；展位已收到您的联系信息。',
  'catalogue.downloadReady': '正在下载。',
  'catalogue.brochures': '宣传册',
  'catalogue.onRequest': '价格面议',
  'kind.product': '产品',
  'kind.cultural-ip': '文化 IP',
  'kind.tour-route': '旅游线路',
  'kind.study-programme': '研学项目',
  'kind.dish': '美食',
  'kind.service': '服务',
  'kind.other': '其他',
  'lead.consentFallback': '我同意本展位工作人员获取我的姓名、账户邮箱及我在此发送的内容，以便与我联系。',
  'lead.heading': '联系本展位',
  'lead.signInFirst': '登录后即可请求联系或交换名片。',
  'lead.message': '留言',
  'lead.contactHeading': '请求联系',
  'lead.sendContact': '发送请求',
  'lead.contactSent': '请求已发送，展位将与您联系。',
  'lead.cardHeading': '交换电子名片',
  'lead.sendCard': '发送我的名片',
  'lead.cardSent': '名片已发送。',
  'card.name': '姓名',
  'card.organisation': '单位',
  'card.jobTitle': '职务',
  'card.email': '邮箱',
  'card.phone': '电话',
  'card.country': '国家或地区',
  'media.heading': '图片、宣传册和视频',
  'media.file': '文件',
  'media.hint': 'PNG、JPEG、WebP 或 GIF 图片不超过 5 MiB，PDF 宣传册不超过 20 MiB，MP4 或 WebM 视频不超过 50 MiB。',
  'media.upload': '上传',
  'media.uploaded': '已上传 {name}。',
  'media.remove': '删除 {name}',
  'media.removed': '已删除 {name}。',
  'media.kind.image': '图片',
  'media.kind.brochure': '宣传册',
  'media.kind.video': '视频',
  'item.kind': '类别',
  'item.titleEn': '标题（英文）',
  'item.titleZh': '标题（中文）',
  'item.descriptionEn': '介绍（英文）',
  'item.descriptionZh': '介绍（中文）',
  'item.tags': '标签',
  'item.tagsHint': '用逗号分隔标签。',
  'item.price': '价格',
  'item.priceHint': '留空表示“价格面议”。',
  'item.currency': '币种（ISO 4217，如 CNY）',
  'item.newHeading': '新增展品',
  'item.editHeading': '编辑展品',
  'item.cancel': '取消编辑',
  'item.save': '保存展品',
  'item.saved': '展品已保存。',
  'item.images': '图片',
  'item.hiddenBadge': '已隐藏',
  'item.edit': '编辑{name}',
  'item.show': '显示{name}',
  'item.hide': '隐藏{name}',
  'item.up': '上移{name}',
  'item.down': '下移{name}',
  'item.delete': '删除{name}',
  'leads.heading': '潜在客户',
  'leads.who': '访客',
  'leads.contact': '联系方式',
  'leads.interactions': '互动',
  'leads.rating': '评级',
  'leads.note': '备注',
  'leads.save': '保存',
  'leads.refresh': '刷新',
  'leads.exportCsv': '导出 CSV',
  'leads.exportJson': '导出 JSON',
  'leads.ratingOf': '{name}的评级',
  'leads.noteOf': '关于{name}的备注',
  'leads.unrated': '未评级',
  'leads.rating5': '5 – 热',
  'leads.rating4': '4',
  'leads.rating3': '3 – 温',
  'leads.rating2': '2',
  'leads.rating1': '1 – 冷',
  'leads.saved': '已保存{name}的客户信息。',
  'leads.kind.contact': '联系请求',
  'leads.kind.card': '名片',
  'leads.kind.chat': '聊天',
  'leads.kind.download': '下载',
  'leads.empty': '暂无潜在客户。',
  'staffOnline.some': '在线工作人员：{names}',
  'staffOnline.none': '工作人员暂不在线，您可以留言或提交联系请求。',
  'staffOnline.invited': '本展位的{name}邀请您聊天，请在下方输入。',
  'attendees.heading': '当前在展位的访客',
  'attendees.invite': '邀请{name}聊天',
  'attendees.invited': '已邀请{name}聊天。',
  'attendees.stayed': '{minutes} 分钟',
  'attendees.empty': '展位当前没有访客。',
  'analytics.heading': '统计',
  'analytics.visits': '访问次数',
  'analytics.unique': '独立访客',
  'analytics.averageStay': '平均停留',
  'analytics.chat': '聊天消息',
  'analytics.downloads': '下载次数',
  'nav.directory': '查找展位',
  'directory.heading': '查找展位',
  'directory.search': '搜索',
  'directory.city': '城市或展馆',
  'directory.field': '领域',
  'directory.any': '不限',
  'directory.sort': '排序',
  'directory.popular': '当前人气',
  'directory.name': '名称',
  'directory.staffOnline': '工作人员在线',
  'directory.staffHere': '工作人员在线',
  'directory.none': '没有符合条件的展位。',
  'directory.favourite': '将{name}加入我的展会收藏',
  'directory.unfavourite': '将{name}移出我的展会收藏',
  'directory.bag': '我的展会收藏',
  'directory.bagEmpty': '收藏夹还是空的。',
  'media.useAsLogo': '将{name}设为标志',
  'media.useAsBanner': '将{name}设为横幅',
  'media.brandingSaved': '展位现已显示{name}。',
  'catalogue.logo': '展位标志',
};

Object.assign(en, negotiationTexts.en);
Object.assign(zh, negotiationTexts.zh);
Object.assign(en, moderationTexts.en);
Object.assign(zh, moderationTexts.zh);

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
