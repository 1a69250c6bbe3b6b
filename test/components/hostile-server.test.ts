// Answers a backend may give that the protocol does not promise, and pages that move elements
// around: every one ends in a working, quiet element.
import { expect } from '@open-wc/testing';
import type { MockBackend } from '../../src/mock/index.js';
import { realClock } from '../../src/sdk/index.js';
import { mountFaq, mountForm, testClient, until, useBackend } from '../helpers/index.js';

const DAY = 86_400_000;

/** A fetch on the mock that lets the test rewrite one route's JSON answer. */
function rewriting(backend: MockBackend, path: RegExp, change: (body: Record<string, unknown>, request: Request) => unknown) {
  return async (input: RequestInfo | URL, init?: RequestInit) => {
    const request = new Request(input, init);
    const response = await backend.fetch(request.clone());
    if (!path.test(new URL(request.url).pathname) || !response.ok) return response;
    const body = change(await response.json(), request) ?? {};
    const headers = new Headers(response.headers);
    headers.delete('ETag');
    return new Response(JSON.stringify(body), { status: response.status, headers });
  };
}

describe('a hostile or careless server, and pages that move elements', () => {
  let backend: MockBackend;
  useBackend((b) => (backend = b));

  it('a team back in five weeks: the header waits quietly (timers wrap past 24.8 days)', async () => {
    const fetch = rewriting(backend, /\/config$/, (config) => {
      const c = config as { availability: Record<string, unknown> };
      c.availability = { openNow: false, nextOpenAt: new Date(Date.now() + 35 * DAY).toISOString(), timezone: 'Europe/Stockholm' };
      return c;
    });
    const faq = await mountFaq(testClient(backend, { fetch, retry: 0 }), { clock: realClock });
    await faq.waitFor('.head .presence.closed', 'the closed line');
    let updates = 0;
    const request = faq.el.requestUpdate.bind(faq.el);
    faq.el.requestUpdate = (...args: Parameters<typeof request>) => {
      updates++;
      return request(...args);
    };
    await new Promise((r) => setTimeout(r, 1000));
    faq.el.requestUpdate = request;
    expect(updates, 'updates in one idle second').to.be.below(3);
  });

  it('no availability, a negative typical time: a header that says only what holds', async () => {
    const negative = rewriting(backend, /\/config$/, (config) => {
      const c = config as { availability: Record<string, unknown> };
      c.availability = { ...c.availability, openNow: true, typicalReplyMinutes: -120 };
      return c;
    });
    const faq = await mountFaq(testClient(backend, { fetch: negative, retry: 0 }));
    expect((await faq.waitFor('.head .presence')).textContent!.trim()).to.equal('Our team is here now');
    const none = rewriting(backend, /\/config$/, (config) => {
      delete (config as { availability?: unknown }).availability;
      return config;
    });
    const bare = await mountFaq(testClient(backend, { fetch: none, retry: 0 }));
    await bare.waitFor('.head h2', 'the header');
    expect(bare.$('.head .presence')).to.equal(null);
    expect(bare.$('.head .site-name')!.textContent).to.equal('Nordlys Support');
  });

  it('a ticket confirmed with no messages and a due time that is no time still shows its number', async () => {
    const fetch = rewriting(backend, /\/tickets$/, (created, request) => {
      if (request.method !== 'POST') return created;
      const c = created as { ticket: Record<string, unknown> };
      delete c.ticket.messages;
      c.ticket.sla = { firstResponseDueAt: 'soon', firstResponseMinutes: -60, breached: false };
      return c;
    });
    const form = await mountForm(testClient(backend, { fetch, retry: 0 }));
    await form.fillValid();
    await form.submit();
    const done = await form.waitFor('.confirmation');
    expect(done.textContent).to.match(/HK-\d+/);
    // No time is promised from a time that is no time, nor a span from a negative one: the topic's.
    expect(done.querySelector('.promise')!.textContent).to.equal('We reply within 8 hours during our opening hours.');
    expect(done.textContent).to.not.contain('Invalid');
  });

  it('an open topic the new language does not have goes back to all topics', async () => {
    const fetch = rewriting(backend, /\/config$/, (config, request) => {
      const c = config as { categories: { id: string }[] };
      if (request.headers.get('Accept-Language')?.startsWith('sv')) c.categories = c.categories.filter((x) => x.id !== 'billing');
      return c;
    });
    const faq = await mountFaq(testClient(backend, { fetch, retry: 0 }));
    (await faq.waitFor('[data-topic="billing"]')).click();
    await faq.waitFor('.topic-view .rows', 'the billing articles');
    faq.el.locale = 'sv';
    await until(() => !!faq.$('.browse') && faq.text().includes('Alla') === false && faq.text().includes('Beställningar och leverans'), 'the Swedish topics');
    expect(faq.$('.topic-view')).to.equal(null);
    expect(faq.$('[data-topic="billing"]')).to.equal(null);
  });

  it('a calendar open when the page moves the form is closed, not left open for good', async () => {
    const form = await mountForm(testClient(backend));
    await form.choose('Topic', 'account');
    (await form.waitFor('.date-button') as HTMLButtonElement).click();
    await until(() => !!form.$('dialog.date-dialog[open]'), 'the calendar open');
    const elsewhere = document.createElement('div');
    document.body.append(elsewhere);
    try {
      elsewhere.append(form.el);
      await form.el.updateComplete;
      expect(form.$('dialog.date-dialog[open]'), 'no dialog left open').to.equal(null);
      (form.$('.date-button') as HTMLButtonElement).click();
      await until(() => !!form.$('dialog.date-dialog[open]'), 'the calendar opens again');
    } finally {
      elsewhere.remove();
    }
  });

  it('value takes text, whatever a page passes', async () => {
    const faq = await mountFaq(testClient(backend));
    (faq.el as unknown as { value: unknown }).value = 42;
    await faq.el.updateComplete;
    expect(faq.el.value, 'read back').to.equal('42');
    expect(faq.input.value).to.equal('42');
  });
});
