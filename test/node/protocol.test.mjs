// The mock backend, driven through the built SDK in Node, must answer exactly as the OpenAPI
// document says: every response of every operation is validated against its schema in Ajv's strict
// mode, with its declared headers and problem type, and every request the mock accepted must
// conform too. The SDK's shared rules must carry the document's numbers and patterns.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createClient, LIMITS, REQUEST_LIMITS, EMAIL_PATTERN, E164_PATTERN, TEL_PATTERN, isEmail } from 'helpkit/sdk';
import { createMockBackend, mockIdentity } from 'helpkit/mock';
import Ajv2020 from 'ajv/dist/2020.js';
import { checkRequest, checkResponse, doc, problemTypes, validatorFor } from './openapi-validator.mjs';

const schemas = doc.components.schemas;
const DAY = 24 * 3600_000;

/** A fetch that answers from `backend` and records every way the traffic departs from the document. */
function checked(backend) {
  const problems = [];
  const seen = new Set();
  const fetch = async (input, init) => {
    const request = new Request(input, init);
    const response = await backend.fetch(request.clone());
    problems.push(...(await checkResponse('/api/v1', request, response)));
    if (response.ok) problems.push(...(await checkRequest('/api/v1', request)));
    seen.add(`${request.method} ${response.status}`);
    return response;
  };
  return { fetch, problems, seen };
}

/** A raw call through the checking fetch, for routes the SDK does not wrap. */
async function call(fetch, method, path, { token, identity, json, key } = {}) {
  const headers = { Accept: 'application/json' };
  if (token) headers.Authorization = `Bearer ${token}`;
  if (identity) headers['Helpkit-Identity'] = identity;
  if (key) headers['Idempotency-Key'] = key;
  if (json !== undefined) headers['Content-Type'] = 'application/json';
  const response = await fetch(`https://support.example.test/api/v1${path}`, {
    method,
    headers,
    body: json === undefined ? undefined : JSON.stringify(json),
  });
  const text = await response.text();
  return { status: response.status, headers: response.headers, body: text ? JSON.parse(text) : undefined };
}

const ticketInput = (email = 'ava@example.com') => ({
  name: 'Ava',
  email,
  subject: 'Printer offline',
  body: 'It does not connect.',
  categoryId: 'technical',
  fields: { device: 'printer', canReproduce: true },
  locale: 'en',
});

test('the document compiles in strict mode and lists its problem types', () => {
  for (const name of Object.keys(schemas)) assert.equal(typeof validatorFor({ $ref: `#/components/schemas/${name}` }), 'function', name);
  assert.ok(problemTypes.size >= 15, `only ${problemTypes.size} problem types in the table`);
  assert.equal(problemTypes.get('https://helpkit.dev/problems/identity-expired'), 401);
  assert.equal(problemTypes.get('https://helpkit.dev/problems/idempotency-in-progress'), 409);
  assert.equal(problemTypes.get('https://helpkit.dev/problems/idempotency-key-reused'), 422);
  // What strict mode is for: 1.0 had `description: Promised first reply, in business minutes.` in
  // a flow mapping, which YAML reads as a property named "in business minutes." Ajv in loose mode
  // ignored it; strict mode refuses it.
  assert.throws(() => new Ajv2020({ strict: true }).compile({ type: 'integer', 'in business minutes.': null }), /unknown keyword/);
});

