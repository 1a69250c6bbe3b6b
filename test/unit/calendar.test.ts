// Dates in the customer's calendar (src/internal/date/calendar.ts) and how the form checks and
// sends them (validate.ts): no element, no server.
import { expect } from '@open-wc/testing';
import {
  addMonths,
  daysInMonth,
  firstDayOfWeek,
  formatDate,
  formatLong,
  formatMonth,
  fromParts,
  parseDate,
  partsOf,
  weekdayNames,
} from '../../src/internal/date/calendar.js';
import { checkField, fieldValue } from '../../src/internal/form/validate.js';
import type { Locale } from '../../src/i18n/index.js';
import type { Field } from '../../src/sdk/index.js';

const LOCALES: Locale[] = ['en', 'fa', 'ar', 'sv'];
const read = (text: string, locale: Locale) => parseDate(text, locale).iso;
const problem = (text: string, locale: Locale) => parseDate(text, locale).problem;

describe('calendar: Persian and Gregorian days', () => {
  it('converts both ways: 5 Azar 1405 is 26 November 2026, Nowruz 1405 is 21 March 2026', () => {
    expect(fromParts('persian', { year: 1405, month: 9, day: 5 })).to.equal('2026-11-26');
    expect(partsOf('2026-11-26', 'persian')).to.deep.equal({ year: 1405, month: 9, day: 5 });
    expect(fromParts('persian', { year: 1405, month: 1, day: 1 })).to.equal('2026-03-21');
    expect(fromParts('persian', { year: 1404, month: 12, day: 29 })).to.equal('2026-03-20');
    // The 31st of Farvardin and the 1st of Ordibehesht are different days.
    expect(fromParts('persian', { year: 1405, month: 1, day: 31 })).to.equal('2026-04-20');
    expect(fromParts('persian', { year: 1405, month: 2, day: 1 })).to.equal('2026-04-21');
  });

  it('knows month lengths, Esfand of leap years included, and refuses days that do not exist', () => {
    expect([1, 6, 7, 11].map((m) => daysInMonth('persian', 1405, m))).to.deep.equal([31, 31, 30, 30]);
    expect(daysInMonth('persian', 1403, 12)).to.equal(30);
    expect(daysInMonth('persian', 1404, 12)).to.equal(29);
    expect(fromParts('persian', { year: 1403, month: 12, day: 30 })).to.equal('2025-03-20');
    expect(fromParts('persian', { year: 1404, month: 12, day: 30 })).to.equal(undefined);
    expect(fromParts('persian', { year: 1405, month: 13, day: 1 })).to.equal(undefined);
    expect(fromParts('gregory', { year: 2026, month: 2, day: 29 })).to.equal(undefined);
    expect(fromParts('gregory', { year: 2028, month: 2, day: 29 })).to.equal('2028-02-29');
  });

  it('goes round trip for every day of a century and a half', () => {
    const wrong: string[] = [];
    for (let ms = Date.UTC(1950, 0, 1); ms < Date.UTC(2100, 0, 1); ms += 86_400_000) {
      const iso = new Date(ms).toISOString().slice(0, 10);
      if (fromParts('persian', partsOf(iso, 'persian')) !== iso) wrong.push(iso);
    }
    expect(wrong).to.deep.equal([]);
  });

  it('moves by months of the customer’s calendar, keeping the day where the month has it', () => {
    expect(addMonths('2026-01-31', 1, 'gregory')).to.equal('2026-02-28');
    expect(addMonths('2026-11-26', -1, 'persian')).to.equal('2026-10-27'); // 5 Aban 1405
    expect(addMonths('2026-03-20', 12, 'persian')).to.equal('2027-03-20'); // 29 Esfand 1404 → 29 Esfand 1405
  });
});

