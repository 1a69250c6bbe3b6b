// The scripted support agent that moves tickets along on the mock's clock (takes them, asks,
// plans and works through steps, answers, solves, closes), and the ticket fields derived from its
// moves and the clock: SLA, steps, what the customer may do next. Moves happen when a ticket is
// read, so advancing the clock is enough. Tests and the demo may act as the agent too.
import type { Step, TicketStatus } from '../sdk/types.js';
import { MINUTE } from './clock.js';
import type { MockContext } from './context.js';
import { addBusinessMinutes } from './hours.js';
import { say, type ScriptMove, type Words } from './script.js';
import { script } from './seed-config.js';
import type { TicketRecord } from './ticket-record.js';

const STATUS_STEPS = ['received', 'review', 'answered', 'solved'] as const;
const FINISHED: TicketStatus[] = ['solved', 'closed'];

export interface AnswerOptions {
  role?: 'agent' | 'bot';
  /** A question: the ticket waits on the customer, and is not solved while it does. */
  ask?: boolean;
}

export class ScriptedAgent {
  constructor(private ctx: MockContext) {}

  /** Undefined when the mock runs without a script. */
  private get timings() {
    return this.ctx.settings.agent;
  }

  /** A new ticket's script: the site's moves, or the default (take it, answer, solve). */
  start(record: TicketRecord): void {
    this.follow(record, this.timings?.moves ?? []);
  }

  /** Replaces what is left of the ticket's script with `moves`, counted from `from`. */
  follow(record: TicketRecord, moves: ScriptMove[], from = this.ctx.clock.now()): void {
    record.queue = [...moves];
    record.next = undefined;
    record.waiting = false;
    this.schedule(record, from);
  }

  /** Applies the moves that are due, then recomputes derived fields. */
  progress(record: TicketRecord): void {
    let changed = false;
    while (record.next && record.next.at <= this.ctx.clock.now()) {
      const { at, move } = record.next;
      record.next = undefined;
      changed = true;
      this.apply(record, move, at);
      if (!record.next && !record.waiting) this.schedule(record, at);
    }
    // The SLA's "breached" flag depends on the clock, not only on events.
    const before = JSON.stringify([record.ticket.sla, record.ticket.canEscalate]);
    this.refresh(record);
    if (changed || before !== JSON.stringify([record.ticket.sla, record.ticket.canEscalate])) this.touch(record);
  }

  /** The customer wrote (a reply, a reopen): the agent answers, or the script goes on after a question. */
  customerWrote(record: TicketRecord): void {
    const timings = this.timings;
    if (!timings) return;
    const now = this.ctx.clock.now();
    if (record.waiting) {
      record.waiting = false;
      if (!record.queue.length) record.queue.push({ do: 'reply', after: timings.replyAfter });
      return this.schedule(record, now);
    }
    // The customer is not done: no solving (or closing) yet.
    if (record.next?.move.do === 'solve' || record.next?.move.do === 'close') record.next = undefined;
    if (!record.next) {
      record.queue.unshift({ do: 'reply', after: timings.replyAfter });
      this.schedule(record, now);
    }
  }

  /** Escalated: a team lead answers sooner, in place of the next planned answer. */
  escalated(record: TicketRecord): void {
    const timings = this.timings;
    if (!timings) return;
    const pending = [...(record.next ? [record.next.move] : []), ...record.queue];
    const answer = pending.findIndex((m) => m.do === 'reply' || m.do === 'ask');
    record.queue = pending.filter((m, i) => i !== answer && m.do !== 'acknowledge' && m.do !== 'solve');
    record.waiting = false;
    record.next = { at: this.ctx.clock.now() + Math.ceil(timings.replyAfter / 2), move: { do: 'reply', after: 0 } };
  }

  /** Someone on the team writes now; it stands in for the script's next planned answer. */
  answer(record: TicketRecord, body: Words, options: AnswerOptions = {}): void {
    if (record.next?.move.do === 'reply' || record.next?.move.do === 'ask') record.next = undefined;
    else {
      const planned = record.queue.findIndex((m) => m.do === 'reply' || m.do === 'ask');
      if (planned >= 0) record.queue.splice(planned, 1);
    }
    const now = this.ctx.clock.now();
    this.write(record, body, options, now);
    if (!record.next && !record.waiting) this.schedule(record, now);
    this.touch(record);
  }

  /** Sets the status as a person on the team would; solving or closing ends the script. */
  setStatus(record: TicketRecord, status: TicketStatus): void {
    if (FINISHED.includes(status)) {
      record.queue = [];
      record.next = undefined;
      record.waiting = false;
    }
    if (status === 'solved') this.solve(record);
    else record.ticket.status = status;
    if (status !== 'received') record.ticket.assignee ??= this.assignee(record);
    if (!record.next && !record.waiting) this.schedule(record, this.ctx.clock.now());
    this.touch(record);
  }

  /** Plans multi-step work now (the first step current). */
  planSteps(record: TicketRecord, steps: Words[]): void {
    this.apply(record, { do: 'plan', after: 0, steps }, this.ctx.clock.now());
    this.touch(record);
  }

  /** The current step is done; the next one is current. */
  advanceStep(record: TicketRecord): void {
    this.apply(record, { do: 'advance', after: 0 }, this.ctx.clock.now());
    this.touch(record);
  }

