// Drives <hk-ticket-form> the way a customer does: by labels, typing, choosing, clicking.
import { fixture, html } from '@open-wc/testing';
import { ifDefined } from 'lit/directives/if-defined.js';
import '../../src/define.js';
import type { HkTicketForm } from '../../src/index.js';
import type { HelpkitClient } from '../../src/sdk/index.js';
import { until } from './mock-server.js';
import { TestClock } from './test-clock.js';

export class TicketFormHarness {
  /** The element's clock, moved by `pause()`; a form on the system clock (a fresh page) has none. */
  readonly clock?: TestClock;

  constructor(readonly el: HkTicketForm) {
    if (el.clock instanceof TestClock) this.clock = el.clock;
  }

  get root(): ShadowRoot {
    return this.el.shadowRoot!;
  }

  async ready(): Promise<this> {
    await until(() => !!this.root?.querySelector('form'), 'the form to render');
    return this;
  }

  $(selector: string): HTMLElement | null {
    return this.root.querySelector<HTMLElement>(selector);
  }

  /** The control whose <label> reads `label`. */
  control(label: string): HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement {
    const own = (l: HTMLLabelElement) => {
      const copy = l.cloneNode(true) as HTMLElement;
      copy.querySelector('.optional')?.remove();
      return copy.textContent!.trim();
    };
    const found = [...this.root.querySelectorAll('label')].find((l) => own(l) === label);
    if (!found) throw new Error(`no field labelled "${label}"`);
    return this.root.getElementById(found.htmlFor) as HTMLInputElement;
  }

  /** The customer stops typing for `ms`: the debounced draft save and article search run. */
  async pause(ms = 1000): Promise<void> {
    if (!this.clock) throw new Error('pause() needs a form on a TestClock');
    await this.clock.advance(ms);
    await this.el.updateComplete;
  }

  async type(label: string, value: string): Promise<void> {
    const input = this.control(label) as HTMLInputElement;
    input.focus();
    input.value = value;
    input.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
    input.dispatchEvent(new Event('blur'));
    await this.el.updateComplete;
  }

  async choose(label: string, value: string): Promise<void> {
    const select = this.control(label) as HTMLSelectElement;
    select.value = value;
    select.dispatchEvent(new Event('change', { bubbles: true }));
    await this.el.updateComplete;
  }

  async check(label: string, checked = true): Promise<void> {
    const box = this.control(label) as HTMLInputElement;
    box.checked = checked;
    box.dispatchEvent(new Event('change', { bubbles: true }));
    await this.el.updateComplete;
  }

  async attach(...files: File[]): Promise<void> {
    const input = this.$('input[type=file]') as HTMLInputElement;
    const transfer = new DataTransfer();
    for (const f of files) transfer.items.add(f);
    input.files = transfer.files;
    input.dispatchEvent(new Event('change', { bubbles: true }));
    await this.el.updateComplete;
  }

  /** Fills a valid ticket through the fields' names, so it works in any language. */
  async fillValid(overrides: Record<string, string> = {}): Promise<void> {
    const v = { name: 'Ava Lind', email: 'ava@example.com', subject: 'The printer will not connect', body: 'It blinks orange.', ...overrides };
    const set = async (name: string, value: string, event = 'input') => {
      const control = this.$(`[name="${name}"]`) as HTMLInputElement;
      control.value = value;
      control.dispatchEvent(new Event(event, { bubbles: true, composed: true }));
      await this.el.updateComplete;
    };
    await set('name', v.name);
    await set('email', v.email);
    await set('categoryId', 'technical', 'change');
    await set('fields.device', 'printer', 'change');
    await set('subject', v.subject);
    await set('body', v.body);
  }

  submitButton(): HTMLButtonElement {
    return this.$('button[type=submit]') as HTMLButtonElement;
  }

  async submit(): Promise<void> {
    this.submitButton().click();
    await this.el.updateComplete;
  }

  /** The error text tied to a field through aria-describedby, or '' when it has none. */
  errorOf(label: string): string {
    const control = this.control(label);
    const ids = control.getAttribute('aria-describedby')?.split(' ') ?? [];
    return ids.map((id) => this.root.getElementById(id)).filter((n) => n?.classList.contains('error')).map((n) => n!.textContent!.trim()).join(' ');
  }

  text(): string {
    return this.root.textContent!.replace(/\s+/g, ' ');
  }

  async waitFor(selector: string, what = selector, ms = 8000): Promise<HTMLElement> {
    await until(() => !!this.$(selector), what, ms);
    return this.$(selector)!;
  }
}

export interface FormAttributes {
  locale?: string;
  identity?: string;
  name?: string;
  email?: string;
  hide?: string;
  offerForget?: boolean;
}

/** A form on `client` (English unless told), on a TestClock, ready for input. */
export async function mountForm(client: HelpkitClient, a: FormAttributes = {}): Promise<TicketFormHarness> {
  const el = await fixture<HkTicketForm>(html`<hk-ticket-form
    .client=${client}
    .clock=${new TestClock()}
    locale=${a.locale ?? 'en'}
    identity=${ifDefined(a.identity)}
    name=${a.name ?? ''}
    email=${a.email ?? ''}
    hide=${a.hide ?? ''}
    ?offer-forget=${a.offerForget}
  ></hk-ticket-form>`);
  return new TicketFormHarness(el).ready();
}
