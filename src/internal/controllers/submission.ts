import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { HelpkitClient, OutboxInput, OutboxRecord } from '../../sdk/index.js';
import type { Clock } from '../clock.js';
import { messageFor, type Message } from '../messages.js';

/**
 * Where a submission is: `idle` (being written), `sending`, `queued` (in the outbox, sent later),
 * `attention` (it may have arrived: the customer decides), `sent`.
 */
export type SubmissionState = 'idle' | 'sending' | 'queued' | 'attention' | 'sent';

interface SubmissionHost extends ReactiveControllerHost {
  readonly clock: Clock;
}

export interface SubmissionOptions<R> {
  /** The client that sends (in the customer's language). */
  client: () => HelpkitClient | undefined;
  /** The client whose outbox keeps the customer's entries (the shared one). */
  storage: () => HelpkitClient | undefined;
  kind: OutboxInput['kind'];
  /** The draft the submission was written in: entries are found again by it after a reload. */
  draftKey: () => string;
  /** Filed (now, or later from the queue). */
  sent: (result: R) => void;
  /** In the outbox: `error` says why it is not sent yet. */
  queued: (error: unknown) => void;
  /** Sent, but the answer could not be confirmed. */
  attention: () => void;
  /** Refused by the server (a 4xx): the words go back to the customer. */
  rejected: (error: unknown) => void | Promise<void>;
}

/**
 * Sends a form through the outbox and follows it there: sent at once or later (even after a
 * reload), queued with the reason, needing attention (send again, or take the words back), or
 * refused. Reusable by any form that sends through the outbox (tickets, replies, callbacks).
 */
export class SubmissionController<R> implements ReactiveController {
  state: SubmissionState = 'idle';
  result?: R;
  /** Why a queued submission is not sent yet, in words. */
  message?: Message;
  /** The subject of the entry needing attention, so the customer knows which one it is. */
  subject?: string;
  /** The outbox entry followed (queued or needing attention). */
  private key?: string;
  private unsubscribe: (() => void)[] = [];

  constructor(
    private host: SubmissionHost,
    private options: SubmissionOptions<R>,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    if (!this.unsubscribe.length) this.listen();
  }

  hostDisconnected(): void {
    for (const off of this.unsubscribe.splice(0)) off();
  }

  /** Back to writing, following nothing. */
  reset(): void {
    this.state = 'idle';
    this.key = undefined;
    this.subject = undefined;
    this.result = undefined;
    this.message = undefined;
    this.host.requestUpdate();
  }

  /** Starts over for the current customer: follows their outbox and finds what waits from this form. */
  async resume(signal?: AbortSignal): Promise<void> {
    this.reset();
    this.listen();
    const waiting = (await this.options.storage()?.outbox.list().catch(() => []))?.find((r) => r.kind === this.options.kind && r.draftKey === this.options.draftKey());
    if (!waiting || signal?.aborted) return;
    this.key = waiting.key;
    if (waiting.attention) this.subject = waiting.body.subject as string | undefined;
    this.set(waiting.attention ? 'attention' : 'queued');
  }

  async send(input: Omit<OutboxInput, 'kind' | 'draftKey'>): Promise<void> {
    if (this.state !== 'idle') return; // a second click while sending does nothing
    this.set('sending');
    try {
      const result = await this.options.client()!.outbox.submit<R>({ ...input, kind: this.options.kind, draftKey: this.options.draftKey() });
      if (result.state === 'sent') this.sent(result.result);
      else if (result.state === 'attention') this.needsAttention(result.key, input.body.subject);
      else this.queue(result.key, result.error);
    } catch (error) {
      await this.refused(error);
    }
  }

  /** "Send it again" for an entry needing attention (a new Idempotency-Key). */
  async sendAgain(): Promise<void> {
    const key = this.key;
    if (!key) return;
    this.set('sending');
    try {
      const result = await this.options.client()!.outbox.retry<R>(key);
      if (result.state === 'sent') this.sent(result.result);
      else if (result.state === 'attention') this.needsAttention(key);
      else this.queue(key, result.error);
    } catch (error) {
      await this.refused(error);
    }
  }

  /** "Try again" for a queued entry; inside the server's Retry-After it says how long is left. */
  async retry(): Promise<void> {
    this.message = undefined;
    this.host.requestUpdate();
    const summary = await this.options.client()!.outbox.flush();
    if (!summary.remaining || this.state !== 'queued') return;
    const record = (await this.options.storage()!.outbox.list()).find((r) => r.key === this.key);
    const wait = Math.ceil(((record?.notBefore ?? 0) - this.host.clock.now()) / 1000);
    if (record?.lastError?.kind === 'rate_limit' && wait > 0) this.message = { key: 'error.rateLimit', params: { seconds: wait } };
    else if (record?.lastError) this.message = messageFor(record.lastError, 'send');
    this.host.requestUpdate();
  }

  /** Takes the entry out of the outbox and returns the draft it was sent from. */
  async takeBack(): Promise<unknown> {
    const outbox = this.options.storage()!.outbox;
    const key = this.key;
    const record = (await outbox.list().catch(() => [])).find((r) => r.key === key);
    if (key) await outbox.discard(key).catch(() => undefined);
    this.reset();
    return record?.draft;
  }

  private listen(): void {
    const client = this.options.storage();
    for (const off of this.unsubscribe.splice(0)) off();
    if (!client) return;
    const ours = (record: OutboxRecord) =>
      record.owner === client.owner && (record.key === this.key || (record.kind === this.options.kind && record.draftKey === this.options.draftKey()));
    this.unsubscribe.push(
      client.outbox.on('sent', (record, outcome) => ours(record) && this.sent(outcome.result as R)),
      client.outbox.on('rejected', (record, outcome) => ours(record) && void this.refused(outcome.error)),
      client.outbox.on('attention', (record) => ours(record) && this.needsAttention(record.key, record.body.subject)),
    );
  }

  private sent(result: R): void {
    if (this.state === 'sent') return;
    this.result = result;
    this.key = undefined;
    this.message = undefined;
    this.set('sent');
    this.options.sent(result);
  }

  private queue(key: string, error: unknown): void {
    this.key = key;
    this.message = error ? messageFor(error, 'send') : undefined;
    this.set('queued');
    this.options.queued(error);
  }

  private needsAttention(key: string, subject?: unknown): void {
    this.key = key;
    if (typeof subject === 'string') this.subject = subject;
    this.message = undefined;
    this.set('attention');
    this.options.attention();
  }

  private async refused(error: unknown): Promise<void> {
    this.key = undefined;
    this.set('idle');
    await this.options.rejected(error);
  }

  private set(state: SubmissionState): void {
    this.state = state;
    this.host.requestUpdate();
  }
}
