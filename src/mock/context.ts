// What every part of one mock backend shares: its settings, its clock, its ids and its rate limits.
import type { MockClock } from './clock.js';
import type { IdSource } from './ids.js';
import type { MockSettings } from './options.js';
import type { RateLimiter } from './rate-limit.js';

export interface MockContext {
  readonly settings: MockSettings;
  readonly clock: MockClock;
  readonly ids: IdSource;
  readonly limiter: RateLimiter;
}
