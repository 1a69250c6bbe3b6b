// Seed site settings for the mock backend, in the four languages the demo speaks.
export type Locale = 'en' | 'fa' | 'ar' | 'sv';
export type Text = Record<Locale, string>;
export const LOCALES: Locale[] = ['en', 'fa', 'ar', 'sv'];

export interface SeedField {
  id: string;
  type: 'text' | 'textarea' | 'email' | 'tel' | 'number' | 'select' | 'checkbox' | 'date';
  label: Text;
  required?: boolean;
  maxLength?: number;
  min?: number;
  max?: number;
  step?: number;
  /** A code such as an order number: shown left to right, native digits folded (protocol `Field.identifier`). */
  identifier?: boolean;
  pattern?: string;
  /** A date field's latest day: `today` is the day it is where the team is, when asked. */
  maxDate?: 'today';
  options?: { value: string; label: Text }[];
}

export interface SeedCategory {
  id: string;
  label: Text;
  description: Text;
  slaMinutes: number;
  fields: SeedField[];
}

export const siteName: Text = { en: 'Nordlys Support', fa: 'پشتیبانی نوردلیس', ar: 'دعم نوردليس', sv: 'Nordlys kundtjänst' };

export const hoursText: Text = {
  en: 'Mon–Thu 08:00–17:00, Fri 08:00–16:00 (Stockholm time)',
  fa: 'دوشنبه تا پنجشنبه ۰۸:۰۰ تا ۱۷:۰۰، جمعه ۰۸:۰۰ تا ۱۶:۰۰ (به وقت استکهلم)',
  ar: 'الاثنين–الخميس ٠٨:٠٠–١٧:٠٠، الجمعة ٠٨:٠٠–١٦:٠٠ (بتوقيت ستوكهولم)',
  sv: 'mån–tors 08.00–17.00, fre 08.00–16.00 (svensk tid)',
};

