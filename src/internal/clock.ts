import { realClock, type Clock } from '../sdk/index.js';

/**
 * Time as elements and their controllers see it: the SDK's `Clock`, injected through every
 * element's `clock` property, so tests move time forward instead of sleeping through debounces.
 */
export { realClock, type Clock };

/** One pending call at a time: starting it again replaces the one waiting (a debounce). */
export class Timer {
  private abort?: AbortController;

  constructor(private clock: () => Clock) {}

  start(ms: number, run: () => void): void {
    this.cancel();
    const abort = (this.abort = new AbortController());
    this.clock()
      .sleep(ms, abort.signal)
      .then(
        () => {
          if (this.abort !== abort) return;
          this.abort = undefined;
          run();
        },
        () => undefined, // cancelled
      );
  }

  cancel(): void {
    this.abort?.abort();
    this.abort = undefined;
  }

  get waiting(): boolean {
    return this.abort !== undefined;
  }
}
