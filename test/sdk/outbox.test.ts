import { expect } from '@open-wc/testing';
import type { MockBackend } from '../../src/mock/index.js';
import type { OutboxRecord, TicketCreated } from '../../src/sdk/index.js';
import { closeClients, sampleTicket, startBackend, testClient, uniqueBase, until, openFreshPage, recordingFetch, testClock } from '../helpers/index.js';

const creates = (backend: MockBackend) => backend.requests.filter((r) => r.method === 'POST' && r.path === '/tickets');

describe('outbox: nothing lost, nothing doubled', () => {
  let backend: MockBackend;
  beforeEach(async () => {
    backend = await startBackend({ baseUrl: uniqueBase() });
  });
  afterEach(closeClients);

  it('queues while offline and sends exactly once when flushed', async () => {
    const client = testClient(backend, { retry: 0 });
    backend.offline = true;
    const queued = await client.outbox.submit({ kind: 'ticket', body: sampleTicket, draftKey: 'ticket-form' });
    expect(queued.state).to.equal('queued');
    expect(queued.state === 'queued' && queued.error?.kind).to.equal('network');
    expect(await client.outbox.list()).to.have.length(1);

    backend.offline = false;
    const summary = await client.outbox.flush();
    expect(summary).to.deep.equal({ sent: 1, rejected: 0, remaining: 0 });
    expect(await client.outbox.flush()).to.deep.equal({ sent: 0, rejected: 0, remaining: 0 });
    expect(backend.ticketCount).to.equal(1);
    expect(await client.outbox.list()).to.deep.equal([]);
    expect((await client.tracked.list('ticket')).length).to.equal(1);
  });

  it('a submission queued on one page is sent once by the next page, with its original key', async () => {
    const first = await openFreshPage();
    const offlineClient = first.sdk.createClient({ baseUrl: backend.baseUrl, autoFlush: false, retry: 0 });
    backend.offline = true;
    const queued = await offlineClient.outbox.submit({ kind: 'ticket', body: sampleTicket });
    expect(queued.state).to.equal('queued');
    const [record] = (await offlineClient.outbox.list()) as OutboxRecord[];
    first.close();

    backend.offline = false;
    const second = await openFreshPage();
    const next = second.sdk.createClient({ baseUrl: backend.baseUrl }); // autoFlush: sends on start
    await until(() => backend.ticketCount === 1, 'the queued ticket to arrive');
    await until(async () => (await next.outbox.list()).length === 0, 'the outbox to empty');
    // Coming back online later must not send it again.
    second.window.dispatchEvent(new Event('online'));
    await testClient(backend).outbox.flush();
    expect(backend.ticketCount).to.equal(1);
    expect(creates(backend).filter((r) => r.status === 201).map((r) => r.idempotencyKey)).to.deep.equal([record!.idempotencyKey]);
    next.close();
    second.close();
  });

  it('flushes when the browser comes back online', async () => {
    const client = testClient(backend, { autoFlush: true, retry: 0 });
    const sent: unknown[] = [];
    client.outbox.on('sent', (_record, outcome) => sent.push(outcome.result));
    backend.offline = true;
    await client.outbox.submit({ kind: 'ticket', body: sampleTicket });
    backend.offline = false;
    window.dispatchEvent(new Event('online'));
    await until(() => sent.length === 1, 'the sent event');
    expect((sent[0] as TicketCreated).ticket.subject).to.equal(sampleTicket.subject);
    expect(backend.ticketCount).to.equal(1);
  });

  it('two tabs flushing at once send it once', async () => {
    const tabA = testClient(backend, { retry: 0 });
    backend.offline = true;
    await tabA.outbox.submit({ kind: 'ticket', body: sampleTicket });
    backend.offline = false;
    backend.latency = 100; // keep the first request in flight while the second tab tries
    const tabB = testClient(backend);
    const [a, b] = await Promise.all([tabA.outbox.flush(), tabB.outbox.flush()]);
    expect(a.sent + b.sent).to.equal(1);
    expect(backend.ticketCount).to.equal(1);
    expect(creates(backend).filter((r) => r.status === 201)).to.have.length(1);
  });

  it('a refused submission is not retried and its draft is handed back', async () => {
    const client = testClient(backend, { retry: 0 });
    const rejected: string[] = [];
    client.outbox.on('rejected', (_r, outcome) => rejected.push(outcome.error!.kind));
    backend.offline = true;
    const formState = { email: 'ava@', subject: 'Help', body: 'My words' };
    await client.outbox.submit({
      kind: 'ticket',
      body: { ...sampleTicket, email: 'ava@' },
      draftKey: 'ticket-form',
      draft: formState,
    });
    await client.drafts.discard('ticket-form'); // the form cleared itself after queueing
    backend.offline = false;
    expect(await client.outbox.flush()).to.deep.equal({ sent: 0, rejected: 1, remaining: 0 });
    await until(() => rejected.length === 1, 'the rejected event');
    expect(rejected).to.deep.equal(['validation']);
    expect((await client.drafts.load('ticket-form'))!.data).to.deep.equal(formState);
    expect(await client.outbox.list()).to.deep.equal([]);
    expect(await client.outbox.flush()).to.deep.equal({ sent: 0, rejected: 0, remaining: 0 });
  });

  it('a direct submit that the server refuses throws the ValidationError and keeps nothing queued', async () => {
    const client = testClient(backend);
    const error = await client.outbox.submit({ kind: 'ticket', body: { ...sampleTicket, subject: '' } }).catch((e) => e);
    expect(error.kind).to.equal('validation');
    expect(error.fieldErrors[0].field).to.equal('subject');
    expect(await client.outbox.list()).to.deep.equal([]);
  });

  it('keeps a submission after a 503 and sends it on the next flush', async () => {
    const client = testClient(backend, { retry: 0 });
    backend.failNext({ status: 503, match: /^POST \/tickets$/ });
    const first = await client.outbox.submit({ kind: 'ticket', body: sampleTicket });
    expect(first.state === 'queued' && first.error?.kind).to.equal('server');
    expect((await client.outbox.flush()).sent).to.equal(1);
    expect(backend.ticketCount).to.equal(1);
  });

  it('uploads queued files once, then files the ticket with them', async () => {
    const client = testClient(backend, { retry: 0 });
    backend.offline = true;
    const blob = new Blob(['log line 1\nlog line 2'], { type: 'text/plain' });
    await client.outbox.submit({ kind: 'ticket', body: sampleTicket, files: [{ blob, name: 'printer.log' }] });
    backend.offline = false;
    // The upload goes through, then the ticket request fails once: the retry must not upload again.
    backend.failNext({ status: 503, match: /^POST \/tickets$/ });
    expect((await client.outbox.flush()).remaining).to.equal(1);
    expect((await client.outbox.flush()).sent).to.equal(1);
    const uploads = backend.requests.filter((r) => r.path === '/attachments' && r.status === 201);
    expect(uploads).to.have.length(1);
    const [item] = await client.tracked.list('ticket');
    const ticket = backend.ticket(item!.id)!;
    expect(ticket.messages[0]!.attachments!.map((a) => a.name)).to.deep.equal(['printer.log']);
  });

  it('queues replies and callbacks too', async () => {
    const client = testClient(backend, { retry: 0 });
    const { ticket } = await client.tickets.create(sampleTicket);
    const { slots } = await client.callbacks.slots();
    backend.offline = true;
    await client.outbox.submit({ kind: 'reply', ticketId: ticket.id, body: { body: 'Sent from the train' } });
    await client.outbox.submit({
      kind: 'callback',
      body: { name: 'Ava', phone: '+46701234567', slotStart: slots.find((s) => s.available)!.start, locale: 'en' },
    });
    backend.offline = false;
    expect((await client.outbox.flush()).sent).to.equal(2);
    expect(backend.ticket(ticket.id)!.messages.map((m) => m.body)).to.include('Sent from the train');
    expect((await client.tracked.list('callback')).length).to.equal(1);
  });
});

