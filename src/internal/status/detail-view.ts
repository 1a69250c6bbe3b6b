// One ticket, put together: why it may be out of date, what it is and where it stands, what the
// customer can do (reply, escalate, rate, start a new one) and the conversation. A ticket waiting
// on the customer puts the reply box first; a closed one offers a new ticket instead.
import { html, nothing, type TemplateResult } from 'lit';
import type { SiteConfig, Ticket } from '../../sdk/index.js';
import type { TermKey } from '../../i18n/index.js';
import type { LocalizeController } from '../localize.js';
import { messageText } from '../messages.js';
import type { TicketWatch } from '../controllers/ticket-watch.js';
import { renderFindTickets, type FindTickets } from './find-tickets.js';
import { renderEscalation, type EscalateForm } from './escalation.js';
import { renderRating, type RatingForm } from './rating.js';
import { renderReply, type ReplyBox } from './reply-box.js';
import { renderPromise, renderSteps, renderSummary } from './ticket-summary.js';
import { renderTimeline, type TimelineOptions } from './timeline.js';
import { ago } from './relative-time.js';

export interface DetailParts {
  now: number;
  config?: SiteConfig;
  watch: TicketWatch;
  find: FindTickets;
  reply: ReplyBox;
  escalate: EscalateForm;
  rating: RatingForm;
  timeline: Omit<TimelineOptions, 'now'>;
  /** "Start a new ticket": the form in place, once asked for. */
  followUp: { shown: boolean; show: () => void; render: () => unknown };
  loading: () => TemplateResult;
}

function refused(t: LocalizeController, term: TermKey): TemplateResult {
  return html`<div class="notice danger refused" part="notice" role="alert" tabindex="-1"><p>${t.term(term)}</p></div>`;
}

/** What we last knew stays; this says how old it is and why it is not newer. */
function stale(t: LocalizeController, watch: TicketWatch, now: number): TemplateResult {
  const at = watch.confirmedAt;
  return html`<div class="notice warning stale" part="notice" role="status">
    <p>${messageText(t, watch.problem!.message)} ${at !== undefined ? t.term('status.stale', { age: ago(t, at, now) }) : nothing}</p>
    <div class="actions"><button type="button" class="secondary" @click=${() => watch.refresh()}>${t.term('common.retry')}</button></div>
  </div>`;
}

/** A closed ticket (or a solved one that can no longer be reopened): a new ticket that names it. */
function followUp(t: LocalizeController, p: DetailParts): TemplateResult {
  return html`<section class="follow-up" aria-labelledby="follow-up-title">
    <h4 id="follow-up-title">${t.term('status.newTicket')}</h4>
    ${p.followUp.shown
      ? p.followUp.render()
      : html`<div class="actions"><button type="button" class="secondary" @click=${p.followUp.show}>${t.term('status.newTicket')}</button></div>`}
  </section>`;
}

function actions(t: LocalizeController, ticket: Ticket, p: DetailParts): { first: unknown; last: unknown } {
  const closed = ticket.status === 'closed' || (ticket.status === 'solved' && !ticket.canReopen);
  if (closed) return { first: nothing, last: followUp(t, p) };
  if (ticket.status !== 'waiting_on_customer') return { first: nothing, last: renderReply(t, p.reply, ticket.status === 'solved') };
  // We wait on the customer: the box comes first, with what we asked.
  const asked = [...ticket.messages].reverse().find((m) => m.author.role === 'agent' || m.author.role === 'bot');
  return { first: renderReply(t, p.reply, false, asked), last: nothing };
}

export function renderDetail(t: LocalizeController, p: DetailParts): TemplateResult {
  const { ticket, problem } = p.watch;
  // A link that no longer works: say so, and offer new links by e-mail.
  if (problem?.trouble === 'denied') return html`${refused(t, 'status.denied')} ${renderFindTickets(t, p.find)}`;
  if (problem?.trouble === 'gone') return refused(t, 'status.gone');
  if (!ticket) {
    if (!problem) return p.loading();
    return html`<div class="notice danger load-failed" part="notice" role="alert" tabindex="-1">
      <p>${t.term('status.loadFailed')} ${messageText(t, problem.message)}</p>
      <div class="actions"><button type="button" @click=${() => p.watch.reload()}>${t.term('common.retry')}</button></div>
    </div>`;
  }
  const { first, last } = actions(t, ticket, p);
  return html`
    ${problem ? stale(t, p.watch, p.now) : nothing}
    <article class="ticket" aria-labelledby="ticket-title">
      ${renderSummary(t, ticket)} ${first} ${renderSteps(t, ticket.steps)} ${renderPromise(t, ticket, p.config, p.now)}
      ${renderEscalation(t, p.escalate, ticket, p.now)} ${renderRating(t, p.rating, ticket)}
      ${renderTimeline(t, ticket, { now: p.now, ...p.timeline })} ${last}
    </article>
  `;
}
