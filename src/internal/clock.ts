/**
 * Time as elements and controllers see it. Injected (the `clock` property of every element), so
 * tests move time forward instead of sleeping through debounces.
 */
export interface Clock {
  now(): number;
  setTimeout(run: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
}

export const systemClock: Clock = {
  now: () => Date.now(),
  setTimeout: (run, ms) => setTimeout(run, ms),
  clearTimeout: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>),
};

/** One pending call at a time: starting it again replaces the one waiting (a debounce). */
export class Timer {
  private handle: unknown;
  private pending = false;

  constructor(private clock: () => Clock) {}

  start(ms: number, run: () => void): void {
    this.cancel();
    this.pending = true;
    const clock = this.clock();
    this.handle = clock.setTimeout(() => {
      this.pending = false;
      run();
    }, ms);
  }

  cancel(): void {
    if (this.pending) this.clock().clearTimeout(this.handle);
    this.pending = false;
  }

  get waiting(): boolean {
    return this.pending;
  }
}
