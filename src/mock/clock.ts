// The mock's one clock. Everything that reads time reads it here, so tests move time with
// `advance` (or their own injected clock) instead of sleeping, and a frozen start makes dates repeatable.

export const MINUTE = 60_000;
export const HOUR = 60 * MINUTE;
export const DAY = 24 * HOUR;

/** A clock to share with the code under test; the SDK's `Clock` fits. */
export interface TimeSource {
  /** Milliseconds since the epoch, like Date.now(). */
  now(): number;
  /** Resolves after `ms` on this clock; without it, the mock waits on a real timer. */
  sleep?(ms: number): Promise<void>;
}

const realTime: TimeSource = { now: () => Date.now() };

export class MockClock {
  private offset = 0;
  private source: TimeSource;

  /** The injected `clock` if given; else frozen at `startAt` if given; else real time. */
  constructor({ clock, startAt }: { clock?: TimeSource; startAt?: string | number | Date }) {
    const frozen = startAt === undefined ? undefined : new Date(startAt).getTime();
    this.source = clock ?? (frozen === undefined ? realTime : { now: () => frozen });
  }

  /** The current time in ms: the source's, plus every `advance`. */
  readonly now = (): number => this.source.now() + this.offset;

  advance(ms: number): void {
    this.offset += ms;
  }

  /** An instant as the protocol writes it; the current time by default. */
  iso(ms = this.now()): string {
    return new Date(ms).toISOString();
  }

  /**
   * Waits `ms`, for the simulated network latency. On a real timer unless the injected clock can
   * sleep: the client under test measures its timeouts on its own clock, so a wait on the frozen
   * mock clock would never end.
   */
  wait(ms: number): Promise<void> {
    return this.source.sleep ? this.source.sleep(ms) : new Promise((resolve) => setTimeout(resolve, ms));
  }
}
