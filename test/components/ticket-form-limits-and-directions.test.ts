// Issue #9 in the ticket form: long text is never cut without a word (a counter near the limit,
// "characters over the limit" and no send until shortened), the reply address is shown back as a
// left-to-right run, and addresses, phone numbers and codes read left to right in RTL pages.
import { expect } from '@open-wc/testing';
import type { MockBackend } from '../../src/mock/index.js';
import type { HelpkitClient } from '../../src/sdk/index.js';
import { testClient, useBackend, recordingFetch, mountForm as mount, type TicketFormHarness } from '../helpers/index.js';

/** What the field's counter shows, and what its polite live region last said. */
function counter(form: TicketFormHarness, label: string): { seen: string; heard: string } {
  const control = form.control(label);
  const seen = form.root.getElementById(`${control.id}-count`);
  const heard = seen?.parentElement?.querySelector('[role=status][aria-live=polite]');
  return { seen: seen?.textContent?.trim() ?? '', heard: heard?.textContent?.trim() ?? '' };
}

/** Types `text` one character at a time, with an input event per character, as a person does. */
async function typeSlowly(form: TicketFormHarness, label: string, text: string): Promise<void> {
  const input = form.control(label) as HTMLInputElement;
  input.focus();
  for (const ch of text) {
    input.value += ch;
    input.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true, data: ch, inputType: 'insertText' }));
    await form.el.updateComplete;
  }
}

/** Pastes `text` at the end of the field, as the browser does (one input event). */
async function paste(form: TicketFormHarness, label: string, text: string): Promise<void> {
  const input = form.control(label) as HTMLInputElement;
  input.focus();
  input.value += text;
  input.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true, data: text, inputType: 'insertFromPaste' }));
  await form.el.updateComplete;
}

