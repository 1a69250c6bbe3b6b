// tickets.watch() across tabs: one poller per ticket and customer for the whole browser. Each "tab"
// is a fresh page in an iframe (own JS realm, own SDK, the origin's locks, channels and IndexedDB);
// requests are counted at the mock backend. Time is a TestClock every tab shares.
import { expect } from '@open-wc/testing';
import type { MockBackend } from '../../src/mock/index.js';
import { mockIdentity } from '../../src/mock/index.js';
import type { HelpkitClient, Ticket, WatchInfo } from '../../src/sdk/index.js';
import { closeAfterEach, closeClients, openFreshPage, sampleTicket, startBackend, testClient, testClock, uniqueBase, until, type FreshPage, type TestClock } from '../helpers/index.js';

const INTERVAL = 1000;

/** Overrides what a page's document says about its visibility and tells its listeners, as a browser does. */
function setVisibility(doc: Document, state: 'visible' | 'hidden'): void {
  Object.defineProperty(doc, 'visibilityState', { configurable: true, get: () => state });
  Object.defineProperty(doc, 'hidden', { configurable: true, get: () => state === 'hidden' });
  doc.dispatchEvent(new Event('visibilitychange'));
}

/** What a watcher saw: each change's status and message count, and where it came from. */
function recorder() {
  const seen: { status: string; messages: number; source: WatchInfo['source'] }[] = [];
  const onChange = (ticket: Ticket, info: WatchInfo) => seen.push({ status: ticket.status, messages: ticket.messages.length, source: info.source });
  return { seen, onChange };
}

const settle = (ms = 150) => new Promise((resolve) => setTimeout(resolve, ms));

