// Date fields of the ticket form as customers use them: typed in their calendar and digits, checked
// against the field's limits in words they read, sent as ISO days, and chosen from a calendar by
// keyboard, left to right and right to left. The form's clock is fixed on the mock's Monday
// (2 March 2026, 11 Esfand 1404), the day the site's "When did it start?" field allows at most.
import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { MockBackend } from '../../src/mock/index.js';
import type { HelpkitClient } from '../../src/sdk/index.js';
import type { HkTicketForm } from '../../src/index.js';
import { expectFocus, MONDAY_MORNING, recordingFetch, testClient, TestClock, TicketFormHarness, until, useBackend } from '../helpers/index.js';

const STARTED = { en: 'When did it start?', fa: 'از چه زمانی شروع شد؟' };

async function mount(client: HelpkitClient, locale: 'en' | 'fa'): Promise<TicketFormHarness> {
  const el = await fixture<HkTicketForm>(html`<hk-ticket-form .client=${client} .clock=${new TestClock({ start: Date.parse(MONDAY_MORNING) })} locale=${locale}></hk-ticket-form>`);
  return new TicketFormHarness(el).ready();
}

/** Selects what a field holds and types over it with real key presses, then leaves it with Tab. */
async function typeIn(form: TicketFormHarness, label: string, text: string): Promise<void> {
  const control = form.control(label) as HTMLInputElement;
  control.focus();
  control.select();
  await sendKeys({ type: text });
  await sendKeys({ press: 'Tab' });
  await form.el.updateComplete;
  await new Promise((r) => setTimeout(r, 0));
  await form.el.updateComplete;
}

/** The line under a field (its pattern or the day it read), tied to it by aria-describedby. */
function hintOf(form: TicketFormHarness, label: string): string {
  const ids = form.control(label).getAttribute('aria-describedby')?.split(' ') ?? [];
  return ids.map((id) => form.root.getElementById(id)).filter((n) => n?.classList.contains('hint')).map((n) => n!.textContent!.trim()).join(' ');
}

const dialog = (form: TicketFormHarness) => form.$('dialog') as HTMLDialogElement | null;
const activeDay = (form: TicketFormHarness) => (form.root.activeElement as HTMLElement | null)?.dataset.date;

/** Opens the calendar from its button with the keyboard; resolves once a day holds focus. */
async function openCalendar(form: TicketFormHarness): Promise<HTMLDialogElement> {
  (form.$('.date-button') as HTMLButtonElement).focus();
  await sendKeys({ press: 'Enter' });
  await until(() => !!dialog(form)?.open && !!activeDay(form), 'the calendar to open with a day focused');
  return dialog(form)!;
}

async function press(form: TicketFormHarness, key: string): Promise<string | undefined> {
  await sendKeys({ press: key });
  await form.el.updateComplete;
  return activeDay(form);
}

