// Form fields as every Helpkit form renders them: a label (with "(optional)"), a hint, the
// control, and its error, tied together with aria-describedby and aria-invalid.
import { html, noChange, nothing, type ElementPart, type TemplateResult } from 'lit';
import { Directive, directive, PartType, type PartInfo } from 'lit/directive.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { live } from 'lit/directives/live.js';
import type { Field } from '../../sdk/index.js';
import type { LocalizeController } from '../localize.js';
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
  hint?: string;
  rows?: number;
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
  return t.term(problem.key, localizeParams(t, problem.params));
}

export function localizeParams(t: LocalizeController, params?: FieldProblem['params']): FieldProblem['params'] {
  if (!params) return params;
  return Object.fromEntries(Object.entries(params).map(([k, v]) => [k, typeof v === 'number' ? t.number(v) : v]));
}

/** The pieces every field shares: its id, the aria wiring, and the hint and error lines. */
export function describeField(name: string, error?: string, hint?: string) {
  const id = fieldId(name);
  const ids = [hint ? `${id}-hint` : '', error ? `${id}-error` : ''].filter(Boolean).join(' ');
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
    maxLength: def.maxLength,
    options: def.options,
    rows: def.type === 'textarea' ? 3 : undefined,
    // Numbers are typed as text so Persian and Arabic digits are accepted (and folded on send).
    inputmode: def.type === 'number' ? 'decimal' : def.type === 'tel' ? 'tel' : undefined,
    autocomplete: def.type === 'tel' ? 'tel' : def.type === 'email' ? 'email' : undefined,
  };
}

/** Renders one field: label, hint, control and error. */
export function renderField(t: LocalizeController, spec: FieldSpec, binding: FieldBinding): TemplateResult {
  const field = describeField(spec.name, binding.error, spec.hint);
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
  return html`<div class="field" part="field">${label(t, spec.label, field.id, !!spec.required)} ${field.hint} ${control(t, spec, binding, field)} ${field.error}</div>`;
}

function control(t: LocalizeController, spec: FieldSpec, binding: FieldBinding, field: DescribedField): TemplateResult {
  const required = !!spec.required;
  const text = String(binding.value ?? '');
  const onInput = (e: Event) => binding.onValue((e.target as HTMLInputElement).value);
  const onBlur = (e: FocusEvent) => binding.onBlur?.(e);
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
      maxlength=${ifDefined(spec.maxLength)}
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
    class=${spec.type === 'number' ? 'numeric' : ''}
    inputmode=${ifDefined(spec.inputmode)}
    autocomplete=${ifDefined(spec.autocomplete)}
    maxlength=${ifDefined(spec.maxLength)}
    ${wired(field, required)}
    .value=${live(text)}
    @input=${onInput}
    @blur=${onBlur}
  />`;
}
