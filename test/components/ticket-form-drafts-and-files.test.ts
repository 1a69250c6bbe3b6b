// Keeping what the customer wrote and attached: uploads and their limits, files kept for the
// outbox, drafts across a reload (files included), and two tabs editing one draft.
import { expect } from '@open-wc/testing';
import type { HkTicketForm } from '../../src/index.js';
import type { MockBackend } from '../../src/mock/index.js';
import type { HelpkitClient } from '../../src/sdk/index.js';
import { startBackend, testClient, uniqueBase, until, useBackend, openFreshPage, mountForm as mount, TicketFormHarness, type FreshPage } from '../helpers/index.js';

describe('<hk-ticket-form> drafts and files', () => {
  let backend: MockBackend;
  let client: HelpkitClient;
  useBackend((b, c) => ([backend, client] = [b, c]));

  describe('attachments', () => {
    it('uploads with progress, refuses what the site does not accept, removes, and files the rest', async () => {
      const small = await startBackend({ baseUrl: uniqueBase(), attachments: { maxBytes: 4096, maxFiles: 2 } });
      const form = await mount(testClient(small, { retry: 0 }));
      await form.attach(
        new File(['log'], 'printer.log', { type: 'text/plain' }),
        new File([new Uint8Array(5000)], 'huge.png', { type: 'image/png' }),
        new File(['MZ'], 'setup.exe', { type: 'application/x-msdownload' }),
      );
      await until(() => form.$('.file .muted:not(.file-size)')?.textContent === 'Attached', 'the upload to finish');
      const rows = [...form.root.querySelectorAll('.file')].map((r) => r.textContent!.replace(/\s+/g, ' ').trim());
      expect(rows[0]).to.contain('printer.log').and.contain('Attached');
      expect(rows[1]).to.contain('\u2068huge.png\u2069 is larger than 4 kB.');
      expect(rows[2]).to.contain('\u2068setup.exe\u2069 is not a file type we accept.');
      expect(form.$('.file button')!.getAttribute('aria-label')).to.equal('Remove printer.log');
      (form.root.querySelectorAll<HTMLButtonElement>('.file button')[1]!).click();
      await form.el.updateComplete;
      expect(form.root.querySelectorAll('.file')).to.have.length(2);
      await form.fillValid();
      await form.submit();
      await form.waitFor('.confirmation');
      const [item] = await form.el.client!.tracked.list('ticket');
      expect(small.ticket(item!.id)!.messages[0]!.attachments!.map((a) => a.name)).to.deep.equal(['printer.log']);
      expect(small.requests.filter((r) => r.path === '/attachments')).to.have.length(1);
    });

    it('keeps a file that could not be uploaded offline and sends it with the queued ticket', async () => {
      const online = testClient(backend, { retry: 0, autoFlush: true });
      const form = await mount(online);
      backend.offline = true;
      await form.attach(new File(['photo'], 'parcel.jpg', { type: 'image/jpeg' }));
      await until(() => form.text().includes('Will be sent with your message'), 'the file to wait for sending');
      await form.fillValid();
      await form.submit();
      await form.waitFor('.queued');
      backend.offline = false;
      window.dispatchEvent(new Event('online'));
      await form.waitFor('.confirmation');
      const [item] = await online.tracked.list('ticket');
      expect(backend.ticket(item!.id)!.messages[0]!.attachments!.map((a) => a.name)).to.deep.equal(['parcel.jpg']);
    });
  });

  describe('drafts', () => {
    // Pages a test opened are closed after it, even when it failed half way.
    const pages: FreshPage[] = [];
    const opened = async (opening: Promise<FreshPage>) => {
      const page = await opening;
      pages.push(page);
      return page;
    };
    afterEach(() => pages.splice(0).forEach((page) => page.close()));

    it('a draft with its attachment survives a reload', async function () {
      // Two fresh pages, each loading the elements: a busy machine running WebKit needs more than 20 s.
      this.timeout(90_000);
      const base = backend.baseUrl;
      const first = await opened(openFreshPage(`/test/fixtures/ticket-form.html?api=${encodeURIComponent(base)}`));
      const form = await new TicketFormHarness((first.window as unknown as { helpkitForm: HkTicketForm }).helpkitForm).ready();
      await form.type('Subject', 'Skrivaren är offline');
      await form.type('How can we help?', 'Den blinkar orange.');
      const Win = first.window as unknown as typeof globalThis;
      await form.attach(new Win.File(['fake png'], 'lampa.png', { type: 'image/png' }));
      const reader = testClient(backend);
      await until(async () => ((await reader.drafts.load<{ files: unknown[] }>('ticket-form'))?.data.files.length ?? 0) === 1, 'the draft with its file');
      first.close();

      const second = await opened(openFreshPage(`/test/fixtures/ticket-form.html?api=${encodeURIComponent(base)}`));
      const el = (second.window as unknown as { helpkitForm: HkTicketForm }).helpkitForm;
      const restored = new Promise((r) => el.addEventListener('hk-draft-restored', r));
      const again = await new TicketFormHarness(el).ready();
      await restored;
      expect((again.control('Subject') as HTMLInputElement).value).to.equal('Skrivaren är offline');
      expect((again.control('How can we help?') as HTMLTextAreaElement).value).to.equal('Den blinkar orange.');
      expect(again.$('.file-name')!.textContent).to.equal('lampa.png');
      expect(again.text()).to.contain('We restored what you wrote last time.');
      (again.$('.notice.draft button') as HTMLButtonElement).click();
      await until(() => (again.control('Subject') as HTMLInputElement).value === '', 'the form to clear');
      expect(await reader.drafts.load('ticket-form')).to.equal(undefined);
      second.close();
    });

    it('two tabs on one form: the second save asks instead of overwriting', async () => {
      const tabA = await mount(testClient(backend));
      const tabB = await mount(testClient(backend));
      await tabA.type('Subject', 'Written in tab A');
      await tabA.pause();
      await until(async () => (await client.drafts.load('ticket-form')) !== undefined, 'tab A’s draft');
      await tabB.type('Subject', 'Written in tab B');
      await tabB.pause();
      await tabB.waitFor('.notice.warning', 'the conflict notice', 3000);
      expect(tabB.text()).to.contain('You changed this form in another tab or window.');
      expect(((await client.drafts.load<{ values: { subject: string } }>('ticket-form'))!.data.values.subject)).to.equal('Written in tab A');
      const [useOther] = tabB.root.querySelectorAll<HTMLButtonElement>('.notice.warning button');
      useOther!.click();
      await tabB.el.updateComplete;
      expect((tabB.control('Subject') as HTMLInputElement).value).to.equal('Written in tab A');
    });
  });
});
