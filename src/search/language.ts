// What a search needs to know about each language beyond its letters: the words that carry no
// meaning in a question (stop words), light stemming (inflections and attached pronouns), the
// Persian suffixes phone keyboards type after a space instead of a joiner, and a small list of
// synonyms. Every list is compared in normalized form (see normalize.ts).
import { normalize } from './normalize.js';

export type SearchLocale = 'en' | 'sv' | 'fa' | 'ar';

const words = (text: string) => text.split(/\s+/).filter(Boolean).map(normalize);

const STOP: Record<SearchLocale, string> = {
  en: `a an the i im i'm me my mine you your we our us it its is are am was were be been being do does did doing done
    how what when where why which who can cant cannot could to of in on at for with from by and or but if so not no
    this that these those have has had get got will would should please help hi hello there about just want need
    any some still don didn doesn t s ve ll m re`,
  sv: `jag du han hon vi ni de dem det den en ett och att i pa av for med till fran om ar var vart har hade kan kunde
    inte min mitt mina din ditt dina sin sitt sina sig som sa men hur vad nar varfor vill ska skulle maste mig dig oss
    er hej tack nu bara ocksa nagon nagot eller`,
  fa: `من تو او ما شما آنها را رو از به در با که و یا این آن اون است هست نیست برای چرا چطور چطوری چگونه چه چی کی کجا
    یک هم نمیتونم میتونم نمیتوانم میتوانم بشم بشه شد شده شود نمیشه میشه کنم کنید کردم میخواهم میخوام دارم ندارم باید
    لطفا سلام ممنون خیلی`,
  ar: `في من على الى إلى عن مع هذا هذه ذلك التي الذي انا أنا انت أن ان إن لا لم لن ما ماذا كيف متى اين أين هل و او أو
    يا قد كان كل بعد قبل عند لي لدي اريد أريد استطيع أستطيع اقدر أقدر ممكن من فضلك شكرا مرحبا`,
};

/** Stop words of every language at once: a query's language is not always the site's. */
export const STOP_WORDS: ReadonlySet<string> = new Set(Object.values(STOP).flatMap(words));

/** The words of `text` that carry meaning: stop words of every language removed (normalized). */
export function meaningfulWords(text: string): string[] {
  const tokens = text.split(/[^\p{L}\p{N}\p{M}\u200c\u0640]+/u).map(normalize).filter(Boolean);
  return joinAffixes(tokens).filter((t) => !STOP_WORDS.has(t));
}

// ---- Persian: suffixes typed after a space, and the verb prefixes ---------------------------------

/** Suffixes a Persian writer joins with a ZWNJ and a phone keyboard often separates with a space. */
const SUFFIXES = new Set(words('ها های هایی هایم هایت هایش هایمان هایتان هایشان ام ات اش ای ایم اید اند مان تان شان تر ترین'));
const PREFIXES = new Set(words('می نمی'));
const ARABIC_SCRIPT = /[\u0600-\u06ff]/;

/**
 * Joins normalized tokens that a space split in two where a joiner belongs: "گذرواژه ام" →
 * "گذرواژهام", "می شود" → "میشود", "نمی توانم" → "نمیتوانم".
 */
export function joinAffixes(tokens: string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    const prev = out[out.length - 1];
    if (prev !== undefined && SUFFIXES.has(t) && ARABIC_SCRIPT.test(prev) && !PREFIXES.has(prev)) {
      out[out.length - 1] = prev + t;
      continue;
    }
    const next = tokens[i + 1];
    if (PREFIXES.has(t) && next !== undefined && ARABIC_SCRIPT.test(next) && !SUFFIXES.has(next)) {
      out.push(t + next);
      i++;
      continue;
    }
    out.push(t);
  }
  return out;
}

// ---- light stemming ---------------------------------------------------------------------------------

const VOWEL = /[aeiouy]/;