export const categories: SeedCategory[] = [
  {
    id: 'orders',
    label: { en: 'Orders and delivery', fa: 'سفارش و ارسال', ar: 'الطلبات والتوصيل', sv: 'Beställningar och leverans' },
    description: {
      en: 'Where is my parcel, returns, damaged goods',
      fa: 'وضعیت بسته، مرجوعی، کالای آسیب‌دیده',
      ar: 'أين طردي، الإرجاع، البضائع التالفة',
      sv: 'Var är mitt paket, returer, skadade varor',
    },
    slaMinutes: 120,
    fields: [
      {
        id: 'orderNumber',
        type: 'text',
        required: true,
        maxLength: 20,
        identifier: true,
        label: { en: 'Order number', fa: 'شماره سفارش', ar: 'رقم الطلب', sv: 'Ordernummer' },
      },
      {
        id: 'deliveryDate',
        type: 'date',
        label: { en: 'Expected delivery date', fa: 'تاریخ تحویل مورد انتظار', ar: 'تاريخ التسليم المتوقع', sv: 'Beräknat leveransdatum' },
      },
    ],
  },
  {
    id: 'billing',
    label: { en: 'Billing and payments', fa: 'صورتحساب و پرداخت', ar: 'الفواتير والدفع', sv: 'Fakturor och betalning' },
    description: {
      en: 'Invoices, refunds, payment methods',
      fa: 'فاکتورها، بازپرداخت، روش‌های پرداخت',
      ar: 'الفواتير، المبالغ المستردة، طرق الدفع',
      sv: 'Fakturor, återbetalningar, betalsätt',
    },
    slaMinutes: 240,
    fields: [
      {
        id: 'invoiceNumber',
        type: 'text',
        maxLength: 30,
        identifier: true,
        label: { en: 'Invoice number', fa: 'شماره فاکتور', ar: 'رقم الفاتورة', sv: 'Fakturanummer' },
      },
      {
        id: 'amount',
        type: 'number',
        min: 0,
        max: 1_000_000,
        step: 0.01,
        label: { en: 'Amount (SEK)', fa: 'مبلغ (کرون)', ar: 'المبلغ (كرونة)', sv: 'Belopp (kr)' },
      },
      {
        id: 'paymentMethod',
        type: 'select',
        required: true,
        label: { en: 'Payment method', fa: 'روش پرداخت', ar: 'طريقة الدفع', sv: 'Betalsätt' },
        options: [
          { value: 'card', label: { en: 'Card', fa: 'کارت بانکی', ar: 'بطاقة', sv: 'Kort' } },
          { value: 'invoice', label: { en: 'Invoice', fa: 'فاکتور', ar: 'فاتورة', sv: 'Faktura' } },
          { value: 'swish', label: { en: 'Swish', fa: 'سوئیش', ar: 'سويش', sv: 'Swish' } },
        ],
      },
    ],
  },
  {
    id: 'technical',
    label: { en: 'Technical problem', fa: 'مشکل فنی', ar: 'مشكلة تقنية', sv: 'Tekniskt problem' },
    description: {
      en: 'The app, the website, connecting devices',
      fa: 'برنامه، وب‌سایت، اتصال دستگاه‌ها',
      ar: 'التطبيق، الموقع، توصيل الأجهزة',
      sv: 'Appen, webbplatsen, anslutna enheter',
    },
    slaMinutes: 480,
    fields: [
      {
        id: 'device',
        type: 'select',
        required: true,
        label: { en: 'Device', fa: 'دستگاه', ar: 'الجهاز', sv: 'Enhet' },
        options: [
          { value: 'phone', label: { en: 'Phone', fa: 'تلفن همراه', ar: 'هاتف', sv: 'Mobil' } },
          { value: 'computer', label: { en: 'Computer', fa: 'رایانه', ar: 'حاسوب', sv: 'Dator' } },
          { value: 'printer', label: { en: 'Printer', fa: 'چاپگر', ar: 'طابعة', sv: 'Skrivare' } },
        ],
      },
      {
        id: 'steps',
        type: 'textarea',
        maxLength: 1000,
        label: { en: 'What did you try?', fa: 'چه کارهایی را امتحان کردید؟', ar: 'ماذا جربت؟', sv: 'Vad har du provat?' },
      },
      {
        id: 'phone',
        type: 'tel',
        label: { en: 'Phone for follow-up', fa: 'تلفن برای پیگیری', ar: 'هاتف للمتابعة', sv: 'Telefon för uppföljning' },
      },
      {
        id: 'copyTo',
        type: 'email',
        label: { en: 'Copy replies to', fa: 'ارسال رونوشت پاسخ‌ها به', ar: 'إرسال نسخة من الردود إلى', sv: 'Kopia av svar till' },
      },
      {
        id: 'canReproduce',
        type: 'checkbox',
        label: { en: 'It happens every time', fa: 'هر بار این اتفاق می‌افتد', ar: 'يحدث ذلك في كل مرة', sv: 'Det händer varje gång' },
      },
    ],
  },
  {
    id: 'account',
    label: { en: 'Account and login', fa: 'حساب کاربری و ورود', ar: 'الحساب وتسجيل الدخول', sv: 'Konto och inloggning' },
    description: {
      en: 'Passwords, e-mail address, two-step login',
      fa: 'گذرواژه، نشانی ایمیل، ورود دومرحله‌ای',
      ar: 'كلمات المرور، البريد الإلكتروني، التحقق بخطوتين',
      sv: 'Lösenord, e-postadress, tvåstegsverifiering',
    },
    slaMinutes: 60,
    fields: [
      { id: 'startedOn', type: 'date', label: { en: 'When did it start?', fa: 'از چه زمانی شروع شد؟', ar: 'متى بدأت المشكلة؟', sv: 'När började det?' }, maxDate: 'today' },
    ],
  },
];

export const priorities: { id: string; label: Text }[] = [
  { id: 'normal', label: { en: 'Normal', fa: 'عادی', ar: 'عادية', sv: 'Normal' } },
  { id: 'high', label: { en: 'High', fa: 'بالا', ar: 'عالية', sv: 'Hög' } },
  { id: 'urgent', label: { en: 'Urgent', fa: 'فوری', ar: 'عاجلة', sv: 'Brådskande' } },
];

