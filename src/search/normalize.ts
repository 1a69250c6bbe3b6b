// One normalization for the index and the query, so that what a customer types matches what an
// author wrote whatever keyboard either used.
import { normalizeDigits } from '../i18n/index.js';

const MARKS = /[\u0300-\u036f\u064b-\u065f\u0670\u06d6-\u06ed]/g; // Latin diacritics, Arabic harakat and Quranic marks
const TATWEEL = /\u0640/g;
const ZWNJ = /[\u200c\u200d\u200e\u200f]/g; // joiners and direction marks: "می‌شود" = "میشود"
const LETTERS: Record<string, string> = {
  'ي': 'ی', // Arabic yeh → Persian yeh
  'ى': 'ی', // alef maksura
  'ك': 'ک', // Arabic kaf → Persian keheh
  'ة': 'ه', // teh marbuta → heh
  'ۀ': 'ه',
  'ٱ': 'ا', // alef wasla (أ إ آ lose their hamza/madda to the marks above after NFKD)
};
const VARIANTS = new RegExp(`[${Object.keys(LETTERS).join('')}]`, 'g');

/**
 * Folds case, Latin diacritics (café → cafe, Skrivare → skrivare), Arabic vowel marks and tatweel,
 * Arabic/Persian letter variants (ي ى ی, ك ک, أ إ آ ا, ة ه), joiners, and Persian and
 * Arabic-Indic digits (۱۲ ١٢ → 12).
 */
export function normalize(text: string): string {
  // Fast path for plain ASCII words, most of an index's terms: nothing to fold but case.
  if (/^[\x00-\x7f]*$/.test(text)) return text.toLowerCase();
  return text
    .normalize('NFKD')
    .replace(MARKS, '')
    .replace(TATWEEL, '')
    .replace(ZWNJ, '')
    .replace(VARIANTS, (c) => LETTERS[c]!)
    .replace(/[۰-۹٠-٩]+/g, normalizeDigits)
    .toLowerCase();
}

/** Words: runs of letters and digits (a joiner inside a Persian word keeps it one word). */
export function tokenize(text: string): string[] {
  const tokens = text.split(/[^\p{L}\p{N}\p{M}\u200c\u0640]+/u).filter(Boolean);
  // "e-mail" and "Wi-Fi" are also "email" and "wifi".
  if (text.includes('-')) for (const m of text.matchAll(HYPHENATED)) tokens.push(m[0].replace(/-/g, ''));
  return tokens;
}

const HYPHENATED = /\p{L}+(?:-\p{L}+)+/gu;

const ARTICLE = /^(?:[وفبک]?ال|لل)(?=[\u0600-\u06ff]{3})/;

/**
 * The Arabic definite article and the particles that cling to it (ال، وال، بال، فال، كال، لل):
 * "الاشتراك" and "اشتراك" are one word to a reader, so they are one word to the index.
 * Expects a normalized term.
 */
export function stripArticle(term: string): string {
  return term.replace(ARTICLE, '');
}
