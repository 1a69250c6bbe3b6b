// Issue #9: the ticket form suggests only articles that answer what the customer wrote, from the
// same index on the device as the FAQ, in every language.
import { expect } from '@open-wc/testing';
import type { MockBackend } from '../../src/mock/index.js';
import type { HelpkitClient } from '../../src/sdk/index.js';
import { useBackend, mountForm as mount, type TicketFormHarness } from '../helpers/index.js';

async function suggested(form: TicketFormHarness): Promise<string[]> {
  const list = await form.waitFor('.suggestions', 'suggestions');
  return [...list.querySelectorAll('.s-title')].map((t) => t.textContent!.trim());
}

describe('<hk-ticket-form> suggestions: relevant only', () => {
  let backend: MockBackend;
  let client: HelpkitClient;
  useBackend((b, c) => ([backend, client] = [b, c]));

  it('a password problem suggests the password article, not the printer one', async () => {
    const form = await mount(client);
    await form.type('Subject', 'password problem');
    await form.pause();
    expect(await suggested(form)).to.deep.equal(['How do I reset my password?']);
  });

  it('Swedish: "Jag har glömt mitt lösenord" suggests the password article, not the refund one', async () => {
    const form = await mount(client, { locale: 'sv' });
    await form.type('Rubrik', 'Jag har glömt mitt lösenord');
    await form.pause();
    expect(await suggested(form)).to.deep.equal(['Hur återställer jag mitt lösenord?']);
  });

  it('Persian typed on a phone finds the password article', async () => {
    const form = await mount(client, { locale: 'fa' });
    await form.type('عنوان', 'نمیتونم وارد بشم');
    await form.pause();
    expect((await suggested(form))[0]).to.equal('چگونه گذرواژه‌ام را بازنشانی کنم؟');
  });

  it('searches the index on the device, loaded once, not the server', async () => {
    const form = await mount(client);
    await form.type('Subject', 'refund');
    await form.pause();
    expect(await suggested(form)).to.deep.equal(['When will I get my refund?']);
    await form.type('Subject', 'invoise');
    await form.pause();
    await until(async () => (await suggested(form))[0] === 'Downloading invoices and receipts');
    const gets = backend.requests.filter((r) => r.method === 'GET').map((r) => r.path);
    expect(gets.filter((p) => p === '/articles')).to.deep.equal([]);
    expect(gets.filter((p) => p === '/articles/index')).to.have.length(1);
  });
});

async function until(check: () => Promise<boolean>, ms = 4000): Promise<void> {
  const end = Date.now() + ms;
  while (!(await check())) {
    if (Date.now() > end) throw new Error('timed out');
    await new Promise((r) => setTimeout(r, 20));
  }
}
