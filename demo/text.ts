// The demo page's own words, in every language the elements speak (the elements bring their own).
// English sets the shape: every other language must have every key.
import type { TicketStatus } from '../src/sdk/index.js';

export const LOCALES = ['en', 'fa', 'ar', 'sv'] as const;
export type DemoLocale = (typeof LOCALES)[number];
export const RTL: ReadonlySet<string> = new Set(['fa', 'ar']);

const en = {
  title: 'Helpkit demo',
  lead: 'An embeddable support widget and SDK. This page runs on the built-in mock backend.',
  language: 'Language',
  siteHeading: 'Site settings',
  loading: 'Loading…',
  faqHeading: 'Help center',
  ticketHeading: 'Contact support',
  ticketHint:
    'Every word is saved as a draft while you type (reload to see it come back). Send while offline — with the network off, or with “Go offline” above — and the ticket waits in the outbox until the connection is back.',
  mineHeading: 'My tickets',
  noTickets: 'No tickets yet.',
  backstageHeading: 'Backstage: the mock backend',
  goOffline: 'Go offline',
  advance: 'Advance the clock 1 hour',
  fail: 'Fail the next request (503)',
  online: 'Online: the mock backend answers every request.',
  serverDown: '“Go offline” is on: the mock backend answers nothing, as when the server cannot be reached.',
  browserOffline: 'Your browser is offline: no request reaches the server, as without a network. Tickets wait in the outbox and are sent when the connection is back.',
  serverDownToo: '“Go offline” is on as well.',
  outbox: (count: number, n: string) =>
    count === 0 ? 'The outbox is empty.' : count === 1 ? 'One submission is waiting in the outbox.' : `${n} submissions are waiting in the outbox.`,
  openNow: 'Open now',
  opensAt: (when: string) => `Closed · opens ${when}`,
  channels: (list: string) => `Channels: ${list}`,
  settingsFailed: 'Could not load the settings.',
  replyBy: (when: string) => `reply promised by ${when}`,
  status: {
    received: 'Received',
    open: 'Open',
    waiting_on_customer: 'Waiting for you',
    on_hold: 'On hold',
    solved: 'Solved',
    closed: 'Closed',
  } satisfies Record<TicketStatus, string>,
};

export type DemoText = typeof en;

const fa: DemoText = {
  title: 'نسخهٔ نمایشی Helpkit',
  lead: 'ابزارک پشتیبانی مشتری و SDK که در هر سایتی جا می‌گیرد. این صفحه با سرور شبیه‌سازی‌شدهٔ خود Helpkit کار می‌کند.',
  language: 'زبان',
  siteHeading: 'تنظیمات سایت',
  loading: 'در حال بارگذاری…',
  faqHeading: 'مرکز راهنما',
  ticketHeading: 'تماس با پشتیبانی',
  ticketHint:
    'هر کلمه‌ای که می‌نویسید در پیش‌نویس ذخیره می‌شود (صفحه را دوباره بارگذاری کنید تا ببینید سر جایش است). بدون اینترنت هم بفرستید — با قطع شبکه یا با دکمهٔ «قطع اتصال» در بالا — درخواست در صندوق خروجی می‌ماند تا اتصال برگردد.',
  mineHeading: 'درخواست‌های من',
  noTickets: 'هنوز درخواستی ثبت نکرده‌اید.',
  backstageHeading: 'پشت صحنه: سرور شبیه‌سازی‌شده',
  goOffline: 'قطع اتصال',
  advance: 'زمان را یک ساعت جلو ببرید',
  fail: 'درخواست بعدی به سرور ناموفق شود (۵۰۳)',
  online: 'آنلاین: سرور شبیه‌سازی‌شده به همهٔ درخواست‌ها پاسخ می‌دهد.',
  serverDown: '«قطع اتصال» روشن است: سرور شبیه‌سازی‌شده به هیچ درخواستی پاسخ نمی‌دهد، انگار در دسترس نیست.',
  browserOffline: 'مرورگر شما آفلاین است و چیزی به سرور نمی‌رسد، درست مثل وقتی که شبکه قطع است. پیام‌ها در صندوق خروجی می‌مانند و پس از برقراری اتصال فرستاده می‌شوند.',
  serverDownToo: '«قطع اتصال» هم روشن است.',
  outbox: (count, n) =>
    count === 0 ? 'صندوق خروجی خالی است.' : count === 1 ? 'یک پیام در صندوق خروجی منتظر ارسال است.' : `${n} پیام در صندوق خروجی منتظر ارسال است.`,
  openNow: 'هم‌اکنون باز است',
  opensAt: (when) => `بسته است · ${when} باز می‌شود`,
  channels: (list) => `راه‌های ارتباطی: ${list}`,
  settingsFailed: 'تنظیمات بارگذاری نشد.',
  replyBy: (when) => `پاسخ حداکثر تا ${when}`,
  status: {
    received: 'دریافت شد',
    open: 'در حال بررسی',
    waiting_on_customer: 'در انتظار پاسخ شما',
    on_hold: 'متوقف',
    solved: 'حل شد',
    closed: 'بسته شد',
  },
};