test('the checker catches bodies, headers, problem types and requests that depart from the document', async () => {
  const base = 'https://support.example.test/api/v1';
  const problem = (status, type, headers = {}) =>
    new Response(JSON.stringify({ type: `https://helpkit.dev/problems/${type}`, title: 't', status }), {
      status,
      headers: { 'Content-Type': 'application/problem+json', ...headers },
    });
  const get = new Request(`${base}/config`);
  assert.deepEqual(await checkResponse('/api/v1', get, problem(429, 'rate-limited', { 'Retry-After': '3' })), []);
  assert.match((await checkResponse('/api/v1', get, problem(429, 'rate-limited'))).join(), /Retry-After is required/);
  assert.match((await checkResponse('/api/v1', get, problem(429, 'rate-limited', { 'Retry-After': 'soon' }))).join(), /Retry-After/);
  assert.match((await checkResponse('/api/v1', get, problem(429, '429', { 'Retry-After': '3' }))).join(), /not one of the protocol's/);
  assert.match((await checkResponse('/api/v1', get, problem(429, 'forbidden', { 'Retry-After': '3' }))).join(), /belongs to status 403/);
  const json = (body) => new Response(JSON.stringify(body), { status: 201, headers: { 'Content-Type': 'application/json' } });
  const create = new Request(`${base}/tickets`, { method: 'POST' });
  assert.match((await checkResponse('/api/v1', create, json({}))).join(), /must have required property 'ticket'/);
  const post = (headers, body) => new Request(`${base}/tickets/t_1/messages`, { method: 'POST', headers: { 'Content-Type': 'application/json', ...headers }, body: JSON.stringify(body) });
  assert.deepEqual(await checkRequest('/api/v1', post({ 'Idempotency-Key': 'k-12345678' }, { body: 'hi' })), []);
  assert.match((await checkRequest('/api/v1', post({ 'Idempotency-Key': 'short' }, { body: 'hi' }))).join(), /Idempotency-Key/);
  assert.match((await checkRequest('/api/v1', post({}, { body: 'x'.repeat(20001) }))).join(), /must NOT have more than 20000 characters/);
  assert.match((await checkRequest('/api/v1', new Request(`${base}/tickets/..%2Fx/messages`, { method: 'POST' }))).join(), /parameter id/);
});

test("the SDK's shared rules carry the document's limits and patterns", () => {
  const p = (schema) => schema.properties;
  const expected = {
    name: p(schemas.TicketInput).name.maxLength,
    email: schemas.EmailAddress.maxLength,
    subject: p(schemas.TicketInput).subject.maxLength,
    body: p(schemas.TicketInput).body.maxLength,
    reason: p(schemas.EscalationInput).reason.maxLength,
    comment: p(schemas.Satisfaction).comment.maxLength,
    topic: p(schemas.CallbackInput).topic.maxLength,
    locale: p(schemas.TicketInput).locale.maxLength,
    pageUrl: p(schemas.TicketInput).pageUrl.maxLength,
    returnUrl: p(schemas.AccessLinksInput).returnUrl.maxLength,
    textarea: schemas.FieldValue.anyOf.find((s) => s.type === 'string').maxLength,
  };
  for (const [key, max] of Object.entries(expected)) assert.equal(LIMITS[key], max, `LIMITS.${key}`);
  assert.equal(p(schemas.ReplyInput).body.maxLength, LIMITS.body);
  assert.equal(p(schemas.ArticleFeedbackInput).comment.maxLength, LIMITS.comment);
  assert.equal(p(schemas.CallbackInput).name.maxLength, LIMITS.name);
  // The Field schema's text states the default lengths of text and textarea fields.
  assert.match(schemas.Field.description, new RegExp(`\`text\`: .*default ${LIMITS.text}\\b`));
  assert.match(schemas.Field.description, new RegExp(`\`textarea\`: .*default ${LIMITS.textarea}\\b`));
  assert.equal(EMAIL_PATTERN.source, schemas.EmailAddress.pattern);
  assert.equal(E164_PATTERN.source, schemas.PhoneE164.pattern);
  assert.equal(TEL_PATTERN.source, schemas.TelValue.pattern);
  assert.equal(REQUEST_LIMITS.fields, p(schemas.TicketInput).fields.maxProperties);
  assert.equal(REQUEST_LIMITS.cursor, doc.components.parameters.Cursor.schema.maxLength);
  assert.equal(REQUEST_LIMITS.jsonBytes, 64 * 1024);
  assert.match(doc.info.description, /at most 64 KiB \(65 536 bytes\)/);
  const key = schemas.IdempotencyKey.pattern.match(/\{(\d+),(\d+)\}\$$/);
  assert.deepEqual(REQUEST_LIMITS.idempotencyKey, { min: Number(key[1]), max: Number(key[2]) });
});

test('every operation answers as protocol/openapi.yaml says', async () => {
  const backend = createMockBackend({ startAt: '2026-03-02T08:30:00Z' });
  const { fetch, problems, seen } = checked(backend);
  const client = createClient({ baseUrl: backend.baseUrl, fetch, retry: 0, locale: 'fa' });

  const config = await client.config();
  assert.equal(config.categories.length, 4);
  await client.config(); // revalidation: 304
  const index = await client.articles.index();
  assert.equal(index.items.length, 12);
  const found = await client.articles.search({ q: 'گذرواژه' });
  assert.ok(found.total >= 1);
  const article = await client.articles.get(found.items[0].id);
  assert.match(article.body, /<ol>/);
  await client.articles.feedback(article.id, { helpful: true });
  await assert.rejects(client.articles.get('nope-en'), { kind: 'not_found', status: 404 });

  const file = new File(['screenshot bytes'], 'shot.png', { type: 'image/png' });
  const attachment = await client.attachments.upload(file);
  await assert.rejects(client.attachments.upload(new File(['x'], 'a.exe', { type: 'application/x-msdownload' })), { status: 415 });

  const input = { ...ticketInput(), fields: { device: 'printer', canReproduce: true }, attachmentIds: [attachment.id], locale: 'fa' };
  const created = await client.tickets.create(input);
  const { ticket, accessToken } = created;
  // The token lives 90 days unless the backend says otherwise, and says so.
  assert.equal(Date.parse(created.accessTokenExpiresAt) - backend.now(), 90 * DAY);
  await assert.rejects(client.tickets.create({ ...input, email: 'nope' }), { kind: 'validation', status: 422 });
  await client.tickets.get(ticket.id, { token: accessToken });
  await client.tickets.get(ticket.id, { token: accessToken }); // revalidation: 304
  await client.tickets.reply(ticket.id, { body: 'More details' }, { token: accessToken });
  await assert.rejects(client.tickets.escalate(ticket.id, { reason: 'slow' }, { token: accessToken }), { kind: 'conflict', status: 409 });
  backend.advance(3 * DAY);
  const late = await client.tickets.get(ticket.id, { token: accessToken });
  assert.equal(late.status, 'solved');
  assert.deepEqual(await client.tickets.rate(ticket.id, { rating: 5 }, { token: accessToken }), { rating: 5 });
  await assert.rejects(client.tickets.rate(ticket.id, { rating: 4 }, { token: accessToken }), { kind: 'conflict', status: 409 });
  const reopened = await client.tickets.reopen(ticket.id, { token: accessToken });
  assert.equal(reopened.status, 'open');
  await client.tickets.requestAccessLinks('ava@example.com');
  client.setIdentity(mockIdentity('ava@example.com', { now: backend.now() }));
  assert.deepEqual((await client.tickets.list()).map((t) => t.id), [ticket.id]);

  const slots = await client.callbacks.slots();
  const free = slots.slots.find((s) => s.available);
  const { callback, accessToken: cbToken, accessTokenExpiresAt } = await client.callbacks.request({ name: 'Ava', phone: '+46701234567', slotStart: free.start, locale: 'fa' });
  assert.equal(callback.scheduledFor, free.start);
  assert.equal(Date.parse(accessTokenExpiresAt) - backend.now(), 90 * DAY);
  assert.equal((await client.callbacks.get(callback.id, { token: cbToken })).status, 'scheduled');
  await client.callbacks.cancel(callback.id, { token: cbToken });
  assert.equal((await client.callbacks.get(callback.id, { token: cbToken })).status, 'cancelled');

  assert.deepEqual(problems, []);
  for (const expected of ['GET 200', 'GET 304', 'POST 200', 'POST 201', 'POST 204', 'POST 202', 'POST 422', 'POST 409', 'DELETE 204', 'GET 404', 'POST 415']) {
    assert.ok(seen.has(expected), `no response ${expected} was checked`);
  }
  client.close();
});

test('401, 403 and the identity rules are answered as the document says', async () => {
  const backend = createMockBackend({ startAt: '2026-03-02T08:30:00Z' });
  const { fetch, problems } = checked(backend);
  const { status: createdStatus, body: created } = await call(fetch, 'POST', '/tickets', { json: ticketInput() });
  assert.equal(createdStatus, 201);
  const id = created.ticket.id;
  const type = (name) => `https://helpkit.dev/problems/${name}`;

  // No credentials: 401 unauthorized.
  let r = await call(fetch, 'GET', `/tickets/${id}`);
  assert.equal(r.status, 401);
  assert.equal(r.body.type, type('unauthorized'));
  // A wrong token and an unknown id get the same 403, so ids cannot be probed.
  const wrong = await call(fetch, 'GET', `/tickets/${id}`, { token: 'x'.repeat(24) });
  const unknown = await call(fetch, 'GET', '/tickets/t_nope', { token: created.accessToken });
  assert.equal(wrong.status, 403);
  assert.deepEqual({ ...unknown.body, detail: undefined }, { ...wrong.body, detail: undefined });
  assert.equal(wrong.body.type, type('forbidden'));
  // An expired identity: 401 identity-expired, even with a Bearer token that opens the ticket.
  const expired = mockIdentity('ava@example.com', { now: backend.now(), exp: Math.floor(backend.now() / 1000) - 3600 });
  r = await call(fetch, 'GET', `/tickets/${id}`, { token: created.accessToken, identity: expired });
  assert.equal(r.status, 401);
  assert.equal(r.body.type, type('identity-expired'));
  r = await call(fetch, 'GET', '/tickets', { identity: 'not-a-jwt' });
  assert.equal(r.status, 401);
  assert.equal(r.body.type, type('identity-invalid'));
  // Listing needs an identity.
  r = await call(fetch, 'GET', '/tickets');
  assert.equal(r.status, 401);
  // The owner's identity opens the ticket without a token; another identity does not.
  r = await call(fetch, 'GET', `/tickets/${id}`, { identity: mockIdentity('ava@example.com', { now: backend.now() }) });
  assert.equal(r.status, 200);
  r = await call(fetch, 'GET', `/tickets/${id}`, { identity: mockIdentity('bo@example.com', { now: backend.now() }) });
  assert.equal(r.status, 403);
  // A ticket created with an identity belongs to it: the identity's e-mail wins over the body's,
  // and another signed-in customer holding its token is still refused.
  const ava = mockIdentity('ava@example.com', { now: backend.now(), sub: 'u1' });
  const { body: mine } = await call(fetch, 'POST', '/tickets', { identity: ava, json: ticketInput('someone-else@example.com') });
  r = await call(fetch, 'GET', '/tickets', { identity: ava });
  assert.ok(r.body.items.some((t) => t.id === mine.ticket.id));
  r = await call(fetch, 'GET', `/tickets/${mine.ticket.id}`, { token: mine.accessToken, identity: mockIdentity('bo@example.com', { now: backend.now(), sub: 'u2' }) });
  assert.equal(r.status, 403);
  // An access token past its lifetime: 401 access-token-expired.
  backend.advance(91 * DAY);
  r = await call(fetch, 'GET', `/tickets/${id}`, { token: created.accessToken });
  assert.equal(r.status, 401);
  assert.equal(r.body.type, type('access-token-expired'));

  assert.deepEqual(problems, []);
});

test('idempotency, rate limits, pagination and rescheduling follow the document', async () => {
  const backend = createMockBackend({ startAt: '2026-03-02T08:30:00Z', limits: { accessLinks: { limit: 2, windowMs: 3600_000 } } });
  const { fetch, problems } = checked(backend);
  const type = (name) => `https://helpkit.dev/problems/${name}`;

  // A repeat with the same key and body gets the first answer; a different body is 422.
  const key = 'k-0123456789';
  const first = await call(fetch, 'POST', '/tickets', { key, json: ticketInput() });
  const again = await call(fetch, 'POST', '/tickets', { key, json: ticketInput() });
  assert.equal(first.status, 201);
  assert.deepEqual(again, { ...again, status: 201, body: first.body });
  assert.equal(backend.ticketCount, 1);
  const changed = await call(fetch, 'POST', '/tickets', { key, json: { ...ticketInput(), subject: 'Other' } });
  assert.equal(changed.status, 422);
  assert.equal(changed.body.type, type('idempotency-key-reused'));
  // A repeat while the first is still in flight is 409 with Retry-After.
  const held = backend.hold(/^POST \/tickets$/);
  const inFlight = call(fetch, 'POST', '/tickets', { key: 'k-held-000001', json: ticketInput() });
  await held.reached;
  const concurrent = await call(fetch, 'POST', '/tickets', { key: 'k-held-000001', json: ticketInput() });
  held.release();
  assert.equal((await inFlight).status, 201);
  assert.equal(concurrent.status, 409);
  assert.equal(concurrent.body.type, type('idempotency-in-progress'));
  assert.match(concurrent.headers.get('Retry-After') ?? '', /^\d+$/);

  // Access-link e-mails per address are limited: 429 with Retry-After and RateLimit-* headers
  // (checked against the document by the fetch), the same for a known and an unknown address.
  for (const email of ['ava@example.com', 'nobody@example.com']) {
    for (let i = 0; i < 2; i++) assert.equal((await call(fetch, 'POST', '/tickets/access-links', { json: { email } })).status, 202);
    const limited = await call(fetch, 'POST', '/tickets/access-links', { json: { email } });
    assert.equal(limited.status, 429);
    assert.equal(limited.body.type, type('rate-limited'));
  }
  // Links point at the returnUrl when its origin is the site's, else at the help page; with the fragment.
  backend.advance(2 * 3600_000);
  const phish = await call(fetch, 'POST', '/tickets/access-links', { json: { email: 'ava@example.com', returnUrl: 'https://evil.example/phish' } });
  assert.equal(phish.status, 202);
  const link = backend.emails.at(-1).links[0];
  assert.doesNotMatch(link, /evil\.example/);
  assert.match(link, new RegExp(`#hk-ticket=${first.body.ticket.id}\\.[A-Za-z0-9._~-]{16,}$`));

  // Cursor pagination: pages of `limit`, newest first, `nextCursor` absent on the last page.
  const identity = mockIdentity('pat@example.com', { now: backend.now() });
  const ids = [];
  for (let i = 0; i < 5; i++) {
    ids.unshift((await call(fetch, 'POST', '/tickets', { identity, json: ticketInput('pat@example.com') })).body.ticket.id);
    backend.advance(1000);
  }
  const pages = [];
  let cursor;
  do {
    const page = await call(fetch, 'GET', `/tickets?limit=2${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`, { identity });
    assert.equal(page.status, 200);
    pages.push(page.body.items.map((t) => t.id));
    cursor = page.body.nextCursor;
  } while (cursor);
  assert.deepEqual(pages, [ids.slice(0, 2), ids.slice(2, 4), ids.slice(4)]);
  assert.equal((await call(fetch, 'GET', '/tickets?cursor=bogus', { identity })).status, 400);
  const messages = await call(fetch, 'GET', `/tickets/${ids[0]}/messages?limit=1`, { identity });
  assert.equal(messages.status, 200);
  assert.equal(messages.body.items.length, 1);

  // PATCH /callbacks/{id} moves a call to another free slot; a taken slot is 409 slot-taken.
  const { body: slotList } = await call(fetch, 'GET', '/callbacks/slots');
  const [a, b] = slotList.slots.filter((s) => s.available);
  const one = await call(fetch, 'POST', '/callbacks', { json: { name: 'Ava', phone: '+46701234567', slotStart: a.start, locale: 'en' } });
  const two = await call(fetch, 'POST', '/callbacks', { json: { name: 'Bo', phone: '+46701234568', slotStart: b.start, locale: 'en' } });
  assert.equal(two.status, 201);
  const taken = await call(fetch, 'PATCH', `/callbacks/${one.body.callback.id}`, { token: one.body.accessToken, json: { slotStart: b.start } });
  assert.equal(taken.status, 409);
  assert.equal(taken.body.type, type('slot-taken'));
  const later = slotList.slots.filter((s) => s.available).at(-1);
  const moved = await call(fetch, 'PATCH', `/callbacks/${one.body.callback.id}`, { token: one.body.accessToken, json: { slotStart: later.start } });
  assert.equal(moved.status, 200);
  assert.equal(moved.body.scheduledFor, later.start);
  assert.equal((await call(fetch, 'PATCH', `/callbacks/${one.body.callback.id}`, { token: two.body.accessToken, json: { slotStart: a.start } })).status, 403);

  assert.deepEqual(problems, []);
});

test('protocol 1.2: the e-mail domain rule, and number and identifier fields, as the SDK keeps them', async () => {
  // The addresses the document names as invalid pass the outline pattern but not the SDK's isEmail.
  const named = [...schemas.EmailAddress.description.matchAll(/`([^`\s]+@[^`\s]+)`/g)].map((m) => m[1]);
  assert.deepEqual(named, ['ava@example..com', 'ava@example.com.', 'ava@example.c']);
  for (const address of named) {
    assert.ok(new RegExp(schemas.EmailAddress.pattern).test(address), address);
    assert.equal(isEmail(address), false, address);
  }
  assert.equal(isEmail('ava@exämple.se'), true);
  for (const name of ['min', 'max', 'step', 'identifier', 'pattern']) assert.ok(schemas.Field.properties[name], `Field.${name}`);
  // The seed's amount field carries its range and step to the widget.
  const backend = createMockBackend({ startAt: '2026-03-02T08:30:00Z' });
  const { problems, fetch } = checked(backend);
  const config = await (await fetch('https://support.example.test/api/v1/config', { headers: { Accept: 'application/json' } })).json();
  const amount = config.categories.flatMap((c) => c.fields).find((f) => f.id === 'amount');
  assert.deepEqual([amount.min, amount.max, amount.step], [0, 1_000_000, 0.01]);
  assert.deepEqual(problems, []);
});


test('protocol 1.3: when the team closes, how soon it usually answers, and each ticket’s own promise', async () => {
  assert.match(doc.info.version, /^1\.3\.\d+$/);
  for (const name of ['nextCloseAt', 'typicalReplyMinutes']) assert.ok(schemas.Availability.properties[name], `Availability.${name}`);
  assert.ok(schemas.Sla.properties.firstResponseMinutes, 'Sla.firstResponseMinutes');
  // Monday 09:30 in Stockholm: open, closing at 17:00 there (16:00 UTC).
  const backend = createMockBackend({ startAt: '2026-03-02T08:30:00Z' });
  const { problems, fetch } = checked(backend);
  const config = await (await fetch('https://support.example.test/api/v1/config', { headers: { Accept: 'application/json' } })).json();
  assert.equal(config.availability.openNow, true);
  assert.equal(Date.parse(config.availability.nextCloseAt), Date.parse('2026-03-02T16:00:00Z'));
  assert.equal(config.availability.typicalReplyMinutes, 120);
  assert.equal(config.availability.nextOpenAt, undefined);
  // Urgent halves the topic's promise; the ticket says so itself, so "within" and "by" agree.
  const account = config.categories.find((c) => c.id === 'account');
  const filed = await call(fetch, 'POST', '/tickets', {
    json: { name: 'Ava', email: 'ava@example.com', subject: 'Locked out', body: 'The code never arrives.', categoryId: 'account', priority: 'urgent', locale: 'en' },
  });
  assert.equal(filed.status, 201);
  assert.equal(filed.body.ticket.sla.firstResponseMinutes, Math.ceil(account.slaMinutes / 2));
  // "When did it start?" is limited to today where the team is; the mock checks what it serves.
  const started = account.fields.find((f) => f.id === 'startedOn');
  assert.equal(started.maxDate, '2026-03-02');
  const ticket = (startedOn) => ({ name: 'Ava', email: 'ava@example.com', subject: 'Locked out', body: 'Since then.', categoryId: 'account', fields: { startedOn }, locale: 'en' });
  assert.equal((await call(fetch, 'POST', '/tickets', { json: ticket('2026-03-02') })).status, 201);
  const tomorrow = await call(fetch, 'POST', '/tickets', { json: ticket('2026-03-03') });
  assert.equal(tomorrow.status, 422);
  assert.deepEqual(tomorrow.body.errors.map((e) => [e.field, e.code]), [['fields.startedOn', 'out_of_range']]);
  assert.deepEqual(problems, []);
});

test('the scripted agent, and the helpers that act as the agent, answer as the document says', async () => {
  const { walkthroughScript } = await import('helpkit/mock');
  const MINUTE = 60_000;
  const backend = createMockBackend({ startAt: '2026-03-02T08:30:00Z', script: { moves: walkthroughScript, solveAfter: 30 * MINUTE, closeAfter: 2 * DAY } });
  const { fetch, problems } = checked(backend);
  const client = createClient({ baseUrl: backend.baseUrl, fetch, retry: 0, locale: 'ar' });

  // A living ticket: taken with a word, three steps, a question it waits on, the work, an answer,
  // solved, rated, closed (and then neither reply nor reopen).
  const { ticket, accessToken } = await client.tickets.create({ ...ticketInput(), locale: 'ar' });
  const token = { token: accessToken };
  const look = () => client.tickets.get(ticket.id, token);
  for (const wait of [MINUTE, MINUTE, 2 * MINUTE]) backend.advance(wait);
  let t = await look();
  assert.equal(t.status, 'waiting_on_customer');
  assert.deepEqual(t.steps.map((s) => s.state), ['current', 'pending', 'pending']);
  assert.deepEqual(t.messages.map((m) => m.author.role), ['customer', 'agent', 'agent']);
  await client.tickets.reply(ticket.id, { body: 'منذ أمس.' }, token);
  backend.advance(10 * MINUTE);
  t = await look();
  assert.deepEqual([t.status, t.steps.map((s) => s.state)], ['waiting_on_customer', ['done', 'done', 'current']]);
  backend.advance(30 * MINUTE);
  t = await look();
  assert.deepEqual([t.status, t.canReopen], ['solved', true]);
  await client.tickets.rate(ticket.id, { rating: 2, comment: 'بطيء' }, token);
  backend.advance(2 * DAY);
  t = await look();
  assert.deepEqual([t.status, t.canReopen, t.satisfaction], ['closed', false, { rating: 2, comment: 'بطيء' }]);
  await assert.rejects(client.tickets.reply(ticket.id, { body: 'شيء آخر' }, token), { status: 409 });
  await assert.rejects(client.tickets.reopen(ticket.id, token), { status: 409 });

  // Acting as the agent: a bot's answer, a broken promise and its one escalation, steps, every status.
  const other = await client.tickets.create(ticketInput('bo@example.com'));
  const id = other.ticket.id;
  const mine = { token: other.accessToken };
  backend.agentReply(id, 'Thanks, a person will follow up.', { role: 'bot' });
  backend.breach(id);
  t = await client.tickets.get(id, mine);
  assert.deepEqual([t.sla.breached, t.canEscalate], [true, true]);
  assert.equal((await client.tickets.escalate(id, { reason: 'Too slow' }, mine)).level, 1);
  await assert.rejects(client.tickets.escalate(id, { reason: 'Again' }, mine), { status: 409 });
  backend.planSteps(id, [{ en: 'Check', ar: 'الفحص' }, 'Fix']);
  backend.advanceStep(id);
  backend.agentReply(id, 'Which version?', { ask: true });
  for (const status of ['open', 'on_hold', 'waiting_on_customer', 'received', 'solved', 'closed']) {
    backend.setStatus(id, status);
    t = await client.tickets.get(id, mine);
    assert.equal(t.status, status);
  }
  assert.deepEqual(t.steps.map((s) => [s.title, s.state]), [['Check', 'done'], ['Fix', 'done']]); // in the ticket's own language (en)
  const page = await client.tickets.messages(id, {}, mine);
  assert.deepEqual(page.items.map((m) => m.author.role), ['agent', 'system', 'bot', 'customer']);

  assert.deepEqual(problems, []);
  client.close();
});
