// Dates as customers read and type them: the Persian solar calendar in Persian, the Gregorian one
// elsewhere, in each language's digits; and always ISO `YYYY-MM-DD` (Gregorian) on the wire.
// Names, digits and the Persian calendar come from Intl, so they cost no bytes and follow CLDR.
import { normalizeDigits, type Locale, type TermKey } from '../../i18n/index.js';

/** A calendar we convert to and from. Another Intl calendar needs only its own `estimate`. */
export type CalendarId = 'gregory' | 'persian';

/** A day in some calendar: its year, month (1–12) and day of the month. */
export interface CalendarDay {
  year: number;
  month: number;
  day: number;
}

const DAY = 86_400_000;
const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/** The calendar dates are shown and typed in for a language. */
export const calendarOf = (locale: Locale): CalendarId => (locale === 'fa' ? 'persian' : 'gregory');

// ---- ISO days ---------------------------------------------------------------------------------

/** Midnight UTC of an ISO day. */
function msOf(iso: string): number {
  const d = new Date(0);
  d.setUTCFullYear(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)) - 1, Number(iso.slice(8, 10)));
  return d.getTime();
}

const isoAt = (ms: number): string => new Date(ms).toISOString().slice(0, 10);

/** The ISO day `days` after (or before, when negative) `iso`. */
export const addDays = (iso: string, days: number): string => isoAt(msOf(iso) + days * DAY);

/** Day of the week, 0 = Sunday … 6 = Saturday. */
export const weekdayOf = (iso: string): number => new Date(msOf(iso)).getUTCDay();

/** Whole days from `a` to `b`. */
export const daysBetween = (a: string, b: string): number => Math.round((msOf(b) - msOf(a)) / DAY);

/** The customer's today at `now`, in their own time zone (an element passes its clock's now). */
export function todayAt(now: number): string {
  const d = new Date(now);
  return `${pad(d.getFullYear(), 4)}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

/** `iso` moved into [min, max] where those are given. */
export function clampDay(iso: string, min?: string, max?: string): string {
  if (min && iso < min) return min;
  if (max && iso > max) return max;
  return iso;
}

// ---- calendars --------------------------------------------------------------------------------

const partsFormats = new Map<CalendarId, Intl.DateTimeFormat>();

/** The day `iso` in `calendar`. */
export function partsOf(iso: string, calendar: CalendarId): CalendarDay {
  if (calendar === 'gregory') return { year: Number(iso.slice(0, 4)), month: Number(iso.slice(5, 7)), day: Number(iso.slice(8, 10)) };
  let format = partsFormats.get(calendar);
  if (!format) {
    format = new Intl.DateTimeFormat(`en-u-ca-${calendar}-nu-latn`, { timeZone: 'UTC', year: 'numeric', month: 'numeric', day: 'numeric' });
    partsFormats.set(calendar, format);
  }
  const parts = format.formatToParts(msOf(iso));
  const get = (type: string) => Number(parts.find((p) => p.type === type)?.value);
  return { year: get('year'), month: get('month'), day: get('day') };
}

/** A Gregorian day near the calendar's day, for the search below to start from. */
function estimate(calendar: CalendarId, { year, month, day }: CalendarDay): number {
  // The Persian year begins at the March equinox, 621 years after the Gregorian one began.
  const start = Date.UTC(year + (calendar === 'persian' ? 621 : 0), calendar === 'persian' ? 2 : 0, calendar === 'persian' ? 21 : 1);
  return start + Math.round((month - 1) * 30.5 + day - 1) * DAY;
}

/**
 * The ISO day of a calendar's day, or undefined when that day does not exist (month 13, the 30th
 * of Esfand in a common year, 30 February). Persian days are found through Intl: a guess, then
 * corrections by the difference Intl reports, which lands within a few steps.
 */
export function fromParts(calendar: CalendarId, day: CalendarDay): string | undefined {
  if (![day.year, day.month, day.day].every(Number.isInteger) || day.month < 1 || day.month > 12 || day.day < 1) return undefined;
  if (calendar === 'gregory') {
    const d = new Date(0);
    d.setUTCFullYear(day.year, day.month - 1, day.day);
    return d.getUTCMonth() === day.month - 1 ? isoAt(d.getTime()) : undefined;
  }
  let ms = estimate(calendar, day);
  for (let step = 0; step < 8; step++) {
    const got = partsOf(isoAt(ms), calendar);
    if (got.year === day.year && got.month === day.month && got.day === day.day) return isoAt(ms);
    // Months counted as 30 days: the 31st of one month and the 1st of the next come out 0 apart.
    const off = (day.year - got.year) * 365 + (day.month - got.month) * 30 + (day.day - got.day);
    ms += (off || Math.sign(day.year - got.year || day.month - got.month)) * DAY;
  }
  return undefined;
}

/** How many days the month has. */
export function daysInMonth(calendar: CalendarId, year: number, month: number): number {
  const first = fromParts(calendar, { year, month, day: 1 })!;
  const next = month === 12 ? { year: year + 1, month: 1, day: 1 } : { year, month: month + 1, day: 1 };
  return daysBetween(first, fromParts(calendar, next)!);
}

/** The first day of the month `iso` is in, moved by `months` (in the calendar's own months). */
export function monthStart(iso: string, calendar: CalendarId, months = 0): string {
  const { year, month } = partsOf(iso, calendar);
  const index = year * 12 + (month - 1) + months;
  return fromParts(calendar, { year: Math.floor(index / 12), month: (index % 12) + 1, day: 1 })!;
}

/** `iso` moved by whole months of the calendar, the day kept where the month has it (else its last). */
export function addMonths(iso: string, months: number, calendar: CalendarId): string {
  const first = monthStart(iso, calendar, months);
  const { year, month } = partsOf(first, calendar);
  return addDays(first, Math.min(partsOf(iso, calendar).day, daysInMonth(calendar, year, month)) - 1);
}

// ---- words and digits -------------------------------------------------------------------------

const BASE: Record<Locale, string> = { en: 'en', fa: 'fa-IR', ar: 'ar', sv: 'sv-SE' };
const DIGITS: Record<Locale, string> = { en: 'latn', fa: 'arabext', ar: 'arab', sv: 'latn' };

/** The Intl locale for dates of `calendar` in a language: its calendar and digits named, never left to the browser. */
export const dateLocale = (locale: Locale, calendar = calendarOf(locale)): string => `${BASE[locale]}-u-ca-${calendar}-nu-${DIGITS[locale]}`;

const formats = new Map<string, Intl.DateTimeFormat>();
function format(locale: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${locale} ${JSON.stringify(options)}`;
  let f = formats.get(key);
  if (!f) formats.set(key, (f = new Intl.DateTimeFormat(locale, { timeZone: 'UTC', ...options })));
  return f;
}

