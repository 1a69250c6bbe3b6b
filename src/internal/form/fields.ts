// Form fields as every Helpkit form renders them: a label (with "(optional)"), a hint, the
// control, and its error, tied together with aria-describedby and aria-invalid.
import { html, noChange, nothing, type ElementPart, type TemplateResult } from 'lit';
import { Directive, directive, PartType, type PartInfo } from 'lit/directive.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { live } from 'lit/directives/live.js';
import type { Field } from '../../sdk/index.js';
import { codePoints, DATE_PATTERN, isDate } from '../../sdk/rules.js';
import type { LocalizeController } from '../localize.js';
import { clampDay, formatDate, formatLong, parseDate } from '../date/calendar.js';
import { datePicker, withToday } from '../date/date-picker.js';
import type { FieldProblem, ServerFieldProblem } from './validate.js';

export type FieldType = 'text' | 'email' | 'tel' | 'number' | 'date' | 'select' | 'textarea' | 'checkbox';

/** What a field is: its name (also the key of its error), label, type and constraints. */
export interface FieldSpec {
  name: string;
  label: string;
  type: FieldType;
  required?: boolean;
  maxLength?: number;
  autocomplete?: string;
  inputmode?: string;
  options?: { value: string; label: string }[];
  /** A line under the label; a template when part of it must be isolated (an address, say). */
  hint?: string | TemplateResult;
  /** Show the hint under the control (a note about what was typed) rather than under the label. */
  hintBelow?: boolean;
  rows?: number;
  /** Written left to right whatever the page's direction: codes, order numbers, addresses. */
  ltr?: boolean;
  /** A date field's first and last allowed days (ISO). */
  minDate?: string;
  maxDate?: string;
}

/** A field's value, its error (already in words) and what to do when the customer changes it. */
export interface FieldBinding {
  value: string | boolean | undefined;
  error?: string;
  /** Every change of the value (typing, choosing, ticking). */
  onValue: (value: string | boolean) => void;
  /** A select or checkbox was changed: a finished choice, to be checked at once. */
  onChosen?: () => void;
  onBlur?: (event: FocusEvent) => void;
}

/** The element id of the field named `name`. */
export const fieldId = (name: string): string => `f-${name.replace(/\W/g, '-')}`;

/** A problem in the customer's words (numbers in their digits). */
export function problemText(t: LocalizeController, problem: ServerFieldProblem | undefined): string | undefined {
  if (!problem) return undefined;
  if ('text' in problem) return problem.text;
  return t.term(problem.key, problem.key.startsWith('date.') ? dateParams(t, problem.params) : localizeParams(t, problem.params));
}

/** A date problem's parameters: days (ISO) in the customer's calendar ("۵ آذر ۱۴۰۵"), numbers in their digits, ungrouped (a year). */
function dateParams(t: LocalizeController, params?: FieldProblem['params']): FieldProblem['params'] {
  if (!params) return params;
  const shown = (v: string | number) => (typeof v === 'number' ? t.number(v, { useGrouping: false }) : DATE_PATTERN.test(v) ? formatLong(v, t.locale) : v);
  return Object.fromEntries(Object.entries(params).map(([k, v]) => [k, shown(v)]));
}

export function localizeParams(t: LocalizeController, params?: FieldProblem['params']): FieldProblem['params'] {
  if (!params) return params;
  return Object.fromEntries(Object.entries(params).map(([k, v]) => [k, typeof v === 'number' ? t.number(v) : v]));
}

/** The pieces every field shares: its id, the aria wiring, and the hint and error lines. */
export function describeField(name: string, error?: string, hint?: string | TemplateResult, counted = false) {
  const id = fieldId(name);
  const ids = [hint ? `${id}-hint` : '', counted ? `${id}-count` : '', error ? `${id}-error` : ''].filter(Boolean).join(' ');
  return {
    id,
    invalid: error ? 'true' : 'false',
    describedby: ids || undefined,
    hint: hint ? html`<p class="hint" id="${id}-hint">${hint}</p>` : nothing,
    error: error ? html`<p class="error" id="${id}-error">${error}</p>` : nothing,
  };
}

type DescribedField = ReturnType<typeof describeField>;

/**
 * Ties a control to its field's state: `required`/`aria-required`, `aria-invalid`, and
 * `aria-describedby` naming its hint and error. One place, so every control is wired alike.
 */
class WiredDirective extends Directive {
  constructor(part: PartInfo) {
    super(part);
    if (part.type !== PartType.ELEMENT) throw new Error('wired() goes on an element');
  }

  render(_field: DescribedField, _required?: boolean): unknown {
    return nothing;
  }

