// A calendar button and its date picker dialog (the WAI-ARIA APG "date picker dialog" pattern), as
// a Lit directive any element's template can hold: the date field uses it, and the callback form
// will pick a day for its slots with it. The month grid is in the customer's calendar, digits and
// week; "today" comes from the rendering element's clock, so tests can fix the date.
import { css, html, nothing, type TemplateResult } from 'lit';
import { AsyncDirective } from 'lit/async-directive.js';
import { Directive, directive, type ChildPart } from 'lit/directive.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { createRef, ref } from 'lit/directives/ref.js';
import type { Locale, TermKey } from '../../i18n/index.js';
import type { Clock } from '../clock.js';
import { addDays, addMonths, calendarOf, clampDay, dayNumber, firstDayOfWeek, formatLong, formatMonth, monthStart, todayAt, weekdayNames, weekdayOf } from './calendar.js';

export interface DatePickerOptions {
  locale: Locale;
  /** What is being chosen (the field's label): names the button and the dialog. */
  label: string;
  term: (key: TermKey, params?: Record<string, string | number>) => string;
  /** The chosen day (ISO `YYYY-MM-DD`), if any: selected, and where the calendar opens. */
  value?: string;
  /** The first and last days that can be chosen (ISO); days outside them are shown disabled. */
  min?: string;
  max?: string;
  /** Days inside min/max that still cannot be chosen (a day without free call-back slots). */
  unavailable?: (iso: string) => boolean;
  /** Called with the ISO day the customer chose; the dialog has closed and focus is on the button. */
  onPick: (iso: string) => void;
}

/** Today by the clock of the element rendering `part` (every Helpkit element has `clock`), else real time. */
export function todayOf(part: ChildPart): string {
  const clock = (part.options?.host as { clock?: Clock } | undefined)?.clock;
  return todayAt(clock ? clock.now() : Date.now());
}

/** `${withToday((today) => …)}`: renders what depends on today's date (an example in a hint). */
export const withToday = directive(
  class extends Directive {
    render(view: (today: string) => unknown): unknown {
      return view(todayAt(Date.now()));
    }
    override update(part: ChildPart, [view]: [(today: string) => unknown]): unknown {
      return view(todayOf(part));
    }
  },
);

export const datePickerStyles = css`
  .date-control {
    display: flex;
    gap: var(--_space);
  }
  .date-control input {
    flex: 1;
    min-inline-size: 0;
  }
  .date-button {
    flex: none;
    inline-size: 46px;
    padding: 0;
    background: var(--_surface);
    color: var(--_accent);
    border-color: var(--_border);
  }
  .date-button:hover,
  .dp-nav:hover:not(:disabled) {
    border-color: var(--_accent);
  }
  .date-dialog {
    /* Placed by floating-ui under the field (above it when there is no room below). */
    position: fixed;
    inset: auto;
    margin: 0;
    padding: 0;
    max-inline-size: calc(100vw - 16px);
    overflow: auto;
    overscroll-behavior: contain;
    font: inherit;
    color: var(--_text);
    background: var(--_surface);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    box-shadow:
      0 12px 32px rgb(0 0 0 / 0.2),
      0 2px 6px rgb(0 0 0 / 0.1);
    opacity: 0;
  }
  .date-dialog.placed {
    opacity: 1;
  }
  .date-dialog::backdrop {
    background: transparent;
  }
  .dp-body {
    display: grid;
    gap: calc(var(--_space) * 0.5);
    padding: calc(var(--_space) * 1.25);
  }
  .dp-head {
    display: flex;
    align-items: center;
    gap: var(--_space);
  }
  .dp-title {
    flex: 1;
    text-align: center;
    font-weight: 650;
  }
  .dp-nav {
    inline-size: 40px;
    min-block-size: 40px;
    padding: 0;
    background: transparent;
    color: var(--_text);
    border-color: var(--_border);
  }
  .root[dir='rtl'] .dp-nav svg {
    transform: scaleX(-1);
  }
  .dp-grid {
    border-collapse: separate;
    border-spacing: 2px;
    margin-inline: auto;
  }
  .dp-grid th {
    padding-block: 2px;
    font-size: 0.8em;
    font-weight: 600;
    color: var(--_muted);
    text-align: center;
  }
  .dp-grid td {
    inline-size: 42px;
    block-size: 42px;
    padding: 0;
    border-radius: 50%;
    text-align: center;
    font-variant-numeric: tabular-nums;
  }
  .dp-grid td[data-date] {
    cursor: pointer;
  }
  .dp-grid td[data-date]:hover {
    background: var(--_accent-soft);
  }
  .dp-grid td.dp-other {
    color: var(--_muted);
  }
  .dp-grid td[aria-current='date'] {
    box-shadow: inset 0 0 0 2px var(--_accent);
    font-weight: 700;
  }
  .dp-grid td[aria-selected='true'] {
    background: var(--_accent);
    color: var(--_accent-contrast);
    font-weight: 700;
  }
  .dp-grid td[aria-disabled='true'] {
    cursor: default;
    background: none;
    color: var(--_muted);
    opacity: 0.45;
  }
  .dp-grid td:focus {
    outline: 3px solid var(--hk-focus-ring, color-mix(in srgb, var(--_accent) 55%, transparent));
    outline-offset: 1px;
  }
  .dp-foot {
    display: flex;
    justify-content: flex-end;
  }
`;

