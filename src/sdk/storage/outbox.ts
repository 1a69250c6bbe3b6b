import { HelpkitError, isAbortError, isHelpkitError } from '../errors.js';
import { newKey } from '../http.js';
import { backoffDelay, realClock, type Clock } from '../backoff.js';
import type { Drafts } from './drafts.js';
import type { OutboxKind, OutboxRecord } from './schema.js';
import type { Store } from './store.js';

export interface OutboxInput {
  kind: OutboxKind;
  body: Record<string, unknown>;
  ticketId?: string;
  files?: { blob: Blob; name: string }[];
  /** Where the form keeps its draft, and the draft itself: restored there if the server refuses. */
  draftKey?: string;
  draft?: unknown;
  idempotencyKey?: string;
}

export type OutboxResult<T = unknown> =
  | { state: 'sent'; key: string; result: T }
  /** Kept and sent later (on `online`, on next load, or on a timer): `error` says why not now. */
  | { state: 'queued'; key: string; error?: HelpkitError }
  /** Kept but not sent again by itself: the customer decides (`retry` or `discard`). See OutboxRecord.attention. */
  | { state: 'attention'; key: string; error: HelpkitError };

export interface FlushSummary {
  sent: number;
  rejected: number;
  remaining: number;
}

export type OutboxEvent = 'sent' | 'rejected' | 'attention';
type Sender = (record: OutboxRecord, save: (record: OutboxRecord) => Promise<void>) => Promise<unknown>;
type Listener = (record: OutboxRecord, outcome: { result?: unknown; error?: HelpkitError }) => void;
type Outcome = { result: unknown } | { queued?: HelpkitError } | { rejected: HelpkitError } | { attention: HelpkitError };

const SKIPPED = Symbol('skipped');
/** Flushes again after 15 s, 30 s, … up to 5 min (jittered) while entries stay queued. */
const TIMER_RULE = { first: 15_000, cap: 5 * 60_000 };
/** The longest Retry-After honoured; a longer one (or nonsense) is cut to this. */
const MAX_WAIT = 24 * 60 * 60_000;
/** The same failure this many times in a row (other than being offline or told to wait) needs a person. */
export const MAX_FAILURES = 5;

/**
 * Submissions that must reach the server exactly once. Each is stored before its first attempt and
 * keeps one Idempotency-Key for life, so a reload mid-request, a retry or two tabs flushing at once
 * can at worst repeat a request the server already answered, never create a second ticket. Entries
 * belong to the customer who submitted them and are only sent while that customer is the identity.
 */
export class Outbox {
  private inFlight = new Set<string>();
  private listeners = { sent: new Set<Listener>(), rejected: new Set<Listener>(), attention: new Set<Listener>() };
  private timer?: AbortController;
  private round = 1;
  private retryDelay = backoffDelay(1, TIMER_RULE);
  private timerAt = 0;
  private closed = false;

  constructor(
    private store: Store,
    private drafts: Drafts,
    private send: Sender,
    private owner: () => string,
    private clock: Clock = realClock,
  ) {}

  /** The current owner's entries, oldest first, including those that need attention. */
  async list(): Promise<OutboxRecord[]> {
    const owner = this.owner();
    return (await this.store.all('outbox')).filter((record) => record.owner === owner).sort((a, b) => a.createdAt - b.createdAt);
  }

  /** Fires when a submission reaches the server (`sent`), is refused for good (`rejected`), or needs the customer (`attention`). */
  on(event: OutboxEvent, listener: Listener): () => void {
    this.listeners[event].add(listener);
    return () => this.listeners[event].delete(listener);
  }