describe('outbox: waits when asked, never blocked by one entry', () => {
  let backend: MockBackend;
  beforeEach(async () => {
    backend = await startBackend({ baseUrl: uniqueBase() });
  });
  afterEach(closeClients);

  it('honours Retry-After: an hour’s wait is kept on the entry, through flushes, `online` and a reload, and ends on the clock', async () => {
    const clock = testClock();
    const client = testClient(backend, { retry: 0, autoFlush: true, clock });
    backend.failNext({ status: 429, retryAfter: 3600, match: /^POST \/tickets$/ });
    const queued = await client.outbox.submit({ kind: 'ticket', body: sampleTicket });
    expect(queued.state === 'queued' && queued.error?.kind).to.equal('rate_limit');
    const [record] = await client.outbox.list();
    expect(record!.notBefore! - clock.now()).to.equal(3600_000);
    expect(await client.outbox.flush()).to.deep.equal({ sent: 0, rejected: 0, remaining: 1 });

    // A reload: a fresh page's client (on real time) finds the wait on the stored entry.
    const page = await openFreshPage();
    const reloaded = page.sdk.createClient({ baseUrl: backend.baseUrl, autoFlush: false, retry: 0 });
    expect(await reloaded.outbox.flush()).to.deep.equal({ sent: 0, rejected: 0, remaining: 1 });
    reloaded.close();
    page.close();

    // Coming back online sends nothing while the wait lasts; once it is over, the outbox's own
    // timer (on the same clock) sends it.
    let waitOver = false;
    const sentWhen: boolean[] = [];
    client.outbox.on('sent', () => sentWhen.push(waitOver));
    window.dispatchEvent(new Event('online'));
    clock.advance(3600_000 - 1);
    expect(await client.outbox.flush()).to.deep.equal({ sent: 0, rejected: 0, remaining: 1 });
    waitOver = true;
    clock.advance(1);
    await until(() => sentWhen.length === 1, 'the entry to be sent after its wait');
    expect(sentWhen).to.deep.equal([true]);
    expect(creates(backend).map((r) => r.status)).to.deep.equal([429, 201]);
  });

  it('an answer of the wrong shape (201 {}) marks that entry “needs attention” and later ones are still sent', async () => {
    let broken = 1;
    const wire = recordingFetch((sent, response) =>
      sent.method === 'POST' && sent.path === '/tickets' && broken-- > 0
        ? new Response('{}', { status: 201, headers: { 'Content-Type': 'application/json' } })
        : response,
    );
    const client = testClient(backend, { retry: 0, fetch: wire.fetch });
    const attention: string[] = [];
    client.outbox.on('attention', (r) => attention.push(r.body.subject as string));
    backend.offline = true;
    await client.outbox.submit({ kind: 'ticket', body: { ...sampleTicket, subject: 'First' } });
    await client.outbox.submit({ kind: 'ticket', body: { ...sampleTicket, subject: 'Second' } });
    backend.offline = false;
    expect(await client.outbox.flush()).to.deep.equal({ sent: 1, rejected: 0, remaining: 0 });
    expect(backend.ticketCount).to.equal(2); // the server did file the first one
    expect(attention).to.deep.equal(['First']);
    const [first, ...rest] = await client.outbox.list();
    expect(rest).to.deep.equal([]);
    expect(first!.body.subject).to.equal('First');
    expect(first!.attention!.kind).to.equal('protocol');
    // Flushing again leaves it alone; the customer decides.
    expect(await client.outbox.flush()).to.deep.equal({ sent: 0, rejected: 0, remaining: 0 });
    expect(backend.ticketCount).to.equal(2);
    const again = await client.outbox.retry(first!.key);
    expect(again.state).to.equal('sent');
    const keys = creates(backend).filter((r) => r.status === 201).map((r) => r.idempotencyKey);
    expect(keys).to.have.length(3);
    expect(keys[2]).to.not.equal(first!.idempotencyKey); // a new request, not a replay of the unusable answer
    expect(await client.outbox.list()).to.deep.equal([]);
  });

  it('retry() on an entry that is merely queued sends it with its own key (only “needs attention” gets a new one)', async () => {
    const client = testClient(backend, { retry: 0 });
    backend.offline = true;
    const queued = await client.outbox.submit({ kind: 'ticket', body: sampleTicket });
    const [record] = await client.outbox.list();
    backend.offline = false;
    expect((await client.outbox.retry(queued.key)).state).to.equal('sent');
    expect(creates(backend).filter((r) => r.status === 201).map((r) => r.idempotencyKey)).to.deep.equal([record!.idempotencyKey]);
  });

  it('the same server failure again and again needs attention instead of being retried forever; discard drops it', async () => {
    const client = testClient(backend, { retry: 0 });
    backend.failNext(...Array.from({ length: 5 }, () => ({ status: 500, match: /^POST \/tickets$/ })));
    const queued = await client.outbox.submit({ kind: 'ticket', body: sampleTicket });
    expect(queued.state).to.equal('queued');
    for (let i = 0; i < 3; i++) expect((await client.outbox.flush()).remaining).to.equal(1);
    expect((await client.outbox.flush()).remaining).to.equal(0);
    const [record] = await client.outbox.list();
    expect(record!.attention).to.include({ kind: 'server', status: 500 });
    expect(await client.outbox.flush()).to.deep.equal({ sent: 0, rejected: 0, remaining: 0 });
    expect(creates(backend)).to.have.length(5);
    await client.outbox.discard(record!.key);
    expect(await client.outbox.list()).to.deep.equal([]);
  });
});
