import MiniSearch, { type Query, type SearchResult } from 'minisearch';
import type { ArticleSummary } from '../sdk/index.js';
import { SYNONYMS, STOP_WORDS, joinAffixes, stem, type SearchLocale, type Synonyms } from './language.js';
import { normalize, stripArticle, tokenize } from './normalize.js';

export interface Hit {
  article: ArticleSummary;
  score: number;
  /** Normalized index terms that matched, for highlighting. */
  terms: string[];
}

export interface ArticleIndexOptions {
  /** The articles' language: chooses the stemming and the built-in synonyms (all of them when unset). */
  locale?: string;
  /** The site's own synonyms, added to the built-in list: `{ mejl: ['e-post'] }`. */
  synonyms?: Synonyms;
}

/**
 * Bumped whenever what the index holds for a word changes, so a built index stored on the device by
 * an older version is rebuilt rather than searched with the wrong terms.
 */
export const INDEX_VERSION = 2;

/** A query word, and the other ways to say it (synonyms, each one word or a phrase). */
interface Group {
  term: string;
  alternatives: string[][];
}

/** One typo in a word of 4–7 letters, two in longer words; none in short words. */
const fuzzy = (term: string) => (term.length >= 8 ? 0.25 : term.length >= 4 ? 1 : false);

// MiniSearch (about 6 KB gzipped) gives prefix and typo-tolerant ranking over a compact radix
// tree; the FAQ search would otherwise need its own, slower and less tested.
function miniOptions(locale?: string) {
  return {
    fields: ['title', 'keywords', 'excerpt'],
    storeFields: [] as string[],
    tokenize,
    // Indexed with and without the Arabic article, and with its light stem beside each word.
    processTerm: (term: string) => {
      const t = normalize(term);
      if (!t.length) return null;
      const bare = stripArticle(t);
      const forms = new Set([t, bare, stem(t, locale), stem(bare, locale)]);
      return forms.size === 1 ? t : [...forms];
    },
    extractField: (doc: ArticleSummary, field: string) => {
      const value = (doc as unknown as Record<string, unknown>)[field];
      return Array.isArray(value) ? value.join(' ') : ((value as string | undefined) ?? '');
    },
    searchOptions: {
      // Queries are built from terms already processed (see ArticleIndex.parse).
      tokenize: (text: string) => [text],
      processTerm: (term: string) => term,
      boost: { title: 3, keywords: 2, excerpt: 1 },
      prefix: true,
      fuzzy,
      maxFuzzy: 2,
      combineWith: 'AND' as const,
    },
  };
}

/** `word` with two neighbouring letters swapped, every way ("refnud" → … "refund"). */
function transpositions(word: string): string[] {
  const out: string[] = [];
  for (let i = 0; i < word.length - 1; i++) if (word[i] !== word[i + 1]) out.push(word.slice(0, i) + word[i + 1] + word[i] + word.slice(i + 2));
  return out;
}

/** A client-side index of article summaries: search as you type, in every script. */
export class ArticleIndex {
  private mini: MiniSearch<ArticleSummary>;
  private byId = new Map<string, ArticleSummary>();
  private locale?: string;
  private synonyms = new Map<string, string[][]>();
  /** Whether an index term is a real word (see isWord). */
  private words_ = new Map<string, boolean>();

  constructor(articles: ArticleSummary[], serialized?: string, options: ArticleIndexOptions = {}) {
    this.locale = options.locale;
    const mini = miniOptions(this.locale);
    for (const a of articles) this.byId.set(a.id, a);
    if (serialized) this.mini = MiniSearch.loadJSON<ArticleSummary>(serialized, mini);
    else {
      this.mini = new MiniSearch<ArticleSummary>(mini);
      this.mini.addAll(articles);
    }
    const builtIn = this.locale && this.locale in SYNONYMS ? [SYNONYMS[this.locale as SearchLocale]] : Object.values(SYNONYMS);
    for (const list of [...builtIn, options.synonyms ?? {}]) {
      for (const [word, others] of Object.entries(list)) {
        const key = this.term(normalize(word));
        const known = this.synonyms.get(key) ?? [];
        for (const other of others) {
          const phrase = this.words(other);
          if (phrase.length && !(phrase.length === 1 && phrase[0] === key)) known.push(phrase);
        }
        this.synonyms.set(key, known);
      }
    }
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
    return this.find(this.parse(query)).slice(0, limit).map((r) => this.hit(r));
  }

