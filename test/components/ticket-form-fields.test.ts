// The ticket form's fields: which are shown, how they are checked, what is sent, prefill, the
// customer's language, the keyboard, accessibility, and the page's CSS leaving it alone.
import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { MockBackend } from '../../src/mock/index.js';
import type { HelpkitClient, TicketCreated } from '../../src/sdk/index.js';
import { testClient, until, useBackend, expectFocus, recordingFetch, mountForm as mount } from '../helpers/index.js';

describe('<hk-ticket-form> fields', () => {
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
      expect(types()).to.deep.equal(['fields.orderNumber:input/text', 'fields.deliveryDate:input/text']);
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
      expect(form.errorOf('What did you try?')).to.equal('Characters over the limit: 1. Please shorten the text to send it.');
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
    it('a change of language relabels the form and keeps every word typed', async () => {
      const form = await mount(client);
      await form.type('Subject', 'The printer');
      await form.type('How can we help?', 'It blinks.');
      form.el.locale = 'sv';
      await until(() => form.text().includes('Rubrik'), 'the Swedish labels');
      expect(form.control('Rubrik').value).to.equal('The printer');
      expect(form.control('Hur kan vi hjälpa dig?').value).to.equal('It blinks.');
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
        await form.type(locale === 'ar' ? 'عنوان الرسالة' : 'Subject', locale === 'ar' ? 'استرداد المبلغ' : 'refund');
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

  });
});