function stemEnglish(t: string): string {
  if (t.length < 4) return t;
  if (t.endsWith('ies') && t.length > 4) return t.slice(0, -3) + 'y';
  if (t.endsWith('sses')) return t.slice(0, -2);
  if (t.endsWith('ing') && t.length >= 6 && VOWEL.test(t.slice(0, -3))) return t.slice(0, -3);
  if (t.endsWith('ed') && t.length >= 5 && VOWEL.test(t.slice(0, -2))) return t.slice(0, -2);
  if (/(?:s|x|z|ch|sh)es$/.test(t)) return t.slice(0, -2);
  if (t.endsWith('s') && !/(?:ss|us|is)$/.test(t)) return t.slice(0, -1);
  return t;
}

const SV_SUFFIXES = ['arna', 'erna', 'orna', 'heten', 'en', 'et', 'na'];

function stemSwedish(t: string): string {
  for (const s of SV_SUFFIXES) if (t.endsWith(s) && t.length - s.length >= 4) return t.slice(0, -s.length);
  // A definite form on a vowel: fakturan → faktura, kontot → konto.
  if (/[aeiouy][nt]$/.test(t) && t.length >= 6) return t.slice(0, -1);
  return t;
}

// Normalized (ي → ی, ك → ک, ة → ه): longest first.
const FA_SUFFIXES = words('هایتان هایشان هایمان هایی های ترین ها تر ام ات اش مان تان شان اید ایم اند');
const AR_SUFFIXES = words('هما کما کم کن هم هن ها نا ک ی ات ون ین');

function stemArabicScript(t: string, suffixes: string[], prefixes: boolean): string {
  let s = t;
  if (prefixes) for (const p of ['نمی', 'می']) if (s.startsWith(p) && s.length - p.length >= 3) { s = s.slice(p.length); break; }
  for (const x of suffixes) if (s.endsWith(x) && s.length - x.length >= 3) return s.slice(0, -x.length);
  return s;
}

/**
 * A light stem of a normalized term in `locale` (by its script when no locale is known): English
 * inflections, Swedish definite forms, Persian plural and possessive suffixes and the می/نمی verb
 * prefixes, Arabic attached pronouns. Light on purpose: a stem is indexed beside the word, never
 * instead of it.
 */
export function stem(term: string, locale?: string): string {
  if (ARABIC_SCRIPT.test(term)) return locale === 'ar' ? stemArabicScript(term, AR_SUFFIXES, false) : stemArabicScript(term, FA_SUFFIXES, true);
  if (!/^[a-z]+$/.test(term)) return term;
  return locale === 'sv' ? stemSwedish(term) : stemEnglish(term);
}

// ---- synonyms ---------------------------------------------------------------------------------------

/** What customers type → what articles say. Keys are one word; a value may be a phrase. */
export type Synonyms = Record<string, string[]>;

/** A small built-in list per language (the mock's demo languages); a site's own list adds to it. */
export const SYNONYMS: Record<SearchLocale, Synonyms> = {
  en: {
    pwd: ['password'],
    passwd: ['password'],
    passcode: ['password'],
    pword: ['password'],
    login: ['sign in', 'password'],
    logon: ['login'],
    signin: ['sign in', 'login'],
    mail: ['email'],
    refund: ['money back'],
    bill: ['invoice'],
  },
  sv: {
    mejl: ['e-post'],
    mail: ['e-post'],
    email: ['e-post'],
    epost: ['e-post'],
    password: ['lösenord'],
    losen: ['lösenord'],
    inlogg: ['inloggning'],
    kvitto: ['faktura'],
  },
  fa: {
    پسورد: ['رمز عبور', 'گذرواژه'],
    پسوورد: ['رمز عبور', 'گذرواژه'],
    password: ['گذرواژه', 'رمز عبور'],
    رمز: ['گذرواژه'],
    لاگین: ['ورود'],
    وارد: ['ورود'],
    ایمیل: ['نشانی ایمیل'],
    پرینتر: ['چاپگر'],
    فاکتور: ['صورتحساب'],
  },
  ar: {
    باسورد: ['كلمة المرور'],
    باسوورد: ['كلمة المرور'],
    password: ['كلمة المرور'],
    السر: ['كلمة المرور'],
    ايميل: ['البريد الإلكتروني'],
    الايميل: ['البريد الإلكتروني'],
    برنتر: ['الطابعة'],
  },
};
