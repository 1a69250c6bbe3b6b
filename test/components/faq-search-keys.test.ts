import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { MockBackend } from '../../src/mock/index.js';
import type { HelpkitClient } from '../../src/sdk/index.js';
import { until, useBackend, expectFocus, mountFaq as mount } from '../helpers/index.js';

describe('<hk-faq-search>: reading, feedback, browsing', () => {
  let backend: MockBackend;
  let client: HelpkitClient;
  useBackend((b, c) => ([backend, client] = [b, c]));

  it('keyboard only: type, arrow, open, say it did not help, comment, and reach a pre-filled ticket form', async () => {
    const faq = await mount(client);
    const feedback: unknown[] = [];
    const contact: unknown[] = [];
    faq.el.addEventListener('hk-article-feedback', (e) => feedback.push(e.detail));
    faq.el.addEventListener('hk-contact-requested', (e) => contact.push(e.detail));
    // Text goes in as input events; the keys under test (arrows, Enter, Tab) are real key presses.
    faq.input.focus();
    await faq.type('shipping');
    await until(() => faq.titles().length > 0, 'results');
    await sendKeys({ press: 'ArrowDown' });
    await faq.el.updateComplete;
    expect(faq.input.getAttribute('aria-activedescendant')).to.equal('opt-0');
    expect(faq.$('#opt-0')!.getAttribute('aria-selected')).to.equal('true');
    await sendKeys({ press: 'Enter' });
    const heading = await faq.waitFor('.article h3');
    expect(heading.textContent).to.equal('What does shipping cost?');
    expectFocus(faq.root, heading);
    // Tab: back link, then the related links come after feedback; feedback first: Yes, No.
    await sendKeys({ press: 'Tab' });
    await sendKeys({ press: 'Tab' });
    expect(faq.root.activeElement!.textContent).to.equal('No');
    await sendKeys({ press: 'Enter' });
    await faq.waitFor('.feedback textarea');
    expectFocus(faq.root, faq.$('.feedback textarea'));
    const comment = faq.$('.feedback textarea') as HTMLTextAreaElement;
    comment.value = 'Express to Norway?';
    comment.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
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

  it('Esc: in an article goes back to the results; in the field one press clears, the next is the page’s', async () => {
    const faq = await mount(client);
    faq.input.focus();
    await faq.type('shipping');
    await until(() => faq.titles().length > 0, 'results');
    await sendKeys({ press: 'ArrowDown' });
    await sendKeys({ press: 'Enter' });
    await faq.waitFor('.article h3');
    await sendKeys({ press: 'Escape' });
    await until(() => !faq.$('.article'), 'back to the results');
    await until(() => faq.root.activeElement === faq.input, 'focus in the field');
    expect(faq.input.value).to.equal('shipping');
    expect(faq.titles().length).to.be.greaterThan(0);
    const reachedPage: boolean[] = [];
    const listen = (e: KeyboardEvent) => e.key === 'Escape' && reachedPage.push(e.defaultPrevented);
    document.addEventListener('keydown', listen);
    try {
      await sendKeys({ press: 'Escape' });
      await faq.el.updateComplete;
      expect(faq.input.value).to.equal('');
      expect(faq.titles()).to.deep.equal([]);
      await sendKeys({ press: 'Escape' });
      // The first was ours (prevented); the second is left to the page (a launcher closes on it).
      expect(reachedPage).to.deep.equal([true, false]);
    } finally {
      document.removeEventListener('keydown', listen);
    }
  });
});
