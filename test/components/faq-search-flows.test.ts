import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { MockBackend } from '../../src/mock/index.js';
import type { HelpkitClient } from '../../src/sdk/index.js';
import { testClient, until, useBackend, mountFaq as mount } from '../helpers/index.js';

describe('<hk-faq-search>: reading, feedback, browsing', () => {
  let backend: MockBackend;
  let client: HelpkitClient;
  useBackend((b, c) => ([backend, client] = [b, c]));

  it('asks “was this helpful?” once per article per browser', async () => {
    const faq = await mount(client);
    await faq.type('invoice');
    (faq.$('#opt-0') as HTMLElement).click();
    const yes = (await faq.waitFor('.feedback button')) as HTMLButtonElement;
    yes.focus();
    await sendKeys({ press: 'Enter' }); // Yes
    await until(() => faq.text().includes('Thank you for your feedback.'), 'thanks');
    // The button is gone: focus is on the thanks in its place, not lost to the page's body.
    await until(() => faq.root.activeElement === faq.$('.feedback.thanks'), 'focus on the thanks');
    await until(() => backend.feedback.length === 1, 'the feedback request');
    (faq.$('.back') as HTMLButtonElement).click();
    await faq.el.updateComplete;
    (faq.$('#opt-0') as HTMLElement).click();
    await faq.waitFor('.feedback.thanks', 'the remembered answer');
    expect(faq.root.querySelectorAll('.feedback button')).to.have.length(0);
    // Another page of the same site (a new element and client, the same browser storage).
    const id = backend.feedback[0]!.articleId;
    await until(async () => (await client.articles.feedbackGiven(id)) === true, 'the answer to be stored');
    faq.el.remove();
    const later = await mount(testClient(backend, { retry: 0 }));
    await later.type('invoice');
    (later.$('#opt-0') as HTMLElement).click();
    await later.waitFor('.feedback.thanks', 'the answer remembered on the next page');
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
    const titles = (within: Element) => [...within.querySelectorAll('.row-title')].map((b) => b.textContent);
    expect(titles(faq.$('.suggested')!)).to.deep.equal(['Returning an item', 'When will I get my refund?']);
    // Topics are rows with what they cover; one opens in place of the list, with its articles.
    expect(titles(faq.$('.browse')!)).to.include('Billing and payments');
    const billing = faq.$('[data-topic="billing"]')!;
    expect(billing.textContent).to.include('Invoices, refunds, payment methods');
    billing.focus();
    await sendKeys({ press: 'Enter' });
    await until(() => faq.$('.topic-view .rows')?.querySelectorAll('button').length === 4, 'the billing articles');
    expect(faq.$('#topic-h')!.textContent).to.equal('Billing and payments');
    expect(faq.$('.browse'), 'the other topics give way to the one open').to.equal(null);
    expect(faq.root.activeElement).to.equal(faq.$('#topic-h'));
    // Esc goes back to all topics, to the one the customer came from.
    await sendKeys({ press: 'Escape' });
    await until(() => !!faq.$('.browse'), 'all topics again');
    await until(() => faq.root.activeElement === faq.$('[data-topic="billing"]'), 'focus back on the billing topic');
  });

  it('after a language switch, suggestions and open topics come from the new language’s articles', async () => {
    const faq = await mount(client, { suggest: 'track-order-en' });
    await until(() => faq.text().includes('Where is my order?'), 'the English suggestion');
    faq.$('[data-topic="orders"]')!.click();
    const topic = () => faq.$('.topic-view')?.textContent ?? '';
    await until(() => topic().includes('Returning an item'), 'the English topic list');
    faq.el.locale = 'fa';
    faq.el.suggest = 'track-order-fa';
    // The topic left open lists its articles in Persian now, not the English ones from before.
    await until(() => topic().includes('مرجوع کردن کالا'), 'the Persian topic list');
    expect(topic()).to.not.include('Returning an item');
    expect(faq.$('#topic-h')!.textContent).to.equal('سفارش و ارسال');
    faq.$('.topic-view .back')!.click();
    await until(() => faq.text().includes('سفارش من کجاست؟'), 'the Persian suggestion');
    expect(faq.$('#suggested-h')!.textContent).to.equal('پیشنهادهای این صفحه');
  });

  it('no results: spelling alternatives and a way to contact us', async () => {
    const faq = await mount(client);
    const contact: unknown[] = [];
    faq.el.addEventListener('hk-contact-requested', (e) => contact.push(e.detail));
    await faq.type('paswrd');
    const none = await faq.waitFor('.no-results');
    expect(none.textContent).to.contain('No articles match “\u2068paswrd\u2069”.');
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
});
