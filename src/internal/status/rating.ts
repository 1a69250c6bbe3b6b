// "How did we do?" on a solved ticket: at most two questions. A rating from 1 to 5, and only for a
// low one (1 or 2) what went wrong, with an optional comment. Asked once: a ticket that has a
// rating shows it instead.
import { html, nothing, type ReactiveController, type ReactiveControllerHost, type TemplateResult } from 'lit';
import { isConflictError, LIMITS, type HelpkitClient, type Satisfaction, type Ticket } from '../../sdk/index.js';
import { newKey } from '../../sdk/http.js';
import type { TermKey } from '../../i18n/index.js';
import type { LocalizeController } from '../localize.js';
import { messageFor, messageText, type Message } from '../messages.js';
import { renderField } from '../form/fields.js';

/** Ratings at or below this ask what went wrong. */
export const LOW_RATING = 2;
const REASONS: [string, TermKey][] = [
  ['slow', 'status.rate.slow'],
  ['unsolved', 'status.rate.unsolved'],
  ['unclear', 'status.rate.unclear'],
  ['other', 'status.rate.other'],
];

export interface RatingOptions {
  client: () => HelpkitClient | undefined;
  ticket: () => Ticket | undefined;
  localize: LocalizeController;
  rated: (ticketId: string, satisfaction: Satisfaction) => void;
}

export class RatingForm implements ReactiveController {
  rating?: number;
  reason?: string;
  comment = '';
  sending = false;
  problem?: Message;
  /** What this customer sent here, shown until the ticket itself says so. */
  given?: Satisfaction & { ticketId: string };
  private key = newKey();

  constructor(
    private host: ReactiveControllerHost,
    private options: RatingOptions,
  ) {
    host.addController(this);
  }

  hostConnected(): void {}

  private update(patch: Partial<Pick<RatingForm, 'rating' | 'reason' | 'comment' | 'sending' | 'problem' | 'given'>>): void {
    Object.assign(this, patch);
    this.host.requestUpdate();
  }

  choose(rating: number): void {
    this.update({ rating, problem: undefined, ...(rating > LOW_RATING && { reason: undefined }) });
  }

  because(reason: string): void {
    this.update({ reason });
  }

  write(comment: string): void {
    this.update({ comment });
  }

  /** The low rating's answer in the customer's words, as the team reads it. */
  private commentText(): string | undefined {
    if (this.rating === undefined || this.rating > LOW_RATING) return undefined;
    const reason = REASONS.find(([value]) => value === this.reason);
    const parts = [reason ? this.options.localize.term(reason[1]) : '', this.comment.trim()].filter(Boolean);
    return parts.length ? [...parts.join(' — ')].slice(0, LIMITS.comment).join('') : undefined;
  }

  async send(event?: Event): Promise<void> {
    event?.preventDefault();
    const ticket = this.options.ticket();
    const rating = this.rating;
    if (!ticket || rating === undefined || this.sending) return;
    const comment = this.commentText();
    const input: Satisfaction = { rating, ...(comment && { comment }) };
    this.update({ sending: true, problem: undefined });
    try {
      const saved = await this.options.client()!.tickets.rate(ticket.id, input, { idempotencyKey: this.key });
      this.key = newKey();
      this.update({ sending: false, given: { ...saved, ticketId: ticket.id } });
      this.options.rated(ticket.id, saved);
    } catch (error) {
      // 409: rated already (in another tab, say): the ticket's own rating shows once it is read again.
      if (isConflictError(error)) this.update({ sending: false, given: { ...input, ticketId: ticket.id } });
      else this.update({ sending: false, problem: messageFor(error) });
    }
  }
}

/** Asked on a solved or closed ticket without a rating; thanks once it has one. */
export function renderRating(t: LocalizeController, form: RatingForm, ticket: Ticket): TemplateResult | typeof nothing {
  const finished = ticket.status === 'solved' || ticket.status === 'closed';
  const given = ticket.satisfaction ?? (form.given?.ticketId === ticket.id ? form.given : undefined);
  if (given) {
    return html`<p class="rated notice success" part="rating" tabindex="-1">${t.term('status.rate.thanks', { rating: t.number(given.rating) })}</p>`;
  }
  if (!finished) return nothing;
  const low = form.rating !== undefined && form.rating <= LOW_RATING;
  return html`<section class="rate panel" part="rating" aria-labelledby="rate-title">
    <h4 id="rate-title">${t.term('status.rate.title')}</h4>
    <form class="rate-form" novalidate @submit=${(e: Event) => void form.send(e)} aria-busy=${form.sending ? 'true' : 'false'}>
      <fieldset class="scale">
        <legend>${t.term('status.rate.scale')}</legend>
        <div class="scale-options">
          ${[1, 2, 3, 4, 5].map(
            (n) => html`<label class="scale-option ${form.rating === n ? 'chosen' : ''}">
              <input type="radio" name="rating" .value=${String(n)} .checked=${form.rating === n} @change=${() => form.choose(n)} />
              <span aria-hidden="true">${t.number(n)}</span><span class="sr-only">${t.term('status.rate.value', { rating: t.number(n) })}</span>
            </label>`,
          )}
        </div>
        <div class="scale-ends muted" aria-hidden="true"><span>${t.term('status.rate.poor')}</span><span>${t.term('status.rate.excellent')}</span></div>
      </fieldset>
      ${low
        ? html`<fieldset class="reasons">
              <legend>${t.term('status.rate.wrong')}</legend>
              ${REASONS.map(
                ([value, term]) => html`<label class="reason">
                  <input type="radio" name="reason" .value=${value} .checked=${form.reason === value} @change=${() => form.because(value)} />
                  <span>${t.term(term)}</span>
                </label>`,
              )}
            </fieldset>
            ${renderField(t, { name: 'rating-comment', label: t.term('status.rate.comment'), type: 'textarea', rows: 2 }, { value: form.comment, onValue: (v) => form.write(String(v)) })}`
        : nothing}
      ${form.problem ? html`<p class="error" role="alert">${messageText(t, form.problem)}</p>` : nothing}
      <div class="actions">
        <button type="submit" ?disabled=${form.rating === undefined || form.sending}>${t.term('status.rate.send')}</button>
      </div>
    </form>
  </section>`;
}