/** Adds the picker's styles to the shadow root it renders in, once (no inline styles: CSP). */
function adopt(node: Node | null | undefined): void {
  const sheet = datePickerStyles.styleSheet;
  // A shadow root or a document, from this window or another (no instanceof across frames).
  const root = node as (Node & DocumentOrShadowRoot) | null | undefined;
  if (!sheet || !root?.adoptedStyleSheets || root.adoptedStyleSheets.includes(sheet)) return;
  root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
}

const icon = (d: string) =>
  html`<svg viewBox="0 0 24 24" width="20" height="20" aria-hidden="true" focusable="false">
    <path d=${d} fill="none" stroke="currentColor" stroke-width="1.8" stroke-linecap="round" stroke-linejoin="round" />
  </svg>`;
const CALENDAR = icon('M6 5h12a2.5 2.5 0 0 1 2.5 2.5v10.5a2.5 2.5 0 0 1-2.5 2.5H6a2.5 2.5 0 0 1-2.5-2.5V7.5A2.5 2.5 0 0 1 6 5zM3.5 10h17M8 3v4M16 3v4');
/** Points to the start of the line; mirrored in right-to-left. */
const BACK = icon('M14.5 6l-6 6 6 6');
const FORWARD = icon('M9.5 6l6 6-6 6');

let dialogs = 0;

class DatePickerDirective extends AsyncDirective {
  private options!: DatePickerOptions;
  private part?: ChildPart;
  private open = false;
  /** The day holding the grid's focus (its one tab stop) while open. */
  private active = '';
  private today = '';
  private readonly id = `hk-dp-${++dialogs}`;
  private readonly button = createRef<HTMLButtonElement>();
  private readonly dialog = createRef<HTMLDialogElement>();
  private stopPlacing?: () => void;

  render(options: DatePickerOptions): unknown {
    this.options = options;
    // Re-rendered while open (another language): the cells are reused, so focus may sit on a cell
    // that now shows another day; put it back on the active one.
    if (this.open && this.dialog.value?.contains((this.dialog.value.getRootNode() as ShadowRoot).activeElement)) {
      queueMicrotask(() => this.focusActive());
    }
    return this.view();
  }

  override update(part: ChildPart, [options]: [DatePickerOptions]): unknown {
    this.part = part;
    // The styles go in before the first paint: the host's shadow root, even while this template
    // is still being put together outside it.
    adopt((part.options?.host as { renderRoot?: Node } | undefined)?.renderRoot);
    return this.render(options);
  }

  protected override disconnected(): void {
    this.stopPlacing?.();
    this.stopPlacing = undefined;
    // Moved or removed with the calendar open (a framework re-parenting the element): shut it, or
    // it would come back as an open dialog nothing can close.
    if (this.dialog.value?.open) this.dialog.value.close();
    if (this.open) {
      this.open = false;
      this.setValue(this.view());
    }
  }

  private view(): TemplateResult {
    const label = this.options.term('date.choose', { label: this.options.label });
    return html`<button type="button" class="date-button" part="date-button" aria-label=${label} aria-haspopup="dialog" ${ref(this.button)} @click=${this.show}>
        ${CALENDAR}</button
      >${this.open ? this.renderDialog(label) : nothing}`;
  }

  private blocked(iso: string): boolean {
    const { min, max, unavailable } = this.options;
    return (!!min && iso < min) || (!!max && iso > max) || !!unavailable?.(iso);
  }

