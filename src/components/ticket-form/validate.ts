// Client-side checks for the ticket form, and the mapping of the server's field errors to the
// customer's language. Pure functions: the element decides when to run them.
import type { Field, FieldError } from '../../sdk/index.js';
import { normalizeDigits, type TermKey } from '../../i18n/index.js';

export interface Problem {
  key: TermKey;
  params?: Record<string, string | number>;
}

export const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const TEL = /^\+?[0-9 ()-]{6,20}$/;

/** Limits of the built-in fields (the protocol's TicketInput). */
export const LIMITS = { name: 200, email: 254, subject: 200, body: 20000 } as const;

const empty = (v: unknown) => v === undefined || v === null || (typeof v === 'string' && v.trim() === '') || v === false;

export function checkText(value: string, { required = false, max }: { required?: boolean; max?: number }): Problem | undefined {
  if (required && empty(value)) return { key: 'error.required' };
  if (max && value.length > max) return { key: 'error.tooLong', params: { max } };
  return undefined;
}

export function checkEmail(value: string, required: boolean): Problem | undefined {
  if (empty(value)) return required ? { key: 'error.required' } : undefined;
  if (!EMAIL.test(value.trim())) return { key: 'error.email' };
  if (value.length > LIMITS.email) return { key: 'error.tooLong', params: { max: LIMITS.email } };
  return undefined;
}

/** Checks a custom field's value as typed (strings from inputs, booleans from checkboxes). */
export function checkField(def: Field, value: string | boolean | undefined): Problem | undefined {
  if (empty(value)) {
    if (!def.required) return undefined;
    return { key: def.type === 'select' ? 'error.requiredChoice' : 'error.required' };
  }
  const text = typeof value === 'string' ? normalizeDigits(value.trim()) : '';
  switch (def.type) {
    case 'email':
      return checkEmail(text, !!def.required);
    case 'tel':
      return TEL.test(text) ? undefined : { key: 'error.tel' };
    case 'number':
      return Number.isFinite(Number(text.replace(',', '.'))) ? undefined : { key: 'error.number' };
    case 'date':
      return /^\d{4}-\d{2}-\d{2}$/.test(text) && !Number.isNaN(Date.parse(text)) ? undefined : { key: 'error.date' };
    case 'select':
      return def.options?.some((o) => o.value === value) ? undefined : { key: 'error.option' };
    case 'checkbox':
      return undefined;
    default:
      return def.maxLength && text.length > def.maxLength ? { key: 'error.tooLong', params: { max: def.maxLength } } : undefined;
  }
}

/** The value the protocol wants for a custom field: numbers as numbers, native digits folded. */
export function fieldValue(def: Field, value: string | boolean | undefined): string | number | boolean | undefined {
  if (empty(value) && def.type !== 'checkbox') return undefined;
  if (def.type === 'checkbox') return value === true;
  const text = normalizeDigits(String(value).trim());
  if (def.type === 'number') return Number(text.replace(',', '.'));
  return def.type === 'tel' ? text : String(value).trim();
}

/** A server field error in the customer's language; the server's own text when we have no better. */
export function serverProblem(error: FieldError, def?: Field): Problem | { text: string } {
  const max = def?.maxLength ?? LIMITS[error.field as keyof typeof LIMITS];
  switch (error.code) {
    case 'required':
      return { key: def?.type === 'select' || error.field === 'categoryId' ? 'error.requiredChoice' : 'error.required' };
    case 'too_long':
      return max ? { key: 'error.tooLong', params: { max } } : { text: error.message };
    case 'not_allowed':
      return { key: 'error.option' };
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