export const channels: { type: 'email' | 'phone' | 'whatsapp' | 'chat' | 'url'; label: Text; href: string }[] = [
  { type: 'email', label: { en: 'E-mail us', fa: 'ایمیل به ما', ar: 'راسلنا', sv: 'Mejla oss' }, href: 'mailto:support@nordlys.example' },
  { type: 'phone', label: { en: 'Call us', fa: 'تماس تلفنی', ar: 'اتصل بنا', sv: 'Ring oss' }, href: 'tel:+46812345678' },
  { type: 'whatsapp', label: { en: 'WhatsApp', fa: 'واتس‌اپ', ar: 'واتساب', sv: 'WhatsApp' }, href: 'https://wa.me/46812345678' },
  { type: 'url', label: { en: 'Service status', fa: 'وضعیت سرویس', ar: 'حالة الخدمة', sv: 'Driftstatus' }, href: 'https://status.nordlys.example' },
];

/** Texts the mock's scripted agent writes. */
export const script = {
  agentName: { en: 'Sara', fa: 'سارا', ar: 'سارة', sv: 'Sara' } as Text,
  team: { en: 'Customer care', fa: 'خدمات مشتریان', ar: 'خدمة العملاء', sv: 'Kundservice' } as Text,
  botName: { en: 'Nordlys assistant', fa: 'دستیار نوردلیس', ar: 'مساعد نوردليس', sv: 'Nordlys-assistenten' } as Text,
  agentReply: {
    en: 'Thanks for writing to us. I have looked at this and everything is now in order on our side. Does it work for you too?',
    fa: 'از پیامتان متشکریم. موضوع را بررسی کردم و اکنون همه چیز از طرف ما درست است. آیا برای شما هم درست شد؟',
    ar: 'شكرًا لرسالتك. راجعتُ الأمر وأصبح كل شيء على ما يرام من جهتنا. هل تم حل المشكلة لديك أيضًا؟',
    sv: 'Tack för att du hörde av dig. Jag har tittat på det här och nu är allt i ordning hos oss. Fungerar det för dig också?',
  } as Text,
  acknowledge: {
    en: 'Hi, I’m Sara and I’m taking care of your request. I’m looking into it now.',
    fa: 'سلام، سارا هستم و پیگیری درخواست شما با من است. همین حالا در حال بررسی آن هستم.',
    ar: 'مرحبًا، أنا سارة وسأتولى طلبك. أعمل على دراسته الآن.',
    sv: 'Hej, jag heter Sara och tar hand om ditt ärende. Jag tittar på det nu.',
  } as Text,
  question: {
    en: 'Could you tell us a little more? When did this start, and what have you tried so far?',
    fa: 'ممکن است کمی بیشتر توضیح دهید؟ از کی شروع شد و تا الان چه کارهایی را امتحان کرده‌اید؟',
    ar: 'هل يمكنك أن تخبرنا بالمزيد؟ متى بدأت المشكلة، وما الذي جربته حتى الآن؟',
    sv: 'Kan du berätta lite mer? När började det, och vad har du provat hittills?',
  } as Text,
  /** The steps of the walkthrough script's multi-step work. */
  work: [
    { en: 'Finding the cause', fa: 'یافتن علت', ar: 'تحديد السبب', sv: 'Felsökning' },
    { en: 'Fixing it', fa: 'رفع مشکل', ar: 'الإصلاح', sv: 'Åtgärd' },
    { en: 'Checking that it works', fa: 'اطمینان از درست کار کردن', ar: 'التحقق من أن كل شيء يعمل', sv: 'Kontroll att allt fungerar' },
  ] as Text[],
  escalated: {
    en: 'Your ticket has been escalated to a team lead.',
    fa: 'درخواست شما به سرپرست تیم ارجاع شد.',
    ar: 'تم تصعيد تذكرتك إلى قائد الفريق.',
    sv: 'Ditt ärende har eskalerats till en teamledare.',
  } as Text,
  steps: {
    received: { en: 'Received', fa: 'دریافت شد', ar: 'تم الاستلام', sv: 'Mottaget' },
    review: { en: 'In review', fa: 'در حال بررسی', ar: 'قيد المراجعة', sv: 'Under handläggning' },
    answered: { en: 'Answered', fa: 'پاسخ داده شد', ar: 'تم الرد', sv: 'Besvarat' },
    solved: { en: 'Solved', fa: 'حل شد', ar: 'تم الحل', sv: 'Löst' },
  } as Record<string, Text>,
};
