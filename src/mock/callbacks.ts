// Callbacks: the slots offered, booking a call (at a time or "as soon as possible"), moving and
// cancelling it, and the scripted call that follows on the mock's clock.
import type { Callback, FieldError, Slot } from '../sdk/types.js';
import { E164_PATTERN, LIMITS } from '../sdk/rules.js';
import { created, empty, ok, type Stored } from './answer.js';
import type { Caller } from './caller.js';
import { DAY, MINUTE } from './clock.js';
import type { MockContext } from './context.js';
import { textField } from './fields.js';
import { isOpen } from './hours.js';
import { TOKEN_LIFETIME } from './ids.js';
import { HttpProblem, invalid } from './problem.js';
import { tooMany } from './rate-limit.js';
import type { Tickets } from './tickets.js';

interface CallbackRecord {
  callback: Callback;
  token: string;
  tokenExpiresAt: number;
  phone: string;
  next?: { at: number; status: Callback['status'] };
}

const SLOT = 30 * MINUTE;
/** The earliest slot offered starts at least this long from now. */
const LEAD_TIME = 15 * MINUTE;
/** How far ahead slots are offered, and how far by default. */
const HORIZON = 14 * DAY;
const DEFAULT_SPAN = 3 * DAY;
/** How long the scripted call lasts. */
const CALL_LENGTH = 10 * MINUTE;

export class Callbacks {
  private records = new Map<string, CallbackRecord>();
  private booked = new Set<number>();

  constructor(
    private ctx: MockContext,
    private tickets: Tickets,
  ) {}

  /** GET /callbacks/slots: the open half hours from `from` to `to`, each free or taken. */
  slots(params: URLSearchParams): { timezone: string; slots: Slot[] } {
    for (const name of ['from', 'to']) {
      const value = params.get(name);
      if (value !== null && Number.isNaN(Date.parse(value))) {
        throw new HttpProblem(400, 'Bad request', `${name} must be a date-time.`, [{ field: name, code: 'invalid', message: 'Use a date-time like 2026-03-02T08:00:00Z.' }]);
      }
    }
    const { hours } = this.ctx.settings;
    const now = this.ctx.clock.now();
    const from = Math.max(now, Date.parse(params.get('from') ?? '') || now);
    const to = Math.min(from + HORIZON, Date.parse(params.get('to') ?? '') || from + DEFAULT_SPAN);
    const slots: Slot[] = [];
    for (let t = Math.ceil((from + LEAD_TIME) / SLOT) * SLOT; t + SLOT <= to; t += SLOT) {
      if (isOpen(t, hours) && isOpen(t + SLOT - MINUTE, hours)) {
        slots.push({ start: this.ctx.clock.iso(t), end: this.ctx.clock.iso(t + SLOT), available: this.free(t) });
      }
    }
    return { timezone: hours.timezone, slots };
  }

  request(input: Record<string, unknown>, caller: Caller): Stored {
    const errors: FieldError[] = [];
    textField(input, 'name', LIMITS.name, errors);
    if (typeof input.phone !== 'string' || !input.phone) errors.push({ field: 'phone', code: 'required', message: 'This field is required.' });
    else if (!E164_PATTERN.test(input.phone)) errors.push({ field: 'phone', code: 'invalid', message: 'Enter the number with its country code, like +46 70 123 45 67.' });
    textField(input, 'locale', LIMITS.locale, errors);
    textField(input, 'topic', LIMITS.topic, errors, false);
    const start = this.checkWhen(input, errors);
    if (input.ticketId !== undefined && typeof input.ticketId !== 'string') {
      errors.push({ field: 'ticketId', code: 'invalid', message: 'Must be a ticket id.' });
    }
    if (errors.length) throw invalid(errors);
    // Linking a ticket needs that ticket's token (or its owner's identity), as reading it does.
    if (typeof input.ticketId === 'string') this.tickets.authorized(input.ticketId, caller, 403);
    const phone = input.phone as string;
    this.checkOpenCalls(phone);
    const now = this.ctx.clock.now();
    const callback: Callback = {
      id: `c_${this.ctx.ids.next()}`,
      status: 'scheduled',
      asap: input.asap === true,
      phoneMasked: `${phone.slice(0, 3)} ••• ••• ${phone.slice(-2)}`,
      ...(start !== undefined && { scheduledFor: this.ctx.clock.iso(start) }),
    };
    if (start !== undefined) this.booked.add(start);
    const record: CallbackRecord = { callback, token: this.ctx.ids.secret(), tokenExpiresAt: now + TOKEN_LIFETIME, phone };
    this.planCall(record, start);
    this.records.set(callback.id, record);
    const answer = { callback, accessToken: record.token, accessTokenExpiresAt: this.ctx.clock.iso(record.tokenExpiresAt) };
    return created(answer, `${this.ctx.settings.baseUrl}/callbacks/${callback.id}`);
  }

