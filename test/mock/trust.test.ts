// The mock as a model backend that integrators copy: replays, tokens, uploads, limits, malformed
// requests, CORS and rate limits behave as protocol 1.1 says (issue 7, finding 12).
import { expect } from '@open-wc/testing';
import { BASE, call } from '../helpers/index.js';
import { createMockBackend, mockIdentity, type MockBackend, type MockOptions } from '../../src/mock/index.js';
import type { Attachment, Problem, TicketCreated } from '../../src/sdk/index.js';

const MONDAY = '2026-03-02T08:30:00Z'; // 09:30 in Stockholm
const HOUR = 3_600_000;
const DAY = 24 * HOUR;


function uploadRequest(headers: Record<string, string> = {}, name = 'shot.png', content = 'png bytes', type = 'image/png'): Request {
  // A multipart body written out: WebKit cannot read back a Request built from a FormData with a File.
  const boundary = 'hk-test-boundary';
  const body = `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${name}"\r\nContent-Type: ${type}\r\n\r\n${content}\r\n--${boundary}--\r\n`;
  return new Request(`${BASE}/attachments`, { method: 'POST', body, headers: { 'Content-Type': `multipart/form-data; boundary=${boundary}`, ...headers } });
}

async function upload(backend: MockBackend, headers: Record<string, string> = {}, name = 'shot.png'): Promise<Attachment> {
  const response = await backend.handle(uploadRequest(headers, name));
  expect(response.status).to.equal(201);
  return (await response.json()) as Attachment;
}

const validTicket = {
  name: 'Ava',
  email: 'ava@example.com',
  subject: 'Refund',
  body: 'Where is my money?',
  categoryId: 'billing',
  fields: { paymentMethod: 'card', amount: 499 },
  locale: 'en',
};

const codes = (problem: Problem) => Object.fromEntries((problem.errors ?? []).map((e) => [e.field, e.code]));
const bearer = (token: string) => ({ Authorization: `Bearer ${token}` });