  /**
   * Stores the submission, then tries to send it. Resolves `sent`, `queued` or `attention`; rejects
   * only when the server refused it (validation, auth, conflict…), after handing the draft back.
   */
  async submit<T = unknown>(input: OutboxInput): Promise<OutboxResult<T>> {
    const record: OutboxRecord = {
      key: newKey(),
      owner: this.owner(),
      kind: input.kind,
      body: input.body,
      ticketId: input.ticketId,
      idempotencyKey: input.idempotencyKey ?? newKey(),
      files: (input.files ?? []).map((file) => ({ blob: file.blob, name: file.name, idempotencyKey: newKey() })),
      draftKey: input.draftKey,
      draft: input.draft,
      createdAt: this.clock.now(),
      attempts: 0,
    };
    await this.store.put('outbox', record);
    return this.outcome<T>(record.key, await this.process(record.key));
  }

  /**
   * Sends an entry that needs attention again, as a new request (new Idempotency-Key: the old one
   * would only replay the answer we could not use). The customer chose this after checking.
   */
  async retry<T = unknown>(key: string): Promise<OutboxResult<T>> {
    // Only an entry that needs attention gets a new key; a queued one keeps its own (no duplicates).
    await this.store.update('outbox', key, (current) =>
      current && current.owner === this.owner() && current.attention ? { ...current, attention: undefined, failures: 0, notBefore: undefined, idempotencyKey: newKey() } : undefined,
    );
    return this.outcome<T>(key, await this.process(key));
  }

  /** Drops one of the current owner's entries unsent. */
  async discard(key: string): Promise<void> {
    const record = await this.store.get('outbox', key);
    if (record?.owner === this.owner()) await this.store.delete('outbox', key);
  }

  /** Drops every entry of the current owner. */
  async forget(): Promise<void> {
    await Promise.all((await this.list()).map((record) => this.store.delete('outbox', record.key)));
  }

  /** Sends the current owner's queued entries, oldest first. Safe to call from many places and tabs at once. */
  async flush(): Promise<FlushSummary> {
    const summary: FlushSummary = { sent: 0, rejected: 0, remaining: 0 };
    let due = Infinity; // when the next entry may be tried again
    for (const record of await this.list()) {
      if (this.closed) break;
      if (record.attention) continue;
      const outcome = await this.process(record.key);
      if (outcome === SKIPPED) {
        summary.remaining++;
        const waiting = (await this.store.get('outbox', record.key))?.notBefore ?? 0;
        due = Math.min(due, waiting > this.clock.now() ? waiting : this.clock.now() + this.retryDelay);
      } else if ('result' in outcome) summary.sent++;
      else if ('rejected' in outcome) summary.rejected++;
      else if ('queued' in outcome) {
        summary.remaining++;
        const waiting = outcome.queued?.retryAfter ? this.clock.now() + Math.min(outcome.queued.retryAfter * 1000, MAX_WAIT) : 0;
        due = Math.min(due, waiting || this.clock.now() + this.retryDelay);
      }
    }
    if (summary.sent > 0) this.retryDelay = backoffDelay((this.round = 1), TIMER_RULE);
    if (due < Infinity) this.scheduleRetry(due - this.clock.now());
    return summary;
  }

  close(): void {
    this.closed = true;
    this.timer?.abort();
  }

  private outcome<T>(key: string, outcome: typeof SKIPPED | Outcome): OutboxResult<T> {
    if (outcome === SKIPPED) return { state: 'queued', key };
    if ('result' in outcome) return { state: 'sent', key, result: outcome.result as T };
    if ('rejected' in outcome) throw outcome.rejected;
    if ('attention' in outcome) return { state: 'attention', key, error: outcome.attention };
    const wait = outcome.queued?.retryAfter ? Math.min(outcome.queued.retryAfter * 1000, MAX_WAIT) : this.retryDelay;
    this.scheduleRetry(wait);
    return { state: 'queued', key, error: outcome.queued };
  }

  /** Flushes again in `ms` (never sooner than the backoff), unless a flush is already due sooner. */
  private scheduleRetry(ms: number) {
    if (this.closed) return;
    const delay = Math.min(Math.max(ms, this.retryDelay), MAX_WAIT);
    if (this.timer && this.timerAt <= this.clock.now() + delay) return;
    this.timer?.abort();
    const timer = (this.timer = new AbortController());
    this.timerAt = this.clock.now() + delay;
    this.clock.sleep(delay, timer.signal).then(() => {
      if (this.timer !== timer) return;
      this.timer = undefined;
      this.retryDelay = backoffDelay(++this.round, TIMER_RULE);
      void this.flush().catch(() => undefined);
    }, () => undefined);
  }

