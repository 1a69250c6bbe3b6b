// Node: views of one client (`client.with({ locale })`) on the built package, where a server may
// answer customers in several languages through one client.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createClient } from 'helpkit/sdk';
import { createMockBackend, mockIdentity } from 'helpkit/mock';

/** A fetch straight into the mock backend that records Accept-Language and Helpkit-Identity. */
function recording(backend) {
  const sent = [];
  const fetch = (input, init) => {
    const request = new Request(input, init);
    sent.push([request.headers.get('Accept-Language'), request.headers.get('Helpkit-Identity')]);
    return backend.fetch(request);
  };
  return { fetch, sent };
}

test('views answer in their own language and share identity and the outbox', async () => {
  const backend = createMockBackend();
  const wire = recording(backend);
  const client = createClient({ baseUrl: backend.baseUrl, fetch: wire.fetch, retry: 0 });
  const sv = client.with({ locale: 'sv' });
  const fa = client.with({ locale: 'fa' });
  try {
    assert.equal((await sv.config()).name, 'Nordlys kundtjänst');
    assert.equal((await fa.config()).name, 'پشتیبانی نوردلیس');
    assert.deepEqual([client.locale, sv.locale, fa.locale], [undefined, 'sv', 'fa']);

    const ava = mockIdentity('ava@example.com', { now: backend.now() });
    client.setIdentity(ava);
    await sv.tickets.list();
    assert.deepEqual(wire.sent.at(-1), ['sv', ava]);
    assert.equal(fa.owner, client.owner);

    const queued = await sv.outbox.submit({
      kind: 'ticket',
      body: { name: 'Ava', email: 'ava@example.com', subject: 'Hej', body: 'Skrivaren blinkar.', categoryId: 'technical', fields: { device: 'printer' }, locale: 'sv' },
    });
    assert.equal(queued.state, 'sent');
    assert.deepEqual(await fa.outbox.list(), []);
    assert.equal(backend.ticketCount, 1);
  } finally {
    fa.close(); // closes the one client all three views share
  }
});
