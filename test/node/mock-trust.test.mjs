// The mock backend in Node as a third party's server would be spoken to: raw requests with real
// Origin headers, every answer checked against protocol/openapi.yaml (issue 7, finding 12).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createMockBackend, mockIdentity } from 'helpkit/mock';
import { checkResponse } from './openapi-validator.mjs';

const MONDAY = '2026-03-02T08:30:00Z';
const ticketInput = {
  name: 'Ava', email: 'ava@example.com', subject: 'Refund', body: 'Where is my money?',
  categoryId: 'billing', fields: { paymentMethod: 'card', amount: 499 }, locale: 'en',
};

function server(options = {}) {
  const backend = createMockBackend({ startAt: MONDAY, ...options });
  const problems = [];
  async function call(method, path, body, headers = {}) {
    const request = new Request(`${backend.baseUrl}${path}`, {
      method,
      headers: { ...(body !== undefined && { 'Content-Type': 'application/json' }), ...headers },
      body: body === undefined ? undefined : typeof body === 'string' ? body : JSON.stringify(body),
    });
    const response = await backend.handle(request.clone());
    if (method !== 'OPTIONS') problems.push(...(await checkResponse('/api/v1', request, response.clone())));
    const text = await response.text();
    return { status: response.status, headers: response.headers, json: text ? JSON.parse(text) : undefined };
  }
  return { backend, call, problems };
}

const bearer = (token) => ({ Authorization: `Bearer ${token}` });

test('a replayed Idempotency-Key re-checks authorization', async () => {
  const { call, problems } = server();
  const a = (await call('POST', '/tickets', ticketInput)).json;
  const b = (await call('POST', '/tickets', { ...ticketInput, email: 'ben@example.com' })).json;
  const key = { 'Idempotency-Key': 'node-reply-0001' };
  const path = `/tickets/${a.ticket.id}/messages`;
  assert.equal((await call('POST', path, { body: 'Hello' }, { ...key, ...bearer(a.accessToken) })).status, 201);
  assert.equal((await call('POST', path, { body: 'Hello' }, key)).status, 401);
  assert.equal((await call('POST', path, { body: 'Hello' }, { ...key, ...bearer(b.accessToken) })).status, 403);
  const replay = await call('POST', path, { body: 'Hello' }, { ...key, ...bearer(a.accessToken) });
  assert.equal(replay.status, 201);
  assert.deepEqual(problems, []);
});

test('a callback linked to a ticket needs its token; one number cannot book every slot (429 with RateLimit-*)', async () => {
  const { call, problems } = server();
  const a = (await call('POST', '/tickets', ticketInput)).json;
  const free = (await call('GET', '/callbacks/slots')).json.slots.filter((s) => s.available);
  const input = (i) => ({ name: 'Eve', phone: '+46701234567', slotStart: free[i].start, locale: 'en' });
  assert.equal((await call('POST', '/callbacks', { ...input(0), ticketId: a.ticket.id })).status, 403);
  assert.equal((await call('POST', '/callbacks', { ...input(0), ticketId: a.ticket.id }, bearer(a.accessToken))).status, 201);
  assert.equal((await call('POST', '/callbacks', input(1))).status, 201);
  const third = await call('POST', '/callbacks', input(2));
  assert.equal(third.status, 429);
  assert.match(third.headers.get('Retry-After'), /^[1-9]\d*$/);
  assert.equal(third.headers.get('RateLimit-Remaining'), '0');
  assert.deepEqual(problems, []);
});

test('an attachment uploaded by one customer cannot be attached by another', async () => {
  const { backend, call, problems } = server();
  const form = new FormData();
  form.append('file', new File(['bytes'], 'shot.png', { type: 'image/png' }));
  const ava = { 'Helpkit-Identity': mockIdentity('ava@example.com') };
  const upload = await backend.handle(new Request(`${backend.baseUrl}/attachments`, { method: 'POST', body: form, headers: ava }));
  assert.equal(upload.status, 201);
  const uploaded = await upload.json();
  const stolen = await call('POST', '/tickets', { ...ticketInput, attachmentIds: [uploaded.id] }, { 'Helpkit-Identity': mockIdentity('eve@example.com') });
  assert.equal(stolen.status, 422);
  assert.deepEqual(stolen.json.errors.map((e) => [e.field, e.code]), [['attachmentIds', 'not_found']]);
  assert.equal((await call('POST', '/tickets', { ...ticketInput, attachmentIds: [uploaded.id] }, ava)).status, 201);
  assert.deepEqual(problems, []);
});

