// A plain Node 20 program: import helpkit/sdk from the built package and file a ticket against a
// backend at a real URL (here the mock backend behind node:http on a loopback port).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createServer } from 'node:http';
import { createClient, isValidationError } from 'helpkit/sdk';
import { createMockBackend } from 'helpkit/mock';

function serve(backend) {
  const server = createServer(async (req, res) => {
    const chunks = [];
    for await (const chunk of req) chunks.push(chunk);
    const body = chunks.length ? Buffer.concat(chunks) : undefined;
    const request = new Request(`${backend.baseUrl}${req.url.slice('/api/v1'.length)}`, {
      method: req.method,
      headers: req.headers,
      body: req.method === 'GET' || req.method === 'HEAD' ? undefined : body,
    });
    const response = await backend.handle(request);
    res.writeHead(response.status, Object.fromEntries(response.headers));
    res.end(Buffer.from(await response.arrayBuffer()));
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}

test('creates a ticket over HTTP with the built SDK', async () => {
  const backend = createMockBackend();
  const server = await serve(backend);
  const { port } = server.address();
  const client = createClient({ baseUrl: `http://127.0.0.1:${port}/api/v1`, locale: 'sv' });
  try {
    const config = await client.config();
    assert.equal(config.name, 'Nordlys kundtjänst');
    const created = await client.tickets.create({
      name: 'Nils', email: 'nils@example.se', subject: 'Fakturan saknas', body: 'Jag hittar inte fakturan för mars.',
      categoryId: 'billing', fields: { paymentMethod: 'invoice' }, locale: 'sv',
    });
    assert.match(created.ticket.number, /^HK-\d+$/);
    assert.equal(created.ticket.status, 'received');
    const again = await client.tickets.get(created.ticket.id, { token: created.accessToken });
    assert.equal(again.subject, 'Fakturan saknas');
    const error = await client.tickets.create({ name: '', email: 'x', subject: '', body: '', categoryId: 'billing', locale: 'sv' }).catch((e) => e);
    assert.ok(isValidationError(error));
    assert.deepEqual(error.fieldErrors.map((f) => f.field).sort(), ['body', 'email', 'fields.paymentMethod', 'name', 'subject']);
  } finally {
    client.close();
    server.close();
  }
});
