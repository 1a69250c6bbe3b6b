// Tickets: filing one, reading and listing them, and what a customer does on one (reply,
// escalate, rate, reopen), with the protocol's rules on who may open which ticket.
import type { FieldError, Message, Ticket, TicketInput } from '../sdk/types.js';
import { LIMITS } from '../sdk/rules.js';
import { created, ok, type Stored } from './answer.js';
import type { Attachments } from './attachments.js';
import type { Caller } from './caller.js';
import type { MockContext } from './context.js';
import { textField } from './fields.js';
import { TOKEN_LIFETIME } from './ids.js';
import { page } from './page.js';
import { HttpProblem, invalid } from './problem.js';
import { mailbox } from './rate-limit.js';
import { pickLocale } from './request.js';
import { ScriptedAgent, type AnswerOptions } from './scripted-agent.js';
import { categories, script } from './seed-config.js';
import { ticketInputErrors } from './ticket-input.js';
import { dayIn } from './hours.js';
import type { TicketRecord, TokenRecord } from './ticket-record.js';
import type { Words } from './script.js';

const MIN_RATING = 1;
const MAX_RATING = 5;

export class Tickets {
  private records = new Map<string, TicketRecord>();
  readonly agent: ScriptedAgent;

  constructor(
    private ctx: MockContext,
    private attachments: Attachments,
  ) {
    this.agent = new ScriptedAgent(ctx);
  }

  get count(): number {
    return this.records.size;
  }

  /** A ticket as stored, with the agent's due moves applied; for tests and the demo. */
  peek(id: string): Ticket | undefined {
    const record = this.records.get(id);
    if (record) this.agent.progress(record);
    return record?.ticket;
  }

  /** The stored record, with the agent's due moves applied; for what tests and the demo steer. */
  record(id: string): TicketRecord {
    const record = this.records.get(id);
    if (!record) throw new Error(`no ticket ${id}`);
    this.agent.progress(record);
    return record;
  }

  /** Adds a message of the team now, as if someone answered (or asked, with `ask`). */
  agentReply(id: string, body: Words, options: AnswerOptions = {}): void {
    this.agent.answer(this.record(id), body, options);
  }

  /** Tickets filed from this address (lower case), for access-link e-mails. */
  byEmail(email: string): TicketRecord[] {
    return [...this.records.values()].filter((r) => r.email === email);
  }

  create(input: Record<string, unknown>, caller: Caller): Stored {
    const errors = ticketInputErrors(input, caller, this.attachments, dayIn(this.ctx.clock.now(), this.ctx.settings.hours.timezone));
    if (errors.length) throw invalid(errors);
    const t = input as unknown as TicketInput;
    // With an identity the ticket is that customer's, named as the site knows them.
    const email = caller.identity?.email ?? t.email.trim().toLowerCase();
    const name = caller.identity?.name?.trim() || t.name.trim();
    // Generous, but one address (or signed-in customer) cannot file tickets without end.
    const rate = this.ctx.limiter.hit(`ticket:${caller.identity?.sub ?? mailbox(email)}`, this.ctx.settings.limits.tickets, 'tickets');
    const category = categories.find((c) => c.id === t.categoryId)!;
    const now = this.ctx.clock.iso();
    const id = `t_${this.ctx.ids.next()}`;
    const number = `HK-${this.ctx.ids.counter}`;
    const first = this.message('customer', name, t.body, t.attachmentIds ?? []);
    const record: TicketRecord = {
      tokens: [],
      ...(caller.identity && { ownerSub: caller.identity.sub }),
      email,
      name,
      locale: pickLocale(t.locale),
      rev: 1,
      slaMinutes: t.priority === 'urgent' ? Math.ceil(category.slaMinutes / 2) : category.slaMinutes,
      queue: [],
      ticket: {
        id,
        number,
        subject: t.subject.trim(),
        status: 'received',
        priority: t.priority ?? 'normal',
        categoryId: t.categoryId,
        createdAt: now,
        updatedAt: now,
        messages: [first],
        canEscalate: false,
        canReopen: false,
      },
    };
    this.agent.start(record);
    this.records.set(id, record);
    this.agent.refresh(record);
    const token = this.issueToken(record);
    const answer = { ticket: record.ticket, accessToken: token.value, accessTokenExpiresAt: this.ctx.clock.iso(token.expiresAt) };
    return created(answer, `${this.ctx.settings.baseUrl}/tickets/${id}`, rate);
  }

  /**
   * The ticket, as the protocol's authentication rules say: its current access token or an
   * identity it belongs to opens it; an identity of someone else refuses it even with the right
   * token; a missing ticket and wrong credentials get the same 403, so ids cannot be probed.
   */
  authorized(id: string, caller: Caller, noCredentials = 401): TicketRecord {
    const record = this.records.get(id);
    if (!caller.bearer && !caller.identity) {
      throw new HttpProblem(noCredentials, noCredentials === 401 ? 'Unauthorized' : 'Forbidden', 'An access token is needed for this ticket.');
    }
    const forbidden = () => new HttpProblem(403, 'Forbidden', 'These credentials do not open this ticket.');
    if (!record) throw forbidden();
    const identity = caller.identity;
    if (identity && record.ownerSub !== undefined && record.ownerSub !== identity.sub) throw forbidden();
    const owner = !!identity && (record.ownerSub === identity.sub || (!!identity.email && identity.email === record.email));
    if (!owner) {
      const token = record.tokens.find((t) => t.value === caller.bearer);
      if (!token) throw forbidden();
      if (token.revoked || this.ctx.clock.now() >= token.expiresAt) {
        throw new HttpProblem(401, 'Access token expired', 'This access token has expired or was replaced; ask for a new link by e-mail.', undefined, {}, 'access-token-expired');
      }
      if (token.emailed && !token.used) {
        // The first use of an e-mailed link retires the tokens issued before it.
        token.used = true;
        for (const t of record.tokens.slice(0, record.tokens.indexOf(token))) t.revoked = true;
      }
    }
    this.agent.progress(record);
    return record;
  }