test('malformed input is a 400 or 413 problem, never a 500 with internal text', async () => {
  const { call, problems } = server();
  for (const body of ['null', '[1]', '{"a":', '"x"']) {
    const res = await call('POST', '/tickets', body);
    assert.equal(res.status, 400, body);
    assert.equal(res.json.type, 'https://helpkit.dev/problems/invalid-request');
  }
  assert.equal((await call('GET', '/tickets/%E0%A4%A', undefined, bearer('x'.repeat(24)))).status, 400);
  assert.equal((await call('POST', '/tickets', ticketInput, { 'Idempotency-Key': 'short' })).status, 400);
  const big = await call('POST', '/tickets', { ...ticketInput, padding: 'x'.repeat(70_000) });
  assert.equal(big.status, 413);
  const emoji = await call('POST', '/tickets', { ...ticketInput, name: '🙂'.repeat(200) });
  assert.equal(emoji.status, 201);
  assert.deepEqual(problems, []);
});

test('CORS: preflight for an allowed origin, nothing for others, exposed headers on answers', async () => {
  const { call } = server({ origins: ['https://shop.example'] });
  const pre = await call('OPTIONS', '/tickets', undefined, { Origin: 'https://shop.example', 'Access-Control-Request-Method': 'POST' });
  assert.equal(pre.status, 204);
  assert.equal(pre.headers.get('Access-Control-Allow-Origin'), 'https://shop.example');
  assert.equal(pre.headers.get('Access-Control-Max-Age'), '600');
  assert.match(pre.headers.get('Access-Control-Allow-Headers'), /Idempotency-Key/);
  const refused = await call('OPTIONS', '/tickets', undefined, { Origin: 'https://evil.example', 'Access-Control-Request-Method': 'POST' });
  assert.equal(refused.status, 403);
  assert.equal(refused.headers.get('Access-Control-Allow-Origin'), null);
  const config = await call('GET', '/config', undefined, { Origin: 'https://shop.example' });
  assert.match(config.headers.get('Access-Control-Expose-Headers'), /ETag, Retry-After, RateLimit-Limit, RateLimit-Remaining, RateLimit-Reset, Location/);
});

test('protocol 1.1 answers conform: pages, reschedule, token expiry, identity expiry', async () => {
  const { backend, call, problems } = server();
  const id = { 'Helpkit-Identity': mockIdentity('ava@example.com') };
  const created = (await call('POST', '/tickets', ticketInput, id)).json;
  assert.ok(created.accessTokenExpiresAt);
  assert.equal((await call('POST', '/tickets', { ...ticketInput, subject: 'Second' }, id)).status, 201);
  const page = (await call('GET', '/tickets?limit=1', undefined, id)).json;
  assert.equal(page.items.length, 1);
  assert.ok(page.nextCursor);
  assert.equal((await call('GET', `/tickets?cursor=${page.nextCursor}`, undefined, id)).json.items.length, 1);
  assert.equal((await call('GET', `/tickets/${created.ticket.id}/messages`, undefined, id)).json.items.length, 1);
  const free = (await call('GET', '/callbacks/slots')).json.slots.filter((s) => s.available);
  const cb = (await call('POST', '/callbacks', { name: 'Ava', phone: '+46701234567', slotStart: free[0].start, locale: 'en' })).json;
  const moved = await call('PATCH', `/callbacks/${cb.callback.id}`, { slotStart: free[1].start }, bearer(cb.accessToken));
  assert.equal(moved.status, 200);
  const expired = mockIdentity('ava@example.com', { exp: Math.floor(Date.parse(MONDAY) / 1000) - 3600 });
  const refused = await call('GET', '/tickets', undefined, { 'Helpkit-Identity': expired });
  assert.equal(refused.status, 401);
  assert.equal(refused.json.type, 'https://helpkit.dev/problems/identity-expired');
  backend.advance(91 * 24 * 3600_000);
  const old = await call('GET', `/tickets/${created.ticket.id}`, undefined, bearer(created.accessToken));
  assert.equal(old.status, 401);
  assert.equal(old.json.type, 'https://helpkit.dev/problems/access-token-expired');
  assert.deepEqual(problems, []);
});
