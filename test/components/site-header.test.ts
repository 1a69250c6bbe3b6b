import { expect } from '@open-wc/testing';
import type { HelpkitClient } from '../../src/sdk/index.js';
import { MONDAY_MORNING, mountFaq, testClient, testClock, until, useBackend, type TestClock } from '../helpers/index.js';
import type { MockBackend } from '../../src/mock/index.js';

const HOUR = 3_600_000;
/** Friday 2026-03-06 18:00 in Stockholm: closed until Monday 08:00 there. */
const FRIDAY_EVENING = '2026-03-06T17:00:00Z';

describe('header: whose help this is and whether someone is there', () => {
  let backend: MockBackend;
  let client: HelpkitClient;
  let clock: TestClock;

  describe('while the team is in', () => {
    useBackend((b) => (backend = b));
    beforeEach(() => {
      clock = testClock({ start: Date.parse(MONDAY_MORNING) });
      client = testClient(backend, { retry: 0 });
    });

    it('names the site and says how soon it usually answers, then that it has closed when it does', async () => {
      const faq = await mountFaq(client, { clock });
      const head = await faq.waitFor('.head .presence', 'the availability line');
      expect(faq.$('.head .site-name')!.textContent).to.equal('Nordlys Support');
      expect(faq.$('.head h2')!.textContent).to.equal('Help center');
      expect(head.textContent!.trim()).to.equal('We usually reply within 2 hours');
      expect(head.classList.contains('open')).to.equal(true);
      expect(faq.$('.head .hours'), 'no opening hours while open').to.equal(null);
      // 09:30 in Stockholm (08:30 UTC); the team closes at 17:00 there. Nothing is asked of the server again.
      const asked = backend.requests.length;
      await clock.advance(7.5 * HOUR - 1000);
      expect(faq.$('.head .presence')!.classList.contains('open'), 'still open a second before').to.equal(true);
      await clock.advance(2000);
      await until(() => faq.$('.head .presence')!.classList.contains('closed'), 'closed at 17:00');
      expect(faq.$('.head .presence')!.textContent!.trim()).to.equal('We’re closed right now');
      expect(faq.$('.head .hours')!.textContent).to.include('Mon–Thu 08:00–17:00');
      expect(backend.requests.length).to.equal(asked);
    });

    it('speaks the customer’s language and digits', async () => {
      const faq = await mountFaq(client, { clock, locale: 'fa' });
      const head = await faq.waitFor('.head .presence', 'the availability line');
      expect(faq.$('.head .site-name')!.textContent).to.equal('پشتیبانی نوردلیس');
      expect(head.textContent!.trim()).to.equal('معمولاً ظرف ۲ ساعت پاسخ می‌دهیم');
      expect(faq.$('.head')!.closest('[dir]')!.getAttribute('dir')).to.equal('rtl');
    });

    it('shows no header when the page has its own heading (heading="")', async () => {
      const faq = await mountFaq(client, { clock });
      faq.el.heading = '';
      await faq.el.updateComplete;
      expect(faq.$('.head')).to.equal(null);
    });
  });

  describe('while the team is away', () => {
    useBackend((b) => (backend = b), { startAt: FRIDAY_EVENING });
    beforeEach(() => {
      clock = testClock({ start: Date.parse(FRIDAY_EVENING) });
      client = testClient(backend, { retry: 0 });
    });

    it('says when it is back, with the opening hours, and opens on time', async () => {
      const faq = await mountFaq(client, { clock });
      const head = await faq.waitFor('.head .presence.closed', 'the closed line');
      const monday = new Date('2026-03-09T07:00:00Z');
      const day = new Intl.DateTimeFormat('en', { weekday: 'long' }).format(monday);
      const time = new Intl.DateTimeFormat('en', { hour: 'numeric', minute: '2-digit' }).format(monday);
      expect(head.textContent!.trim()).to.equal(`We’re closed — back ${day} at ${time}`);
      expect(faq.$('.head .hours')!.textContent).to.include('Fri 08:00–16:00');
      // Monday 08:00 in Stockholm is 07:00 UTC: 2 days and 14 hours after Friday 17:00 UTC.
      await clock.advance(62 * HOUR);
      await until(() => faq.$('.head .presence')!.classList.contains('open'), 'open on Monday morning');
      expect(faq.$('.head .presence')!.textContent!.trim()).to.equal('We usually reply within 2 hours');
    });
  });
});
