import { TestClock, until, useBackend, mountFaq as mount } from '../helpers/index.js';
import { expect } from '@open-wc/testing';
import type { MockBackend } from '../../src/mock/index.js';
import type { HelpkitClient } from '../../src/sdk/index.js';

describe('<hk-faq-search>: finding articles', () => {
  let backend: MockBackend;
  let client: HelpkitClient;
  useBackend((b, c) => ([backend, client] = [b, c]));

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

  it('follows a language change made while it is still loading the previous one', async () => {
    const faq = await mount(client); // English settings and articles are now saved on this device
    backend.offline = true;
    faq.el.locale = 'sv';
    await faq.el.updateComplete; // Swedish is loading (and will fail: nothing Swedish is saved)…
    faq.el.locale = 'en'; // …and the customer switches back before it is done.
    await until(() => !!faq.$('.offline'), 'the offline notice');
    expect(faq.$('.root')!.getAttribute('lang')).to.equal('en');
    expect(faq.input.placeholder).to.equal('Type your question');
    await faq.type('pasword');
    expect(faq.titles()[0]).to.equal('How do I reset my password?');
  });

  it('searches on the device: one index request, no request per keystroke', async () => {
    const faq = await mount(client);
    for (const q of ['r', 're', 'ref', 'refu', 'refun', 'refund']) await faq.type(q);
    expect(faq.titles()[0]).to.equal('When will I get my refund?');
    expect(backend.requests.filter((r) => r.path.startsWith('/articles')).map((r) => r.path)).to.deep.equal(['/articles/index']);
    // The built index is kept beside the articles, so the next page loads it instead of rebuilding.
    await until(async () => !!(await client.cache.get<{ print: string }>('search-index:en'))?.print, 'the built index to be stored');
  });

  it('fires hk-search once the customer pauses, with the result count', async () => {
    const clock = new TestClock();
    const faq = await mount(client, { clock });
    const events: { query: string; count: number }[] = [];
    faq.el.addEventListener('hk-search', (e) => events.push(e.detail));
    await faq.type('inv');
    await clock.advance(300); // typing on: no event for "inv"
    await faq.type('invoice');
    await clock.advance(599);
    expect(events).to.deep.equal([]);
    await clock.advance(1);
    expect(events).to.deep.equal([{ query: 'invoice', count: faq.titles().length }]);
    expect(faq.titles().length).to.be.greaterThan(0);
  });
});
