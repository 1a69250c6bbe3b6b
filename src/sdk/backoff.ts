// The one rule for waiting between attempts (ky's retries, uploads, watch(), the outbox), and the
// clock every wait and expiry is measured on, so tests can replace real time.

/** Time as the SDK sees it. Tests pass one that advances at once instead of sleeping. */
export interface Clock {
  /** Milliseconds since the epoch, like Date.now(). */
  now(): number;
  /** Resolves after `ms`, or rejects with the signal's reason when it aborts first. */
  sleep(ms: number, signal?: AbortSignal): Promise<void>;
}

export const realClock: Clock = {
  now: () => Date.now(),
  sleep(ms, signal) {
    return new Promise((resolve, reject) => {
      if (signal?.aborted) return reject(signal.reason);
      const timer = setTimeout(done, ms);
      function done() {
        signal?.removeEventListener('abort', abort);
        resolve();
      }
      function abort() {
        clearTimeout(timer);
        reject(signal!.reason);
      }
      signal?.addEventListener('abort', abort, { once: true });
    });
  },
};

export interface BackoffRule {
  /** The wait before the first retry, in ms, before jitter. */
  first: number;
  /** The longest wait, in ms. */
  cap: number;
}

/**
 * The wait before retry number `attempt` (1, 2, …): `first` doubled each time, capped, then half of
 * it plus a random part of the other half, so many clients do not retry in step.
 */
export function backoffDelay(attempt: number, rule: BackoffRule, random: () => number = Math.random): number {
  const ms = Math.min(rule.cap, rule.first * 2 ** Math.max(0, attempt - 1));
  return ms / 2 + random() * (ms / 2);
}

/**
 * The wait in ms that Retry-After (or, without it, RateLimit-Reset) asks for: delta-seconds or an
 * HTTP date. Undefined when neither is there or readable.
 */
export function retryAfterMs(headers: Headers, now: number): number | undefined {
  return waitMs(headers.get('Retry-After') ?? headers.get('RateLimit-Reset'), now);
}

/** One Retry-After value in ms (delta-seconds or an HTTP date), or undefined when unreadable. */
export function waitMs(value: string | null, now: number): number | undefined {
  if (value === null || value.trim() === '') return undefined;
  const seconds = Number(value);
  if (Number.isFinite(seconds)) return Math.max(0, seconds * 1000);
  const date = Date.parse(value);
  return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}