const ar: DemoText = {
  title: 'عرض توضيحي لـ Helpkit',
  lead: 'أداة دعم للعملاء وحزمة SDK يمكن تضمينهما في أي موقع. تعمل هذه الصفحة على الخادم التجريبي المدمج في Helpkit.',
  language: 'اللغة',
  siteHeading: 'إعدادات الموقع',
  loading: 'جارٍ التحميل…',
  faqHeading: 'مركز المساعدة',
  ticketHeading: 'تواصل مع الدعم',
  ticketHint:
    'تُحفظ كل كلمة تكتبها مسودةً أثناء الكتابة (أعد تحميل الصفحة لترى أنها باقية). جرّب الإرسال دون اتصال — بقطع الشبكة أو بزر «قطع الاتصال» في الأعلى — فتنتظر التذكرة في صندوق الصادر حتى يعود الاتصال.',
  mineHeading: 'تذاكري',
  noTickets: 'لا توجد تذاكر بعد.',
  backstageHeading: 'خلف الكواليس: الخادم التجريبي',
  goOffline: 'قطع الاتصال',
  advance: 'تقديم الساعة ساعةً واحدة',
  fail: 'إفشال الطلب التالي (٥٠٣)',
  online: 'متصل: يرد الخادم التجريبي على كل الطلبات.',
  serverDown: '«قطع الاتصال» مفعّل: لا يرد الخادم التجريبي على أي طلب، كأنه غير متاح.',
  browserOffline: 'متصفحك غير متصل بالإنترنت: لا يصل أي طلب إلى الخادم، تمامًا كما يحدث عند انقطاع الشبكة. تنتظر الرسائل في صندوق الصادر وتُرسل عند عودة الاتصال.',
  serverDownToo: '«قطع الاتصال» مفعّل أيضًا.',
  outbox: (count, n) => {
    if (count === 0) return 'صندوق الصادر فارغ.';
    if (count === 1) return 'رسالة واحدة تنتظر في صندوق الصادر.';
    if (count === 2) return 'رسالتان تنتظران في صندوق الصادر.';
    return count <= 10 ? `${n} رسائل تنتظر في صندوق الصادر.` : `${n} رسالة تنتظر في صندوق الصادر.`;
  },
  openNow: 'مفتوح الآن',
  opensAt: (when) => `مغلق · يفتح ${when}`,
  channels: (list) => `قنوات التواصل: ${list}`,
  settingsFailed: 'تعذّر تحميل الإعدادات.',
  replyBy: (when) => `موعد الرد: ${when}`,
  status: {
    received: 'مستلمة',
    open: 'قيد المعالجة',
    waiting_on_customer: 'بانتظار ردك',
    on_hold: 'معلّقة',
    solved: 'تم حلها',
    closed: 'مغلقة',
  },
};

const sv: DemoText = {
  title: 'Helpkit-demo',
  lead: 'En inbäddningsbar supportwidget och ett SDK. Sidan körs mot Helpkits inbyggda simulerade server.',
  language: 'Språk',
  siteHeading: 'Webbplatsens inställningar',
  loading: 'Läser in…',
  faqHeading: 'Hjälpcenter',
  ticketHeading: 'Kontakta supporten',
  ticketHint:
    'Varje ord sparas som utkast medan du skriver (ladda om sidan så ser du att det finns kvar). Skicka utan anslutning – med nätverket avstängt eller med ”Gå offline” här ovanför – så väntar ärendet i utkorgen tills anslutningen är tillbaka.',
  mineHeading: 'Mina ärenden',
  noTickets: 'Inga ärenden än.',
  backstageHeading: 'Bakom kulisserna: den simulerade servern',
  goOffline: 'Gå offline',
  advance: 'Flytta fram klockan en timme',
  fail: 'Låt nästa anrop misslyckas (503)',
  online: 'Online: den simulerade servern svarar på alla anrop.',
  serverDown: '”Gå offline” är på: den simulerade servern svarar inte på något, som när servern inte går att nå.',
  browserOffline: 'Webbläsaren är offline: inga anrop når servern, precis som utan nätverk. Ärenden väntar i utkorgen och skickas när anslutningen är tillbaka.',
  serverDownToo: '”Gå offline” är också på.',
  outbox: (count, n) =>
    count === 0 ? 'Utkorgen är tom.' : count === 1 ? 'Ett meddelande väntar i utkorgen.' : `${n} meddelanden väntar i utkorgen.`,
  openNow: 'Öppet nu',
  opensAt: (when) => `Stängt · öppnar ${when}`,
  channels: (list) => `Kanaler: ${list}`,
  settingsFailed: 'Inställningarna kunde inte läsas in.',
  replyBy: (when) => `svar utlovat senast ${when}`,
  status: {
    received: 'Mottaget',
    open: 'Öppet',
    waiting_on_customer: 'Väntar på dig',
    on_hold: 'Pausat',
    solved: 'Löst',
    closed: 'Stängt',
  },
};

export const TEXT: Record<DemoLocale, DemoText> = { en, fa, ar, sv };

export const isDemoLocale = (value: unknown): value is DemoLocale => LOCALES.includes(value as DemoLocale);
