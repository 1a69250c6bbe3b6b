// A clock that tests move by hand, for elements (their `clock` property) and clients
// (`createClient({ clock })`): `advance(ms)` wakes the sleeps due by then instead of waiting on real
// time. With `auto`, every sleep moves the clock at once and resolves (for retry waits).
import type { Clock } from '../../src/sdk/index.js';

interface Sleeper {
  at: number;
  wake: () => void;
}

export class TestClock implements Clock {
  /** Every sleep asked for, in ms, in order. */
  readonly slept: number[] = [];
  private time: number;
  private sleepers: Sleeper[] = [];
  private auto: boolean;

  /** Starts at the real time (stored records carry real timestamps), unless told otherwise. */
  constructor(options: { auto?: boolean; start?: number } = {}) {
    this.time = options.start ?? Date.now();
    this.auto = options.auto ?? false;
  }

  now(): number {
    return this.time;
  }

  sleep(ms: number, signal?: AbortSignal): Promise<void> {
    this.slept.push(ms);
    if (signal?.aborted) return Promise.reject(signal.reason);
    if (this.auto) {
      this.time += ms;
      return Promise.resolve();
    }
    return new Promise((resolve, reject) => {
      const sleeper: Sleeper = { at: this.time + Math.max(0, ms), wake: () => resolve() };
      this.sleepers.push(sleeper);
      signal?.addEventListener(
        'abort',
        () => {
          const at = this.sleepers.indexOf(sleeper);
          if (at < 0) return; // already woken
          this.sleepers.splice(at, 1);
          reject(signal.reason);
        },
        { once: true },
      );
    });
  }

  /**
   * Moves time forward by `ms`, waking every sleep due by then, earliest first. The clock has moved
   * when this returns; await it to also let the woken code run.
   */
  advance(ms: number): Promise<void> {
    const end = this.time + ms;
    for (;;) {
      const next = this.sleepers.filter((s) => s.at <= end).sort((a, b) => a.at - b.at)[0];
      if (!next) break;
      this.sleepers.splice(this.sleepers.indexOf(next), 1);
      this.time = Math.max(this.time, next.at);
      next.wake();
    }
    this.time = end;
    // A real task later, every promise chain the wakes started has run.
    return new Promise((resolve) => setTimeout(resolve, 0));
  }

  /** How many sleeps are waiting. */
  get waiting(): number {
    return this.sleepers.length;
  }
}

/** A TestClock; see its options. */
export const testClock = (options: { auto?: boolean; start?: number } = {}) => new TestClock(options);
