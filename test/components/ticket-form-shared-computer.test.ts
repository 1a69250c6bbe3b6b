// The ticket form on a shared computer: whose draft, whose ticket, what leaves the page, forgetting.
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/define.js';
import { mockIdentity, type MockBackend } from '../../src/mock/index.js';
import { testClient, until, useBackend, recordingFetch, type Sent, mountForm as mount, type TicketFormHarness } from '../helpers/index.js';

const ticketBodies = (sent: Sent[]): Record<string, string | null>[] =>
  sent.filter((s) => s.method === 'POST' && s.path === '/tickets').map((s) => ({ ...JSON.parse(s.body), identity: s.headers.get('Helpkit-Identity') }));

/** The customer pauses, and the form's draft (under the client's current identity) gets `subject`. */
async function draftSaved(form: TicketFormHarness, subject: string): Promise<void> {
  await form.pause();
  const client = form.el.client!;
  await until(async () => (await client.drafts.load<{ values: { subject: string } }>('ticket-form'))?.data.values.subject === subject, 'the draft to be saved');
}

describe('<hk-ticket-form> and who is writing', () => {
  let backend: MockBackend;
  let ava: string;
  let ben: string;
  useBackend((b) => {
    backend = b;
    ava = mockIdentity('ava@example.com', { now: b.now() });
    ben = mockIdentity('ben@example.com', { now: b.now() });
  });

  it('two customers on one computer: B’s form shows none of A’s draft and files the ticket as B', async () => {
    const clientA = testClient(backend);
    const formA = await mount(clientA, { identity: ava, name: 'Ava Lind', email: 'ava@example.com', hide: 'name email' });
    await formA.type('Subject', 'Ava’s private subject');
    await formA.type('How can we help?', 'My account number is 1234.');
    await draftSaved(formA, 'Ava’s private subject');
    formA.el.remove();

    const wire = recordingFetch();
    const clientB = testClient(backend, { fetch: wire.fetch, retry: 0 });
    const formB = await mount(clientB, { identity: ben, name: 'Ben Berg', email: 'ben@example.com', hide: 'name email' });
    expect(formB.text()).to.not.contain('We restored what you wrote last time.');
    expect(formB.control('Subject').value).to.equal('');
    expect(formB.control('How can we help?').value).to.equal('');
    await formB.choose('Topic', 'technical');
    await formB.choose('Device', 'printer');
    await formB.type('Subject', 'Ben’s question');
    await formB.type('How can we help?', 'The scanner is slow.');
    await formB.submit();
    await formB.waitFor('.confirmation', 'the confirmation');
    expect(ticketBodies(wire.sent).map((b) => [b.name, b.email, b.subject, b.identity])).to.deep.equal([
      ['Ben Berg', 'ben@example.com', 'Ben’s question', ben],
    ]);
    // Ava's draft is still hers.
    clientA.setIdentity(ava);
    expect((await clientA.drafts.load<{ values: { subject: string } }>('ticket-form'))!.data.values.subject).to.equal('Ava’s private subject');
  });

  it('the site’s prefilled e-mail and name win over the ones in a restored draft, hidden or not', async () => {
    const first = await mount(testClient(backend), { identity: ava });
    await first.type('Your name', 'Someone Else');
    await first.type('E-mail address', 'someone@example.com');
    await first.type('Subject', 'Kept subject');
    await draftSaved(first, 'Kept subject');
    first.el.remove();

    const wire = recordingFetch();
    const again = await mount(testClient(backend, { fetch: wire.fetch, retry: 0 }), { identity: ava, name: 'Ava Lind', email: 'ava@example.com', hide: 'email' });
    expect(again.text()).to.contain('We restored what you wrote last time.');
    expect(again.control('Subject').value).to.equal('Kept subject');
    expect(again.control('Your name').value).to.equal('Ava Lind');
    await again.choose('Topic', 'technical');
    await again.choose('Device', 'printer');
    await again.type('How can we help?', 'It blinks.');
    await again.submit();
    await again.waitFor('.confirmation', 'the confirmation');
    expect(ticketBodies(wire.sent).map((b) => [b.name, b.email, b.subject])).to.deep.equal([['Ava Lind', 'ava@example.com', 'Kept subject']]);
  });

  it('without an identity, a draft written under another e-mail address than the prefilled one is not restored', async () => {
    const first = await mount(testClient(backend));
    await first.type('E-mail address', 'ava@example.com');
    await first.type('Subject', 'Ava’s question');
    await draftSaved(first, 'Ava’s question');
    first.el.remove();

    const other = await mount(testClient(backend), { email: 'ben@example.com' });
    expect(other.control('Subject').value).to.equal('');
    expect(other.text()).to.not.contain('We restored what you wrote last time.');
    other.el.remove();
    // The same address as in the draft: it is theirs, and it comes back.
    const same = await mount(testClient(backend), { email: 'AVA@example.com' });
    await until(() => same.control('Subject').value === 'Ava’s question', 'the draft to be restored');
  });

  it('without an identity, a draft written with no e-mail address is not restored into a form the site prefilled for someone', async () => {
    const first = await mount(testClient(backend));
    await first.type('Subject', 'Anonymous question');
    await draftSaved(first, 'Anonymous question');
    first.el.remove();

    const named = await mount(testClient(backend), { name: 'Bruno Berg', email: 'bruno@example.com', hide: 'name email' });
    expect(named.control('Subject').value).to.equal('');
    expect(named.text()).to.not.contain('We restored what you wrote last time.');
  });

  it('the same when the page names the customer only after the form loaded (a framework’s late sign-in)', async () => {
    const first = await mount(testClient(backend));
    await first.type('Subject', 'Stranger’s private subject');
    await first.type('E-mail address', 'alice@example.com');
    await draftSaved(first, 'Stranger’s private subject');
    first.el.remove();

    const late = await mount(testClient(backend));
    await until(() => late.control('Subject').value === 'Stranger’s private subject', 'the anonymous draft, before anyone is named');
    late.el.name = 'Bob Berg';
    late.el.email = 'bob@example.com';
    late.el.hide = 'name email';
    // The form judges what it holds again (a moment of loading): wait for the field, not just for it to exist.
    await until(() => (late.$('[name="subject"]') as HTMLInputElement | null)?.value === '', 'the stranger’s draft gone');
    expect(late.text()).to.not.contain('We restored what you wrote last time.');
    await late.type('Subject', 'Bob’s question');
    await late.type('How can we help?', 'Mine.');
    await late.choose('Topic', 'account');
    await late.submit();
    await late.waitFor('.confirmation');
    expect(late.text()).to.contain('We’ll reply to bob@example.com.');
  });

  it('sends and stores the page address without its query or fragment (no #hk-ticket token leaves the page)', async () => {
    const original = location.href;
    history.replaceState(history.state, '', `${location.pathname}${location.search}${location.search ? '&' : '?'}secret=1#hk-ticket=t_1.tok`);
    try {
      const wire = recordingFetch();
      const client = testClient(backend, { fetch: wire.fetch, retry: 0 });
      const form = await mount(client);
      await form.fillValid();
      backend.offline = true;
      await form.submit();
      await form.waitFor('.queued', 'the queued notice');
      const [record] = await client.outbox.list();
      expect(record!.body.pageUrl).to.equal(location.origin + location.pathname);
      backend.offline = false;
      await client.outbox.flush();
      const bodies = ticketBodies(wire.sent);
      expect(bodies.at(-1)!.pageUrl).to.equal(location.origin + location.pathname);
      expect(JSON.stringify(bodies)).to.not.contain('tok').and.not.contain('secret');
    } finally {
      history.replaceState(history.state, '', original);
    }
  });

  it('an answer it cannot confirm shows “needs attention” with send again, instead of a lost or stuck ticket', async () => {
    let broken = 1;
    const wire = recordingFetch((sent, response) =>
      sent.method === 'POST' && sent.path === '/tickets' && broken-- > 0
        ? new Response('{}', { status: 201, headers: { 'Content-Type': 'application/json' } })
        : response,
    );
    const client = testClient(backend, { fetch: wire.fetch, retry: 0 });
    const form = await mount(client);
    await form.fillValid();
    await form.submit();
    const notice = await form.waitFor('.attention', 'the needs-attention notice');
    expect(notice.textContent!.replace(/\s+/g, ' ')).to.contain('We could not confirm that your message arrived').and.contain('Check your e-mail');
    expect((await client.outbox.list()).map((r) => r.attention?.kind)).to.deep.equal(['protocol']);
    const send = [...notice.querySelectorAll('button')].find((b) => b.textContent!.trim() === 'Send it again')!;
    send.click();
    await form.waitFor('.confirmation', 'the confirmation after sending again');
    expect(backend.ticketCount).to.equal(2);
    expect(await client.outbox.list()).to.deep.equal([]);
  });

  it('“needs attention” names the message, and “Edit it instead” puts every word back in the form', async () => {
    const wire = recordingFetch((sent, response) =>
      sent.method === 'POST' && sent.path === '/tickets' ? new Response('{}', { status: 201, headers: { 'Content-Type': 'application/json' } }) : response,
    );
    const client = testClient(backend, { fetch: wire.fetch, retry: 0 });
    const form = await mount(client);
    await form.fillValid({ subject: 'Invoice 42 is wrong' });
    await form.submit();
    const notice = await form.waitFor('.attention', 'the needs-attention notice');
    expect(notice.textContent).to.contain('Invoice 42 is wrong');
    const edit = [...notice.querySelectorAll('button')].find((b) => b.textContent!.trim() === 'Edit it instead')!;
    edit.click();
    await until(() => (form.$('[name="subject"]') as HTMLInputElement | null)?.value === 'Invoice 42 is wrong', 'the words back in the form');
    expect(await client.outbox.list()).to.deep.equal([]);
  });

  it('“Forget this device” on the confirmation (and in the form on request) deletes what this device keeps for the customer', async () => {
    const client = testClient(backend, { retry: 0 });
    const form = await mount(client, { identity: ava, offerForget: true });
    expect(form.$('button.forget')!.textContent!.trim()).to.equal('Forget me on this device');
    await form.fillValid({ email: 'ava@example.com' });
    await form.submit();
    await form.waitFor('.confirmation', 'the confirmation');
    expect(await client.tracked.list()).to.have.length(1);
    (form.$('.confirmation button.forget') as HTMLButtonElement).click();
    await until(() => form.text().includes('This device no longer keeps your drafts, unsent messages or tickets.'), 'the notice');
    expect(await client.tracked.list()).to.deep.equal([]);
    expect(await client.drafts.load('ticket-form')).to.equal(undefined);
    expect(form.control('Subject').value).to.equal('');
  });

  it('every element hands its identity attribute to its client, and a change of identity reloads the form', async () => {
    const client = testClient(backend);
    const faq = await fixture<HTMLElement & { updateComplete: Promise<unknown> }>(html`<hk-faq-search .client=${client} locale="en" identity=${ben}></hk-faq-search>`);
    await faq.updateComplete;
    expect(client.owner).to.equal(testClient(backend, { identity: ben }).owner);
    faq.remove();

    const form = await mount(client, { identity: ava });
    await form.type('Subject', 'Ava’s words');
    await draftSaved(form, 'Ava’s words');
    // While it reloads there is no form for a moment.
    const subject = () => (form.$('[name="subject"]') as HTMLInputElement | null)?.value;
    form.el.identity = ben;
    await until(() => subject() === '', 'the form to show Ben’s (empty) draft');
    form.el.identity = ava;
    await until(() => subject() === 'Ava’s words', 'Ava’s draft again');

    // A refreshed token of the same customer (same sub) keeps the form as it is, mid-word.
    await form.type('Subject', 'Ava’s words, more');
    form.el.identity = mockIdentity('ava@example.com', { now: backend.now() + 60_000 });
    await form.el.updateComplete;
    expect([!!form.$('form'), subject()]).to.deep.equal([true, 'Ava’s words, more']);
  });

  it('another customer signing in takes the previous customer’s suggested articles away with their words', async () => {
    const form = await mount(testClient(backend), { identity: ava });
    await form.type('Subject', 'forgot password');
    await form.pause();
    await form.waitFor('.suggestions', 'suggestions from Ava’s words');
    form.el.identity = ben;
    await until(() => (form.$('[name="subject"]') as HTMLInputElement | null)?.value === '', 'Ben’s empty form');
    await form.el.updateComplete;
    expect(form.$('.suggestions') === null).to.equal(true);
  });

  it('“Try again” inside the server’s Retry-After sends nothing and says how long is left', async () => {
    const client = testClient(backend, { retry: 0 });
    const form = await mount(client);
    await form.fillValid();
    backend.failNext({ status: 429, retryAfter: 3600, match: /^POST \/tickets$/ });
    await form.submit();
    const queued = await form.waitFor('.queued', 'the queued notice');
    [...queued.querySelectorAll('button')].find((b) => b.textContent!.trim() === 'Try again')!.click();
    await form.el.updateComplete; // the first message is gone; the next one comes once the flush is over
    expect(form.text()).to.not.contain('Please try again in');
    await until(() => /Please try again in 3,[56]\d\d seconds\./.test(form.text()), 'the time left');
    expect(backend.requests.filter((r) => r.method === 'POST' && r.path === '/tickets').map((r) => r.status)).to.deep.equal([429]);
    expect(await client.outbox.list()).to.have.length(1);
  });
});
