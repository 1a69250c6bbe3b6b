import { expect } from '@open-wc/testing';
import { openDB } from 'idb';
import { mockIdentity, type MockBackend } from '../../src/mock/index.js';
import { tabCopyKey } from '../../src/sdk/storage/tab-copies.js';
import { closeClients, sampleTicket, startBackend, testClient, uniqueBase } from '../helpers/index.js';

// Signed at the mock's (frozen) time, so it accepts them.
let ava: string;
let ben: string;

describe('client.forget()', () => {
  let backend: MockBackend;
  beforeEach(async () => {
    backend = await startBackend({ baseUrl: uniqueBase() });
    ava = mockIdentity('ava@example.com', { now: backend.now() });
    ben = mockIdentity('ben@example.com', { now: backend.now() });
  });
  afterEach(closeClients);

  it('deletes this customer’s drafts, queued submissions, tickets and tokens on this device; other customers’ stay', async () => {
    const client = testClient(backend, { identity: ava, retry: 0 });
    await client.tickets.create(sampleTicket);
    await client.drafts.save('ticket-form', { subject: 'Ava typing' });
    backend.offline = true;
    await client.outbox.submit({ kind: 'ticket', body: sampleTicket });
    backend.offline = false;

    client.setIdentity(ben);
    await client.drafts.save('ticket-form', { subject: 'Ben typing' });
    await client.tracked.remember('ticket', 't_ben', 'ben-token');

    client.setIdentity(ava);
    await client.forget();
    expect(await client.drafts.load('ticket-form')).to.equal(undefined);
    expect(await client.outbox.list()).to.deep.equal([]);
    expect(await client.tracked.list()).to.deep.equal([]);

    // Nothing of Ava's is left in the database itself, and Ben's is all there.
    const db = await openDB(`helpkit:${backend.baseUrl}`);
    const all = [...(await db.getAll('drafts')), ...(await db.getAll('items')), ...(await db.getAll('outbox'))];
    db.close();
    expect(JSON.stringify(all)).to.not.contain('Ava typing').and.not.contain(sampleTicket.subject);
    client.setIdentity(ben);
    expect(all.map((r) => r.owner)).to.deep.equal([client.owner, client.owner]);
    expect((await client.drafts.load<{ subject: string }>('ticket-form'))!.data.subject).to.equal('Ben typing');
    expect((await client.tracked.list()).map((i) => i.token)).to.deep.equal(['ben-token']);
  });

  it('also deletes the tab’s copies of this customer’s unsaved words for this backend, and no one else’s', async () => {
    const client = testClient(backend, { identity: ava, retry: 0 });
    const avaOwner = client.owner;
    const mine = [tabCopyKey(client.baseUrl, avaOwner, 'ticket-form'), tabCopyKey(client.baseUrl, avaOwner, 'faq-contact')];
    const others = [tabCopyKey(client.baseUrl, 'anonymous', 'ticket-form'), tabCopyKey(uniqueBase(), avaOwner, 'ticket-form'), 'unrelated'];
    for (const key of [...mine, ...others]) sessionStorage.setItem(key, '{"data":{}}');
    try {
      await client.forget();
      expect(mine.map((k) => sessionStorage.getItem(k))).to.deep.equal([null, null]);
      expect(others.map((k) => sessionStorage.getItem(k))).to.deep.equal(['{"data":{}}', '{"data":{}}', '{"data":{}}']);
    } finally {
      for (const key of [...mine, ...others]) sessionStorage.removeItem(key);
    }
  });
});
