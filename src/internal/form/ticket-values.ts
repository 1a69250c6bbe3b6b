// What the ticket form holds, how it is checked, what the site's prefill does to it, and the body it
// sends. Pure functions over plain values: the element decides when to use them.
import type { FieldError, SiteConfig } from '../../sdk/index.js';
import { html, type TemplateResult } from 'lit';
import { isEmail } from '../../sdk/rules.js';
import type { TermKey } from '../../i18n/index.js';
import type { StoredFile } from '../controllers/attachments.js';
import type { FieldSpec } from './fields.js';
import { checkEmail, checkField, checkText, fieldValue, LIMITS, serverProblem, type FieldProblem, type ServerFieldProblem } from './validate.js';

export interface TicketValues {
  name: string;
  email: string;
  categoryId: string;
  priority: string;
  subject: string;
  body: string;
  /** Custom fields by id, as typed (strings) or ticked (booleans). */
  fields: Record<string, string | boolean>;
}

/** What a ticket form's draft holds: the values and the files themselves. */
export interface TicketDraft {
  values: TicketValues;
  files: StoredFile[];
}

/** What the site says about the customer and the ticket (the element's attributes). */
export interface Prefill {
  name?: string;
  email?: string;
  subject?: string;
  category?: string;
  fields?: Record<string, string | number | boolean>;
  /** Prefilled fields the customer does not see. */
  hidden: Set<string>;
}

/** A field's name in the form: `name`, `email`, `categoryId`, …, or `fields.<id>` for a custom one. */
export type FieldName = string;

export const emptyValues = (): TicketValues => ({ name: '', email: '', categoryId: '', priority: '', subject: '', body: '', fields: {} });

const CUSTOM = 'fields.';

export function valueOf(values: TicketValues, name: FieldName): string | boolean | undefined {
  return name.startsWith(CUSTOM) ? values.fields[name.slice(CUSTOM.length)] : (values[name as keyof Omit<TicketValues, 'fields'>] as string | undefined);
}

export function withValue(values: TicketValues, name: FieldName, value: string | boolean): TicketValues {
  if (name.startsWith(CUSTOM)) return { ...values, fields: { ...values.fields, [name.slice(CUSTOM.length)]: value } };
  return { ...values, [name]: value };
}

/** Whether a draft holds anything the customer wrote (a prefill alone is not worth restoring). */
export function hasContent({ values, files }: TicketDraft): boolean {
  return files.length > 0 || [values.subject, values.body].some((text) => text?.trim()) || Object.values(values.fields ?? {}).some((v) => v !== '' && v !== false);
}

export const chosenCategory = (values: TicketValues, config?: SiteConfig) => config?.categories.find((c) => c.id === values.categoryId);

/** The names of the fields the form checks, in the order they are shown. */
export function fieldNames(values: TicketValues, config?: SiteConfig): FieldName[] {
  const custom = chosenCategory(values, config)?.fields.map((f) => `${CUSTOM}${f.id}`) ?? [];
  return ['name', 'email', 'categoryId', ...custom, 'subject', 'body'];
}

/** The problem of one field; numbers are read in the customer's `locale` (without one, only unambiguous numbers pass). */
export function problemOf(values: TicketValues, config: SiteConfig | undefined, name: FieldName, locale?: string): FieldProblem | undefined {
  switch (name) {
    case 'name':
      return checkText(values.name, { required: true, max: LIMITS.name });
    case 'email':
      return checkEmail(values.email, true);
    case 'categoryId':
      return chosenCategory(values, config) ? undefined : { key: 'error.requiredChoice' };
    case 'subject':
      return checkText(values.subject, { required: true, max: LIMITS.subject });
    case 'body':
      return checkText(values.body, { required: true, max: LIMITS.body });
  }
  const def = chosenCategory(values, config)?.fields.find((f) => `${CUSTOM}${f.id}` === name);
  return def ? checkField(def, values.fields[def.id], locale) : undefined;
}

/** Every problem of the form, by field name. */
export function problemsOf(values: TicketValues, config?: SiteConfig, locale?: string): Record<FieldName, FieldProblem> {
  const problems: Record<FieldName, FieldProblem> = {};
  for (const name of fieldNames(values, config)) {
    const problem = problemOf(values, config, name, locale);
    if (problem) problems[name] = problem;
  }
  return problems;
}

/** The server's field errors by the form's field names (attachment ids belong to the attachments field). */
export function serverProblems(errors: FieldError[], values: TicketValues, config?: SiteConfig): Record<FieldName, ServerFieldProblem> {
  const problems: Record<FieldName, ServerFieldProblem> = {};
  for (const error of errors) {
    const def = error.field.startsWith(CUSTOM) ? chosenCategory(values, config)?.fields.find((f) => `${CUSTOM}${f.id}` === error.field) : undefined;
    problems[error.field === 'attachmentIds' ? 'attachments' : error.field] = serverProblem(error, def);
  }
  return problems;
}

/** The form's values with the site's prefill; a site with one topic has it chosen. */
export function prefilled(values: TicketValues, prefill: Prefill, config?: SiteConfig): TicketValues {
  const v = { ...values, fields: { ...values.fields } };
  if (prefill.name) v.name = prefill.name;
  if (prefill.email) v.email = prefill.email;
  if (prefill.subject) v.subject = prefill.subject;
  if (prefill.category && config?.categories.some((c) => c.id === prefill.category)) v.categoryId = prefill.category;
  for (const [id, value] of Object.entries(prefill.fields ?? {})) v.fields[id] = typeof value === 'boolean' ? value : String(value);
  if (!v.categoryId && config?.categories.length === 1) v.categoryId = config.categories[0]!.id;
  return v;
}

