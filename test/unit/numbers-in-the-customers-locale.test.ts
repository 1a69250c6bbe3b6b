// Numbers as customers type them (issue #9, item 3): read with the locale's group and decimal
// separators and digits, never 1,000× off, never guessed when ambiguous, no exponents, and
// checked against the field's min, max and step with words that say what fits.
import { expect } from '@open-wc/testing';
import { checkField, fieldValue, parseNumber, separatorsOf } from '../../src/internal/form/validate.js';
import { ticketBody, emptyValues } from '../../src/internal/form/ticket-values.js';
import type { Field, SiteConfig } from '../../src/sdk/index.js';

const amount: Field = { id: 'amount', label: 'Amount', type: 'number', min: 0, max: 1_000_000, step: 0.01 };

describe('numbers in the customer’s locale', () => {
  it('takes the separators from Intl.NumberFormat (Persian and Arabic ones folded)', () => {
    expect(separatorsOf('en')).to.deep.equal({ group: ',', decimal: '.' });
    expect(separatorsOf('sv')).to.deep.equal({ group: ' ', decimal: ',' });
    expect(separatorsOf('fa')).to.deep.equal({ group: ',', decimal: '.' });
    expect(separatorsOf('ar')).to.deep.equal({ group: ',', decimal: '.' });
  });

  it('reads thousands separators as thousands: 1,234 is 1234 in English, ۱٬۲۳۴ is 1234 in Persian', () => {
    expect(fieldValue(amount, '1,234', 'en')).to.equal(1234);
    expect(fieldValue(amount, '1,234,567.89', 'en')).to.equal(1234567.89);
    expect(fieldValue(amount, '۱٬۲۳۴', 'fa')).to.equal(1234);
    expect(fieldValue(amount, '۱٬۲۳۴٫۵', 'fa')).to.equal(1234.5);
    expect(fieldValue(amount, '١٬٢٣٤٫٥٠', 'ar')).to.equal(1234.5);
    // The Arabic separators mean the same in any locale.
    expect(fieldValue(amount, '۱٬۲۳۴', 'en')).to.equal(1234);
  });

  it('reads Swedish amounts: spaces or no-break spaces group, a comma is the decimal', () => {
    expect(fieldValue(amount, '1 234,50', 'sv')).to.equal(1234.5);
    expect(fieldValue(amount, '1\u00a0234,50', 'sv')).to.equal(1234.5);
    expect(fieldValue(amount, '1\u202f234,50', 'sv')).to.equal(1234.5);
    expect(checkField(amount, '1 234,50', 'sv')).to.equal(undefined);
    // A dot that cannot be a thousands separator is a decimal point.
    expect(fieldValue(amount, '12.5', 'sv')).to.equal(12.5);
  });

  it('refuses what it would have to guess, saying how to write it in the customer’s way', () => {
    const format = { key: 'error.numberFormat', params: { example: 1234.5 } };
    expect(parseNumber('1.234', 'sv')).to.equal(undefined); // 1234 or 1.234?
    expect(checkField(amount, '1.234', 'sv')).to.deep.equal(format);
    expect(checkField(amount, '12,34', 'en')).to.deep.equal(format); // not a group of three
    expect(checkField(amount, '1,2,3', 'en')).to.deep.equal(format);
    // Without the customer's locale, only what every language reads alike is taken.
    expect(checkField(amount, '1,234')).to.deep.equal({ key: 'error.numberAmbiguous' });
    expect(fieldValue(amount, '1 234,50')).to.equal(1234.5);
    expect(fieldValue(amount, '1,5')).to.equal(1.5);
    expect(fieldValue(amount, '۱٬۲۳۴')).to.equal(1234);
    expect(checkField(amount, 'lots', 'en')).to.deep.equal({ key: 'error.number' });
  });

  it('refuses exponents and other notations Number() would take', () => {
    for (const text of ['12e3', '1E3', '0x10', 'Infinity', '1_000', '.5', '5.']) {
      expect(parseNumber(text, 'en'), text).to.equal(undefined);
      expect(checkField(amount, text, 'en'), text).to.not.equal(undefined);
    }
  });

  it('honours min, max and step with words that say what fits', () => {
    expect(fieldValue(amount, '-50', 'en')).to.equal(-50);
    expect(checkField(amount, '-50', 'en')).to.deep.equal({ key: 'error.range', params: { min: 0, max: 1_000_000 } });
    expect(checkField(amount, '−50', 'en')).to.deep.equal({ key: 'error.range', params: { min: 0, max: 1_000_000 } });
    expect(checkField(amount, '1,000,001', 'en')).to.deep.equal({ key: 'error.range', params: { min: 0, max: 1_000_000 } });
    expect(checkField(amount, '12.345', 'en')).to.deep.equal({ key: 'error.step', params: { step: 0.01 } });
    expect(checkField({ ...amount, max: undefined }, '-1', 'en')).to.deep.equal({ key: 'error.rangeMin', params: { min: 0 } });
    expect(checkField({ ...amount, min: undefined, step: undefined }, '2000000', 'en')).to.deep.equal({ key: 'error.rangeMax', params: { max: 1_000_000 } });
  });

  it('sends the number read in the locale the ticket is written in', () => {
    const config = { categories: [{ id: 'billing', label: 'Billing', fields: [amount] }] } as unknown as SiteConfig;
    const values = { ...emptyValues(), categoryId: 'billing', fields: { amount: '1,234' } };
    const body = ticketBody(values, config, { locale: 'en', pageUrl: 'https://x.example/', attachmentIds: [] });
    expect(body.fields).to.deep.equal({ amount: 1234 });
    const sv = ticketBody({ ...values, fields: { amount: '1 234,50' } }, config, { locale: 'sv', pageUrl: 'https://x.example/', attachmentIds: [] });
    expect(sv.fields).to.deep.equal({ amount: 1234.5 });
  });
});
