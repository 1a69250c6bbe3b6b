// What a ticket's state means to the customer: its status in their words with what happens next,
// and where each promise stands. Pure functions of the ticket and the time, so every view and test
// reads them alike.
import type { Ticket, TicketStatus } from '../../sdk/index.js';
import type { TermKey } from '../../i18n/index.js';

/** Statuses the customer waits on us in; the others are solved or closed. */
export const OPEN_STATUSES: readonly string[] = ['received', 'open', 'waiting_on_customer', 'on_hold'];

export const isFinished = (status: string): boolean => status === 'solved' || status === 'closed';

/** The status in the customer's words. `on_hold` is "in progress": the wait is ours, not theirs. */
export function statusTerm(status: TicketStatus | string): TermKey {
  switch (status) {
    case 'received':
      return 'status.state.received';
    case 'open':
      return 'status.state.open';
    case 'waiting_on_customer':
      return 'status.state.waiting';
    case 'solved':
      return 'status.state.solved';
    case 'closed':
      return 'status.state.closed';
    default:
      // on_hold, and any status a newer backend may add: we are still on it.
      return 'status.state.onHold';
  }
}

/** One sentence of what happens next. */
export function nextTerm(ticket: Pick<Ticket, 'status' | 'canReopen'>): TermKey {
  switch (ticket.status) {
    case 'received':
      return 'status.next.received';
    case 'open':
      return 'status.next.open';
    case 'waiting_on_customer':
      return 'status.next.waiting';
    case 'solved':
      return ticket.canReopen ? 'status.next.solved' : 'status.next.solvedFinal';
    case 'closed':
      return 'status.next.closed';
    default:
      return 'status.next.onHold';
  }
}

/** Where a promise stands: on track, at risk (its last 20 %), overdue, or met (kept in time). */
export type SlaState = 'onTrack' | 'atRisk' | 'overdue' | 'met';

/** The share of a promise's time from which it is at risk. */
export const AT_RISK_SHARE = 0.2;

export interface PromiseLine {
  kind: 'firstResponse' | 'resolution';
  /** When it is due, in ms. */
  due: number;
  /** When it was kept (the first reply, the ticket solved), in ms. */
  doneAt?: number;
  /** Undefined when it was kept late: nothing to warn about any more, nothing to praise. */
  state?: SlaState;
}

const ms = (iso: string | undefined): number | undefined => {
  const t = iso ? Date.parse(iso) : NaN;
  return Number.isNaN(t) ? undefined : t;
};

function stateAt(start: number, due: number, now: number, breached: boolean): SlaState {
  if (breached || now >= due) return 'overdue';
  const span = due - start;
  return span > 0 && due - now <= span * AT_RISK_SHARE ? 'atRisk' : 'onTrack';
}

/**
 * The ticket's promises at `now`: the first reply (until it came, then whether it came in time)
 * and the resolution. The server's `breached` wins over our arithmetic for the promise still open
 * (clocks differ; the server counts business hours), so an overdue ticket is never shown on track.
 */
export function promiseLines(ticket: Ticket, now: number): PromiseLine[] {
  const sla = ticket.sla;
  if (!sla) return [];
  const lines: PromiseLine[] = [];
  const created = ms(ticket.createdAt) ?? now;
  const finished = isFinished(ticket.status);
  const replied = ticket.messages.find((m) => m.author.role === 'agent');
  const firstDue = ms(sla.firstResponseDueAt);
  if (firstDue !== undefined) {
    const at = replied ? ms(replied.createdAt) : undefined;
    if (at !== undefined) lines.push({ kind: 'firstResponse', due: firstDue, doneAt: at, state: at <= firstDue ? 'met' : undefined });
    else if (!finished) lines.push({ kind: 'firstResponse', due: firstDue, state: stateAt(created, firstDue, now, sla.breached === true) });
  }
  const resolutionDue = ms(sla.resolutionDueAt);
  if (resolutionDue !== undefined) {
    if (finished) {
      const at = ms(ticket.updatedAt);
      lines.push({ kind: 'resolution', due: resolutionDue, doneAt: at, state: at !== undefined && at <= resolutionDue ? 'met' : undefined });
    } else {
      const breached = sla.breached === true && (replied !== undefined || firstDue === undefined);
      lines.push({ kind: 'resolution', due: resolutionDue, state: stateAt(created, resolutionDue, now, breached) });
    }
  }
  return lines;
}

/** The promise whose state is worst, for the one-word summary in a list row. */
export function worstState(lines: PromiseLine[]): SlaState | undefined {
  const order: SlaState[] = ['overdue', 'atRisk', 'onTrack', 'met'];
  return order.find((s) => lines.some((l) => l.state === s && (s !== 'met' || lines.every((x) => x.state === 'met'))));
}

/** Messages from the team (agent, bot, system): what is announced as it arrives. */
export const fromTeam = (role: string): boolean => role !== 'customer';

