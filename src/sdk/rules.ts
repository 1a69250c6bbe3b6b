// The protocol's validation rules and limits, written once: the mock backend validates requests
// with them and the ticket form checks input with them, so the two cannot disagree.

/** An e-mail address: something@something.tld, no spaces. Deliberately loose; the mailbox decides. */
export const EMAIL_PATTERN = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
/** A callback's phone number: E.164, e.g. +46701234567. */
export const E164_PATTERN = /^\+[1-9][0-9]{6,14}$/;
/** A `tel` custom field: digits with the usual separators, an optional leading +. */
export const TEL_PATTERN = /^\+?[0-9 ()-]{6,20}$/;
/** A `date` custom field: YYYY-MM-DD. */
export const DATE_PATTERN = /^\d{4}-\d{2}-\d{2}$/;
/** An `identifier` field without its own pattern (an order number, say). */
export const IDENTIFIER_PATTERN = /^[A-Za-z0-9][A-Za-z0-9._/-]*$/;
/** An Idempotency-Key. */
export const IDEMPOTENCY_KEY_PATTERN = /^[A-Za-z0-9._~:-]{8,255}$/;

/** Maximum lengths of the protocol's text properties, in Unicode code points. */
export const LIMITS = {
  name: 200,
  email: 254,
  subject: 200,
  body: 20000,
  reason: 2000,
  comment: 2000,
  topic: 500,
  locale: 35,
  pageUrl: 2000,
  returnUrl: 2000,
  /** A `text` custom field without its own maxLength. */
  text: 200,
  /** A `textarea` custom field without its own maxLength, and any custom field's text. */
  textarea: 5000,
} as const;

/** Limits of a request as a whole. */
export const REQUEST_LIMITS = {
  idempotencyKey: { min: 8, max: 255 },
  /** A JSON request body, in bytes. */
  jsonBytes: 64 * 1024,
  /** Custom field values in one ticket. */
  fields: 100,
  /** A pagination cursor. */
  cursor: 512,
} as const;

/** Code points, not UTF-16 units: an emoji counts as one, as a person would count it. */
export function codePoints(text: string): number {
  let n = 0;
  for (const _ of text) n++;
  return n;
}

/**
 * One label of an e-mail domain: 1–63 letters (any script, so IDN is fine), digits or hyphens,
 * not starting or ending with a hyphen.
 */
const DOMAIN_LABEL = /^[\p{L}\p{M}\p{Nd}](?:[\p{L}\p{M}\p{Nd}-]*[\p{L}\p{M}\p{Nd}])?$/u;
/** A top-level domain: two or more letters (any script), or an IDN's ASCII form (xn--…). */
const TOP_LEVEL = /^(?:[\p{L}\p{M}]{2,}|xn--[a-z0-9-]+)$/iu;

/**
 * Whether the part after `@` is a domain: dot-separated labels, none empty (no `..`, no trailing
 * dot), each 1–63 code points of letters, digits and inner hyphens, and a top-level domain of at
 * least two letters.
 */
export function isEmailDomain(domain: string): boolean {
  const labels = domain.split('.');
  if (labels.length < 2) return false;
  if (!labels.every((l) => codePoints(l) <= 63 && DOMAIN_LABEL.test(l))) return false;
  return TOP_LEVEL.test(labels[labels.length - 1]!);
}

/**
 * An e-mail address: something without spaces, `@`, and a domain as `isEmailDomain` says; at
 * most 254 code points. The SDK, the ticket form and the mock all ask this one function.
 */
export function isEmail(text: string): boolean {
  // Length first: the pattern backtracks, and a pasted page of text is no address anyway.
  return codePoints(text) <= LIMITS.email && isEmailShape(text);
}

/** `isEmail` without the length limit (a field reports a long address as too long, not as wrong). */
export function isEmailShape(text: string): boolean {
  if (text.length > 4 * LIMITS.email) return false;
  return EMAIL_PATTERN.test(text) && isEmailDomain(text.slice(text.lastIndexOf('@') + 1));
}