  /** The promise lapses now: the first reply if none came yet, else the solution. */
  breach(record: TicketRecord, at = this.ctx.clock.now()): void {
    if (FINISHED.includes(record.ticket.status)) return;
    const answered = record.ticket.messages.some((m) => m.author.role === 'agent');
    // Due a minute ago, so the ticket is overdue at once and the due time says so.
    record.breach = { kind: answered ? 'resolution' : 'firstResponse', at: at - MINUTE };
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
    let firstDue = addBusinessMinutes(created, record.slaMinutes, hours);
    let resolutionDue = addBusinessMinutes(created, record.slaMinutes * 4, hours);
    if (record.breach?.kind === 'firstResponse') firstDue = Math.min(firstDue, record.breach.at);
    if (record.breach?.kind === 'resolution') resolutionDue = Math.min(resolutionDue, record.breach.at);
    const now = this.ctx.clock.now();
    const answered = t.messages.some((m) => m.author.role === 'agent');
    const open = !FINISHED.includes(t.status);
    // Late: no first reply by its time, or no solution by its time while the team has the ball.
    const late = (!answered && now > firstDue) || (t.status !== 'waiting_on_customer' && now > resolutionDue);
    t.sla = {
      firstResponseDueAt: this.ctx.clock.iso(firstDue),
      firstResponseMinutes: record.slaMinutes,
      resolutionDueAt: this.ctx.clock.iso(resolutionDue),
      breached: open && late,
    };
    t.canEscalate = open && !t.escalation && t.sla.breached;
    t.canReopen = t.status === 'solved';
    t.steps = this.steps(record);
  }

  /** Plans the first move of the queue, its `after` counted from `from`. */
  private schedule(record: TicketRecord, from: number): void {
    const move = record.queue.shift();
    record.next = move && { at: from + move.after, move };
  }

  private apply(record: TicketRecord, move: ScriptMove, at: number): void {
    const t = record.ticket;
    switch (move.do) {
      case 'acknowledge':
        if (t.status === 'received') t.status = 'open';
        t.assignee ??= this.assignee(record);
        if (move.say) this.write(record, move.say === true ? script.acknowledge : move.say, { keepStatus: true }, at);
        break;
      case 'ask':
        this.write(record, move.body ?? script.question, { ask: true }, at);
        break;
      case 'reply':
        this.write(record, move.body ?? script.agentReply, { role: move.role }, at);
        break;
      case 'plan':
        record.plan = move.steps.map((title, i) => ({ id: `step-${i + 1}`, title, state: i === 0 ? 'current' : 'pending' }));
        break;
      case 'advance': {
        const plan = record.plan ?? [];
        const current = plan.findIndex((s) => s.state === 'current');
        if (current >= 0) plan[current]!.state = 'done';
        const next = plan.find((s) => s.state === 'pending');
        if (next) next.state = 'current';
        break;
      }
      case 'hold':
        if (!FINISHED.includes(t.status)) t.status = 'on_hold';
        break;
      case 'solve':
        if (t.status !== 'closed') this.solve(record);
        break;
      case 'close':
        t.status = 'closed';
        record.queue = [];
        break;
      case 'breach':
        this.breach(record, at);
        break;
    }
  }

  /** A message of the team at `at`; the ticket then waits on the customer. */
  private write(record: TicketRecord, body: Words, options: AnswerOptions & { keepStatus?: boolean }, at: number): void {
    const t = record.ticket;
    const role = options.role ?? 'agent';
    t.messages.push({
      id: `m_${this.ctx.ids.next()}`,
      author: { role, name: (role === 'bot' ? script.botName : script.agentName)[record.locale] },
      body: say(body, record.locale),
      createdAt: this.ctx.clock.iso(at),
    });
    if (role === 'agent') t.assignee ??= this.assignee(record);
    if (options.keepStatus) return;
    if (t.status !== 'closed') t.status = 'waiting_on_customer';
    if (options.ask) record.waiting = true;
    // Answered, with nothing else planned: solved later unless the customer writes.
    else if (this.timings && !record.queue.length) record.queue.unshift({ do: 'solve', after: this.timings.solveAfter });
  }

  /** Solved: every planned step is done; a site that closes solved tickets closes it later. */
  private solve(record: TicketRecord): void {
    record.ticket.status = 'solved';
    for (const step of record.plan ?? []) step.state = 'done';
    const closeAfter = this.timings?.closeAfter;
    if (closeAfter !== undefined) record.queue.unshift({ do: 'close', after: closeAfter });
  }

  private assignee(record: TicketRecord) {
    return { name: script.agentName[record.locale], team: script.team[record.locale] };
  }

  private steps(record: TicketRecord): Step[] {
    if (record.plan) return record.plan.map((s) => ({ id: s.id, title: say(s.title, record.locale), state: s.state }));
    const status = record.ticket.status;
    const current =
      status === 'received' ? 0 : status === 'open' || status === 'on_hold' ? 1 : status === 'waiting_on_customer' ? 2 : 3;
    return STATUS_STEPS.map((id, i) => ({
      id,
      title: script.steps[id]![record.locale],
      state: i < current || (i === 3 && current === 3) ? 'done' : i === current ? 'current' : 'pending',
    }));
  }
}
