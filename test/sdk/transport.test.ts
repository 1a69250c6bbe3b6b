// The SDK's HTTP layer under hostile or careless conditions: headers that would make a call hang,
// local mistakes that must not look like outages, redirects, dot-segment ids, tokens in URLs.
import { expect } from '@open-wc/testing';
import { setupWorker, type SetupWorker } from 'msw/browser';
import { http as route, HttpResponse, type HttpResponseResolver } from 'msw';
import { createClient, type ClientOptions, type HelpkitClient } from '../../src/sdk/index.js';
import { anySignal, expandPath, Http, normalizeBaseUrl } from '../../src/sdk/http.js';
import { testClock } from '../helpers/index.js';

// Own fakes rather than the mock backend: these tests are about what leaves the SDK, byte for byte.
const uniqueBase = () => `https://support-${Math.random().toString(36).slice(2, 10)}.example.test/api/v1`;
const identity = 'eyJhbGciOiJFUzI1NiJ9.eyJzdWIiOiJhdmEifQ.c2ln';
const sampleTicket = {
  name: 'Ava Lind',
  email: 'ava@example.com',
  subject: 'The printer will not connect',
  body: 'It blinks orange and never joins the network.',
  categoryId: 'technical',
  locale: 'en',
};

let worker: SetupWorker | undefined;
const clients: HelpkitClient[] = [];

interface Seen {
  url: string;
  method: string;
  credentials: string;
  identity: string | null;
  key: string | null;
  authorization: string | null;
  body: string;
}

/** Requests that reached the fake network, in order. */
let seen: Seen[] = [];

/** Routes every request under `base` to `answer`, recording it first. */
async function serve(base: string, answer: (request: Request, n: number) => Response | Promise<Response>): Promise<void> {
  await startWorker();
  const resolver: HttpResponseResolver = async ({ request }) => {
    seen.push({
      url: request.url,
      method: request.method,
      credentials: request.credentials,
      identity: request.headers.get('Helpkit-Identity'),
      key: request.headers.get('Idempotency-Key'),
      authorization: request.headers.get('Authorization'),
      body: await request.clone().text(),
    });
    return answer(request, seen.filter((s) => s.url.startsWith(base)).length);
  };
  worker!.use(route.all(`${base}/*`, resolver));
}

async function startWorker(): Promise<void> {
  if (worker) return;
  worker = setupWorker();
  await worker.start({ serviceWorker: { url: '/mockServiceWorker.js' }, quiet: true, onUnhandledRequest: 'bypass' });
}

function client(baseUrl: string, options: Partial<ClientOptions> = {}): HelpkitClient {
  const c = createClient({ baseUrl, retry: { limit: 2, backoffLimit: 50 }, autoFlush: false, ...options });
  clients.push(c);
  return c;
}

const problem = (status: number, headers: Record<string, string> = {}) =>
  HttpResponse.json({ type: 'about:blank', title: 'No', status }, { status, headers: { 'Content-Type': 'application/problem+json', ...headers } });

const config = { name: 'Support', locale: 'en' };

/** The rejection of `promise`, or a failure if it resolved. */
async function rejection(promise: Promise<unknown>): Promise<Error & Record<string, unknown>> {
  try {
    await promise;
  } catch (error) {
    return error as Error & Record<string, unknown>;
  }
  throw new Error('expected the call to fail');
}

/** Calling `fn` throws (synchronously); returns what it threw. */
function thrown(fn: () => unknown): Error & Record<string, unknown> {
  try {
    fn();
  } catch (error) {
    return error as Error & Record<string, unknown>;
  }
  throw new Error('expected a throw');
}

