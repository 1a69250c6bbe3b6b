// Seed FAQ: twelve articles, each written in English, Persian, Arabic and Swedish.
// Persian uses its own letter forms (ی ک) and Arabic its own (ي ك), as real knowledge bases do.
import type { Locale } from './seed-config.js';

export interface SeedArticle {
  topic: string;
  category: string;
  updatedAt: string;
  text: Record<Locale, { title: string; excerpt: string; steps: string[]; keywords: string[] }>;
  related: string[];
}

export const articles: SeedArticle[] = [
  {
    topic: 'reset-password',
    category: 'account',
    updatedAt: '2026-09-14T08:00:00Z',
    related: ['two-factor', 'change-email'],
    text: {
      en: {
        title: 'How do I reset my password?',
        excerpt: 'Forgot your password? Request a reset link from the login page; it is valid for one hour.',
        steps: ['Open the login page and choose “Forgot password”.', 'Enter the e-mail address of your account.', 'Open the link we e-mail you within one hour and choose a new password.'],
        keywords: ['login', 'forgot', 'sign in'],
      },
      fa: {
        title: 'چگونه گذرواژه‌ام را بازنشانی کنم؟',
        excerpt: 'گذرواژه را فراموش کرده‌اید؟ از صفحه ورود پیوند بازنشانی بخواهید؛ این پیوند یک ساعت اعتبار دارد.',
        steps: ['صفحه ورود را باز کنید و «فراموشی گذرواژه» را بزنید.', 'نشانی ایمیل حساب خود را وارد کنید.', 'پیوندی را که برایتان می‌فرستیم ظرف یک ساعت باز کنید و گذرواژه تازه‌ای برگزینید.'],
        keywords: ['ورود', 'رمز عبور', 'فراموشی'],
      },
      ar: {
        title: 'كيف أعيد تعيين كلمة المرور؟',
        excerpt: 'نسيت كلمة المرور؟ اطلب رابط إعادة التعيين من صفحة تسجيل الدخول؛ الرابط صالح لمدة ساعة واحدة.',
        steps: ['افتح صفحة تسجيل الدخول واختر «نسيت كلمة المرور».', 'أدخل البريد الإلكتروني المرتبط بحسابك.', 'افتح الرابط الذي نرسله إليك خلال ساعة واختر كلمة مرور جديدة.'],
        keywords: ['تسجيل الدخول', 'كلمة السر', 'نسيت'],
      },
      sv: {
        title: 'Hur återställer jag mitt lösenord?',
        excerpt: 'Glömt lösenordet? Begär en återställningslänk från inloggningssidan; länken gäller i en timme.',
        steps: ['Öppna inloggningssidan och välj ”Glömt lösenord”.', 'Ange e-postadressen till ditt konto.', 'Öppna länken vi mejlar dig inom en timme och välj ett nytt lösenord.'],
        keywords: ['logga in', 'glömt', 'inloggning'],
      },
    },
  },
  {
    topic: 'change-email',
    category: 'account',
    updatedAt: '2026-08-02T10:30:00Z',
    related: ['reset-password'],
    text: {
      en: {
        title: 'Changing the e-mail address on your account',
        excerpt: 'You can change your e-mail address under Settings → Account. We confirm the new address before switching.',
        steps: ['Go to Settings → Account.', 'Enter the new address and your current password.', 'Confirm with the link we send to the new address.'],
        keywords: ['email', 'address', 'profile'],
      },
      fa: {
        title: 'تغییر نشانی ایمیل حساب کاربری',
        excerpt: 'نشانی ایمیل را می‌توانید در تنظیمات ← حساب کاربری تغییر دهید. پیش از جابه‌جایی، نشانی تازه را تأیید می‌کنیم.',
        steps: ['به تنظیمات ← حساب کاربری بروید.', 'نشانی تازه و گذرواژه کنونی را وارد کنید.', 'با پیوندی که به نشانی تازه می‌فرستیم آن را تأیید کنید.'],
        keywords: ['ایمیل', 'نشانی', 'نمایه'],
      },
      ar: {
        title: 'تغيير البريد الإلكتروني لحسابك',
        excerpt: 'يمكنك تغيير بريدك الإلكتروني من الإعدادات ← الحساب. نتحقق من العنوان الجديد قبل اعتماده.',
        steps: ['انتقل إلى الإعدادات ← الحساب.', 'أدخل العنوان الجديد وكلمة المرور الحالية.', 'أكّد عبر الرابط الذي نرسله إلى العنوان الجديد.'],
        keywords: ['البريد', 'العنوان', 'الملف الشخصي'],
      },
      sv: {
        title: 'Byta e-postadress på ditt konto',
        excerpt: 'Du byter e-postadress under Inställningar → Konto. Vi bekräftar den nya adressen innan bytet.',
        steps: ['Gå till Inställningar → Konto.', 'Ange den nya adressen och ditt nuvarande lösenord.', 'Bekräfta med länken vi skickar till den nya adressen.'],
        keywords: ['e-post', 'adress', 'profil'],
      },
    },
  },
  {
    topic: 'two-factor',
    category: 'account',
    updatedAt: '2026-07-21T09:00:00Z',
    related: ['reset-password'],
    text: {
      en: {
        title: 'Turning on two-step verification',
        excerpt: 'Protect your account with a code from an authenticator app in addition to your password.',
        steps: ['Go to Settings → Security.', 'Choose “Two-step verification” and scan the QR code with your app.', 'Save the backup codes somewhere safe.'],
        keywords: ['2fa', 'security', 'authenticator', 'code'],
      },
      fa: {
        title: 'فعال‌سازی ورود دومرحله‌ای',
        excerpt: 'علاوه بر گذرواژه، با کدی از برنامه احراز هویت از حساب خود محافظت کنید.',
        steps: ['به تنظیمات ← امنیت بروید.', '«ورود دومرحله‌ای» را برگزینید و کد QR را با برنامه اسکن کنید.', 'کدهای پشتیبان را در جای امنی نگه دارید.'],
        keywords: ['امنیت', 'کد', 'احراز هویت'],
      },
      ar: {
        title: 'تفعيل التحقق بخطوتين',
        excerpt: 'احمِ حسابك برمز من تطبيق المصادقة إضافةً إلى كلمة المرور.',
        steps: ['انتقل إلى الإعدادات ← الأمان.', 'اختر «التحقق بخطوتين» وامسح رمز QR بالتطبيق.', 'احفظ الرموز الاحتياطية في مكان آمن.'],
        keywords: ['الأمان', 'رمز', 'المصادقة'],
      },
      sv: {
        title: 'Slå på tvåstegsverifiering',
        excerpt: 'Skydda kontot med en kod från en autentiseringsapp utöver lösenordet.',
        steps: ['Gå till Inställningar → Säkerhet.', 'Välj ”Tvåstegsverifiering” och skanna QR-koden med appen.', 'Spara reservkoderna på ett säkert ställe.'],
        keywords: ['säkerhet', 'kod', 'autentisering', '2fa'],
      },
    },
  },
  {
    topic: 'delete-account',
    category: 'account',
    updatedAt: '2026-05-11T12:00:00Z',
    related: ['cancel-subscription'],
    text: {
      en: {
        title: 'Deleting your account and data',
        excerpt: 'Deleting your account removes your personal data within 30 days. Active subscriptions must be cancelled first.',
        steps: ['Cancel any active subscription.', 'Go to Settings → Privacy → Delete account.', 'Confirm with your password; we e-mail a receipt.'],
        keywords: ['gdpr', 'privacy', 'remove', 'close account'],
      },
      fa: {
        title: 'حذف حساب کاربری و داده‌ها',
        excerpt: 'با حذف حساب، داده‌های شخصی شما ظرف ۳۰ روز پاک می‌شود. ابتدا باید اشتراک فعال را لغو کنید.',
        steps: ['هر اشتراک فعالی را لغو کنید.', 'به تنظیمات ← حریم خصوصی ← حذف حساب بروید.', 'با گذرواژه تأیید کنید؛ رسید را ایمیل می‌کنیم.'],
        keywords: ['حریم خصوصی', 'پاک کردن', 'بستن حساب'],
      },
      ar: {
        title: 'حذف حسابك وبياناتك',
        excerpt: 'يؤدي حذف الحساب إلى إزالة بياناتك الشخصية خلال ٣٠ يومًا. يجب إلغاء الاشتراكات النشطة أولًا.',
        steps: ['ألغِ أي اشتراك نشط.', 'انتقل إلى الإعدادات ← الخصوصية ← حذف الحساب.', 'أكّد بكلمة المرور؛ وسنرسل إليك إيصالًا.'],
        keywords: ['الخصوصية', 'إزالة', 'إغلاق الحساب'],
      },
      sv: {
        title: 'Radera ditt konto och dina uppgifter',
        excerpt: 'När du raderar kontot tas dina personuppgifter bort inom 30 dagar. Avsluta aktiva abonnemang först.',
        steps: ['Avsluta eventuella aktiva abonnemang.', 'Gå till Inställningar → Integritet → Radera konto.', 'Bekräfta med lösenordet; vi mejlar ett kvitto.'],
        keywords: ['gdpr', 'integritet', 'ta bort', 'avsluta konto'],
      },
    },
  },
  {
    topic: 'track-order',
    category: 'orders',
    updatedAt: '2026-10-01T07:45:00Z',
    related: ['shipping-cost', 'return-item'],
    text: {
      en: {
        title: 'Where is my order?',
        excerpt: 'Follow your parcel with the tracking link in your shipping confirmation. Most orders arrive in 2–4 working days.',
        steps: ['Find the shipping confirmation in your inbox.', 'Open the tracking link or enter the tracking number on the carrier’s site.', 'No movement for 5 working days? Contact us with your order number.'],
        keywords: ['tracking', 'parcel', 'delivery', 'package'],
      },
      fa: {
        title: 'سفارش من کجاست؟',
        excerpt: 'بسته خود را با پیوند رهگیری در تأییدیه ارسال دنبال کنید. بیشتر سفارش‌ها ظرف ۲ تا ۴ روز کاری می‌رسند.',
        steps: ['تأییدیه ارسال را در صندوق ایمیل خود پیدا کنید.', 'پیوند رهگیری را باز کنید یا کد رهگیری را در سایت شرکت پست وارد کنید.', 'اگر ۵ روز کاری تغییری نبود، با شماره سفارش با ما تماس بگیرید.'],
        keywords: ['رهگیری', 'بسته', 'ارسال', 'پیگیری'],
      },
      ar: {
        title: 'أين طلبي؟',
        excerpt: 'تابع طردك عبر رابط التتبع في تأكيد الشحن. تصل معظم الطلبات خلال ٢–٤ أيام عمل.',
        steps: ['ابحث عن تأكيد الشحن في بريدك الوارد.', 'افتح رابط التتبع أو أدخل رقم التتبع في موقع شركة الشحن.', 'إن لم يتحرك الطرد خلال ٥ أيام عمل فتواصل معنا برقم الطلب.'],
        keywords: ['تتبع', 'طرد', 'توصيل', 'شحنة'],
      },
      sv: {
        title: 'Var är min beställning?',
        excerpt: 'Följ paketet med spårningslänken i leveransbekräftelsen. De flesta beställningar kommer inom 2–4 arbetsdagar.',
        steps: ['Leta upp leveransbekräftelsen i din inkorg.', 'Öppna spårningslänken eller ange kollinumret hos fraktbolaget.', 'Ingen rörelse på 5 arbetsdagar? Kontakta oss med ditt ordernummer.'],
        keywords: ['spårning', 'paket', 'leverans', 'försändelse'],
      },
    },
  },
  {
    topic: 'return-item',
    category: 'orders',
    updatedAt: '2026-06-18T13:20:00Z',
    related: ['refund-time', 'track-order'],
    text: {
      en: {
        title: 'Returning an item',
        excerpt: 'You have 30 days to return an item. Print the free return label from your order page and drop the parcel at any service point.',
        steps: ['Open the order under My orders and choose “Return”.', 'Print the return label and pack the item in its original packaging.', 'Hand the parcel in at a service point and keep the receipt.'],
        keywords: ['return', 'exchange', 'label', 'send back'],
      },
      fa: {
        title: 'مرجوع کردن کالا',
        excerpt: 'برای مرجوع کردن کالا ۳۰ روز فرصت دارید. برچسب رایگان مرجوعی را از صفحه سفارش چاپ کنید و بسته را به یکی از نمایندگی‌ها بدهید.',
        steps: ['سفارش را در «سفارش‌های من» باز کنید و «مرجوعی» را بزنید.', 'برچسب مرجوعی را چاپ کنید و کالا را در بسته‌بندی اصلی بگذارید.', 'بسته را به نمایندگی تحویل دهید و رسید را نگه دارید.'],
        keywords: ['مرجوعی', 'تعویض', 'برچسب', 'بازگرداندن'],
      },
      ar: {
        title: 'إرجاع منتج',
        excerpt: 'لديك ٣٠ يومًا لإرجاع المنتج. اطبع ملصق الإرجاع المجاني من صفحة الطلب وسلّم الطرد في أي نقطة خدمة.',
        steps: ['افتح الطلب من «طلباتي» واختر «إرجاع».', 'اطبع ملصق الإرجاع وضع المنتج في عبوته الأصلية.', 'سلّم الطرد في نقطة خدمة واحتفظ بالإيصال.'],
        keywords: ['إرجاع', 'استبدال', 'ملصق', 'إعادة'],
      },
      sv: {
        title: 'Returnera en vara',
        excerpt: 'Du har 30 dagars returrätt. Skriv ut den kostnadsfria retursedeln från ordersidan och lämna paketet hos ett ombud.',
        steps: ['Öppna beställningen under Mina beställningar och välj ”Returnera”.', 'Skriv ut retursedeln och packa varan i originalförpackningen.', 'Lämna paketet hos ett ombud och spara kvittot.'],
        keywords: ['retur', 'byte', 'retursedel', 'skicka tillbaka'],
      },
    },
  },
  {
    topic: 'refund-time',
    category: 'billing',
    updatedAt: '2026-09-30T15:00:00Z',
    related: ['return-item', 'update-payment'],
    text: {
      en: {
        title: 'When will I get my refund?',
        excerpt: 'Refunds are paid to the original payment method within 5 working days after we receive your return.',
        steps: ['We inspect the returned item within 2 working days.', 'The refund goes to the card, invoice or Swish account you paid with.', 'Your bank may take a further 1–3 days to show it.'],
        keywords: ['money back', 'refund', 'reimbursement'],
      },
      fa: {
        title: 'بازپرداخت پول من کی انجام می‌شود؟',
        excerpt: 'بازپرداخت ظرف ۵ روز کاری پس از دریافت کالای مرجوعی به همان روش پرداخت اولیه واریز می‌شود.',
        steps: ['کالای مرجوعی را ظرف ۲ روز کاری بررسی می‌کنیم.', 'مبلغ به همان کارت، فاکتور یا حساب سوئیش برمی‌گردد.', 'ممکن است نمایش آن در بانک شما ۱ تا ۳ روز دیگر طول بکشد.'],
        keywords: ['بازپرداخت', 'برگشت پول', 'استرداد'],
      },
      ar: {
        title: 'متى أسترد أموالي؟',
        excerpt: 'نُعيد المبلغ إلى وسيلة الدفع الأصلية خلال ٥ أيام عمل من استلامنا للمرتجع.',
        steps: ['نفحص المنتج المرتجع خلال يومَي عمل.', 'يُرد المبلغ إلى البطاقة أو الفاتورة أو حساب سويش الذي دفعت به.', 'قد يستغرق ظهوره في مصرفك من يوم إلى ثلاثة أيام إضافية.'],
        keywords: ['استرداد', 'استرجاع المال', 'تعويض'],
      },
      sv: {
        title: 'När får jag tillbaka pengarna?',
        excerpt: 'Återbetalningen görs till ursprungligt betalsätt inom 5 arbetsdagar efter att vi tagit emot returen.',
        steps: ['Vi kontrollerar den returnerade varan inom 2 arbetsdagar.', 'Pengarna går tillbaka till kortet, fakturan eller Swish-kontot du betalade med.', 'Det kan ta ytterligare 1–3 dagar innan banken visar beloppet.'],
        keywords: ['återbetalning', 'pengar tillbaka', 'kreditering'],
      },
    },
  },
  {
    topic: 'shipping-cost',
    category: 'orders',
    updatedAt: '2026-04-09T09:10:00Z',
    related: ['track-order'],
    text: {
      en: {
        title: 'What does shipping cost?',
        excerpt: 'Shipping is free on orders over 499 SEK. Below that, standard delivery costs 49 SEK and express 99 SEK.',
        steps: ['Standard delivery: 2–4 working days, 49 SEK.', 'Express delivery: next working day, 99 SEK.', 'Orders over 499 SEK ship free with standard delivery.'],
        keywords: ['delivery fee', 'postage', 'freight', 'express'],
      },
      fa: {
        title: 'هزینه ارسال چقدر است؟',
        excerpt: 'ارسال سفارش‌های بالای ۴۹۹ کرون رایگان است. کمتر از آن، ارسال عادی ۴۹ کرون و ارسال فوری ۹۹ کرون هزینه دارد.',
        steps: ['ارسال عادی: ۲ تا ۴ روز کاری، ۴۹ کرون.', 'ارسال فوری: روز کاری بعد، ۹۹ کرون.', 'سفارش‌های بالای ۴۹۹ کرون با ارسال عادی رایگان فرستاده می‌شوند.'],
        keywords: ['هزینه ارسال', 'پست', 'کرایه', 'فوری'],
      },
      ar: {
        title: 'كم تكلفة الشحن؟',
        excerpt: 'الشحن مجاني للطلبات التي تتجاوز ٤٩٩ كرونة. دون ذلك يكلف التوصيل العادي ٤٩ كرونة والسريع ٩٩ كرونة.',
        steps: ['التوصيل العادي: ٢–٤ أيام عمل، ٤٩ كرونة.', 'التوصيل السريع: يوم العمل التالي، ٩٩ كرونة.', 'الطلبات التي تتجاوز ٤٩٩ كرونة تُشحن مجانًا بالتوصيل العادي.'],
        keywords: ['رسوم التوصيل', 'البريد', 'أجرة الشحن', 'سريع'],
      },
      sv: {
        title: 'Vad kostar frakten?',
        excerpt: 'Frakten är gratis för beställningar över 499 kr. Under det kostar standardleverans 49 kr och expressleverans 99 kr.',
        steps: ['Standardleverans: 2–4 arbetsdagar, 49 kr.', 'Expressleverans: nästa arbetsdag, 99 kr.', 'Beställningar över 499 kr skickas fraktfritt med standardleverans.'],
        keywords: ['fraktkostnad', 'porto', 'leveransavgift', 'express'],
      },
    },
  },
  {
    topic: 'cancel-subscription',
    category: 'billing',
    updatedAt: '2026-03-27T11:00:00Z',
    related: ['delete-account', 'update-payment'],
    text: {
      en: {
        title: 'Cancelling your subscription',
        excerpt: 'Cancel at any time under Settings → Subscription. You keep access until the end of the period you paid for.',
        steps: ['Go to Settings → Subscription.', 'Choose “Cancel subscription” and tell us why, if you like.', 'You get a confirmation e-mail; nothing more is charged.'],
        keywords: ['unsubscribe', 'stop', 'membership', 'end plan'],
      },
      fa: {
        title: 'لغو اشتراک',
        excerpt: 'هر زمان بخواهید می‌توانید از تنظیمات ← اشتراک آن را لغو کنید. تا پایان دوره‌ای که پرداخت کرده‌اید دسترسی دارید.',
        steps: ['به تنظیمات ← اشتراک بروید.', '«لغو اشتراک» را بزنید و اگر مایلید دلیلش را بگویید.', 'ایمیل تأیید دریافت می‌کنید و دیگر مبلغی کسر نمی‌شود.'],
        keywords: ['لغو', 'توقف', 'عضویت', 'پایان طرح'],
      },
      ar: {
        title: 'إلغاء اشتراكك',
        excerpt: 'يمكنك الإلغاء في أي وقت من الإعدادات ← الاشتراك. يبقى وصولك متاحًا حتى نهاية الفترة المدفوعة.',
        steps: ['انتقل إلى الإعدادات ← الاشتراك.', 'اختر «إلغاء الاشتراك» وأخبرنا بالسبب إن شئت.', 'تصلك رسالة تأكيد، ولن يُخصم أي مبلغ بعد ذلك.'],
        keywords: ['إلغاء', 'إيقاف', 'العضوية', 'إنهاء الخطة'],
      },
      sv: {
        title: 'Säga upp ditt abonnemang',
        excerpt: 'Säg upp när du vill under Inställningar → Abonnemang. Du har tillgång till slutet av perioden du betalat för.',
        steps: ['Gå till Inställningar → Abonnemang.', 'Välj ”Säg upp abonnemang” och berätta gärna varför.', 'Du får ett bekräftelsemejl; inget mer dras.'],
        keywords: ['uppsägning', 'avsluta', 'medlemskap', 'prenumeration'],
      },
    },
  },
  {
    topic: 'update-payment',
    category: 'billing',
    updatedAt: '2026-08-15T14:40:00Z',
    related: ['download-invoice', 'cancel-subscription'],
    text: {
      en: {
        title: 'Updating your card or payment method',
        excerpt: 'Change the card, invoice address or Swish number we charge under Settings → Payment.',
        steps: ['Go to Settings → Payment.', 'Choose “Change payment method”.', 'Confirm the new card with your bank if asked.'],
        keywords: ['credit card', 'billing', 'expired card', 'swish'],
      },
      fa: {
        title: 'به‌روزرسانی کارت یا روش پرداخت',
        excerpt: 'کارت، نشانی صورتحساب یا شماره سوئیش را از تنظیمات ← پرداخت تغییر دهید.',
        steps: ['به تنظیمات ← پرداخت بروید.', '«تغییر روش پرداخت» را بزنید.', 'اگر خواسته شد، کارت تازه را از طریق بانک تأیید کنید.'],
        keywords: ['کارت بانکی', 'پرداخت', 'کارت منقضی', 'سوئیش'],
      },
      ar: {
        title: 'تحديث بطاقتك أو طريقة الدفع',
        excerpt: 'غيّر البطاقة أو عنوان الفاتورة أو رقم سويش من الإعدادات ← الدفع.',
        steps: ['انتقل إلى الإعدادات ← الدفع.', 'اختر «تغيير طريقة الدفع».', 'أكّد البطاقة الجديدة مع مصرفك إذا طُلب منك ذلك.'],
        keywords: ['بطاقة ائتمان', 'الدفع', 'بطاقة منتهية', 'سويش'],
      },
      sv: {
        title: 'Uppdatera kort eller betalsätt',
        excerpt: 'Byt kort, fakturaadress eller Swish-nummer under Inställningar → Betalning.',
        steps: ['Gå till Inställningar → Betalning.', 'Välj ”Byt betalsätt”.', 'Bekräfta det nya kortet med din bank om du blir ombedd.'],
        keywords: ['kreditkort', 'betalning', 'utgånget kort', 'swish'],
      },
    },
  },
  {
    topic: 'download-invoice',
    category: 'billing',
    updatedAt: '2026-10-12T08:25:00Z',
    related: ['update-payment', 'refund-time'],
    text: {
      en: {
        title: 'Downloading invoices and receipts',
        excerpt: 'Every invoice is available as a PDF under My orders → Invoices, for seven years.',
        steps: ['Go to My orders → Invoices.', 'Choose the invoice and select “Download PDF”.', 'Need a company name on it? Add it under Settings → Billing details first.'],
        keywords: ['receipt', 'pdf', 'vat', 'bill'],
      },
      fa: {
        title: 'دریافت فاکتورها و رسیدها',
        excerpt: 'همه فاکتورها تا هفت سال به صورت PDF در «سفارش‌های من ← فاکتورها» در دسترس‌اند.',
        steps: ['به «سفارش‌های من ← فاکتورها» بروید.', 'فاکتور را برگزینید و «دریافت PDF» را بزنید.', 'نام شرکت لازم است؟ پیش از آن در تنظیمات ← اطلاعات صورتحساب اضافه‌اش کنید.'],
        keywords: ['رسید', 'صورتحساب', 'مالیات', 'پی دی اف'],
      },
      ar: {
        title: 'تنزيل الفواتير والإيصالات',
        excerpt: 'تتوفر كل فاتورة بصيغة PDF في «طلباتي ← الفواتير» لمدة سبع سنوات.',
        steps: ['انتقل إلى «طلباتي ← الفواتير».', 'اختر الفاتورة ثم «تنزيل PDF».', 'تحتاج اسم شركة عليها؟ أضفه أولًا في الإعدادات ← بيانات الفوترة.'],
        keywords: ['إيصال', 'فاتورة', 'ضريبة', 'بي دي إف'],
      },
      sv: {
        title: 'Ladda ner fakturor och kvitton',
        excerpt: 'Alla fakturor finns som PDF under Mina beställningar → Fakturor i sju år.',
        steps: ['Gå till Mina beställningar → Fakturor.', 'Välj fakturan och ”Ladda ner PDF”.', 'Behöver du ett företagsnamn på den? Lägg till det under Inställningar → Faktureringsuppgifter först.'],
        keywords: ['kvitto', 'pdf', 'moms', 'räkning'],
      },
    },
  },
  {
    topic: 'printer-setup',
    category: 'technical',
    updatedAt: '2026-11-02T16:00:00Z',
    related: ['two-factor'],
    text: {
      en: {
        title: 'Connecting the printer to Wi-Fi',
        excerpt: 'Hold the Wi-Fi button for three seconds, then choose the printer in the app and enter your network password.',
        steps: ['Switch the printer on and wait until the light is steady.', 'Hold the Wi-Fi button for three seconds until it blinks blue.', 'In the app, choose Add device → Printer and enter your Wi-Fi password.'],
        keywords: ['wifi', 'wireless', 'network', 'printing'],
      },
      fa: {
        title: 'اتصال چاپگر به وای‌فای',
        excerpt: 'دکمه وای‌فای را سه ثانیه نگه دارید، سپس چاپگر را در برنامه برگزینید و گذرواژه شبکه را وارد کنید.',
        steps: ['چاپگر را روشن کنید و صبر کنید تا چراغ ثابت شود.', 'دکمه وای‌فای را سه ثانیه نگه دارید تا آبی چشمک بزند.', 'در برنامه «افزودن دستگاه ← چاپگر» را بزنید و گذرواژه وای‌فای را وارد کنید.'],
        keywords: ['وای فای', 'بی‌سیم', 'شبکه', 'پرینتر'],
      },
      ar: {
        title: 'توصيل الطابعة بشبكة الواي فاي',
        excerpt: 'اضغط زر الواي فاي ثلاث ثوانٍ، ثم اختر الطابعة في التطبيق وأدخل كلمة مرور الشبكة.',
        steps: ['شغّل الطابعة وانتظر حتى يثبت الضوء.', 'اضغط زر الواي فاي ثلاث ثوانٍ حتى يومض باللون الأزرق.', 'في التطبيق اختر «إضافة جهاز ← طابعة» وأدخل كلمة مرور الواي فاي.'],
        keywords: ['واي فاي', 'لاسلكي', 'الشبكة', 'طباعة'],
      },
      sv: {
        title: 'Ansluta skrivaren till wifi',
        excerpt: 'Håll wifi-knappen intryckt i tre sekunder, välj sedan skrivaren i appen och ange nätverkets lösenord.',
        steps: ['Slå på skrivaren och vänta tills lampan lyser stadigt.', 'Håll wifi-knappen intryckt i tre sekunder tills den blinkar blått.', 'Välj Lägg till enhet → Skrivare i appen och ange wifi-lösenordet.'],
        keywords: ['wifi', 'trådlöst', 'nätverk', 'utskrift'],
      },
    },
  },
];