  override update(part: ElementPart, [field, required]: [DescribedField, boolean?]): unknown {
    const el = part.element;
    if (required !== undefined) {
      el.toggleAttribute('required', required);
      el.setAttribute('aria-required', String(required));
    }
    el.setAttribute('aria-invalid', field.invalid);
    if (field.describedby) el.setAttribute('aria-describedby', field.describedby);
    else el.removeAttribute('aria-describedby');
    return noChange;
  }
}

/** `<input ${wired(describeField(…), required)}>`; leave `required` out for controls that are never required (a checkbox, the file picker). */
export const wired = directive(WiredDirective);

function label(t: LocalizeController, text: string, id: string, required: boolean) {
  return html`<label for=${id}>${text}${required ? nothing : html` <span class="optional">(${t.term('common.optional')})</span>`}</label>`;
}

/** A custom field of the site's config as a field to render. */
export function specOf(def: Field, name = `fields.${def.id}`): FieldSpec {
  return {
    name,
    label: def.label,
    type: def.type as FieldType,
    required: !!def.required,
    maxLength: def.type === 'text' || def.type === 'textarea' ? def.maxLength : undefined,
    options: def.options,
    ltr: def.identifier || def.type === 'email' || def.type === 'tel' || undefined,
    rows: def.type === 'textarea' ? 3 : undefined,
    // Numbers are typed as text so Persian and Arabic digits are accepted (and folded on send).
    inputmode: def.type === 'number' ? 'decimal' : def.type === 'tel' ? 'tel' : undefined,
    autocomplete: def.type === 'tel' ? 'tel' : def.type === 'email' ? 'email' : undefined,
    // A limit that is not a real YYYY-MM-DD day is a site's typo: it limits nothing.
    minDate: def.type === 'date' && def.minDate && isDate(def.minDate) ? def.minDate : undefined,
    maxDate: def.type === 'date' && def.maxDate && isDate(def.maxDate) ? def.maxDate : undefined,
  };
}

/** From this share of a text's limit on, the counter shows how many characters are left. */
export const COUNTER_FROM = 0.8;

/**
 * Where a text stands against its limit, for the counter: `null` while far from it; otherwise the
 * characters left (negative: over), and the step the screen reader last heard of, so it is told
 * only when that changes (at 80 %, 90 %, 100 % of the limit, and when the text goes over or back).
 */
export function counterOf(text: string, max: number | undefined): { left: number; step: number } | null {
  if (!max) return null;
  const used = codePoints(text);
  if (used < max * COUNTER_FROM) return null;
  const step = used > max ? 3 : used === max ? 2 : used >= max * 0.9 ? 1 : 0;
  return { left: max - used, step };
}

/** The counter of a text field near its limit: seen live, announced politely at each step only. */
function renderCounter(t: LocalizeController, id: string, counter: ReturnType<typeof counterOf>, error: string | undefined) {
  const over = counter && counter.left < 0;
  const words = !counter ? '' : over ? t.term('error.overLimit', { count: t.number(-counter.left) }) : t.term('form.charsLeft', { count: t.number(counter.left) });
  // The field's own error already says how far over it is: the counter then says nothing twice.
  const seen = over && error ? '' : words;
  // What the screen reader hears changes only when the step does, never on each keystroke.
  const heard = words;
  return html`<p class="hint counter${over ? ' over' : ''}" part="counter" id="${id}-count">${seen}</p>
    <span class="sr-only" role="status" aria-live="polite">${announced(t, id, counter?.step, heard)}</span>`;
}

/** The last words announced per counter, kept until its step changes (per element, by field id). */
const lastHeard = new WeakMap<LocalizeController, Map<string, { step: number | undefined; words: string }>>();
function announced(t: LocalizeController, id: string, step: number | undefined, words: string): string {
  let heard = lastHeard.get(t);
  if (!heard) lastHeard.set(t, (heard = new Map()));
  const last = heard.get(id);
  if (last && last.step === step) return last.words;
  const next = { step, words: step === undefined ? '' : words };
  heard.set(id, next);
  return next.words;
}

