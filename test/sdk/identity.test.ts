import { expect } from '@open-wc/testing';
import { openDB } from 'idb';
import { mockIdentity, type MockBackend } from '../../src/mock/index.js';
import { ownerScope } from '../../src/sdk/storage/owner.js';
import { sharedClient } from '../../src/internal/clients.js';
import { closeClients, sampleTicket, startBackend, testClient, uniqueBase, until, recordingFetch, testClock } from '../helpers/index.js';

// Signed at the mock's (frozen) time, so it accepts them.
let ava: string;
let ben: string;
const b64url = (o: object) => btoa(String.fromCharCode(...new TextEncoder().encode(JSON.stringify(o)))).replace(/=+$/, '').replace(/\+/g, '-').replace(/\//g, '_');

describe('storage belongs to one customer (identity)', () => {
  let backend: MockBackend;
  beforeEach(async () => {
    backend = await startBackend({ baseUrl: uniqueBase() });
    ava = mockIdentity('ava@example.com', { now: backend.now() });
    ben = mockIdentity('ben@example.com', { now: backend.now() });
  });
  afterEach(closeClients);

  it('derives the owner from the identity JWT’s sub, else a hash of the token, else anonymous', () => {
    const jwt = (sub: string, extra = {}) => `${b64url({ alg: 'HS256' })}.${b64url({ sub, ...extra })}.sig`;
    expect(ownerScope(undefined)).to.equal('anonymous');
    expect(ownerScope(jwt('42'))).to.equal('sub:42');
    // A refreshed token of the same customer is the same owner.
    expect(ownerScope(jwt('42', { exp: 1 }))).to.equal(ownerScope(jwt('42', { exp: 2 })));
    expect(ownerScope(jwt('ünï/+'))).to.equal('sub:ünï/+');
    const opaque = ownerScope('opaque-session-token');
    expect(opaque).to.match(/^token:/).and.not.contain('opaque');
    expect(opaque).to.not.equal(ownerScope('opaque-session-tokem'));
    expect(ownerScope('a.not-json.c')).to.match(/^token:/);
  });

  it('a draft written for one customer is not loaded for another, nor for an anonymous visitor', async () => {
    const a = testClient(backend, { identity: ava });
    await a.drafts.save('ticket-form', { subject: 'Ava’s secret' });
    const b = testClient(backend, { identity: ben });
    expect(await b.drafts.load('ticket-form')).to.equal(undefined);
    expect(await testClient(backend).drafts.load('ticket-form')).to.equal(undefined);
    // The same client switching back and forth sees each customer's own.
    await b.drafts.save('ticket-form', { subject: 'Ben’s' });
    b.setIdentity(ava);
    expect((await b.drafts.load<{ subject: string }>('ticket-form'))!.data.subject).to.equal('Ava’s secret');
    b.setIdentity(ben);
    expect((await b.drafts.load<{ subject: string }>('ticket-form'))!.data.subject).to.equal('Ben’s');
  });

  it('a draft belongs to whoever was the identity when it was saved, even if it changes before the write', async () => {
    const client = testClient(backend, { identity: ava });
    const saving = client.drafts.save('ticket-form', { subject: 'Ava’s, typed just before signing out' });
    client.setIdentity(ben);
    await saving;
    expect(await client.drafts.load('ticket-form')).to.equal(undefined);
    client.setIdentity(ava);
    expect((await client.drafts.load<{ subject: string }>('ticket-form'))!.data.subject).to.equal('Ava’s, typed just before signing out');
  });

  it('a remembered ticket and its token are offered only to the customer who created it', async () => {
    const a = testClient(backend, { identity: ava });
    const { ticket } = await a.tickets.create(sampleTicket);
    const wire = recordingFetch();
    const b = testClient(backend, { identity: ben, fetch: wire.fetch });
    expect(await b.tracked.list()).to.deep.equal([]);
    const error = await b.tickets.get(ticket.id).catch((e) => e);
    expect(['auth', 'not_found']).to.include(error.kind);
    expect(wire.sent.map((s) => s.headers.has('Authorization'))).to.deep.equal([false]);
    expect((await a.tickets.get(ticket.id)).id).to.equal(ticket.id);
  });

  it('flush sends only the current customer’s queued entries, each under its own identity', async () => {
    const wire = recordingFetch();
    const client = testClient(backend, { identity: ava, fetch: wire.fetch, retry: 0 });
    backend.offline = true;
    await client.outbox.submit({ kind: 'ticket', body: { ...sampleTicket, subject: 'From Ava' } });
    backend.offline = false;
    client.setIdentity(ben);
    expect(await client.outbox.list()).to.deep.equal([]);
    expect(await client.outbox.flush()).to.deep.equal({ sent: 0, rejected: 0, remaining: 0 });
    expect(backend.ticketCount).to.equal(0);
    client.setIdentity(ava);
    expect((await client.outbox.flush()).sent).to.equal(1);
    const creates = wire.sent.filter((s) => s.method === 'POST' && s.path === '/tickets');
    expect(creates.map((s) => s.headers.get('Helpkit-Identity'))).to.deep.equal([ava, ava]);
  });

  it('a customer who comes back gets their queued entry sent as soon as their identity is set again', async () => {
    const client = testClient(backend, { identity: ava, retry: 0, autoFlush: true });
    const sent: string[] = [];
    client.outbox.on('sent', (r) => sent.push(r.owner));
    backend.offline = true;
    await client.outbox.submit({ kind: 'ticket', body: sampleTicket });
    backend.offline = false;
    client.setIdentity(ben);
    const avaOwner = testClient(backend, { identity: ava }).owner;
    client.setIdentity(ava);
    await until(() => sent.length === 1, 'Ava’s entry to be sent');
    expect(sent).to.deep.equal([avaOwner]);
    expect(backend.ticketCount).to.equal(1);
  });

  it('remembers the token until the server’s accessTokenExpiresAt, else for 90 days; expired ones are purged and never sent', async () => {
    const clock = testClock();
    backend = await startBackend({ baseUrl: uniqueBase(), clock }); // one clock for the backend and the client
    const client = testClient(backend, { clock });
    const created = await client.tickets.create(sampleTicket);
    const [item] = await client.tracked.list('ticket');
    expect(created.accessTokenExpiresAt).to.be.a('string');
    expect(item!.expiresAt).to.equal(Date.parse(created.accessTokenExpiresAt!));
    clock.advance(60_000); // remembered a minute later, so it outlives the ticket's token
    await client.tracked.remember('ticket', 't_plain', 'tok');
    const plain = await client.tracked.get('ticket', 't_plain');
    expect(plain!.expiresAt - plain!.createdAt).to.equal(90 * 86_400_000);

    // The ticket's token runs out (the one without a date from the server lasts longer).
    clock.advance(item!.expiresAt - clock.now());
    const wire = recordingFetch();
    const later = testClient(backend, { fetch: wire.fetch, clock });
    const error = await later.tickets.get(created.ticket.id).catch((e) => e);
    expect(error.kind).to.equal('auth');
    expect(wire.sent[0]!.headers.has('Authorization')).to.equal(false);
    expect((await later.tracked.list()).map((i) => i.id)).to.deep.equal(['t_plain']);
    const raw = await openDB(`helpkit:${backend.baseUrl}`);
    expect(await raw.get('items', item!.key)).to.equal(undefined);
    raw.close();
  });

  it('elements share one client per backend however the URL is spelt (query, fragment, trailing slash)', () => {
    const base = uniqueBase();
    const one = sharedClient(base);
    expect(sharedClient(`${base}/?session=1#top`) === one).to.equal(true);
    expect(sharedClient(`${base}#hk-ticket=t.tok`) === one).to.equal(true);
    one.close();
  });
});
