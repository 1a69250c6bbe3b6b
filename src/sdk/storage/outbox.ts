import { isAbortError, isHelpkitError, type HelpkitError } from '../errors.js';
import { newKey } from '../http.js';
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
  | { state: 'queued'; key: string; error?: HelpkitError };

export interface FlushSummary {
  sent: number;
  rejected: number;
  remaining: number;
}

type Sender = (record: OutboxRecord, save: (record: OutboxRecord) => Promise<void>) => Promise<unknown>;
type Listener = (record: OutboxRecord, outcome: { result?: unknown; error?: HelpkitError }) => void;

const SKIPPED = Symbol('skipped');

/**
 * Submissions that must reach the server exactly once. Each is stored before its first attempt and
 * keeps one Idempotency-Key for life, so a reload mid-request, a retry or two tabs flushing at once
 * can at worst repeat a request the server already answered, never create a second ticket.
 */
export class Outbox {
  private inFlight = new Set<string>();
  private listeners = { sent: new Set<Listener>(), rejected: new Set<Listener>() };
  private retryTimer?: ReturnType<typeof setTimeout>;
  private retryDelay = 15_000;
  private closed = false;

  constructor(
    private store: Store,
    private drafts: Drafts,
    private send: Sender,
    private now: () => number = Date.now,
  ) {}

  list(): Promise<OutboxRecord[]> {
    return this.store.all('outbox').then((all) => all.sort((a, b) => a.createdAt - b.createdAt));
  }

  /** Fires when a queued or direct submission reaches the server (`sent`) or is refused for good (`rejected`). */
  on(event: 'sent' | 'rejected', listener: Listener): () => void {
    this.listeners[event].add(listener);
    return () => this.listeners[event].delete(listener);
  }

  /**
   * Stores the submission, then tries to send it. Resolves `sent` or `queued`; rejects only when the
   * server refused it (validation, auth, conflict…), after handing the draft back.
   */
  async submit<T = unknown>(input: OutboxInput): Promise<OutboxResult<T>> {
    const record: OutboxRecord = {
      key: newKey(),
      kind: input.kind,
      body: input.body,
      ticketId: input.ticketId,
      idempotencyKey: input.idempotencyKey ?? newKey(),
      files: (input.files ?? []).map((f) => ({ blob: f.blob, name: f.name, idempotencyKey: newKey() })),
      draftKey: input.draftKey,
      draft: input.draft,
      createdAt: this.now(),
      attempts: 0,
    };
    await this.store.put('outbox', record);
    const outcome = await this.process(record.key);
    if (outcome === SKIPPED) return { state: 'queued', key: record.key };
    if ('result' in outcome) return { state: 'sent', key: record.key, result: outcome.result as T };
    if (outcome.rejected) throw outcome.error;
    this.scheduleRetry();
    return { state: 'queued', key: record.key, error: outcome.error };
  }

  /** Sends everything queued, oldest first. Safe to call from many places and tabs at once. */
  async flush(): Promise<FlushSummary> {
    const summary: FlushSummary = { sent: 0, rejected: 0, remaining: 0 };
    for (const record of await this.list()) {
      if (this.closed) break;
      const outcome = await this.process(record.key);
      if (outcome === SKIPPED) summary.remaining++;
      else if ('result' in outcome) summary.sent++;
      else if (outcome.rejected) summary.rejected++;
      else summary.remaining++;
    }
    if (summary.sent > 0) this.retryDelay = 15_000;
    if (summary.remaining > 0) this.scheduleRetry();
    return summary;
  }

  close(): void {
    this.closed = true;
    clearTimeout(this.retryTimer);
  }

  private scheduleRetry() {
    if (this.closed || this.retryTimer) return;
    this.retryTimer = setTimeout(() => {
      this.retryTimer = undefined;
      this.retryDelay = Math.min(this.retryDelay * 2, 5 * 60_000);
      void this.flush().catch(() => undefined);
    }, this.retryDelay);
  }

  private async process(key: string): Promise<typeof SKIPPED | { result: unknown } | { error: HelpkitError; rejected: boolean }> {
    if (this.inFlight.has(key)) return SKIPPED;
    this.inFlight.add(key);
    try {
      return await withLock(`${this.store.name}:outbox:${key}`, async () => {
        // Read again under the lock: another tab may have sent it a moment ago.
        const record = await this.store.get('outbox', key);
        if (!record) return SKIPPED;
        record.attempts++;
        try {
          const result = await this.send(record, (r) => this.store.put('outbox', r));
          await this.store.delete('outbox', key);
          this.emit('sent', record, { result });
          return { result };
        } catch (error) {
          if (isAbortError(error) || !isHelpkitError(error)) throw error;
          if (error.retryable) {
            record.lastError = { kind: error.kind, status: error.status, message: error.message };
            await this.store.put('outbox', record);
            return { error, rejected: false };
          }
          // Refused for good: retrying cannot help. Give the customer's words back to their form.
          await this.store.delete('outbox', key);
          if (record.draftKey && record.draft !== undefined) {
            await this.drafts.save(record.draftKey, record.draft, { force: true });
          }
          this.emit('rejected', record, { error });
          return { error, rejected: true };
        }
      });
    } finally {
      this.inFlight.delete(key);
    }
  }

  private emit(event: 'sent' | 'rejected', record: OutboxRecord, outcome: { result?: unknown; error?: HelpkitError }) {
    for (const listener of this.listeners[event]) {
      try {
        listener(record, outcome);
      } catch (error) {
        console.error(error);
      }
    }
  }
}

/** Runs `fn` under a Web Lock when the platform has them (all tabs of the origin), else directly. */
async function withLock<T>(name: string, fn: () => Promise<T>): Promise<T | typeof SKIPPED> {
  const locks = typeof navigator !== 'undefined' ? navigator.locks : undefined;
  if (!locks) return fn();
  return locks.request(name, { ifAvailable: true }, (lock) => (lock ? fn() : SKIPPED)) as Promise<T | typeof SKIPPED>;
}
