// What happens while something else is under way: another customer signs in, the language
// changes, a slow answer arrives late, a piece of code cannot be fetched. Nothing typed is lost,
// nothing is shown or sent as someone else's.
import { expect } from '@open-wc/testing';
import { mockIdentity, type MockBackend } from '../../src/mock/index.js';
import type { HelpkitClient } from '../../src/sdk/index.js';
import { TicketFormHarness, mountFaq, mountForm, until, useBackend, type FaqHarness } from '../helpers/index.js';

/** Presses "Contact us" after a search with no results; resolves with the form inside the FAQ. */
async function contactForm(faq: FaqHarness): Promise<TicketFormHarness> {
  await faq.type('xqzv nothing matches');
  (await faq.waitFor('.no-results button')).click();
  await until(() => !!faq.$('hk-ticket-form')?.shadowRoot?.querySelector('form'), 'the contact form');
  return new TicketFormHarness(faq.$('hk-ticket-form') as never).ready();
}

describe('switching while something is under way', () => {
  let backend: MockBackend;
  let client: HelpkitClient;
  useBackend((b, c) => ([backend, client] = [b, c]));

  it('another customer signing in on the FAQ empties its contact form, and the first one’s words are never sent as theirs', async () => {
    const ava = mockIdentity('ava@example.com', { now: backend.now(), sub: 'ava' });
    const ben = mockIdentity('ben@example.com', { now: backend.now(), sub: 'ben' });
    const faq = await mountFaq(client);
    faq.el.identity = ava;
    const form = await contactForm(faq);
    await form.type('How can we help?', 'My account number is 1234.');
    faq.el.identity = ben;
    // (While it reloads the form is not there: look for the field, not the label.)
    await until(() => (form.$('textarea[name=body]') as HTMLTextAreaElement | null)?.value === '', 'the form to empty for Ben');
    (form.$('button[type=submit]') as HTMLButtonElement).click();
    await form.el.updateComplete;
    expect(backend.requests.filter((r) => r.method === 'POST' && r.path === '/tickets')).to.deep.equal([]);
  });

  it('changing the FAQ’s language keeps what is being typed in its contact form', async () => {
    const faq = await mountFaq(client);
    const form = await contactForm(faq);
    await form.type('How can we help?', 'Skrivaren blinkar orange');
    faq.el.locale = 'sv';
    await until(() => form.$('.root')?.getAttribute('lang') === 'sv', 'the form in Swedish');
    expect((form.control('Hur kan vi hjälpa dig?') as HTMLTextAreaElement).value).to.equal('Skrivaren blinkar orange');
  });

  it('a language whose settings cannot be loaded leaves the form as it was, words included', async () => {
    const form = await mountForm(client);
    await form.type('Subject', 'Printer offline');
    backend.failNext({ status: 503, match: /^GET \/config$/ });
    form.el.locale = 'sv';
    await until(() => backend.requests.some((r) => r.path === '/config' && r.status === 503), 'the failed settings request');
    // The language goes back to the one whose settings are loaded, and the form stays.
    await until(() => form.$('.root')!.getAttribute('lang') === 'en', 'English again');
    expect(form.$('form')).to.not.equal(null);
    expect((form.control('Subject') as HTMLInputElement).value).to.equal('Printer offline');
  });

  it('an article that answers late never replaces one opened after it', async () => {
    const faq = await mountFaq(client);
    await faq.type('order');
    await until(() => faq.titles().length > 1, 'two results');
    const [first, second] = faq.titles();
    const slow = backend.hold(/^GET \/articles\/[^/]+$/);
    (faq.$('#opt-0') as HTMLElement).click();
    await slow.reached;
    (faq.$('#opt-1') as HTMLElement).click();
    await until(() => faq.$('.article h3')?.textContent === second, `"${second}" to open`);
    slow.release();
    await until(() => backend.requests.filter((r) => /^\/articles\/[^/]+$/.test(r.path)).every((r) => r.status !== 0), 'the late answer');
    await faq.el.updateComplete;
    expect(faq.$('.article h3')!.textContent).to.equal(second);
    expect(first).to.not.equal(second);
  });

  it('an article open when the FAQ changes language closes, so no screen mixes two languages', async () => {
    const faq = await mountFaq(client);
    await faq.type('printer');
    await until(() => faq.titles().length > 0, 'results');
    (faq.$('#opt-0') as HTMLElement).click();
    await faq.waitFor('.article .body');
    expect(faq.$('.article .body')!.getAttribute('lang')).to.equal('en');
    faq.el.locale = 'fa';
    await until(() => faq.$('.root')!.getAttribute('lang') === 'fa' && !faq.$('.article'), 'the FAQ in Persian, article closed');
    expect(faq.input.placeholder).to.equal('پرسش خود را بنویسید');
    expect(faq.input.value).to.equal('printer');
  });

  it('suggested articles follow the form into its new language', async () => {
    const form = await mountForm(client);
    await form.type('Subject', 'I forgot my password');
    await form.pause();
    const titles = () => [...form.root.querySelectorAll('.suggestions .s-title')].map((n) => n.textContent);
    await until(() => titles().includes('How do I reset my password?'), 'the English suggestion');
    form.el.locale = 'sv';
    await until(() => form.$('.root')!.getAttribute('lang') === 'sv' && !titles().includes('How do I reset my password?'), 'the form in Swedish, English suggestions gone');
    await form.type('Rubrik', 'Jag har glömt mitt lösenord');
    await form.pause();
    await until(() => titles().length > 0, 'Swedish suggestions');
    expect(titles().join(' ')).to.match(/lösenord/i);
    expect(titles()).to.not.include('How do I reset my password?');
  });

  it('an upload refused for something other than the file keeps the file, to go with the ticket', async () => {
    const form = await mountForm(client);
    backend.failNext({ status: 401, match: /^POST \/attachments$/ });
    const input = form.$('input[type=file]') as HTMLInputElement;
    const files = new DataTransfer();
    files.items.add(new File(['log line'], 'printer.log', { type: 'text/plain' }));
    input.files = files.files;
    input.dispatchEvent(new Event('change', { bubbles: true }));
    await until(() => !!form.$('.file') && !form.$('.file progress'), 'the upload to end');
    expect(form.$('.file')!.classList.contains('refused')).to.equal(false);
    expect(form.$('.file')!.textContent).to.not.contain('not a file type we accept');
  });

  it('“Contact us” when the form’s code cannot be fetched says so, with a retry that works', async () => {
    // This page registers every element, so the failure is made where the element asks for the code.
    const faq = await mountFaq(client);
    const need = (faq.el as unknown as { need(tag: string): Promise<void> }).need.bind(faq.el);
    let fail = true;
    Object.defineProperty(faq.el, 'need', { value: (tag: string) => (fail ? Promise.reject(new TypeError('Failed to fetch dynamically imported module')) : need(tag)) });
    await faq.type('xqzv nothing matches');
    (await faq.waitFor('.no-results button')).click();
    const alert = await faq.waitFor('.contact[role=alert]', 'the contact problem');
    expect(alert.querySelector('p')!.textContent).to.equal('The contact form could not be loaded. Please try again.');
    expect(faq.$('hk-ticket-form')).to.equal(null);
    fail = false;
    (alert.querySelector('button') as HTMLButtonElement).click();
    await until(() => !!faq.$('hk-ticket-form'), 'the contact form after retrying');
    expect(faq.$('.contact[role=alert]')).to.equal(null);
  });
});
