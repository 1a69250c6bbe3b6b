// <hk-ticket-status> with a ticket: its status in words, the steps, the promise and the
// conversation, in English, Persian and Arabic, kept up to date on the world's clock.
import { expect } from '@open-wc/testing';
import type { HkTicketUpdatedEvent, HkUnreadChangedEvent } from '../../src/index.js';
import { fileTicket, mountStatus, sampleTicket, testClient, until, useTicketWorld, type TicketStatusHarness } from '../helpers/index.js';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;

/** "tomorrow at 8:30 AM" as the tracker writes a moment in English, for this machine's time zone. */
function englishMoment(at: number, now: number): string {
  const day = (ms: number) => new Date(new Date(ms).getFullYear(), new Date(ms).getMonth(), new Date(ms).getDate()).getTime();
  const days = Math.round((day(at) - day(now)) / (24 * HOUR));
  const time = new Intl.DateTimeFormat('en', { hour: 'numeric', minute: '2-digit' }).format(at);
  if (days === 0) return `today at ${time}`;
  if (days === 1) return `tomorrow at ${time}`;
  return `${new Intl.DateTimeFormat('en', { weekday: 'long', day: 'numeric', month: 'long' }).format(at)} at ${time}`;
}

const row = (status: TicketStatusHarness, kind: string) => status.$(`.promise-row[data-kind=${kind}]`)!;

