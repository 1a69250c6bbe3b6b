// Times, spans and sizes as a native writer of each language puts them in a sentence.
import { expect } from '@open-wc/testing';
import type { ReactiveControllerHost } from 'lit';
import type { Locale } from '../../src/i18n/index.js';
import { LocalizeController } from '../../src/internal/localize.js';
import { messageText } from '../../src/internal/messages.js';
import { isolate } from '../../src/internal/bidi.js';

const host = { addController() {}, requestUpdate() {} } as unknown as ReactiveControllerHost;

async function speaking(locale: Locale): Promise<LocalizeController> {
  const t = new LocalizeController(host);
  await t.use(locale);
  return t;
}

/** A local time today (the test runs in whatever time zone the browser has). */
function todayAt(hour: number, minute = 0): Date {
  const d = new Date();
  d.setHours(hour, minute, 0, 0);
  return d;
}

describe('times and units in the customer’s language', () => {
  it('Swedish writes times with a period and two-digit hours, as the site does: "kl. 08.00"', async () => {
    const sv = await speaking('sv');
    const now = todayAt(6).getTime();
    expect(sv.clock(todayAt(8))).to.equal('08.00');
    expect(sv.moment(todayAt(8), now)).to.equal('i dag kl. 08.00');
    const tomorrow = todayAt(16, 30);
    tomorrow.setDate(tomorrow.getDate() + 1);
    expect(sv.moment(tomorrow, now)).to.equal('i morgon kl. 16.30');
  });

  it('Persian and Arabic: 24-hour times in their own digits, with the word for "at"', async () => {
    const now = todayAt(6).getTime();
    expect((await speaking('fa')).moment(todayAt(8), now)).to.equal('امروز ساعت ۰۸:۰۰');
    expect((await speaking('ar')).moment(todayAt(17), now)).to.equal('اليوم الساعة ١٧:٠٠');
  });

  it('English: "today at 8:00 AM"', async () => {
    const en = await speaking('en');
    expect(en.moment(todayAt(8), todayAt(6).getTime())).to.equal(`today at ${new Intl.DateTimeFormat('en', { hour: 'numeric', minute: '2-digit' }).format(todayAt(8))}`);
  });

  it('Arabic spans after a preposition take the genitive dual: "خلال ساعتين", not "ساعتان"', async () => {
    const ar = await speaking('ar');
    expect(ar.duration(120)).to.equal('ساعتين');
    expect(ar.duration(60)).to.equal('ساعة');
    expect(ar.duration(180)).to.equal('٣ ساعات');
    expect(ar.seconds(2)).to.equal('ثانيتين');
    // Only the dual changes: the plural "ثوان" (3–10) is not a dual.
    expect(ar.seconds(5)).to.not.contain('ثوين');
    expect(ar.seconds(5)).to.equal(new Intl.NumberFormat('ar-u-nu-arab', { style: 'unit', unit: 'second', unitDisplay: 'long' }).format(5));
  });

  it('file sizes spell the unit out in Persian and Arabic, with their digits', async () => {
    expect((await speaking('fa')).fileSize(10 * 1024 * 1024)).to.equal('۱۰ مگابایت');
    expect((await speaking('ar')).fileSize(10 * 1024 * 1024)).to.match(/^١٠ مي[غج]ابايت$/);
    expect((await speaking('en')).fileSize(10 * 1024 * 1024)).to.equal('10 MB');
  });

  it('"try again in …" names the unit with the right number: 1 second, 30 seconds', async () => {
    const en = await speaking('en');
    expect(messageText(en, { key: 'error.rateLimit', params: { seconds: 1 } })).to.equal('Too many attempts just now. Please try again in 1 second.');
    expect(messageText(en, { key: 'error.rateLimit', params: { seconds: 30 } })).to.equal('Too many attempts just now. Please try again in 30 seconds.');
    const fa = await speaking('fa');
    expect(messageText(fa, { key: 'faq.searchBusy', params: { seconds: 30 } })).to.contain('۳۰ ثانیه دیگر');
  });

  it('a name inside a sentence of the other direction keeps its own order', () => {
    expect(isolate('C++')).to.equal('\u2068C++\u2069');
    // Its own controls go first, so it cannot break out of the isolate.
    expect(isolate('evil\u202Egnp.exe\u2069')).to.equal('\u2068evilgnp.exe\u2069');
  });
});
