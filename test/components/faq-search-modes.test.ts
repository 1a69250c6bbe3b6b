import { expect } from '@open-wc/testing';
import type { MockBackend } from '../../src/mock/index.js';
import type { HelpkitClient } from '../../src/sdk/index.js';
import { testClient, until, useBackend, deviceOffline, mountFaq as mount, TestClock } from '../helpers/index.js';

describe('<hk-faq-search>: server search, offline, accessibility', () => {
  let backend: MockBackend;
  let client: HelpkitClient;
  useBackend((b, c) => ([backend, client] = [b, c]));

  it('falls back to server search when there is no index, and drops stale answers', async () => {
    backend.failNext({ status: 404, match: /^GET \/articles\/index$/ });
    const clock = new TestClock();
    const faq = await mount(client, { clock });
    const searches = () => backend.requests.filter((r) => r.path === '/articles');
    const printer = backend.hold(/^GET \/articles$/);
    await faq.type('printer');
    await clock.advance(200);
    await printer.reached;
    await faq.type('refund');
    await clock.advance(200);
    await until(() => faq.titles().length > 0, 'the refund results');
    expect(faq.titles()[0]).to.equal('When will I get my refund?');
    // The "printer" answer arrives late: it must not replace the refund results.
    printer.release();
    await until(() => searches().every((r) => r.status !== 0), 'the printer answer');
    await faq.el.updateComplete;
    expect(faq.titles()).to.not.include('Connecting the printer to Wi-Fi');
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

  for (const device of ['offline', 'online'] as const) {
    it(`server unreachable, device ${device}: searches the index saved on this device and says why`, async () => {
      const first = await mount(client);
      await first.type('refund');
      expect(first.titles().length).to.be.greaterThan(0);
      first.el.remove();
      backend.offline = true;
      const online = device === 'offline' ? deviceOffline() : () => undefined;
      try {
        const later = await mount(testClient(backend, { retry: 0 }));
        await later.waitFor('.offline', 'the offline notice');
        expect(later.$('.offline')!.textContent).to.equal(
          device === 'offline' ? 'You are offline. These are the articles saved on this device.' : 'We could not reach our server. These are the articles saved on this device.',
        );
        await later.type('invoice');
        expect(later.titles()[0]).to.equal('Downloading invoices and receipts');
        (later.$('#opt-0') as HTMLElement).click();
        await later.waitFor('.article [role=alert]');
        expect(later.$('.article [role=alert] p')!.textContent).to.equal(
          device === 'offline'
            ? 'You are offline, and the full article is not saved on this device yet.'
            : 'We could not reach our server, and the full article is not saved on this device yet.',
        );
      } finally {
        online();
      }
    });
  }

  it('a server search that fails says why, next to a retry, instead of "no results"', async () => {
    backend.failNext({ status: 404, match: /^GET \/articles\/index$/ });
    // A timeout long enough that a busy test machine never reaches it by accident; 'slow' holds the answer.
    const faq = await mount(testClient(backend, { retry: 0, timeout: 1500 }));
    const problem = async () => (await faq.waitFor('[role=alert]', 'the search problem')).querySelector('p')!.textContent;
    const cases: [Parameters<MockBackend['failNext']>[0] | 'slow', string][] = [
      [{ status: 500, match: /^GET \/articles$/ }, 'Something went wrong while searching. Please try again.'],
      [{ status: 200, malformed: true, match: /^GET \/articles$/ }, 'Something went wrong while searching. Please try again.'],
      [{ status: 429, retryAfter: 7, match: /^GET \/articles$/ }, 'Too many searches just now. Please try again in 7 seconds.'],
      [{ status: 0, network: true, match: /^GET \/articles$/ }, 'We could not reach our server to search. Please try again.'],
      ['slow', 'The search took too long to answer. Please try again.'],
    ];
    for (const [failure, message] of cases) {
      const held = failure === 'slow' ? backend.hold(/^GET \/articles$/) : undefined;
      if (failure !== 'slow') backend.failNext(failure);
      await faq.type('');
      await faq.type('refund');
      expect(await problem()).to.equal(message);
      expect(faq.$('.no-results')).to.equal(null);
      if (message === cases[0]![1]) await expect(faq.el).to.be.accessible();
      held?.release();
      (faq.$('[role=alert] button') as HTMLButtonElement).click();
      await until(() => faq.titles()[0] === 'When will I get my refund?', `the results after retrying (${message})`);
      expect(faq.$('[role=alert]')).to.equal(null);
    }
  });

  it('a search while the device is offline says so (not that our server failed)', async () => {
    backend.failNext({ status: 404, match: /^GET \/articles\/index$/ });
    const faq = await mount(testClient(backend, { retry: 0 }));
    backend.failNext({ status: 0, network: true, match: /^GET \/articles$/ });
    const online = deviceOffline();
    try {
      await faq.type('refund');
      const alert = await faq.waitFor('[role=alert]', 'the search problem');
      expect(alert.querySelector('p')!.textContent).to.equal('You are offline, and searching needs a connection.');
    } finally {
      online();
    }
  });

  it('an article the backend fails to send: says so (not "offline"), and a retry opens it', async () => {
    const faq = await mount(client);
    await faq.type('refund');
    backend.failNext({ status: 503, match: /^GET \/articles\/refund-time-en$/ });
    (faq.$('#opt-0') as HTMLElement).click();
    const alert = await faq.waitFor('.article [role=alert]');
    expect(alert.querySelector('p')!.textContent).to.equal('This article could not be loaded just now.');
    // Nothing to rate until it is there.
    expect(faq.$('.feedback')).to.equal(null);
    await expect(faq.el).to.be.accessible();
    (alert.querySelector('button') as HTMLButtonElement).click();
    await faq.waitFor('.article .body');
    expect(faq.$('.article [role=alert]')).to.equal(null);
    expect(faq.$('.article h3')!.textContent).to.equal('When will I get my refund?');
  });

  describe('accessibility', () => {
    for (const locale of ['en', 'fa']) {
      it(`has no axe violations: empty, results, article, no results, offline (${locale})`, async () => {
        const faq = await mount(client, { locale, suggest: locale === 'en' ? 'return-item-en' : 'return-item-fa' });
        await expect(faq.el).to.be.accessible();
        await faq.type(locale === 'en' ? 'refund' : 'بازپرداخت');
        expect(faq.titles().length).to.be.greaterThan(0);
        await expect(faq.el).to.be.accessible();
        // The active result, its matched words highlighted, in light and in dark.
        faq.input.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowDown', bubbles: true, composed: true }));
        await faq.el.updateComplete;
        expect(faq.$('[role=option].active mark')).to.not.equal(null);
        await expect(faq.el).to.be.accessible();
        faq.el.theme = 'dark';
        await faq.el.updateComplete;
        await expect(faq.el).to.be.accessible();
        faq.el.theme = undefined;
        await faq.el.updateComplete;
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
