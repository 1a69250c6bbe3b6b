// <hk-ticket-status> when things go wrong: what was last known stays with its age and a retry; a
// link that no longer works, or a ticket that is gone, is said in words; a bad answer never blanks it.
import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { Ticket } from '../../src/sdk/index.js';
import { deviceOffline, fileTicket, mountStatus, testClient, until, useTicketWorld, type TicketStatusHarness, typeKeys } from '../helpers/index.js';

const SECOND = 1000;
const MINUTE = 60 * SECOND;
const ticketGets = (world: ReturnType<typeof useTicketWorld>, id: string) =>
  world.backend.requests.filter((r) => r.method === 'GET' && r.path === `/tickets/${id}`).length;

describe('<hk-ticket-status> when things go wrong', () => {
  const world = useTicketWorld({ script: false });
  let ticket: Ticket;
  let status: TicketStatusHarness;
  const onTicket = () => new RegExp(`^GET /tickets/${ticket.id}$`);

  beforeEach(async () => {
    ticket = await fileTicket(world);
  });

  it('keeps what it last knew after a 5xx, says why and how old it is, and recovers on “Try again”', async () => {
    status = await mountStatus(world, { ticketId: ticket.id });
    world.backend.failNext({ status: 503, match: onTicket() });
    const notice = await status.polledFor('.notice.stale', 'the stale notice');
    // A minute or two: the poll that failed came when it came.
    expect(status.text('.notice.stale p')).to.match(/^Something went wrong on our side\. This may not be the latest: it was last updated [12] minutes? ago\.$/);
    expect(status.status()).to.equal('Received');
    expect(status.messages()).to.have.length(1);
    await expect(status.el).to.be.accessible();
    (notice.querySelector('button') as HTMLButtonElement).click();
    await until(() => !status.$('.notice.stale'), 'the notice gone after a retry');
    expect(status.status()).to.equal('Received');
  });

  it('tells the age of what it shows while the server stays out of reach, and refreshes when the device is back online', async () => {
    status = await mountStatus(world, { ticketId: ticket.id });
    world.backend.offline = true;
    const online = deviceOffline();
    try {
      await status.polledFor('.notice.stale');
      await status.wait(5 * MINUTE);
      // Five minutes and the few polls it took to notice.
      await until(() => /updated [5-9] minutes ago/.test(status.text('.notice.stale p')), 'the age moving on');
      expect(status.text('.notice.stale p')).to.match(/^You are offline\. This may not be the latest: it was last updated [5-9] minutes ago\.$/);
    } finally {
      online();
    }
    world.backend.offline = false;
    world.backend.agentReply(ticket.id, 'Solved it for you.');
    window.dispatchEvent(new Event('online'));
    await until(() => status.messages().length === 2, 'a fresh copy at once when back online');
    expect(status.$('.notice.stale')).to.equal(null);
  });

  it('opened again while the server is out of reach, shows the copy this device kept, with its age', async () => {
    world.backend.agentReply(ticket.id, 'We are on it.');
    const first = await mountStatus(world, { ticketId: ticket.id });
    await until(() => first.messages().length === 2, 'the answer');
    first.el.remove();
    world.backend.offline = true;
    await world.clock.advance(10 * MINUTE);
    const status = await mountStatus(world, { ticketId: ticket.id });
    await status.polledFor('.notice.stale', 'the stale notice');
    expect(status.messages()).to.deep.equal([sampleBody, 'We are on it.']);
    expect(status.text('.notice.stale p')).to.match(/^We could not reach our server\. This may not be the latest: it was last updated 1\d minutes ago\.$/);
  });

  it('waits as long as a 429 asks before trying again', async () => {
    status = await mountStatus(world, { ticketId: ticket.id });
    world.backend.failNext({ status: 429, retryAfter: 30, match: onTicket() });
    await status.polledFor('.notice.stale');
    expect(status.text('.notice.stale p')).to.contain('Too many requests just now. We’ll try again in 30 seconds.');
    const asked = ticketGets(world, ticket.id);
    await status.wait(29 * SECOND);
    expect(ticketGets(world, ticket.id)).to.equal(asked);
    await status.wait(1 * SECOND);
    await until(() => !status.$('.notice.stale'), 'recovered after the wait');
    expect(ticketGets(world, ticket.id)).to.be.greaterThan(asked);
  });

  it('an answer that is not JSON keeps the ticket on screen', async () => {
    status = await mountStatus(world, { ticketId: ticket.id });
    world.backend.agentReply(ticket.id, 'A reply');
    world.backend.failNext({ status: 200, malformed: true, match: onTicket() });
    await status.polledFor('.notice.stale');
    expect(status.text('.notice.stale p')).to.contain('Our server sent an answer we could not read.');
    expect(status.text('.summary h3')).to.equal(ticket.subject);
  });

  it('shows what it can of an answer whose parts are broken, and nothing as “undefined”', async () => {
    const fetch = async (input: RequestInfo | URL, init?: RequestInit) => {
      const response = await world.backend.fetch(input, init);
      const request = new Request(input, init);
      if (request.method !== 'GET' || !new URL(request.url).pathname.endsWith(`/tickets/${ticket.id}`) || response.status !== 200) return response;
      const body = await response.json();
      body.status = 'escalated_to_mars';
      body.subject = 42;
      body.sla = 'soon';
      body.steps = [{}, { id: 's', title: 'Checked', state: 'done' }];
      body.assignee = 7;
      body.messages = [null, { id: 'x', body: 5 }, { id: 'y', body: 'From a robot', author: { role: 'alien' }, createdAt: 'never' }, ...body.messages];
      return new Response(JSON.stringify(body), { status: 200, headers: response.headers });
    };
    const client = testClient(world.backend, { retry: 0, clock: world.clock, fetch });
    status = await mountStatus(world, { ticketId: ticket.id, client });
    // (A copy kept on the device may show first; the server's broken one follows.)
    await until(() => status.status() === 'In progress', 'the unknown status shown as in progress');
    // A subject that is not text is left out: the one known before stays (or none was known).
    expect(['(no subject)', ticket.subject]).to.include(status.text('.summary h3'));
    expect(status.messages()).to.deep.equal(['From a robot', sampleBody]);
    expect(status.$$('.message')[0]!.classList.contains('from-system')).to.equal(true);
    expect(status.$$('.steps li')).to.have.length(1);
    expect(status.$('.promise')).to.equal(null);
    expect(status.text()).to.not.contain('undefined');
    expect(status.text()).to.not.contain('NaN');
  });

  it('says so when a newer e-mailed link replaced this device’s, and forgets the old token', async () => {
    status = await mountStatus(world, { ticketId: ticket.id });
    await world.client.tickets.requestAccessLinks('ava@example.com');
    const link = world.backend.emails[0]!.links[0]!;
    const token = decodeURIComponent(link.slice(link.indexOf('.', link.indexOf('hk-ticket=')) + 1));
    // The new link is opened somewhere: the tokens before it stop working.
    await world.client.tickets.get(ticket.id, { token });
    const notice = await status.polledFor('.notice.refused', 'the refusal');
    expect(notice.textContent).to.contain('This link to your ticket no longer works.');
    expect(status.$('.summary'), 'no ticket under credentials that no longer open it').to.equal(null);
    await until(async () => !(await world.client.tracked.get('ticket', ticket.id)), 'the old token forgotten');
    await expect(status.el).to.be.accessible();

    // New links by e-mail, right there: the same answer whether or not the address is known.
    const input = status.$('#f-find-email') as HTMLInputElement;
    expect(status.text('#find-title')).to.equal('Find my tickets');
    input.focus();
    await typeKeys('ava@example');
    status.button('E-mail me the links').click();
    await until(() => status.text('.find .error') === 'Enter an e-mail address like name@example.com.', 'the address refused');
    expect(input.getAttribute('aria-invalid')).to.equal('true');
    await typeKeys('.com');
    await sendKeys({ press: 'Enter' });
    const done = await status.waitFor('.find-done', 'the answer');
    expect(done.textContent).to.contain('If this address has tickets with us, we’ve sent it a link to each of them.');
    expect(world.backend.emails.map((e) => e.to)).to.deep.equal(['ava@example.com', 'ava@example.com']);
    await expect(status.el).to.be.accessible();
    status.button('Use another address').click();
    await status.el.updateComplete;
    (status.$('#f-find-email') as HTMLInputElement).focus();
    await typeKeys('nobody@example.com');
    await sendKeys({ press: 'Enter' });
    const same = await status.waitFor('.find-done', 'the same answer');
    expect(same.textContent).to.equal(done.textContent);
    expect(world.backend.emails).to.have.length(2);
  });

  it('a 403 is explained the same way', async () => {
    status = await mountStatus(world, { ticketId: ticket.id });
    world.backend.failNext({ status: 403, match: onTicket() });
    await status.polledFor('.notice.refused');
    expect(status.text('.notice.refused')).to.contain('This link to your ticket no longer works.');
  });

  it('a 404 says the ticket is gone and removes it from the customer’s tickets', async () => {
    status = await mountStatus(world, { ticketId: ticket.id });
    world.backend.failNext({ status: 404, match: onTicket() });
    await status.polledFor('.notice.refused');
    expect(status.text('.notice.refused')).to.contain('We could not find this ticket.');
    await until(async () => !(await world.client.tracked.get('ticket', ticket.id)), 'the ticket forgotten');
    const asked = ticketGets(world, ticket.id);
    await status.wait(5 * MINUTE);
    expect(ticketGets(world, ticket.id), 'no more polling of a ticket that is gone').to.equal(asked);
    await expect(status.el).to.be.accessible();
  });

  it('has no axe violations when out of date or refused, in Persian and Arabic', async () => {
    for (const locale of ['fa', 'ar']) {
      const mounted = await mountStatus(world, { ticketId: ticket.id, locale });
      world.backend.failNext({ status: 500, match: onTicket() });
      await mounted.polledFor('.notice.stale');
      expect(mounted.$('.root')!.getAttribute('dir')).to.equal('rtl');
      await expect(mounted.el).to.be.accessible();
      mounted.el.remove();
    }
  });

  it('two trackers of one ticket ask as one', async () => {
    const first = await mountStatus(world, { ticketId: ticket.id });
    const second = await mountStatus(world, { ticketId: ticket.id });
    await until(() => !!first.$('.summary') && !!second.$('.summary'), 'both showing the ticket');
    await new Promise((r) => setTimeout(r, 100));
    const before = ticketGets(world, ticket.id);
    for (let i = 0; i < 4; i++) {
      await first.wait(15 * SECOND);
      await new Promise((r) => setTimeout(r, 50));
    }
    // Four intervals: four polls (one watcher's worth), not eight.
    expect(ticketGets(world, ticket.id) - before).to.be.within(3, 5);
    world.backend.agentReply(ticket.id, 'For both of you');
    await first.polledUntil(() => first.messages().length === 2 && second.messages().length === 2, 'both hear the answer');
  });

  it('stops asking while the page is hidden and asks again when it shows', async () => {
    status = await mountStatus(world, { ticketId: ticket.id });
    const hide = (hidden: boolean) => {
      if (hidden) Object.defineProperty(document, 'visibilityState', { configurable: true, get: () => 'hidden' });
      else delete (document as unknown as { visibilityState?: string }).visibilityState;
      document.dispatchEvent(new Event('visibilitychange'));
    };
    await status.wait(15 * SECOND);
    hide(true);
    try {
      await new Promise((r) => setTimeout(r, 50));
      const asked = ticketGets(world, ticket.id);
      await status.wait(5 * MINUTE);
      await new Promise((r) => setTimeout(r, 50));
      expect(ticketGets(world, ticket.id)).to.equal(asked);
      world.backend.agentReply(ticket.id, 'While you were away');
    } finally {
      hide(false);
    }
    await status.polledUntil(() => status.messages().length === 2, 'a fresh copy when shown again');
  });
});

const sampleBody = 'It blinks orange and never joins the network.';
