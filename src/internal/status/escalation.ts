// Escalation: once the promised time has passed (`canEscalate`), the customer can ask for a team
// lead with a short reason. One request per form, whatever the clicks: the button waits while
// sending and every attempt carries the same Idempotency-Key.
import { html, nothing, type ReactiveController, type ReactiveControllerHost, type TemplateResult } from 'lit';
import { isConflictError, LIMITS, type Escalation, type HelpkitClient, type Ticket } from '../../sdk/index.js';
import { newKey } from '../../sdk/http.js';
import type { LocalizeController } from '../localize.js';
import { messageFor, messageText, type Message } from '../messages.js';
import { renderField } from '../form/fields.js';
import { dueMoment } from './relative-time.js';

interface EscalateHost extends ReactiveControllerHost {
  readonly updateComplete: Promise<boolean>;
  readonly renderRoot: HTMLElement | DocumentFragment;
}

export interface EscalateOptions {
  client: () => HelpkitClient | undefined;
  ticket: () => Ticket | undefined;
  escalated: (ticketId: string, escalation: Escalation) => void;
}

export class EscalateForm implements ReactiveController {
  open = false;
  reason = '';
  invalid?: 'required' | 'tooLong';
  sending = false;
  problem?: Message;
  /** One key per form: a double click or a retry escalates once. */
  private key = newKey();

  constructor(
    private host: EscalateHost,
    private options: EscalateOptions,
  ) {
    host.addController(this);
  }

  hostConnected(): void {}

  private update(patch: Partial<Pick<EscalateForm, 'open' | 'reason' | 'invalid' | 'sending' | 'problem'>>): void {
    Object.assign(this, patch);
    this.host.requestUpdate();
  }

  show(): void {
    this.update({ open: true, problem: undefined });
    void this.host.updateComplete.then(() => this.host.renderRoot.querySelector<HTMLElement>('#f-reason')?.focus());
  }

  cancel(): void {
    this.update({ open: false, invalid: undefined, problem: undefined });
    void this.host.updateComplete.then(() => this.host.renderRoot.querySelector<HTMLElement>('.escalate-open')?.focus());
  }

  type(reason: string): void {
    this.reason = reason;
    if (this.invalid) this.invalid = this.check();
    this.host.requestUpdate();
  }

  private check(): EscalateForm['invalid'] {
    const text = this.reason.trim();
    if (!text) return 'required';
    return [...text].length > LIMITS.reason ? 'tooLong' : undefined;
  }

  async send(event?: Event): Promise<void> {
    event?.preventDefault();
    const ticket = this.options.ticket();
    if (!ticket || this.sending) return;
    const invalid = this.check();
    if (invalid) {
      this.update({ invalid });
      await this.host.updateComplete;
      this.host.renderRoot.querySelector<HTMLElement>('#f-reason')?.focus();
      return;
    }
    this.update({ sending: true, invalid: undefined, problem: undefined });
    try {
      const escalation = await this.options.client()!.tickets.escalate(ticket.id, { reason: this.reason.trim() }, { idempotencyKey: this.key });
      this.key = newKey();
      this.update({ sending: false, open: false, reason: '' });
      this.options.escalated(ticket.id, escalation);
    } catch (error) {
      // 409: already escalated (here or elsewhere), or the promised time has not passed after all.
      const problem: Message = isConflictError(error) ? { key: ticket.escalation ? 'status.escalate.already' : 'status.escalate.notYet' } : messageFor(error);
      this.update({ sending: false, problem });
    }
  }
}

/** The escalation already asked for, or the offer to ask (only while `canEscalate`). */
export function renderEscalation(t: LocalizeController, form: EscalateForm, ticket: Ticket, now: number): TemplateResult | typeof nothing {
  const done = ticket.escalation;
  if (done) {
    const at = Date.parse(done.requestedAt);
    return html`<p class="escalated" part="escalation" tabindex="-1">
      ${t.term('status.escalate.done', { level: t.number(done.level), time: Number.isNaN(at) ? '' : dueMoment(t, at, now) })}
    </p>`;
  }
  if (!ticket.canEscalate && !form.problem) return nothing;
  const error = form.invalid === 'required' ? t.term('error.required') : form.invalid === 'tooLong' ? t.term('error.tooLong', { max: t.number(LIMITS.reason) }) : undefined;
  return html`<section class="escalate panel" part="escalation" aria-labelledby="escalate-title">
    <h4 id="escalate-title">${t.term('status.escalate.title')}</h4>
    <p>${t.term('status.escalate.lead')}</p>
    ${form.open
      ? html`<form class="escalate-form" novalidate @submit=${(e: Event) => void form.send(e)} aria-busy=${form.sending ? 'true' : 'false'}>
          ${renderField(t, { name: 'reason', label: t.term('status.escalate.reason'), type: 'textarea', required: true, rows: 3 }, { value: form.reason, error, onValue: (v) => form.type(String(v)) })}
          ${form.problem ? html`<p class="error" role="alert">${messageText(t, form.problem)}</p>` : nothing}
          <div class="actions">
            <button type="submit" ?disabled=${form.sending}>
              ${form.sending ? html`<span class="spinner" aria-hidden="true"></span>${t.term('status.escalate.sending')}` : t.term('status.escalate.send')}
            </button>
            <button type="button" class="secondary" @click=${() => form.cancel()}>${t.term('status.escalate.cancel')}</button>
          </div>
        </form>`
      : html`${form.problem ? html`<p class="error" role="alert">${messageText(t, form.problem)}</p>` : nothing}
          <div class="actions"><button type="button" class="secondary escalate-open" @click=${() => form.show()}>${t.term('status.escalate.open')}</button></div>`}
  </section>`;
}