  private renderDialog(label: string): TemplateResult {
    const { locale, min, max, term } = this.options;
    const calendar = calendarOf(locale);
    const first = monthStart(this.active, calendar);
    const next = monthStart(first, calendar, 1);
    const start = firstDayOfWeek(locale);
    // Six weeks whatever the month, so the dialog keeps its size (and place) from month to month.
    const lead = (weekdayOf(first) - start + 7) % 7;
    const days = Array.from({ length: 42 }, (_, i) => addDays(first, i - lead));
    const weeks = [0, 1, 2, 3, 4, 5].map((w) => days.slice(w * 7, w * 7 + 7));
    const names = weekdayNames(locale);
    const columns = [0, 1, 2, 3, 4, 5, 6].map((i) => names[(start + i) % 7]!);
    return html`<dialog class="date-dialog" part="date-dialog" aria-label=${label} ${ref(this.dialog)} @keydown=${this.onDialogKey} @click=${this.onDialogClick} @close=${() => this.close()}>
      <div class="dp-body">
        <div class="dp-head">
          <button type="button" class="dp-nav" aria-label=${term('date.prevMonth')} ?disabled=${!!min && addDays(first, -1) < min} @click=${() => this.moveMonth(-1)}>${BACK}</button>
          <div class="dp-title" id="${this.id}-title" aria-live="polite">${formatMonth(first, locale)}</div>
          <button type="button" class="dp-nav" aria-label=${term('date.nextMonth')} ?disabled=${!!max && next > max} @click=${() => this.moveMonth(1)}>${FORWARD}</button>
        </div>
        <table class="dp-grid" role="grid" aria-labelledby="${this.id}-title" @keydown=${this.onGridKey}>
          <thead>
            <tr>
              ${columns.map((n) => html`<th scope="col" abbr=${n.long}>${n.short}</th>`)}
            </tr>
          </thead>
          <tbody>
            ${weeks.map((week) => html`<tr>${week.map((iso) => this.renderDay(iso, iso < first || iso >= next))}</tr>`)}
          </tbody>
        </table>
        <div class="dp-foot"><button type="button" class="link" @click=${() => this.close()}>${term('date.close')}</button></div>
      </div>
    </dialog>`;
  }

  /** A day of the grid; days of the months before and after (`other`) fill its first and last weeks. */
  private renderDay(iso: string, other: boolean): TemplateResult {
    const { locale, value } = this.options;
    return html`<td
      role="gridcell"
      class=${other ? 'dp-other' : ''}
      data-date=${iso}
      tabindex=${iso === this.active ? '0' : '-1'}
      aria-label=${formatLong(iso, locale, true)}
      aria-selected=${ifDefined(iso === value ? 'true' : undefined)}
      aria-current=${ifDefined(iso === this.today ? 'date' : undefined)}
      aria-disabled=${ifDefined(this.blocked(iso) ? 'true' : undefined)}
      @click=${() => this.choose(iso)}
    >
      ${dayNumber(iso, locale)}
    </td>`;
  }

  private redraw(): void {
    this.setValue(this.view());
  }

  private focusActive(): void {
    // The dialog is fixed on the screen: scrolling the page to "show" the day would only move the field away.
    this.dialog.value?.querySelector<HTMLElement>('td[tabindex="0"]')?.focus({ preventScroll: true });
  }

  private show = (): void => {
    if (this.open || !this.part) return;
    const { value, min, max } = this.options;
    this.today = todayOf(this.part);
    this.active = clampDay(value ?? this.today, min, max);
    this.open = true;
    adopt(this.button.value?.getRootNode());
    this.redraw();
    const dialog = this.dialog.value!;
    dialog.showModal();
    this.focusActive();
    void this.place(dialog);
  };

  /** Under the field, or above it when the screen has no room below; never cut off. */
  private async place(dialog: HTMLDialogElement): Promise<void> {
    const anchor = this.button.value?.parentElement;
    if (!anchor) return;
    // Loaded when a calendar is first opened: pages that never open one never fetch it.
    const { autoUpdate, computePosition, flip, offset, shift, size } = await import('@floating-ui/dom');
    if (this.dialog.value !== dialog || !dialog.open) return;
    this.stopPlacing = autoUpdate(anchor, dialog, () => {
      void computePosition(anchor, dialog, {
        strategy: 'fixed',
        placement: 'bottom-start',
        middleware: [
          offset(6),
          flip({ padding: 8 }),
          shift({ padding: 8 }),
          size({ padding: 8, apply: ({ availableHeight }) => dialog.style.setProperty('max-block-size', `${Math.max(200, availableHeight)}px`) }),
        ],
      }).then(({ x, y }) => {
        dialog.style.setProperty('left', `${x}px`);
        dialog.style.setProperty('top', `${y}px`);
        dialog.classList.add('placed');
      });
    });
  }

