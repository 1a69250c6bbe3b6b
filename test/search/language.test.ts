// Issue #9: how customers really type — phone-keyboard Persian, colloquial words, loanwords,
// inflections, swapped letters and stop words — still finds the right article first.
import { expect } from '@open-wc/testing';
import { articleSummaries } from '../../src/mock/articles.js';
import { ArticleIndex, highlight } from '../../src/search/article-index.js';
import { joinAffixes, stem } from '../../src/search/language.js';
import { normalize } from '../../src/search/normalize.js';

type Locale = 'en' | 'sv' | 'fa' | 'ar';
const indexFor = (locale: Locale, synonyms?: Record<string, string[]>) => new ArticleIndex(articleSummaries(locale), undefined, { locale, synonyms });
const first = (index: ArticleIndex, q: string) => index.search(q, 3)[0]?.article.id;
const ids = (hits: { article: { id: string } }[]) => hits.map((h) => h.article.id);

describe('language: Persian as phone keyboards type it', () => {
  it('a space where the joiner belongs finds the same word', () => {
    const fa = indexFor('fa');
    expect(first(fa, 'گذرواژه ام')).to.equal('reset-password-fa');
    expect(first(fa, 'گذرواژه‌ام')).to.equal('reset-password-fa');
    expect(first(fa, 'سفارش ها')).to.equal(first(fa, 'سفارش‌ها'));
    expect(joinAffixes(['گذرواژه', 'ام']).map(normalize)).to.deep.equal([normalize('گذرواژه‌ام')]);
    expect(joinAffixes(['نمی', 'توانم'])).to.deep.equal(['نمیتوانم']);
  });

  it('colloquial "I can\'t log in" ranks the password article first, not the printer', () => {
    const fa = indexFor('fa');
    expect(first(fa, 'نمیتونم وارد بشم')).to.equal('reset-password-fa');
    expect(first(fa, 'نمی تونم وارد بشم')).to.equal('reset-password-fa');
  });

  it('the loanword پسورد finds the password article (synonyms), with no "did you mean"', () => {
    const fa = indexFor('fa');
    expect(first(fa, 'پسورد')).to.equal('reset-password-fa');
    expect(first(fa, 'password')).to.equal('reset-password-fa');
  });
});

describe('language: light stemming and synonyms in every language', () => {
  it('English inflections', () => {
    const en = indexFor('en');
    expect(first(en, 'cancelled subscription')).to.equal('cancel-subscription-en');
    expect(first(en, 'refunded')).to.equal('refund-time-en');
    expect(stem('invoices')).to.equal('invoice');
    expect(stem('changing')).to.equal('chang');
  });

  it('Swedish definite forms', () => {
    const sv = indexFor('sv');
    expect(first(sv, 'lösenordet')).to.equal('reset-password-sv');
    expect(first(sv, 'abonnemanget')).to.equal('cancel-subscription-sv');
    expect(stem('skrivaren', 'sv')).to.equal('skrivar');
  });

  it('Arabic and Persian attached pronouns', () => {
    const ar = indexFor('ar');
    const fa = indexFor('fa');
    expect(first(ar, 'اشتراكي')).to.equal('cancel-subscription-ar');
    expect(first(ar, 'بطاقتها')).to.equal('update-payment-ar');
    expect(first(fa, 'اشتراکم')).to.equal('cancel-subscription-fa');
  });

  it('built-in synonyms: mejl → e-post, pwd → password', () => {
    expect(first(indexFor('sv'), 'mejl')).to.equal('change-email-sv');
    expect(first(indexFor('en'), 'pwd')).to.equal('reset-password-en');
    expect(first(indexFor('ar'), 'باسورد')).to.equal('reset-password-ar');
  });

  it('a site\'s own synonyms are an option of the index', () => {
    expect(first(indexFor('en', { gizmo: ['printer'] }), 'gizmo')).to.equal('printer-setup-en');
    expect(indexFor('en').search('gizmo')).to.deep.equal([]);
  });

  it('highlights words matched through their stem', () => {
    const [hit] = indexFor('en').search('invoice');
    const title = hit!.article.title;
    expect(highlight(title, hit!.terms).filter((p) => p.match).map((p) => p.text)).to.include('invoices');
  });
});

describe('language: transpositions and short typos', () => {
  it('two letters swapped or one left out still finds the article', () => {
    const en = indexFor('en');
    expect(first(en, 'refnud')).to.equal('refund-time-en');
    expect(first(en, 'refnd')).to.equal('refund-time-en');
    expect(first(en, 'pasword')).to.equal('reset-password-en');
    expect(en.search('xqzv')).to.deep.equal([]);
  });

  it('"did you mean" offers real words, not stems or repeats', () => {
    const en = indexFor('en');
    expect(en.alternatives('paswrd')).to.include('password');
    for (const alt of en.alternatives('refnd')) expect(alt.split(' ')).to.have.length(new Set(alt.split(' ').map((w) => stem(w))).size);
  });
});

describe('language: English ranking', () => {
  it('stop words do not decide the ranking', () => {
    const en = indexFor('en');
    expect(first(en, 'how do i change my email')).to.equal('change-email-en');
    expect(first(en, 'How do I change my e-mail address?')).to.equal('change-email-en');
  });

  it('"invoise" ranks the invoices article above the card update', () => {
    expect(first(indexFor('en'), 'invoise')).to.equal('download-invoice-en');
  });
});

describe('ArticleIndex.suggest (the ticket form\'s suggested articles)', () => {
  it('suggests only articles near the best one, ignoring stop words in every language', () => {
    expect(ids(indexFor('en').suggest('password problem'))).to.deep.equal(['reset-password-en']);
    expect(ids(indexFor('en').suggest('My password does not work'))).to.deep.equal(['reset-password-en']);
    expect(ids(indexFor('sv').suggest('Jag har glömt mitt lösenord'))).to.deep.equal(['reset-password-sv']);
    expect(ids(indexFor('fa').suggest('گذرواژه ام را فراموش کردم'))[0]).to.equal('reset-password-fa');
    expect(ids(indexFor('ar').suggest('نسيت كلمة المرور الخاصة بي'))[0]).to.equal('reset-password-ar');
  });

  it('suggests nothing for a sentence of stop words or unknown words', () => {
    expect(indexFor('en').suggest('how do I')).to.deep.equal([]);
    expect(indexFor('sv').suggest('jag har en fråga om det')).to.deep.equal([]);
    expect(indexFor('en').suggest('xqzv blorp')).to.deep.equal([]);
  });
});