function partsIn(iso: string, locale: Locale, options: Intl.DateTimeFormatOptions, calendar?: CalendarId): Record<string, string> {
  const out: Record<string, string> = {};
  for (const p of format(dateLocale(locale, calendar), options).formatToParts(msOf(iso))) out[p.type] = p.value;
  return out;
}

/** A whole number in the language's digits, without grouping (a year, a day). */
export function digits(n: number, locale: Locale, minimum = 1): string {
  return new Intl.NumberFormat(`${BASE[locale]}-u-nu-${DIGITS[locale]}`, { useGrouping: false, minimumIntegerDigits: minimum }).format(n);
}

/**
 * A day as the date field shows it and as the customer types it: `۱۴۰۵/۰۹/۰۵` (Persian),
 * `٢٦/١١/٢٠٢٦` (Arabic), `2026-11-26` (Swedish), `26 Nov 2026` (English: the month in words, so
 * nobody wonders whether 11/12 is November or December).
 */
export function formatDate(iso: string, locale: Locale): string {
  if (locale === 'en') {
    const p = partsIn(iso, locale, { day: 'numeric', month: 'short', year: 'numeric' });
    return `${p.day} ${p.month} ${p.year}`;
  }
  return format(dateLocale(locale), { year: 'numeric', month: '2-digit', day: '2-digit' }).format(msOf(iso));
}

const AFTER_WEEKDAY: Record<Locale, string> = { en: ', ', fa: ' ', ar: '، ', sv: ' ' };

/** "26 November 2026", "۵ آذر ۱۴۰۵"; with `weekday`, "Thursday, 26 November 2026". */
export function formatLong(iso: string, locale: Locale, weekday = false): string {
  const p = partsIn(iso, locale, { weekday: weekday ? 'long' : undefined, day: 'numeric', month: 'long', year: 'numeric' });
  const date = `${p.day} ${p.month} ${p.year}`;
  return weekday ? `${p.weekday}${AFTER_WEEKDAY[locale]}${date}` : date;
}

/** "November 2026", "آذر ۱۴۰۵": the month `iso` is in. */
export function formatMonth(iso: string, locale: Locale): string {
  const p = partsIn(iso, locale, { month: 'long', year: 'numeric' });
  return `${p.month} ${p.year}`;
}

/** The day of the month in the customer's calendar and digits ("۵"). */
export const dayNumber = (iso: string, locale: Locale): string => digits(partsOf(iso, calendarOf(locale)).day, locale);

/** A Sunday, to name the days of the week from. */
const SUNDAY = '2026-11-22';

