// Sending a ticket: the server's answers (422, 429, 500, no settings), never filing one twice,
// offline queueing (also across a reload), and the confirmation.
import { expect, fixture, html } from '@open-wc/testing';
import type { HkTicketForm } from '../../src/index.js';
import type { MockBackend } from '../../src/mock/index.js';
import type { HelpkitClient } from '../../src/sdk/index.js';
import { testClient, until, useBackend, expectFocus, openFreshPage, mountForm as mount, TicketFormHarness } from '../helpers/index.js';

const creates = (backend: MockBackend) => backend.requests.filter((r) => r.method === 'POST' && r.path === '/tickets');

describe('<hk-ticket-form> sending', () => {
  let backend: MockBackend;
  let client: HelpkitClient;
  useBackend((b, c) => ([backend, client] = [b, c]));

  describe('server answers', () => {
    it('puts the server’s field errors on their fields, in the customer’s language', async () => {
      const form = await mount(client);
      await form.fillValid();
      backend.failNext({ status: 422, match: /^POST \/tickets$/, errors: [{ field: 'email', code: 'invalid', message: 'Domain not accepted' }] });
      const failed = new Promise<CustomEvent>((r) => form.el.addEventListener('hk-submit-failed', (e) => r(e)));
      await form.submit();
      const event = await failed;
      expect(event.detail.queued).to.equal(false);
      await until(() => form.errorOf('E-mail address') !== '', 'the e-mail error');
      expect(form.errorOf('E-mail address')).to.equal('Enter an e-mail address like name@example.com.');
      expectFocus(form.root, form.control('E-mail address'));
      expect((form.control('Subject') as HTMLInputElement).value).to.equal('The printer will not connect');
      expect(await client.outbox.list()).to.deep.equal([]);
    });

    it('says when to retry after a 429 and keeps the submission for later', async () => {
      const form = await mount(client);
      await form.fillValid();
      backend.failNext({ status: 429, retryAfter: 120, match: /^POST \/tickets$/ });
      await form.submit();
      await form.waitFor('.queued', 'the queued notice');
      expect(form.text()).to.contain('Please try again in 120 seconds.');
      expect(await client.outbox.list()).to.have.length(1);
    });

    it('a 500 keeps every word and a retry sends it once', async () => {
      const form = await mount(client);
      await form.fillValid();
      backend.failNext({ status: 500, match: /^POST \/tickets$/ });
      await form.submit();
      await form.waitFor('.queued');
      expect(form.text()).to.contain('Something went wrong on our side.');
      (form.$('.queued button') as HTMLButtonElement).click();
      await form.waitFor('.confirmation', 'the confirmation after retrying');
      expect(backend.ticketCount).to.equal(1);
      expect(new Set(creates(backend).map((r) => r.idempotencyKey)).size).to.equal(1);
    });

    it('shows a retry when the settings cannot be loaded, and recovers', async () => {
      backend.failNext({ status: 503 });
      const el = await fixture<HkTicketForm>(html`<hk-ticket-form .client=${client} locale="en"></hk-ticket-form>`);
      const form = new TicketFormHarness(el);
      await form.waitFor('[role=alert]', 'the load error');
      expect(form.text()).to.contain('The form could not be loaded.');
      (form.$('[role=alert] button') as HTMLButtonElement).click();
      await form.ready();
    });
  });

  describe('never doubled', () => {
    it('a double click files one ticket', async () => {
      backend.latency = 150;
      const form = await mount(client);
      await form.fillValid();
      form.submitButton().click();
      form.submitButton().click();
      await form.waitFor('.confirmation');
      expect(creates(backend)).to.have.length(1);
      expect(backend.ticketCount).to.equal(1);
    });

    it('a retried request (dropped connection) files one ticket', async () => {
      const retrying = testClient(backend, { retry: { limit: 2, backoffLimit: 20 } });
      const form = await mount(retrying);
      await form.fillValid();
      backend.failNext({ status: 0, network: true, match: /^POST \/tickets$/ });
      await form.submit();
      await form.waitFor('.confirmation');
      expect(creates(backend).length).to.equal(2);
      expect(backend.ticketCount).to.equal(1);
    });
  });

  describe('offline', () => {
    it('queues an offline submission and sends it once when back online', async () => {
      const online = testClient(backend, { retry: 0, autoFlush: true });
      const form = await mount(online);
      await form.fillValid();
      const created: unknown[] = [];
      form.el.addEventListener('hk-ticket-created', (e) => created.push(e.detail));
      backend.offline = true;
      await form.submit();
      const queued = await form.waitFor('.queued');
      expect(queued.textContent).to.contain('we will send it as soon as our server answers');
      expect(queued.textContent).to.not.contain('back online'); // the device is online: our server is the one not answering
      backend.offline = false;
      window.dispatchEvent(new Event('online'));
      await form.waitFor('.confirmation', 'the confirmation after reconnecting');
      window.dispatchEvent(new Event('online'));
      await new Promise((r) => setTimeout(r, 200));
      expect(backend.ticketCount).to.equal(1);
      expect(created).to.have.length(1);
    });

    it('an offline submission survives a reload and is sent exactly once', async () => {
      const base = backend.baseUrl;
      const first = await openFreshPage(`/test/fixtures/ticket-form.html?api=${encodeURIComponent(base)}`);
      const form = await new TicketFormHarness((first.window as unknown as { helpkitForm: HkTicketForm }).helpkitForm).ready();
      await form.fillValid();
      backend.offline = true;
      await form.submit();
      await form.waitFor('.queued');
      first.close();
      backend.offline = false;
      const second = await openFreshPage(`/test/fixtures/ticket-form.html?api=${encodeURIComponent(base)}`);
      await until(() => backend.ticketCount === 1, 'the queued ticket after the reload');
      await until(async () => (await testClient(backend).outbox.list()).length === 0, 'an empty outbox');
      await new Promise((r) => setTimeout(r, 300));
      expect(backend.ticketCount).to.equal(1);
      expect(creates(backend).filter((r) => r.status === 201)).to.have.length(1);
      second.close();
    });
  });

  describe('confirmation', () => {
    it('shows the ticket number, the promised reply time and how to follow it (English)', async () => {
      const form = await mount(client);
      await form.fillValid();
      await form.submit();
      const done = await form.waitFor('.confirmation');
      const [item] = await client.tracked.list('ticket');
      const ticket = backend.ticket(item!.id)!;
      expect(done.textContent).to.contain(ticket.number);
      const due = new Date(ticket.sla!.firstResponseDueAt!);
      const time = new Intl.DateTimeFormat('en', { hour: 'numeric', minute: '2-digit' }).format(due);
      expect(done.querySelector('.promise')!.textContent).to.match(/^We reply within 8 hours during our opening hours — you’ll hear from us by .+ at .+\.$/);
      expect(done.querySelector('.promise')!.textContent).to.contain(time);
      // What we received, as the server recorded it.
      const received = done.querySelector('.received')!;
      expect(received.querySelector('h4')!.textContent).to.equal('What you sent us');
      const rows = Object.fromEntries([...received.querySelectorAll('.received-row')].map((r) => [r.querySelector('dt')!.textContent, r.querySelector('dd')!.textContent!.trim()]));
      expect(rows['Subject']).to.equal(ticket.subject);
      expect(rows['Topic']).to.equal((await client.config()).categories.find((c) => c.id === ticket.categoryId)!.label);
      expect(rows['Message']).to.equal(ticket.messages[0]!.body);
      const link = done.querySelector('a')!;
      expect(link.getAttribute('href')).to.contain(`#hk-ticket=${ticket.id}.`);
      expectFocus(form.root, done.querySelector('h3'));
    });

    it('in Persian: right to left, Persian digits and calendar', async () => {
      const form = await mount(client, { locale: 'fa' });
      expect(form.$('.root')!.getAttribute('dir')).to.equal('rtl');
      await form.type('نام شما', 'آوا');
      await form.type('نشانی ایمیل', 'ava@example.com');
      // Addresses and phone numbers stay left-to-right text (the shared input styles), lined up
      // with the right-to-left form: text-align "end" of a left-to-right box is its right edge.
      const style = (label: string) => getComputedStyle(form.control(label));
      expect(style('نشانی ایمیل').direction).to.equal('ltr');
      expect(style('نشانی ایمیل').textAlign).to.equal('end');
      await form.choose('موضوع', 'technical');
      expect(style('تلفن برای پیگیری').direction).to.equal('ltr');
      expect(style('نام شما').direction).to.equal('rtl');
      await form.choose('موضوع', 'account');
      await form.type('عنوان', 'گذرواژه کار نمی‌کند');
      await form.type('چه کمکی از ما برمی‌آید؟', 'کد تأیید نمی‌رسد.');
      await form.submit();
      const done = await form.waitFor('.confirmation');
      const promise = done.querySelector('.promise')!.textContent!;
      expect(promise).to.contain('در ساعات کاری، ظرف ۱ ساعت به پیام شما پاسخ می‌دهیم');
      // Filed Monday 2 March 2026 (12 Esfand 1404); the hour is in the browser's time zone.
      const expected = new Intl.DateTimeFormat('fa-IR-u-ca-persian-nu-arabext', { hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).format(new Date(backend.ticket((await client.tracked.list())[0]!.id)!.sla!.firstResponseDueAt!));
      expect(promise).to.contain(expected);
      expect(promise).to.match(/[۰-۹]/);
      expect(promise).to.contain('اسفند');
    });
  });
});
