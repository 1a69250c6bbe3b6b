// The one delay rule and Retry-After reading that ky's retries, uploads, watch() and the outbox share.
import { expect } from '@open-wc/testing';
import { backoffDelay, retryAfterMs, waitMs } from '../../src/sdk/backoff.js';
import { parseRetryAfter } from '../../src/sdk/index.js';

describe('backoff', () => {
  const rule = { first: 300, cap: 8000 };

  it('doubles from `first` and stops at `cap`', () => {
    const top = (attempt: number) => backoffDelay(attempt, rule, () => 1);
    expect([1, 2, 3, 4, 5, 6, 7, 30].map(top)).to.deep.equal([300, 600, 1200, 2400, 4800, 8000, 8000, 8000]);
  });

  it('jitter keeps between half and all of the delay', () => {
    expect(backoffDelay(3, rule, () => 0)).to.equal(600);
    expect(backoffDelay(3, rule, () => 0.5)).to.equal(900);
    expect(backoffDelay(10, rule, () => 0)).to.equal(4000);
  });

  it('reads Retry-After as seconds or an HTTP date, and RateLimit-Reset when Retry-After is absent', () => {
    const now = Date.parse('2026-03-02T08:30:00Z');
    const read = (headers: Record<string, string>) => retryAfterMs(new Headers(headers), now);
    expect(read({ 'Retry-After': '120' })).to.equal(120_000);
    expect(read({ 'Retry-After': '1.5' })).to.equal(1500);
    expect(read({ 'Retry-After': '-4' })).to.equal(0);
    expect(read({ 'Retry-After': 'Mon, 02 Mar 2026 08:31:00 GMT' })).to.equal(60_000);
    expect(read({ 'Retry-After': 'Mon, 02 Mar 2026 08:00:00 GMT' })).to.equal(0);
    expect(read({ 'RateLimit-Reset': '25' })).to.equal(25_000);
    expect(read({ 'Retry-After': '2', 'RateLimit-Reset': '25' })).to.equal(2000);
    const unreadable: Record<string, string>[] = [{}, { 'Retry-After': 'soon' }, { 'Retry-After': '' }, { 'Retry-After': 'Tue, 99 Foo 20xx' }];
    for (const headers of unreadable) {
      expect(read(headers)).to.equal(undefined);
    }
    expect(waitMs(null, now)).to.equal(undefined);
  });

  it('errors report the same reading in seconds (a date rounded up)', () => {
    const now = Date.parse('2026-03-02T08:30:00Z');
    expect(parseRetryAfter('120', now)).to.equal(120);
    expect(parseRetryAfter('Mon, 02 Mar 2026 08:30:01 GMT', now - 500)).to.equal(2);
    expect(parseRetryAfter('soon', now)).to.equal(0);
    expect(parseRetryAfter(null, now)).to.equal(0);
  });
});
