import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/define.js';
import type { HkTicketForm } from '../../src/index.js';
import type { MockBackend } from '../../src/mock/index.js';
import type { HelpkitClient, TicketCreated } from '../../src/sdk/index.js';
import { startBackend, testClient, uniqueBase, until, useBackend } from '../helpers/mock-server.js';
import { expectFocus } from '../helpers/reportable.js';
import { openFreshPage } from '../helpers/fresh-page.js';
import { TicketFormHarness } from '../helpers/ticket-form-harness.js';
import { recordingFetch } from '../helpers/recording-fetch.js';
import { TestClock } from '../helpers/test-clock.js';

async function mount(client: HelpkitClient, attrs: { locale?: string; hide?: string; name?: string; email?: string } = {}) {
  const el = await fixture<HkTicketForm>(html`<hk-ticket-form
    .client=${client}
    .clock=${new TestClock()}
    locale=${attrs.locale ?? 'en'}
    hide=${attrs.hide ?? ''}
    name=${attrs.name ?? ''}
    email=${attrs.email ?? ''}
  ></hk-ticket-form>`);
  return new TicketFormHarness(el).ready();
}

const creates = (backend: MockBackend) => backend.requests.filter((r) => r.method === 'POST' && r.path === '/tickets');

describe('<hk-ticket-form>', () => {
  let backend: MockBackend;
  let client: HelpkitClient;
  useBackend((b, c) => ([backend, client] = [b, c]));

  describe('fields', () => {
    it('renders the fields of the chosen topic, of every field type', async () => {
      const form = await mount(client);
      const types = () => [...form.root.querySelectorAll('[name^="fields."]')].map((c) => `${c.getAttribute('name')}:${c.tagName.toLowerCase()}${(c as HTMLInputElement).type ? '/' + (c as HTMLInputElement).type : ''}`);
      await form.choose('Topic', 'technical');
      expect(types()).to.deep.equal([
        'fields.device:select/select-one',
        'fields.steps:textarea/textarea',
        'fields.phone:input/tel',
        'fields.copyTo:input/email',
        'fields.canReproduce:input/checkbox',
      ]);
      await form.choose('Topic', 'billing');
      // Numbers are text inputs with a decimal keyboard, so Persian and Arabic digits can be typed.
      expect(types()).to.deep.equal(['fields.invoiceNumber:input/text', 'fields.amount:input/text', 'fields.paymentMethod:select/select-one']);
      expect(form.control('Amount (SEK)').getAttribute('inputmode')).to.equal('decimal');
      await form.choose('Topic', 'orders');
      expect(types()).to.deep.equal(['fields.orderNumber:input/text', 'fields.deliveryDate:input/date']);
      expect(form.control('Priority').tagName).to.equal('SELECT');
      expect(form.$('input[type=file]')!.getAttribute('accept')).to.equal('image/*,application/pdf,text/plain');
    });

    it('marks every missing field, links the message to it and moves focus to the first', async () => {
      const form = await mount(client);
      await form.submit();
      await form.el.updateComplete;
      expect(form.errorOf('Your name')).to.equal('Please fill in this field.');
      expect(form.errorOf('E-mail address')).to.equal('Please fill in this field.');
      expect(form.errorOf('Topic')).to.equal('Please choose one.');
      expect(form.errorOf('Subject')).to.equal('Please fill in this field.');
      expect(form.errorOf('How can we help?')).to.equal('Please fill in this field.');
      expect(form.control('Your name').getAttribute('aria-invalid')).to.equal('true');
      expectFocus(form.root, form.control('Your name'));
      expect(form.$('[role=alert]')!.textContent).to.contain('Please check the fields marked below.');
      expect(backend.requests.filter((r) => r.method === 'POST')).to.have.length(0);
    });

    it('checks e-mail, numbers, phone numbers, options and lengths; clears an error once fixed', async () => {
      const form = await mount(client);
      await form.type('E-mail address', 'ava@');
      expect(form.errorOf('E-mail address')).to.equal('Enter an e-mail address like name@example.com.');
      await form.type('E-mail address', 'ava@example.com');
      expect(form.errorOf('E-mail address')).to.equal('');
      await form.choose('Topic', 'billing');
      await form.type('Amount (SEK)', 'lots');
      expect(form.errorOf('Amount (SEK)')).to.equal('Enter a number.');
      await form.type('Amount (SEK)', '۴۹۹');
      expect(form.errorOf('Amount (SEK)')).to.equal('');
      await form.choose('Topic', 'technical');
      await form.type('Phone for follow-up', 'call me');
      expect(form.errorOf('Phone for follow-up')).to.equal('Enter a phone number, like +46 70 123 45 67.');
      await form.type('What did you try?', 'x'.repeat(1001));
      expect(form.errorOf('What did you try?')).to.equal('Use at most 1,000 characters.');
      await form.submit();
      expect(form.errorOf('Device')).to.equal('Please choose one.');
    });

    it('sends native digits folded to ASCII and numbers as numbers', async () => {
      const wire = recordingFetch();
      const form = await mount(testClient(backend, { fetch: wire.fetch, retry: 0 }));
      await form.fillValid();
      await form.choose('Topic', 'billing');
      await form.type('Amount (SEK)', '۱۲۵٫۵');
      await form.choose('Payment method', 'swish');
      await form.submit();
      await form.waitFor('.confirmation', 'the confirmation');
      const [sent] = wire.sent.filter((s) => s.method === 'POST' && s.path === '/tickets').map((s) => JSON.parse(s.body));
      expect(sent.categoryId).to.equal('billing');
      // ۱۲۵٫۵ (Persian digits, Arabic decimal separator) is the number 125.5 on the wire, not a string.
      expect(sent.fields).to.deep.equal({ amount: 125.5, paymentMethod: 'swish' });
      expect(typeof sent.fields.amount).to.equal('number');
      const [item] = await form.el.client!.tracked.list('ticket');
      expect(backend.ticket(item!.id)!.categoryId).to.equal('billing');
    });

    it('prefills from attributes and hides prefilled fields on request', async () => {
      const form = await mount(client, { name: 'Ava Lind', email: 'ava@example.com', hide: 'name email' });
      expect(() => form.control('Your name')).to.throw();
      expect(() => form.control('E-mail address')).to.throw();
      await form.choose('Topic', 'account');
      await form.type('Subject', 'Locked out');
      await form.type('How can we help?', 'The code never arrives.');
      const created = new Promise<TicketCreated>((resolve) => form.el.addEventListener('hk-ticket-created', (e) => resolve(e.detail)));
      await form.submit();
      const { ticket } = await created;
      expect(ticket.messages[0]!.author.name).to.equal('Ava Lind');
    });
  });

  describe('attachments', () => {
    it('uploads with progress, refuses what the site does not accept, removes, and files the rest', async () => {
      const small = await startBackend({ baseUrl: uniqueBase(), attachments: { maxBytes: 4096, maxFiles: 2 } });
      const form = await mount(testClient(small, { retry: 0 }));
      await form.attach(
        new File(['log'], 'printer.log', { type: 'text/plain' }),
        new File([new Uint8Array(5000)], 'huge.png', { type: 'image/png' }),
        new File(['MZ'], 'setup.exe', { type: 'application/x-msdownload' }),
      );
      await until(() => form.$('.file .muted:not(.file-size)')?.textContent === 'Attached', 'the upload to finish');
      const rows = [...form.root.querySelectorAll('.file')].map((r) => r.textContent!.replace(/\s+/g, ' ').trim());
      expect(rows[0]).to.contain('printer.log').and.contain('Attached');
      expect(rows[1]).to.contain('huge.png is larger than 4 kB.');
      expect(rows[2]).to.contain('setup.exe is not a type of file we accept.');
      expect(form.$('.file button')!.getAttribute('aria-label')).to.equal('Remove printer.log');
      (form.root.querySelectorAll<HTMLButtonElement>('.file button')[1]!).click();
      await form.el.updateComplete;
      expect(form.root.querySelectorAll('.file')).to.have.length(2);
      await form.fillValid();
      await form.submit();
      await form.waitFor('.confirmation');
      const [item] = await form.el.client!.tracked.list('ticket');
      expect(small.ticket(item!.id)!.messages[0]!.attachments!.map((a) => a.name)).to.deep.equal(['printer.log']);
      expect(small.requests.filter((r) => r.path === '/attachments')).to.have.length(1);
    });

    it('keeps a file that could not be uploaded offline and sends it with the queued ticket', async () => {
      const online = testClient(backend, { retry: 0, autoFlush: true });
      const form = await mount(online);
      backend.offline = true;
      await form.attach(new File(['photo'], 'parcel.jpg', { type: 'image/jpeg' }));
      await until(() => form.text().includes('Sent with your message'), 'the file to wait for sending');
      await form.fillValid();
      await form.submit();
      await form.waitFor('.queued');
      backend.offline = false;
      window.dispatchEvent(new Event('online'));
      await form.waitFor('.confirmation');
      const [item] = await online.tracked.list('ticket');
      expect(backend.ticket(item!.id)!.messages[0]!.attachments!.map((a) => a.name)).to.deep.equal(['parcel.jpg']);
    });
  });

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

  describe('offline and drafts', () => {
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

    it('a draft with its attachment survives a reload', async () => {
      const base = backend.baseUrl;
      const first = await openFreshPage(`/test/fixtures/ticket-form.html?api=${encodeURIComponent(base)}`);
      const form = await new TicketFormHarness((first.window as unknown as { helpkitForm: HkTicketForm }).helpkitForm).ready();
      await form.type('Subject', 'Skrivaren är offline');
      await form.type('How can we help?', 'Den blinkar orange.');
      const Win = first.window as unknown as typeof globalThis;
      await form.attach(new Win.File(['fake png'], 'lampa.png', { type: 'image/png' }));
      const reader = testClient(backend);
      await until(async () => ((await reader.drafts.load<{ files: unknown[] }>('ticket-form'))?.data.files.length ?? 0) === 1, 'the draft with its file');
      first.close();

      const second = await openFreshPage(`/test/fixtures/ticket-form.html?api=${encodeURIComponent(base)}`);
      const el = (second.window as unknown as { helpkitForm: HkTicketForm }).helpkitForm;
      const restored = new Promise((r) => el.addEventListener('hk-draft-restored', r));
      const again = await new TicketFormHarness(el).ready();
      await restored;
      expect((again.control('Subject') as HTMLInputElement).value).to.equal('Skrivaren är offline');
      expect((again.control('How can we help?') as HTMLTextAreaElement).value).to.equal('Den blinkar orange.');
      expect(again.$('.file-name')!.textContent).to.equal('lampa.png');
      expect(again.text()).to.contain('We restored what you wrote last time.');
      (again.$('.notice.draft button') as HTMLButtonElement).click();
      await until(() => (again.control('Subject') as HTMLInputElement).value === '', 'the form to clear');
      expect(await reader.drafts.load('ticket-form')).to.equal(undefined);
      second.close();
    });

    it('two tabs on one form: the second save asks instead of overwriting', async () => {
      const tabA = await mount(testClient(backend));
      const tabB = await mount(testClient(backend));
      await tabA.type('Subject', 'Written in tab A');
      await tabA.pause();
      await until(async () => (await client.drafts.load('ticket-form')) !== undefined, 'tab A’s draft');
      await tabB.type('Subject', 'Written in tab B');
      await tabB.pause();
      await tabB.waitFor('.notice.warning', 'the conflict notice', 3000);
      expect(tabB.text()).to.contain('You changed this form in another tab or window.');
      expect(((await client.drafts.load<{ values: { subject: string } }>('ticket-form'))!.data.values.subject)).to.equal('Written in tab A');
      const [useOther] = tabB.root.querySelectorAll<HTMLButtonElement>('.notice.warning button');
      useOther!.click();
      await tabB.el.updateComplete;
      expect((tabB.control('Subject') as HTMLInputElement).value).to.equal('Written in tab A');
    });
  });

  describe('suggested articles', () => {
    it('suggests articles as the customer types, shows one inline, and reports deflection on leaving', async () => {
      const form = await mount(client);
      await form.type('Subject', 'forgot password');
      await form.pause();
      const list = await form.waitFor('.suggestions', 'suggestions');
      expect(list.querySelectorAll('li').length).to.be.within(1, 3);
      expect(list.querySelector('.s-title')!.textContent).to.equal('How do I reset my password?');
      (list.querySelector('button') as HTMLButtonElement).click();
      const article = await form.waitFor('.article', 'the article');
      expect(article.querySelector('.article-body ol')).to.not.equal(null);
      const deflected = new Promise<CustomEvent>((r) => form.el.addEventListener('hk-deflected', (e) => r(e)));
      form.el.remove();
      const event = await deflected;
      expect(event.detail).to.deep.equal({ articleIds: ['reset-password-en'], query: 'forgot password', solved: false });
    });

    it('“This answered my question” reports a solved deflection and sends nothing', async () => {
      const form = await mount(client);
      await form.type('Subject', 'refund');
      await form.pause();
      (await form.waitFor('.suggestions button')).click();
      await form.waitFor('.article');
      const deflected = new Promise<CustomEvent>((r) => form.el.addEventListener('hk-deflected', (e) => r(e)));
      (form.$('.article button') as HTMLButtonElement).click();
      expect((await deflected).detail.solved).to.equal(true);
      await form.waitFor('.solved');
      expect(backend.requests.filter((r) => r.method === 'POST')).to.have.length(0);
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
      expect(done.querySelector('.promise')!.textContent).to.match(/^We reply within 8 hours of opening hours — by .+\.$/);
      expect(done.querySelector('.promise')!.textContent).to.contain(time);
      expect(done.textContent).to.contain('Our team is working right now.');
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
      expect(promise).to.contain('ظرف ۱ ساعت از ساعات کاری پاسخ می‌دهیم');
      // Filed Monday 2 March 2026 (12 Esfand 1404); the hour is in the browser's time zone.
      const expected = new Intl.DateTimeFormat('fa-IR-u-ca-persian-nu-arabext', { hour: 'numeric', minute: '2-digit' }).format(new Date(backend.ticket((await client.tracked.list())[0]!.id)!.sla!.firstResponseDueAt!));
      expect(promise).to.contain(expected);
      expect(promise).to.match(/[۰-۹]/);
      expect(promise).to.contain('اسفند');
    });
  });

  describe('accessibility', () => {
    for (const locale of ['en', 'ar']) {
      it(`has no axe violations when empty, invalid, submitting, queued and confirmed (${locale})`, async () => {
        const form = await mount(client, { locale });
        await expect(form.el).to.be.accessible();
        await form.submit();
        await expect(form.el).to.be.accessible();
        await form.type(locale === 'ar' ? 'اسمك' : 'Your name', 'Ava');
        await form.type(locale === 'ar' ? 'البريد الإلكتروني' : 'E-mail address', 'ava@example.com');
        await form.choose(locale === 'ar' ? 'الموضوع' : 'Topic', 'account');
        await form.type(locale === 'ar' ? 'العنوان' : 'Subject', locale === 'ar' ? 'استرداد المبلغ' : 'refund');
        await form.type(locale === 'ar' ? 'كيف يمكننا مساعدتك؟' : 'How can we help?', 'Please help.');
        await form.pause();
        await form.waitFor('.suggestions', 'suggestions');
        await expect(form.el).to.be.accessible();
        backend.latency = 400;
        form.submitButton().click();
        await form.el.updateComplete;
        expect(form.submitButton().disabled).to.equal(true);
        await expect(form.el).to.be.accessible();
        await form.waitFor('.confirmation');
        await expect(form.el).to.be.accessible();
        backend.latency = 0;
        (form.$('.confirmation button') as HTMLButtonElement).click();
        await form.ready();
        await form.fillValid();
        backend.offline = true;
        await form.submit();
        await form.waitFor('.queued');
        await expect(form.el).to.be.accessible();
      });
    }

    it('works from the keyboard: Enter in a field submits and focus lands on the first problem', async () => {
      const form = await mount(client);
      // Text goes in as input events; the keys under test (Tab, Enter) are real key presses.
      await form.type('Your name', 'Ava');
      form.control('Your name').focus();
      await sendKeys({ press: 'Tab' });
      expectFocus(form.root, form.control('E-mail address'));
      await form.type('E-mail address', 'not-an-address');
      await sendKeys({ press: 'Enter' });
      await form.el.updateComplete;
      expect(form.errorOf('E-mail address')).to.equal('Enter an e-mail address like name@example.com.');
      expectFocus(form.root, form.control('E-mail address'));
    });
  });

  describe('isolation', () => {
    it('keeps its look under hostile page CSS', async () => {
      const style = document.createElement('style');
      style.textContent = '* { all: revert; font-size: 30px !important; line-height: 3 } button { display: none !important } input { border: 0 }';
      document.head.append(style);
      try {
        const form = await mount(client);
        const input = form.control('Your name');
        expect(getComputedStyle(input).fontSize).to.equal('15px');
        expect(getComputedStyle(input).borderTopWidth).to.equal('1px');
        expect(getComputedStyle(form.submitButton()).display).to.not.equal('none');
        expect(form.submitButton().getBoundingClientRect().height).to.be.greaterThan(40);
      } finally {
        style.remove();
      }
    });

    it('sanitizes article HTML from the backend', async () => {
      const { sanitize } = await import('../../src/internal/sanitize.js');
      const clean = String(sanitize('<p onclick="x()">Hi<script>alert(1)</script><img src=x onerror="alert(2)"><a href="javascript:alert(3)">a</a><a href="https://example.com">b</a></p>'));
      expect(clean).to.not.match(/script|onerror|onclick|javascript:/);
      expect(clean).to.contain('href="https://example.com"');
      expect(clean).to.contain('rel="noopener noreferrer"');
    });
  });
});