/**
 * The page changed its prefill after the form loaded (a framework that renders twice, a sign-in):
 * each changed field takes the new value unless the customer has written in it since the form
 * loaded (`typed`); their words stay.
 */
export function reprefilled(values: TicketValues, before: Prefill, after: Prefill, typed: ReadonlySet<string>, config?: SiteConfig): TicketValues {
  const v = { ...values, fields: { ...values.fields } };
  for (const key of ['name', 'email', 'subject'] as const) {
    if (after[key] !== before[key] && !typed.has(key)) v[key] = after[key] ?? '';
  }
  if (after.category !== before.category && !typed.has('categoryId') && config?.categories.some((c) => c.id === after.category)) {
    v.categoryId = after.category!;
  }
  for (const [id, value] of Object.entries(after.fields ?? {})) {
    if (value !== before.fields?.[id] && !typed.has(`fields.${id}`)) v.fields[id] = typeof value === 'boolean' ? value : String(value);
  }
  return v;
}

/**
 * The site's word on who is writing beats anything a draft says: a prefilled name and e-mail,
 * and every prefilled field it hides, are put back over restored values.
 */
export function withIdentity(values: TicketValues, prefill: Prefill, config?: SiteConfig): TicketValues {
  const v = { ...values };
  if (prefill.name) v.name = prefill.name;
  if (prefill.email) v.email = prefill.email;
  if (prefill.subject && prefill.hidden.has('subject')) v.subject = prefill.subject;
  if (prefill.category && prefill.hidden.has('category') && config?.categories.some((c) => c.id === prefill.category)) v.categoryId = prefill.category;
  return v;
}

/**
 * Without an identity all visitors share one draft. When the site names this customer's e-mail, a
 * draft is theirs only if it was written under that address: one with another address, or with
 * none (written before the site knew who was there), is someone else's.
 */
export function draftBelongs(draft: TicketDraft, owner: string, prefill: Prefill): boolean {
  if (!hasContent(draft)) return false;
  const drafted = draft.values.email?.trim().toLowerCase() ?? '';
  return !(owner === 'anonymous' && prefill.email && drafted !== prefill.email.trim().toLowerCase());
}

/** The body of `POST /tickets` for these values (a valid form: its topic is chosen). */
export function ticketBody(values: TicketValues, config: SiteConfig, extra: { locale: string; pageUrl: string; attachmentIds: string[] }): Record<string, unknown> {
  const category = chosenCategory(values, config)!;
  const fields: Record<string, string | number | boolean> = {};
  for (const def of category.fields) {
    // Read in the ticket's locale; a number the form let through without knowing the locale is
    // one every language reads alike, so that reading stands when the locale's own does not.
    let value = fieldValue(def, values.fields[def.id], extra.locale);
    if (typeof value === 'number' && Number.isNaN(value)) value = fieldValue(def, values.fields[def.id]);
    if (value !== undefined) fields[def.id] = value;
  }
  const body: Record<string, unknown> = {
    name: values.name.trim(),
    email: values.email.trim(),
    subject: values.subject.trim(),
    body: values.body,
    categoryId: category.id,
    fields,
    locale: extra.locale,
    pageUrl: extra.pageUrl,
    attachmentIds: extra.attachmentIds,
  };
  if (values.priority) body.priority = values.priority;
  return body;
}

/** A built-in field of the ticket form as a field to render (`term` gives the labels). */
export function builtInField(name: FieldName, term: (key: TermKey) => string, values: TicketValues, config: SiteConfig): FieldSpec {
  switch (name) {
    case 'name':
      return { name, type: 'text', label: term('form.name'), required: true, maxLength: LIMITS.name, autocomplete: 'name' };
    case 'email':
      return { name, type: 'email', label: term('form.email'), required: true, maxLength: LIMITS.email, autocomplete: 'email', inputmode: 'email', ltr: true, hint: replyTo(term, values.email), hintBelow: true };
    case 'categoryId': {
      const hint = chosenCategory(values, config)?.description;
      return { name, type: 'select', label: term('form.category'), required: true, hint, options: config.categories.map((c) => ({ value: c.id, label: c.label })) };
    }
    case 'priority':
      return { name, type: 'select', label: term('form.priority'), options: config.priorities.map((p) => ({ value: p.id, label: p.label })) };
    case 'subject':
      return { name, type: 'text', label: term('form.subject'), required: true, maxLength: LIMITS.subject };
    default:
      return { name, type: 'textarea', label: term('form.body'), required: true, maxLength: LIMITS.body, rows: 6, hint: term('form.bodyHint') };
  }
}

/**
 * "We'll reply to ava@example.com": the address the customer typed, once it is one, as a left-to-right
 * run isolated from the sentence around it (so it reads the same in Persian and Arabic).
 */
export function replyTo(term: (key: TermKey) => string, email: string | undefined): TemplateResult | undefined {
  const address = email?.trim();
  if (!address || !isEmail(address)) return undefined;
  const [before, after = ''] = term('form.replyTo').split('{email}');
  return html`${before}<bdi dir="ltr" class="address">${address}</bdi>${after}`;
}
