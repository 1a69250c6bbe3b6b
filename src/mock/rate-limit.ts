// Fixed-window counters on the mock's clock, so tests move time with `advance` instead of waiting.
import { HttpProblem } from './problem.js';

export interface Window {
  limit: number;
  windowMs: number;
}

export class RateLimiter {
  private windows = new Map<string, { start: number; count: number }>();

  constructor(private now: () => number) {}

  /** Counts one use of `key`; returns the headers to send, or throws 429 once over the limit. */
  hit(key: string, { limit, windowMs }: Window, what = 'requests'): Record<string, string> {
    const now = this.now();
    let w = this.windows.get(key);
    if (!w || now >= w.start + windowMs) this.windows.set(key, (w = { start: now, count: 0 }));
    const reset = Math.max(1, Math.ceil((w.start + windowMs - now) / 1000));
    if (w.count >= limit) throw tooMany(limit, 0, reset, `Too many ${what}; try again in ${reset} seconds.`);
    w.count++;
    return rateHeaders(limit, limit - w.count, reset);
  }

  /** Whether `key` is over its limit now, without counting a use. */
  over(key: string, { limit, windowMs }: Window): boolean {
    const w = this.windows.get(key);
    return !!w && this.now() < w.start + windowMs && w.count >= limit;
  }
}

export function rateHeaders(limit: number, remaining: number, resetSeconds: number): Record<string, string> {
  return { 'RateLimit-Limit': String(limit), 'RateLimit-Remaining': String(remaining), 'RateLimit-Reset': String(resetSeconds) };
}

export function tooMany(limit: number, remaining: number, retryAfter: number, detail: string): HttpProblem {
  return new HttpProblem(429, 'Too many requests', detail, undefined, { 'Retry-After': String(retryAfter), ...rateHeaders(limit, remaining, retryAfter) });
}

/**
 * The mailbox an address reaches, for counting only: width and compatibility forms folded (NFKC),
 * invisible format characters and quotes dropped, lower case, no `+tag`, no trailing dot. So
 * `"ava"@EXAMPLE.com.`, `ａｖａ@example.com` and `ava+1@example.com` share one limit with ava@example.com.
 */
export function mailbox(email: string): string {
  const folded = email.normalize('NFKC').replace(/[\p{Cf}\s"]/gu, '').toLowerCase();
  const at = folded.lastIndexOf('@');
  if (at < 0) return folded;
  return `${folded.slice(0, at).split('+')[0]}@${folded.slice(at + 1).replace(/\.+$/, '')}`;
}
