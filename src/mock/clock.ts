// The mock's one clock. Everything that reads time reads it here, so tests move time with
// `advance` instead of sleeping, and a frozen start makes dates repeatable.

export const MINUTE = 60_000;
export const HOUR = 60 * MINUTE;
export const DAY = 24 * HOUR;

export class MockClock {
  private offset = 0;

  /** `startAt` freezes time there (moved only by `advance`); without it, real time plus `advance`s. */
  constructor(private readonly frozenAt?: number) {}

  /** The current time in ms. */
  readonly now = (): number => (this.frozenAt ?? Date.now()) + this.offset;

  advance(ms: number): void {
    this.offset += ms;
  }

  /** The current time, or `ms` later, as the protocol writes instants. */
  iso(ms = this.now()): string {
    return new Date(ms).toISOString();
  }
}

/**
 * Waits `ms` of real time. Only for the simulated network latency: the client measures its own
 * timeouts on real timers, so a delay on the frozen mock clock would never end.
 */
export function networkDelay(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
