// Drives <hk-ticket-status> as a customer does, on a world whose mock backend, client and element
// read one clock that the test moves by hand (polls, the scripted agent and countdowns with it).
import { fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { ifDefined } from 'lit/directives/if-defined.js';
import '../../src/components/ticket-status/define.js';
import type { HkTicketStatus } from '../../src/components/ticket-status/ticket-status.js';
import type { MockBackend, MockOptions } from '../../src/mock/index.js';
import type { HelpkitClient, Ticket, TicketInput } from '../../src/sdk/index.js';
import { closeClients, MONDAY_MORNING, sampleTicket, startBackend, testClient, uniqueBase, until } from './mock-server.js';
import { TestClock } from './test-clock.js';

export interface TicketWorld {
  backend: MockBackend;
  /** The customer's client, on the world's clock, without retries. */
  client: HelpkitClient;
  clock: TestClock;
}

/**
 * Per test: a fresh backend (own base URL, so an empty database) whose time is a TestClock also
 * given to the client, starting on a Monday morning in business hours. Returns the world, filled
 * in before each test.
 */
export function useTicketWorld(options: MockOptions = {}): TicketWorld {
  const world = {} as TicketWorld;
  beforeEach(async () => {
    const start = Date.parse(String(options.startAt ?? MONDAY_MORNING));
    world.clock = new TestClock({ start });
    const clock = world.clock;
    world.backend = await startBackend({ baseUrl: uniqueBase(), ...options, clock: { now: () => clock.now() } });
    world.client = testClient(world.backend, { retry: 0, clock });
  });
  afterEach(closeClients);
  return world;
}

/** Files a ticket as the customer (remembered on this device with its token), in `locale`. */
export async function fileTicket(world: TicketWorld, overrides: Partial<TicketInput> = {}): Promise<Ticket> {
  const { ticket } = await world.client.tickets.create({ ...sampleTicket, ...overrides });
  return ticket;
}

export class TicketStatusHarness {
  constructor(
    readonly el: HkTicketStatus,
    readonly clock: TestClock,
  ) {}

  get root(): ShadowRoot {
    return this.el.shadowRoot!;
  }

  $(selector: string): HTMLElement | null {
    return this.root.querySelector<HTMLElement>(selector);
  }

  $$(selector: string): HTMLElement[] {
    return [...this.root.querySelectorAll<HTMLElement>(selector)];
  }

  text(selector?: string): string {
    const node = selector ? this.$(selector) : this.root;
    // Names inside sentences are isolated (U+2068…U+2069); a person does not see those.
    return (node?.textContent ?? '').replace(/[\u2066-\u2069]/g, '').replace(/\s+/g, ' ').trim();
  }

  /** The status label shown for the ticket. */
  status(): string {
    return this.text('.summary .badge');
  }

  /** The bodies of the messages shown, oldest first. */
  messages(): string[] {
    return this.$$('.message .message-body').map((m) => m.textContent!.trim());
  }

  /** What the live region says now. */
  spoken(): string {
    return this.text('[role=status][aria-live=polite]');
  }

  /** Time passes for everyone: polls due by then run, the scripted agent moves, countdowns move. */
  async wait(ms: number): Promise<void> {
    await this.clock.advance(ms);
    await this.el.updateComplete;
  }

  async waitFor(selector: string, what = selector, ms = 8000): Promise<HTMLElement> {
    await until(() => !!this.$(selector), what, ms);
    return this.$(selector)!;
  }

  /**
   * Waits for `selector` while the poll interval passes again and again: a poll that was not yet
   * waiting when time last moved (a lock still being handed over, say) is woken by the next step.
   */
  async polledFor(selector: string, what = selector): Promise<HTMLElement> {
    await this.waitUntil(() => !!this.$(selector), what, 15_000);
    return this.$(selector)!;
  }

  /** Waits until `check` holds while polls come and go (see `polledFor`). */
  async polledUntil(check: () => boolean, what: string): Promise<void> {
    await this.waitUntil(check, what, 15_000);
  }

  /** Waits until `check` holds, moving time on in steps of `step` ms while it does not. */
  async waitUntil(check: () => boolean, what: string, step = 0, ms = 8000): Promise<void> {
    await until(async () => {
      if (check()) return true;
      if (step) await this.wait(step);
      return check();
    }, what, ms);
  }

  button(text: string): HTMLButtonElement {
    const found = this.$$('button').find((b) => b.textContent!.replace(/\s+/g, ' ').trim() === text);
    if (!found) throw new Error(`no button "${text}"`);
    return found as HTMLButtonElement;
  }
}

/**
 * Types `text` into whatever has focus with real key presses, one at a time: WebKit's driver drops
 * a repeated key or a space sent in one burst ("aa bb" arrives as "a b").
 */
export async function typeKeys(text: string): Promise<void> {
  for (const key of text) await sendKeys({ type: key });
}

export interface StatusAttributes {
  /** Another client than the world's (one with its own fetch or timeout, say). */
  client?: HelpkitClient;
  ticketId?: string;
  token?: string;
  locale?: string;
  identity?: string;
  theme?: 'light' | 'dark';
}

/** A tracker on the world's client and clock (English unless told), rendered. */
export async function mountStatus(world: TicketWorld, a: StatusAttributes = {}): Promise<TicketStatusHarness> {
  const el = await fixture<HkTicketStatus>(html`<hk-ticket-status
    .client=${a.client ?? world.client}
    .clock=${world.clock}
    .token=${a.token}
    ticket-id=${ifDefined(a.ticketId)}
    locale=${a.locale ?? 'en'}
    identity=${ifDefined(a.identity)}
    theme=${ifDefined(a.theme)}
  ></hk-ticket-status>`);
  const harness = new TicketStatusHarness(el, world.clock);
  await until(() => !!harness.root && !harness.$('.loading'), 'the tracker to load');
  return harness;
}