  /**
   * Articles worth suggesting for a sentence (a ticket's subject and description): only those that
   * match enough of its meaningful words and score near the best one, so a question about a
   * password does not suggest the printer article because both say "password".
   */
  suggest(text: string, limit = 3): Hit[] {
    // A sentence of stop words ("how do I") asks nothing yet.
    const groups = this.parse(text, false);
    if (!groups.length) return [];
    const results = this.find(groups);
    if (!results.length) return [];
    // One or two words: either will do (the score decides). More: a third of them, at least two.
    const needed = groups.length <= 2 ? 1 : Math.max(2, Math.ceil(groups.length / 3));
    const top = results[0]!.score;
    return results
      .filter((r) => r.score >= top * SUGGEST_SHARE && this.covered(groups, r) >= needed)
      .slice(0, limit)
      .map((r) => this.hit(r));
  }

  /** Spelling-tolerant alternatives for a query that found nothing ("passwrod" → "password"). */
  alternatives(query: string, limit = 3): string[] {
    const words = this.words(query);
    if (!words.length) return [];
    const typed = words.join(' ');
    const offered = new Set<string>();
    for (const { suggestion } of this.mini.autoSuggest(typed, { fuzzy: 0.34, prefix: true, combineWith: 'OR', tokenize: (t) => t.split(' ') })) {
      // Real words only (not stems), each stem once: "refund refunds" is offered as "refund".
      const stems = new Set<string>();
      const kept = suggestion.split(' ').filter((w) => this.isWord(w) && !stems.has(this.term(w)) && stems.add(this.term(w)));
      const text = kept.join(' ');
      if (kept.length && text !== typed) offered.add(text);
    }
    return [...offered].slice(0, limit);
  }

  // ---- query parsing ------------------------------------------------------------------------------

  /** A normalized word as the index holds it: without the Arabic article, stemmed. */
  private term(word: string): string {
    return stem(stripArticle(word), this.locale);
  }

  /** The words of `text` as searched: normalized, Persian affixes joined, hyphens joined, stemmed. */
  private words(text: string): string[] {
    const tokens = text
      .replace(/(\p{L})-(?=\p{L})/gu, '$1')
      .split(/[^\p{L}\p{N}\p{M}\u200c\u0640]+/u)
      .map(normalize)
      .filter(Boolean);
    return joinAffixes(tokens).map((w) => this.term(w));
  }

  /** The query's meaningful words, each with its synonyms. Stop words go unless nothing else is left. */
  private parse(query: string, keepStopWordsAlone = true): Group[] {
    const tokens = joinAffixes(
      query
        .replace(/(\p{L})-(?=\p{L})/gu, '$1')
        .split(/[^\p{L}\p{N}\p{M}\u200c\u0640]+/u)
        .map(normalize)
        .filter(Boolean),
    );
    const meaningful = tokens.filter((t) => !STOP_WORDS.has(t) && !STOP_WORDS.has(stripArticle(t)));
    const kept = meaningful.length || !keepStopWordsAlone ? meaningful : tokens;
    const seen = new Set<string>();
    const groups: Group[] = [];
    for (const token of kept) {
      const term = this.term(token);
      if (seen.has(term)) continue;
      seen.add(term);
      groups.push({ term, alternatives: this.synonyms.get(term) ?? this.synonyms.get(token) ?? [] });
    }
    return groups;
  }