/** A real calendar date in YYYY-MM-DD (2026-02-30 is not one). */
export function isDate(text: string): boolean {
  if (!DATE_PATTERN.test(text)) return false;
  const date = new Date(`${text}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(text);
}

/** Whether a file of this type and name is in a site's `accept` list (MIME types, `type/*`, `.ext`). */
export function acceptsFile(accept: readonly string[], file: { type?: string; name?: string }): boolean {
  if (!accept.length) return true;
  const type = (file.type || '').toLowerCase();
  const name = (file.name || '').toLowerCase();
  return accept.some((a) => {
    const rule = a.trim().toLowerCase();
    return rule.startsWith('.') ? name.endsWith(rule) : rule.endsWith('/*') ? type.startsWith(rule.slice(0, -1)) : rule === type;
  });
}

/** What a custom field definition says about its values (the protocol's `Field`). */
export interface FieldRule {
  type: string;
  required?: boolean;
  maxLength?: number;
  min?: number;
  max?: number;
  step?: number;
  minDate?: string;
  maxDate?: string;
  identifier?: boolean;
  pattern?: string;
  options?: readonly { value: string }[];
}

/** A field error code of the protocol. */
export type RuleCode = 'required' | 'invalid' | 'too_long' | 'not_allowed' | 'out_of_range';

/** The longest text a field of this definition takes, in code points. */
export function maxLengthOf(def: Pick<FieldRule, 'type' | 'maxLength'>): number {
  if (def.type === 'email') return LIMITS.email;
  return Math.min(def.maxLength ?? (def.type === 'textarea' ? LIMITS.textarea : LIMITS.text), LIMITS.textarea);
}

/** Whether the whole text matches a site's `pattern` (an ECMAScript regex, `u` flag); a broken pattern checks nothing. */
function matchesPattern(text: string, pattern: string): boolean {
  try {
    return new RegExp(`^(?:${pattern})$`, 'u').test(text);
  } catch {
    return true;
  }
}

export function isEmptyValue(value: unknown, type?: string): boolean {
  return value === undefined || value === null || (typeof value === 'string' && value.trim() === '') || (type === 'checkbox' && value === false);
}

/** Whether a number fits `step` counted from `min` (or 0), tolerant of binary fractions (0.1 + 0.2). */
export function fitsStep(value: number, step: number, base = 0): boolean {
  if (!(step > 0)) return true;
  const n = (value - base) / step;
  return Math.abs(n - Math.round(n)) < 1e-9 * Math.max(1, Math.abs(n));
}

/**
 * Checks one custom field's value as the protocol carries it (text, number or boolean), as the
 * protocol's `Field` schema says. Returns the field error code, or undefined when the value is fine.
 */
export function checkFieldValue(def: FieldRule, value: unknown): RuleCode | undefined {
  if (typeof value === 'object' && value !== null) return 'invalid';
  if (isEmptyValue(value, def.type)) return def.required ? 'required' : undefined;
  switch (def.type) {
    case 'number':
      if (typeof value !== 'number' || !Number.isFinite(value)) return 'invalid';
      if ((def.min !== undefined && value < def.min) || (def.max !== undefined && value > def.max)) return 'out_of_range';
      if (def.step !== undefined && !fitsStep(value, def.step, def.min ?? 0)) return 'out_of_range';
      return undefined;
    case 'checkbox':
      return typeof value === 'boolean' ? undefined : 'invalid';
    case 'select':
      return def.options?.some((o) => o.value === value) ? undefined : 'not_allowed';
    case 'date':
      if (typeof value !== 'string' || !isDate(value)) return 'invalid';
      // YYYY-MM-DD compares correctly as text; a limit that is no date limits nothing.
      return (def.minDate && isDate(def.minDate) && value < def.minDate) || (def.maxDate && isDate(def.maxDate) && value > def.maxDate) ? 'out_of_range' : undefined;
    case 'email':
      if (typeof value !== 'string' || !isEmailShape(value.trim())) return 'invalid';
      break;
    case 'tel':
      if (typeof value !== 'string' || !TEL_PATTERN.test(value.trim())) return 'invalid';
      break;
  }
  if (typeof value !== 'string') return 'invalid';
  if (codePoints(value) > maxLengthOf(def)) return 'too_long';
  if (def.type === 'text' && def.pattern !== undefined && !matchesPattern(value, def.pattern)) return 'invalid';
  if (def.type === 'text' && def.identifier && def.pattern === undefined && !IDENTIFIER_PATTERN.test(value)) return 'invalid';
  return undefined;
}