describe('<hk-ticket-form> limits and directions', () => {
  let backend: MockBackend;
  let client: HelpkitClient;
  useBackend((b, c) => ([backend, client] = [b, c]));

  describe('long text', () => {
    it('keeps all of a long paste, says how far over it is, and does not send until shortened', async () => {
      const wire = recordingFetch();
      const form = await mount(testClient(backend, { fetch: wire.fetch, retry: 0 }));
      await form.fillValid();
      // No maxlength: the browser must not cut a paste silently.
      expect(form.control('How can we help?').hasAttribute('maxlength')).to.equal(false);
      expect(form.control('Subject').hasAttribute('maxlength')).to.equal(false);
      await paste(form, 'How can we help?', 'x'.repeat(25_200 - 'It blinks orange.'.length));
      expect([...form.control('How can we help?').value]).to.have.length(25_200);
      expect(counter(form, 'How can we help?').seen).to.equal('Characters over the limit: 5,200. Please shorten the text to send it.');
      await paste(form, 'Subject', 'y'.repeat(250));
      expect(counter(form, 'Subject').seen).to.contain('Characters over the limit: 78.');
      await form.submit();
      expect(form.errorOf('How can we help?')).to.equal('Characters over the limit: 5,200. Please shorten the text to send it.');
      expect(form.errorOf('Subject')).to.equal('Characters over the limit: 78. Please shorten the text to send it.');
      // The error says it once: the counter steps back while the error shows.
      expect(counter(form, 'Subject').seen).to.equal('');
      expect(wire.sent.filter((s) => s.method === 'POST' && s.path === '/tickets')).to.have.length(0);
      // Shortened: the error goes and the ticket is sent whole.
      const body = 'Still blinking. '.repeat(1000).trim();
      const input = form.control('How can we help?');
      input.value = body;
      input.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
      const subject = form.control('Subject');
      subject.value = 'The printer will not connect';
      subject.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
      await form.el.updateComplete;
      expect(form.errorOf('How can we help?')).to.equal('');
      await form.submit();
      await form.waitFor('.confirmation', 'the confirmation');
      const [sent] = wire.sent.filter((s) => s.method === 'POST' && s.path === '/tickets').map((s) => JSON.parse(s.body));
      expect(sent.body).to.equal(body);
    });

    it('shows a counter near the limit, live, and announces it only at thresholds', async () => {
      const form = await mount(client);
      await typeSlowly(form, 'Subject', 'a'.repeat(159));
      expect(counter(form, 'Subject')).to.deep.equal({ seen: '', heard: '' });
      await typeSlowly(form, 'Subject', 'a');
      expect(counter(form, 'Subject')).to.deep.equal({ seen: 'Characters left: 40', heard: 'Characters left: 40' });
      await typeSlowly(form, 'Subject', 'aaa');
      // Seen live, but the screen reader is not told on every keystroke.
      expect(counter(form, 'Subject')).to.deep.equal({ seen: 'Characters left: 37', heard: 'Characters left: 40' });
      await typeSlowly(form, 'Subject', 'a'.repeat(17));
      expect(counter(form, 'Subject')).to.deep.equal({ seen: 'Characters left: 20', heard: 'Characters left: 20' });
      await typeSlowly(form, 'Subject', 'a'.repeat(20));
      expect(counter(form, 'Subject')).to.deep.equal({ seen: 'Characters left: 0', heard: 'Characters left: 0' });
      await typeSlowly(form, 'Subject', 'ab');
      expect(form.control('Subject').value).to.have.length(202);
      expect(counter(form, 'Subject').seen).to.equal('Characters over the limit: 2. Please shorten the text to send it.');
      expect(counter(form, 'Subject').heard).to.equal('Characters over the limit: 1. Please shorten the text to send it.');
      // The counter is part of the field's description.
      const control = form.control('Subject');
      expect(control.getAttribute('aria-describedby')!.split(' ')).to.include(`${control.id}-count`);
    });

    it('counts in the customer’s digits', async () => {
      const form = await mount(client, { locale: 'fa' });
      await typeSlowly(form, 'عنوان', '😀'.repeat(170));
      expect(counter(form, 'عنوان').seen).to.equal('نویسه‌های باقی‌مانده: ۳۰');
    });
  });

  describe('e-mail', () => {
    it('refuses a domain that is not one and shows back the address the reply goes to, isolated', async () => {
      const form = await mount(client);
      for (const bad of ['ava@example..com', 'ava@example.com.', 'ava@example.c']) {
        await form.type('E-mail address', bad);
        expect(form.errorOf('E-mail address'), bad).to.equal('Enter an e-mail address like name@example.com.');
        expect(form.$('.address'), bad).to.equal(null);
      }
      await form.type('E-mail address', 'ava@example.com');
      expect(form.errorOf('E-mail address')).to.equal('');
      const address = form.$('#f-email-hint bdi')!;
      expect(address.getAttribute('dir')).to.equal('ltr');
      expect(address.textContent).to.equal('ava@example.com');
      expect(form.$('#f-email-hint')!.textContent).to.equal('We’ll reply to ava@example.com.');
    });

    it('keeps the address as one left-to-right run in Arabic', async () => {
      const form = await mount(client, { locale: 'ar' });
      await form.type('البريد الإلكتروني', 'ava@example.com');
      expect(form.$('#f-email-hint')!.textContent).to.equal('سنرسل ردنا إلى ava@example.com.');
      expect(getComputedStyle(form.$('#f-email-hint bdi')!).direction).to.equal('ltr');
    });
  });

  describe('left-to-right runs in right-to-left pages', () => {
    it('writes phone numbers and addresses left to right, aligned with the page', async () => {
      const form = await mount(client, { locale: 'ar' });
      await form.choose('الموضوع', 'technical');
      const tel = form.$('[name="fields.phone"]') as HTMLInputElement;
      const email = form.control('البريد الإلكتروني');
      for (const input of [tel, email]) {
        expect(input.getAttribute('dir'), input.name).to.equal('ltr');
        expect(getComputedStyle(input).direction, input.name).to.equal('ltr');
        expect(['right', 'end'], input.name).to.include(getComputedStyle(input).textAlign);
      }
    });

    it('gives phone-number examples in the locale’s digits, isolated', async () => {
      const form = await mount(client, { locale: 'ar' });
      await form.choose('الموضوع', 'technical');
      const tel = form.$('[name="fields.phone"]') as HTMLInputElement;
      tel.value = 'اتصل بي';
      tel.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
      tel.dispatchEvent(new Event('blur'));
      await form.el.updateComplete;
      await form.el.updateComplete;
      const error = form.root.getElementById(`${tel.id}-error`)!.textContent!;
      expect(error).to.contain('\u2066+٩٦٦ ٥٠ ١٢٣ ٤٥٦٧\u2069');
    });
  });

  describe('amounts', () => {
    it('never sends "1,234" as 1.234, and refuses exponents and negative amounts with words', async () => {
      const wire = recordingFetch();
      const form = await mount(testClient(backend, { fetch: wire.fetch, retry: 0 }));
      await form.fillValid();
      await form.choose('Topic', 'billing');
      await form.choose('Payment method', 'swish');
      await form.type('Amount (SEK)', '12e3');
      expect(form.errorOf('Amount (SEK)')).to.equal('Enter a number.');
      await form.type('Amount (SEK)', '-50');
      expect(form.errorOf('Amount (SEK)')).to.equal('Enter a number from 0 to 1,000,000.');
      await form.type('Amount (SEK)', '12.345');
      expect(form.errorOf('Amount (SEK)')).to.equal('Enter a multiple of 0.01.');
      await form.type('Amount (SEK)', '1,234');
      // 1,234 is 1234 in English: sent as that, or (until the form knows its locale) asked again; never 1.234.
      await form.submit();
      const posts = () => wire.sent.filter((s) => s.method === 'POST' && s.path === '/tickets').map((s) => JSON.parse(s.body));
      if (form.errorOf('Amount (SEK)')) {
        expect(posts()).to.have.length(0);
        await form.type('Amount (SEK)', '1234');
        await form.submit();
      }
      await form.waitFor('.confirmation', 'the confirmation');
      expect(posts()[0].fields.amount).to.equal(1234);
    });

    it('reads a Swedish amount with a space group and a decimal comma', async () => {
      const wire = recordingFetch();
      const form = await mount(testClient(backend, { fetch: wire.fetch, retry: 0 }), { locale: 'sv' });
      await form.fillValid();
      await form.choose('Ämne', 'billing');
      await form.choose('Betalsätt', 'swish');
      await form.type('Belopp (kr)', '1 234,50');
      expect(form.errorOf('Belopp (kr)')).to.equal('');
      await form.submit();
      await form.waitFor('.confirmation', 'the confirmation');
      const [sent] = wire.sent.filter((s) => s.method === 'POST' && s.path === '/tickets').map((s) => JSON.parse(s.body));
      expect(sent.fields.amount).to.equal(1234.5);
    });
  });

  describe('side by side', () => {
    for (const locale of ['en', 'ar']) {
      it(`name and e-mail stay lined up when one shows an error or a note under it (${locale})`, async () => {
        const form = await mount(client, { locale });
        const [name, email] = [form.$('input[name=name]')!, form.$('input[name=email]')!];
        const box = (el: HTMLElement) => el.getBoundingClientRect();
        // Side by side only where the form is wide enough for two columns.
        if (box(name).top !== box(email).top) form.el.style.width = '720px';
        await form.el.updateComplete;
        expect(box(name).top).to.equal(box(email).top);
        email.focus();
        (email as HTMLInputElement).value = 'ava@example';
        email.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
        email.dispatchEvent(new Event('blur'));
        await form.el.updateComplete;
        await new Promise((r) => requestAnimationFrame(r));
        expect(form.$('[id$=email-error]')).to.not.equal(null);
        expect([box(name).top, box(name).height]).to.deep.equal([box(email).top, box(email).height]);
        (email as HTMLInputElement).value = 'ava@example.com';
        email.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
        await form.el.updateComplete;
        await new Promise((r) => requestAnimationFrame(r));
        expect(form.$('.field .hint bdi')).to.not.equal(null); // "We'll reply to …"
        expect([box(name).top, box(name).height]).to.deep.equal([box(email).top, box(email).height]);
      });
    }
  });
});