describe('mock backend: trust', () => {
  let backend: MockBackend;
  const make = (options: MockOptions = {}) => createMockBackend({ baseUrl: BASE, startAt: MONDAY, ...options });
  beforeEach(() => {
    backend = make();
  });

  async function ticket(input: object = validTicket, headers: Record<string, string> = {}) {
    const res = await call(backend, 'POST', '/tickets', input, headers);
    expect(res.status, JSON.stringify(res.json)).to.equal(201);
    return res.json as TicketCreated;
  }

  describe('idempotency', () => {
    it('one key is one request however the path is spelt (/tickets/, //tickets, /%74ickets)', async () => {
      const key = { 'Idempotency-Key': 'spelling-key-01' };
      const first = await ticket(validTicket, key);
      for (const path of ['/tickets/', '//tickets', '/%74ickets']) {
        const again = await call(backend, 'POST', path, validTicket, key);
        expect([path, again.status, (again.json as TicketCreated).ticket?.id]).to.deep.equal([path, 201, first.ticket.id]);
      }
      expect(backend.ticketCount).to.equal(1);
    });

    it('a replayed reply re-checks authorization: no token, another ticket’s token or a revoked one never get the stored 201', async () => {
      const a = await ticket();
      const b = await ticket({ ...validTicket, email: 'ben@example.com' });
      const key = { 'Idempotency-Key': 'reply-key-0001' };
      const first = await call(backend, 'POST', `/tickets/${a.ticket.id}/messages`, { body: 'Any news?' }, { ...key, ...bearer(a.accessToken) });
      expect(first.status).to.equal(201);
      const none = await call(backend, 'POST', `/tickets/${a.ticket.id}/messages`, { body: 'Any news?' }, key);
      expect(none.status).to.equal(401);
      const other = await call(backend, 'POST', `/tickets/${a.ticket.id}/messages`, { body: 'Any news?' }, { ...key, ...bearer(b.accessToken) });
      expect(other.status).to.equal(403);
      expect(JSON.stringify(other.json)).not.to.contain(first.json.id);
      const again = await call(backend, 'POST', `/tickets/${a.ticket.id}/messages`, { body: 'Any news?' }, { ...key, ...bearer(a.accessToken) });
      expect(again.status).to.equal(201);
      expect(again.json).to.deep.equal(first.json);
      // A newer e-mailed link, once used, retires the first token: its replay is refused too.
      await call(backend, 'POST', '/tickets/access-links', { email: 'ava@example.com' });
      const linked = backend.emails.at(-1)!.links[0]!.split('#hk-ticket=')[1]!.split('.')[1]!;
      expect((await call(backend, 'GET', `/tickets/${a.ticket.id}`, undefined, bearer(linked))).status).to.equal(200);
      const revoked = await call(backend, 'POST', `/tickets/${a.ticket.id}/messages`, { body: 'Any news?' }, { ...key, ...bearer(a.accessToken) });
      expect(revoked.status).to.equal(401);
      expect(revoked.json.type).to.equal('https://helpkit.dev/problems/access-token-expired');
      expect(backend.ticket(a.ticket.id)!.messages.filter((m) => m.body === 'Any news?')).to.have.length(1);
    });

    it('a replayed escalation with a stranger’s credentials is refused, and keys are scoped per caller', async () => {
      backend = make({ script: false }); // no agent answers, so the promise breaks
      const a = await ticket();
      backend.advance(3 * DAY);
      const key = { 'Idempotency-Key': 'escalate-key-01' };
      const first = await call(backend, 'POST', `/tickets/${a.ticket.id}/escalations`, { reason: 'Too slow' }, { ...key, ...bearer(a.accessToken) });
      expect(first.status).to.equal(201);
      const eve = { 'Helpkit-Identity': mockIdentity('eve@example.com') };
      expect((await call(backend, 'POST', `/tickets/${a.ticket.id}/escalations`, { reason: 'Too slow' }, { ...key, ...eve })).status).to.equal(403);
      // The same key and body from another caller is another request, not the first one's answer.
      const createKey = { 'Idempotency-Key': 'create-key-0001' };
      const ava = await ticket(validTicket, { ...createKey, 'Helpkit-Identity': mockIdentity('ava@example.com') });
      const eves = await ticket(validTicket, { ...createKey, ...eve });
      expect(eves.accessToken).not.to.equal(ava.accessToken);
      expect(eves.ticket.id).not.to.equal(ava.ticket.id);
    });

    it('answers a repeat while the first is in flight with 409 and Retry-After, another body with 422, and forgets keys after a day', async () => {
      const key = { 'Idempotency-Key': 'in-flight-key-1' };
      const hold = backend.hold(/^POST \/tickets$/);
      const first = call(backend, 'POST', '/tickets', validTicket, key);
      await hold.reached;
      const during = await call(backend, 'POST', '/tickets', validTicket, key);
      expect(during.status).to.equal(409);
      expect(during.json.type).to.equal('https://helpkit.dev/problems/idempotency-in-progress');
      expect(during.headers.get('Retry-After')).to.match(/^\d+$/);
      hold.release();
      expect((await first).status).to.equal(201);
      const other = await call(backend, 'POST', '/tickets', { ...validTicket, subject: 'Other' }, key);
      expect([other.status, other.json.type]).to.deep.equal([422, 'https://helpkit.dev/problems/idempotency-key-reused']);
      expect(backend.ticketCount).to.equal(1);
      backend.advance(DAY + 1000);
      expect((await call(backend, 'POST', '/tickets', validTicket, key)).status).to.equal(201);
      expect(backend.ticketCount).to.equal(2);
    });

    it('refuses an Idempotency-Key outside 8–255 characters of A–Z a–z 0–9 . _ ~ : -', async () => {
      for (const bad of ['short12', 'x'.repeat(256), 'has space1', 'semi;colon', 'slash/key1']) {
        const res = await call(backend, 'POST', '/tickets', validTicket, { 'Idempotency-Key': bad });
        expect(res.status, bad).to.equal(400);
        expect(res.json.type).to.equal('https://helpkit.dev/problems/invalid-request');
      }
      expect((await call(backend, 'POST', '/tickets', validTicket, { 'Idempotency-Key': 'abc:1.2_3~x-' })).status).to.equal(201);
      expect((await call(backend, 'POST', '/tickets', validTicket, { 'Idempotency-Key': 'k'.repeat(255) })).status).to.equal(201);
      expect(backend.ticketCount).to.equal(2);
    });
  });

  describe('tokens and ownership', () => {
    it('linking a callback to a ticket needs that ticket’s token or its owner’s identity', async () => {
      const a = await ticket();
      const slot = (await call(backend, 'GET', '/callbacks/slots')).json.slots.filter((s: { available: boolean }) => s.available);
      const input = (i: number) => ({ name: 'Eve', phone: `+4670123456${i}`, slotStart: slot[i].start, locale: 'en', ticketId: a.ticket.id });
      const anonymous = await call(backend, 'POST', '/callbacks', input(0));
      expect(anonymous.status).to.equal(403);
      const b = await ticket({ ...validTicket, email: 'eve@example.com' });
      expect((await call(backend, 'POST', '/callbacks', input(0), bearer(b.accessToken))).status).to.equal(403);
      const missing = await call(backend, 'POST', '/callbacks', { ...input(0), ticketId: 't_missing' }, bearer(b.accessToken));
      expect(missing.status).to.equal(403);
      expect(missing.json.detail).to.equal((await call(backend, 'POST', '/callbacks', input(0), bearer(b.accessToken))).json.detail);
      const key = { 'Idempotency-Key': 'callback-key-01' };
      const linked = await call(backend, 'POST', '/callbacks', input(0), { ...key, ...bearer(a.accessToken) });
      expect(linked.status).to.equal(201);
      expect((await call(backend, 'POST', '/callbacks', input(1), { 'Helpkit-Identity': mockIdentity('ava@example.com') })).status).to.equal(201);
      // Once a newer e-mailed link retired the ticket's token, a repeat of the booking gets no stored answer.
      await call(backend, 'POST', '/tickets/access-links', { email: 'ava@example.com' });
      const fresh = backend.emails.at(-1)!.links[0]!.split('.').at(-1)!;
      expect((await call(backend, 'GET', `/tickets/${a.ticket.id}`, undefined, bearer(fresh))).status).to.equal(200);
      const replay = await call(backend, 'POST', '/callbacks', input(0), { ...key, ...bearer(a.accessToken) });
      expect([replay.status, replay.json.type]).to.deep.equal([401, 'https://helpkit.dev/problems/access-token-expired']);
      // A callback's own token expires too.
      backend.advance(90 * DAY);
      const late = await call(backend, 'GET', `/callbacks/${linked.json.callback.id}`, undefined, bearer(linked.json.accessToken));
      expect([late.status, late.json.type]).to.deep.equal([401, 'https://helpkit.dev/problems/access-token-expired']);
    });

    it('an attachment id belongs to its uploader and is attached once', async () => {
      const avaId = { 'Helpkit-Identity': mockIdentity('ava@example.com') };
      const eveId = { 'Helpkit-Identity': mockIdentity('eve@example.com') };
      const avas = await upload(backend, avaId);
      expect(avas.id).to.match(/^[A-Za-z0-9_-]{20,100}$/); // unguessable, and a protocol Id
      const byEve = await call(backend, 'POST', '/tickets', { ...validTicket, attachmentIds: [avas.id] }, eveId);
      expect([byEve.status, codes(byEve.json)]).to.deep.equal([422, { attachmentIds: 'not_found' }]);
      const byAnonymous = await call(backend, 'POST', '/tickets', { ...validTicket, attachmentIds: [avas.id] });
      expect(codes(byAnonymous.json)).to.deep.equal({ attachmentIds: 'not_found' });
      const mine = await ticket({ ...validTicket, attachmentIds: [avas.id] }, avaId);
      expect(mine.ticket.messages[0]!.attachments!.map((a) => a.id)).to.deep.equal([avas.id]);
      // Used once: not again, not even by its uploader.
      expect(codes((await call(backend, 'POST', '/tickets', { ...validTicket, attachmentIds: [avas.id] }, avaId)).json)).to.deep.equal({ attachmentIds: 'not_found' });
      // A reply's upload made with ticket A's token cannot go into ticket B.
      const b = await ticket({ ...validTicket, email: 'ben@example.com' });
      const forA = await upload(backend, bearer(mine.accessToken));
      const intoB = await call(backend, 'POST', `/tickets/${b.ticket.id}/messages`, { body: 'see file', attachmentIds: [forA.id] }, bearer(b.accessToken));
      expect(codes(intoB.json)).to.deep.equal({ attachmentIds: 'not_found' });
      expect((await call(backend, 'POST', `/tickets/${mine.ticket.id}/messages`, { body: 'see file', attachmentIds: [forA.id] }, bearer(mine.accessToken))).status).to.equal(201);
      // An anonymous upload goes into an anonymous ticket within a day, not later.
      const late = await upload(backend);
      backend.advance(DAY);
      expect(codes((await call(backend, 'POST', '/tickets', { ...validTicket, attachmentIds: [late.id] })).json)).to.deep.equal({ attachmentIds: 'not_found' });
    });

    it('judges an upload by its content: markup sent as an image is 415', async () => {
      for (const content of ['<svg onload="alert(1)"></svg>', '  <!DOCTYPE html><script>alert(1)</script>', '<?xml version="1.0"?><svg/>']) {
        const res = await backend.handle(uploadRequest({}, 'cat.png', content));
        expect(res.status, content).to.equal(415);
        expect((await res.json()).type).to.equal('https://helpkit.dev/problems/unsupported-media-type');
      }
      expect((await backend.handle(uploadRequest({}, 'notes.txt', '<b>a note</b>', 'text/plain'))).status).to.equal(201);
    });

    it('access tokens expire after 90 days (accessTokenExpiresAt); the owner’s identity still opens the ticket', async () => {
      const a = await ticket();
      expect(Date.parse((a as TicketCreated & { accessTokenExpiresAt: string }).accessTokenExpiresAt)).to.equal(Date.parse(MONDAY) + 90 * DAY);
      backend.advance(90 * DAY);
      const expired = await call(backend, 'GET', `/tickets/${a.ticket.id}`, undefined, bearer(a.accessToken));
      expect([expired.status, expired.json.type]).to.deep.equal([401, 'https://helpkit.dev/problems/access-token-expired']);
      expect((await call(backend, 'GET', `/tickets/${a.ticket.id}`, undefined, { 'Helpkit-Identity': mockIdentity('ava@example.com') })).status).to.equal(200);
    });

    it('reads the identity JWT’s sub, email and exp: an expired one is 401 identity-expired, a ticket filed with it is the identity’s', async () => {
      const now = Math.floor(Date.parse(MONDAY) / 1000);
      const expired = mockIdentity('ava@example.com', { exp: now - 120 });
      const res = await call(backend, 'GET', '/tickets', undefined, { 'Helpkit-Identity': expired });
      expect([res.status, res.json.type]).to.deep.equal([401, 'https://helpkit.dev/problems/identity-expired']);
      const garbage = await call(backend, 'GET', '/tickets', undefined, { 'Helpkit-Identity': 'not-a-jwt' });
      expect([garbage.status, garbage.json.type]).to.deep.equal([401, 'https://helpkit.dev/problems/identity-invalid']);
      // Even with the right Bearer token, an expired identity is not ignored.
      const a = await ticket();
      expect((await call(backend, 'GET', `/tickets/${a.ticket.id}`, undefined, { ...bearer(a.accessToken), 'Helpkit-Identity': expired })).status).to.equal(401);
      // The identity's claims name the customer, whatever the body says; another identity with the token is refused.
      const ava = mockIdentity('ava@example.com', { sub: 'cust-1', name: 'Ava Andersson' });
      const filed = await ticket({ ...validTicket, name: 'Mallory', email: 'mallory@example.com' }, { 'Helpkit-Identity': ava });
      expect(filed.ticket.messages[0]!.author.name).to.equal('Ava Andersson');
      const list = await call(backend, 'GET', '/tickets', undefined, { 'Helpkit-Identity': ava });
      expect(list.json.items.map((t: { id: string }) => t.id)).to.include(filed.ticket.id);
      const other = mockIdentity('ava@example.com', { sub: 'cust-2' });
      expect((await call(backend, 'GET', `/tickets/${filed.ticket.id}`, undefined, { ...bearer(filed.accessToken), 'Helpkit-Identity': other })).status).to.equal(403);
      // An expired identity does not stop the FAQ.
      expect((await call(backend, 'GET', '/config', undefined, { 'Helpkit-Identity': expired })).status).to.equal(200);
    });
  });

  describe('limits and malformed requests', () => {
    it('counts lengths in code points: a name of 200 emoji is fine, 201 is too long', async () => {
      await ticket({ ...validTicket, name: '😀'.repeat(200) });
      const long = await call(backend, 'POST', '/tickets', { ...validTicket, name: '😀'.repeat(201) });
      expect(codes(long.json)).to.deep.equal({ name: 'too_long' });
    });

    it('refuses a JSON body over 64 KiB with 413 even when every field is within its limit', async () => {
      const big = await call(backend, 'POST', '/tickets', { ...validTicket, body: 'é'.repeat(19_000), pageUrl: 'x', padding: 'p'.repeat(30_000) });
      expect([big.status, big.json.type]).to.deep.equal([413, 'https://helpkit.dev/problems/payload-too-large']);
      expect(backend.ticketCount).to.equal(0);
    });

    it('ignores unknown top-level properties, treats null as absent, and refuses nested values in fields', async () => {
      const t = await ticket({ ...validTicket, admin: true, priority: null, status: 'solved' });
      expect(t.ticket.status).to.equal('received');
      expect(JSON.stringify(t)).not.to.contain('admin');
      const nested = await call(backend, 'POST', '/tickets', { ...validTicket, fields: { paymentMethod: { $ne: 1 }, amount: [499], extra: { a: 1 } } });
      expect(nested.status).to.equal(422);
      expect(codes(nested.json)).to.deep.equal({ 'fields.paymentMethod': 'invalid', 'fields.amount': 'invalid', 'fields.extra': 'invalid' });
    });

    it('honours a number field’s min, max and step', async () => {
      const config = (await call(backend, 'GET', '/config')).json;
      const amount = config.categories.find((c: { id: string }) => c.id === 'billing').fields.find((f: { id: string }) => f.id === 'amount');
      expect(amount).to.include({ min: 0, max: 1_000_000, step: 0.01 });
      expect(config.mediaOrigins).to.deep.equal([]);
      for (const bad of [-1, 1_000_001, 1.005]) {
        const res = await call(backend, 'POST', '/tickets', { ...validTicket, fields: { paymentMethod: 'card', amount: bad } });
        expect(codes(res.json), String(bad)).to.deep.equal({ 'fields.amount': 'out_of_range' });
      }
      await ticket({ ...validTicket, fields: { paymentMethod: 'card', amount: 0.3 } });
    });

    it('answers null, non-object and malformed bodies and bad %-encoding with 400 problems, never 500', async () => {
      const a = await ticket();
      const cases: [string, string, string | undefined][] = [
        ['POST', '/tickets', 'null'],
        ['POST', '/tickets', '[]'],
        ['POST', '/tickets', '"text"'],
        ['POST', '/tickets', '42'],
        ['POST', '/tickets', '{"name": '],
        ['POST', `/tickets/${a.ticket.id}/messages`, 'null'],
        ['POST', '/callbacks', 'null'],
        ['POST', '/tickets/access-links', 'null'],
        ['POST', '/articles/reset-password-en/feedback', 'true'],
        ['GET', '/tickets/%E0%A4%A', undefined],
        ['GET', '/articles/%zz', undefined],
        ['GET', '/articles?q=%E0%A4%A', undefined],
        ['GET', '/callbacks/slots?from=tomorrow', undefined],
      ];
      for (const [method, path, body] of cases) {
        const res = await call(backend, method, path, body, bearer(a.accessToken));
        expect(res.status, `${method} ${path} ${body}`).to.equal(400);
        expect(res.headers.get('Content-Type')).to.equal('application/problem+json');
        expect(res.json.type).to.equal('https://helpkit.dev/problems/invalid-request');
        expect(JSON.stringify(res.json)).not.to.match(/TypeError|URIError|Cannot read|at /);
      }
      const wrongType = await call(backend, 'POST', '/tickets', JSON.stringify(validTicket), { 'Content-Type': 'text/plain' });
      expect(wrongType.status).to.equal(415);
    });
  });

  describe('CORS', () => {
    // A page's script cannot set Origin on a Request (the browser sets it on real cross-origin
    // calls), so these requests are plain objects with the parts the mock reads.
    const fromOrigin = (backend: MockBackend, method: string, path: string, headers: Record<string, string>) =>
      backend.handle({ url: `${BASE}${path}`, method, headers: new Headers(headers) } as Request);
    const read = async (response: Response) => ({ status: response.status, headers: response.headers });

    it('answers a preflight for an allowed origin and exposes the headers clients read', async () => {
      const origin = 'https://shop.example';
      const pre = await fromOrigin(backend, 'OPTIONS', '/tickets', { Origin: origin, 'Access-Control-Request-Method': 'POST', 'Access-Control-Request-Headers': 'idempotency-key, content-type' });
      expect(pre.status).to.equal(204);
      expect(pre.headers.get('Access-Control-Allow-Origin')).to.equal(origin);
      expect(pre.headers.get('Access-Control-Allow-Methods')).to.equal('GET, POST, PATCH, DELETE');
      for (const h of ['Authorization', 'Helpkit-Identity', 'Idempotency-Key', 'If-None-Match', 'Accept-Language', 'Content-Type']) {
        expect(pre.headers.get('Access-Control-Allow-Headers')).to.contain(h);
      }
      expect(pre.headers.get('Access-Control-Max-Age')).to.equal('600');
      expect(pre.headers.get('Vary')).to.contain('Origin');
      const got = await read(await fromOrigin(backend, 'GET', '/config', { Origin: origin }));
      expect(got.headers.get('Access-Control-Allow-Origin')).to.equal(origin);
      const exposed = got.headers.get('Access-Control-Expose-Headers')!.split(/,\s*/);
      expect(exposed).to.include.members(['ETag', 'Retry-After', 'RateLimit-Limit', 'RateLimit-Remaining', 'RateLimit-Reset', 'Location']);
      const problem = await read(await fromOrigin(backend, 'GET', '/nope', { Origin: origin }));
      expect(problem.status).to.equal(404);
      expect(problem.headers.get('Access-Control-Expose-Headers')).to.contain('Retry-After');
    });

    it('refuses origins outside a configured list', async () => {
      const site = make({ origins: ['https://shop.example'] });
      const pre = await fromOrigin(site, 'OPTIONS', '/config', { Origin: 'https://evil.example', 'Access-Control-Request-Method': 'GET' });
      expect(pre.status).to.equal(403);
      expect([...pre.headers.keys()].filter((k) => k.startsWith('access-control-'))).to.deep.equal([]);
      const got = await fromOrigin(site, 'GET', '/config', { Origin: 'https://evil.example' });
      expect([...got.headers.keys()].filter((k) => k.startsWith('access-control-'))).to.deep.equal([]);
      expect((await fromOrigin(site, 'GET', '/config', { Origin: 'https://shop.example' })).headers.get('Access-Control-Allow-Origin')).to.equal('https://shop.example');
    });
  });

  describe('rate limits', () => {
    const expectLimited = (res: { status: number; headers: Headers; json: any }) => { // eslint-disable-line @typescript-eslint/no-explicit-any
      expect(res.status).to.equal(429);
      expect(res.json.type).to.equal('https://helpkit.dev/problems/rate-limited');
      expect(res.headers.get('Retry-After')).to.match(/^[1-9]\d*$/);
      expect(res.headers.get('RateLimit-Remaining')).to.equal('0');
      expect(res.headers.get('RateLimit-Limit')).to.match(/^\d+$/);
      expect(res.headers.get('RateLimit-Reset')).to.match(/^\d+$/);
    };

    it('one phone number cannot book every callback slot', async () => {
      const free = (await call(backend, 'GET', '/callbacks/slots')).json.slots.filter((s: { available: boolean }) => s.available);
      const book = (i: number, phone = '+46701234567') => call(backend, 'POST', '/callbacks', { name: 'Eve', phone, slotStart: free[i].start, locale: 'en' });
      const first = await book(0);
      expect((await book(1)).status).to.equal(201);
      expectLimited(await book(2));
      expect((await book(2, '+46709999999')).status).to.equal(201);
      // Cancelling one frees a place for the number.
      expect((await call(backend, 'DELETE', `/callbacks/${first.json.callback.id}`, undefined, bearer(first.json.accessToken))).status).to.equal(204);
      expect((await book(3)).status).to.equal(201);
    });

    it('limits access-link e-mails per address with 429, alike for known and unknown addresses', async () => {
      await ticket();
      for (const email of ['ava@example.com', 'nobody@example.com']) {
        for (let i = 0; i < 3; i++) expect((await call(backend, 'POST', '/tickets/access-links', { email })).status).to.equal(202);
        expectLimited(await call(backend, 'POST', '/tickets/access-links', { email }));
      }
      expect(backend.emails).to.have.length(3);
      // Spellings of the same mailbox are well-formed addresses that share its limit: 429, as the
      // document says for too many requests for one address.
      for (const email of ['ava@EXAMPLE.com', '"ava"@example.com', 'ａｖａ@example.com', 'ava+1@example.com']) {
        expectLimited(await call(backend, 'POST', '/tickets/access-links', { email }));
      }
      // A trailing dot or an invisible character is no address at all (protocol 1.2): refused, not sent.
      for (const email of ['ava@EXAMPLE.com.', 'ava@example.com\u200b']) {
        expect((await call(backend, 'POST', '/tickets/access-links', { email })).status).to.equal(422);
      }
      backend.advance(HOUR);
      expect((await call(backend, 'POST', '/tickets/access-links', { email: 'ava@example.com' })).status).to.equal(202);
      expect(backend.emails).to.have.length(4);
    });

    it('access-link e-mails point to an allowed page only, never to a stranger’s', async () => {
      await ticket();
      await call(backend, 'POST', '/tickets/access-links', { email: 'ava@example.com', returnUrl: 'https://evil.example/steal' });
      await call(backend, 'POST', '/tickets/access-links', { email: 'ava@example.com', returnUrl: 'https://support.example.test/account/help?x=1#old' });
      const [evil, own] = backend.emails.map((e) => e.links[0]!);
      expect(evil).to.match(/^https:\/\/support\.example\.test\/help#hk-ticket=/);
      expect(own).to.match(/^https:\/\/support\.example\.test\/account\/help#hk-ticket=/);
    });

    it('limits ticket creation per e-mail address, generously', async () => {
      for (let i = 0; i < 20; i++) await ticket({ ...validTicket, subject: `Refund ${i}` });
      expectLimited(await call(backend, 'POST', '/tickets', { ...validTicket, subject: 'One more' }));
      await ticket({ ...validTicket, email: 'ben@example.com' });
      backend.advance(HOUR);
      await ticket({ ...validTicket, subject: 'Next hour' });
    });
  });

  describe('protocol 1.1 additions', () => {
    it('pages tickets and messages with cursor and limit', async () => {
      const id = { 'Helpkit-Identity': mockIdentity('ava@example.com') };
      const made: string[] = [];
      for (let i = 0; i < 3; i++) {
        made.unshift((await ticket({ ...validTicket, subject: `T${i}` }, id)).ticket.id);
        backend.advance(1000);
      }
      const first = (await call(backend, 'GET', '/tickets?limit=2', undefined, id)).json;
      expect(first.items.map((t: { id: string }) => t.id)).to.deep.equal(made.slice(0, 2));
      expect(first.nextCursor).to.be.a('string');
      const second = (await call(backend, 'GET', `/tickets?limit=2&cursor=${encodeURIComponent(first.nextCursor)}`, undefined, id)).json;
      expect(second.items.map((t: { id: string }) => t.id)).to.deep.equal(made.slice(2));
      expect(second).not.to.have.property('nextCursor');
      for (const q of ['limit=0', 'limit=101', 'limit=x', 'cursor=bogus', 'cursor=', `cursor=${'A'.repeat(513)}`]) {
        expect((await call(backend, 'GET', `/tickets?${q}`, undefined, id)).status, q).to.equal(400);
      }
      const t = made[0]!;
      for (const body of ['one', 'two']) await call(backend, 'POST', `/tickets/${t}/messages`, { body }, id);
      const newest = (await call(backend, 'GET', `/tickets/${t}/messages?limit=2`, undefined, id)).json;
      expect(newest.items.map((m: { body: string }) => m.body)).to.deep.equal(['two', 'one']);
      const older = (await call(backend, 'GET', `/tickets/${t}/messages?cursor=${newest.nextCursor}`, undefined, id)).json;
      expect(older.items).to.have.length(1);
      expect((await call(backend, 'GET', `/tickets/${t}/messages`)).status).to.equal(401);
    });

    it('reschedules a callback with PATCH: a free slot moves it, a taken one is 409 slot-taken', async () => {
      const slots = (await call(backend, 'GET', '/callbacks/slots')).json.slots as { start: string; available: boolean }[];
      const free = slots.filter((s) => s.available);
      const taken = slots.find((s) => !s.available)!;
      const { json } = await call(backend, 'POST', '/callbacks', { name: 'Ava', phone: '+46701234567', slotStart: free[0]!.start, locale: 'en' });
      const auth = bearer(json.accessToken);
      const path = `/callbacks/${json.callback.id}`;
      expect((await call(backend, 'PATCH', path, { slotStart: free[1]!.start })).status).to.equal(401);
      const moved = await call(backend, 'PATCH', path, { slotStart: free[1]!.start }, auth);
      expect([moved.status, moved.json.scheduledFor]).to.deep.equal([200, new Date(free[1]!.start).toISOString()]);
      const again = (await call(backend, 'GET', '/callbacks/slots')).json.slots as { start: string; available: boolean }[];
      expect(again.find((s) => s.start === free[0]!.start)!.available).to.equal(true);
      expect((await call(backend, 'PATCH', path, { slotStart: free[1]!.start }, auth)).status).to.equal(200); // same time again
      const clash = await call(backend, 'PATCH', path, { slotStart: taken.start }, auth);
      expect([clash.status, clash.json.type]).to.deep.equal([409, 'https://helpkit.dev/problems/slot-taken']);
      const asap = await call(backend, 'PATCH', path, { asap: true }, auth);
      expect(asap.json).to.include({ asap: true });
      expect(asap.json).not.to.have.property('scheduledFor');
    });
  });
});
