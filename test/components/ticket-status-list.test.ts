// <hk-ticket-status> without a ticket: the customer's tickets, newest first, with status, last
// activity and unread messages, a filter, opening one in place, and "Find my tickets".
import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { mockIdentity } from '../../src/mock/index.js';
import type { HkUnreadChangedEvent } from '../../src/index.js';
import { expectFocus, fileTicket, mountStatus, testClient, until, useTicketWorld, type TicketStatusHarness } from '../helpers/index.js';

const MINUTE = 60_000;
const subjects = (status: TicketStatusHarness) => status.$$('.ticket-row .row-subject').map((s) => s.textContent!.trim());

describe('<hk-ticket-status> the customer’s tickets', () => {
  const world = useTicketWorld();

  /** Three tickets a minute apart; the first one answered by the agent (unread), later solved if asked. */
  async function threeTickets(solveFirst = false) {
    const a = await fileTicket(world, { subject: 'Invoice twice' });
    await world.clock.advance(5 * MINUTE);
    const b = await fileTicket(world, { subject: 'Printer offline' });
    await world.clock.advance(MINUTE);
    const c = await fileTicket(world, { subject: 'Password reset' });
    // The agent opens each after two minutes and answers after ten: by now only the first one
    // (solved an hour after that, when asked).
    await world.clock.advance((solveFirst ? 66 : 5) * MINUTE);
    return [a, b, c];
  }

  it('lists them newest first with status, last activity and an unread marker', async () => {
    const [a] = await threeTickets();
    const unread: HkUnreadChangedEvent['detail'][] = [];
    document.addEventListener('hk-unread-changed', (e) => unread.push(e.detail), { once: true });
    const status = await mountStatus(world);
    await status.waitFor('.ticket-row');
    expect(subjects(status)).to.deep.equal(['Password reset', 'Printer offline', 'Invoice twice']);
    const rows = status.$$('.ticket-row');
    expect(rows.map((r) => r.querySelector('.badge')!.textContent)).to.deep.equal(['Open', 'Open', 'Waiting for you']);
    expect(rows[2]!.classList.contains('has-unread')).to.equal(true);
    expect(rows[2]!.querySelector('.unread .sr-only')!.textContent).to.equal('Unread messages: 1');
    expect(rows[0]!.querySelector('.unread')).to.equal(null);
    expect(rows[2]!.querySelector('.row-meta')!.textContent).to.match(/Last activity \d+ minutes? ago/);
    expect(rows[2]!.querySelector('.row-meta bdi')!.textContent).to.equal(a!.number);
    await until(() => unread.length === 1, 'the unread count');
    expect(unread[0]!.total).to.equal(1);
    expect(unread[0]!.tickets[a!.id]).to.equal(1);
    await expect(status.el).to.be.accessible();
    // Under a list, "Find my tickets" waits folded until asked for.
    const toggle = status.$('.find.folded button')!;
    expect(toggle.getAttribute('aria-expanded')).to.equal('false');
    expect(status.$('#f-find-email')).to.equal(null);
    toggle.click();
    await until(() => status.root.activeElement?.id === 'f-find-email', 'focus in the address field');
    expect(status.text('#find-title')).to.equal('Find my tickets');
  });

  it('filters open and solved tickets', async () => {
    await threeTickets(true);
    const status = await mountStatus(world);
    await status.waitFor('.ticket-row');
    const choose = async (label: string) => {
      const option = status.$$('.filter-option').find((o) => o.textContent!.trim() === label)!;
      option.querySelector('input')!.click();
      await status.el.updateComplete;
    };
    await choose('Solved');
    expect(subjects(status)).to.deep.equal(['Invoice twice']);
    expect(status.text('[role=status]:not([aria-live])')).to.equal('Tickets: 1');
    await choose('Open');
    expect(subjects(status)).to.deep.equal(['Password reset', 'Printer offline']);
    await choose('All');
    expect(subjects(status)).to.have.length(3);
    await expect(status.el).to.be.accessible();
  });

  it('opens a ticket in place from the keyboard and goes back to the list with focus on it', async () => {
    await threeTickets();
    const status = await mountStatus(world);
    await status.waitFor('.ticket-row');
    const row = status.$$('.ticket-row')[1]!;
    row.focus();
    await sendKeys({ press: 'Enter' });
    await until(() => status.text('.summary h3') === 'Printer offline', 'the ticket');
    await until(() => status.root.activeElement?.id === 'ticket-title', 'focus on the ticket’s title');
    status.button('All my tickets').click();
    await status.waitFor('.ticket-row');
    await until(() => status.root.activeElement?.getAttribute('data-id') === row.getAttribute('data-id'), 'focus back on the row');
    expectFocus(status.root, status.$(`.ticket-row[data-id="${row.getAttribute('data-id')}"]`));
  });

  it('counts a ticket as read once it was opened, and tells the page only what changed', async () => {
    const [a] = await threeTickets();
    const totals: number[] = [];
    const listen = (e: HkUnreadChangedEvent) => totals.push(e.detail.total);
    document.addEventListener('hk-unread-changed', listen);
    try {
      const status = await mountStatus(world);
      await status.waitFor('.ticket-row.has-unread');
      (status.$(`.ticket-row[data-id="${a!.id}"]`) as HTMLButtonElement).click();
      await until(() => status.messages().length === 2, 'the ticket with the reply');
      status.button('All my tickets').click();
      await until(() => !!status.$('.ticket-row') && !status.$('.ticket-row.has-unread'), 'no unread marker');
      await new Promise((r) => setTimeout(r, 200));
      expect(totals).to.deep.equal([1, 0]);
    } finally {
      document.removeEventListener('hk-unread-changed', listen);
    }
  });

  it('adds the tickets the backend lists for a signed-in customer', async () => {
    const identity = mockIdentity('ava@example.com');
    // Filed on another device while signed in: this device does not remember it.
    const elsewhere = testClient(world.backend, { retry: 0, clock: world.clock, identity });
    const { ticket } = await elsewhere.tickets.create({ name: 'Ava Lind', email: 'ava@example.com', subject: 'From my phone', body: 'Sent from the app.', categoryId: 'account', locale: 'en' });
    await elsewhere.tracked.forget('ticket', ticket.id);
    const mine = await fileTicket(world, { subject: 'From this computer', email: 'someone.else@example.com' });
    const status = await mountStatus(world, { identity });
    await status.waitFor('.ticket-row');
    expect(subjects(status)).to.deep.equal(['From my phone']);
    expect(world.backend.requests.some((r) => r.method === 'GET' && r.path === '/tickets')).to.equal(true);
    // The anonymous visitor's ticket on this device is not the signed-in customer's.
    expect(subjects(status)).to.not.include(mine.subject);
  });

  it('drops a ticket the backend no longer has, and marks one whose link stopped working', async () => {
    const [a, b] = await threeTickets();
    world.backend.failNext({ status: 404, match: new RegExp(`^GET /tickets/${a!.id}$`) });
    // A newer e-mailed link for the second ticket was opened elsewhere: this device's token is retired.
    await world.client.tickets.requestAccessLinks('ava@example.com');
    const link = world.backend.emails[0]!.links.find((l) => l.includes(b!.id))!;
    await world.client.tickets.get(b!.id, { token: link.slice(link.indexOf('.', link.indexOf('hk-ticket=')) + 1) });
    const status = await mountStatus(world);
    await status.waitFor('.ticket-row');
    expect(subjects(status)).to.deep.equal(['Password reset', 'Printer offline']);
    expect(status.text(`.ticket-row[data-id="${b!.id}"] .row-note`)).to.equal('The link to this ticket no longer works.');
    expect(await world.client.tracked.get('ticket', a!.id)).to.equal(undefined);
  });

  it('with no tickets says so and offers “Find my tickets”', async () => {
    const status = await mountStatus(world);
    await status.waitFor('.empty');
    expect(status.text('.empty')).to.equal('There are no tickets on this device yet.');
    expect(status.text('#find-title')).to.equal('Find my tickets');
    await expect(status.el).to.be.accessible();
  });

  for (const locale of ['fa', 'ar']) {
    it(`reads right to left in ${locale} with native digits, and has no axe violations`, async () => {
      await threeTickets();
      const status = await mountStatus(world, { locale });
      await status.waitFor('.ticket-row');
      expect(status.$('.root')!.getAttribute('dir')).to.equal('rtl');
      expect(status.text('.ticket-row .unread .sr-only')).to.match(locale === 'fa' ? /۱/ : /١/);
      // Ticket numbers are codes (HK-1001); everything else is in the language's digits.
      expect(status.text('.tickets').replace(/HK-\d+/g, '')).to.not.match(/[0-9]/);
      await expect(status.el).to.be.accessible();
    });
  }
});
