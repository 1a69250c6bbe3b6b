// The mock backend as a server: validation, idempotency, ETags, tokens, hours and callbacks,
// spoken to in raw HTTP (Request → Response) as any client of the protocol would.
import { expect } from '@open-wc/testing';
import { BASE, call } from '../helpers/index.js';
import { createMockBackend, mockIdentity, type MockBackend } from '../../src/mock/index.js';
import type { Problem, SiteConfig, TicketCreated } from '../../src/sdk/index.js';

const MONDAY = '2026-03-02T08:30:00Z'; // 09:30 in Stockholm


const validTicket = {
  name: 'Ava',
  email: 'ava@example.com',
  subject: 'Refund',
  body: 'Where is my money?',
  categoryId: 'billing',
  fields: { paymentMethod: 'card', amount: 499, invoiceNumber: 'F-1' },
  locale: 'en',
};

describe('mock backend', () => {
  let backend: MockBackend;
  beforeEach(() => {
    backend = createMockBackend({ baseUrl: BASE, startAt: MONDAY });
  });

  it('answers problems as application/problem+json with field errors', async () => {
    const res = await call(backend, 'POST', '/tickets', {});
    expect(res.status).to.equal(422);
    expect(res.headers.get('Content-Type')).to.equal('application/problem+json');
    const problem = res.json as Problem;
    expect(problem.status).to.equal(422);
    expect(problem.errors!.map((e) => e.field).sort()).to.deep.equal(['body', 'categoryId', 'email', 'locale', 'name', 'subject']);
    expect(problem.errors!.every((e) => e.code === 'required')).to.equal(true);
  });

  it('validates every custom field type against its definition', async () => {
    const technical = {
      ...validTicket,
      categoryId: 'technical',
      fields: { device: 'fridge', steps: 'x'.repeat(1001), phone: 'call me', copyTo: 'not-mail', canReproduce: 'yes' },
    };
    const res = await call(backend, 'POST', '/tickets', technical);
    const codes = Object.fromEntries((res.json as Problem).errors!.map((e) => [e.field, e.code]));
    expect(codes).to.deep.equal({
      'fields.device': 'not_allowed',
      'fields.steps': 'too_long',
      'fields.phone': 'invalid',
      'fields.copyTo': 'invalid',
      'fields.canReproduce': 'invalid',
    });
    const orders = await call(backend, 'POST', '/tickets', { ...validTicket, categoryId: 'orders', fields: { deliveryDate: '31/12/2026' } });
    expect(Object.fromEntries((orders.json as Problem).errors!.map((e) => [e.field, e.code]))).to.deep.equal({
      'fields.orderNumber': 'required',
      'fields.deliveryDate': 'invalid',
    });
    const billing = await call(backend, 'POST', '/tickets', { ...validTicket, fields: { paymentMethod: 'card', amount: '499' } });
    expect((billing.json as Problem).errors).to.deep.include({ field: 'fields.amount', code: 'invalid', message: 'Enter a number.' });
    expect(backend.ticketCount).to.equal(0);
    const ok = await call(backend, 'POST', '/tickets', validTicket);
    expect(ok.status).to.equal(201);
  });

  it('refuses malformed JSON with 400, unknown attachments and unknown priorities with 422', async () => {
    expect((await call(backend, 'POST', '/tickets', '{"name": ')).status).to.equal(400);
    const res = await call(backend, 'POST', '/tickets', { ...validTicket, attachmentIds: ['a_nope'], priority: 'panic' });
    expect(res.status).to.equal(422);
    expect((res.json as Problem).errors!.map((e) => e.field).sort()).to.deep.equal(['attachmentIds', 'priority']);
  });

  it('replays an Idempotency-Key and refuses its reuse with another body', async () => {
    const key = { 'Idempotency-Key': 'same-key-123' };
    const first = await call(backend, 'POST', '/tickets', validTicket, key);
    const again = await call(backend, 'POST', '/tickets', validTicket, key);
    expect(again.status).to.equal(201);
    expect(again.json).to.deep.equal(first.json);
    const other = await call(backend, 'POST', '/tickets', { ...validTicket, subject: 'Other' }, key);
    expect(other.status).to.equal(422);
    expect(backend.ticketCount).to.equal(1);
  });

  it('lets a refused request be corrected and resent with the same key', async () => {
    const key = { 'Idempotency-Key': 'fix-and-retry-1' };
    expect((await call(backend, 'POST', '/tickets', { ...validTicket, email: 'x' }, key)).status).to.equal(422);
    // Same key, different (fixed) body: the refused attempt did not claim the key.
    expect((await call(backend, 'POST', '/tickets', validTicket, key)).status).to.equal(201);
  });

  it('serves tickets with ETags and 304s, and changes the ETag when the ticket changes', async () => {
    const { json } = await call(backend, 'POST', '/tickets', validTicket);
    const { ticket, accessToken } = json as TicketCreated;
    const auth = { Authorization: `Bearer ${accessToken}` };
    const first = await call(backend, 'GET', `/tickets/${ticket.id}`, undefined, auth);
    const etag = first.headers.get('ETag')!;
    expect(etag).to.match(/^".+"$/);
    const same = await call(backend, 'GET', `/tickets/${ticket.id}`, undefined, { ...auth, 'If-None-Match': etag });
    expect(same.status).to.equal(304);
    backend.agentReply(ticket.id, 'On it.');
    const changed = await call(backend, 'GET', `/tickets/${ticket.id}`, undefined, { ...auth, 'If-None-Match': etag });
    expect(changed.status).to.equal(200);
    expect(changed.headers.get('ETag')).not.to.equal(etag);
  });

  it('enforces tokens and identities without revealing whether a ticket exists', async () => {
    const { json } = await call(backend, 'POST', '/tickets', validTicket);
    const { ticket } = json as TicketCreated;
    expect((await call(backend, 'GET', `/tickets/${ticket.id}`)).status).to.equal(401);
    const wrong = await call(backend, 'GET', `/tickets/${ticket.id}`, undefined, { Authorization: 'Bearer nope' });
    const missing = await call(backend, 'GET', '/tickets/t_missing', undefined, { Authorization: 'Bearer nope' });
    expect([wrong.status, missing.status]).to.deep.equal([403, 403]);
    expect(wrong.json.detail).to.equal(missing.json.detail);
    const owner = await call(backend, 'GET', `/tickets/${ticket.id}`, undefined, { 'Helpkit-Identity': mockIdentity('AVA@example.com') });
    expect(owner.status).to.equal(200);
    const stranger = await call(backend, 'GET', `/tickets/${ticket.id}`, undefined, { 'Helpkit-Identity': mockIdentity('eve@example.com') });
    expect(stranger.status).to.equal(403);
  });

  it('moves a ticket along the script and keeps the SLA promise in business hours', async () => {
    const { json } = await call(backend, 'POST', '/tickets', { ...validTicket, priority: 'urgent' });
    const { ticket, accessToken } = json as TicketCreated;
    // billing: 240 business minutes, halved for urgent → 120 → 11:30 Stockholm = 10:30Z.
    expect(ticket.sla!.firstResponseDueAt).to.equal('2026-03-02T10:30:00.000Z');
    expect(ticket.steps!.map((s) => s.state)).to.deep.equal(['current', 'pending', 'pending', 'pending']);
    const auth = { Authorization: `Bearer ${accessToken}` };
    backend.advance(3 * 60_000);
    const open = (await call(backend, 'GET', `/tickets/${ticket.id}`, undefined, auth)).json;
    expect(open.status).to.equal('open');
    expect(open.assignee).to.deep.equal({ name: 'Sara', team: 'Customer care' });
    backend.advance(10 * 60_000);
    const answered = (await call(backend, 'GET', `/tickets/${ticket.id}`, undefined, auth)).json;
    expect(answered.status).to.equal('waiting_on_customer');
    expect(answered.messages.at(-1).author.role).to.equal('agent');
    expect(answered.steps.map((s: { state: string }) => s.state)).to.deep.equal(['done', 'done', 'current', 'pending']);
    expect(answered.sla.breached).to.equal(false);
    backend.advance(61 * 60_000);
    const solved = (await call(backend, 'GET', `/tickets/${ticket.id}`, undefined, auth)).json;
    expect(solved.status).to.equal('solved');
    expect(solved.canReopen).to.equal(true);
  });

  it('reads all time from an injected clock and waits out its latency on it', async () => {
    let time = Date.parse(MONDAY);
    const slept: number[] = [];
    const clock = {
      now: () => time,
      sleep: async (ms: number) => {
        slept.push(ms);
        time += ms;
      },
    };
    const shared = createMockBackend({ baseUrl: BASE, clock, latency: 60_000 });
    const { json } = await call(shared, 'POST', '/tickets', validTicket);
    const { ticket, accessToken } = json as TicketCreated;
    // Created after a minute of latency on the injected clock, not on a real timer.
    expect(ticket.createdAt).to.equal('2026-03-02T08:31:00.000Z');
    expect(slept).to.deep.equal([60_000]);
    const auth = { Authorization: `Bearer ${accessToken}` };
    time += 3 * 60_000;
    expect((await call(shared, 'GET', `/tickets/${ticket.id}`, undefined, auth)).json.status).to.equal('open');
    time += 91 * 24 * 3_600_000;
    const expired = await call(shared, 'GET', `/tickets/${ticket.id}`, undefined, auth);
    expect(expired.status).to.equal(401);
    expect(expired.json.type).to.equal('https://helpkit.dev/problems/access-token-expired');
    expect(shared.now()).to.equal(time);
  });

  it('reports availability: open now in hours, next opening when closed', async () => {
    const open = (await call(backend, 'GET', '/config')).json as SiteConfig;
    expect(open.availability).to.include({ openNow: true, timezone: 'Europe/Stockholm' });
    const friday = createMockBackend({ baseUrl: BASE, startAt: '2026-03-06T16:30:00Z' }); // Fri 17:30 Stockholm
    const closed = (await call(friday, 'GET', '/config')).json as SiteConfig;
    expect(closed.availability.openNow).to.equal(false);
    expect(closed.availability.nextOpenAt).to.equal('2026-03-09T07:00:00.000Z'); // Monday 08:00
  });

  it('localizes config labels and articles by Accept-Language', async () => {
    const fa = (await call(backend, 'GET', '/config', undefined, { 'Accept-Language': 'fa-IR, en;q=0.5' })).json as SiteConfig;
    expect(fa.categories[0]!.label).to.equal('سفارش و ارسال');
    const fallback = (await call(backend, 'GET', '/config', undefined, { 'Accept-Language': 'de-DE' })).json as SiteConfig;
    expect(fallback.name).to.equal('Nordlys Support');
    const ar = (await call(backend, 'GET', '/articles?q=' + encodeURIComponent('كلمة المرور'), undefined, { 'Accept-Language': 'ar' })).json;
    expect(ar.items[0].id).to.equal('reset-password-ar');
  });

  it('offers callback slots only in business hours and refuses a bad phone number or a taken slot', async () => {
    const { json } = await call(backend, 'GET', '/callbacks/slots');
    const slots = json.slots as { start: string; available: boolean }[];
    expect(slots.length).to.be.greaterThan(10);
    for (const s of slots) {
      const hour = Number(new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/Stockholm', hour: 'numeric' }).format(new Date(s.start)));
      expect(hour).to.be.within(8, 16);
    }
    const taken = slots.find((s) => !s.available)!;
    const res = await call(backend, 'POST', '/callbacks', { name: 'Ava', phone: '+46 70 123', slotStart: taken.start, locale: 'en' });
    expect(Object.fromEntries((res.json as Problem).errors!.map((e) => [e.field, e.code]))).to.deep.equal({
      phone: 'invalid',
      slotStart: 'not_allowed',
    });
    const both = await call(backend, 'POST', '/callbacks', { name: 'Ava', phone: '+46701234567', asap: true, slotStart: slots[0]!.start, locale: 'en' });
    expect((both.json as Problem).errors![0]!.field).to.equal('slotStart');
  });

  it('refuses “as soon as possible” while closed', async () => {
    const night = createMockBackend({ baseUrl: BASE, startAt: '2026-03-03T01:00:00Z' });
    const res = await call(night, 'POST', '/callbacks', { name: 'Ava', phone: '+46701234567', asap: true, locale: 'en' });
    expect(res.status).to.equal(422);
    expect((res.json as Problem).errors![0]).to.include({ field: 'asap', code: 'not_allowed' });
  });

  it('answers access-link requests with 202 whether or not the address is known', async () => {
    await call(backend, 'POST', '/tickets', validTicket);
    const known = await call(backend, 'POST', '/tickets/access-links', { email: 'ava@example.com' });
    const unknown = await call(backend, 'POST', '/tickets/access-links', { email: 'who@example.com' });
    expect([known.status, unknown.status]).to.deep.equal([202, 202]);
    expect(backend.emails.map((e) => e.to)).to.deep.equal(['ava@example.com']);
  });

  it('returns 404 problems for unknown routes and scripted failures in order', async () => {
    expect((await call(backend, 'GET', '/nope')).status).to.equal(404);
    backend.failNext({ status: 500 }, { status: 429, retryAfter: 3 });
    expect((await call(backend, 'GET', '/config')).status).to.equal(500);
    const limited = await call(backend, 'GET', '/config');
    expect(limited.status).to.equal(429);
    expect(limited.headers.get('Retry-After')).to.equal('3');
    expect((await call(backend, 'GET', '/config')).status).to.equal(200);
  });
});
