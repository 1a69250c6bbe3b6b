// The built SDK in Node against real HTTP servers on loopback ports: what reaches the wire.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createServer } from 'node:http';
import { createClient } from 'helpkit/sdk';

/** A server on its own port (so its own origin) that records requests and answers with `answer`. */
async function server(answer) {
  const seen = [];
  const srv = createServer((req, res) => {
    seen.push({ url: req.url, identity: req.headers['helpkit-identity'], key: req.headers['idempotency-key'] });
    answer(req, res, seen.length);
  });
  await new Promise((resolve) => srv.listen(0, '127.0.0.1', resolve));
  return { seen, base: `http://127.0.0.1:${srv.address().port}/api/v1`, close: () => srv.close() };
}

const json = (res, status, body, headers = {}) => {
  res.writeHead(status, { 'Content-Type': 'application/json', ...headers });
  res.end(JSON.stringify(body));
};

const ticket = {
  name: 'Ava', email: 'ava@example.com', subject: 'Hi', body: 'Hello there', categoryId: 'technical', locale: 'en',
};

test('a redirect to another origin is not followed: identity and Idempotency-Key stay home', { timeout: 10_000 }, async () => {
  const elsewhere = await server((req, res) => json(res, 201, { ticket: { id: 't_1', number: 'HK-1' }, accessToken: 'x' }));
  const home = await server((req, res) => {
    res.writeHead(307, { Location: `${elsewhere.base}/tickets` });
    res.end();
  });
  const client = createClient({ baseUrl: home.base, identity: 'eyJhbGciOiJFUzI1NiJ9.e30.c2ln', retry: { limit: 2, backoffLimit: 10 } });
  try {
    const error = await client.tickets.create(ticket).catch((e) => e);
    assert.equal(error.name, 'ProtocolError');
    assert.equal(error.status, 307);
    assert.equal(error.retryable, false);
    assert.equal(home.seen.length, 1);
    assert.deepEqual(elsewhere.seen, []);
  } finally {
    client.close();
    home.close();
    elsewhere.close();
  }
});

test('Retry-After: soon means the normal backoff, and a long RateLimit-Reset fails at once', { timeout: 10_000 }, async () => {
  const srv = await server((req, res, n) => {
    if (req.url.endsWith('/articles') || req.url.includes('/articles?')) {
      return n === 1 ? json(res, 503, { title: 'Busy' }, { 'Retry-After': 'soon' }) : json(res, 200, { items: [], total: 0 });
    }
    json(res, 429, { title: 'Slow down' }, { 'RateLimit-Reset': '25' });
  });
  const client = createClient({ baseUrl: srv.base, retry: { limit: 2, backoffLimit: 10 } });
  try {
    assert.deepEqual((await client.articles.search({ q: 'x' })).items, []);
    assert.equal(srv.seen.length, 2);
    const error = await client.tickets.list().catch((e) => e);
    assert.equal(error.name, 'RateLimitError');
    assert.equal(error.retryAfter, 25);
    assert.equal(srv.seen.length, 3);
  } finally {
    client.close();
    srv.close();
  }
});

test('header values and ids that would go wrong on the wire are ConfigErrors, and nothing is sent', { timeout: 10_000 }, async () => {
  const srv = await server((req, res) => json(res, 200, {}));
  try {
    assert.throws(() => createClient({ baseUrl: srv.base, identity: 'a\r\nb' }), { name: 'ConfigError' });
    assert.throws(() => createClient({ baseUrl: srv.base.replace('http://', 'http://me:pw@') }), { name: 'ConfigError' });
    const client = createClient({ baseUrl: srv.base });
    const bad = await client.tickets.get('t_1', { token: 'a\nb' }).catch((e) => e);
    assert.equal(bad.name, 'ConfigError');
    const dots = await client.tickets.reply('..', { body: 'x' }, { token: 'tok' }).catch((e) => e);
    assert.equal(dots.name, 'ConfigError');
    assert.equal(srv.seen.length, 0);
    client.close();
  } finally {
    srv.close();
  }
});
