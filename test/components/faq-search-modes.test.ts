import { expect } from '@open-wc/testing';
import type { MockBackend } from '../../src/mock/index.js';
import type { HelpkitClient } from '../../src/sdk/index.js';
import { testClient, until, useBackend } from '../helpers/mock-server.js';
import { mountFaq as mount } from '../helpers/faq-harness.js';

describe('<hk-faq-search>: server search, offline, accessibility', () => {
  let backend: MockBackend;
  let client: HelpkitClient;
  useBackend((b, c) => ([backend, client] = [b, c]));

  it('falls back to server search when there is no index, and drops stale answers', async () => {
    backend.failNext({ status: 404, match: /^GET \/articles\/index$/ });
    const faq = await mount(client);
    backend.latency = 300;
    await faq.type('printer');
    const searches = () => backend.requests.filter((r) => r.path === '/articles');
    await until(() => searches().length === 1, 'the "printer" request to be in flight');
    await faq.type('refund');
    await new Promise((r) => setTimeout(r, 400)); // the "printer" answer would have arrived by now
    expect(faq.titles()).to.not.include('Connecting the printer to Wi-Fi');
    await until(() => faq.titles().length > 0, 'the refund results', 3000);
    expect(faq.titles()[0]).to.equal('When will I get my refund?');
    expect(faq.$('[role=option] mark')!.textContent!.toLowerCase()).to.equal('refund');
    expect(searches().length).to.equal(2); // one per pause, not one per keystroke
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
