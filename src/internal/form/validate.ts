// Client-side checks for form fields, and the mapping of the server's field errors to the
// customer's language. Pure functions: the element decides when to run them. The rules
// themselves (patterns, limits, per-type checks) live in the SDK's rules.ts, shared with the mock.
import type { Field, FieldError } from '../../sdk/index.js';
import { acceptsFile, checkFieldValue, codePoints, EMAIL_PATTERN, fitsStep, isDate, isEmailShape, isEmptyValue, LIMITS as RULE_LIMITS, maxLengthOf, type RuleCode } from '../../sdk/rules.js';
import { intlLocale, normalizeDigits, supported, SUPPORTED, type Locale, type TermKey } from '../../i18n/index.js';
import { parseDate } from '../date/calendar.js';

/** What is wrong with a field's value, as a term of the customer's language. */
export interface FieldProblem {
  key: TermKey;
  params?: Record<string, string | number>;
}

/** A field problem the server reported: a term when we know one, else the server's own words. */
export type ServerFieldProblem = FieldProblem | { text: string };

export const EMAIL = EMAIL_PATTERN;

/** Limits of the built-in fields (the protocol's TicketInput), in code points. */
export const LIMITS = { name: RULE_LIMITS.name, email: RULE_LIMITS.email, subject: RULE_LIMITS.subject, body: RULE_LIMITS.body } as const;

/** Whether a file may be attached under the site's `accept` list. */
export const accepts = (accept: string[], file: File): boolean => acceptsFile(accept, file);

const empty = (v: unknown) => isEmptyValue(v) || v === false;

/** Text over its limit: how many characters too many, so the customer knows how much to cut. */
export function overLimit(value: string, max: number): FieldProblem | undefined {
  const over = codePoints(value) - max;
  return over > 0 ? { key: 'error.overLimit', params: { count: over, max } } : undefined;
}

export function checkText(value: string, { required = false, max }: { required?: boolean; max?: number }): FieldProblem | undefined {
  if (required && empty(value)) return { key: 'error.required' };
  return max ? overLimit(value, max) : undefined;
}

export function checkEmail(value: string, required: boolean): FieldProblem | undefined {
  if (empty(value)) return required ? { key: 'error.required' } : undefined;
  if (!isEmailShape(value.trim())) return { key: 'error.email' };
  return overLimit(value, LIMITS.email);
}

// ---- numbers as people type them ----------------------------------------------------------------

const SPACES = /[\s\u00a0\u2007\u2009\u202f]/gu;
const BIDI_MARKS = /[\u200e\u200f\u061c\u2066-\u2069]/gu;
/** Stands for a decimal separator that can only be one (the Arabic ٫), whatever the locale. */
const SURE_DECIMAL = '\u0001';
const escape = (c: string) => c.replace(/[.*+?^${}()|[\]\\-]/g, '\\$&');

/** A locale's group and decimal separators (digits folded: Persian ٬ and ٫ become , and .). */
export function separatorsOf(locale: string): { group: string; decimal: string } {
  const known = supported(locale);
  let parts: Intl.NumberFormatPart[];
  try {
    parts = new Intl.NumberFormat(known ? intlLocale(known) : locale).formatToParts(1234567.5);
  } catch {
    parts = new Intl.NumberFormat('en').formatToParts(1234567.5);
  }
  const part = (type: string) => normalizeDigits(parts.find((p) => p.type === type)?.value ?? '').replace(SPACES, ' ');
  return { group: part('group'), decimal: part('decimal') || '.' };
}

/**
 * A number as the customer typed it, read with their locale's separators: "1,234.50" (en),
 * "1 234,50" (sv, with spaces or no-break spaces), "۱٬۲۳۴٫۵" (fa). Persian and Arabic digits are
 * folded; groups must be of three digits; no exponents, no other characters. A dot where the
 * locale's decimal is a comma is read as a decimal point unless three digits follow it (then it
 * could be a thousands separator: refused). Without a locale, a text is read only when every
 * language we support reads it as the same number ("1,5" and "1 234,50" are, "1,234" is not).
 * Undefined when the text is not a number, or is ambiguous.
 */