/** The names of the days of the week, Sunday first: long, and short enough for a calendar's column. */
export function weekdayNames(locale: Locale): { long: string; short: string }[] {
  const days = [0, 1, 2, 3, 4, 5, 6].map((i) => addDays(SUNDAY, i));
  const long = days.map((d) => format(dateLocale(locale), { weekday: 'long' }).format(msOf(d)));
  let short = days.map((d) => format(dateLocale(locale), { weekday: 'short' }).format(msOf(d)));
  // Persian and Arabic "short" names are whole words; their calendars head columns with one letter.
  if (short.some((s) => s.length > 4)) short = days.map((d) => format(dateLocale(locale), { weekday: 'narrow' }).format(msOf(d)));
  return long.map((l, i) => ({ long: l, short: short[i]! }));
}

/** CLDR's first day of the week for our languages (0 = Sunday, 6 = Saturday). */
const WEEK_START: Record<Locale, number> = { en: 0, fa: 6, ar: 6, sv: 1 };

/** The day a week starts on in the customer's calendar (Saturday in Persian and Arabic, Monday in Swedish). */
export const firstDayOfWeek = (locale: Locale): number => WEEK_START[locale];

// ---- reading what was typed -------------------------------------------------------------------

/** What is wrong with a typed date, as a term (with its parameters) of the customer's language. */
export interface DateProblem {
  key: Extract<TermKey, `date.${string}`>;
  params?: Record<string, string | number>;
}

export type DateReading = { iso: string; problem?: undefined } | { iso?: undefined; problem: DateProblem };

/** Years a person plausibly means in each calendar; outside them, the year is asked about. */
const YEARS: Record<CalendarId, [number, number]> = { gregory: [1800, 2199], persian: [1200, 1699] };

// Direction marks (Intl puts them in Arabic dates) and tatweel are not part of what was meant.
const MARKS = /[\u200e\u200f\u061c\u202a-\u202e\u2066-\u2069\u0640]/gu;
// Between the parts: spaces, / - . , : and their Persian and Arabic forms (، ؍ ٫ ٬ are folded
// to , and . first), dashes, the fraction and division slashes, and the full-width slash.
const SEPARATORS = /[\s/\\.,:\-\u060c\u060d\u06d4\u2010-\u2015\u2212\u2044\u2215\uff0f]+/u;
/** Words around a date that say nothing about which day: "26th of November", "den 26:e maj". */
const FILLER = new Set(['st', 'nd', 'rd', 'th', 'of', 'den', 'e', 'a']);

/** Letters folded so Arabic and Persian forms, case and marks do not matter: ي ى → ی, ك → ک, آ → ا. */
const fold = (word: string) =>
  word
    .toLowerCase()
    .normalize('NFKD')
    .replace(/\p{M}|\u200c/gu, '')
    .replace(/[يى]/g, 'ی')
    .replace(/ك/g, 'ک')
    .replace(/[ةۀ]/g, 'ه');

interface NamedMonth {
  name: string;
  month: number;
  calendar: CalendarId;
  /** The language's own calendar (wins when a word could be either). */
  native: boolean;
}

const monthTables = new Map<Locale, NamedMonth[]>();
const weekdayWords = new Map<Locale, Set<string>>();

/**
 * Month names a customer of `locale` may type: their calendar's, the Gregorian ones in their
 * language (Persian writers use both), and English, long and short.
 */
function monthNames(locale: Locale): NamedMonth[] {
  let table = monthTables.get(locale);
  if (table) return table;
  const sources: [Locale, CalendarId][] = [[locale, calendarOf(locale)]];
  if (calendarOf(locale) !== 'gregory') sources.push([locale, 'gregory']);
  if (locale !== 'en') sources.push(['en', 'gregory']);
  table = [];
  for (const [lang, calendar] of sources) {
    const year = calendar === 'persian' ? 1405 : 2026;
    for (let month = 1; month <= 12; month++) {
      const first = fromParts(calendar, { year, month, day: 1 })!;
      for (const width of ['long', 'short'] as const) {
        const name = fold(partsIn(first, lang, { month: width }, calendar).month ?? '').replace(/\./g, '');
        if (name) table.push({ name, month, calendar, native: calendar === calendarOf(locale) && lang === locale });
      }
    }
  }
  monthTables.set(locale, table);
  return table;
}

function isWeekday(word: string, locale: Locale): boolean {
  let words = weekdayWords.get(locale);
  if (!words) {
    words = new Set();
    for (const lang of new Set<Locale>([locale, 'en'])) for (const w of weekdayNames(lang)) words.add(fold(w.long)).add(fold(w.short));
    weekdayWords.set(locale, words);
  }
  return words.has(word);
}

