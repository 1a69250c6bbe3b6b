// A help page with only the FAQ: the ticket form is downloaded when the customer asks to contact
// support, not before. (This file registers only <hk-faq-search>; other test files register all.)
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/components/faq-search/define.js';
import type { HkFaqSearch } from '../../src/components/faq-search/faq-search.js';
import { useBackend, until } from '../helpers/mock-server.js';
import type { HelpkitClient } from '../../src/sdk/index.js';

const formModuleLoaded = () => performance.getEntriesByType('resource').some((e) => /\/components\/ticket-form\//.test(e.name));

describe('<hk-faq-search> on its own', () => {
  let client: HelpkitClient;
  useBackend((_, c) => (client = c));

  it('loads the ticket form only when "Contact us" is pressed', async () => {
    const el = await fixture<HkFaqSearch>(html`<hk-faq-search .client=${client} locale="en"></hk-faq-search>`);
    const root = el.shadowRoot!;
    await until(() => !!root.querySelector('input[type=search]') && !root.querySelector('.loading'), 'the search to load');
    const input = root.querySelector<HTMLInputElement>('input[type=search]')!;
    input.value = 'xqzv nothing matches this';
    input.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
    await until(() => !!root.querySelector('.no-results'), 'no results');
    expect(customElements.get('hk-ticket-form')).to.equal(undefined);

    // A module already imported is not fetched again: an entry after this point proves it was not loaded before.
    performance.setResourceTimingBufferSize(10_000);
    performance.clearResourceTimings();
    root.querySelector<HTMLButtonElement>('.no-results button')!.click();
    await until(() => !!root.querySelector('hk-ticket-form')?.shadowRoot?.querySelector('input[name=subject]'), 'the ticket form');
    expect(customElements.get('hk-ticket-form')).to.not.equal(undefined);
    expect(formModuleLoaded()).to.equal(true);
    const subject = root.querySelector('hk-ticket-form')!.shadowRoot!.querySelector<HTMLInputElement>('input[name=subject]')!;
    expect(subject.value).to.equal('xqzv nothing matches this');
  });
});
