import en, { type TermKey, type Translation } from './en.js';

export type { TermKey, Translation };
export const SUPPORTED = ['en', 'fa', 'ar', 'sv'] as const;
export type Locale = (typeof SUPPORTED)[number];
const RTL = new Set(['fa', 'ar', 'he', 'ur', 'ps', 'ckb', 'yi', 'dv']);

// Each language is its own chunk, fetched the first time it is needed.
const loaders: Record<Locale, () => Promise<{ default: Translation }>> = {
  en: async () => ({ default: en }),
  fa: () => import('./fa.js'),
  ar: () => import('./ar.js'),
  sv: () => import('./sv.js'),
};
const loaded = new Map<Locale, Translation>([['en', en]]);
const pending = new Map<Locale, Promise<Translation>>();

/** The supported language for a tag (`fa-IR` → `fa`), or undefined. */
export function supported(tag: string | null | undefined): Locale | undefined {
  const lang = tag?.toLowerCase().split(/[-_]/)[0];
  return (SUPPORTED as readonly string[]).includes(lang ?? '') ? (lang as Locale) : undefined;
}

export const isRtl = (locale: string) => RTL.has(locale.toLowerCase().split(/[-_]/)[0]!);

export function translationIfLoaded(locale: Locale): Translation | undefined {
  return loaded.get(locale);
}

export function loadTranslation(locale: Locale): Promise<Translation> {
  const ready = loaded.get(locale);
  if (ready) return Promise.resolve(ready);
  let p = pending.get(locale);
  if (!p) {
    p = loaders[locale]().then((m) => {
      loaded.set(locale, m.default);
      return m.default;
    });
    pending.set(locale, p);
  }
  return p;
}

/** Fills `{name}` placeholders. */
export function fill(text: string, params: Record<string, string | number> = {}): string {
  return text.replace(/\{(\w+)\}/g, (m, k: string) => (Object.hasOwn(params, k) ? String(params[k]) : m));
}

/**
 * The Intl locale for formatting: Persian with its calendar and digits, Arabic with Arabic-Indic
 * digits, whatever the browser's regional defaults are.
 */
export function intlLocale(locale: Locale): string {
  if (locale === 'fa') return 'fa-IR-u-ca-persian-nu-arabext';
  if (locale === 'ar') return 'ar-u-nu-arab';
  return locale === 'sv' ? 'sv-SE' : 'en';
}

/** Folds Persian (۰–۹) and Arabic-Indic (٠–٩) digits to ASCII, for inputs that expect digits. */
export function normalizeDigits(text: string): string {
  return text
    .replace(/[۰-۹]/g, (d) => String(d.charCodeAt(0) - 0x06f0))
    .replace(/[٠-٩]/g, (d) => String(d.charCodeAt(0) - 0x0660))
    .replace(/[٫]/g, '.')
    .replace(/[٬]/g, ',');
}
