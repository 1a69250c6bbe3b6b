import { expect } from '@open-wc/testing';
import { createMockBackend } from '../../src/mock/index.js';
import type { ArticleList } from '../../src/sdk/index.js';
import { ArticleIndex, highlight } from '../../src/search/article-index.js';
import { normalize, tokenize } from '../../src/search/normalize.js';

async function indexFor(locale: string): Promise<ArticleIndex> {
  const backend = createMockBackend();
  const res = await backend.handle(new Request(`${backend.baseUrl}/articles/index`, { headers: { 'Accept-Language': locale } }));
  return new ArticleIndex(((await res.json()) as ArticleList).items);
}

const top3 = (index: ArticleIndex, q: string) => index.search(q, 3).map((h) => h.article.id);

describe('normalize', () => {
  it('folds case and Latin diacritics', () => {
    expect(normalize('Café')).to.equal('cafe');
    expect(normalize('Skrivare')).to.equal('skrivare');
    expect(normalize('LÖSENORD')).to.equal(normalize('lösenord'));
  });

  it('folds Arabic and Persian letter forms, marks, tatweel and joiners', () => {
    expect(normalize('كتاب')).to.equal(normalize('کتاب')); // kaf
    expect(normalize('علي')).to.equal(normalize('علی')); // yeh
    expect(normalize('مستشفى')).to.equal(normalize('مستشفی')); // alef maksura
    expect(normalize('أحمد')).to.equal('احمد');
    expect(normalize('إسلام')).to.equal('اسلام');
    expect(normalize('آب')).to.equal('اب');
    expect(normalize('مدرسة')).to.equal('مدرسه');
    expect(normalize('مُحَمَّد')).to.equal('محمد');
    expect(normalize('كـــتاب')).to.equal(normalize('کتاب'));
    expect(normalize('می‌شود')).to.equal('میشود');
  });

  it('folds Persian and Arabic-Indic digits', () => {
    expect(normalize('۴۹۹')).to.equal('499');
    expect(normalize('٤٩٩')).to.equal('499');
  });

  it('keeps a Persian word with a joiner as one word', () => {
    expect(tokenize('مقاله‌های پیشنهادی')).to.deep.equal(['مقاله‌های', 'پیشنهادی']);
  });
});

describe('ArticleIndex', () => {
  it('English: typos and prefixes find the right article in the top 3', async () => {
    const index = await indexFor('en');
    expect(top3(index, 'pasword')).to.include('reset-password-en');
    expect(top3(index, 'refu')).to.include('refund-time-en');
    expect(top3(index, 'invoise')).to.include('download-invoice-en');
    expect(top3(index, 'wifi printer')[0]).to.equal('printer-setup-en');
  });

  it('Swedish: with or without å ä ö, with typos and prefixes', async () => {
    const index = await indexFor('sv');
    expect(top3(index, 'skrivare')).to.include('printer-setup-sv');
    expect(top3(index, 'losenord')).to.include('reset-password-sv');
    expect(top3(index, 'lösenrod')).to.include('reset-password-sv');
    expect(top3(index, 'återbet')).to.include('refund-time-sv');
  });

  it('Persian: words, prefixes and typos', async () => {
    const index = await indexFor('fa');
    expect(top3(index, 'گذرواژه')).to.include('reset-password-fa');
    expect(top3(index, 'بازپرد')).to.include('refund-time-fa');
    expect(top3(index, 'چاپگ')).to.include('printer-setup-fa');
    expect(top3(index, 'مرجوغی')).to.include('return-item-fa'); // one wrong letter
  });

  it('Arabic: words, prefixes and typos', async () => {
    const index = await indexFor('ar');
    expect(top3(index, 'كلمة المرور')).to.include('reset-password-ar');
    expect(top3(index, 'الطابع')).to.include('printer-setup-ar');
    expect(top3(index, 'الفاتوره')).to.include('download-invoice-ar'); // ه for ة
    expect(top3(index, 'اشتراق')).to.include('cancel-subscription-ar'); // one wrong letter
    expect(top3(index, 'الاشتراك')).to.include('cancel-subscription-ar'); // with and without the article
    expect(top3(index, 'اشتراك')).to.include('cancel-subscription-ar');
  });

  it('matches across Arabic and Persian letter forms, both ways', async () => {
    const ar = await indexFor('ar');
    const fa = await indexFor('fa');
    // Typed on a Persian keyboard (ی ک), written with Arabic letters (ي ك ة).
    expect(top3(ar, 'کلمه المرور')).to.include('reset-password-ar');
    expect(top3(ar, 'الشحن السریع')).to.include('shipping-cost-ar');
    // Typed on an Arabic keyboard (ي ك), written with Persian letters.
    expect(top3(fa, 'كارت بانكي')).to.include('update-payment-fa');
    expect(top3(fa, 'ايميل')).to.include('change-email-fa');
  });

  it('matches digits in any script', async () => {
    const fa = await indexFor('fa');
    const en = await indexFor('en');
    expect(top3(fa, '499')).to.include('shipping-cost-fa'); // written ۴۹۹
    expect(top3(en, '۴۹۹')).to.include('shipping-cost-en'); // written 499
    expect(top3(en, '٤٩٩')).to.include('shipping-cost-en');
  });

  it('offers spelling alternatives for a query that finds nothing', async () => {
    const index = await indexFor('en');
    expect(index.search('xqzv')).to.deep.equal([]);
    expect(index.search('paswrd')).to.deep.equal([]);
    expect(index.alternatives('paswrd')).to.include('password');
  });

  it('highlights matched words in the original text', async () => {
    const index = await indexFor('fa');
    const [hit] = index.search('گذرواژه');
    const parts = highlight(hit!.article.title, hit!.terms);
    expect(parts.filter((p) => p.match).map((p) => p.text)).to.deep.equal(['گذرواژه‌ام']);
    expect(parts.map((p) => p.text).join('')).to.equal(hit!.article.title);
  });
});