  /** Closes the dialog; focus goes back to the button unless the page took it elsewhere. */
  private close(focusButton = true): void {
    if (!this.open) return;
    this.open = false;
    this.stopPlacing?.();
    this.stopPlacing = undefined;
    if (this.dialog.value?.open) this.dialog.value.close();
    this.redraw();
    if (focusButton) this.button.value?.focus();
  }

  private choose(iso: string): void {
    if (this.blocked(iso)) return;
    this.close();
    this.options.onPick(iso);
  }

  private moveTo(iso: string): void {
    this.active = clampDay(iso, this.options.min, this.options.max);
    this.redraw();
    this.focusActive();
  }

  /** The month buttons: the same day a month on (or back); focus stays on the button while it can. */
  private moveMonth(months: number): void {
    this.active = clampDay(addMonths(this.active, months, calendarOf(this.options.locale)), this.options.min, this.options.max);
    this.redraw();
    const root = this.dialog.value?.getRootNode() as ShadowRoot | Document | undefined;
    if ((root?.activeElement as HTMLButtonElement | null)?.disabled) this.focusActive();
  }

  private onGridKey = (event: KeyboardEvent): void => {
    const { locale } = this.options;
    const day = this.active;
    // Left and right follow what the customer sees: in right-to-left, left is the next day.
    const rtl = getComputedStyle(event.currentTarget as Element).direction === 'rtl';
    const intoWeek = (weekdayOf(day) - firstDayOfWeek(locale) + 7) % 7;
    const calendar = calendarOf(locale);
    const to: Record<string, () => string> = {
      ArrowRight: () => addDays(day, rtl ? -1 : 1),
      ArrowLeft: () => addDays(day, rtl ? 1 : -1),
      ArrowDown: () => addDays(day, 7),
      ArrowUp: () => addDays(day, -7),
      Home: () => addDays(day, -intoWeek),
      End: () => addDays(day, 6 - intoWeek),
      PageUp: () => addMonths(day, event.shiftKey ? -12 : -1, calendar),
      PageDown: () => addMonths(day, event.shiftKey ? 12 : 1, calendar),
    };
    if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault();
      this.choose(day);
    } else if (to[event.key]) {
      event.preventDefault();
      this.moveTo(to[event.key]!());
    }
  };

  private onDialogKey = (event: KeyboardEvent): void => {
    const dialog = this.dialog.value;
    if (!dialog) return;
    if (event.key === 'Escape') {
      // The dialog's, not the page's or the form's: one Esc closes the calendar and nothing else.
      event.preventDefault();
      event.stopPropagation();
      this.close();
    } else if (event.key === 'Tab') {
      // Tab goes round the dialog's controls (the grid is one stop) and never leaves it.
      const stops = [...dialog.querySelectorAll<HTMLElement>('button:not(:disabled), td[tabindex="0"]')];
      const at = (dialog.getRootNode() as ShadowRoot | Document).activeElement;
      const [first, last] = [stops[0], stops[stops.length - 1]];
      if (event.shiftKey ? at === first : at === last) {
        event.preventDefault();
        (event.shiftKey ? last : first)?.focus();
      }
    }
  };

  /** A click outside the dialog lands on its backdrop, which is the dialog itself: it closes. */
  private onDialogClick = (event: MouseEvent): void => {
    const dialog = this.dialog.value;
    if (!dialog || event.target !== dialog) return;
    const r = dialog.getBoundingClientRect();
    const inside = event.clientX >= r.left && event.clientX <= r.right && event.clientY >= r.top && event.clientY <= r.bottom;
    if (!inside) this.close();
  };
}

/**
 * `${datePicker({ locale, label, term, value, min, max, onPick })}`: a calendar button that opens a
 * modal date picker dialog, placed next to the button's parent (the field's input row).
 *
 * Keys in the grid: ←/→ a day (as seen: in right-to-left, ← is the next day), ↑/↓ a week, Home/End
 * the start and end of the week, PageUp/PageDown a month (with Shift a year), Enter or Space
 * chooses, Esc closes; Tab goes round the month buttons, the grid and "Close".
 */
export const datePicker = directive(DatePickerDirective);
