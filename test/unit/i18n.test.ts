// The pure helpers of src/i18n/index.ts, and the catalogs' placeholders.
import { expect } from '@open-wc/testing';
import en from '../../src/i18n/en.js';
import { fill, intlLocale, isRtl, loadTranslation, normalizeDigits, supported, SUPPORTED, type TermKey } from '../../src/i18n/index.js';

describe('i18n: supported', () => {
  it('maps a tag to a language we have, ignoring region, case and - or _', () => {
    expect(supported('en')).to.equal('en');
    expect(supported('en-US')).to.equal('en');
    expect(supported('fa-IR')).to.equal('fa');
    expect(supported('AR_eg')).to.equal('ar');
    expect(supported('sv-SE')).to.equal('sv');
    expect(supported('SV')).to.equal('sv');
  });

  it('returns undefined for languages we do not have and for garbage', () => {
    for (const tag of ['de', 'de-DE', 'he', 'fas', 'f', '', ' fa', 'xx-fa', null, undefined]) {
      expect(supported(tag), String(tag)).to.equal(undefined);
    }
  });

  it('knows exactly en, fa, ar and sv', () => {
    expect([...SUPPORTED]).to.deep.equal(['en', 'fa', 'ar', 'sv']);
  });
});

describe('i18n: isRtl', () => {
  it('is true for right-to-left scripts’ languages, with or without region', () => {
    for (const tag of ['fa', 'ar', 'he', 'ur', 'ps', 'ckb', 'yi', 'dv', 'fa-IR', 'AR-EG', 'ur_PK']) expect(isRtl(tag), tag).to.equal(true);
  });

  it('is false for left-to-right languages', () => {
    for (const tag of ['en', 'sv', 'sv-SE', 'de', 'tr', 'farsi', 'arab', '']) expect(isRtl(tag), tag).to.equal(false);
  });
});

describe('i18n: fill', () => {
  it('fills every {name} with its value', () => {
    expect(fill('Use at most {max} characters.', { max: 200 })).to.equal('Use at most 200 characters.');
    expect(fill('{a} and {b} and {a}', { a: 'x', b: 0 })).to.equal('x and 0 and x');
  });

  it('leaves placeholders without a value, and text without placeholders, as they are', () => {
    expect(fill('{name} is larger than {max}.', { name: 'a.pdf' })).to.equal('a.pdf is larger than {max}.');
    expect(fill('Hello {name}')).to.equal('Hello {name}');
    expect(fill('No placeholders', { name: 'x' })).to.equal('No placeholders');
    expect(fill('{not a placeholder}', { not: 'x' })).to.equal('{not a placeholder}');
  });

  it('inserts values literally (no $-patterns, no second pass)', () => {
    expect(fill('{x}', { x: '$&$1$$' })).to.equal('$&$1$$');
    expect(fill('{a}', { a: '{b}', b: 'no' })).to.equal('{b}');
  });

  it('takes only values it was given, never what every object inherits', () => {
    expect(fill('{toString} {constructor} {hasOwnProperty}', {})).to.equal('{toString} {constructor} {hasOwnProperty}');
  });
});

describe('i18n: intlLocale', () => {
  it('names Persian with its calendar and digits, Arabic with Arabic-Indic digits, Swedish as in Sweden', () => {
    expect(intlLocale('fa')).to.equal('fa-IR-u-ca-persian-nu-arabext');
    expect(intlLocale('ar')).to.equal('ar-u-nu-arab');
    expect(intlLocale('sv')).to.equal('sv-SE');
    expect(intlLocale('en')).to.equal('en');
  });

  it('gives the browser’s Intl the digits and calendar it names', () => {
    expect(new Intl.NumberFormat(intlLocale('fa')).format(1234567890)).to.match(/^[۰-۹٬]+$/);
    expect(new Intl.NumberFormat(intlLocale('fa'), { useGrouping: false }).format(90)).to.equal('۹۰');
    expect(new Intl.NumberFormat(intlLocale('ar'), { useGrouping: false }).format(90)).to.equal('٩٠');
    expect(new Intl.NumberFormat(intlLocale('sv'), { useGrouping: false }).format(90)).to.equal('90');
    expect(new Intl.DateTimeFormat(intlLocale('fa')).resolvedOptions().calendar).to.equal('persian');
    expect(new Intl.DateTimeFormat(intlLocale('ar')).resolvedOptions().numberingSystem).to.equal('arab');
  });
});

describe('i18n: normalizeDigits', () => {
  it('folds Persian and Arabic-Indic digits and separators to ASCII', () => {
    expect(normalizeDigits('۰۱۲۳۴۵۶۷۸۹')).to.equal('0123456789');
    expect(normalizeDigits('٠١٢٣٤٥٦٧٨٩')).to.equal('0123456789');
    expect(normalizeDigits('۱۲٫۵')).to.equal('12.5');
    expect(normalizeDigits('١٬٠٠٠')).to.equal('1,000');
  });

  it('leaves everything else alone', () => {
    expect(normalizeDigits('AB-12 x')).to.equal('AB-12 x');
    expect(normalizeDigits('سفارش ۱۲')).to.equal('سفارش 12');
    expect(normalizeDigits('')).to.equal('');
  });
});

describe('i18n: catalogs', () => {
  const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

  for (const locale of SUPPORTED.filter((l) => l !== 'en')) {
    it(`${locale} uses the same {placeholders} as English in every term`, async () => {
      const catalog = await loadTranslation(locale);
      const keys = Object.keys(en) as TermKey[];
      expect(Object.keys(catalog).sort()).to.deep.equal([...keys].sort());
      const wrong = keys.filter((key) => placeholders(catalog[key]).join() !== placeholders(en[key]).join());
      expect(wrong, `terms whose placeholders differ from English in ${locale}`).to.deep.equal([]);
    });
  }
});