describe('tickets.watch() across tabs', () => {
  const open = closeAfterEach();
  let backend: MockBackend;
  let clock: TestClock;
  const tabClients: HelpkitClient[] = [];
  beforeEach(async () => {
    backend = await startBackend({ baseUrl: uniqueBase(), script: false });
    clock = testClock();
  });
  afterEach(() => {
    for (const client of tabClients.splice(0)) client.close();
    closeClients();
  });

  /** A new tab with its own SDK and client on the backend, sharing the test's clock. */
  async function tab(identity?: string): Promise<FreshPage & { client: HelpkitClient }> {
    const page = await open(openFreshPage());
    const client = page.sdk.createClient({ baseUrl: backend.baseUrl, clock, retry: 0, autoFlush: false, identity });
    tabClients.push(client);
    return Object.assign(page, { client });
  }

  const polls = (id: string) => backend.requests.filter((r) => r.method === 'GET' && r.path === `/tickets/${id}`).length;
  /** Until `n` polls have come and the poller sleeps again (moving the clock earlier would wake nobody). */
  const polled = (id: string, n: number, what = `poll ${n}`) => until(() => polls(id) >= n && clock.waiting > 0, what);

  /** Moves the clock `times` intervals, each time until the polls counted reach the next number; then checks no extra poll came. */
  async function expectOnePoller(id: string, times: number): Promise<void> {
    const before = polls(id);
    for (let i = 1; i <= times; i++) {
      await clock.advance(INTERVAL);
      await polled(id, before + i);
    }
    await settle();
    expect(polls(id) - before, 'polls in one interval each').to.equal(times);
  }

  it('two tabs watching one ticket send one poller’s requests, and both see every change', async () => {
    const { ticket } = await testClient(backend, { clock }).tickets.create(sampleTicket);
    const [a, b] = [await tab(), await tab()];
    const [ra, rb] = [recorder(), recorder()];
    a.client.tickets.watch(ticket.id, ra.onChange, { interval: INTERVAL });
    await polled(ticket.id, 1, 'the first poll');
    b.client.tickets.watch(ticket.id, rb.onChange, { interval: INTERVAL });
    await until(() => rb.seen.length === 1, 'the second tab’s first copy');

    await expectOnePoller(ticket.id, 5);
    backend.agentReply(ticket.id, 'We are on it.');
    await clock.advance(INTERVAL);
    await until(() => ra.seen.length === 2 && rb.seen.length === 2, 'the reply in both tabs');
    expect(ra.seen.at(-1)).to.deep.equal({ status: 'waiting_on_customer', messages: 2, source: 'network' });
    expect(rb.seen.at(-1)).to.deep.equal({ status: 'waiting_on_customer', messages: 2, source: 'tab' });
    // The second tab never polled: every request of this test is one poller's.
    await expectOnePoller(ticket.id, 3);
  });

  it('several watchers in one tab, on one or two clients, send one poller’s requests', async () => {
    const { ticket } = await testClient(backend, { clock }).tickets.create(sampleTicket);
    const one = testClient(backend, { clock });
    const two = testClient(backend, { clock });
    const records = [recorder(), recorder(), recorder()];
    one.tickets.watch(ticket.id, records[0]!.onChange, { interval: INTERVAL });
    one.tickets.watch(ticket.id, records[1]!.onChange, { interval: INTERVAL });
    two.tickets.watch(ticket.id, records[2]!.onChange, { interval: INTERVAL });
    await until(() => records.every((r) => r.seen.length === 1), 'every watcher’s first copy');
    await polled(ticket.id, 1, 'the first poll');
    await expectOnePoller(ticket.id, 4);
    backend.agentReply(ticket.id, 'Looking now.');
    await clock.advance(INTERVAL);
    await until(() => records.every((r) => r.seen.length === 2), 'the reply reaches every watcher');
  });

  it('hidden tabs poll nothing; a tab shown again polls at once', async () => {
    const { ticket } = await testClient(backend, { clock }).tickets.create(sampleTicket);
    const [a, b] = [await tab(), await tab()];
    const [ra, rb] = [recorder(), recorder()];
    a.client.tickets.watch(ticket.id, ra.onChange, { interval: INTERVAL });
    await polled(ticket.id, 1, 'the first poll');
    b.client.tickets.watch(ticket.id, rb.onChange, { interval: INTERVAL });
    await until(() => rb.seen.length === 1, 'the second tab’s first copy');

    setVisibility(a.window.document, 'hidden');
    setVisibility(b.window.document, 'hidden');
    await settle();
    const before = polls(ticket.id);
    for (let i = 0; i < 6; i++) {
      await clock.advance(INTERVAL);
      await settle(30);
    }
    await settle();
    expect(polls(ticket.id), 'polls while every tab is hidden').to.equal(before);

    backend.agentReply(ticket.id, 'Answered while you were away.');
    setVisibility(b.window.document, 'visible'); // no clock move: shown means now
    await until(() => polls(ticket.id) === before + 1, 'a poll as the tab shows');
    await until(() => rb.seen.length === 2, 'the answer in the tab shown');
    expect(rb.seen.at(-1)!.messages).to.equal(2);
    // The hidden tab hears it too, without polling.
    await until(() => ra.seen.length === 2, 'the answer in the hidden tab');
    await settle();
    expect(polls(ticket.id)).to.equal(before + 1);
  });

  it('when the polling tab closes or hides, a visible tab takes over', async () => {
    const { ticket } = await testClient(backend, { clock }).tickets.create(sampleTicket);
    const [a, b] = [await tab(), await tab()];
    const rb = recorder();
    a.client.tickets.watch(ticket.id, () => undefined, { interval: INTERVAL });
    await polled(ticket.id, 1, 'the first tab polls');
    b.client.tickets.watch(ticket.id, rb.onChange, { interval: INTERVAL });
    await expectOnePoller(ticket.id, 2);

    a.close(); // the browser releases the closed page's lock
    await polled(ticket.id, 4, 'the second tab polls once it holds the lock');
    await expectOnePoller(ticket.id, 2);
    backend.agentReply(ticket.id, 'Still here.');
    await clock.advance(INTERVAL);
    await until(() => rb.seen.at(-1)?.messages === 2, 'the change, polled by the second tab');
    expect(rb.seen.at(-1)!.source).to.equal('network');

    const c = await tab();
    const rc = recorder();
    c.client.tickets.watch(ticket.id, rc.onChange, { interval: INTERVAL });
    await until(() => rc.seen.length === 1, 'the third tab’s first copy');
    await expectOnePoller(ticket.id, 2);
    const before = polls(ticket.id);
    setVisibility(b.window.document, 'hidden'); // the polling tab hides: the visible one takes over at once
    await polled(ticket.id, before + 1, 'the visible tab polls');
    backend.agentReply(ticket.id, 'And again.');
    await expectOnePoller(ticket.id, 2);
    await until(() => rc.seen.at(-1)?.messages === 3 && rc.seen.at(-1)?.source === 'network', 'the third tab polls and sees the change');
  });

  it('comes back online: polls at once instead of waiting for the interval', async () => {
    const { ticket } = await testClient(backend, { clock }).tickets.create(sampleTicket);
    const a = await tab();
    const ra = recorder();
    const errors: { status: number; confirmedAt?: number }[] = [];
    a.client.tickets.watch(ticket.id, ra.onChange, { interval: INTERVAL, onError: (e, info) => errors.push({ status: e.status, confirmedAt: info.confirmedAt }) });
    await polled(ticket.id, 1, 'the first poll');
    const confirmed = clock.now();
    backend.offline = true;
    await clock.advance(INTERVAL);
    await until(() => errors.length === 1, 'a failed poll');
    // The failure says how old the copy on screen is.
    expect(errors[0]).to.deep.equal({ status: 0, confirmedAt: confirmed });
    backend.agentReply(ticket.id, 'Solved while you were offline.');
    backend.offline = false;
    const before = polls(ticket.id);
    a.window.dispatchEvent(new Event('online')); // the backoff wait is minutes; online cuts it short
    await until(() => ra.seen.length === 2, 'the change, right after coming back online');
    expect(polls(ticket.id)).to.equal(before + 1);
  });

  it('an answer older than what was already seen never replaces it, on screen or on the device', async () => {
    const { ticket } = await testClient(backend, { clock }).tickets.create(sampleTicket);
    let gate: Promise<void> | undefined;
    let release!: () => void;
    // A slow network: this client's answers can be held after the server gave them.
    const slow = testClient(backend, {
      clock,
      fetch: async (input, init) => {
        const held = gate;
        const response = await fetch(input, init);
        if (held) await held;
        return response;
      },
    });
    const watcher = recorder();
    const stop = slow.tickets.watch(ticket.id, watcher.onChange, { interval: INTERVAL });
    await polled(ticket.id, 1, 'the first poll');

    backend.advance(60_000);
    backend.agentReply(ticket.id, 'Is it working now?');
    gate = new Promise((resolve) => (release = resolve));
    const before = polls(ticket.id);
    await clock.advance(INTERVAL);
    await until(() => polls(ticket.id) === before + 1, 'a poll answered with the reply, held on the way');
    // Meanwhile the ticket is solved, and another call (the same tab, or any other) reads it.
    backend.advance(60_000);
    backend.agentReply(ticket.id, 'Solved on our side.');
    gate = undefined;
    const fresh = await testClient(backend, { clock }).tickets.get(ticket.id);
    expect(fresh.messages).to.have.length(3);
    await until(() => watcher.seen.length === 2, 'the newer copy, from the other call');
    release(); // the held, older answer lands now
    await settle();
    expect(watcher.seen.map((s) => s.messages)).to.deep.equal([1, 3]);
    expect((await slow.tickets.lastKnown(ticket.id))!.ticket.messages).to.have.length(3);
    // A page opened later, offline, starts from the newest copy.
    stop();
    backend.offline = true;
    const later = await tab();
    const rl = recorder();
    later.client.tickets.watch(ticket.id, rl.onChange, { interval: INTERVAL });
    await until(() => rl.seen.length === 1, 'the last known copy');
    expect(rl.seen[0]).to.include({ messages: 3, source: 'storage' });
  });

  it('watchers of different customers or backends do not share a poller', async () => {
    const { ticket } = await testClient(backend, { clock }).tickets.create(sampleTicket);
    const anonymous = await tab();
    const signedIn = await tab(mockIdentity(sampleTicket.email));
    const [ra, rs] = [recorder(), recorder()];
    anonymous.client.tickets.watch(ticket.id, ra.onChange, { interval: INTERVAL });
    signedIn.client.tickets.watch(ticket.id, rs.onChange, { interval: INTERVAL });
    await until(() => polls(ticket.id) === 2 && clock.waiting === 2 && ra.seen.length === 1 && rs.seen.length === 1, 'both first copies');
    expect(rs.seen[0]!.source, 'the signed-in customer’s own poll').to.equal('network');
    const before = polls(ticket.id);
    await clock.advance(INTERVAL);
    await until(() => polls(ticket.id) === before + 2 && clock.waiting === 2, 'one poll per customer');
    await settle();
    expect(polls(ticket.id)).to.equal(before + 2);
  });

  it('refused credentials stop the poller in every tab, and each tab hears why', async () => {
    const created = await testClient(backend, { clock }).tickets.create(sampleTicket);
    const [a, b] = [await tab(), await tab()];
    const failures: [string, number][] = [];
    a.client.tickets.watch(created.ticket.id, () => undefined, { interval: INTERVAL, onError: (e) => failures.push(['a', e.status]) });
    await polled(created.ticket.id, 1, 'the first poll');
    b.client.tickets.watch(created.ticket.id, () => undefined, { interval: INTERVAL, onError: (e) => failures.push(['b', e.status]) });
    await settle();
    backend.failNext({ status: 403, match: /^GET \/tickets\// });
    await clock.advance(INTERVAL);
    await until(() => failures.length === 2, 'both tabs hear the refusal');
    expect(failures.map(([, status]) => status)).to.deep.equal([403, 403]);
    const before = polls(created.ticket.id);
    for (let i = 0; i < 4; i++) {
      await clock.advance(10 * INTERVAL);
      await settle(30);
    }
    await settle();
    expect(polls(created.ticket.id)).to.equal(before);
  });
});
