// A clock that tests move by hand: set it as an element's `clock`, then `advance(ms)` to fire the
// debounces that would have run by then, instead of sleeping through them.
import type { Clock } from '../../src/internal/clock.js';

interface Pending {
  at: number;
  run: () => void;
}

export class TestClock implements Clock {
  private time: number;
  private pending = new Map<number, Pending>();
  private lastId = 0;

  /** Starts at the real time (stored records carry real timestamps), unless told otherwise. */
  constructor(start = Date.now()) {
    this.time = start;
  }

  now(): number {
    return this.time;
  }

  setTimeout(run: () => void, ms: number): unknown {
    const id = ++this.lastId;
    this.pending.set(id, { at: this.time + Math.max(0, ms), run });
    return id;
  }

  clearTimeout(handle: unknown): void {
    this.pending.delete(handle as number);
  }

  /** Moves time forward by `ms`, running every timer due by then in order (those they start too). */
  advance(ms: number): void {
    const end = this.time + ms;
    for (;;) {
      const next = [...this.pending.entries()].filter(([, p]) => p.at <= end).sort(([a, p], [b, q]) => p.at - q.at || a - b)[0];
      if (!next) break;
      this.pending.delete(next[0]);
      this.time = Math.max(this.time, next[1].at);
      next[1].run();
    }
    this.time = end;
  }

  /** How many timers are waiting. */
  get waiting(): number {
    return this.pending.size;
  }
}
