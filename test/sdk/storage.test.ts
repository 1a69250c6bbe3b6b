import { expect } from '@open-wc/testing';
import { openDB } from 'idb';
import type { MockBackend } from '../../src/mock/index.js';
import type { StorageChange } from '../../src/sdk/index.js';
import { closeClients, sampleTicket, startBackend, testClient, uniqueBase, until, openFreshPage, testClock } from '../helpers/index.js';

describe('storage (real IndexedDB)', () => {
  let backend: MockBackend;
  beforeEach(async () => {
    backend = await startBackend({ baseUrl: uniqueBase() });
  });
  afterEach(closeClients);

  it('a draft with an attachment written by one page is read by a fresh page', async () => {
    const first = await openFreshPage();
    const writer = first.sdk.createClient({ baseUrl: backend.baseUrl, autoFlush: false });
    const shot = new (first.window as unknown as typeof globalThis).File(['png bytes here'], 'shot.png', { type: 'image/png' });
    await writer.drafts.save('ticket-form', { subject: 'Skrivaren är offline', files: [shot] });
    expect(await writer.persistent()).to.equal(true);
    first.close();

    const second = await openFreshPage();
    const reader = second.sdk.createClient({ baseUrl: backend.baseUrl, autoFlush: false });
    const draft = await reader.drafts.load<{ subject: string; files: File[] }>('ticket-form');
    expect(draft!.data.subject).to.equal('Skrivaren är offline');
    expect(draft!.data.files[0]!.name).to.equal('shot.png');
    expect(await draft!.data.files[0]!.text()).to.equal('png bytes here');
    expect(draft!.expiresAt - draft!.updatedAt).to.equal(30 * 24 * 3600_000);
    reader.close();
    second.close();
  });

  it('drafts expire on the client’s clock, and not a moment before', async () => {
    const clock = testClock();
    const client = testClient(backend, { clock });
    await client.drafts.save('reply:t_1', { body: 'hej' }, { ttlMs: 30_000 });
    clock.advance(29_999);
    expect((await client.drafts.load('reply:t_1'))?.data).to.deep.equal({ body: 'hej' });
    clock.advance(1);
    expect(await client.drafts.load('reply:t_1')).to.equal(undefined);
  });

  it('a remembered token expires on the client’s clock', async () => {
    const clock = testClock();
    const client = testClient(backend, { clock });
    await client.tracked.remember('ticket', 't_1', 'tok');
    const [record] = await client.tracked.list();
    expect(record!.expiresAt - clock.now()).to.equal(90 * 24 * 3600_000);
    clock.advance(90 * 24 * 3600_000 - 1);
    expect((await client.tracked.get('ticket', 't_1'))?.token).to.equal('tok');
    clock.advance(1);
    expect(await client.tracked.get('ticket', 't_1')).to.equal(undefined);
    expect(await client.tracked.list()).to.deep.equal([]);
  });

  it('two tabs editing one form: a stale save reports the other tab’s draft instead of overwriting it', async () => {
    const tabA = testClient(backend);
    const tabB = testClient(backend);
    const a1 = await tabA.drafts.save('ticket-form', { body: 'from A' });
    expect(a1.saved).to.equal(true);
    const seenByB = await tabB.drafts.load('ticket-form');
    const b = await tabB.drafts.save('ticket-form', { body: 'from B' }, { expectRev: seenByB!.rev });
    expect(b.saved).to.equal(true);
    const stale = await tabA.drafts.save('ticket-form', { body: 'A again' }, { expectRev: a1.saved ? a1.draft.rev : 0 });
    expect(stale.saved).to.equal(false);
    expect(!stale.saved && stale.conflict.data).to.deep.equal({ body: 'from B' });
    expect((await tabA.drafts.load('ticket-form'))!.data).to.deep.equal({ body: 'from B' });
    const forced = await tabA.drafts.save('ticket-form', { body: 'A again' }, { force: true });
    expect(forced.saved).to.equal(true);
  });

  it('tickets created on one page are listed, with their token, on the next', async () => {
    const page = await openFreshPage();
    const before = page.sdk.createClient({ baseUrl: backend.baseUrl, autoFlush: false });
    const { ticket } = await before.tickets.create(sampleTicket);
    page.close();

    const after = testClient(backend);
    const mine = await after.tracked.list();
    expect(mine.map((m) => m.id)).to.deep.equal([ticket.id]);
    expect((await after.tickets.get(ticket.id)).number).to.equal(ticket.number);
  });

  it('keeps two backends apart', async () => {
    const other = testClient(backend, { baseUrl: uniqueBase() });
    const client = testClient(backend);
    await client.drafts.save('ticket-form', { body: 'for backend one' });
    await client.tracked.remember('ticket', 't_1', 'secret');
    expect(await other.drafts.load('ticket-form')).to.equal(undefined);
    expect(await other.tracked.list()).to.deep.equal([]);
  });

  it('tells other tabs about changes', async () => {
    const client = testClient(backend);
    const changes: StorageChange[] = [];
    client.onStorageChange((c) => changes.push(c));
    await client.persistent(); // storage open, listener attached
    const page = await openFreshPage();
    const other = page.sdk.createClient({ baseUrl: backend.baseUrl, autoFlush: false });
    await other.drafts.save('ticket-form', { body: 'typed in another tab' });
    await until(() => changes.length > 0, 'a broadcast change');
    expect(changes[0]).to.deep.equal({ store: 'drafts', key: 'ticket-form', remote: true });
    other.close();
    page.close();
  });

  it('upgrades a version-1 database: drafts and tickets of unknown owner are dropped, unsent submissions stay as the anonymous visitor’s', async () => {
    const now = Date.now();
    const old = await openDB(`helpkit:${backend.baseUrl}`, 1, {
      upgrade(db) {
        db.createObjectStore('drafts', { keyPath: 'key' });
        db.createObjectStore('outbox', { keyPath: 'key' }).createIndex('byCreated', 'createdAt');
        db.createObjectStore('items', { keyPath: 'key' }).createIndex('byCreated', 'createdAt');
        db.createObjectStore('cache', { keyPath: 'key' });
      },
    });
    await old.put('drafts', { key: 'ticket-form', data: { subject: 'whose?' }, rev: 1, tabId: 't', updatedAt: now, expiresAt: now + 86_400_000 });
    await old.put('items', { key: 'ticket:t_1', type: 'ticket', id: 't_1', token: 'someone’s token', createdAt: now });
    await old.put('outbox', { key: 'k1', kind: 'ticket', body: sampleTicket, idempotencyKey: 'v1-key-0001', files: [], createdAt: now, attempts: 0 });
    old.close();

    const client = testClient(backend);
    expect(await client.drafts.load('ticket-form')).to.equal(undefined);
    expect(await client.tracked.list()).to.deep.equal([]);
    expect((await client.outbox.list()).map((r) => [r.key, r.owner])).to.deep.equal([['k1', 'anonymous']]);
    expect((await client.outbox.flush()).sent).to.equal(1);
    const db = await openDB(`helpkit:${backend.baseUrl}`);
    expect([db.version, (await db.getAll('drafts')).length]).to.deep.equal([2, 0]);
    expect((await db.getAll('items')).map((i) => i.token)).to.not.include('someone’s token');
    db.close();
  });

  it('falls back to memory when the database cannot be opened, and typing still saves', async () => {
    const base = uniqueBase();
    // A newer version of the database (another tab running a newer widget) makes ours fail to open.
    const newer = await openDB(`helpkit:${base}`, 99);
    const client = testClient(backend, { baseUrl: base });
    expect(await client.persistent()).to.equal(false);
    await client.drafts.save('ticket-form', { body: 'still here' });
    expect((await client.drafts.load('ticket-form'))!.data).to.deep.equal({ body: 'still here' });
    newer.close();
  });
});
