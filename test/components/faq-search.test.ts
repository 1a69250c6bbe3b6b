import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/define.js';
import type { HkFaqSearch } from '../../src/index.js';
import type { MockBackend } from '../../src/mock/index.js';
import type { HelpkitClient } from '../../src/sdk/index.js';
import { closeClients, startBackend, testClient, uniqueBase, until } from '../helpers/mock-server.js';

class FaqHarness {
  constructor(readonly el: HkFaqSearch) {}
  get root() {
    return this.el.shadowRoot!;
  }
  $(s: string) {
    return this.root.querySelector<HTMLElement>(s);
  }
  get input() {
    return this.$('input[type=search]') as HTMLInputElement;
  }
  async ready() {
    await until(() => !!this.root?.querySelector('input[type=search]') && !this.root.querySelector('.loading'), 'the search to load');
    return this;
  }
  async type(q: string) {
    this.input.value = q;
    this.input.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
    await this.el.updateComplete;
  }
  titles(): string[] {
    return [...this.root.querySelectorAll('[role=option] .r-title')].map((n) => n.textContent!.trim());
  }
  text() {
    return this.root.textContent!.replace(/\s+/g, ' ');
  }
  async waitFor(s: string, what = s, ms = 6000) {
    await until(() => !!this.$(s), what, ms);
    return this.$(s)!;
  }
}

async function mount(client: HelpkitClient, attrs: { locale?: string; suggest?: string; indexLimit?: number } = {}) {
  const el = await fixture<HkFaqSearch>(html`<hk-faq-search
    .client=${client}
    locale=${attrs.locale ?? 'en'}
    suggest=${attrs.suggest ?? ''}
    index-limit=${attrs.indexLimit ?? 5000}
  ></hk-faq-search>`);
  return new FaqHarness(el).ready();
}

