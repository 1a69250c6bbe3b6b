// Whose words come back after a reload, and when they are gone (see ticket-form-reload.test.ts):
// another customer, forgetting, another tab. Words typed right before a reload or a navigation: IndexedDB saves after a pause and cannot
// finish while a page unloads, so the form keeps every change in the tab's sessionStorage at once
// and puts it back (and into IndexedDB) on the next load. Pages here are iframes: they share the
// test page's sessionStorage as a reloaded page shares its tab's.
import { expect } from '@open-wc/testing';
import { mockIdentity, type MockBackend } from '../../src/mock/index.js';
import type { HelpkitClient } from '../../src/sdk/index.js';
import { testClient, until, useBackend, openFreshPage, openFormPage, formOn, formPageUrl, TicketFormHarness, closeAfterEach, draftCopiesOf, type FreshPage } from '../helpers/index.js';

type Draft = { values: { subject: string; body: string; email: string }; files: unknown[] };

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** The form on the page now, once it has loaded its draft. */
const harnessOf = (page: FreshPage) => new TicketFormHarness(formOn(page).form).ready();

const valueOf = (form: TicketFormHarness, label: string) => (form.control(label) as HTMLInputElement).value;

const mirrorsOf = draftCopiesOf;

describe('<hk-ticket-form> words kept over a reload, and whose they are', function () {
  // Each page loads the elements anew: three pages on a busy machine take WebKit longer than 20 s.
  this.timeout(120_000);
  let backend: MockBackend;
  let reader: HelpkitClient;
  let ava: string;
  let ben: string;
  const open = closeAfterEach();
  useBackend((b) => {
    backend = b;
    reader = testClient(b);
    ava = mockIdentity('ava@example.com', { now: b.now() });
    ben = mockIdentity('ben@example.com', { now: b.now() });
  });

  it('after “Forget this device” a reload shows nothing, and the tab keeps no copy', async () => {
    const page = await open(openFormPage(backend.baseUrl, { identity: ava, attributes: { 'offer-forget': '' } }));
    const form = await new TicketFormHarness(page.form).ready();
    await form.type('Subject', 'Saved first');
    await until(async () => (await page.client.drafts.load<Draft>('ticket-form'))?.data.values.subject === 'Saved first', 'the draft saved');
    await form.type('How can we help?', 'Typed just now');
    expect(mirrorsOf(backend.baseUrl)).to.have.length(1);
    (form.$('button.forget') as HTMLButtonElement).click();
    await until(() => form.text().includes('This device no longer'), 'the form to say it forgot');
    expect(mirrorsOf(backend.baseUrl)).to.deep.equal([]);
    page.close();

    const again = await open(openFormPage(backend.baseUrl, { identity: ava }));
    const fresh = await new TicketFormHarness(again.form).ready();
    await sleep(300);
    expect(valueOf(fresh, 'Subject')).to.equal('');
    expect(valueOf(fresh, 'How can we help?')).to.equal('');
    expect(fresh.text()).to.not.contain('We restored what you wrote last time.');
  });

  it('words restored from the tab after a reload are forgotten too', async () => {
    const page = await open(openFormPage(backend.baseUrl, { identity: ava, attributes: { 'offer-forget': '' } }));
    await (await new TicketFormHarness(page.form).ready()).type('Subject', 'Typed before a reload');
    page.close();
    const second = await open(openFormPage(backend.baseUrl, { identity: ava, attributes: { 'offer-forget': '' } }));
    const form = await new TicketFormHarness(second.form).ready();
    await until(() => valueOf(form, 'Subject') === 'Typed before a reload', 'the words to come back');
    (form.$('button.forget') as HTMLButtonElement).click();
    await until(() => form.text().includes('This device no longer'), 'the form to say it forgot');
    expect(mirrorsOf(backend.baseUrl)).to.deep.equal([]);
    second.close();

    const third = await open(openFormPage(backend.baseUrl, { identity: ava }));
    const fresh = await new TicketFormHarness(third.form).ready();
    await sleep(600);
    expect(valueOf(fresh, 'Subject')).to.equal('');
    expect(await third.client.drafts.load('ticket-form')).to.equal(undefined);
  });

  it('another customer never sees the words; their writer gets them back', async () => {
    const page = await open(openFormPage(backend.baseUrl, { identity: ava }));
    await (await new TicketFormHarness(page.form).ready()).type('Subject', 'Ava’s private question');
    page.close();

    const bens = await open(openFormPage(backend.baseUrl, { identity: ben }));
    const other = await new TicketFormHarness(bens.form).ready();
    await sleep(300);
    expect(valueOf(other, 'Subject')).to.equal('');
    expect(other.text()).to.not.contain('We restored what you wrote last time.');
    bens.close();

    const avas = await open(openFormPage(backend.baseUrl, { identity: ava }));
    const hers = await new TicketFormHarness(avas.form).ready();
    await until(() => valueOf(hers, 'Subject') === 'Ava’s private question', 'Ava’s words to come back');
  });

  it('without an identity, the words are not restored into a form the site prefilled for someone else', async () => {
    const page = await open(openFormPage(backend.baseUrl));
    await (await new TicketFormHarness(page.form).ready()).type('Subject', 'Anonymous question');
    page.close();

    const named = await open(openFormPage(backend.baseUrl, { attributes: { name: 'Bruno Berg', email: 'bruno@example.com', hide: 'name email' } }));
    const form = await new TicketFormHarness(named.form).ready();
    await sleep(300);
    expect(valueOf(form, 'Subject')).to.equal('');
    expect(form.text()).to.not.contain('We restored what you wrote last time.');
  });

  it('another tab saved the draft since: the reloaded tab shows its words and asks, overwriting nothing', async () => {
    const page = await open(openFreshPage(formPageUrl(backend.baseUrl)));
    const form = await harnessOf(page);
    await form.type('Subject', 'Written in this tab');
    // Another tab saves the same draft before this one reloads.
    await reader.drafts.save('ticket-form', { values: { name: '', email: '', categoryId: '', priority: '', subject: 'Written in the other tab', body: '', fields: {} }, files: [] });
    await page.reload();

    const again = await harnessOf(page);
    await until(() => again.text().includes('You changed this form in another tab or window.'), 'the conflict notice');
    expect(valueOf(again, 'Subject')).to.equal('Written in this tab');
    await sleep(600);
    expect((await reader.drafts.load<Draft>('ticket-form'))!.data.values.subject).to.equal('Written in the other tab');
    const [useOther] = again.root.querySelectorAll<HTMLButtonElement>('.notice.warning button');
    useOther!.click();
    await until(() => valueOf(again, 'Subject') === 'Written in the other tab', 'the other version');
  });
});