/** The month a word names: an exact name, or the start (three letters or more) of only one. */
function monthOf(word: string, locale: Locale): NamedMonth | undefined {
  const table = monthNames(locale);
  const exact = table.filter((m) => m.name === word);
  const found = exact.length ? exact : word.length >= 3 ? table.filter((m) => m.name.startsWith(word)) : [];
  const native = found.filter((m) => m.native);
  const pick = native.length ? native : found;
  const distinct = new Set(pick.map((m) => `${m.calendar}${m.month}`));
  return distinct.size === 1 ? pick[0] : undefined;
}

type Token = { digits: string } | { month: NamedMonth };

/**
 * Reads a date as a customer of `locale` types it: their calendar, in any of ASCII, Persian or
 * Arabic-Indic digits, with / - . , or spaces between the parts, or with the month in words (the
 * language's or English). Year first (`1405/9/5`, `2026-11-26`) is always understood; with the year
 * last, Persian, Arabic and Swedish read day/month, and English takes either order when only one
 * makes sense and asks otherwise (`11/12/2026`). In Persian a year of 1700 or more is a Gregorian
 * year, read as such; a year implausible in the calendar, a two-digit year or a day the month
 * does not have is a problem, never a guess.
 */
export function parseDate(text: string, locale: Locale): DateReading {
  const unreadable = { problem: { key: 'date.unreadable' } } as const;
  const clean = normalizeDigits(text.replace(MARKS, '')).trim();
  const tokens: Token[] = [];
  for (const chunk of clean.split(SEPARATORS).filter(Boolean)) {
    for (const piece of chunk.match(/\d+|\D+/gu) ?? []) {
      if (/^\d+$/.test(piece)) {
        tokens.push({ digits: piece });
        continue;
      }
      const word = fold(piece);
      if (FILLER.has(word) || isWeekday(word, locale)) continue;
      const month = monthOf(word, locale);
      if (!month) return unreadable;
      tokens.push({ month });
    }
  }
  // 20261126 or ۱۴۰۵۰۹۰۵: year, month and day run together.
  if (tokens.length === 1 && 'digits' in tokens[0]! && tokens[0].digits.length === 8) {
    const d = tokens[0].digits;
    tokens.splice(0, 1, { digits: d.slice(0, 4) }, { digits: d.slice(4, 6) }, { digits: d.slice(6) });
  }
  if (tokens.length !== 3) return unreadable;
  const named = tokens.filter((t): t is { month: NamedMonth } => 'month' in t);
  const numbers = tokens.filter((t): t is { digits: string } => 'digits' in t).map((t) => t.digits);
  if (named.length > 1) return unreadable;

  let year: string, month: number, day: string, calendar: CalendarId;
  if (named.length === 1) {
    const [a, b] = numbers as [string, string];
    if (a.length >= 3 === b.length >= 3) return a.length < 3 ? { problem: { key: 'date.fullYear' } } : unreadable;
    [year, day] = a.length >= 3 ? [a, b] : [b, a];
    month = named[0]!.month.month;
    calendar = named[0]!.month.calendar;
  } else {
    const [a, b, c] = numbers as [string, string, string];
    if (a.length >= 3 && c.length <= 2) [year, month, day] = [a, Number(b), c];
    else if (c.length >= 3 && a.length <= 2 && b.length <= 2) {
      year = c;
      const [first, second] = [Number(a), Number(b)];
      // English speakers write 11/26/2026 and 26/11/2026; only one of them can be a month here.
      if (locale === 'en' && first <= 12 && second > 12) [month, day] = [first, b];
      else if (locale === 'en' && first <= 12 && second <= 12 && first !== second) {
        const dayFirst = fromParts('gregory', { year: Number(c), month: second, day: first });
        const monthFirst = fromParts('gregory', { year: Number(c), month: first, day: second });
        if (dayFirst && monthFirst && inYears('gregory', Number(c))) return { problem: { key: 'date.ambiguous', params: { first: dayFirst, second: monthFirst } } };
        [month, day] = [second, a];
      } else [month, day] = [second, a];
    } else if (a.length <= 2 && b.length <= 2 && c.length <= 2) return { problem: { key: 'date.fullYear' } };
    else return unreadable;
    calendar = calendarOf(locale);
    // Persian writers sometimes give the Gregorian date; no Persian year is anywhere near 1700.
    if (calendar === 'persian' && Number(year) >= 1700) calendar = 'gregory';
  }
  const y = Number(year);
  if (!inYears(calendar, y)) return { problem: { key: 'date.year', params: { year: y } } };
  if (month < 1 || month > 12) return { problem: { key: 'date.noSuchMonth', params: { month } } };
  const iso = fromParts(calendar, { year: y, month, day: Number(day) });
  return iso ? { iso } : { problem: { key: 'date.noSuchDay', params: { day: Number(day) } } };
}

const inYears = (calendar: CalendarId, year: number) => year >= YEARS[calendar][0] && year <= YEARS[calendar][1];