describe('calendar: showing days', () => {
  it('shows a day as each language writes it', () => {
    expect(formatDate('2026-11-26', 'fa')).to.equal('۱۴۰۵/۰۹/۰۵');
    expect(formatDate('2026-11-26', 'sv')).to.equal('2026-11-26');
    expect(formatDate('2026-11-26', 'en')).to.equal('26 Nov 2026');
    // Arabic: day/month/year in Arabic-Indic digits (Intl adds direction marks for the order).
    expect(formatDate('2026-11-26', 'ar').replace(/\u200f/g, '')).to.equal('٢٦/١١/٢٠٢٦');
  });

  it('writes days and months in words in the customer’s calendar', () => {
    expect(formatLong('2026-11-26', 'fa')).to.equal('۵ آذر ۱۴۰۵');
    expect(formatLong('2026-11-26', 'fa', true)).to.equal('پنجشنبه ۵ آذر ۱۴۰۵');
    expect(formatLong('2026-11-26', 'en', true)).to.equal('Thursday, 26 November 2026');
    expect(formatLong('2026-11-26', 'sv', true)).to.equal('torsdag 26 november 2026');
    expect(formatLong('2026-11-26', 'ar')).to.equal('٢٦ نوفمبر ٢٠٢٦');
    expect(formatMonth('2026-11-26', 'fa')).to.equal('آذر ۱۴۰۵');
    expect(formatMonth('2026-11-26', 'en')).to.equal('November 2026');
  });

  it('starts the week where the language does, with names short enough for a column', () => {
    expect(LOCALES.map(firstDayOfWeek)).to.deep.equal([0, 6, 6, 1]);
    expect(weekdayNames('fa')[6]).to.deep.equal({ long: 'شنبه', short: 'ش' });
    expect(weekdayNames('en')[1]).to.deep.equal({ long: 'Monday', short: 'Mon' });
    for (const locale of LOCALES) expect(weekdayNames(locale).every((n) => n.short.length <= 4), locale).to.equal(true);
  });
});

describe('calendar: reading what customers type', () => {
  it('reads Persian dates in the Persian calendar, in any digits and with any separator', () => {
    for (const text of ['۱۴۰۵/۰۹/۰۵', '۱۴۰۵/۹/۵', '1405/09/05', '١٤٠٥/٠٩/٠٥', '۱۴۰۵-۰۹-۰۵', '۱۴۰۵.۰۹.۰۵', '۱۴۰۵ ۰۹ ۰۵', '۱۴۰۵٫۰۹٫۰۵', '۱۴۰۵،۰۹،۰۵', ' ۱۴۰۵ / ۹ / ۵ ', '۰۵/۰۹/۱۴۰۵', '۱۴۰۵۰۹۰۵']) {
      expect(read(text, 'fa'), text).to.equal('2026-11-26');
    }
  });

  it('reads Persian month names, with or without the weekday, and Arabic letter forms', () => {
    for (const text of ['۵ آذر ۱۴۰۵', '۱۴۰۵ آذر ۵', 'پنجشنبه ۵ آذر ۱۴۰۵', '5 اذر 1405', 'پنج‌شنبه، ۵ آذر ۱۴۰۵']) expect(read(text, 'fa'), text).to.equal('2026-11-26');
    expect(read('۱ اردیبهشت ۱۴۰۵', 'fa')).to.equal('2026-04-21');
    expect(read('۱۰ دی ۱۴۰۵', 'fa')).to.equal('2026-12-31');
    expect(read('۱ ارديبهشت ۱۴۰۵', 'fa')).to.equal('2026-04-21'); // Arabic ي
  });

  it('understands a Gregorian date typed in Persian (by its year or its month name)', () => {
    expect(read('2026/11/26', 'fa')).to.equal('2026-11-26');
    expect(read('۲۰۲۶-۱۱-۲۶', 'fa')).to.equal('2026-11-26');
    expect(read('26 Nov 2026', 'fa')).to.equal('2026-11-26');
    expect(read('۲۶ نوامبر ۲۰۲۶', 'fa')).to.equal('2026-11-26');
  });

  it('reads Arabic, Swedish and English dates in their usual orders', () => {
    for (const text of ['٢٦/١١/٢٠٢٦', '26/11/2026', '٢٦-١١-٢٠٢٦', '2026-11-26', '٢٦ نوفمبر ٢٠٢٦', 'الخميس، ٢٦ نوفمبر ٢٠٢٦']) expect(read(text, 'ar'), text).to.equal('2026-11-26');
    for (const text of ['2026-11-26', '20261126', '26/11/2026', '26.11.2026', '26 nov 2026', 'torsdag 26 november 2026', 'den 26:e november 2026']) {
      expect(read(text, 'sv'), text).to.equal('2026-11-26');
    }
    for (const text of ['26 Nov 2026', '26 nov. 2026', 'Nov 26, 2026', '26th of November 2026', 'Thursday, 26 November 2026', '2026-11-26', '26/11/2026', '11/26/2026']) {
      expect(read(text, 'en'), text).to.equal('2026-11-26');
    }
    expect(read('26 Sept 2026', 'en')).to.equal('2026-09-26');
    expect(read('12/12/2026', 'en')).to.equal('2026-12-12');
    // Swedes and Arabic writers never put the month first.
    expect(read('11/12/2026', 'sv')).to.equal('2026-12-11');
    expect(read('١١/١٢/٢٠٢٦', 'ar')).to.equal('2026-12-11');
  });

  it('asks instead of guessing when English day/month could be either', () => {
    expect(problem('11/12/2026', 'en')).to.deep.equal({ key: 'date.ambiguous', params: { first: '2026-12-11', second: '2026-11-12' } });
  });

  it('never reads a year of the wrong calendar as if it were right', () => {
    expect(problem('1405/09/05', 'en')).to.deep.equal({ key: 'date.year', params: { year: 1405 } });
    expect(problem('05/09/1405', 'sv')).to.deep.equal({ key: 'date.year', params: { year: 1405 } });
    expect(problem('١٤٠٥/٠٩/٠٥', 'ar')).to.deep.equal({ key: 'date.year', params: { year: 1405 } });
    expect(problem('۵ آذر ۲۰۲۶', 'fa')).to.deep.equal({ key: 'date.year', params: { year: 2026 } });
    expect(problem('950/1/1', 'fa')).to.deep.equal({ key: 'date.year', params: { year: 950 } });
  });

  it('names what is wrong: a short year, a month or day that does not exist, words it does not know', () => {
    expect(problem('26/11/26', 'en')).to.deep.equal({ key: 'date.fullYear' });
    expect(problem('۵ آذر ۰۵', 'fa')).to.deep.equal({ key: 'date.fullYear' });
    expect(problem('2026-13-01', 'sv')).to.deep.equal({ key: 'date.noSuchMonth', params: { month: 13 } });
    expect(problem('2026-02-29', 'en')).to.deep.equal({ key: 'date.noSuchDay', params: { day: 29 } });
    expect(problem('۱۴۰۴/۱۲/۳۰', 'fa')).to.deep.equal({ key: 'date.noSuchDay', params: { day: 30 } });
    for (const text of ['tomorrow', '26 Nov', '2026', '26 Nov 2026 at noon', '1/2/3/4', 'Ma 5 2026']) expect(problem(text, 'en')?.key, text).to.equal('date.unreadable');
  });

  it('reads back every day it shows, in every language and form', () => {
    const wrong: string[] = [];
    for (const locale of LOCALES) {
      for (let ms = Date.UTC(2025, 0, 1); ms < Date.UTC(2027, 1, 1); ms += 86_400_000) {
        const iso = new Date(ms).toISOString().slice(0, 10);
        for (const shown of [formatDate(iso, locale), formatLong(iso, locale), formatLong(iso, locale, true)]) if (read(shown, locale) !== iso) wrong.push(`${locale} ${shown}`);
      }
    }
    expect(wrong).to.deep.equal([]);
  });
});

