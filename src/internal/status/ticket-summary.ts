// The top of a ticket: its status in the customer's words with what happens next, the steps of the
// work as a progress list, and the promise — when the first reply and the solution are due, how
// long that is from now, and whether we are on track.
import { html, nothing, type TemplateResult } from 'lit';
import type { SiteConfig, Step, Ticket } from '../../sdk/index.js';
import type { TermKey } from '../../i18n/index.js';
import type { LocalizeController } from '../localize.js';
import { isolate } from '../bidi.js';
import { presenceAt } from '../site-header.js';
import { dueMoment, relativeTime } from './relative-time.js';
import { nextTerm, promiseLines, statusTerm, type PromiseLine, type SlaState } from './ticket-words.js';

const SLA_TERMS: Record<SlaState, TermKey> = {
  onTrack: 'status.sla.onTrack',
  atRisk: 'status.sla.atRisk',
  overdue: 'status.sla.overdue',
  met: 'status.sla.met',
};

/** The status as a small label, for the summary and for list rows. */
export function statusBadge(t: LocalizeController, status: string): TemplateResult {
  return html`<span class="badge status-${status}" part="status">${t.term(statusTerm(status))}</span>`;
}

export function slaBadge(t: LocalizeController, state: SlaState): TemplateResult {
  return html`<span class="sla sla-${state}" data-state=${state}>${t.term(SLA_TERMS[state])}</span>`;
}

/** Subject, number, status and the next step, with who is on it. */
export function renderSummary(t: LocalizeController, ticket: Ticket): TemplateResult {
  const who = ticket.assignee?.name;
  return html`<section class="summary" part="summary" aria-labelledby="ticket-title">
    <div class="summary-head">
      <h3 id="ticket-title" tabindex="-1"><bdi>${ticket.subject || t.term('status.noSubject')}</bdi></h3>
      <p class="ticket-number muted">${t.term('status.number', { number: isolate(ticket.number) })}</p>
    </div>
    <p class="status-line">${statusBadge(t, ticket.status)}</p>
    <p class="next">${t.term(nextTerm(ticket))}</p>
    ${who ? html`<p class="muted assignee">${t.term(ticket.assignee?.team ? 'status.handledByTeam' : 'status.handledBy', { name: isolate(who), team: isolate(ticket.assignee?.team ?? '') })}</p>` : nothing}
  </section>`;
}

const STEP_TERMS: Record<Step['state'], TermKey> = {
  done: 'status.step.done',
  current: 'status.step.current',
  pending: 'status.step.pending',
};

/** The steps of the work, done / current / to come, as an ordered list a screen reader reads as such. */
export function renderSteps(t: LocalizeController, steps: Step[] | undefined): TemplateResult | typeof nothing {
  if (!steps?.length) return nothing;
  return html`<section class="progress" aria-labelledby="steps-title">
    <h4 id="steps-title">${t.term('status.steps')}</h4>
    <ol class="steps" part="steps">
      ${steps.map(
        (step) => html`<li class="step ${step.state}" aria-current=${step.state === 'current' ? 'step' : 'false'}>
          <span class="step-dot" aria-hidden="true"></span>
          <span class="step-title"><bdi>${step.title}</bdi><span class="sr-only"> (${t.term(STEP_TERMS[step.state])})</span></span>
        </li>`,
      )}
    </ol>
  </section>`;
}

function promiseRow(t: LocalizeController, line: PromiseLine, now: number): TemplateResult {
  const label = t.term(line.kind === 'firstResponse' ? 'status.promise.firstResponse' : 'status.promise.resolution');
  let when: TemplateResult;
  if (line.doneAt !== undefined) {
    const done = line.kind === 'firstResponse' ? 'status.promise.answered' : 'status.promise.solved';
    when = html`<time datetime=${new Date(line.doneAt).toISOString()}>${t.term(done, { time: dueMoment(t, line.doneAt, now) })}</time>`;
  } else {
    const term = line.state === 'overdue' ? 'status.promise.wasDue' : 'status.promise.by';
    when = html`<time datetime=${new Date(line.due).toISOString()}>${t.term(term, { time: dueMoment(t, line.due, now) })}</time>
      <span class="countdown">${relativeTime(t, line.due, now)}</span>`;
  }
  return html`<div class="promise-row ${line.state ? `sla-${line.state}` : ''}" data-kind=${line.kind}>
    <dt>${label}</dt>
    <dd>${when} ${line.state ? slaBadge(t, line.state) : nothing}</dd>
  </div>`;
}

/**
 * The promise: first reply and solution, each due at a moment in the customer's calendar, time zone
 * and digits, with a countdown and where it stands. While the team is away it says when they are
 * back, since the promised times count opening hours only.
 */
export function renderPromise(t: LocalizeController, ticket: Ticket, config: SiteConfig | undefined, now: number): TemplateResult | typeof nothing {
  const lines = promiseLines(ticket, now);
  if (!lines.length) return nothing;
  const presence = config && presenceAt(config.availability, now);
  const pending = lines.some((l) => l.doneAt === undefined);
  const closed = pending && presence && !presence.open;
  return html`<section class="promise" part="promise" aria-labelledby="promise-title">
    <h4 id="promise-title">${t.term('status.promise.title')}</h4>
    <dl>${lines.map((line) => promiseRow(t, line, now))}</dl>
    ${closed
      ? html`<p class="muted away">
          ${presence.changesAt ? t.term('status.promise.closedUntil', { time: t.moment(presence.changesAt, now) }) : t.term('status.promise.closed')}
        </p>`
      : pending
        ? html`<p class="muted hours-note">${t.term('status.promise.hours')}</p>`
        : nothing}
  </section>`;
}
