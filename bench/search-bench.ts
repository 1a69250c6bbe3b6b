// Measures the FAQ search in the browser: index build, index ready from the IndexedDB cache,
// per-keystroke search, and keystroke-to-rendered-results in <hk-faq-search>, for generated
// knowledge bases in mixed scripts. Run by scripts/bench.mjs; results go to window.benchResults.
import '../src/define.js';
import { createClient, type ArticleSummary } from '../src/sdk/index.js';
import { createMockBackend } from '../src/mock/index.js';
import { articles as seed } from '../src/mock/seed-articles.js';
import { ArticleIndex, fingerprint } from '../src/search/article-index.js';
import type { HkFaqSearch } from '../src/index.js';

const SIZES = [200, 2000, 10000];
const LOCALES = ['en', 'fa', 'ar', 'sv'] as const;

// Deterministic PRNG so every run searches the same knowledge base.
let state = 42;
const rand = () => ((state = (state * 1664525 + 1013904223) >>> 0) / 2 ** 32);
const pick = <T>(list: T[]) => list[Math.floor(rand() * list.length)]!;

const vocab = Object.fromEntries(
  LOCALES.map((l) => [l, seed.flatMap((a) => `${a.text[l].title} ${a.text[l].excerpt} ${a.text[l].steps.join(' ')}`.split(/[\s.,;:!?،؛؟«»“”"()→]+/u)).filter((w) => w.length > 2)]),
) as Record<(typeof LOCALES)[number], string[]>;

function generate(n: number): ArticleSummary[] {
  const items: ArticleSummary[] = [];
  for (let i = 0; i < n; i++) {
    const locale = LOCALES[i % 4]!;
    const words = vocab[locale];
    const sentence = (len: number) => Array.from({ length: len }, () => pick(words)).join(' ');
    items.push({
      id: `gen-${i}`,
      title: sentence(4 + Math.floor(rand() * 5)),
      excerpt: sentence(14 + Math.floor(rand() * 12)),
      category: pick(['orders', 'billing', 'technical', 'account']),
      keywords: [pick(words), pick(words)],
      updatedAt: '2026-10-01T00:00:00Z',
    });
  }
  return items;
}

// What customers type, in four scripts, with typos; measured one keystroke at a time.
const QUERIES = ['password reset', 'refnd', 'skrivaren wifi', 'lösenord', 'گذرواژه', 'بازپرداخت پول', 'كلمة المرور', 'الفاتوره', 'invoice pdf', 'leverans'];

const percentile = (values: number[], p: number) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
};
const round = (n: number) => Math.round(n * 100) / 100;

async function idbRoundTrip(name: string, items: ArticleSummary[], serialized: string): Promise<number> {
  // Store what the SDK and <hk-faq-search> keep (the article list and the built index), then time
  // a cold read of both and loading the index: what a returning customer's page does.
  const open = () =>
    new Promise<IDBDatabase>((resolve, reject) => {
      const req = indexedDB.open(name, 1);
      req.onupgradeneeded = () => req.result.createObjectStore('cache', { keyPath: 'key' });
      req.onsuccess = () => resolve(req.result);
      req.onerror = () => reject(req.error);
    });
  const db = await open();
  await new Promise<void>((resolve) => {
    const tx = db.transaction('cache', 'readwrite');
    tx.objectStore('cache').put({ key: 'articles-index', data: { items, total: items.length } });
    tx.objectStore('cache').put({ key: 'search-index', data: { print: fingerprint(items), json: serialized } });
    tx.oncomplete = () => resolve();
  });
  db.close();
  const t0 = performance.now();
  const again = await open();
  const get = <T>(key: string) =>
    new Promise<T>((resolve) => {
      const req = again.transaction('cache').objectStore('cache').get(key);
      req.onsuccess = () => resolve(req.result.data);
    });
  const [list, built] = await Promise.all([get<{ items: ArticleSummary[] }>('articles-index'), get<{ print: string; json: string }>('search-index')]);
  if (built.print !== fingerprint(list.items)) throw new Error('stale index');
  new ArticleIndex(list.items, built.json);
  const elapsed = performance.now() - t0;
  again.close();
  indexedDB.deleteDatabase(name);
  return elapsed;
}

async function renderTimes(items: ArticleSummary[]): Promise<number[]> {
  const backend = createMockBackend();
  const indexBody = JSON.stringify({ items, total: items.length });
  const fetchWithKb: typeof fetch = async (input, init) => {
    const url = new Request(input, init).url;
    if (url.endsWith('/articles/index')) return new Response(indexBody, { headers: { 'Content-Type': 'application/json' } });
    return backend.fetch(input, init);
  };
  const client = createClient({ baseUrl: `https://bench-${items.length}.example.test/api/v1`, fetch: fetchWithKb, autoFlush: false });
  const el = document.createElement('hk-faq-search') as HkFaqSearch;
  el.client = client;
  el.locale = 'en';
  el.indexLimit = Infinity; // measure the on-device search at every size
  document.body.append(el);
  const root = () => el.shadowRoot!;
  while (!root()?.querySelector('input[type=search]') || root().querySelector('.loading')) await new Promise((r) => setTimeout(r, 10));
  const input = root().querySelector<HTMLInputElement>('input[type=search]')!;
  const times: number[] = [];
  for (const q of QUERIES) {
    for (let i = 1; i <= q.length; i++) {
      const t0 = performance.now();
      input.value = q.slice(0, i);
      input.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
      await el.updateComplete;
      void root().querySelector('[role=listbox]')!.getBoundingClientRect(); // style and layout included
      times.push(performance.now() - t0);
    }
  }
  el.remove();
  client.close();
  return times;
}

async function run() {
  const results = [];
  for (const size of SIZES) {
    const items = generate(size);
    const t0 = performance.now();
    const index = new ArticleIndex(items);
    const build = performance.now() - t0;
    const search: number[] = [];
    for (const q of QUERIES) {
      for (let i = 1; i <= q.length; i++) {
        const s0 = performance.now();
        index.search(q.slice(0, i), 8);
        search.push(performance.now() - s0);
      }
    }
    const serialized = index.serialize();
    const l0 = performance.now();
    new ArticleIndex(items, serialized);
    const fromJson = performance.now() - l0;
    const cached = await idbRoundTrip(`bench-${size}`, items, serialized);
    const render = await renderTimes(items);
    results.push({
      articles: size,
      buildMs: round(build),
      cacheReadyMs: round(cached),
      fromJsonMs: round(fromJson),
      searchP50Ms: round(percentile(search, 50)),
      searchP95Ms: round(percentile(search, 95)),
      keystrokeP50Ms: round(percentile(render, 50)),
      keystrokeP95Ms: round(percentile(render, 95)),
      keystrokes: render.length,
    });
  }
  (window as unknown as { benchResults: unknown }).benchResults = results;
}

run().catch((error) => ((window as unknown as { benchError: string }).benchError = String(error?.stack ?? error)));
