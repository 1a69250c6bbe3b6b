// Views of one client (`client.with({ locale })`): each speaks its own language, everything else is one.
import { expect } from '@open-wc/testing';
import { mockIdentity, type MockBackend } from '../../src/mock/index.js';
import { closeClients, sampleTicket, startBackend, testClient, uniqueBase, recordingFetch } from '../helpers/index.js';

describe('client views per locale', () => {
  let backend: MockBackend;
  beforeEach(async () => {
    backend = await startBackend({ baseUrl: uniqueBase() });
  });
  afterEach(closeClients);

  function views() {
    const wire = recordingFetch();
    const root = testClient(backend, { retry: 0, fetch: wire.fetch });
    return { wire, root, sv: root.with({ locale: 'sv' }), en: root.with({ locale: 'en' }) };
  }

  it('each view sends its own Accept-Language, and the root keeps its own (none)', async () => {
    const { wire, root, sv, en } = views();
    await sv.articles.search({ q: 'a' });
    await en.articles.search({ q: 'a' });
    await root.articles.search({ q: 'a' });
    expect(wire.sent.map((s) => s.headers.get('Accept-Language'))).to.deep.equal(['sv', 'en', null]);
    expect([sv.locale, en.locale, root.locale]).to.deep.equal(['sv', 'en', undefined]);
    // A view of a view keeps the locale unless told otherwise.
    expect([sv.with({}).locale, sv.with({ locale: undefined }).locale, sv.with({ locale: 'fa' }).locale]).to.deep.equal(['sv', undefined, 'fa']);
  });

  it('config() answers each view in its language, cached per language (one 200 and one 304 each)', async () => {
    const { wire, sv, en } = views();
    expect((await sv.config()).name).to.equal('Nordlys kundtjänst');
    expect((await en.config()).name).to.equal('Nordlys Support');
    expect((await sv.config()).name).to.equal('Nordlys kundtjänst');
    expect((await en.config()).name).to.equal('Nordlys Support');
    expect(backend.requests.map((r) => r.status)).to.deep.equal([200, 200, 304, 304]);
    expect(wire.sent.map((s) => [s.headers.get('Accept-Language'), s.headers.get('If-None-Match') !== null])).to.deep.equal([
      ['sv', false],
      ['en', false],
      ['sv', true],
      ['en', true],
    ]);
  });

  it('a view of a view has its own language and leaves the others alone', async () => {
    const { root, sv, en } = views();
    const fa = en.with({ locale: 'fa' });
    expect([root.locale, sv.locale, en.locale, fa.locale]).to.deep.equal([undefined, 'sv', 'en', 'fa']);
    expect((await fa.config()).name).to.equal('پشتیبانی نوردلیس');
    expect((await sv.config()).name).to.equal('Nordlys kundtjänst');
  });

  it('shares drafts, tracked tickets and the identity set on the root', async () => {
    const { wire, root, sv, en } = views();
    await sv.drafts.save('ticket-form', { subject: 'Skrivaren' });
    expect((await en.drafts.load<{ subject: string }>('ticket-form'))!.data.subject).to.equal('Skrivaren');

    const ava = mockIdentity('ava@example.com', { now: backend.now() });
    root.setIdentity(ava);
    await sv.tickets.list();
    await en.tickets.list();
    expect(wire.sent.slice(-2).map((s) => [s.headers.get('Accept-Language'), s.headers.get('Helpkit-Identity')])).to.deep.equal([
      ['sv', ava],
      ['en', ava],
    ]);
    // Set on a view, it holds for the root too; and so does whose drafts are seen.
    expect(await en.drafts.load('ticket-form')).to.equal(undefined);
    en.setIdentity(undefined);
    expect([root.owner, sv.owner]).to.deep.equal(['anonymous', 'anonymous']);
    expect((await root.drafts.load<{ subject: string }>('ticket-form'))!.data.subject).to.equal('Skrivaren');

    const { ticket } = await sv.tickets.create(sampleTicket);
    expect((await en.tracked.list()).map((t) => t.id)).to.deep.equal([ticket.id]);
    expect((await en.tickets.get(ticket.id)).id).to.equal(ticket.id); // with the token remembered through sv
  });

  it('has one outbox: queued through one view, listed by all, sent once by one flush', async () => {
    const { root, sv, en } = views();
    const sent: string[] = [];
    en.outbox.on('sent', (record) => sent.push(record.key));
    backend.offline = true;
    const queued = await sv.outbox.submit({ kind: 'ticket', body: sampleTicket });
    expect(queued.state).to.equal('queued');
    expect((await en.outbox.list()).map((r) => r.key)).to.deep.equal([queued.key]);
    expect((await root.outbox.list()).map((r) => r.key)).to.deep.equal([queued.key]);
    backend.offline = false;
    const [a, b] = await Promise.all([en.outbox.flush(), sv.outbox.flush()]);
    expect(a.sent + b.sent).to.equal(1);
    expect(await root.outbox.flush()).to.deep.equal({ sent: 0, rejected: 0, remaining: 0 });
    expect(backend.ticketCount).to.equal(1);
    expect(backend.requests.filter((r) => r.method === 'POST' && r.path === '/tickets').map((r) => r.status)).to.deep.equal([201]);
    expect(sent).to.deep.equal([queued.key]);
  });

  it('close() on a view closes the one client: listeners on every view stop', async () => {
    const { root, sv } = views();
    const changes: string[] = [];
    root.onStorageChange((change) => changes.push(change.key));
    await root.drafts.save('before', { body: 'a' });
    expect(changes).to.deep.equal(['before']);
    sv.close();
    await new Promise((r) => setTimeout(r, 0)); // close() lets go of storage once it is open
    await root.drafts.save('after', { body: 'b' });
    expect(changes).to.deep.equal(['before']);
    expect(await root.persistent()).to.equal(false); // the database is closed; writes stay in memory
  });

  it('a refused locale is a ConfigError from with(), as from createClient', () => {
    const { root } = views();
    expect(() => root.with({ locale: 'sv\r\nX: 1' })).to.throw().with.property('name', 'ConfigError');
  });
});
