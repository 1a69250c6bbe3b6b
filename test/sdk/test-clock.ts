// A clock for createClient({ clock }) that never waits on real time. `advance(ms)` moves it and
// wakes the sleeps that are due; with `auto`, every sleep moves the clock at once and resolves.
import type { Clock } from '../../src/sdk/index.js';

export interface TestClock extends Clock {
  /** Every sleep asked for, in ms, in order. */
  readonly slept: number[];
  advance(ms: number): void;
}

export function testClock(options: { auto?: boolean; start?: number } = {}): TestClock {
  let now = options.start ?? Date.now();
  const sleeping: { at: number; wake: () => void }[] = [];
  const clock: TestClock = {
    slept: [],
    now: () => now,
    sleep(ms, signal) {
      clock.slept.push(ms);
      if (signal?.aborted) return Promise.reject(signal.reason);
      if (options.auto) {
        now += ms;
        return Promise.resolve();
      }
      return new Promise((resolve, reject) => {
        const entry = { at: now + ms, wake: () => resolve() };
        sleeping.push(entry);
        signal?.addEventListener('abort', () => {
          const at = sleeping.indexOf(entry);
          if (at < 0) return; // already woken
          sleeping.splice(at, 1);
          reject(signal.reason);
        }, { once: true });
      });
    },
    advance(ms) {
      now += ms;
      for (const entry of sleeping.filter((s) => s.at <= now)) {
        sleeping.splice(sleeping.indexOf(entry), 1);
        entry.wake();
      }
    },
  };
  return clock;
}
