// The mock backend, driven through the built SDK in Node, must answer exactly as the OpenAPI
// document says: every response of every operation is validated against its schema.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createClient } from 'helpkit/sdk';
import { createMockBackend, mockIdentity } from 'helpkit/mock';
import { checkResponse } from './openapi-validator.mjs';

test('every operation answers as protocol/openapi.yaml says', async () => {
  const backend = createMockBackend({ startAt: '2026-03-02T08:30:00Z' });
  const problems = [];
  const seen = new Set();
  const fetch = async (input, init) => {
    const request = new Request(input, init);
    const response = await backend.fetch(request.clone());
    problems.push(...(await checkResponse('/api/v1', request, response)));
    seen.add(`${request.method} ${response.status}`);
    return response;
  };
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
  await assert.rejects(client.articles.get('nope-en'), { kind: 'not_found' });

  const file = new File(['screenshot bytes'], 'shot.png', { type: 'image/png' });
  const attachment = await client.attachments.upload(file);
  await assert.rejects(client.attachments.upload(new File(['x'], 'a.exe', { type: 'application/x-msdownload' })), { status: 415 });

  const input = {
    name: 'Ava', email: 'ava@example.com', subject: 'Printer offline', body: 'It does not connect.',
    categoryId: 'technical', fields: { device: 'printer', canReproduce: true }, attachmentIds: [attachment.id], locale: 'fa',
  };
  const { ticket, accessToken } = await client.tickets.create(input);
  await assert.rejects(client.tickets.create({ ...input, email: 'nope' }), { kind: 'validation' });
  await client.tickets.get(ticket.id, { token: accessToken });
  await assert.rejects(client.tickets.get(ticket.id, { token: 'wrong' }), { kind: 'auth' });
  await client.tickets.reply(ticket.id, { body: 'More details' }, { token: accessToken });
  await assert.rejects(client.tickets.escalate(ticket.id, { reason: 'slow' }, { token: accessToken }), { kind: 'conflict' });
  backend.advance(3 * 24 * 3600_000);
  const late = await client.tickets.get(ticket.id, { token: accessToken });
  assert.ok(late.status === 'solved' || late.status === 'waiting_on_customer');
  await client.tickets.rate(ticket.id, { rating: 5 }, { token: accessToken }).catch(() => undefined);
  await client.tickets.requestAccessLinks('ava@example.com');
  client.setIdentity(mockIdentity('ava@example.com'));
  assert.equal((await client.tickets.list()).length, 1);

  const slots = await client.callbacks.slots();
  const free = slots.slots.find((s) => s.available);
  const { callback, accessToken: cbToken } = await client.callbacks.request({ name: 'Ava', phone: '+46701234567', slotStart: free.start, locale: 'fa' });
  await client.callbacks.get(callback.id, { token: cbToken });
  await client.callbacks.cancel(callback.id, { token: cbToken });

  assert.deepEqual(problems, []);
  for (const expected of ['GET 200', 'GET 304', 'POST 201', 'POST 204', 'POST 202', 'POST 422', 'POST 409', 'DELETE 204', 'GET 403', 'GET 404', 'POST 415']) {
    assert.ok(seen.has(expected), `no response ${expected} was checked`);
  }
  client.close();
});
