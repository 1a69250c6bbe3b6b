// The scripted support agent that moves tickets along on the mock's clock (opens, replies,
// solves), and the ticket fields derived from its moves and the clock: SLA, steps, what the
// customer may do next. Moves happen when a ticket is read, so advancing the clock is enough.
import type { Step } from '../sdk/types.js';
import type { MockContext } from './context.js';
import { addBusinessMinutes } from './hours.js';
import type { AgentTimings } from './options.js';
import { script } from './seed-config.js';
import type { AgentMove, TicketRecord } from './ticket-record.js';

const STEP_ORDER = ['received', 'review', 'answered', 'solved'] as const;

export class ScriptedAgent {
  constructor(private ctx: MockContext) {}

  /** Plans the agent's next move `delay(timings)` after `from`; nothing when the mock has no script. */
  plan(record: TicketRecord, kind: AgentMove, delay: (t: AgentTimings) => number, from = this.ctx.clock.now()): void {
    const timings = this.ctx.settings.agent;
    if (timings) record.next = { at: from + delay(timings), kind };
  }

  /** Applies the moves that are due, then recomputes derived fields. */
  progress(record: TicketRecord): void {
    let changed = false;
    while (record.next && record.next.at <= this.ctx.clock.now()) {
      const { at, kind } = record.next;
      record.next = undefined;
      changed = true;
      if (kind === 'open') {
        record.ticket.status = 'open';
        record.ticket.assignee = this.assignee(record);
        this.plan(record, 'reply', (t) => t.replyAfter - t.openAfter, at);
      } else if (kind === 'reply') {
        this.reply(record, script.agentReply[record.locale], at);
      } else if (kind === 'solve' && record.ticket.status === 'waiting_on_customer') {
        record.ticket.status = 'solved';
      }
    }
    // The SLA's "breached" flag depends on the clock, not only on events.
    const before = JSON.stringify([record.ticket.sla, record.ticket.canEscalate]);
    this.refresh(record);
    if (changed || before !== JSON.stringify([record.ticket.sla, record.ticket.canEscalate])) this.touch(record);
  }

  /** An agent's message on the ticket, which then waits on the customer. */
  reply(record: TicketRecord, body: string, at = this.ctx.clock.now()): void {
    record.ticket.messages.push({
      id: `m_${this.ctx.ids.next()}`,
      author: { role: 'agent', name: script.agentName[record.locale] },
      body,
      createdAt: this.ctx.clock.iso(at),
    });
    record.ticket.status = 'waiting_on_customer';
    record.ticket.assignee ??= this.assignee(record);
    this.plan(record, 'solve', (t) => t.solveAfter, at);
    this.touch(record);
  }

  /** Records a change: a new revision (and so a new ETag) and fresh derived fields. */
  touch(record: TicketRecord): void {
    record.rev++;
    record.ticket.updatedAt = this.ctx.clock.iso();
    this.refresh(record);
  }

  /** Recomputes the fields that follow from the ticket's state and the clock. */
  refresh(record: TicketRecord): void {
    const t = record.ticket;
    const { hours } = this.ctx.settings;
    const created = Date.parse(t.createdAt);
    const firstDue = addBusinessMinutes(created, record.slaMinutes, hours);
    const answered = t.messages.some((m) => m.author.role === 'agent');
    const open = t.status !== 'solved' && t.status !== 'closed';
    t.sla = {
      firstResponseDueAt: this.ctx.clock.iso(firstDue),
      firstResponseMinutes: record.slaMinutes,
      resolutionDueAt: this.ctx.clock.iso(addBusinessMinutes(created, record.slaMinutes * 4, hours)),
      breached: !answered && open && this.ctx.clock.now() > firstDue,
    };
    t.canEscalate = open && !t.escalation && t.sla.breached;
    t.canReopen = t.status === 'solved';
    t.steps = this.steps(record);
  }

  private assignee(record: TicketRecord) {
    return { name: script.agentName[record.locale], team: script.team[record.locale] };
  }

  private steps(record: TicketRecord): Step[] {
    const status = record.ticket.status;
    const current =
      status === 'received' ? 0 : status === 'open' || status === 'on_hold' ? 1 : status === 'waiting_on_customer' ? 2 : 3;
    return STEP_ORDER.map((id, i) => ({
      id,
      title: script.steps[id]![record.locale],
      state: i < current || (i === 3 && current === 3) ? 'done' : i === current ? 'current' : 'pending',
    }));
  }
}
