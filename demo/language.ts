// The demo page's language: its own words, the page's direction and the elements' `locale`, all
// from the one choice, remembered across reloads. index.html loads this first, on its own, so the
// words are in place before the elements' much larger code arrives; the inline script there has
// already set `lang` and `dir` from the same remembered choice, before the first paint.
import { isDemoLocale, RTL, TEXT, type DemoLocale, type DemoText } from './text.js';

/** Where the choice is kept; index.html's inline script reads the same key. */
const KEY = 'helpkit-demo-locale';

/** The language the page is in now (the inline script chose it before anything rendered). */
export function pageLocale(): DemoLocale {
  const lang = document.documentElement.lang;
  return isDemoLocale(lang) ? lang : 'en';
}

export function text(): DemoText {
  return TEXT[pageLocale()];
}

/** Puts the page in `locale`: its words, direction and elements; `remember` keeps the choice for the next visit. */
export function showIn(locale: DemoLocale, remember = false): void {
  const root = document.documentElement;
  root.lang = locale;
  root.dir = RTL.has(locale) ? 'rtl' : 'ltr';
  const words = TEXT[locale];
  document.title = words.title;
  for (const node of document.querySelectorAll<HTMLElement>('[data-text]')) {
    const value = words[node.dataset.text as keyof DemoText];
    if (typeof value === 'string') node.textContent = value;
  }
  for (const element of document.querySelectorAll('hk-ticket-form, hk-faq-search')) element.setAttribute('locale', locale);
  document.querySelector('hk-faq-search')?.setAttribute('suggest', `track-order-${locale} return-item-${locale}`);
  document.querySelector<HTMLSelectElement>('#locale')!.value = locale;
  root.classList.remove('translating');
  if (remember) {
    try {
      localStorage.setItem(KEY, locale);
    } catch {
      // Storage can be off (private mode, a policy): the choice then lasts for this page only.
    }
  }
}

showIn(pageLocale());
