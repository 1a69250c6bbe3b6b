import type { ReactiveController, ReactiveControllerHost } from 'lit';
import en from '../i18n/en.js';
import {
  fill,
  intlLocale,
  isRtl,
  loadTranslation,
  supported,
  translationIfLoaded,
  type Locale,
  type TermKey,
  type Translation,
} from '../i18n/index.js';

/**
 * The element's language: terms, direction and Intl formatting. Self-contained per element (no
 * page-wide runtime), so a host page that localizes its own way never clashes with ours.
 */
export class LocalizeController implements ReactiveController {
  locale: Locale = 'en';
  private translation: Translation = en;

  constructor(private host: ReactiveControllerHost) {
    host.addController(this);
  }

  // Nothing to do on connect (the element calls use() once it knows the language), but a
  // controller must have at least one hook.
  hostConnected(): void {}

  /**
   * Switches language, loading its catalog first; resolves when terms are ready. A switch whose
   * signal aborted meanwhile (a newer choice came) changes nothing.
   */
  async use(locale: Locale, signal?: AbortSignal): Promise<void> {
    const translation = translationIfLoaded(locale) ?? (await loadTranslation(locale));
    signal?.throwIfAborted();
    this.locale = locale;
    this.translation = translation;
    this.host.requestUpdate();
  }

  /**
   * attribute → the browser's language if the site offers it → the site's default → the browser's
   * language if we have it → English. (A site that lists Persian serves a Persian reader in Persian
   * even when its default is English.)
   */
  static choose(attribute: string | null | undefined, site?: { locales: string[]; defaultLocale: string }): Locale {
    const fromAttribute = supported(attribute);
    if (fromAttribute) return fromAttribute;
    const browser = (typeof navigator !== 'undefined' ? navigator.languages : undefined) ?? [];
    const offered = site?.locales.map((l) => supported(l)).filter(Boolean) ?? [];
    const wanted = browser.map(supported).find((l) => l && offered.includes(l));
    return wanted ?? supported(site?.defaultLocale) ?? browser.map(supported).find(Boolean) ?? 'en';
  }

  term(key: TermKey, params?: Record<string, string | number>): string {
    return fill(this.translation[key] ?? en[key], params);
  }

  get dir(): 'ltr' | 'rtl' {
    return isRtl(this.locale) ? 'rtl' : 'ltr';
  }

  get intl(): string {
    return intlLocale(this.locale);
  }

  date(value: string | number | Date, options: Intl.DateTimeFormatOptions): string {
    return new Intl.DateTimeFormat(this.intl, options).format(new Date(value));
  }

  number(value: number, options?: Intl.NumberFormatOptions): string {
    return new Intl.NumberFormat(this.intl, options).format(value);
  }

  /** Numbers in a message's parameters in the reader's digits; `seconds` as a spelled-out span. */
  params(params?: Record<string, string | number>): Record<string, string | number> | undefined {
    if (!params) return params;
    return Object.fromEntries(
      Object.entries(params).map(([k, v]) => [k, typeof v !== 'number' ? v : k === 'seconds' ? this.seconds(v) : this.number(v)]),
    );
  }

  /** "2 hours", "۹۰ دقیقه": a span of minutes in whole hours where it divides evenly. */
  duration(minutes: number): string {
    const hours = minutes / 60;
    return Number.isInteger(hours)
      ? this.oblique(this.number(hours, { style: 'unit', unit: 'hour', unitDisplay: 'long' }), hours)
      : this.oblique(this.number(minutes, { style: 'unit', unit: 'minute', unitDisplay: 'long' }), minutes);
  }

  /** "30 seconds", "۳۰ ثانیه", "1 second": for "try again in …". */
  seconds(count: number): string {
    return this.oblique(this.number(count, { style: 'unit', unit: 'second', unitDisplay: 'long' }), count);
  }

  /**
   * Our sentences put a span after a preposition ("خلال", "بعد"), where Arabic needs the genitive
   * dual ("ساعتين"); ICU gives the nominative ("ساعتان").
   */
  private oblique(text: string, count: number): string {
    return this.locale === 'ar' && count === 2 ? text.replace(/ان(?=$|\s)/u, 'ين') : text;
  }

  fileSize(bytes: number): string {
    // Persian and Arabic spell the unit out: their short forms are a Latin "MB" (fa) or a rare "م.ب" (ar).
    const unitDisplay = this.locale === 'fa' || this.locale === 'ar' ? 'long' : 'short';
    const mb = bytes / (1024 * 1024);
    return mb >= 1
      ? this.number(Math.round(mb * 10) / 10, { style: 'unit', unit: 'megabyte', unitDisplay })
      : this.number(Math.ceil(bytes / 1024), { style: 'unit', unit: 'kilobyte', unitDisplay });
  }

  /**
   * A time of day as the site writes its hours: 24-hour with two digits, with a period in Swedish
   * ("kl. 08.00", as Språkrådet writes it); English keeps its usual "8:00 AM".
   */
  clock(value: string | number | Date): string {
    const when = new Date(value);
    if (Number.isNaN(when.getTime())) return '';
    if (this.locale === 'en') return this.date(when, { hour: 'numeric', minute: '2-digit' });
    const parts = new Intl.DateTimeFormat(this.intl, { hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).formatToParts(when);
    return parts.map((p) => (p.type === 'literal' && this.locale === 'sv' ? '.' : p.value)).join('');
  }

  /**
   * A moment in the customer's time zone, as people say it: "today at 14:30", "tomorrow at 08:00",
   * "Tuesday at 14:30", or with the date when it is a week or more away.
   */
  moment(value: string | number | Date, now: number = Date.now()): string {
    const when = new Date(value);
    if (Number.isNaN(when.getTime())) return '';
    const dayStart = (d: Date) => new Date(d.getFullYear(), d.getMonth(), d.getDate()).getTime();
    const days = Math.round((dayStart(when) - dayStart(new Date(now))) / 86_400_000);
    const time = this.clock(when);
    if (days === 0) return this.term('time.today', { time });
    if (days === 1) return this.term('time.tomorrow', { time });
    if (days > 1 && days < 7) return this.term('time.weekday', { day: this.date(when, { weekday: 'long' }), time });
    return this.term('time.date', { day: this.date(when, { weekday: 'long', day: 'numeric', month: 'long' }), time });
  }
}
