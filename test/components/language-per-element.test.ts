// Each element speaks its own language, even when elements share one client (same `api`): the
// language once lived on the shared client, and whichever element loaded last decided for all.
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/define.js';
import type { HkFaqSearch, HkTicketForm } from '../../src/index.js';
import { closeClients, startBackend, uniqueBase, until, FaqHarness } from '../helpers/index.js';

// The Accept-Language of every /config request the page makes (elements made with `api` use the page's fetch).
const configLanguages: (string | null)[] = [];
const realFetch = globalThis.fetch;
beforeEach(() => {
  configLanguages.length = 0;
  globalThis.fetch = (input: RequestInfo | URL, init?: RequestInit) => {
    const request = new Request(input, init);
    if (new URL(request.url).pathname.endsWith('/config')) configLanguages.push(request.headers.get('accept-language'));
    return realFetch(request);
  };
});
afterEach(() => {
  globalThis.fetch = realFetch;
  closeClients();
});

const text = (el: Element) => el.shadowRoot!.textContent!.replace(/\s+/g, ' ');
const formReady = (el: HkTicketForm) => until(() => !!el.shadowRoot?.querySelector('form select[name=categoryId]'), 'the form to load');

describe('each element keeps its own language', () => {
  it('a Swedish form and an English FAQ on one backend: labels, topics and search results each in their own', async () => {
    const backend = await startBackend({ baseUrl: uniqueBase() });
    const page = await fixture<HTMLElement>(html`<div>
      <hk-ticket-form api=${backend.baseUrl} locale="sv"></hk-ticket-form>
      <hk-faq-search api=${backend.baseUrl} locale="en"></hk-faq-search>
    </div>`);
    const form = page.querySelector('hk-ticket-form')!;
    const faq = new FaqHarness(page.querySelector<HkFaqSearch>('hk-faq-search')!);
    await formReady(form);
    await faq.ready();

    // The form: Swedish terms and Swedish category labels from a Swedish config.
    expect(form.shadowRoot!.querySelector('.root')!.getAttribute('lang')).to.equal('sv');
    expect(text(form)).to.contain('Skicka meddelande');
    expect(text(form)).to.contain('Beställningar och leverans');
    expect(text(form)).not.to.contain('Orders and delivery');
    // The FAQ: English terms, English topics.
    expect(faq.root.querySelector('.root')!.getAttribute('lang')).to.equal('en');
    expect(faq.input.placeholder).to.equal('Type your question');
    expect(faq.text()).to.contain('Orders and delivery');
    expect(faq.text()).not.to.contain('Beställningar och leverans');

    // The English FAQ searches English articles only: the Swedish printer article is not among them.
    await faq.type('skrivare');
    await until(() => faq.el.shadowRoot!.textContent!.includes('No articles') || faq.titles().length > 0, 'the search to settle');
    expect(faq.titles()).not.to.include('Ansluta skrivaren till wifi');
    await faq.type('printer');
    await until(() => faq.titles().length > 0, 'printer results');
    expect(faq.titles().join(' ')).to.match(/printer/i);
    expect(faq.titles().join(' ')).not.to.match(/skrivare/i);

    // Every request carried the language of the element that made it.
    expect([...new Set(configLanguages)].sort()).to.deep.equal(['en', 'sv']);
  });

  it('four elements in four languages, loading at once, each with its own direction and words', async () => {
    const backend = await startBackend({ baseUrl: uniqueBase() });
    const page = await fixture<HTMLElement>(html`<div>
      <hk-faq-search api=${backend.baseUrl} locale="fa"></hk-faq-search>
      <hk-ticket-form api=${backend.baseUrl} locale="ar"></hk-ticket-form>
      <hk-faq-search api=${backend.baseUrl} locale="sv"></hk-faq-search>
      <hk-ticket-form api=${backend.baseUrl} locale="en"></hk-ticket-form>
    </div>`);
    const [faqFa, formAr, faqSv, formEn] = [...page.children] as HTMLElement[];
    await new FaqHarness(faqFa as HkFaqSearch).ready();
    await new FaqHarness(faqSv as HkFaqSearch).ready();
    await formReady(formAr as HkTicketForm);
    await formReady(formEn as HkTicketForm);
    const root = (el: HTMLElement) => el.shadowRoot!.querySelector('.root')!;
    expect([faqFa, formAr, faqSv, formEn].map((el) => root(el).getAttribute('lang'))).to.deep.equal(['fa', 'ar', 'sv', 'en']);
    expect([faqFa, formAr, faqSv, formEn].map((el) => root(el).getAttribute('dir'))).to.deep.equal(['rtl', 'rtl', 'ltr', 'ltr']);
    expect(text(formAr)).to.contain('الطلبات والتوصيل');
    expect(text(formEn)).to.contain('Orders and delivery');
    expect(text(faqFa)).to.contain('سفارش و ارسال');
    expect(text(faqSv)).to.contain('Beställningar och leverans');
  });

  it('changing one element’s language leaves the other’s alone', async () => {
    const backend = await startBackend({ baseUrl: uniqueBase() });
    const page = await fixture<HTMLElement>(html`<div>
      <hk-ticket-form api=${backend.baseUrl} locale="en"></hk-ticket-form>
      <hk-faq-search api=${backend.baseUrl} locale="en"></hk-faq-search>
    </div>`);
    const form = page.querySelector('hk-ticket-form')!;
    const faq = new FaqHarness(page.querySelector<HkFaqSearch>('hk-faq-search')!);
    await formReady(form);
    await faq.ready();
    faq.el.locale = 'sv';
    await until(() => faq.input.placeholder === 'Skriv din fråga' && faq.text().includes('Beställningar och leverans'), 'the FAQ in Swedish');
    // The form did not follow.
    expect(text(form)).to.contain('Send message');
    expect(text(form)).to.contain('Orders and delivery');
    // A request from the form still asks for English.
    configLanguages.length = 0;
    void (form as unknown as { site: { retry(): Promise<void> } }).site.retry();
    await until(() => configLanguages.length > 0, 'the form to ask again');
    expect(configLanguages).to.deep.equal(['en']);
  });
});