describe('<hk-ticket-status> a ticket', () => {
  describe('moved along by the scripted agent', () => {
    const world = useTicketWorld();

    it('follows received → open → agent reply (waiting on you) → solved without a reload, and says so', async () => {
      const ticket = await fileTicket(world);
      const status = await mountStatus(world, { ticketId: ticket.id });
      const updates: HkTicketUpdatedEvent['detail'][] = [];
      status.el.addEventListener('hk-ticket-updated', (e) => updates.push(e.detail));
      expect(status.status()).to.equal('Received');
      expect(status.text('.next')).to.equal('We have your message. Someone on our team will pick it up soon.');

      await status.wait(2 * MINUTE);
      await status.polledUntil(() => status.status() === 'Open', 'the ticket to open');
      await until(() => status.spoken() === 'Your ticket is now: Open.', 'the new status announced');
      expect(status.text('.assignee')).to.equal('Sara (Customer care) is taking care of your ticket.');

      await status.wait(8 * MINUTE);
      await status.polledUntil(() => status.status() === 'Waiting for you', 'the agent’s reply');
      expect(status.messages()).to.have.length(2);
      expect(status.$$('.message')[1]!.classList.contains('from-agent')).to.equal(true);
      await until(() => status.spoken().startsWith('New message from Sara: Thanks for writing to us.'), 'the reply announced');
      expect(status.spoken()).to.contain('Your ticket is now: Waiting for you.');

      await status.wait(60 * MINUTE);
      await status.polledUntil(() => status.status() === 'Solved', 'the ticket solved');
      expect(status.text('.next')).to.contain('We think this is solved.');
      expect(updates.map((u) => [u.ticket.status, u.previousStatus, u.newMessages])).to.deep.equal([
        ['open', 'received', 0],
        ['waiting_on_customer', 'open', 1],
        ['solved', 'waiting_on_customer', 0],
      ]);
    });

    it('shows the steps as a progress list with the current one marked', async () => {
      const ticket = await fileTicket(world);
      const status = await mountStatus(world, { ticketId: ticket.id });
      const steps = status.$$('.steps li');
      expect(steps.map((s) => s.querySelector('bdi')!.textContent)).to.deep.equal(['Received', 'In review', 'Answered', 'Solved']);
      expect(steps.map((s) => s.getAttribute('aria-current'))).to.deep.equal(['step', 'false', 'false', 'false']);
      expect(steps[0]!.textContent).to.contain('(current step)');
      expect(steps[1]!.textContent).to.contain('(not started yet)');
      expect(status.text('#steps-title')).to.equal('Progress');
      await status.wait(10 * MINUTE);
      await status.polledUntil(() => status.$$('.steps li')[2]!.getAttribute('aria-current') === 'step', 'the answered step');
      expect(status.$$('.steps li')[0]!.textContent).to.contain('(done)');
    });

    it('promises the first reply and the solution in the customer’s time, and counts down', async () => {
      const ticket = await fileTicket(world);
      const status = await mountStatus(world, { ticketId: ticket.id });
      const now = world.clock.now();
      const firstDue = Date.parse(ticket.sla!.firstResponseDueAt!);
      const solvedBy = Date.parse(ticket.sla!.resolutionDueAt!);
      expect(status.text('#promise-title')).to.equal('When you’ll hear from us');
      // Filed Monday 09:30 in Stockholm: eight opening hours later is Tuesday 08:30 there, 23 hours on.
      expect(firstDue - now).to.equal(23 * HOUR);
      expect(row(status, 'firstResponse').textContent!.replace(/\s+/g, ' ')).to.contain(`by ${englishMoment(firstDue, now)} in 23 hours On track`);
      expect(row(status, 'resolution').textContent!.replace(/\s+/g, ' ')).to.contain(`by ${englishMoment(solvedBy, now)} in 3 days On track`);
      expect(status.text('.promise')).to.contain('The times we promise count our opening hours only.');
      await status.wait(3 * HOUR);
      expect(row(status, 'firstResponse').textContent).to.contain('in 20 hours');
    });

    it('says the first reply came on time once it did', async () => {
      const ticket = await fileTicket(world);
      const status = await mountStatus(world, { ticketId: ticket.id });
      await status.wait(10 * MINUTE);
      await status.polledUntil(() => row(status, 'firstResponse').querySelector('.sla')?.textContent === 'On time', 'the reply on time');
      const answered = Date.parse(ticket.createdAt) + 10 * MINUTE;
      expect(row(status, 'firstResponse').textContent!.replace(/\s+/g, ' ')).to.contain(`answered ${englishMoment(answered, world.clock.now())}`);
    });
  });

  describe('when nobody answers', () => {
    const world = useTicketWorld({ script: false });

    it('is on track, then due soon in the last 20 % of the time, then overdue', async () => {
      const ticket = await fileTicket(world);
      const status = await mountStatus(world, { ticketId: ticket.id });
      const state = () => row(status, 'firstResponse').querySelector('.sla')!.getAttribute('data-state');
      expect(state()).to.equal('onTrack');
      // The first reply is due 23 hours after it was filed; the last 20 % starts after 18.4 hours.
      await status.wait(18 * HOUR);
      expect(state()).to.equal('onTrack');
      await status.wait(30 * MINUTE);
      expect(state()).to.equal('atRisk');
      expect(row(status, 'firstResponse').textContent).to.contain('Due soon');
      await status.wait(5 * HOUR);
      await status.polledUntil(() => state() === 'overdue', 'overdue');
      expect(row(status, 'firstResponse').textContent!.replace(/\s+/g, ' ')).to.match(/was due .* 3\d minutes ago Overdue/);
      await expect(status.el).to.be.accessible();
    });
  });

  describe('while the team is away', () => {
    // Friday 18:00 in Stockholm: closed until Monday 08:00.
    const world = useTicketWorld({ startAt: '2026-03-06T17:00:00Z' });

    it('says when the team is back, since the promised times count opening hours', async () => {
      const ticket = await fileTicket(world);
      const status = await mountStatus(world, { ticketId: ticket.id });
      const monday = Date.parse('2026-03-09T07:00:00Z');
      const back = `${new Intl.DateTimeFormat('en', { weekday: 'long' }).format(monday)} at ${new Intl.DateTimeFormat('en', { hour: 'numeric', minute: '2-digit' }).format(monday)}`;
      expect(status.text('.promise .away')).to.equal(`We’re closed right now and back ${back}. The times we promise count our opening hours only.`);
    });
  });

  describe('in the customer’s language', () => {
    const world = useTicketWorld();

    it('Persian: right to left, Persian digits and the Persian calendar', async () => {
      const ticket = await fileTicket(world, { locale: 'fa' });
      const status = await mountStatus(world, { ticketId: ticket.id, locale: 'fa' });
      expect(status.$('.root')!.getAttribute('dir')).to.equal('rtl');
      expect(status.status()).to.equal('دریافت شد');
      expect(status.$$('.steps bdi').map((s) => s.textContent)).to.deep.equal(['دریافت شد', 'در حال بررسی', 'پاسخ داده شد', 'حل شد']);
      const resolution = row(status, 'resolution').textContent!;
      const solvedBy = Date.parse(ticket.sla!.resolutionDueAt!);
      // Thursday 5 March 2026 is 14 Esfand 1404.
      const day = new Intl.DateTimeFormat('fa-IR-u-ca-persian-nu-arabext', { weekday: 'long', day: 'numeric', month: 'long' }).format(solvedBy);
      expect(day).to.contain('اسفند');
      expect(resolution).to.contain(`حداکثر تا ${day} ساعت`);
      expect(resolution).to.contain('۳ روز دیگر');
      expect(status.text('.promise')).to.not.match(/[0-9]/);
      expect(status.text('.summary .ticket-number')).to.contain(ticket.number);
      await expect(status.el).to.be.accessible();
    });

    it('Arabic: right to left with Arabic-Indic digits', async () => {
      const ticket = await fileTicket(world, { locale: 'ar' });
      const status = await mountStatus(world, { ticketId: ticket.id, locale: 'ar' });
      expect(status.$('.root')!.getAttribute('dir')).to.equal('rtl');
      expect(status.status()).to.equal('تم الاستلام');
      expect(status.$$('.steps bdi').map((s) => s.textContent)).to.deep.equal(['تم الاستلام', 'قيد المراجعة', 'تم الرد', 'تم الحل']);
      expect(row(status, 'firstResponse').textContent).to.contain('في موعد أقصاه');
      expect(row(status, 'firstResponse').textContent).to.match(/[٠-٩]/);
      expect(status.text('.promise')).to.not.match(/[0-9]/);
      await status.wait(10 * MINUTE);
      await status.polledUntil(() => status.status() === 'بانتظار ردّك', 'the reply');
      await expect(status.el).to.be.accessible();
    });

    it('English has no axe violations with the conversation', async () => {
      const ticket = await fileTicket(world);
      const status = await mountStatus(world, { ticketId: ticket.id });
      await status.wait(10 * MINUTE);
      await status.polledUntil(() => status.messages().length === 2, 'the reply');
      await expect(status.el).to.be.accessible();
      status.el.theme = 'dark';
      await status.el.updateComplete;
      await expect(status.el).to.be.accessible();
    });
  });

  describe('the conversation', () => {
    const world = useTicketWorld({ script: false });

    it('gives each message its own direction and makes only web addresses links', async () => {
      const ticket = await fileTicket(world);
      world.backend.agentReply(ticket.id, 'سلام! راهنما اینجاست: https://help.example.com/reset. Not javascript:alert(1), but www.example.org/a_(b)).');
      const status = await mountStatus(world, { ticketId: ticket.id });
      await until(() => status.messages().length === 2, 'both messages');
      expect(status.$$('.message-body').map((b) => b.getAttribute('dir'))).to.deep.equal(['auto', 'auto']);
      const links = status.$$('.message-body a') as HTMLAnchorElement[];
      expect(links.map((a) => a.href)).to.deep.equal(['https://help.example.com/reset', 'https://www.example.org/a_(b)']);
      expect(links.map((a) => a.textContent)).to.deep.equal(['https://help.example.com/reset', 'www.example.org/a_(b)']);
      for (const a of links) {
        expect(a.rel).to.equal('noopener noreferrer nofollow');
        expect(a.target).to.equal('_blank');
      }
      expect(status.messages()[1]).to.contain('javascript:alert(1)');
      expect(status.text('.message.from-agent .author')).to.equal('Sara');
      expect(status.text('.message.from-customer .author')).to.equal('You');
    });

    it('lists files by name and size, with bidi tricks removed from names', async () => {
      // With progress asked for, the upload goes by XMLHttpRequest through msw's worker: WebKit
      // cannot read a multipart body handed to an in-page fetch.
      const uploaded = await world.client.attachments.upload(new File(['printer log'], 'printer-log.txt', { type: 'text/plain' }), { onProgress: () => {} });
      const ticket = await fileTicket(world, { attachmentIds: [uploaded.id] });
      // A file whose name hides its type behind a right-to-left override, as a backend might pass it on.
      const fetch = async (input: RequestInfo | URL, init?: RequestInit) => {
        const response = await world.backend.fetch(input, init);
        if (new Request(input, init).method !== 'GET' || response.status !== 200) return response;
        const body = await response.json();
        body.messages?.[0]?.attachments?.push({ id: 'a_evil', name: 'evil\u202Egnp.exe', size: 2048, type: 'image/png' });
        return new Response(JSON.stringify(body), { status: 200, headers: response.headers });
      };
      const client = testClient(world.backend, { retry: 0, clock: world.clock, fetch });
      const status = await mountStatus(world, { ticketId: ticket.id, client });
      await until(() => status.$$('.attachments li').length === 2, 'both files');
      const items = status.$$('.attachments li').map((li) => li.textContent!.replace(/\s+/g, ' ').trim());
      expect(items).to.deep.equal(['printer-log.txt (1 kB)', 'evilgnp.exe (2 kB)']);
      expect(status.$('.attachments a'), 'no download address in the protocol: no link').to.equal(null);
      expect(status.$('.attachments')!.getAttribute('aria-label')).to.equal('Attached files');
    });

    it('loads earlier messages a backend held back, oldest first', async () => {
      const ticket = await fileTicket(world);
      world.backend.agentReply(ticket.id, 'First answer');
      world.backend.agentReply(ticket.id, 'Second answer');
      // The backend holds back all but the newest message, and says where the rest continue.
      const cursorAfter = (id: string) => btoa(id).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
      const fetch = async (input: RequestInfo | URL, init?: RequestInit) => {
        const response = await world.backend.fetch(input, init);
        const request = new Request(input, init);
        if (request.method !== 'GET' || !request.url.endsWith(`/tickets/${ticket.id}`) || response.status !== 200) return response;
        const body = await response.json();
        const newest = body.messages.at(-1);
        body.messages = [newest];
        body.messagesCursor = cursorAfter(newest.id);
        return new Response(JSON.stringify(body), { status: 200, headers: response.headers });
      };
      const client = testClient(world.backend, { retry: 0, clock: world.clock, fetch });
      const status = await mountStatus(world, { ticketId: ticket.id, client });
      await status.waitFor('.earlier', 'the way to older messages');
      expect(status.messages()).to.deep.equal(['Second answer']);
      status.button('Show earlier messages').click();
      await until(() => status.messages().length === 3, 'the earlier messages');
      expect(status.messages()).to.deep.equal([sampleTicket.body, 'First answer', 'Second answer']);
      expect(status.$('.earlier'), 'nothing more to load').to.equal(null);
    });

    it('marks messages the customer has not seen as new, then counts them read', async () => {
      const ticket = await fileTicket(world);
      world.backend.agentReply(ticket.id, 'We need your order number.');
      const unread: HkUnreadChangedEvent['detail'][] = [];
      document.addEventListener('hk-unread-changed', (e) => unread.push(e.detail), { once: true });
      const status = await mountStatus(world, { ticketId: ticket.id });
      await until(() => status.$$('.message.unseen').length === 1, 'the new message marked');
      expect(status.text('.message.unseen .new-mark')).to.equal('New');
      await until(() => unread.length === 1, 'the unread count');
      expect(unread[0]).to.deep.equal({ total: 0, tickets: { [ticket.id]: 0 } });
      // Opened again: nothing is new any more.
      status.el.remove();
      const again = await mountStatus(world, { ticketId: ticket.id });
      await until(() => again.messages().length === 2, 'the messages');
      expect(again.$$('.message.unseen')).to.have.length(0);
    });
  });
});