describe('<hk-ticket-form> date fields', () => {
  let backend: MockBackend;
  let client: HelpkitClient;
  useBackend((b, c) => ([backend, client] = [b, c]));

  describe('typing', () => {
    it('in Persian reads the Persian calendar in any digits, shows it in Persian digits and sends the ISO day', async () => {
      const wire = recordingFetch();
      const form = await mount(testClient(backend, { fetch: wire.fetch, retry: 0 }), 'fa');
      await form.choose('موضوع', 'account');
      const input = form.control(STARTED.fa) as HTMLInputElement;
      // A text input, so Persian digits and the Persian calendar can be typed (not the browser's Gregorian mm/dd/yyyy).
      expect(input.type).to.equal('text');
      expect(hintOf(form, STARTED.fa)).to.equal('سال/ماه/روز، مثلاً ۱۴۰۴/۱۲/۱۱');
      await typeIn(form, STARTED.fa, '1404/12/10');
      expect(input.value).to.equal('۱۴۰۴/۱۲/۱۰');
      expect(hintOf(form, STARTED.fa)).to.equal('یکشنبه ۱۰ اسفند ۱۴۰۴');
      await typeIn(form, STARTED.fa, '٩/١٢/١٤٠٤');
      expect(input.value).to.equal('۱۴۰۴/۱۲/۰۹');
      await typeIn(form, 'نام شما', 'آوا');
      await typeIn(form, 'نشانی ایمیل', 'ava@example.com');
      await typeIn(form, 'عنوان', 'ورود');
      await typeIn(form, 'چه کمکی از ما برمی‌آید؟', 'کد نمی‌رسد.');
      await form.submit();
      await form.waitFor('.confirmation');
      const [sent] = wire.sent.filter((s) => s.method === 'POST' && s.path === '/tickets').map((s) => JSON.parse(s.body));
      expect(sent.fields).to.deep.equal({ startedOn: '2026-02-28' });
    });

    it('names the limit in the customer’s calendar and digits, and sends nothing until it is met', async () => {
      const form = await mount(client, 'fa');
      await form.choose('موضوع', 'account');
      await typeIn(form, STARTED.fa, '۱۴۰۴/۱۲/۲۰');
      expect(form.errorOf(STARTED.fa)).to.equal('تاریخی تا ۱۱ اسفند ۱۴۰۴ انتخاب کنید.');
      expect(form.control(STARTED.fa).getAttribute('aria-invalid')).to.equal('true');
      await form.submit();
      expect(backend.requests.filter((r) => r.method === 'POST')).to.have.length(0);
      // Put right, the message goes as the customer types.
      const input = form.control(STARTED.fa) as HTMLInputElement;
      input.focus();
      input.setSelectionRange(input.value.length, input.value.length);
      await sendKeys({ press: 'Backspace' });
      await sendKeys({ press: 'Backspace' });
      await sendKeys({ type: '۰۱' });
      await form.el.updateComplete;
      expect(form.errorOf(STARTED.fa)).to.equal('');
    });

    it('in English asks about a year of another calendar and about 11/12, instead of sending a wrong day', async () => {
      const form = await mount(client, 'en');
      await form.choose('Topic', 'account');
      expect(hintOf(form, STARTED.en)).to.equal('Day, month and year, like 2 Mar 2026');
      await typeIn(form, STARTED.en, '1404/12/10');
      expect(form.errorOf(STARTED.en)).to.equal('Please check the year (1404): dates here are in the Gregorian calendar.');
      await typeIn(form, STARTED.en, '01/02/2026');
      expect(form.errorOf(STARTED.en)).to.equal('Did you mean 1 February 2026 or 2 January 2026? Please write the month as a word.');
      await typeIn(form, STARTED.en, 'Feb 1, 2026');
      expect(form.errorOf(STARTED.en)).to.equal('');
      expect((form.control(STARTED.en) as HTMLInputElement).value).to.equal('1 Feb 2026');
      expect(hintOf(form, STARTED.en)).to.equal('Sunday, 1 February 2026');
    });
  });

  describe('the calendar', () => {
    it('in Persian: right to left, Saturday first, today marked, later days disabled, keys follow what is seen', async () => {
      const wire = recordingFetch();
      const form = await mount(testClient(backend, { fetch: wire.fetch, retry: 0 }), 'fa');
      await form.choose('موضوع', 'account');
      const button = form.$('.date-button') as HTMLButtonElement;
      expect(button.getAttribute('aria-label')).to.equal(`انتخاب تاریخ: ${STARTED.fa}`);
      const open = await openCalendar(form);
      expect(open.getAttribute('aria-label')).to.equal(`انتخاب تاریخ: ${STARTED.fa}`);
      expect(open.querySelector('.dp-title')!.textContent!.trim()).to.equal('اسفند ۱۴۰۴');
      const heads = [...open.querySelectorAll('th')];
      expect(heads.map((h) => h.textContent!.trim())).to.deep.equal(['ش', 'ی', 'د', 'س', 'چ', 'پ', 'ج']);
      expect(heads[0]!.getAttribute('abbr')).to.equal('شنبه');
      // Saturday is the rightmost column.
      expect(heads[0]!.getBoundingClientRect().left).to.be.greaterThan(heads[6]!.getBoundingClientRect().left);
      const today = open.querySelector<HTMLElement>('[aria-current="date"]')!;
      expect(today.dataset.date).to.equal('2026-03-02');
      expect(today.textContent!.trim()).to.equal('۱۱');
      expect(today.getAttribute('aria-label')).to.equal('دوشنبه ۱۱ اسفند ۱۴۰۴');
      expectFocus(form.root, today);
      expect(open.querySelector('[data-date="2026-03-03"]')!.getAttribute('aria-disabled')).to.equal('true');
      expect(open.querySelector('[data-date="2026-03-01"]')!.hasAttribute('aria-disabled')).to.equal(false);
      // Right to left: → is the day before, ← the day after (and no further than the last allowed day).
      expect(await press(form, 'ArrowRight')).to.equal('2026-03-01');
      expect(await press(form, 'ArrowLeft')).to.equal('2026-03-02');
      expect(await press(form, 'ArrowLeft')).to.equal('2026-03-02');
      expect(await press(form, 'ArrowUp')).to.equal('2026-02-23');
      expect(await press(form, 'Home')).to.equal('2026-02-21'); // Saturday
      expect(await press(form, 'End')).to.equal('2026-02-27'); // Friday
      expect(await press(form, 'PageUp')).to.equal('2026-01-28'); // 8 Bahman
      expect(open.querySelector('.dp-title')!.textContent!.trim()).to.equal('بهمن ۱۴۰۴');
      expect(await press(form, 'PageDown')).to.equal('2026-02-27'); // 8 Esfand
      await sendKeys({ press: 'Enter' });
      await form.el.updateComplete;
      expect(dialog(form)).to.equal(null);
      expectFocus(form.root, button);
      expect((form.control(STARTED.fa) as HTMLInputElement).value).to.equal('۱۴۰۴/۱۲/۰۸');
      expect(hintOf(form, STARTED.fa)).to.equal('جمعه ۸ اسفند ۱۴۰۴');
      // Opened again, the chosen day is selected and holds the focus.
      const again = await openCalendar(form);
      expect(again.querySelector('[aria-selected="true"]')!.getAttribute('data-date')).to.equal('2026-02-27');
      expect(activeDay(form)).to.equal('2026-02-27');
      await sendKeys({ press: 'Escape' });
      await form.el.updateComplete;
      expect(dialog(form)).to.equal(null);
      expectFocus(form.root, button);
    });

    it('in English: left to right, Sunday first; Esc closes without choosing; Tab stays inside; a click chooses', async () => {
      const form = await mount(client, 'en');
      await form.choose('Topic', 'orders');
      const label = 'Expected delivery date';
      const open = await openCalendar(form);
      expect(open.querySelector('.dp-title')!.textContent!.trim()).to.equal('March 2026');
      expect(open.querySelector('th')!.textContent!.trim()).to.equal('Sun');
      expect(await press(form, 'ArrowRight')).to.equal('2026-03-03');
      expect(await press(form, 'ArrowLeft')).to.equal('2026-03-02');
      expect(await press(form, 'ArrowDown')).to.equal('2026-03-09');
      expect(await press(form, 'Home')).to.equal('2026-03-08');
      expect(await press(form, 'PageDown')).to.equal('2026-04-08');
      // Tab: the grid, "Close", then round to the month buttons, and back to the grid.
      await sendKeys({ press: 'Tab' });
      expect((form.root.activeElement as HTMLElement).textContent!.trim()).to.equal('Close');
      await sendKeys({ press: 'Tab' });
      expect(form.root.activeElement!.getAttribute('aria-label')).to.equal('Previous month');
      await sendKeys({ press: 'Tab' });
      expect(form.root.activeElement!.getAttribute('aria-label')).to.equal('Next month');
      await sendKeys({ press: 'Tab' });
      expect(activeDay(form)).to.equal('2026-04-08');
      await sendKeys({ press: 'Escape' });
      await form.el.updateComplete;
      expect(dialog(form)).to.equal(null);
      expectFocus(form.root, form.$('.date-button'));
      expect((form.control(label) as HTMLInputElement).value).to.equal('');
      // The month buttons and a click, as with a mouse or a finger.
      const again = await openCalendar(form);
      (again.querySelector('[aria-label="Next month"]') as HTMLButtonElement).click();
      await form.el.updateComplete;
      expect(again.querySelector('.dp-title')!.textContent!.trim()).to.equal('April 2026');
      (again.querySelector('[data-date="2026-04-17"]') as HTMLElement).click();
      await form.el.updateComplete;
      expect((form.control(label) as HTMLInputElement).value).to.equal('17 Apr 2026');
      expect(form.errorOf(label)).to.equal('');
    });

    it('opens above the field when there is no room below, inside the screen', async () => {
      const form = await mount(client, 'en');
      await form.choose('Topic', 'account');
      // Room above and below the form, so it can be scrolled to any height.
      const [above, below] = [document.createElement('div'), document.createElement('div')];
      for (const spacer of [above, below]) spacer.style.height = '2000px';
      form.el.before(above);
      form.el.after(below);
      try {
        const input = form.control(STARTED.en);
        // The field at the foot of the screen, as on a phone with the form scrolled down.
        window.scrollBy(0, input.getBoundingClientRect().bottom - innerHeight + 8);
        expect(innerHeight - input.getBoundingClientRect().bottom).to.be.within(0, 60);
        const open = await openCalendar(form);
        await until(() => open.classList.contains('placed'), 'the calendar to be placed');
        const box = open.getBoundingClientRect();
        const field = input.getBoundingClientRect();
        expect(box.top).to.be.at.least(0);
        expect(box.bottom).to.be.at.most(window.innerHeight);
        expect(box.bottom).to.be.at.most(field.top);
        await sendKeys({ press: 'Escape' });
      } finally {
        above.remove();
        below.remove();
        window.scrollTo(0, 0);
      }
    });

    for (const locale of ['en', 'fa'] as const) {
      it(`has no axe violations with the calendar closed and open (${locale})`, async () => {
        const form = await mount(client, locale);
        await form.choose(locale === 'fa' ? 'موضوع' : 'Topic', 'account');
        await expect(form.el).to.be.accessible();
        const open = await openCalendar(form);
        await until(() => open.classList.contains('placed'), 'the calendar to be placed');
        await expect(form.el).to.be.accessible();
        await sendKeys({ press: 'Escape' });
      });
    }
  });
});