describe('validate: date fields in the customer’s calendar', () => {
  const def: Field = { id: 'd', label: 'D', type: 'date', minDate: '2026-03-01', maxDate: '2026-11-26' };

  it('sends the ISO day whatever calendar and digits were typed', () => {
    expect(fieldValue(def, '۱۴۰۵/۰۹/۰۵', 'fa')).to.equal('2026-11-26');
    expect(fieldValue(def, '٢٦/١١/٢٠٢٦', 'ar')).to.equal('2026-11-26');
    expect(fieldValue(def, '26 Nov 2026', 'en')).to.equal('2026-11-26');
    expect(fieldValue(def, '26.11.2026', 'sv')).to.equal('2026-11-26');
  });

  it('holds the day against minDate and maxDate, naming the limits as days', () => {
    expect(checkField(def, '۱۴۰۵/۰۹/۰۵', 'fa')).to.equal(undefined);
    expect(checkField(def, '۱۴۰۵/۰۹/۰۶', 'fa')).to.deep.equal({ key: 'date.range', params: { min: '2026-03-01', max: '2026-11-26' } });
    expect(checkField({ ...def, minDate: undefined }, '27 Nov 2026', 'en')).to.deep.equal({ key: 'date.max', params: { max: '2026-11-26' } });
    expect(checkField({ ...def, maxDate: undefined }, '2026-02-28', 'sv')).to.deep.equal({ key: 'date.min', params: { min: '2026-03-01' } });
  });

  it('passes on what reading found wrong, and lets an optional empty field be', () => {
    expect(checkField(def, '1405/09/05', 'en')).to.deep.equal({ key: 'date.year', params: { year: 1405 } });
    expect(checkField(def, 'soon', 'fa')).to.deep.equal({ key: 'date.unreadable' });
    expect(checkField(def, '', 'fa')).to.equal(undefined);
    expect(checkField({ ...def, required: true }, ' ', 'fa')).to.deep.equal({ key: 'error.required' });
  });
});
