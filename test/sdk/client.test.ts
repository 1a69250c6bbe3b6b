import { expect } from '@open-wc/testing';
import {
  isAuthError,
  isConflictError,
  isNetworkError,
  isNotFoundError,
  isRateLimitError,
  isServerError,
  isTimeoutError,
  isValidationError,
  HelpkitError,
  type ValidationError,
} from '../../src/sdk/index.js';
import { createMockBackend, mockIdentity, type MockBackend } from '../../src/mock/index.js';
import { closeClients, sampleTicket, startBackend, testClient, uniqueBase, until, testClock } from '../helpers/index.js';

describe('SDK client against the mock backend (through msw)', () => {
  let backend: MockBackend;
  beforeEach(async () => {
    backend = await startBackend({ baseUrl: uniqueBase() });
  });
  afterEach(closeClients);

  describe('config', () => {
    it('returns localized settings and revalidates with ETag (304)', async () => {
      const client = testClient(backend, { locale: 'ar' });
      const config = await client.config();
      expect(config.name).to.equal('دعم نوردليس');
      expect(config.availability.openNow).to.equal(true);
      expect(config.categories.map((c) => c.id)).to.deep.equal(['orders', 'billing', 'technical', 'account']);
      const again = await client.config();
      expect(again).to.deep.equal(config);
      expect(backend.requests.map((r) => r.status)).to.deep.equal([200, 304]);
    });

    it('answers from storage when the network is down', async () => {
      const client = testClient(backend);
      const config = await client.config();
      backend.offline = true;
      const fresh = testClient(backend);
      expect(await fresh.config()).to.deep.equal(config);
    });

    it('sends Accept-Language of the view it is called on', async () => {
      const client = testClient(backend);
      expect((await client.with({ locale: 'sv' }).config()).name).to.equal('Nordlys kundtjänst');
      expect((await client.config()).name).to.not.equal('Nordlys kundtjänst');
    });
  });

  describe('articles', () => {
    it('searches, lists the index, reads one and records feedback', async () => {
      const client = testClient(backend, { locale: 'sv' });
      const results = await client.articles.search({ q: 'lösenord', limit: 3 });
      expect(results.items[0]!.id).to.equal('reset-password-sv');
      const index = await client.articles.index();
      expect(index.total).to.equal(12);
      const article = await client.articles.get('reset-password-sv');
      expect(article.locale).to.equal('sv');
      expect(article.related!.map((r) => r.id)).to.include('two-factor-sv');
      await client.articles.feedback(article.id, { helpful: false, comment: 'Länken kom aldrig' });
      expect(backend.feedback).to.deep.equal([{ articleId: 'reset-password-sv', helpful: false, comment: 'Länken kom aldrig' }]);
    });

    it('throws NotFoundError for an unknown article', async () => {
      const error = await testClient(backend).articles.get('nope-en').catch((e) => e);
      expect(isNotFoundError(error)).to.equal(true);
      expect(error.status).to.equal(404);
    });
  });

  describe('attachments', () => {
    it('uploads with real progress events', async () => {
      const client = testClient(backend);
      const bytes = new Uint8Array(200_000).fill(7);
      const progress: number[] = [];
      const file = new File([bytes], 'screenshot.png', { type: 'image/png' });
      const attachment = await client.attachments.upload(file, { onProgress: (p) => progress.push(p.loaded / p.total) });
      expect(attachment).to.include({ name: 'screenshot.png', size: 200_000, type: 'image/png' });
      expect(progress.length).to.be.greaterThan(0);
      expect(progress.at(-1)).to.equal(1);
    });

    it('uploads through the fetch the client was given, even with progress asked for', async () => {
      // A page that routes requests its own way (here: the mock's fetch handler, no network at all)
      // must not have uploads leave by XMLHttpRequest to the real network.
      const own = createMockBackend({ baseUrl: uniqueBase() });
      const client = testClient(own, { fetch: own.fetch, retry: 0 });
      const progress: number[] = [];
      const upload = client.attachments.upload(new File(['hello'], 'a.txt', { type: 'text/plain' }), { onProgress: (p) => progress.push(p.loaded / p.total) });
      if (!(await pageCanReadFormBodies())) {
        // WebKit cannot read a multipart body in the page ("Unable to read form data blob"), so the
        // in-page mock refuses it; what matters here is that it was asked, and nothing else was.
        await upload.catch(() => undefined);
        expect(own.requests.filter((r) => r.path === '/attachments').map((r) => r.status)).to.deep.equal([415]);
        return;
      }
      expect(await upload).to.include({ name: 'a.txt', size: 5 });
      expect(own.requests.filter((r) => r.path === '/attachments').map((r) => r.status)).to.deep.equal([201]);
      expect(progress, 'reported once, at the end').to.deep.equal([1]);
    });

    it('reports a refused file type and a too large file', async () => {
      const small = await startBackend({ baseUrl: uniqueBase(), attachments: { maxBytes: 1000 } });
      const client = testClient(small);
      const big = await client.attachments.upload(new File([new Uint8Array(2000)], 'big.png', { type: 'image/png' })).catch((e) => e);
      expect(big).to.be.instanceOf(HelpkitError);
      expect(big.status).to.equal(413);
      const exe = await client.attachments
        .upload(new File(['MZ'], 'setup.exe', { type: 'application/x-msdownload' }), { onProgress: () => {} })
        .catch((e) => e);
      expect(exe.status).to.equal(415);
      expect(exe.problem.errors[0].code).to.equal('type');
    });

    it('retries an upload on a 503 with the same Idempotency-Key, storing one file', async () => {
      backend.failNext({ status: 503, match: /attachments/ });
      const client = testClient(backend);
      const a = await client.attachments.upload(new File(['x'], 'a.txt', { type: 'text/plain' }), { onProgress: () => {} });
      const posts = backend.requests.filter((r) => r.path === '/attachments');
      expect(posts.map((r) => r.status)).to.deep.equal([503, 201]);
      expect(posts[0]!.idempotencyKey).to.equal(posts[1]!.idempotencyKey);
      expect(a.id).to.match(/^a_/);
    });
  });

  describe('tickets', () => {
    it('creates a ticket, remembers its token and reads it back with an ETag', async () => {
      const client = testClient(backend);
      const { ticket, accessToken } = await client.tickets.create(sampleTicket);
      expect(ticket.number).to.match(/^HK-\d+$/);
      expect(ticket.status).to.equal('received');
      // Filed 09:30 Stockholm time; 480 business minutes = 7.5 h today (to 17:00) + 30 min from 08:00 tomorrow.
      expect(ticket.sla!.firstResponseDueAt).to.equal('2026-03-03T07:30:00.000Z');
      const mine = await client.tracked.list('ticket');
      expect(mine.map((m) => [m.id, m.token, m.number])).to.deep.equal([[ticket.id, accessToken, ticket.number]]);
      const read = await client.tickets.get(ticket.id); // token from storage
      expect(read.subject).to.equal(sampleTicket.subject);
    });

    it('maps 422 field errors onto ValidationError.fieldErrors', async () => {
      const error = (await testClient(backend)
        .tickets.create({ ...sampleTicket, email: 'ava@', fields: { device: 'toaster' }, subject: '' })
        .catch((e) => e)) as ValidationError;
      expect(isValidationError(error)).to.equal(true);
      expect(error.status).to.equal(422);
      expect(error.fieldErrors.map((f) => `${f.field}:${f.code}`).sort()).to.deep.equal([
        'email:invalid',
        'fields.device:not_allowed',
        'subject:required',
      ]);
      expect(backend.ticketCount).to.equal(0);
    });

    it('replaying the same Idempotency-Key returns the first ticket and creates nothing', async () => {
      const client = testClient(backend);
      const first = await client.tickets.create(sampleTicket, { idempotencyKey: 'key-0001-replay' });
      const second = await client.tickets.create(sampleTicket, { idempotencyKey: 'key-0001-replay' });
      expect(second.ticket.id).to.equal(first.ticket.id);
      expect(second.accessToken).to.equal(first.accessToken);
      expect(backend.ticketCount).to.equal(1);
      expect(backend.requests.filter((r) => r.replayed)).to.have.length(1);
    });

    it('a double submit (two concurrent requests, one key) creates one ticket', async () => {
      const client = testClient(backend);
      const [a, b] = await Promise.all([
        client.tickets.create(sampleTicket, { idempotencyKey: 'key-0002-double' }),
        client.tickets.create(sampleTicket, { idempotencyKey: 'key-0002-double' }),
      ]);
      expect(a.ticket.id).to.equal(b.ticket.id);
      expect(backend.ticketCount).to.equal(1);
    });

    it('retries a create after a 500 and after a dropped connection with one key, creating one ticket', async () => {
      backend.failNext({ status: 500, match: /^POST \/tickets$/ }, { status: 0, network: true, match: /^POST \/tickets$/ });
      const client = testClient(backend);
      const { ticket } = await client.tickets.create(sampleTicket);
      const posts = backend.requests.filter((r) => r.method === 'POST' && r.path === '/tickets');
      expect(posts).to.have.length(3);
      expect(new Set(posts.map((p) => p.idempotencyKey)).size).to.equal(1);
      expect(backend.ticketCount).to.equal(1);
      expect(ticket.id).to.match(/^t_/);
    });

    it('waits out Retry-After on 429 (on the client’s clock) and then succeeds', async () => {
      backend.failNext({ status: 429, retryAfter: 1, match: /^GET \/config$/ });
      const clock = testClock({ auto: true });
      const client = testClient(backend, { clock });
      await client.config();
      expect(backend.requests.map((r) => r.status)).to.deep.equal([429, 200]);
      // Retry-After: 1 is what was waited, not the backoff (at most 50 ms here).
      expect(clock.slept).to.deep.equal([1000]);
    });

    it('gives up with RateLimitError when Retry-After is longer than the client will wait', async () => {
      backend.failNext({ status: 429, retryAfter: 120 });
      const error = await testClient(backend).config().catch((e) => e);
      expect(isRateLimitError(error)).to.equal(true);
      expect(error.retryAfter).to.equal(120);
      expect(backend.requests).to.have.length(1);
    });

    it('throws ServerError after the retries run out, and BadResponseError for malformed JSON', async () => {
      backend.failNext({ status: 502 }, { status: 502 }, { status: 502 });
      const client = testClient(backend);
      const error = await client.config().catch((e) => e);
      expect(isServerError(error)).to.equal(true);
      expect(error.status).to.equal(502);
      expect(backend.requests).to.have.length(3);
      backend.failNext({ status: 200, malformed: true });
      const bad = await client.articles.search({ q: 'x' }).catch((e) => e);
      expect(bad.kind).to.equal('bad_response');
      expect(bad.retryable).to.equal(true);
    });

    it('retries a reply after a 503 with its one key, adding one message', async () => {
      const client = testClient(backend);
      const { ticket } = await client.tickets.create(sampleTicket);
      backend.failNext({ status: 503, match: /messages/ });
      await client.tickets.reply(ticket.id, { body: 'One more thing' });
      const posts = backend.requests.filter((r) => r.path.endsWith('/messages'));
      expect(posts.map((p) => p.status)).to.deep.equal([503, 201]);
      expect(posts[0]!.idempotencyKey).to.equal(posts[1]!.idempotencyKey);
      expect(backend.ticket(ticket.id)!.messages.filter((m) => m.body === 'One more thing')).to.have.length(1);
    });

    it('throws NetworkError when offline and TimeoutError when the server is too slow', async () => {
      backend.offline = true;
      const offline = await testClient(backend, { retry: 0 }).config().catch((e) => e);
      expect(isNetworkError(offline)).to.equal(true);
      expect(offline.status).to.equal(0);
      backend.offline = false;
      backend.latency = 400;
      const slow = await testClient(backend, { timeout: 100, retry: 0 }).config().catch((e) => e);
      expect(isTimeoutError(slow)).to.equal(true);
      expect(slow.status).to.equal(0);
    });

    it('aborts a call through its AbortSignal', async () => {
      backend.latency = 300;
      const controller = new AbortController();
      const pending = testClient(backend).articles.search({ q: 'printer' }, { signal: controller.signal });
      await until(() => backend.requests.length > 0, 'the request to reach the backend');
      controller.abort();
      const error = await pending.catch((e) => e);
      expect(error.name).to.equal('AbortError');
    });

    it('refuses a wrong token with AuthError', async () => {
      const client = testClient(backend);
      const { ticket } = await client.tickets.create(sampleTicket);
      const error = await client.tickets.get(ticket.id, { token: 'not-the-token' }).catch((e) => e);
      expect(isAuthError(error)).to.equal(true);
      expect(error.status).to.equal(403);
    });

    it('escalates once the promised reply time has passed, and only once', async () => {
      const quiet = await startBackend({ baseUrl: uniqueBase(), script: false });
      const client = testClient(quiet);
      const { ticket } = await client.tickets.create({ ...sampleTicket, categoryId: 'account', fields: {} });
      quiet.advance(2 * 3600_000);
      const overdue = await client.tickets.get(ticket.id);
      expect(overdue.sla!.breached).to.equal(true);
      expect(overdue.canEscalate).to.equal(true);
      const escalation = await client.tickets.escalate(ticket.id, { reason: 'Two hours and no answer' });
      expect(escalation.level).to.equal(1);
      const twice = await client.tickets.escalate(ticket.id, { reason: 'again' }).catch((e) => e);
      expect(isConflictError(twice)).to.equal(true);

      const early = await client.tickets.rate(ticket.id, { rating: 4 }).catch((e) => e);
      expect(isConflictError(early)).to.equal(true);
      quiet.agentReply(ticket.id, 'Fixed on our side.');
      const answered = await client.tickets.get(ticket.id);
      expect(answered.messages.at(-1)!.author.role).to.equal('agent');
      expect(answered.status).to.equal('waiting_on_customer');
    });

    it('rates a solved ticket and reopens it', async () => {
      const client = testClient(backend);
      const { ticket } = await client.tickets.create(sampleTicket);
      backend.advance(3 * 3600_000); // opened, answered, solved by the script
      const solved = await client.tickets.get(ticket.id);
      expect(solved.status).to.equal('solved');
      expect(solved.canReopen).to.equal(true);
      const bad = await client.tickets.rate(ticket.id, { rating: 9 }).catch((e) => e);
      expect(isValidationError(bad)).to.equal(true);
      const rating = await client.tickets.rate(ticket.id, { rating: 5, comment: 'Quick and kind' });
      expect(rating).to.deep.equal({ rating: 5, comment: 'Quick and kind' });
      const reopened = await client.tickets.reopen(ticket.id);
      expect(reopened.status).to.equal('open');
      expect(reopened.canReopen).to.equal(false);
    });

    it('lists the signed-in customer’s tickets with Helpkit-Identity, and needs it', async () => {
      const client = testClient(backend);
      await client.tickets.create(sampleTicket);
      await client.tickets.create({ ...sampleTicket, email: 'someone@example.com' });
      const anonymous = await client.tickets.list().catch((e) => e);
      expect(isAuthError(anonymous)).to.equal(true);
      client.setIdentity(mockIdentity('ava@example.com'));
      const mine = await client.tickets.list();
      expect(mine.map((t) => t.subject)).to.deep.equal([sampleTicket.subject]);
    });

    it('access links: always 202, and an e-mailed link opens the ticket in another browser', async () => {
      const client = testClient(backend);
      const { ticket } = await client.tickets.create(sampleTicket);
      await client.tickets.requestAccessLinks('nobody@example.com');
      await client.tickets.requestAccessLinks('AVA@example.com');
      expect(backend.emails).to.have.length(1);
      const link = backend.emails[0]!.links[0]!;
      expect(link).to.contain(`#hk-ticket=${ticket.id}.`);
      const elsewhere = testClient(backend, { baseUrl: backend.baseUrl });
      await elsewhere.tracked.forget('ticket', ticket.id);
      expect(await elsewhere.tickets.openLink(link)).to.equal(ticket.id);
      expect((await elsewhere.tickets.get(ticket.id)).id).to.equal(ticket.id);
    });

    it('watch() polls with If-None-Match and reports each change once', async () => {
      const clock = testClock();
      const client = testClient(backend, { clock });
      const { ticket } = await client.tickets.create(sampleTicket);
      const seen: string[] = [];
      const stop = client.tickets.watch(ticket.id, (t) => seen.push(t.status), { interval: 60 });
      const notModified = () => backend.requests.filter((r) => r.status === 304).length;
      // Each check moves the clock one interval: the watcher's sleep ends and it polls.
      const tick = (check: () => boolean) => () => (clock.advance(60), check());
      await until(tick(() => seen.length === 1 && notModified() >= 2), 'the first answer, then unchanged polls');
      backend.advance(3 * 60_000); // the script opens the ticket
      await until(tick(() => seen.length === 2), 'the change');
      stop();
      await new Promise((r) => setTimeout(r, 100)); // a poll already in flight may still land
      const count = backend.requests.length;
      for (let i = 0; i < 5; i++) clock.advance(60); // five intervals: a live watcher would poll
      await new Promise((r) => setTimeout(r, 100));
      expect(seen).to.deep.equal(['received', 'open']);
      expect(notModified()).to.be.greaterThan(1);
      expect(clock.slept.every((ms) => ms === 60)).to.equal(true);
      expect(backend.requests.length).to.equal(count); // stopped means stopped
    });
  });

  describe('callbacks', () => {
    it('lists slots, books one (slot then taken), reads and cancels it', async () => {
      const client = testClient(backend);
      const { timezone, slots } = await client.callbacks.slots();
      expect(timezone).to.equal('Europe/Stockholm');
      const free = slots.find((s) => s.available)!;
      const { callback } = await client.callbacks.request({ name: 'Ava', phone: '+46701234567', slotStart: free.start, locale: 'en' });
      expect(callback).to.include({ status: 'scheduled', asap: false, scheduledFor: free.start });
      expect(callback.phoneMasked).to.equal('+46 ••• ••• 67');
      const after = await client.callbacks.slots();
      expect(after.slots.find((s) => s.start === free.start)!.available).to.equal(false);
      const taken = await client.callbacks
        .request({ name: 'Bo', phone: '+46701234568', slotStart: free.start, locale: 'en' })
        .catch((e) => e);
      expect(taken.fieldErrors[0]).to.include({ field: 'slotStart', code: 'not_allowed' });
      expect((await client.callbacks.get(callback.id)).status).to.equal('scheduled');
      await client.callbacks.cancel(callback.id);
      expect((await client.callbacks.get(callback.id)).status).to.equal('cancelled');
    });

    it('books “as soon as possible” while open and validates the phone number', async () => {
      const client = testClient(backend);
      const bad = await client.callbacks.request({ name: 'Ava', phone: '0701234567', asap: true, locale: 'en' }).catch((e) => e);
      expect(bad.fieldErrors.map((f: { field: string }) => f.field)).to.deep.equal(['phone']);
      const { callback } = await client.callbacks.request({ name: 'Ava', phone: '+46701234567', asap: true, locale: 'en' });
      expect(callback.asap).to.equal(true);
      backend.advance(3 * 60_000);
      expect((await client.callbacks.get(callback.id)).status).to.equal('calling');
      const late = await client.callbacks.cancel(callback.id).catch((e) => e);
      expect(isConflictError(late)).to.equal(true);
    });
  });
});

/** Whether this engine can read back a Request body made from a FormData holding a File. */
async function pageCanReadFormBodies(): Promise<boolean> {
  const form = new FormData();
  form.append('file', new File(['x'], 'x.txt'));
  return new Request('https://probe.example.test/', { method: 'POST', body: form }).formData().then(
    () => true,
    () => false,
  );
}
