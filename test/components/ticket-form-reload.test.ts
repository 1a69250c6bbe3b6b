// Words typed right before a reload or a navigation: IndexedDB saves after a pause and cannot
// finish while a page unloads, so the form keeps every change in the tab's sessionStorage at once
// and puts it back (and into IndexedDB) on the next load. Pages here are iframes: they share the
// test page's sessionStorage as a reloaded page shares its tab's.
import { expect } from '@open-wc/testing';
import type { MockBackend } from '../../src/mock/index.js';
import type { HelpkitClient } from '../../src/sdk/index.js';
import { testClient, until, useBackend, openFreshPage, formOn, formPageUrl, TicketFormHarness, closeAfterEach, draftCopiesOf, type FreshPage } from '../helpers/index.js';

type Draft = { values: { subject: string; body: string; email: string }; files: unknown[] };

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** The form on the page now, once it has loaded its draft. */
const harnessOf = (page: FreshPage) => new TicketFormHarness(formOn(page).form).ready();

/** Types `text` one key at a time, a key every `ms` (input events, as a customer's keys give), and returns at once after the last. */
async function typeSlowly(form: TicketFormHarness, label: string, text: string, ms = 150): Promise<void> {
  const input = form.control(label) as HTMLInputElement;
  input.focus();
  for (const [i, key] of [...text].entries()) {
    if (i) await sleep(ms);
    input.value += key;
    input.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true, data: key, inputType: 'insertText' }));
  }
}

const valueOf = (form: TicketFormHarness, label: string) => (form.control(label) as HTMLInputElement).value;

const mirrorsOf = draftCopiesOf;

describe('<hk-ticket-form> never loses a word to a reload', function () {
  // Each page loads the elements anew: three pages on a busy machine take WebKit longer than 20 s.
  this.timeout(120_000);
  let backend: MockBackend;
  let reader: HelpkitClient;
  const open = closeAfterEach();
  useBackend((b) => {
    backend = b;
    reader = testClient(b);
  });

  it('reloading right after the last keystroke restores every field, and saves them into IndexedDB', async () => {
    const page = await open(openFreshPage(formPageUrl(backend.baseUrl)));
    const form = await harnessOf(page);
    await form.type('Subject', 'Skrivaren är offline');
    await form.type('How can we help?', 'Den blinkar orange.');
    await page.reload();

    const again = await harnessOf(page);
    await until(() => valueOf(again, 'How can we help?') === 'Den blinkar orange.', 'the words to come back');
    expect(valueOf(again, 'Subject')).to.equal('Skrivaren är offline');
    expect(again.text()).to.contain('We restored what you wrote last time.');
    await until(async () => (await reader.drafts.load<Draft>('ticket-form'))?.data.values.body === 'Den blinkar orange.', 'the draft in IndexedDB');
    // Saved where it belongs: the mirror has done its work.
    await until(() => mirrorsOf(backend.baseUrl).length === 0, 'the mirror to go');
  });

  it('typing at a normal pace (a key every 150 ms) and reloading at once restores every word', async () => {
    const page = await open(openFreshPage(formPageUrl(backend.baseUrl)));
    const form = await harnessOf(page);
    await typeSlowly(form, 'Subject', 'Printer offline');
    await page.reload();

    const again = await harnessOf(page);
    await until(() => valueOf(again, 'Subject') === 'Printer offline', 'the subject to come back');
    expect(again.text()).to.contain('We restored what you wrote last time.');
  });

  it('two fields with a pause between: both come back after a reload right after the second', async () => {
    const page = await open(openFreshPage(formPageUrl(backend.baseUrl)));
    const form = await harnessOf(page);
    await typeSlowly(form, 'Subject', 'No ink');
    // The pause saves the first field to IndexedDB.
    await until(async () => (await reader.drafts.load<Draft>('ticket-form'))?.data.values.subject === 'No ink', 'the first field saved');
    await typeSlowly(form, 'How can we help?', 'Black is empty');
    await page.reload();

    const again = await harnessOf(page);
    await until(() => valueOf(again, 'How can we help?') === 'Black is empty', 'the second field to come back');
    expect(valueOf(again, 'Subject')).to.equal('No ink');
    // Our own saved draft was under these words: no conflict to ask about.
    expect(again.text()).to.not.contain('You changed this form in another tab or window.');
  });

  it('words typed after a file was saved come back with the file (files stay in IndexedDB)', async () => {
    const page = await open(openFreshPage(formPageUrl(backend.baseUrl)));
    const form = await harnessOf(page);
    const Win = page.window as unknown as typeof globalThis;
    await form.attach(new Win.File(['fake png'], 'lampa.png', { type: 'image/png' }));
    await until(async () => ((await reader.drafts.load<Draft>('ticket-form'))?.data.files.length ?? 0) === 1, 'the draft with its file');
    await form.type('Subject', 'The lamp is orange');
    await page.reload();

    const again = await harnessOf(page);
    await until(() => valueOf(again, 'Subject') === 'The lamp is orange', 'the words to come back');
    expect(again.$('.file-name')!.textContent).to.equal('lampa.png');
    expect(again.text()).to.not.contain('You changed this form in another tab or window.');
  });

  it('navigating away and coming back restores what was typed', async () => {
    const page = await open(openFreshPage(formPageUrl(backend.baseUrl)));
    const form = await harnessOf(page);
    await typeSlowly(form, 'Subject', 'Where is my parcel');
    await page.navigate('/test/fixtures/page.html');
    await page.back();

    const again = await harnessOf(page);
    await until(() => valueOf(again, 'Subject') === 'Where is my parcel', 'the subject to come back');
  });

  it('a sent form leaves nothing to restore', async () => {
    const page = await open(openFreshPage(formPageUrl(backend.baseUrl)));
    const form = await harnessOf(page);
    await form.fillValid();
    await form.submit();
    await form.waitFor('.confirmation');
    await page.reload();

    const again = await harnessOf(page);
    await sleep(300);
    expect(valueOf(again, 'Subject')).to.equal('');
    expect(mirrorsOf(backend.baseUrl)).to.deep.equal([]);
  });
});
