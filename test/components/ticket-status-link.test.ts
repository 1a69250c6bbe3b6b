// The e-mailed link #hk-ticket=<id>.<token>: remembered, opened, and gone from the address bar at once.
import { expect, fixture, html } from '@open-wc/testing';
import type { HkTicketStatus } from '../../src/components/ticket-status/ticket-status.js';
import { fileTicket, mountStatus, TicketStatusHarness, until, useTicketWorld } from '../helpers/index.js';

describe('<hk-ticket-status> opened from an e-mailed link', () => {
  const world = useTicketWorld({ script: false });
  const address = location.pathname + location.search;
  afterEach(() => history.replaceState(history.state, '', address));

  /** The link the backend e-mails for the customer's ticket, and that ticket, as if on another device. */
  async function emailedLink(): Promise<{ id: string; subject: string; fragment: string; token: string }> {
    const ticket = await fileTicket(world);
    await world.client.tickets.requestAccessLinks('ava@example.com');
    const link = world.backend.emails.at(-1)!.links[0]!;
    const fragment = link.slice(link.indexOf('#') + 1);
    await world.client.tracked.forget('ticket', ticket.id); // another device: nothing remembered
    return { id: ticket.id, subject: ticket.subject, fragment, token: fragment.slice(fragment.indexOf('.') + 1) };
  }

  it('remembers the ticket, opens it, and takes the token out of the address bar before anything else', async () => {
    const link = await emailedLink();
    history.replaceState(null, '', `${address}#section=help&${link.fragment}`);
    const el = document.createElement('hk-ticket-status') as HkTicketStatus;
    el.client = world.client;
    el.clock = world.clock;
    el.locale = 'en';
    document.body.append(el);
    try {
      // At once: in the same task as the element arrived on the page.
      expect(location.href).to.not.contain('hk-ticket');
      expect(location.hash).to.equal('#section=help');
      const status = new TicketStatusHarness(el, world.clock);
      await until(() => status.text('.summary h3') === link.subject, 'the linked ticket');
      expect((await world.client.tracked.get('ticket', link.id))?.token).to.equal(link.token);
    } finally {
      el.remove();
    }
  });

  it('takes the link even before the element has a client, and opens it once one comes', async () => {
    const link = await emailedLink();
    history.replaceState(null, '', `${address}#${link.fragment}`);
    const el = await fixture<HkTicketStatus>(html`<hk-ticket-status locale="en" .clock=${world.clock}></hk-ticket-status>`);
    expect(location.href).to.not.contain('hk-ticket');
    expect(location.hash).to.equal('');
    el.client = world.client;
    const status = new TicketStatusHarness(el, world.clock);
    await until(() => status.text('.summary h3') === link.subject, 'the linked ticket');
  });

  it('opens a link clicked on the same page (the form’s “Follow this ticket”)', async () => {
    const link = await emailedLink();
    const status = await mountStatus(world);
    location.hash = link.fragment;
    await until(() => status.text('.summary h3') === link.subject, 'the linked ticket');
    expect(location.href).to.not.contain('hk-ticket');
  });

  it('removes a link that is not valid too, and opens nothing', async () => {
    history.replaceState(null, '', `${address}#hk-ticket=..%0Abad`);
    const status = await mountStatus(world);
    expect(location.href).to.not.contain('hk-ticket');
    expect(status.$('.summary')).to.equal(null);
    expect(await world.client.tracked.list('ticket')).to.deep.equal([]);
  });
});
