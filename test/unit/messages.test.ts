// Every way the SDK can fail, in the words a customer reads: one map for every element.
import { expect } from '@open-wc/testing';
import {
  AuthError,
  BadResponseError,
  ConfigError,
  ConflictError,
  HelpkitError,
  NetworkError,
  NotFoundError,
  ProtocolError,
  RateLimitError,
  ServerError,
  TimeoutError,
  ValidationError,
} from '../../src/sdk/index.js';
import { messageFor, troubleOf } from '../../src/internal/messages.js';

const problem = (status: number) => ({ type: 'about:blank', title: 'x', status });

describe('messages: errors in the customer’s words', () => {
  const cases: [string, unknown, string, string][] = [
    ['a timeout', new TimeoutError(), 'error.timeout', 'faq.searchSlow'],
    ['429', new RateLimitError(problem(429), 7), 'error.rateLimit', 'faq.searchBusy'],
    ['500', new ServerError(500, problem(500)), 'error.server', 'faq.searchFailed'],
    ['an unreadable answer', new BadResponseError(200, 'not JSON'), 'error.badResponse', 'faq.searchFailed'],
    ['a wrong-shaped answer', new ProtocolError(201, 'ticket.id', 'missing'), 'error.badResponse', 'faq.searchFailed'],
    ['401', new AuthError(401, problem(401)), 'error.auth', 'faq.searchFailed'],
    ['409', new ConflictError(problem(409)), 'error.conflict', 'faq.searchFailed'],
    ['404', new NotFoundError(problem(404)), 'error.notFound', 'faq.searchFailed'],
    ['422 about no field', new ValidationError(422, problem(422)), 'error.refused', 'faq.searchFailed'],
    ['an unnamed 4xx', new HelpkitError('http', 418, 'teapot', problem(418)), 'error.refused', 'faq.searchFailed'],
    ['an unnamed 5xx', new HelpkitError('http', 599, 'odd', problem(599)), 'error.server', 'faq.searchFailed'],
    ['a setup mistake', new ConfigError('identity may hold only ASCII'), 'error.setup', 'faq.searchFailed'],
    ['a thrown non-error', 'boom', 'error.server', 'faq.searchFailed'],
  ];
  for (const [what, error, send, search] of cases) {
    it(`${what}: “${send}” when sending, “${search}” when searching`, () => {
      expect(messageFor(error, 'send').key).to.equal(send);
      expect(messageFor(error, 'search').key).to.equal(search);
    });
  }

  it('a 429 says how long to wait, at least a second', () => {
    expect(messageFor(new RateLimitError(problem(429), 7)).params).to.deep.equal({ seconds: 7 });
    expect(messageFor(new RateLimitError(problem(429), 0)).params).to.deep.equal({ seconds: 1 });
  });

  it('no answer is "offline" only when the device is; otherwise our server was unreachable', () => {
    const online = new NetworkError();
    expect(troubleOf(online)).to.equal(navigator.onLine ? 'unreachable' : 'offline');
    Object.defineProperty(navigator, 'onLine', { configurable: true, get: () => false });
    try {
      expect(troubleOf(new NetworkError())).to.equal('offline');
      expect(messageFor(new NetworkError(), 'search').key).to.equal('faq.searchOffline');
    } finally {
      delete (navigator as unknown as { onLine?: boolean }).onLine;
    }
    expect(messageFor(online, 'search').key).to.equal('faq.searchUnreachable');
  });

  it('a stored outbox error (plain data) maps as the error it was', () => {
    expect(messageFor({ kind: 'rate_limit', status: 429, retryAfter: 12 }).params).to.deep.equal({ seconds: 12 });
    expect(messageFor({ kind: 'timeout', status: 0 }).key).to.equal('error.timeout');
  });
});