/** Renders one field: label, hint, control and error. */
export function renderField(t: LocalizeController, spec: FieldSpec, binding: FieldBinding): TemplateResult {
  if (spec.type === 'date') return renderDate(t, spec, binding);
  const counted = (spec.type === 'text' || spec.type === 'textarea') && !!spec.maxLength;
  const field = describeField(spec.name, binding.error, spec.hint, counted);
  if (spec.type === 'checkbox') {
    return html`<div class="field check" part="field">
      <input
        id=${field.id}
        part="input"
        type="checkbox"
        name=${spec.name}
        ${wired(field)}
        .checked=${live(binding.value === true)}
        @change=${(e: Event) => {
          binding.onValue((e.target as HTMLInputElement).checked);
          binding.onChosen?.();
        }}
      />
      <label for=${field.id}>${spec.label}</label>
      ${field.hint} ${field.error}
    </div>`;
  }
  const counter = counted ? renderCounter(t, field.id, counterOf(String(binding.value ?? ''), spec.maxLength), binding.error) : nothing;
  const [above, below] = spec.hintBelow ? [nothing, field.hint] : [field.hint, nothing];
  return html`<div class="field" part="field">${label(t, spec.label, field.id, !!spec.required)} ${above} ${control(t, spec, binding, field)} ${below} ${counter} ${field.error}</div>`;
}

function control(t: LocalizeController, spec: FieldSpec, binding: FieldBinding, field: DescribedField): TemplateResult {
  const required = !!spec.required;
  const text = String(binding.value ?? '');
  const onInput = (e: Event) => binding.onValue((e.target as HTMLInputElement).value);
  const onBlur = (e: FocusEvent) => binding.onBlur?.(e);
  // Addresses, phone numbers and codes read left to right; aligned with the page's text.
  const ltr = spec.ltr || spec.type === 'email' || spec.type === 'tel';
  if (spec.type === 'select') {
    return html`<select
      id=${field.id}
      part="input"
      name=${spec.name}
      ${wired(field, required)}
      @change=${(e: Event) => {
        onInput(e);
        binding.onChosen?.();
      }}
    >
      <option value="" ?selected=${!text}>${t.term('form.choose')}</option>
      ${spec.options?.map((o) => html`<option value=${o.value} ?selected=${o.value === text}>${o.label}</option>`)}
    </select>`;
  }
  if (spec.type === 'textarea') {
    return html`<textarea
      id=${field.id}
      part="input"
      name=${spec.name}
      rows=${spec.rows ?? 3}
      ${wired(field, required)}
      .value=${live(text)}
      @input=${onInput}
      @blur=${onBlur}
    ></textarea>`;
  }
  return html`<input
    id=${field.id}
    part="input"
    name=${spec.name}
    type=${spec.type === 'number' ? 'text' : spec.type}
    class=${spec.type === 'number' ? 'numeric' : ltr && spec.type !== 'email' ? 'identifier' : ''}
    inputmode=${ifDefined(spec.inputmode)}
    autocomplete=${ifDefined(spec.autocomplete)}
    dir=${ifDefined(ltr ? 'ltr' : undefined)}
    ${wired(field, required)}
    .value=${live(text)}
    @input=${onInput}
    @blur=${onBlur}
  />`;
}

/**
 * A date field: a text input in the customer's calendar and digits (what they type is read by
 * `parseDate`, so ۱۴۰۵/۹/۵, 1405-09-05 and ۵ آذر ۱۴۰۵ all work in Persian), a calendar button, and
 * a line under them that shows the pattern with an example until the text reads as a day, then
 * that day in full ("Thursday, 26 November 2026"), so the customer sees how it was understood.
 * On leaving the input a day that reads is rewritten in the field's own format.
 */
function renderDate(t: LocalizeController, spec: FieldSpec, binding: FieldBinding): TemplateResult {
  const locale = t.locale;
  const text = String(binding.value ?? '');
  const iso = text.trim() ? parseDate(text, locale).iso : undefined;
  const { minDate: min, maxDate: max } = spec;
  const hint = iso ? formatLong(iso, locale, true) : html`${withToday((today: string) => t.term('date.hint', { example: formatDate(clampDay(today, min, max), locale) }))}`;
  const field = describeField(spec.name, binding.error, hint);
  const onBlur = (e: FocusEvent) => {
    const typed = (e.target as HTMLInputElement).value;
    const read = typed.trim() ? parseDate(typed, locale).iso : undefined;
    if (read && formatDate(read, locale) !== typed) binding.onValue(formatDate(read, locale));
    binding.onBlur?.(e);
  };
  return html`<div class="field" part="field">
    ${label(t, spec.label, field.id, !!spec.required)}
    <div class="date-control">
      <input
        id=${field.id}
        part="input"
        name=${spec.name}
        type="text"
        autocomplete="off"
        ${wired(field, !!spec.required)}
        .value=${live(text)}
        @input=${(e: Event) => binding.onValue((e.target as HTMLInputElement).value)}
        @blur=${onBlur}
      />${datePicker({ locale, label: spec.label, term: (key, params) => t.term(key, params), value: iso, min, max, onPick: (day) => binding.onValue(formatDate(day, locale)) })}
    </div>
    ${field.hint} ${field.error}
  </div>`;
}