  private groupQuery(g: Group, swaps: boolean): Query {
    const queries: Query[] = [g.term];
    for (const phrase of g.alternatives) queries.push(phrase.length === 1 ? phrase[0]! : { combineWith: 'AND', queries: phrase });
    // Two letters swapped ("refnud"): Levenshtein counts two edits; try each swap, exact or as a prefix.
    if (swaps && g.term.length >= 4) queries.push({ combineWith: 'OR', fuzzy: false, queries: transpositions(g.term) });
    return queries.length === 1 ? g.term : { combineWith: 'OR', queries };
  }

  private run(groups: Group[], combineWith: 'AND' | 'OR', swaps = false): SearchResult[] {
    return this.mini.search({ combineWith, queries: groups.map((g) => this.groupQuery(g, swaps)) });
  }

  /** Every word; else any word (a long question still finds something); else with letters swapped. */
  private find(groups: Group[]): SearchResult[] {
    if (!groups.length) return [];
    let results = this.run(groups, 'AND');
    if (!results.length && groups.length > 1) results = this.run(groups, 'OR');
    if (!results.length) results = this.run(groups, 'AND', true);
    if (!results.length && groups.length > 1) results = this.run(groups, 'OR', true);
    return results;
  }

  /** How many of the query's words (or their synonyms) a result matched. */
  private covered(groups: Group[], r: SearchResult): number {
    const matched = new Set(r.queryTerms);
    return groups.filter((g) => matched.has(g.term) || g.alternatives.some((p) => p.some((w) => matched.has(w))) || transpositions(g.term).some((w) => matched.has(w))).length;
  }

  private hit(r: SearchResult): Hit {
    return { article: this.byId.get(r.id as string)!, score: r.score, terms: r.terms };
  }

  /**
   * Whether `term` is a word an article really contains (not only a stem), to offer only real
   * words. Checks a few articles that hold the term, so no vocabulary is built up front.
   */
  private isWord(term: string): boolean {
    let known = this.words_.get(term);
    if (known === undefined) {
      known = this.mini
        .search(term, { prefix: false, fuzzy: false })
        .slice(0, 5)
        .some(({ id }) => {
          const a = this.byId.get(id as string)!;
          return tokenize(`${a.title} ${a.excerpt} ${(a.keywords ?? []).join(' ')}`).some((w) => {
            const t = normalize(w);
            return t === term || stripArticle(t) === term;
          });
        });
      this.words_.set(term, known);
    }
    return known;
  }
}

/** A suggestion scores at least this share of the best one. */
const SUGGEST_SHARE = 0.4;

/** A cheap fingerprint of an article list (ids and update times), to know a stored index is current. */
export function fingerprint(articles: ArticleSummary[]): string {
  let h = 0x811c9dc5;
  for (const a of articles) {
    const s = `${a.id}|${a.updatedAt};`;
    for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
  }
  return `${articles.length}-${(h >>> 0).toString(36)}`;
}

const STEMMED = [undefined, 'sv', 'ar'];

/** Splits `text` into runs, marking words whose normalized form matched. */
export function highlight(text: string, terms: string[]): { text: string; match: boolean }[] {
  if (!terms.length) return [{ text, match: false }];
  const set = new Set(terms);
  const parts: { text: string; match: boolean }[] = [];
  const word = /[\p{L}\p{N}\p{M}\u200c\u0640]+/gu;
  let last = 0;
  for (const m of text.matchAll(word)) {
    const n = normalize(m[0]);
    const bare = stripArticle(n);
    if (!set.has(n) && !set.has(bare) && !STEMMED.some((l) => set.has(stem(bare, l)))) continue;
    if (m.index! > last) parts.push({ text: text.slice(last, m.index), match: false });
    parts.push({ text: m[0], match: true });
    last = m.index! + m[0].length;
  }
  if (last < text.length) parts.push({ text: text.slice(last), match: false });
  return parts;
}