  issueToken(record: TicketRecord, emailed = false): TokenRecord {
    const token: TokenRecord = { value: this.ctx.ids.secret(), expiresAt: this.ctx.clock.now() + TOKEN_LIFETIME, ...(emailed && { emailed }) };
    record.tokens.push(token);
    return token;
  }

  /** The signed-in customer's tickets, newest first, a page at a time. */
  list(caller: Caller, params: URLSearchParams) {
    if (!caller.identity) throw new HttpProblem(401, 'Unauthorized', 'Listing tickets needs a signed identity (Helpkit-Identity).');
    const { sub, email } = caller.identity;
    const tickets = [...this.records.values()]
      .filter((r) => (r.ownerSub === undefined ? !!email && r.email === email : r.ownerSub === sub))
      .map((r) => (this.agent.progress(r), r.ticket))
      .sort((a, b) => b.createdAt.localeCompare(a.createdAt) || b.id.localeCompare(a.id));
    return page(tickets, params);
  }

  /** A ticket's messages, newest first, a page at a time. */
  messages(record: TicketRecord, params: URLSearchParams) {
    return page([...record.ticket.messages].reverse(), params, 50);
  }

  reply(record: TicketRecord, input: Record<string, unknown>, caller: Caller): Stored {
    const errors: FieldError[] = [];
    textField(input, 'body', LIMITS.body, errors);
    const ids = this.attachments.check(input.attachmentIds, caller, errors);
    if (errors.length) throw invalid(errors);
    if (record.ticket.status === 'closed') throw new HttpProblem(409, 'Ticket closed', 'This ticket is closed; open a new one.');
    const message = this.message('customer', record.name, input.body as string, ids);
    record.ticket.messages.push(message);
    if (record.ticket.status !== 'received') record.ticket.status = 'open';
    this.agent.customerWrote(record);
    this.agent.touch(record);
    return ok(message, false, 201);
  }

  escalate(record: TicketRecord, input: Record<string, unknown>): Stored {
    const errors: FieldError[] = [];
    textField(input, 'reason', LIMITS.reason, errors);
    if (errors.length) throw invalid(errors);
    if (!record.ticket.canEscalate) {
      throw new HttpProblem(409, 'Cannot escalate now', record.ticket.escalation ? 'This ticket is already escalated.' : 'Escalation opens when the promised reply time has passed.');
    }
    record.ticket.escalation = { level: 1, requestedAt: this.ctx.clock.iso(), reason: (input.reason as string).trim() };
    record.ticket.messages.push(this.message('system', undefined, script.escalated[record.locale]));
    this.agent.escalated(record);
    this.agent.touch(record);
    return ok(record.ticket.escalation, false, 201);
  }

  rate(record: TicketRecord, input: Record<string, unknown>): Stored {
    const rating = input.rating;
    const errors: FieldError[] = [];
    if (typeof rating !== 'number' || !Number.isInteger(rating) || rating < MIN_RATING || rating > MAX_RATING) {
      errors.push({ field: 'rating', code: 'invalid', message: `Choose a rating from ${MIN_RATING} to ${MAX_RATING}.` });
    }
    textField(input, 'comment', LIMITS.comment, errors, false);
    if (errors.length) throw invalid(errors);
    if (record.ticket.status !== 'solved' && record.ticket.status !== 'closed') {
      throw new HttpProblem(409, 'Not solved yet', 'A ticket can be rated once it is solved.');
    }
    if (record.ticket.satisfaction) throw new HttpProblem(409, 'Already rated', 'This ticket has a rating already.');
    record.ticket.satisfaction = { rating: rating as number, ...(typeof input.comment === 'string' && input.comment && { comment: input.comment }) };
    this.agent.touch(record);
    return ok(record.ticket.satisfaction, false, 201);
  }

  reopen(record: TicketRecord): Stored {
    if (!record.ticket.canReopen) throw new HttpProblem(409, 'Cannot reopen', 'Only a solved ticket can be reopened.');
    record.ticket.status = 'open';
    delete record.ticket.satisfaction;
    this.agent.customerWrote(record);
    this.agent.touch(record);
    return ok(record.ticket);
  }

  /** A new message by the customer or the system, now, with the checked attachments marked used. */
  private message(role: 'customer' | 'system', name: string | undefined, body: string, attachmentIds: string[] = []): Message {
    const attachments = this.attachments.use(attachmentIds);
    return {
      id: `m_${this.ctx.ids.next()}`,
      author: role === 'customer' ? { role, name } : { role },
      body,
      createdAt: this.ctx.clock.iso(),
      ...(attachments.length && { attachments }),
    };
  }
}
