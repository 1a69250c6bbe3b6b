// Checks a new ticket (POST /tickets) field by field with the SDK's shared rules, as the ticket
// form does, so the two cannot disagree.
import type { FieldError } from '../sdk/types.js';
import { checkFieldValue, codePoints, isEmail, LIMITS, REQUEST_LIMITS } from '../sdk/rules.js';
import type { Attachments } from './attachments.js';
import type { Caller } from './caller.js';
import { fieldMessage, invalidEmail, textField } from './fields.js';
import { categories, priorities, type SeedField } from './seed-config.js';

/** `today`: the day it is where the team is, for fields limited to it. */
export function ticketInputErrors(input: Record<string, unknown>, caller: Caller, attachments: Attachments, today: string): FieldError[] {
  const errors: FieldError[] = [];
  textField(input, 'name', LIMITS.name, errors);
  textField(input, 'email', LIMITS.email, errors);
  if (typeof input.email === 'string' && input.email.trim() && !isEmail(input.email.trim())) errors.push(invalidEmail());
  textField(input, 'subject', LIMITS.subject, errors);
  textField(input, 'body', LIMITS.body, errors);
  textField(input, 'locale', LIMITS.locale, errors);
  textField(input, 'pageUrl', LIMITS.pageUrl, errors, false);
  const category = categories.find((c) => c.id === input.categoryId);
  if (!category) errors.push({ field: 'categoryId', code: input.categoryId ? 'not_allowed' : 'required', message: 'Choose a topic.' });
  if (input.priority !== undefined && !priorities.some((p) => p.id === input.priority)) {
    errors.push({ field: 'priority', code: 'not_allowed', message: 'Choose one of the listed priorities.' });
  }
  customFieldErrors(input.fields ?? {}, category?.fields ?? [], today, errors);
  attachments.check(input.attachmentIds, caller, errors);
  return errors;
}

/** The topic's custom fields, each checked against its definition. */
function customFieldErrors(fields: unknown, defs: readonly SeedField[], today: string, errors: FieldError[]): void {
  if (typeof fields !== 'object' || fields === null || Array.isArray(fields)) {
    errors.push({ field: 'fields', code: 'invalid', message: 'Custom fields must be an object.' });
    return;
  }
  const values = fields as Record<string, unknown>;
  const entries = Object.entries(values);
  if (entries.length > REQUEST_LIMITS.fields) errors.push({ field: 'fields', code: 'too_long', message: `At most ${REQUEST_LIMITS.fields} fields.` });
  // Values are flat (text, number, boolean), also under ids the topic does not define (those are ignored otherwise).
  const defined = new Set(defs.map((f) => f.id));
  for (const [id, v] of entries) {
    if (!defined.has(id) && ((typeof v === 'object' && v !== null) || (typeof v === 'string' && codePoints(v) > LIMITS.textarea))) {
      errors.push({ field: `fields.${id}`, code: 'invalid', message: 'Must be text, a number or true/false.' });
    }
  }
  for (const def of defs) {
    const code = checkFieldValue({ ...def, maxDate: def.maxDate && today }, values[def.id]);
    if (code) errors.push({ field: `fields.${def.id}`, code, message: fieldMessage(def, code) });
  }
}
