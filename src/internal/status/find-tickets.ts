// "Find my tickets": the customer gives their e-mail address and the backend mails a link to each
// of their tickets (POST /tickets/access-links). The answer is the same whether or not the address
// has tickets, so the form tells nobody whose address is known.
import { html, nothing, type ReactiveController, type ReactiveControllerHost, type TemplateResult } from 'lit';
import { isEmail, isRateLimitError, isValidationError, type HelpkitClient } from '../../sdk/index.js';
import type { LocalizeController } from '../localize.js';
import { messageText, waitSeconds, type Message } from '../messages.js';
import { renderField } from '../form/fields.js';
import { refreshMessage } from './troubles.js';

export interface FindTicketsOptions {
  client: () => HelpkitClient | undefined;
  localize: LocalizeController;
  announce: (text: string) => void;
  focusSoon: (selector: string) => Promise<void>;
}

export class FindTickets implements ReactiveController {
  email = '';
  /** The address does not read as one. */
  invalid = false;
  sending = false;
  /** Asked: the one answer, whatever the address. */
  sent = false;
  problem?: Message;
  /** Opened from its button where the form starts folded (under a list of tickets). */
  expanded = false;

  constructor(
    private host: ReactiveControllerHost,
    private options: FindTicketsOptions,
  ) {
    host.addController(this);
  }

  hostConnected(): void {}

  private set(patch: Partial<Pick<FindTickets, 'email' | 'invalid' | 'sending' | 'sent' | 'problem' | 'expanded'>>): void {
    Object.assign(this, patch);
    this.host.requestUpdate();
  }

  /** Asks for the links (once per click: a click while sending does nothing). */
  async send(event?: Event): Promise<void> {
    event?.preventDefault();
    if (this.sending) return;
    const email = this.email.trim();
    if (!isEmail(email)) {
      this.set({ invalid: true, problem: undefined });
      await this.options.focusSoon('#f-find-email');
      return;
    }
    this.set({ invalid: false, problem: undefined, sending: true });
    try {
      await this.options.client()!.tickets.requestAccessLinks(email);
      this.set({ sending: false, sent: true });
      this.options.announce(this.options.localize.term('status.find.done'));
      await this.options.focusSoon('.find-done');
    } catch (error) {
      if (isValidationError(error)) this.set({ sending: false, invalid: true });
      else if (isRateLimitError(error)) this.set({ sending: false, problem: { key: 'error.rateLimit', params: { seconds: waitSeconds(error) } } });
      else this.set({ sending: false, problem: refreshMessage(error) });
    }
  }

  /** Unfolds the form and puts the cursor in it. */
  expand(): void {
    this.set({ expanded: true });
    void this.options.focusSoon('#f-find-email');
  }

  /** The customer typed; an error goes as soon as the address reads as one. */
  type(email: string): void {
    this.email = email;
    if (this.invalid && isEmail(email.trim())) this.set({ invalid: false });
  }

  /** "Use another address". */
  again(): void {
    this.set({ sent: false, email: '', invalid: false, problem: undefined });
    void this.options.focusSoon('#f-find-email');
  }
}

/**
 * The form, under a heading of `level` (3 where it stands alone, 4 inside a ticket's view).
 * `folded`: only a button until the customer asks (under a list that already has tickets).
 */
export function renderFindTickets(t: LocalizeController, find: FindTickets, level: 3 | 4 = 3, folded = false): TemplateResult {
  const title = t.term('status.find.title');
  if (folded && !find.expanded && !find.sent) {
    return html`<div class="find folded" part="find">
      <button type="button" class="secondary" aria-expanded="false" @click=${() => find.expand()}>${title}</button>
    </div>`;
  }
  return html`<section class="find" part="find" aria-labelledby="find-title">
    ${level === 3 ? html`<h3 id="find-title" tabindex="-1">${title}</h3>` : html`<h4 id="find-title" tabindex="-1">${title}</h4>`}
    ${find.sent
      ? html`<div class="notice success find-done" tabindex="-1">
          <p>${t.term('status.find.done')}</p>
          <div class="actions"><button type="button" class="link" @click=${() => find.again()}>${t.term('status.find.again')}</button></div>
        </div>`
      : html`<form class="find-form" novalidate @submit=${(e: Event) => void find.send(e)} aria-busy=${find.sending ? 'true' : 'false'}>
          <p class="muted">${t.term('status.find.lead')}</p>
          ${renderField(
            t,
            { name: 'find-email', label: t.term('status.find.email'), type: 'email', required: true, autocomplete: 'email' },
            {
              value: find.email,
              error: find.invalid ? t.term('error.email') : undefined,
              onValue: (v) => find.type(String(v)),
            },
          )}
          ${find.problem ? html`<p class="error" role="alert">${messageText(t, find.problem)}</p>` : nothing}
          <div class="actions">
            <button type="submit" ?disabled=${find.sending}>
              ${find.sending ? html`<span class="spinner" aria-hidden="true"></span>${t.term('status.find.sending')}` : t.term('status.find.send')}
            </button>
          </div>
        </form>`}
  </section>`;
}
