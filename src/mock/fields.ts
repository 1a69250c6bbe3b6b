// Field errors for the mock's request bodies, worded for people; the rules come from the SDK's rules.ts.
import type { FieldError } from '../sdk/types.js';
import { codePoints, maxLengthOf } from '../sdk/rules.js';

/** A required (or optional) text property: a string of at most `max` code points. */
export function textField(input: Record<string, unknown>, field: string, max: number, errors: FieldError[], required = true): void {
  const v = input[field];
  if (v === undefined || v === null || (typeof v === 'string' && v.trim() === '')) {
    if (required) errors.push({ field, code: 'required', message: 'This field is required.' });
  } else if (typeof v !== 'string') errors.push({ field, code: 'invalid', message: 'This must be text.' });
  else if (codePoints(v) > max) errors.push({ field, code: 'too_long', message: `At most ${max} characters.` });
}

/** The error for an e-mail address that is not one; the check is the SDK's `isEmail`. */
export function invalidEmail(): FieldError {
  return { field: 'email', code: 'invalid', message: 'Enter an e-mail address like name@example.com.' };
}

export function fieldMessage(def: { type: string; maxLength?: number; min?: number; max?: number; step?: number }, code: string): string {
  switch (code) {
    case 'required':
      return 'This field is required.';
    case 'not_allowed':
      return 'Choose one of the listed options.';
    case 'too_long':
      return `At most ${maxLengthOf(def)} characters.`;
    case 'out_of_range':
      if (def.type === 'date') return 'Choose a date within the allowed range.';
      return def.step === undefined ? `Enter a number from ${def.min ?? '−∞'} to ${def.max ?? '∞'}.` : `Enter a number from ${def.min ?? '−∞'} to ${def.max ?? '∞'}, in steps of ${def.step}.`;
  }
  const messages: Record<string, string> = {
    number: 'Enter a number.',
    checkbox: 'Must be true or false.',
    date: 'Enter a date.',
    email: 'Enter an e-mail address like name@example.com.',
    tel: 'Enter a phone number.',
  };
  return messages[def.type] ?? 'This must be text.';
}