  /** The callback its access token opens, with the scripted call's due moves applied. */
  authorized(id: string, caller: Caller): CallbackRecord {
    const record = this.records.get(id);
    if (!caller.bearer) throw new HttpProblem(401, 'Unauthorized', 'An access token is needed to see this callback.');
    if (!record || record.token !== caller.bearer) throw new HttpProblem(403, 'Forbidden', 'This access token does not open this callback.');
    const now = this.ctx.clock.now();
    if (now >= record.tokenExpiresAt) {
      throw new HttpProblem(401, 'Access token expired', 'This access token has expired.', undefined, {}, 'access-token-expired');
    }
    while (record.next && record.next.at <= now && record.callback.status !== 'cancelled') {
      const { at, status } = record.next;
      record.callback.status = status;
      record.next = status === 'calling' ? { at: at + CALL_LENGTH, status: 'completed' } : undefined;
    }
    return record;
  }

  /** PATCH: moves a scheduled call to another free slot or to "as soon as possible"; 409 when that slot is taken. */
  reschedule(record: CallbackRecord, input: Record<string, unknown>): Stored {
    if (record.callback.status !== 'scheduled') throw new HttpProblem(409, 'Too late to reschedule', 'Only a scheduled call can be moved.');
    const errors: FieldError[] = [];
    const mine = record.callback.scheduledFor ? Date.parse(record.callback.scheduledFor) : undefined;
    const start = this.checkWhen(input, errors, mine);
    const taken = errors.find((e) => e.field === 'slotStart' && e.code === 'not_allowed');
    if (input.asap !== true && taken && errors.length === 1) {
      throw new HttpProblem(409, 'Slot taken', 'That time is no longer free; choose another.', undefined, {}, 'slot-taken');
    }
    if (errors.length) throw invalid(errors);
    if (mine !== undefined) this.booked.delete(mine);
    if (start !== undefined) this.booked.add(start);
    record.callback.asap = start === undefined;
    if (start !== undefined) record.callback.scheduledFor = this.ctx.clock.iso(start);
    else delete record.callback.scheduledFor;
    this.planCall(record, start);
    return ok(record.callback);
  }

  cancel(record: CallbackRecord): Stored {
    const status = record.callback.status;
    if (status === 'calling' || status === 'completed') throw new HttpProblem(409, 'Too late to cancel', 'This call has already started.');
    record.callback.status = 'cancelled';
    record.next = undefined;
    if (record.callback.scheduledFor) this.booked.delete(Date.parse(record.callback.scheduledFor));
    return empty(204);
  }

  /** A fixed, repeatable pattern of taken slots, plus those booked here. */
  private free(start: number): boolean {
    return !this.booked.has(start) && Math.floor(start / SLOT) % 5 !== 2;
  }

  /** The scripted call starts at the slot, or soon for "as soon as possible". */
  private planCall(record: CallbackRecord, start: number | undefined): void {
    const agent = this.ctx.settings.agent;
    if (agent) record.next = { at: start ?? this.ctx.clock.now() + agent.openAfter, status: 'calling' };
  }

  /** One number cannot hold every slot: a few scheduled calls at a time (429 beyond). */
  private checkOpenCalls(phone: string): void {
    const now = this.ctx.clock.now();
    const open = [...this.records.values()].filter((r) => r.phone === phone && (r.callback.status === 'scheduled' || r.callback.status === 'calling'));
    const most = this.ctx.settings.limits.openCallbacksPerPhone;
    if (open.length < most) return;
    const freeAt = Math.min(...open.map((r) => (r.next?.at ?? now) + CALL_LENGTH));
    throw tooMany(most, 0, Math.max(1, Math.ceil((freeAt - now) / 1000)), `This number has ${most} calls booked already; cancel one or wait until one has taken place.`);
  }

  /** "As soon as possible" (only while open, never with a time) or a free slot; its start, if any. */
  private checkWhen(input: Record<string, unknown>, errors: FieldError[], mine?: number): number | undefined {
    if (input.asap !== true) return this.checkSlot(input, errors, mine);
    if (input.slotStart !== undefined) errors.push({ field: 'slotStart', code: 'not_allowed', message: 'Choose a time or “as soon as possible”, not both.' });
    else if (!isOpen(this.ctx.clock.now(), this.ctx.settings.hours)) errors.push({ field: 'asap', code: 'not_allowed', message: 'We are closed now; choose a time instead.' });
    return undefined;
  }

  /** The slot start asked for, checked against what is offered (`mine`: the caller's own booking). */
  private checkSlot(input: Record<string, unknown>, errors: FieldError[], mine?: number): number {
    const start = typeof input.slotStart === 'string' ? Date.parse(input.slotStart) : NaN;
    if (Number.isNaN(start)) {
      errors.push({ field: 'slotStart', code: input.slotStart === undefined ? 'required' : 'invalid', message: 'Choose a time.' });
      return NaN;
    }
    const now = this.ctx.clock.now();
    const offered = this.slots(new URLSearchParams({ from: this.ctx.clock.iso(now), to: this.ctx.clock.iso(now + HORIZON) }));
    if (!offered.slots.some((s) => Date.parse(s.start) === start && (s.available || start === mine))) {
      errors.push({ field: 'slotStart', code: 'not_allowed', message: 'That time is no longer free; choose another.' });
    }
    return start;
  }
}
