// What the customer does on a ticket: reply (draft kept, files, offline, once), reopen by replying,
// escalate when the promise is broken, rate a solved ticket, and a new ticket after a closed one.
import { expect } from '@open-wc/testing';
import type { HkTicketEscalatedEvent, HkTicketRatedEvent, HkTicketRepliedEvent } from '../../src/index.js';
import type { Ticket } from '../../src/sdk/index.js';
import { fileTicket, mountStatus, until, useTicketWorld, type TicketStatusHarness, type TicketWorld, typeKeys } from '../helpers/index.js';

const SECOND = 1000;
const replies = (world: TicketWorld, id: string) => world.backend.requests.filter((r) => r.method === 'POST' && r.path === `/tickets/${id}/messages`);
const customerMessages = (world: TicketWorld, id: string) => world.backend.ticket(id)!.messages.filter((m) => m.author.role === 'customer');

/** Types into the reply box as a person does. */
async function typeReply(status: TicketStatusHarness, text: string): Promise<void> {
  const box = await status.waitFor('#f-reply', 'the reply box');
  box.focus();
  await typeKeys(text);
}

describe('<hk-ticket-status> what the customer does', () => {
  const world = useTicketWorld({ script: false });
  let ticket: Ticket;
  beforeEach(async () => {
    ticket = await fileTicket(world);
  });

  describe('replying', () => {
    it('puts the reply box first when we wait on the customer, and sends the reply once', async () => {
      world.backend.agentReply(ticket.id, 'Which printer model is it?', { ask: true });
      const status = await mountStatus(world, { ticketId: ticket.id });
      await until(() => status.status() === 'Waiting for you', 'waiting on the customer');
      await status.waitFor('#f-reply', 'the reply box');
      const order = [...status.$('.ticket')!.children].map((c) => c.className.split(' ')[0]);
      expect(order.indexOf('reply')).to.be.lessThan(order.indexOf('progress') < 0 ? order.indexOf('timeline') : order.indexOf('progress'));
      expect(status.$('label[for="f-reply"]')!.textContent!.trim()).to.equal('Your reply');
      // What we asked comes with the box, and is read out as its description.
      expect(status.text('#f-reply-hint')).to.equal('Sara Which printer model is it?');
      expect(status.$('#f-reply')!.getAttribute('aria-describedby')).to.contain('f-reply-hint');
      const replied: HkTicketRepliedEvent['detail'][] = [];
      status.el.addEventListener('hk-ticket-replied', (e) => replied.push(e.detail));
      await typeReply(status, 'A LaserJet 200.');
      world.backend.latency = 100;
      const send = status.button('Send reply');
      send.click();
      send.click();
      await until(() => replied.length === 1, 'the reply sent');
      expect(replied[0]!.queued).to.equal(false);
      expect(replied[0]!.message!.body).to.equal('A LaserJet 200.');
      await until(() => status.messages().includes('A LaserJet 200.'), 'the reply in the conversation');
      await until(() => status.status() === 'Open', 'open again');
      expect(replies(world, ticket.id)).to.have.length(1);
      expect((status.$('#f-reply') as HTMLTextAreaElement).value).to.equal('');
      await until(() => status.spoken() === 'Your reply was sent.', 'announced');
    });

    it('says what is missing instead of sending an empty reply', async () => {
      const status = await mountStatus(world, { ticketId: ticket.id });
      await status.waitFor('#f-reply');
      status.button('Send reply').click();
      await until(() => status.$('#f-reply')!.getAttribute('aria-invalid') === 'true', 'the error');
      expect(status.text('#f-reply-error')).to.equal('Please fill in this field.');
      expect(status.root.activeElement?.id).to.equal('f-reply');
      expect(replies(world, ticket.id)).to.have.length(0);
      await expect(status.el).to.be.accessible();
    });

    it('keeps the words as a draft for this ticket', async () => {
      const first = await mountStatus(world, { ticketId: ticket.id });
      await typeReply(first, 'Half a thought');
      await first.wait(SECOND); // typing pauses: the draft is saved
      first.el.remove();
      const again = await mountStatus(world, { ticketId: ticket.id });
      await until(() => (again.$('#f-reply') as HTMLTextAreaElement | null)?.value === 'Half a thought', 'the draft restored');
    });

    it('sends a file with the reply', async () => {
      const status = await mountStatus(world, { ticketId: ticket.id });
      await typeReply(status, 'Here is the log.');
      const input = status.$('input[type=file]') as HTMLInputElement;
      const transfer = new DataTransfer();
      transfer.items.add(new File(['error 42'], 'printer.log', { type: 'text/plain' }));
      input.files = transfer.files;
      input.dispatchEvent(new Event('change', { bubbles: true }));
      await until(() => status.text('.files').includes('Attached'), 'the file uploaded');
      status.button('Send reply').click();
      await until(() => customerMessages(world, ticket.id).length === 2, 'the reply on the server');
      expect(customerMessages(world, ticket.id)[1]!.attachments!.map((a) => a.name)).to.deep.equal(['printer.log']);
    });

    it('keeps a reply written offline and sends it once when the server answers again', async () => {
      const status = await mountStatus(world, { ticketId: ticket.id });
      const replied: HkTicketRepliedEvent['detail'][] = [];
      status.el.addEventListener('hk-ticket-replied', (e) => replied.push(e.detail));
      await typeReply(status, 'Are you there?');
      world.backend.offline = true;
      status.button('Send reply').click();
      const queued = await status.waitFor('.reply.queued', 'the queued notice');
      expect(queued.textContent).to.contain('Saved — we’ll send your reply as soon as our server answers.');
      expect(replied).to.deep.equal([{ ticketId: ticket.id, queued: true }]);
      await expect(status.el).to.be.accessible();
      world.backend.offline = false;
      status.button('Try again').click();
      await until(() => replied.length === 2, 'sent');
      expect(replied[1]!.queued).to.equal(false);
      await until(() => status.messages().includes('Are you there?'), 'in the conversation');
      expect(customerMessages(world, ticket.id).map((m) => m.body)).to.deep.equal([ticket.messages[0]!.body, 'Are you there?']);
      expect(await world.client.outbox.list()).to.deep.equal([]);
    });

    it('reopens a solved ticket with the reply', async () => {
      world.backend.agentReply(ticket.id, 'Fixed it.');
      world.backend.setStatus(ticket.id, 'solved');
      const status = await mountStatus(world, { ticketId: ticket.id });
      await until(() => status.status() === 'Solved', 'solved');
      expect(status.$('label[for="f-reply"]')!.textContent!.trim()).to.equal('Your reply (it reopens this ticket)');
      await typeReply(status, 'It broke again.');
      status.button('Send reply').click();
      await until(() => status.status() === 'Open', 'reopened');
      expect(world.backend.requests.filter((r) => r.path === `/tickets/${ticket.id}/reopen`)).to.have.length(1);
      expect(world.backend.ticket(ticket.id)!.status).to.equal('open');
    });

    it('offers a new ticket that names a closed one', async () => {
      world.backend.setStatus(ticket.id, 'closed');
      const status = await mountStatus(world, { ticketId: ticket.id });
      await until(() => status.status() === 'Closed', 'closed');
      expect(status.$('#f-reply')).to.equal(null);
      expect(status.$('.rate')).to.not.equal(null);
      status.$$('.follow-up button')[0]!.click();
      await until(() => !!status.$('hk-ticket-form'), 'the ticket form');
      const form = status.$('hk-ticket-form') as HTMLElement & { subject?: string; category?: string };
      expect(form.subject).to.equal(`Follow-up to ${ticket.number}: ${ticket.subject}`);
      expect(form.category).to.equal(ticket.categoryId);
    });
  });

  describe('escalating', () => {
    it('is offered once the promise is broken, and one escalation is recorded however often it is clicked', async () => {
      const status = await mountStatus(world, { ticketId: ticket.id });
      expect(status.$('.escalate')).to.equal(null);
      world.backend.breach(ticket.id);
      await status.polledFor('.escalate', 'the offer to escalate');
      expect(status.text('.escalate')).to.contain('We have not kept the time we promised.');
      await expect(status.el).to.be.accessible();
      status.button('Escalate this ticket').click();
      await until(() => status.root.activeElement?.id === 'f-reason', 'focus in the reason');
      await typeKeys('I cannot work without the printer.');
      const escalated: HkTicketEscalatedEvent['detail'][] = [];
      status.el.addEventListener('hk-ticket-escalated', (e) => escalated.push(e.detail));
      world.backend.latency = 100;
      const go = status.button('Escalate');
      go.click();
      go.click();
      await until(() => escalated.length === 1, 'escalated');
      await until(() => !!status.$('.escalated'), 'the escalation shown');
      expect(status.text('.escalated')).to.match(/^Escalated to a team lead \(level 1\) today at .+\.$/);
      await until(() => status.root.activeElement?.classList.contains('escalated') === true, 'focus on the escalation');
      // Said once done, in our words or in the team's note that follows.
      await until(() => /escalated to a team lead/i.test(status.spoken()), 'the escalation announced');
      const posts = world.backend.requests.filter((r) => r.path === `/tickets/${ticket.id}/escalations`);
      expect(posts.filter((r) => r.status === 201)).to.have.length(1);
      expect(new Set(posts.map((r) => r.idempotencyKey)).size).to.equal(1);
      expect(world.backend.ticket(ticket.id)!.escalation!.reason).to.equal('I cannot work without the printer.');
    });

    it('in Persian: the reply box and the escalation form read right to left with no axe violations', async () => {
      world.backend.breach(ticket.id);
      const status = await mountStatus(world, { ticketId: ticket.id, locale: 'fa' });
      await status.polledFor('.escalate');
      expect(status.$('.root')!.getAttribute('dir')).to.equal('rtl');
      expect(status.text('label[for="f-reply"]')).to.equal('پاسخ شما');
      status.button('ارجاع این درخواست').click();
      await status.waitFor('#f-reason');
      status.button('ارجاع').click();
      await until(() => status.$('#f-reason')!.getAttribute('aria-invalid') === 'true', 'the reason asked for');
      await expect(status.el).to.be.accessible();
    });

    it('explains a refusal (409) in words', async () => {
      world.backend.breach(ticket.id);
      const status = await mountStatus(world, { ticketId: ticket.id });
      await status.polledFor('.escalate');
      status.button('Escalate this ticket').click();
      await until(() => status.root.activeElement?.id === 'f-reason', 'focus in the reason');
      await typeKeys('Please hurry.');
      world.backend.failNext({ status: 409, match: /escalations$/ });
      status.button('Escalate').click();
      await until(() => status.text('.escalate .error') !== '', 'the refusal');
      expect(status.text('.escalate .error')).to.equal('A ticket can be escalated once the time we promised has passed.');
    });
  });

  describe('rating', () => {
    beforeEach(() => {
      world.backend.agentReply(ticket.id, 'Fixed it.');
      world.backend.setStatus(ticket.id, 'solved');
    });

    const choose = async (status: TicketStatusHarness, selector: string) => {
      (status.$(selector) as HTMLInputElement).click();
      await status.el.updateComplete;
    };

    it('asks once: a good rating needs no second question', async () => {
      const status = await mountStatus(world, { ticketId: ticket.id });
      await status.waitFor('.rate');
      expect(status.text('#rate-title')).to.equal('How did we do?');
      const rated: HkTicketRatedEvent['detail'][] = [];
      status.el.addEventListener('hk-ticket-rated', (e) => rated.push(e.detail));
      await choose(status, 'input[name=rating][value="4"]');
      expect(status.$('.reasons')).to.equal(null);
      status.button('Send rating').click();
      await until(() => !!status.$('.rated'), 'thanks');
      expect(status.text('.rated')).to.equal('Thank you — you rated our help 4 of 5.');
      await until(() => status.root.activeElement?.classList.contains('rated') === true, 'focus on the thanks');
      expect(rated).to.deep.equal([{ ticketId: ticket.id, rating: 4 }]);
      expect(world.backend.ticket(ticket.id)!.satisfaction).to.deep.equal({ rating: 4 });
      status.el.remove();
      const again = await mountStatus(world, { ticketId: ticket.id });
      await again.waitFor('.rated');
      expect(again.$('.rate')).to.equal(null);
    });

    it('asks what went wrong only after a low rating, with an optional comment', async () => {
      const status = await mountStatus(world, { ticketId: ticket.id });
      await status.waitFor('.rate');
      await choose(status, 'input[name=rating][value="2"]');
      await status.waitFor('.reasons');
      expect(status.text('.reasons legend')).to.equal('What went wrong?');
      await expect(status.el).to.be.accessible();
      await choose(status, 'input[name=reason][value="slow"]');
      (status.$('#f-rating-comment') as HTMLElement).focus();
      await typeKeys('Three days for a reply.');
      status.button('Send rating').click();
      await until(() => !!status.$('.rated'), 'thanks');
      expect(world.backend.ticket(ticket.id)!.satisfaction).to.deep.equal({ rating: 2, comment: 'It took too long — Three days for a reply.' });
    });

    it('in Persian, with Persian digits and no axe violations', async () => {
      const status = await mountStatus(world, { ticketId: ticket.id, locale: 'fa' });
      await status.waitFor('.rate');
      expect(status.$$('.scale-option span[aria-hidden]').map((s) => s.textContent)).to.deep.equal(['۱', '۲', '۳', '۴', '۵']);
      await choose(status, 'input[name=rating][value="1"]');
      await status.waitFor('.reasons');
      await expect(status.el).to.be.accessible();
    });
  });
});
