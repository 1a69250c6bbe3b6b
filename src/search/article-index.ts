import MiniSearch, { type SearchResult } from 'minisearch';
import type { ArticleSummary } from '../sdk/index.js';
import { normalize, stripArticle, tokenize } from './normalize.js';

export interface Hit {
  article: ArticleSummary;
  score: number;
  /** Normalized index terms that matched, for highlighting. */
  terms: string[];
}

// MiniSearch (about 6 KB gzipped) gives prefix and typo-tolerant ranking over a compact radix
// tree; the FAQ search would otherwise need its own, slower and less tested.
const options = {
  fields: ['title', 'keywords', 'excerpt'],
  storeFields: [] as string[],
  tokenize,
  // Indexed with and without the Arabic article; searched without it (see stripArticle).
  processTerm: (term: string) => {
    const t = normalize(term);
    if (!t.length) return null;
    const bare = stripArticle(t);
    return bare === t ? t : [t, bare];
  },
  extractField: (doc: ArticleSummary, field: string) => {
    const value = (doc as unknown as Record<string, unknown>)[field];
    return Array.isArray(value) ? value.join(' ') : ((value as string | undefined) ?? '');
  },
  searchOptions: {
    processTerm: (term: string) => {
      const t = normalize(term);
      return t.length ? stripArticle(t) : null;
    },
    boost: { title: 3, keywords: 2, excerpt: 1 },
    prefix: true,
    // One typo in a word of 4–7 letters, two in longer words; none in short words.
    fuzzy: (term: string) => (term.length >= 8 ? 0.25 : term.length >= 4 ? 1 : false),
    maxFuzzy: 2,
    combineWith: 'AND' as const,
  },
};

/** A client-side index of article summaries: search as you type, in every script. */
export class ArticleIndex {
  private mini = new MiniSearch<ArticleSummary>(options);
  private byId = new Map<string, ArticleSummary>();

  constructor(articles: ArticleSummary[], serialized?: string) {
    for (const a of articles) this.byId.set(a.id, a);
    if (serialized) this.mini = MiniSearch.loadJSON<ArticleSummary>(serialized, options);
    else this.mini.addAll(articles);
  }

  /** The built index as JSON, to store beside the articles and skip rebuilding it next time. */
  serialize(): string {
    return JSON.stringify(this.mini);
  }

  get size(): number {
    return this.byId.size;
  }

  get(id: string): ArticleSummary | undefined {
    return this.byId.get(id);
  }

  all(): ArticleSummary[] {
    return [...this.byId.values()];
  }

  search(query: string, limit = 10): Hit[] {
    let results = this.mini.search(query);
    // Nothing has every word: fall back to any word, so a long question still finds something.
    if (!results.length && tokenize(query).length > 1) results = this.mini.search(query, { combineWith: 'OR' });
    return results.slice(0, limit).map((r: SearchResult) => ({ article: this.byId.get(r.id as string)!, score: r.score, terms: r.terms }));
  }

  /** Spelling-tolerant alternatives for a query that found nothing ("passwrod" → "password"). */
  alternatives(query: string, limit = 3): string[] {
    return this.mini
      .autoSuggest(query, { fuzzy: 0.34, prefix: true, combineWith: 'OR' })
      .map((s) => s.suggestion)
      .filter((s) => s !== normalize(query.trim()))
      .slice(0, limit);
  }
}

/** A cheap fingerprint of an article list (ids and update times), to know a stored index is current. */
export function fingerprint(articles: ArticleSummary[]): string {
  let h = 0x811c9dc5;
  for (const a of articles) {
    const s = `${a.id}|${a.updatedAt};`;
    for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
  }
  return `${articles.length}-${(h >>> 0).toString(36)}`;
}

/** Splits `text` into runs, marking words whose normalized form matched. */
export function highlight(text: string, terms: string[]): { text: string; match: boolean }[] {
  if (!terms.length) return [{ text, match: false }];
  const set = new Set(terms);
  const parts: { text: string; match: boolean }[] = [];
  const word = /[\p{L}\p{N}\p{M}\u200c\u0640]+/gu;
  let last = 0;
  for (const m of text.matchAll(word)) {
    const n = normalize(m[0]);
    if (!set.has(n) && !set.has(stripArticle(n))) continue;
    if (m.index! > last) parts.push({ text: text.slice(last, m.index), match: false });
    parts.push({ text: m[0], match: true });
    last = m.index! + m[0].length;
  }
  if (last < text.length) parts.push({ text: text.slice(last), match: false });
  return parts;
}
