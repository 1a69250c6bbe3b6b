// Client-side checks for form fields, and the mapping of the server's field errors to the
// customer's language. Pure functions: the element decides when to run them. The rules
// themselves (patterns, limits, per-type checks) live in the SDK's rules.ts, shared with the mock.
import type { Field, FieldError } from '../../sdk/index.js';
import { acceptsFile, checkFieldValue, codePoints, EMAIL_PATTERN, isEmptyValue, LIMITS as RULE_LIMITS, maxLengthOf, type RuleCode } from '../../sdk/rules.js';
import { normalizeDigits, type TermKey } from '../../i18n/index.js';

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

export function checkText(value: string, { required = false, max }: { required?: boolean; max?: number }): FieldProblem | undefined {
  if (required && empty(value)) return { key: 'error.required' };
  if (max && codePoints(value) > max) return { key: 'error.tooLong', params: { max } };
  return undefined;
}

export function checkEmail(value: string, required: boolean): FieldProblem | undefined {
  if (empty(value)) return required ? { key: 'error.required' } : undefined;
  if (!EMAIL.test(value.trim())) return { key: 'error.email' };
  if (codePoints(value) > LIMITS.email) return { key: 'error.tooLong', params: { max: LIMITS.email } };
  return undefined;
}

/** A rule's code as the customer reads it, for a field of this definition. */
function problemFor(def: Field, code: RuleCode): FieldProblem {
  switch (code) {
    case 'required':
      return { key: def.type === 'select' ? 'error.requiredChoice' : 'error.required' };
    case 'not_allowed':
      return { key: 'error.option' };
    case 'too_long':
      return { key: 'error.tooLong', params: { max: maxLengthOf(def) } };
    case 'invalid': {
      const key = ({ email: 'error.email', tel: 'error.tel', number: 'error.number', date: 'error.date' } as const)[def.type as 'email'];
      return { key: key ?? 'error.invalid' };
    }
    default:
      return { key: 'error.invalid' };
  }
}

/** Checks a custom field's value as typed (strings from inputs, booleans from checkboxes). */
export function checkField(def: Field, value: string | boolean | undefined): FieldProblem | undefined {
  if (empty(value)) {
    if (!def.required) return undefined;
    return problemFor(def, 'required');
  }
  if (def.type === 'checkbox') return undefined;
  const sent = fieldValue(def, value);
  // A number that does not parse is still "not a number", not a missing value.
  const code = checkFieldValue(def, typeof sent === 'number' && Number.isNaN(sent) ? 'NaN' : sent);
  return code ? problemFor(def, code) : undefined;
}

/** The value the protocol wants for a custom field: numbers as numbers, native digits folded. */
export function fieldValue(def: Field, value: string | boolean | undefined): string | number | boolean | undefined {
  if (empty(value) && def.type !== 'checkbox') return undefined;
  if (def.type === 'checkbox') return value === true;
  const text = normalizeDigits(String(value).trim());
  if (def.type === 'number') return Number(text.replace(',', '.'));
  return def.type === 'tel' || def.type === 'date' || def.identifier ? text : String(value).trim();
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
      return { key: 'error.invalid' };
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