export function parseNumber(text: string, locale?: string): number | undefined {
  if (!locale) {
    // Without the customer's locale: a number every language we speak reads alike, or none.
    const readings = new Set(SUPPORTED.map((l) => parseIn(text, l)).filter((n): n is number => n !== undefined));
    return readings.size === 1 ? [...readings][0] : undefined;
  }
  return parseIn(text, locale);
}

function parseIn(text: string, locale: string): number | undefined {
  let s = text.replace(BIDI_MARKS, '').replace(/\u066c/g, ' ').replace(/\u066b/g, SURE_DECIMAL).replace(SPACES, ' ').trim();
  s = normalizeDigits(s);
  let negative = false;
  if (/^[-\u2212]/.test(s)) {
    negative = true;
    s = s.slice(1).trimStart();
  } else if (s.startsWith('+')) s = s.slice(1).trimStart();
  const groups = new Set([' ']);
  const decimals = new Set([SURE_DECIMAL]);
  const { group, decimal } = separatorsOf(locale);
  if (group.trim()) groups.add(group);
  decimals.add(decimal);
  const G = `[${[...groups].map(escape).join('')}]`;
  const whole = `(\\d{1,3}(?:${G}\\d{3})+|\\d+)`;
  const read = (int: string, frac?: string) => {
    const n = Number(`${int.replace(/\D/g, '')}${frac ? `.${frac}` : ''}`);
    return negative ? -n : n;
  };
  const exact = new RegExp(`^${whole}(?:[${[...decimals].map(escape).join('')}](\\d+))?$`).exec(s);
  if (exact) return read(exact[1]!, exact[2]);
  if (!groups.has('.') && !decimals.has('.')) {
    const dotted = new RegExp(`^${whole}\\.(\\d+)$`).exec(s);
    if (dotted && dotted[2]!.length !== 3) return read(dotted[1]!, dotted[2]);
  }
  return undefined;
}

/** Digits, signs and separators only: a number in a shape we do not read, not something else. */
const NUMBER_LIKE = /^[-+\u2212]?[\d\u0660-\u0669\u06f0-\u06f9][\d\u0660-\u0669\u06f0-\u06f9.,\u066b\u066c\s\u00a0\u202f]*$/u;

/** A number outside its field's `min`/`max`, or off its `step`, in words that say what fits. */
function rangeProblem(def: Field, value: unknown): FieldProblem {
  const n = typeof value === 'number' ? value : NaN;
  const { min, max, step } = def;
  const outside = (min !== undefined && n < min) || (max !== undefined && n > max);
  if (outside || step === undefined || Number.isNaN(n)) {
    if (min !== undefined && max !== undefined) return { key: 'error.range', params: { min, max } };
    if (min !== undefined) return { key: 'error.rangeMin', params: { min } };
    if (max !== undefined) return { key: 'error.rangeMax', params: { max } };
  }
  return step !== undefined && !fitsStep(n, step, min ?? 0) ? { key: 'error.step', params: { step } } : { key: 'error.invalid' };
}

/** A rule's code as the customer reads it, for a field of this definition. */
function problemFor(def: Field, code: RuleCode, value?: unknown): FieldProblem {
  switch (code) {
    case 'required':
      return { key: def.type === 'select' ? 'error.requiredChoice' : 'error.required' };
    case 'not_allowed':
      return { key: 'error.option' };
    case 'too_long':
      return (typeof value === 'string' && overLimit(value, maxLengthOf(def))) || { key: 'error.tooLong', params: { max: maxLengthOf(def) } };
    case 'out_of_range':
      return def.type === 'number' ? rangeProblem(def, value) : { key: 'error.invalid' };
    case 'invalid': {
      const key = ({ email: 'error.email', tel: 'error.tel', number: 'error.number', date: 'error.date' } as const)[def.type as 'email'];
      return { key: key ?? 'error.invalid' };
    }
    default:
      return { key: 'error.invalid' };
  }
}

/**
 * Checks a custom field's value as typed (strings from inputs, booleans from checkboxes). Numbers
 * are read in the customer's `locale` (see `parseNumber`), dates in their calendar (see
 * `parseDate`); without a locale a date must be written as the protocol writes it (YYYY-MM-DD).
 */
