// Node: one client shared by a server for many customers must never attach a token remembered for
// another call. Remembering is a browser default; in Node it is opt-in (`remember: true`).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createClient } from 'helpkit/sdk';
import { createMockBackend } from 'helpkit/mock';

const ticket = {
  name: 'Nils', email: 'nils@example.se', subject: 'Fakturan saknas', body: 'Jag hittar inte fakturan för mars.',
  categoryId: 'billing', fields: { paymentMethod: 'invoice' }, locale: 'sv',
};

/** A fetch straight into the mock backend that records the Authorization header of every call. */
function recording(backend) {
  const auth = [];
  const fetch = (input, init) => {
    const request = new Request(input, init);
    auth.push(request.headers.get('Authorization'));
    return backend.fetch(request);
  };
  return { fetch, auth };
}

test('a shared client in Node remembers no token: a later call without one sends none', async () => {
  const backend = createMockBackend();
  const wire = recording(backend);
  const client = createClient({ baseUrl: backend.baseUrl, fetch: wire.fetch, retry: 0 });
  try {
    const created = await client.tickets.create(ticket); // customer one's request
    assert.ok(created.accessToken);
    assert.deepEqual(await client.tracked.list(), []);
    assert.equal(await client.persistent(), false);

    wire.auth.length = 0;
    const error = await client.tickets.get(created.ticket.id).catch((e) => e); // another customer's request
    assert.ok(['auth', 'not_found'].includes(error.kind), `expected a refusal, got ${error.kind ?? error}`);
    assert.deepEqual(wire.auth, [null]);

    const own = await client.tickets.get(created.ticket.id, { token: created.accessToken });
    assert.equal(own.id, created.ticket.id);
  } finally {
    client.close();
  }
});

test('remember: true opts in to remembering tokens in Node (in memory, for the process)', async () => {
  const backend = createMockBackend();
  const client = createClient({ baseUrl: backend.baseUrl, fetch: backend.fetch, retry: 0, remember: true });
  try {
    const created = await client.tickets.create(ticket);
    assert.deepEqual((await client.tracked.list()).map((i) => i.id), [created.ticket.id]);
    assert.equal((await client.tickets.get(created.ticket.id)).id, created.ticket.id);
  } finally {
    client.close();
  }
});