describe('<hk-faq-search>', () => {
  let backend: MockBackend;
  let client: HelpkitClient;
  beforeEach(async () => {
    backend = await startBackend({ baseUrl: uniqueBase() });
    client = testClient(backend, { retry: 0 });
  });
  afterEach(closeClients);

  const cases: [string, string, string][] = [
    ['en', 'pasword', 'How do I reset my password?'],
    ['en', 'refu', 'When will I get my refund?'],
    ['sv', 'skrivare', 'Ansluta skrivaren till wifi'],
    ['sv', 'losenord', 'Hur återställer jag mitt lösenord?'],
    ['fa', 'گذرواژ', 'چگونه گذرواژه‌ام را بازنشانی کنم؟'],
    ['fa', 'مرجوغی', 'مرجوع کردن کالا'],
    ['ar', 'الطابعه', 'توصيل الطابعة بشبكة الواي فاي'],
    ['ar', 'کلمه المرور', 'كيف أعيد تعيين كلمة المرور؟'],
  ];
  for (const [locale, query, title] of cases) {
    it(`${locale}: “${query}” finds “${title}” in the top 3, highlighted`, async () => {
      const faq = await mount(client, { locale });
      await faq.type(query);
      expect(faq.titles().slice(0, 3)).to.include(title);
      expect(faq.$('[role=option] mark')).to.not.equal(null);
      expect(faq.input.getAttribute('aria-expanded')).to.equal('true');
    });
  }

  it('searches on the device: one index request, no request per keystroke', async () => {
    const faq = await mount(client);
    for (const q of ['r', 're', 'ref', 'refu', 'refun', 'refund']) await faq.type(q);
    expect(faq.titles()[0]).to.equal('When will I get my refund?');
    expect(backend.requests.filter((r) => r.path.startsWith('/articles')).map((r) => r.path)).to.deep.equal(['/articles/index']);
  });

  it('fires hk-search once the customer pauses, with the result count', async () => {
    const faq = await mount(client);
    const events: { query: string; count: number }[] = [];
    faq.el.addEventListener('hk-search', (e) => events.push(e.detail));
    await faq.type('inv');
    await faq.type('invoice');
    await until(() => events.length > 0, 'hk-search');
    expect(events).to.deep.equal([{ query: 'invoice', count: faq.titles().length }]);
  });

  it('keyboard only: type, arrow, open, say it did not help, comment, and reach a pre-filled ticket form', async () => {
    const faq = await mount(client);
    const feedback: unknown[] = [];
    const contact: unknown[] = [];
    faq.el.addEventListener('hk-article-feedback', (e) => feedback.push(e.detail));
    faq.el.addEventListener('hk-contact-requested', (e) => contact.push(e.detail));
    faq.input.focus();
    await sendKeys({ type: 'shipping' });
    await until(() => faq.titles().length > 0, 'results');
    await sendKeys({ press: 'ArrowDown' });
    await faq.el.updateComplete;
    expect(faq.input.getAttribute('aria-activedescendant')).to.equal('opt-0');
    expect(faq.$('#opt-0')!.getAttribute('aria-selected')).to.equal('true');
    await sendKeys({ press: 'Enter' });
    const heading = await faq.waitFor('.article h3');
    expect(heading.textContent).to.equal('What does shipping cost?');
    expect(faq.root.activeElement).to.equal(heading);
    // Tab: back link, then the related links come after feedback; feedback first: Yes, No.
    await sendKeys({ press: 'Tab' });
    await sendKeys({ press: 'Tab' });
    expect(faq.root.activeElement!.textContent).to.equal('No');
    await sendKeys({ press: 'Enter' });
    await faq.waitFor('.feedback textarea');
    expect(faq.root.activeElement).to.equal(faq.$('.feedback textarea'));
    await sendKeys({ type: 'Express to Norway?' });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ press: 'Enter' });
    const form = await faq.waitFor('hk-ticket-form');
    expect(feedback).to.deep.equal([{ articleId: 'shipping-cost-en', helpful: false, comment: 'Express to Norway?' }]);
    expect(contact).to.deep.equal([{ query: 'shipping', articleId: 'shipping-cost-en' }]);
    await until(() => !!form.shadowRoot?.querySelector('input[name=subject]'), 'the ticket form');
    expect((form.shadowRoot!.querySelector('input[name=subject]') as HTMLInputElement).value).to.equal('shipping');
    await until(() => backend.feedback.length === 1, 'the feedback request');
    expect(backend.feedback[0]).to.deep.equal({ articleId: 'shipping-cost-en', helpful: false, comment: 'Express to Norway?' });
  });

  it('asks “was this helpful?” once per article per browser', async () => {
    const faq = await mount(client);
    await faq.type('invoice');
    (faq.$('#opt-0') as HTMLElement).click();
    await faq.waitFor('.feedback button');
    (faq.root.querySelector('.feedback button') as HTMLButtonElement).click(); // Yes
    await until(() => faq.text().includes('Thank you for your feedback.'), 'thanks');
    await until(() => backend.feedback.length === 1, 'the feedback request');
    (faq.$('.back') as HTMLButtonElement).click();
    await faq.el.updateComplete;
    (faq.$('#opt-0') as HTMLElement).click();
    await faq.waitFor('.feedback.thanks', 'the remembered answer');
    expect(faq.root.querySelectorAll('.feedback button')).to.have.length(0);
  });

  it('Escape clears the search; the back button returns to the results with focus in the field', async () => {
    const faq = await mount(client);
    faq.input.focus();
    await faq.type('refund');
    (faq.$('#opt-0') as HTMLElement).click();
    await faq.waitFor('.article');
    (faq.$('.back') as HTMLButtonElement).click();
    await until(() => faq.root.activeElement === faq.input, 'focus back in the field');
    expect(faq.input.value).to.equal('refund');
    await sendKeys({ press: 'Escape' });
    await faq.el.updateComplete;
    expect(faq.input.value).to.equal('');
    expect(faq.input.getAttribute('aria-expanded')).to.equal('false');
  });

  it('browses by topic and shows page suggestions while the field is empty', async () => {
    const faq = await mount(client, { suggest: 'return-item-en refund-time-en' });
    await until(() => faq.text().includes('Suggested for this page'), 'suggestions');
    expect([...faq.root.querySelectorAll('.browse')[0]!.querySelectorAll('button')].map((b) => b.textContent)).to.deep.equal([
      'Returning an item',
      'When will I get my refund?',
    ]);
    const billing = [...faq.root.querySelectorAll('details')].find((d) => d.textContent!.includes('Billing and payments'))!;
    billing.open = true;
    await until(() => billing.querySelectorAll('button').length === 4, 'the billing articles');
  });

  it('no results: spelling alternatives and a way to contact us', async () => {
    const faq = await mount(client);
    const contact: unknown[] = [];
    faq.el.addEventListener('hk-contact-requested', (e) => contact.push(e.detail));
    await faq.type('paswrd');
    const none = await faq.waitFor('.no-results');
    expect(none.textContent).to.contain('No articles match “paswrd”.');
    const alt = [...none.querySelectorAll<HTMLButtonElement>('.alternatives button')].find((b) => b.textContent === 'password')!;
    alt.click();
    await faq.el.updateComplete;
    expect(faq.input.value).to.equal('password');
    expect(faq.titles()[0]).to.equal('How do I reset my password?');
    await faq.type('xqzv');
    (faq.$('.no-results .actions button') as HTMLButtonElement).click();
    await faq.waitFor('hk-ticket-form');
    expect(contact).to.deep.equal([{ query: 'xqzv' }]);
  });

  it('falls back to server search when there is no index, and drops stale answers', async () => {
    backend.failNext({ status: 404, match: /^GET \/articles\/index$/ });
    const faq = await mount(client);
    backend.latency = 300;
    await faq.type('printer');
    await new Promise((r) => setTimeout(r, 250)); // its request is now in flight
    await faq.type('refund');
    await new Promise((r) => setTimeout(r, 400)); // the "printer" answer would have arrived by now
    expect(faq.titles()).to.not.include('Connecting the printer to Wi-Fi');
    await until(() => faq.titles().length > 0, 'the refund results', 3000);
    expect(faq.titles()[0]).to.equal('When will I get my refund?');
    expect(faq.$('[role=option] mark')!.textContent!.toLowerCase()).to.equal('refund');
    const searches = backend.requests.filter((r) => r.path === '/articles');
    expect(searches.length).to.equal(2); // one per pause, not one per keystroke
  });

  it('searches on the server when the knowledge base is larger than index-limit', async () => {
    const faq = await mount(client, { indexLimit: 5 });
    await faq.type('invoice');
    await until(() => faq.titles().length > 0, 'server results');
    expect(backend.requests.some((r) => r.path === '/articles')).to.equal(true);
  });

  it('offline: searches the index saved on this device and says so', async () => {
    const first = await mount(client);
    await first.type('refund');
    expect(first.titles().length).to.be.greaterThan(0);
    first.el.remove();
    backend.offline = true;
    const later = await mount(testClient(backend, { retry: 0 }));
    await later.waitFor('.offline', 'the offline notice');
    expect(later.text()).to.contain('You are offline. These are the articles saved on this device.');
    await later.type('invoice');
    expect(later.titles()[0]).to.equal('Downloading invoices and receipts');
    (later.$('#opt-0') as HTMLElement).click();
    await later.waitFor('.article');
    expect(later.text()).to.contain('the full article is not saved on this device yet');
  });

  describe('accessibility', () => {
    for (const locale of ['en', 'fa']) {
      it(`has no axe violations: empty, results, article, no results, offline (${locale})`, async () => {
        const faq = await mount(client, { locale, suggest: locale === 'en' ? 'return-item-en' : 'return-item-fa' });
        await expect(faq.el).to.be.accessible();
        await faq.type(locale === 'en' ? 'refund' : 'بازپرداخت');
        expect(faq.titles().length).to.be.greaterThan(0);
        await expect(faq.el).to.be.accessible();
        (faq.$('#opt-0') as HTMLElement).click();
        await faq.waitFor('.article');
        await expect(faq.el).to.be.accessible();
        (faq.$('.back') as HTMLButtonElement).click();
        await faq.el.updateComplete;
        await faq.type('xqzv');
        await faq.waitFor('.no-results');
        await expect(faq.el).to.be.accessible();
        faq.el.remove();
        backend.offline = true;
        const offline = await mount(testClient(backend, { retry: 0 }), { locale });
        await offline.waitFor('.offline');
        await expect(offline.el).to.be.accessible();
        expect(offline.$('.root')!.getAttribute('dir')).to.equal(locale === 'fa' ? 'rtl' : 'ltr');
      });
    }
  });
});