describe('SDK transport', () => {
  let release: () => void = () => {};
  beforeEach(() => {
    seen = [];
  });
  afterEach(() => {
    release();
    for (const c of clients.splice(0)) c.close();
    worker?.resetHandlers();
  });
  after(() => {
    worker?.stop();
    worker = undefined;
  });

  describe('retries never hang', () => {
    it('an unreadable Retry-After on 503 means the normal backoff, not a 24-day wait', async () => {
      const base = uniqueBase();
      await serve(base, (_, n) => (n === 1 ? problem(503, { 'Retry-After': 'soon' }) : HttpResponse.json(config)));
      const answer = await client(base).config();
      expect(answer.name).to.equal('Support');
      expect(seen.length).to.equal(2);
    });

    it('an unreadable Retry-After on 429 means the normal backoff too', async () => {
      const base = uniqueBase();
      await serve(base, (_, n) => (n === 1 ? problem(429, { 'Retry-After': 'Tue, 99 Foo 20xx' }) : HttpResponse.json(config)));
      expect((await client(base).config()).name).to.equal('Support');
      expect(seen.length).to.equal(2);
    });

    it('a RateLimit-Reset longer than maxRetryAfter is not waited out: RateLimitError at once', async () => {
      const base = uniqueBase();
      await serve(base, () => problem(429, { 'RateLimit-Reset': '25' }));
      const error = await rejection(client(base).config());
      expect(error.name).to.equal('RateLimitError');
      expect(error.retryAfter).to.equal(25);
      expect(seen.length).to.equal(1);
    });

    it('a call ends at its deadline, attempts and waits included', async () => {
      const base = uniqueBase();
      // Every answer asks for one more second: without a deadline ten retries take ten seconds.
      await serve(base, () => problem(503, { 'Retry-After': '1' }));
      const clock = testClock({ auto: true });
      const error = await rejection(client(base, { retry: { limit: 10 }, deadline: 1500, clock }).config());
      expect([error.name, error.retryable, error.retryAfter]).to.deep.equal(['ServerError', true, 1]);
      // One second waited; the next one would end past the deadline, so the call ends instead.
      expect([seen.length, clock.slept]).to.deep.equal([2, [1000]]);
    });

    it('waits between attempts follow the backoff: doubling, capped, jittered', async () => {
      const base = uniqueBase();
      await serve(base, () => problem(500));
      const clock = testClock({ auto: true });
      await rejection(client(base, { retry: { limit: 5, backoffLimit: 1000 }, clock }).config());
      expect(seen.length).to.equal(6);
      const [a, b, c, d, e] = clock.slept as [number, number, number, number, number];
      // 300, 600, 1000, 1000, 1000 before jitter; jitter keeps between half and all of each.
      expect([a >= 150 && a <= 300, b >= 300 && b <= 600, [c, d, e].every((ms) => ms >= 500 && ms <= 1000)]).to.deep.equal([true, true, true]);
    });

    it('a server that never answers is given up at the deadline, with a retryable TimeoutError', async function () {
      this.timeout(6000);
      const base = uniqueBase();
      const stuck = new Promise<void>((resolve) => (release = resolve));
      await serve(base, () => stuck.then(() => HttpResponse.json(config)));
      const error = await rejection(client(base, { timeout: 30_000, deadline: 300 }).config());
      expect(error.name).to.equal('TimeoutError');
      expect(error.retryable).to.equal(true);
    });

    it('a 409 idempotency-in-progress is retried with the same key; a real conflict is not', async () => {
      const base = uniqueBase();
      const conflict = (type: string, headers: Record<string, string> = {}) =>
        HttpResponse.json({ type, title: 'Conflict', status: 409 }, { status: 409, headers: { 'Content-Type': 'application/problem+json', ...headers } });
      const inProgress = 'https://helpkit.dev/problems/idempotency-in-progress';
      await serve(base, (request, n) => {
        if (request.url.endsWith('/escalations')) return conflict('https://helpkit.dev/problems/conflict');
        if (request.url.endsWith('/reopen')) return conflict(inProgress);
        return n === 1 ? conflict(inProgress, { 'Retry-After': '0' }) : HttpResponse.json({ ticket: { id: 't_1', number: 'HK-1' }, accessToken: 'tok' }, { status: 201 });
      });
      const c = client(base);
      expect((await c.tickets.create(sampleTicket)).ticket.id).to.equal('t_1');
      expect(seen.length).to.equal(2);
      expect(seen[0]!.key).to.equal(seen[1]!.key);
      seen = [];
      const real = await rejection(c.tickets.escalate('t_1', { reason: 'late' }));
      expect([real.name, real.retryable, seen.length]).to.deep.equal(['ConflictError', false, 1]);
      seen = [];
      const busy = await rejection(c.tickets.reopen('t_1'));
      expect([busy.name, busy.retryable, seen.length]).to.deep.equal(['ConflictError', true, 3]);
    });

    it('an upload with progress follows the same rules: Retry-After on the clock, one key, the deadline', async () => {
      const base = uniqueBase();
      const attachment = { id: 'a_1', name: 'a.txt', size: 1, type: 'text/plain' };
      await serve(base, (_, n) => (n > 1 ? HttpResponse.json(attachment, { status: 201 }) : problem(429, { 'Retry-After': '2' })));
      const clock = testClock({ auto: true });
      const progress: number[] = [];
      const file = new File(['x'], 'a.txt', { type: 'text/plain' });
      const uploaded = await client(base, { clock }).attachments.upload(file, { onProgress: (p) => progress.push(p.loaded / p.total) });
      expect(uploaded.id).to.equal('a_1');
      expect([seen.length, seen[0]!.key === seen[1]!.key, clock.slept, progress.at(-1)]).to.deep.equal([2, true, [2000], 1]);

      // Asked to wait past the deadline: the upload ends at once with the server's answer.
      seen = [];
      const other = uniqueBase();
      await serve(other, () => problem(503, { 'Retry-After': '1' }));
      const late = testClock({ auto: true });
      const error = await rejection(client(other, { retry: { limit: 10 }, deadline: 1500, clock: late }).attachments.upload(file, { onProgress: () => {} }));
      expect([error.name, seen.length, late.slept]).to.deep.equal(['ServerError', 2, [1000]]);
    });

    it('a 408 that is still a 408 after the retries is retryable', async () => {
      const base = uniqueBase();
      await serve(base, () => problem(408));
      const error = await rejection(client(base).config());
      expect(seen.length).to.equal(3);
      expect(error.status).to.equal(408);
      expect(error.retryable).to.equal(true);
    });
  });

  describe('local mistakes are not network errors', () => {
    it('refuses CR/LF or non-Latin-1 in identity and locale when they are set', () => {
      const base = uniqueBase();
      const bad = thrown(() => createClient({ baseUrl: base, identity: 'abc\r\nX-Evil: 1', autoFlush: false }));
      expect(bad.name).to.equal('ConfigError');
      expect(bad.retryable).to.equal(false);
      const c = client(base);
      expect(thrown(() => c.setIdentity('eyJ\nabc')).name).to.equal('ConfigError');
      expect(thrown(() => c.with({ locale: 'фа' })).name).to.equal('ConfigError');
      expect(thrown(() => c.with({ locale: 'sv\r\n' })).name).to.equal('ConfigError');
      c.setIdentity(undefined);
      expect(c.with({ locale: 'fa-IR' }).locale).to.equal('fa-IR');
    });

    it('refuses a token that cannot be a header, sending nothing', async () => {
      const base = uniqueBase();
      await serve(base, () => HttpResponse.json({}));
      const error = await rejection(client(base).tickets.get('t_1', { token: 'abc\r\ndef' }));
      expect(error.name).to.equal('ConfigError');
      expect(error.retryable).to.equal(false);
      const latin = await rejection(client(base).tickets.reply('t_1', { body: 'hi' }, { token: 'tökén' }));
      expect(latin.name).to.equal('ConfigError');
      expect(seen.length).to.equal(0);
    });

    it('an access link whose token cannot be a header is not remembered', async () => {
      const c = client(uniqueBase());
      expect(await c.tickets.openLink('https://shop.example/help#hk-ticket=t_1.abc%0D%0Adef')).to.equal(undefined);
      expect(await c.tickets.openLink('https://shop.example/help#hk-ticket=...tok')).to.equal(undefined);
      expect((await c.tracked.list()).length).to.equal(0);
    });

    it('normalizes baseUrl: no query, no fragment, no trailing slash, so one backend is one client', async () => {
      const spellings = [
        'https://support.example/api/v1',
        'https://support.example/api/v1/',
        'https://support.example/api/v1//',
        'https://support.example/api/v1?lang=sv',
        'https://support.example/api/v1/?lang=sv#faq',
        'https://support.example/api/v1#faq',
        'https://support.example/api/v1?#',
        'HTTPS://SUPPORT.example:443/api/v1/',
      ];
      expect(new Set(spellings.map(normalizeBaseUrl))).to.deep.equal(new Set(['https://support.example/api/v1']));
      expect(normalizeBaseUrl('https://support.example/')).to.equal('https://support.example');
      expect(normalizeBaseUrl('http://127.0.0.1:8080/x/?a=1#b')).to.equal('http://127.0.0.1:8080/x');
      // A relative base resolves against the page.
      expect(normalizeBaseUrl('/api/v1/?x#y')).to.equal(`${location.origin}/api/v1`);
      // What the client sends goes to the normalized base, without the query or fragment.
      const base = uniqueBase();
      await serve(base, () => HttpResponse.json(config));
      const c = client(`${base}/?token=secret#frag`);
      expect(c.baseUrl).to.equal(base);
      await c.config();
      expect(seen.map((s) => s.url)).to.deep.equal([`${base}/config`]);
    });

    it('refuses credentials and non-HTTP schemes in baseUrl', () => {
      const creds = thrown(() => createClient({ baseUrl: 'https://user:secret@support.example/api/v1' }));
      expect(creds.name).to.equal('ConfigError');
      expect(creds.message).to.not.contain('secret');
      expect(thrown(() => createClient({ baseUrl: 'javascript:alert(1)//' })).name).to.equal('ConfigError');
      expect(thrown(() => createClient({ baseUrl: 'http://[bad' })).name).to.equal('ConfigError');
    });

    it('an abort with a reason of its own stays an AbortError', async () => {
      const base = uniqueBase();
      const stuck = new Promise<void>((resolve) => (release = resolve));
      await serve(base, () => stuck.then(() => HttpResponse.json(config)));
      for (const reason of ['user left', new Error('closed'), undefined]) {
        const controller = new AbortController();
        const pending = client(base).articles.search({ q: 'x' }, { signal: controller.signal });
        await until(() => seen.length > 0);
        controller.abort(reason);
        const error = await rejection(pending);
        expect(error.name).to.equal('AbortError');
        seen = [];
      }
    });

    it('combines signals where AbortSignal.any is missing (Safari before 17.4)', () => {
      const any = AbortSignal.any;
      (AbortSignal as { any?: unknown }).any = undefined;
      try {
        const [a, b] = [new AbortController(), new AbortController()];
        const both = anySignal(a.signal, b.signal);
        expect(both.aborted).to.equal(false);
        b.abort('deadline');
        a.abort('later');
        expect([both.aborted, both.reason]).to.deep.equal([true, 'deadline']);
        expect(anySignal(AbortSignal.abort('early'), new AbortController().signal).reason).to.equal('early');
      } finally {
        AbortSignal.any = any;
      }
    });

    it('an abort during a retry wait stays an AbortError', async () => {
      const base = uniqueBase();
      await serve(base, () => problem(503, { 'Retry-After': '5' }));
      const controller = new AbortController();
      const clock = testClock(); // never advanced: the wait lasts until the abort
      const pending = client(base, { retry: { limit: 2, maxRetryAfter: 10_000 }, clock }).config({ signal: controller.signal });
      await until(() => clock.slept.length > 0);
      controller.abort('bored');
      expect((await rejection(pending)).name).to.equal('AbortError');
      expect([seen.length, clock.slept]).to.deep.equal([1, [5000]]);
    });
  });

  describe('ids in paths', () => {
    it('refuses dot-segment ids instead of posting to another route', async () => {
      const base = uniqueBase();
      await serve(base, () => problem(404));
      const c = client(base, { retry: 0 });
      for (const id of ['..', '.', '']) {
        const error = await rejection(c.tickets.reply(id, { body: 'hi' }, { token: 'tok' }));
        expect(error.name).to.equal('ConfigError');
      }
      expect((await rejection(c.articles.get('..'))).name).to.equal('ConfigError');
      expect((await rejection(c.callbacks.cancel('.', { token: 'tok' }))).name).to.equal('ConfigError');
      expect(seen.length).to.equal(0);
    });

    it('encodes slashes and percent signs in ids', async () => {
      const base = uniqueBase();
      await serve(base, () => problem(404));
      const c = client(base, { retry: 0 });
      await rejection(c.tickets.get('../config', { token: 'tok' }));
      await rejection(c.tickets.get('%2e%2e', { token: 'tok' }));
      expect(seen.map((s) => s.url.slice(base.length))).to.deep.equal(['/tickets/..%2Fconfig', '/tickets/%252e%252e']);
    });
  });

  describe('identity that expires', () => {
    const jwt = (claims: object) => `eyJhbGciOiJIUzI1NiJ9.${btoa(JSON.stringify(claims)).replace(/=+$/, '')}.c2ln`;
    const expired = (status = 401, type = 'https://helpkit.dev/problems/identity-expired') =>
      HttpResponse.json({ type, title: 'Expired', status }, { status, headers: { 'Content-Type': 'application/problem+json' } });
    const list = () => HttpResponse.json({ items: [] });

    it('calls refreshIdentity once and sends the call again with the fresh token', async () => {
      const base = uniqueBase();
      const old = jwt({ sub: 'cust_1', exp: 1 });
      const fresh = jwt({ sub: 'cust_1', exp: 2 });
      await serve(base, (request) => (request.headers.get('Helpkit-Identity') === fresh ? list() : expired()));
      let calls = 0;
      const c = client(base, { identity: old, refreshIdentity: async () => (calls++, fresh) });
      const [a, b] = await Promise.all([c.tickets.list(), c.tickets.list()]);
      expect([a.length, b.length]).to.deep.equal([0, 0]);
      expect(calls).to.equal(1);
      expect(seen.map((s) => s.identity === fresh)).to.deep.equal([false, false, true, true]);
      await c.tickets.list();
      expect(seen.at(-1)!.identity).to.equal(fresh);
    });

    it('does not send the call as another customer when the hook returns someone else', async () => {
      const base = uniqueBase();
      const other = jwt({ sub: 'cust_2', exp: 2 });
      await serve(base, (request) => (request.headers.get('Helpkit-Identity') === other ? list() : expired()));
      const c = client(base, { identity: jwt({ sub: 'cust_1', exp: 1 }), refreshIdentity: () => other });
      const error = await rejection(c.tickets.list());
      expect(error.status).to.equal(401);
      expect(seen.length).to.equal(1);
    });

    it('refreshes for an upload with progress too', async () => {
      const base = uniqueBase();
      const fresh = jwt({ sub: 'cust_1', exp: 2 });
      await serve(base, (request) =>
        request.headers.get('Helpkit-Identity') === fresh
          ? HttpResponse.json({ id: 'a_1', name: 'a.txt', size: 1, type: 'text/plain' }, { status: 201 })
          : expired(),
      );
      const c = client(base, { identity: jwt({ sub: 'cust_1', exp: 1 }), refreshIdentity: () => fresh });
      const attachment = await c.attachments.upload(new File(['x'], 'a.txt', { type: 'text/plain' }), { onProgress: () => {} });
      expect(attachment.id).to.equal('a_1');
      expect(seen.length).to.equal(2);
    });

    it('asks nothing for an invalid identity, and retries an expired one only once', async () => {
      const base = uniqueBase();
      await serve(base, (_, n) => (n === 1 ? expired(401, 'https://helpkit.dev/problems/identity-invalid') : expired()));
      let calls = 0;
      const c = client(base, { identity: jwt({ sub: 'cust_1' }), refreshIdentity: () => jwt({ sub: 'cust_1', n: ++calls }) });
      expect((await rejection(c.tickets.list())).status).to.equal(401);
      expect(calls).to.equal(0);
      expect((await rejection(c.tickets.list())).status).to.equal(401);
      expect(calls).to.equal(1);
      expect(seen.length).to.equal(3);
    });
  });

  describe('what every request carries', () => {
    it('sends no cookies (credentials: omit)', async () => {
      const base = uniqueBase();
      await serve(base, () => HttpResponse.json({ items: [] }));
      await client(base).tickets.list();
      expect(seen[0]!.credentials).to.equal('omit');
    });

    it('refuses an Idempotency-Key outside the protocol’s alphabet and length, sending nothing', async () => {
      const base = uniqueBase();
      await serve(base, () => HttpResponse.json({}, { status: 202 }));
      const c = client(base);
      for (const key of ['short', 'has space in it', 'x'.repeat(256), 'ключ-ключ-ключ']) {
        expect((await rejection(c.tickets.requestAccessLinks('ava@example.com', { idempotencyKey: key }))).name).to.equal('ConfigError');
      }
      expect(seen.length).to.equal(0);
      await c.tickets.requestAccessLinks('ava@example.com', { idempotencyKey: 'a1:b2.c3_d4~e5-f6' });
      expect(seen[0]!.key).to.equal('a1:b2.c3_d4~e5-f6');
    });
  });

  describe('protocol 1.1 calls', () => {
    const t = (id: string) => ({ id, number: `HK-${id}`, status: 'open', messages: [] });

    it('tickets.list follows nextCursor to the last page; page() and messages() hand the cursor back', async () => {
      const base = uniqueBase();
      await serve(base, (request) => {
        const url = new URL(request.url);
        if (url.pathname.endsWith('/messages')) return HttpResponse.json({ items: [{ id: 'm_1', body: 'hi' }], nextCursor: 'older' });
        const cursor = url.searchParams.get('cursor');
        if (!cursor) return HttpResponse.json({ items: [t('3'), t('2')], nextCursor: 'after-2' });
        return HttpResponse.json({ items: [t('1')] });
      });
      const c = client(base, { identity });
      expect((await c.tickets.list()).map((x) => x.id)).to.deep.equal(['3', '2', '1']);
      expect(seen.map((s) => new URL(s.url).search)).to.deep.equal(['?limit=100', '?cursor=after-2&limit=100']);
      const first = await c.tickets.page({ limit: 2 });
      expect(first.nextCursor).to.equal('after-2');
      const messages = await c.tickets.messages('t_1', { cursor: 'newer', limit: 20 }, { token: 'tok' });
      expect(messages.nextCursor).to.equal('older');
      expect(seen.at(-1)!.url).to.equal(`${base}/tickets/t_1/messages?cursor=newer&limit=20`);
      expect(seen.at(-1)!.authorization).to.equal('Bearer tok');
    });

    it('tickets.list stops when a backend repeats a cursor', async () => {
      const base = uniqueBase();
      await serve(base, () => HttpResponse.json({ items: [t('1')], nextCursor: 'same' }));
      expect((await client(base, { identity }).tickets.list()).length).to.equal(2);
      expect(seen.length).to.equal(2);
    });

    it('forgets a remembered token the backend calls expired or revoked, and only then', async () => {
      const base = uniqueBase();
      const expiredToken = (status: number, type: string) =>
        HttpResponse.json({ type, title: 'No', status }, { status, headers: { 'Content-Type': 'application/problem+json' } });
      await serve(base, (request) => {
        const path = new URL(request.url).pathname;
        if (path.endsWith('/t_old')) return expiredToken(401, 'https://helpkit.dev/problems/access-token-expired');
        if (path.endsWith('/c_old')) return expiredToken(401, 'https://helpkit.dev/problems/access-token-expired');
        return expiredToken(403, 'https://helpkit.dev/problems/forbidden');
      });
      const c = client(base);
      await c.tracked.remember('ticket', 't_old', 'tok-1');
      await c.tracked.remember('callback', 'c_old', 'tok-2');
      await c.tracked.remember('ticket', 't_other', 'tok-3');
      expect((await rejection(c.tickets.get('t_old'))).status).to.equal(401);
      expect((await rejection(c.callbacks.get('c_old'))).status).to.equal(401);
      expect((await rejection(c.tickets.reply('t_other', { body: 'hi' }))).status).to.equal(403);
      expect(seen.map((s) => s.authorization)).to.deep.equal(['Bearer tok-1', 'Bearer tok-2', 'Bearer tok-3']);
      expect((await c.tracked.list()).map((i) => i.id)).to.deep.equal(['t_other']);
    });

    it('watch() stops polling on refused credentials and forgets an expired remembered token', async () => {
      const base = uniqueBase();
      await serve(base, (_, n) =>
        n === 1
          ? HttpResponse.json(t('t_1'), { headers: { ETag: '"1"' } })
          : HttpResponse.json(
              { type: 'https://helpkit.dev/problems/access-token-expired', title: 'Expired', status: 401 },
              { status: 401, headers: { 'Content-Type': 'application/problem+json' } },
            ),
      );
      const clock = testClock();
      const c = client(base, { clock });
      await c.tracked.remember('ticket', 't_1', 'tok-1');
      const errors: number[] = [];
      const changes: string[] = [];
      const stop = c.tickets.watch('t_1', (ticket) => changes.push(ticket.id), { interval: 20, onError: (e) => errors.push(e.status) });
      try {
        await until(() => (clock.advance(20), errors.length > 0));
        expect(await c.tracked.get('ticket', 't_1')).to.equal(undefined);
        // Ten intervals: a watcher still polling would have sent more.
        for (let i = 0; i < 10; i++) clock.advance(20);
        await new Promise((r) => setTimeout(r, 50));
        expect([changes, errors, seen.length]).to.deep.equal([['t_1'], [401], 2]);
      } finally {
        stop();
      }
    });

    it('callbacks.reschedule sends PATCH /callbacks/{id} with its token', async () => {
      const base = uniqueBase();
      await serve(base, () => HttpResponse.json({ id: 'c_1', status: 'scheduled', asap: false, phoneMasked: '+46 ••• ••• 67', scheduledFor: '2026-03-03T09:00:00Z' }));
      const moved = await client(base).callbacks.reschedule('c_1', { slotStart: '2026-03-03T09:00:00Z' }, { token: 'tok' });
      expect(moved.scheduledFor).to.equal('2026-03-03T09:00:00Z');
      expect([seen[0]!.method, seen[0]!.url.slice(base.length), seen[0]!.authorization, seen[0]!.body]).to.deep.equal([
        'PATCH',
        '/callbacks/c_1',
        'Bearer tok',
        JSON.stringify({ slotStart: '2026-03-03T09:00:00Z' }),
      ]);
    });
  });

  describe('typed paths', () => {
    it('takes paths, parameters and queries from the protocol document (the typecheck refuses others)', () => {
      const http = new Http({ baseUrl: uniqueBase() });
      // Never called: these lines are here for `tsc`, which fails if any of them stops being an error.
      void (() => [
        // @ts-expect-error a path the protocol does not have
        http.json({ method: 'get', path: '/tickets/{id}/notes', params: { id: 't_1' } }),
        // @ts-expect-error a parameter the path does not have
        http.json({ method: 'get', path: '/tickets/{id}', params: { ticketId: 't_1' } }),
        // @ts-expect-error the path's parameter is missing
        http.json({ method: 'get', path: '/tickets/{id}' }),
        // @ts-expect-error a method the path does not answer
        http.json({ method: 'delete', path: '/tickets' }),
        // @ts-expect-error a query parameter the operation does not have
        http.json({ method: 'get', path: '/articles', searchParams: { query: 'x' } }),
      ]);
      expect(expandPath('/tickets/{id}/messages', { id: 'a/b c' })).to.equal('tickets/a%2Fb%20c/messages');
      expect(() => expandPath('/tickets/{id}/messages', { id: '..' })).to.throw('not an id');
    });
  });

  describe('redirects', () => {
    // Chromium and Firefox hand a service worker's 3xx to a manual-redirect fetch back as an opaque
    // redirect (ProtocolError); WebKit turns it into a network error. Either way nothing follows it.
    const expectRefusedRedirect = (error: Error & Record<string, unknown>) =>
      expect(['ProtocolError', 'NetworkError']).to.include(error.name);

    it('does not follow a redirect to another origin, so identity and key stay home', async () => {
      const home = uniqueBase();
      const elsewhere = uniqueBase();
      await serve(elsewhere, () => HttpResponse.json({ ticket: { id: 't_x', number: 'HK-1' }, accessToken: 'x' }, { status: 201 }));
      await serve(home, () => new Response(null, { status: 307, headers: { Location: `${elsewhere}/tickets` } }));
      const c = client(home, { identity: identity });
      const error = await rejection(c.tickets.create(sampleTicket));
      expect(seen.filter((s) => !s.url.startsWith(home)).length).to.equal(0);
      expect(seen.length).to.be.greaterThan(0);
      expectRefusedRedirect(error);
    });

    it('never accepts what a redirect answered to an upload with progress (XMLHttpRequest follows it)', async () => {
      const home = uniqueBase();
      const elsewhere = uniqueBase();
      await serve(elsewhere, () => HttpResponse.json({ id: 'a_x', name: 'a.txt', size: 1, type: 'text/plain' }, { status: 201 }));
      // 303 rather than 307: Firefox's service worker stops answering after replaying an XHR upload body.
      await serve(home, () => new Response(null, { status: 303, headers: { Location: `${elsewhere}/attachments` } }));
      const c = client(home, { retry: 0 });
      const error = await rejection(c.attachments.upload(new File(['x'], 'a.txt', { type: 'text/plain' }), { onProgress: () => {} }));
      expectRefusedRedirect(error);
    });

    it('does not follow a redirect on a GET either', async () => {
      const home = uniqueBase();
      const elsewhere = uniqueBase();
      await serve(elsewhere, () => HttpResponse.json(config));
      await serve(home, () => new Response(null, { status: 302, headers: { Location: `${elsewhere}/config` } }));
      const error = await rejection(client(home, { identity: identity }).config());
      expect(seen.filter((s) => !s.url.startsWith(home)).length).to.equal(0);
      expectRefusedRedirect(error);
    });
  });

  describe('responses of the wrong shape', () => {
    it('a 201 {} to a create is a ProtocolError, not a TypeError, and not retryable', async () => {
      const base = uniqueBase();
      await serve(base, () => HttpResponse.json({}, { status: 201 }));
      const c = client(base);
      const error = await rejection(c.tickets.create(sampleTicket));
      expect(error.name).to.equal('ProtocolError');
      expect(error.retryable).to.equal(false);
      expect(error.path).to.equal('ticket');
      expect((await c.tracked.list()).length).to.equal(0);
    });

    it('checks replies, callbacks, uploads and lists too', async () => {
      const base = uniqueBase();
      await serve(base, () => HttpResponse.json({ ticket: { id: 5 }, callback: {}, items: 'none' }, { status: 201 }));
      const c = client(base);
      const results = await Promise.all([
        rejection(c.tickets.reply('t_1', { body: 'hi' }, { token: 'tok' })),
        rejection(c.callbacks.request({ name: 'Ava', phone: '+46701234567', asap: true, locale: 'en' })),
        rejection(c.attachments.upload(new File(['x'], 'a.txt', { type: 'text/plain' }))),
        rejection(c.attachments.upload(new File(['x'], 'a.txt', { type: 'text/plain' }), { onProgress: () => {} })),
        rejection(c.tickets.list()),
        rejection(c.articles.search({ q: 'x' })),
      ]);
      expect(results.map((e) => e.name)).to.deep.equal(Array(6).fill('ProtocolError'));
    });
  });

  describe('tokens stay out of URLs', () => {
    it('sends pageUrl as origin and path only', async () => {
      const base = uniqueBase();
      await serve(base, () => HttpResponse.json({ ticket: { id: 't_1', number: 'HK-1', subject: 's' }, accessToken: 'tok' }, { status: 201 }));
      await client(base).tickets.create({ ...sampleTicket, pageUrl: 'https://shop.example/help/page?order=42&email=a@b#hk-ticket=t_0.secret' });
      expect(JSON.parse(seen[0]!.body).pageUrl).to.equal('https://shop.example/help/page');
    });

    it('openLink removes #hk-ticket from the address bar at once', async () => {
      const before = location.href;
      history.replaceState(history.state, '', `${location.pathname}${location.search}#hk-ticket=t_9.secret-token`);
      try {
        const c = client(uniqueBase());
        const opened = c.tickets.openLink(location.href);
        expect(location.hash).to.equal('');
        expect(await opened).to.equal('t_9');
        expect((await c.tracked.get('ticket', 't_9'))?.token).to.equal('secret-token');
      } finally {
        history.replaceState(history.state, '', before);
      }
    });

    it('openLink keeps other fragment parameters', async () => {
      const before = location.href;
      history.replaceState(history.state, '', `${location.pathname}${location.search}#tab=2&hk-ticket=t_8.tok`);
      try {
        expect(await client(uniqueBase()).tickets.openLink(location.hash)).to.equal('t_8');
        expect(location.hash).to.equal('#tab=2');
      } finally {
        history.replaceState(history.state, '', before);
      }
    });
  });
});

async function until(check: () => boolean): Promise<void> {
  for (let i = 0; i < 250 && !check(); i++) await new Promise((r) => setTimeout(r, 20));
}
