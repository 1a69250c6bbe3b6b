// Idempotency-Key as the protocol says: the first request with a key runs and its 2xx answer is
// kept (a day here); a repeat with a byte-identical body gets that answer, with another body 422,
// while the first still runs 409 with Retry-After. A refused request does not claim its key.
import { HttpProblem } from './problem.js';

export class IdempotencyStore<T> {
  private entries = new Map<string, { body: string; at: number; done?: T }>();

  constructor(
    private now: () => number,
    private retentionMs: number,
  ) {}

  /**
   * Runs `run` once per `scope` (key + method + path + caller, built by the caller of this).
   * `onReplay` is told when a stored answer is given instead.
   */
  async once(scope: string, body: string, run: () => Promise<T>, onReplay: () => void): Promise<T> {
    const now = this.now();
    for (const [k, v] of this.entries) if (now - v.at >= this.retentionMs) this.entries.delete(k);
    const seen = this.entries.get(scope);
    if (seen) {
      if (seen.body !== body) {
        throw new HttpProblem(422, 'Idempotency-Key reused', 'This Idempotency-Key was used with a different request body.', undefined, {}, 'idempotency-key-reused');
      }
      if (seen.done === undefined) {
        throw new HttpProblem(409, 'Request in progress', 'A request with this Idempotency-Key is still being processed; repeat it shortly.', undefined, { 'Retry-After': '1' }, 'idempotency-in-progress');
      }
      onReplay();
      return seen.done;
    }
    const entry: { body: string; at: number; done?: T } = { body, at: now };
    this.entries.set(scope, entry);
    try {
      entry.done = await run();
      return entry.done;
    } catch (error) {
      this.entries.delete(scope);
      throw error;
    }
  }
}