export function checkField(def: Field, value: string | boolean | undefined, locale?: string): FieldProblem | undefined {
  if (empty(value)) {
    if (!def.required) return undefined;
    return problemFor(def, 'required');
  }
  if (def.type === 'checkbox') return undefined;
  const known = supported(locale);
  if (def.type === 'date' && known) return checkDate(def, String(value), known);
  const sent = fieldValue(def, value, locale);
  if (typeof sent === 'number' && Number.isNaN(sent)) {
    // Digits in a shape we will not guess at ("1,23", "1.234" in Swedish, "12e3"): say how to write it.
    if (!NUMBER_LIKE.test(String(value).trim())) return { key: 'error.number' };
    // In the customer's locale we can show how to write it; without it, only say what to leave out.
    return locale ? { key: 'error.numberFormat', params: { example: 1234.5 } } : { key: 'error.numberAmbiguous' };
  }
  const code = checkFieldValue(def, sent);
  return code ? problemFor(def, code, sent) : undefined;
}

// ---- dates in the customer's calendar ----------------------------------------------------------

/**
 * A date field's value read in the customer's calendar (see `parseDate`), then held against the
 * field's `minDate`/`maxDate`. Dates in the problem's parameters are ISO days: the field shows
 * them in the customer's calendar and digits, whatever language it is in by then.
 */
function checkDate(def: Field, text: string, locale: Locale): FieldProblem | undefined {
  const read = parseDate(text, locale);
  if (read.problem) return read.problem;
  // A limit that is no date (a site's typo) limits nothing, here as in the picker.
  const limits = { minDate: def.minDate && isDate(def.minDate) ? def.minDate : undefined, maxDate: def.maxDate && isDate(def.maxDate) ? def.maxDate : undefined };
  return (limits.minDate && read.iso < limits.minDate) || (limits.maxDate && read.iso > limits.maxDate) ? dateRangeProblem(limits as Field) : undefined;
}

/** "Choose a date from … to …", naming the limits the field has. */
function dateRangeProblem({ minDate: min, maxDate: max }: Field): FieldProblem | undefined {
  if (min && max) return { key: 'date.range', params: { min, max } };
  if (min) return { key: 'date.min', params: { min } };
  return max ? { key: 'date.max', params: { max } } : undefined;
}

/**
 * The value the protocol wants for a custom field: numbers as numbers (read in the customer's
 * `locale`; NaN when they do not read as one), dates as ISO `YYYY-MM-DD` (read in the customer's
 * calendar: ۱۴۰۵/۰۹/۰۵ in Persian is 2026-11-26), native digits folded in phone numbers, dates
 * that do not read, and identifiers.
 */
export function fieldValue(def: Field, value: string | boolean | undefined, locale?: string): string | number | boolean | undefined {
  if (empty(value) && def.type !== 'checkbox') return undefined;
  if (def.type === 'checkbox') return value === true;
  const trimmed = String(value).trim();
  if (def.type === 'number') return parseNumber(trimmed, locale) ?? NaN;
  const known = supported(locale);
  if (def.type === 'date' && known) return parseDate(trimmed, known).iso ?? normalizeDigits(trimmed);
  return def.type === 'tel' || def.type === 'date' || def.identifier ? normalizeDigits(trimmed) : trimmed;
}

/** A server field error in the customer's language; the server's own text when we have no better. */
export function serverProblem(error: FieldError, def?: Field): ServerFieldProblem {
  const max = def ? maxLengthOf(def) : LIMITS[error.field as keyof typeof LIMITS];
  switch (error.code) {
    case 'required':
      return { key: def?.type === 'select' || error.field === 'categoryId' ? 'error.requiredChoice' : 'error.required' };
    case 'too_long':
      return max ? { key: 'error.tooLong', params: { max } } : { text: error.message };
    case 'not_allowed':
      return { key: 'error.option' };
    case 'out_of_range':
      if (def?.type === 'date') return dateRangeProblem(def) ?? { key: 'error.invalid' };
      return def?.type === 'number' ? rangeProblem(def, NaN) : { key: 'error.invalid' };
    case 'invalid': {
      const type = def?.type ?? (error.field === 'email' ? 'email' : undefined);
      if (type === 'email') return { key: 'error.email' };
      if (type === 'tel') return { key: 'error.tel' };
      if (type === 'number') return { key: 'error.number' };
      if (type === 'date') return { key: 'error.date' };
      return error.message ? { text: error.message } : { key: 'error.invalid' };
    }
    default:
      return error.message ? { text: error.message } : { key: 'error.invalid' };
  }
}
