// How an element picks its language (LocalizeController.choose): the `locale` attribute → the
// browser's language if the site offers it → the site's default → the browser's language if we
// have it → English. navigator.languages is stubbed per test and restored afterwards.
import { expect } from '@open-wc/testing';
import { LocalizeController } from '../../src/internal/localize.js';

let stubbed = false;
/** Makes navigator.languages return `languages` until restore(). */
function browserLanguages(languages: readonly string[] | undefined): void {
  Object.defineProperty(navigator, 'languages', { configurable: true, get: () => languages });
  stubbed = true;
}
function restore(): void {
  // The stub is an own property of navigator; deleting it uncovers Navigator.prototype's getter.
  if (stubbed) delete (navigator as { languages?: unknown }).languages;
  stubbed = false;
}

const choose = LocalizeController.choose;

describe('LocalizeController.choose', () => {
  const real = [...navigator.languages];
  afterEach(restore);

  it('the stub takes effect and is undone', () => {
    browserLanguages(['fa-IR']);
    expect([...navigator.languages]).to.deep.equal(['fa-IR']);
    restore();
    expect([...navigator.languages]).to.deep.equal(real);
  });

  describe('the locale attribute', () => {
    it('wins over the browser and the site', () => {
      browserLanguages(['sv-SE', 'en-US']);
      expect(choose('fa', { locales: ['en', 'sv'], defaultLocale: 'sv' })).to.equal('fa');
      expect(choose('ar', undefined)).to.equal('ar');
      expect(choose('en', { locales: ['sv'], defaultLocale: 'sv' })).to.equal('en');
    });

    it('takes region tags, any case, with - or _', () => {
      browserLanguages(['en-US']);
      expect(choose('sv-SE')).to.equal('sv');
      expect(choose('fa-IR')).to.equal('fa');
      expect(choose('ar-EG')).to.equal('ar');
      expect(choose('FA-ir')).to.equal('fa');
      expect(choose('sv_FI')).to.equal('sv');
    });

    it('is ignored when it is a language we do not have, or garbage', () => {
      browserLanguages(['sv-SE']);
      const site = { locales: ['en', 'sv'], defaultLocale: 'en' };
      for (const attribute of ['de', 'de-DE', 'xx', '', '   ', 'english', 'f', 'fas', '-fa', '<script>', null, undefined]) {
        expect(choose(attribute, site), String(attribute)).to.equal('sv');
      }
    });
  });

  describe('without the attribute', () => {
    it('takes the browser’s language when the site offers it, even if the site’s default differs', () => {
      browserLanguages(['fa-IR', 'en-US']);
      expect(choose(null, { locales: ['en', 'fa'], defaultLocale: 'en' })).to.equal('fa');
    });

    it('takes the first of the browser’s languages that the site offers, in the browser’s order', () => {
      browserLanguages(['de-DE', 'sv-SE', 'fa-IR']);
      expect(choose(null, { locales: ['en', 'fa', 'sv'], defaultLocale: 'en' })).to.equal('sv');
      browserLanguages(['en-GB', 'fa-IR']);
      expect(choose(null, { locales: ['fa', 'en'], defaultLocale: 'fa' })).to.equal('en');
    });

    it('matches region tags on either side', () => {
      browserLanguages(['ar-EG']);
      expect(choose(null, { locales: ['en', 'ar'], defaultLocale: 'en' })).to.equal('ar');
      browserLanguages(['ar']);
      expect(choose(null, { locales: ['en', 'ar-EG'], defaultLocale: 'en' })).to.equal('ar');
    });

    it('falls back to the site’s default when the site does not offer the browser’s language', () => {
      browserLanguages(['ar-EG', 'fa-IR']);
      expect(choose(null, { locales: ['en', 'sv'], defaultLocale: 'sv' })).to.equal('sv');
      browserLanguages(['de-DE']);
      expect(choose(undefined, { locales: ['en', 'fa'], defaultLocale: 'fa-IR' })).to.equal('fa');
      browserLanguages([]);
      expect(choose(null, { locales: [], defaultLocale: 'ar' })).to.equal('ar');
    });

    it('takes a browser language we have when the site’s default is one we do not', () => {
      browserLanguages(['de-DE', 'fa-IR', 'sv-SE']);
      expect(choose(null, { locales: ['de', 'en'], defaultLocale: 'de' })).to.equal('fa');
    });

    it('takes a browser language we have when there is no site config', () => {
      browserLanguages(['ar-EG', 'fa-IR']);
      expect(choose(null)).to.equal('ar');
      browserLanguages(['de-DE', 'sv-SE']);
      expect(choose(null)).to.equal('sv');
    });

    it('falls back to English when nothing else fits', () => {
      browserLanguages(['de-DE', 'fr']);
      expect(choose(null)).to.equal('en');
      expect(choose(null, { locales: ['de'], defaultLocale: 'de' })).to.equal('en');
      browserLanguages([]);
      expect(choose(null)).to.equal('en');
      browserLanguages(undefined);
      expect(choose(null)).to.equal('en');
    });
  });
});
