// Unread messages and the last known copy of each ticket: counted from what is stored on the device
// (real IndexedDB), per customer, and reported across tabs.
import { expect } from '@open-wc/testing';
import { mockIdentity, type MockBackend } from '../../src/mock/index.js';
import type { HelpkitClient, Unread } from '../../src/sdk/index.js';
import { closeAfterEach, closeClients, openFreshPage, sampleTicket, startBackend, testClient, uniqueBase, until } from '../helpers/index.js';

describe('unread messages and last known copies', () => {
  const open = closeAfterEach();
  let backend: MockBackend;
  let client: HelpkitClient;
  beforeEach(async () => {
    backend = await startBackend({ baseUrl: uniqueBase(), script: false });
    client = testClient(backend);
  });
  afterEach(closeClients);

  const agentIds = (id: string) => backend.ticket(id)!.messages.filter((m) => m.author.role === 'agent').map((m) => m.id);

  it('counts the team’s messages after the last one the customer saw, per ticket, and never counts back', async () => {
    const { ticket: one } = await client.tickets.create(sampleTicket);
    const { ticket: two } = await client.tickets.create({ ...sampleTicket, subject: 'Another question' });
    expect(await client.tickets.unread()).to.deep.equal({ total: 0, byTicket: { [one.id]: 0, [two.id]: 0 } });

    backend.agentReply(one.id, 'Which model is it?');
    backend.agentReply(one.id, 'And which colour does it blink?');
    expect((await client.tickets.unread()).total, 'nothing new is known before the ticket is read again').to.equal(0);
    await client.tickets.get(one.id);
    expect(await client.tickets.unread()).to.deep.equal({ total: 2, byTicket: { [one.id]: 2, [two.id]: 0 } });

    const [first, second] = agentIds(one.id);
    await client.tickets.markRead(one.id, first);
    expect((await client.tickets.unread()).byTicket[one.id]).to.equal(1);
    await client.tickets.markRead(one.id);
    expect((await client.tickets.unread()).byTicket[one.id]).to.equal(0);
    expect((await client.tickets.lastKnown(one.id))!.seen).to.deep.equal({ messageId: second, at: backend.ticket(one.id)!.messages.at(-1)!.createdAt });
    await client.tickets.markRead(one.id, first); // an older view of the ticket does not un-read it
    expect((await client.tickets.unread()).byTicket[one.id]).to.equal(0);

    backend.agentReply(two.id, 'Could you send a photo?');
    await client.tickets.get(two.id);
    expect((await client.tickets.unread()).byTicket[two.id]).to.equal(1);
    // Whoever replied has read what came before.
    await client.tickets.reply(two.id, { body: 'Here it is.' });
    await client.tickets.get(two.id);
    expect(await client.tickets.unread()).to.deep.equal({ total: 0, byTicket: { [one.id]: 0, [two.id]: 0 } });
  });

  it('counts the bot’s messages as the team’s, and not the system’s notes', async () => {
    const { ticket } = await client.tickets.create(sampleTicket);
    backend.breach(ticket.id);
    await client.tickets.escalate(ticket.id, { reason: 'No answer yet' }); // a system note on the ticket
    backend.agentReply(ticket.id, 'I have passed this on to a colleague.', { role: 'bot' });
    const copy = await client.tickets.get(ticket.id);
    expect(copy.messages.map((m) => m.author.role)).to.deep.equal(['customer', 'system', 'bot']);
    expect((await client.tickets.unread()).total).to.equal(1);
  });

  it('a backend’s broken message entries are skipped, not thrown on', async () => {
    const broken = {
      id: 't_broken', number: 'HK-1', subject: 'x', status: 'waiting_on_customer', priority: 'normal', categoryId: 'technical',
      createdAt: '2026-03-02T08:30:00Z', updatedAt: '2026-03-02T09:00:00Z', canEscalate: false, canReopen: false,
      messages: [null, { id: 'm_1', body: 'no author', createdAt: '2026-03-02T08:40:00Z' }, { id: 'm_2', author: { role: 'agent' }, body: 'Hi', createdAt: '2026-03-02T08:50:00Z' }],
    };
    const odd = testClient(backend, { fetch: async () => new Response(JSON.stringify(broken), { headers: { 'Content-Type': 'application/json' } }) });
    await odd.tickets.get('t_broken', { token: 'tok' });
    expect(await odd.tickets.unread()).to.deep.equal({ total: 1, byTicket: { t_broken: 1 } });
    await odd.tickets.markRead('t_broken', 'm_2');
    expect((await odd.tickets.unread()).total).to.equal(0);
  });

  it('tells listeners in this tab and in another when the counts change, and only then', async () => {
    const { ticket } = await client.tickets.create(sampleTicket);
    const page = await open(openFreshPage());
    const other = page.sdk.createClient({ baseUrl: backend.baseUrl, autoFlush: false });
    const here: Unread[] = [];
    const there: Unread[] = [];
    const offHere = client.tickets.onUnreadChange((u) => here.push(u));
    const offThere = other.tickets.onUnreadChange((u) => there.push(u));
    await new Promise((r) => setTimeout(r, 100)); // both have read the counts as they are

    backend.agentReply(ticket.id, 'We have sent a new cable.');
    await client.tickets.get(ticket.id);
    await until(() => here.length === 1 && there.length === 1, 'both tabs hear of the new message');
    expect(here[0]).to.deep.equal({ total: 1, byTicket: { [ticket.id]: 1 } });
    expect(there[0]).to.deep.equal(here[0]);

    await client.tickets.get(ticket.id); // the same copy again: no change to report
    await other.tickets.markRead(ticket.id);
    await until(() => here.length === 2 && there.length === 2, 'both tabs hear it was read');
    expect(here[1]!.total).to.equal(0);
    await new Promise((r) => setTimeout(r, 150));
    expect([here.length, there.length]).to.deep.equal([2, 2]);
    offHere();
    offThere();
    other.close();
  });

  it('keeps marks per customer, and a listener hears the counts of whoever signs in', async () => {
    const { ticket } = await client.tickets.create(sampleTicket);
    backend.agentReply(ticket.id, 'Please restart the printer.');
    await client.tickets.get(ticket.id);
    await client.tickets.markRead(ticket.id);
    expect((await client.tickets.unread()).total).to.equal(0);

    const heard: Unread[] = [];
    client.tickets.onUnreadChange((u) => heard.push(u));
    await new Promise((r) => setTimeout(r, 100));
    client.setIdentity(mockIdentity(sampleTicket.email)); // the same person, signed in: another customer on this device
    await client.tickets.get(ticket.id);
    await until(() => heard.at(-1)?.total === 1, 'the signed-in customer’s own count');
    client.setIdentity(undefined);
    await until(() => heard.at(-1)?.total === 0, 'the anonymous visitor’s count again');
  });

  it('keeps the last known copy of each ticket for a list shown offline, newest activity first', async () => {
    const { ticket: one } = await client.tickets.create(sampleTicket);
    backend.advance(60_000);
    const { ticket: two } = await client.tickets.create({ ...sampleTicket, subject: 'Second' });
    backend.advance(60_000);
    backend.agentReply(one.id, 'Fixed.');
    await client.tickets.get(one.id);

    backend.offline = true;
    const later = testClient(backend); // another page of this customer, offline
    const known = await later.tickets.known();
    expect(known.map((c) => [c.ticket.id, c.ticket.status])).to.deep.equal([
      [one.id, 'waiting_on_customer'],
      [two.id, 'received'],
    ]);
    expect((await later.tickets.lastKnown(one.id))!.ticket.messages.at(-1)!.body).to.equal('Fixed.');
    expect((await later.tickets.unread()).byTicket).to.deep.equal({ [one.id]: 1, [two.id]: 0 });
    const error = await later.tickets.get(one.id).catch((e) => e);
    expect(error.kind).to.equal('network');
  });

  it('marking a ticket read that has no copy yet reads it first', async () => {
    const { ticket, accessToken } = await client.tickets.create(sampleTicket);
    backend.agentReply(ticket.id, 'Hello!');
    await client.tracked.forget('ticket', ticket.id);
    expect(await client.tickets.lastKnown(ticket.id), 'a forgotten ticket’s copy goes with it').to.equal(undefined);
    await client.tracked.remember('ticket', ticket.id, accessToken); // opened again, e.g. from an e-mailed link
    const before = backend.requests.length;
    await client.tickets.markRead(ticket.id);
    expect(backend.requests.slice(before).map((r) => `${r.method} ${r.path}`)).to.deep.equal([`GET /tickets/${ticket.id}`]);
    expect(await client.tickets.unread()).to.deep.equal({ total: 0, byTicket: { [ticket.id]: 0 } });
  });

  it('forget() removes this customer’s copies and marks, not another’s', async () => {
    const { ticket } = await client.tickets.create(sampleTicket);
    const ava = testClient(backend, { identity: mockIdentity('ava@example.com', { sub: 'u-ava' }) });
    const { ticket: hers } = await ava.tickets.create({ ...sampleTicket, subject: 'Hers' });
    await client.tickets.markRead(ticket.id);
    await client.forget();
    expect(await client.tickets.known()).to.deep.equal([]);
    expect(await client.tickets.unread()).to.deep.equal({ total: 0, byTicket: {} });
    expect((await ava.tickets.known()).map((c) => c.ticket.id)).to.deep.equal([hers.id]);
  });
});