  private async process(key: string): Promise<typeof SKIPPED | Outcome> {
    if (this.inFlight.has(key)) return SKIPPED;
    this.inFlight.add(key);
    try {
      return await withLock(`${this.store.name}:outbox:${key}`, async (): Promise<typeof SKIPPED | Outcome> => {
        // Read again under the lock: another tab may have sent it a moment ago.
        const record = await this.store.get('outbox', key);
        // Another customer's entry is never sent under this identity; a waiting one waits.
        if (!record || record.owner !== this.owner() || record.attention) return SKIPPED;
        if (record.notBefore && record.notBefore > this.clock.now()) return SKIPPED;
        record.attempts++;
        try {
          const result = await this.send(record, (changed) => this.store.put('outbox', changed));
          await this.store.delete('outbox', key);
          this.emit('sent', record, { result });
          return { result };
        } catch (thrown) {
          if (isAbortError(thrown)) return { queued: undefined }; // cut short; nothing learnt
          // Anything else thrown (e.g. a TypeError reading an answer of the wrong shape) is treated
          // like an answer we could not use: the server may have acted.
          const error = isHelpkitError(thrown)
            ? thrown
            : new HelpkitError('protocol', 0, (thrown as Error)?.message ?? String(thrown), undefined, { cause: thrown });
          const lastError = { kind: error.kind, status: error.status, message: error.message };
          const failures = record.lastError?.kind === error.kind && record.lastError.status === error.status ? (record.failures ?? 1) + 1 : 1;
          if (error.retryable && !(counts(error) && failures >= MAX_FAILURES)) {
            const wait = error.retryAfter > 0 ? Math.min(error.retryAfter * 1000, MAX_WAIT) : 0;
            await this.store.put('outbox', { ...record, lastError, failures, notBefore: wait ? this.clock.now() + wait : undefined });
            return { queued: error };
          }
          if (error.retryable || error.kind === 'protocol' || error.kind === 'config') {
            await this.store.put('outbox', { ...record, lastError, failures, attention: { ...lastError, at: this.clock.now() } });
            this.emit('attention', record, { error });
            return { attention: error };
          }
          // Refused for good: retrying cannot help. Give the customer's words back to their form.
          await this.store.delete('outbox', key);
          if (record.draftKey && record.draft !== undefined) {
            await this.drafts.save(record.draftKey, record.draft, { force: true }, record.owner);
          }
          this.emit('rejected', record, { error });
          return { rejected: error };
        }
      });
    } finally {
      this.inFlight.delete(key);
    }
  }

  private emit(event: OutboxEvent, record: OutboxRecord, outcome: { result?: unknown; error?: HelpkitError }) {
    for (const listener of this.listeners[event]) {
      try {
        listener(record, outcome);
      } catch (error) {
        console.error(error);
      }
    }
  }
}

/** Whether a retryable failure counts towards MAX_FAILURES: not when offline, slow or told to wait. */
function counts(error: HelpkitError): boolean {
  if (error.kind === 'network' || error.kind === 'timeout' || error.kind === 'rate_limit') return false;
  return !(error.kind === 'server' && (error.retryAfter > 0 || [502, 503, 504].includes(error.status)));
}

/** Runs `fn` under a Web Lock when the platform has them (all tabs of the origin), else directly. */
async function withLock<T>(name: string, fn: () => Promise<T>): Promise<T | typeof SKIPPED> {
  const locks = typeof navigator !== 'undefined' ? navigator.locks : undefined;
  if (!locks) return fn();
  return locks.request(name, { ifAvailable: true }, (lock) => (lock ? fn() : SKIPPED)) as Promise<T | typeof SKIPPED>;
}
