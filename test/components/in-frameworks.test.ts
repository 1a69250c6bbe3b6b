// What frameworks do to elements: set properties late, set them before the element is registered,
// bind two ways, or forget the backend. Each must end in a working element or a clear message.
import { expect, fixture, html } from '@open-wc/testing';
import type { HelpkitClient } from '../../src/sdk/index.js';
import { HkFaqSearch } from '../../src/components/faq-search/faq-search.js';
import { HkTicketForm } from '../../src/components/ticket-form/ticket-form.js';
import { FaqHarness, TestClock, TicketFormHarness, mountFaq, mountForm, until, useBackend } from '../helpers/index.js';

let client: HelpkitClient;

describe('in frameworks', () => {
  useBackend((_, c) => (client = c));

  describe('prefill set after the form loaded (a framework that renders again)', () => {
    it('fills a field the customer has not written in', async () => {
      const form = await mountForm(client);
      await form.el.updateComplete;
      form.el.email = 'ava@example.com';
      const email = () => (form.$('[name="email"]') as HTMLInputElement | null)?.value;
      await until(() => email() === 'ava@example.com', 'the e-mail prefilled');
      // A second change replaces what the first one put there: still the site's, not the customer's.
      form.el.email = 'ava.lind@example.com';
      await until(() => email() === 'ava.lind@example.com', 'the new prefill');
    });

    it('never replaces what the customer wrote', async () => {
      const form = await mountForm(client);
      await form.type('Your name', 'Ava Lind');
      form.el.name = 'Someone Else';
      form.el.subject = 'Order 1042';
      await form.el.updateComplete;
      await until(() => (form.control('Subject') as HTMLInputElement).value === 'Order 1042', 'the untouched subject prefilled');
      expect((form.control('Your name') as HTMLInputElement).value).to.equal('Ava Lind');
    });
  });

  describe('v-model and two-way bindings on <hk-faq-search>', () => {
    it('value searches when set, follows typing, and every change fires input', async () => {
      const faq = await mountFaq(client);
      const seen: string[] = [];
      faq.el.addEventListener('input', () => seen.push(faq.el.value));
      faq.el.value = 'refund';
      await until(() => faq.titles().length > 0, 'results for the value set');
      expect(faq.input.value).to.equal('refund');
      expect(seen).to.deep.equal(['refund']);
      // Typing: the field's own input event reaches the page (composed), with the host's value.
      await faq.type('invoice');
      expect(seen.at(-1)).to.equal('invoice');
      // Clearing with the ✕ is a change too.
      (faq.$('.clear') as HTMLButtonElement).click();
      await faq.el.updateComplete;
      expect(faq.el.value).to.equal('');
      expect(seen.at(-1)).to.equal('');
    });
  });

  describe('properties set before the element is registered (framework rendered first)', () => {
    it('the client and the search text set on the unregistered element are taken on upgrade', async () => {
      const tag = `hk-faq-late-${Math.random().toString(36).slice(2, 8)}`;
      const el = document.createElement(tag) as HkFaqSearch;
      el.setAttribute('locale', 'en');
      el.client = client;
      el.value = 'refund';
      document.body.append(el);
      customElements.define(tag, class extends HkFaqSearch {});
      try {
        const faq = await new FaqHarness(el).ready();
        await until(() => faq.titles().length > 0, 'results for the text set before upgrade');
        expect(faq.input.value).to.equal('refund');
      } finally {
        el.remove();
      }
    });
  });

  describe('no backend', () => {
    let warnings: string[];
    const warn = console.warn;
    beforeEach(() => {
      warnings = [];
      console.warn = (...args: unknown[]) => warnings.push(args.join(' '));
    });
    afterEach(() => (console.warn = warn));

    it('says so to the customer and names the missing attribute to the developer, and recovers when a client comes', async () => {
      const clock = new TestClock();
      const el = await fixture<HkTicketForm>(html`<hk-ticket-form locale="en" .clock=${clock}></hk-ticket-form>`);
      await clock.advance(2900);
      expect(el.shadowRoot!.textContent).to.not.contain('not connected');
      await clock.advance(200);
      await el.updateComplete;
      const notice = el.shadowRoot!.querySelector('[role=alert]')!;
      expect(notice.textContent!.trim()).to.equal('This part of our help is not connected yet, so it cannot load. Please contact us another way.');
      expect(warnings).to.have.length(1);
      expect(warnings[0]).to.contain('<hk-ticket-form> has no backend: set the "api" attribute');
      el.client = client;
      await new TicketFormHarness(el).ready();
      expect(el.shadowRoot!.querySelector('[role=alert]')).to.equal(null);
    });

    it('an object that arrived as an attribute ("[object Object]") is named as a registration-order mistake', async () => {
      const clock = new TestClock();
      await fixture(html`<hk-faq-search locale="en" client="[object Object]" .clock=${clock}></hk-faq-search>`);
      await clock.advance(3000);
      expect(warnings).to.have.length(1);
      expect(warnings[0]).to.contain('"client" arrived as the attribute "[object Object]"');
      expect(warnings[0]).to.contain("Import 'helpkit/define'");
    });
  });
});
