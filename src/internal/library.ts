import { isHelpkitError, type ArticleSummary, type HelpkitClient } from '../sdk/index.js';
import type { Locale } from '../i18n/index.js';
import { ArticleIndex, INDEX_VERSION, fingerprint } from '../search/article-index.js';
import { normalize } from '../search/normalize.js';
import type { Site } from './site.js';

/** The site's articles as an element searches them: an index on the device, or none (server search). */
export interface Library {
  index?: ArticleIndex;
  /** The article list came from the device because the backend could not be reached. */
  stale: boolean;
}

/**
 * Loads the article list in the site's language and builds its index, or chooses server search
 * when the list is longer than `limit` or the backend has no index endpoint. Fails only when the
 * backend is unreachable and nothing at all could be loaded (no settings either).
 */
export async function loadLibrary(site: Site, limit: number): Promise<Library> {
  let stale = false;
  try {
    const list = await site.client.articles.index({ onStale: () => (stale = true) });
    if (list.items.length > limit) return { stale };
    return { index: await storedIndex(site, list.items), stale };
  } catch (error) {
    if (isHelpkitError(error) && error.retryable && !site.config) throw error;
    return { stale };
  }
}

/** Loads the built index stored for this exact article list, or builds and stores it (5× faster to load). */
async function storedIndex(site: Site, items: ArticleSummary[]): Promise<ArticleIndex> {
  const key = `search-index:${site.locale}`;
  // The index's version too: one stored by an older Helpkit holds other terms (no stems) for a word.
  const print = `v${INDEX_VERSION}:${fingerprint(items)}`;
  const stored = await site.client.cache.get<{ print: string; json: string }>(key).catch(() => undefined);
  if (stored?.print === print) {
    try {
      return new ArticleIndex(items, stored.json, { locale: site.locale });
    } catch {
      // A stored index from another version of the library: rebuild below.
    }
  }
  const index = new ArticleIndex(items, undefined, { locale: site.locale });
  void site.client.cache.put(key, { print, json: index.serialize() }).catch(() => undefined);
  return index;
}

/** The default `index-limit`: above this many articles, search on the server instead of the device. */
export const INDEX_LIMIT = 5000;

const libraries = new WeakMap<HelpkitClient, Promise<Library>>();

/**
 * The library for an element that has only its client view (the ticket form's suggestions): loaded
 * once per view and shared by every search it makes; a failed load is tried again next time.
 */
export function libraryFor(client: HelpkitClient, limit = INDEX_LIMIT): Promise<Library> {
  let library = libraries.get(client);
  if (!library) {
    library = loadLibrary({ client, locale: (client.locale ?? 'en') as Locale, stale: false }, limit);
    libraries.set(client, library);
    library.catch(() => libraries.delete(client));
  }
  return library;
}

/** For server results: the normalized words of `article` that start with a query word. */
export function termsIn(article: ArticleSummary, queryTerms: string[]): string[] {
  const words = `${article.title} ${article.excerpt}`.split(/[^\p{L}\p{N}\p{M}\u200c]+/u).map(normalize);
  return words.filter((w) => queryTerms.some((q) => w.startsWith(q)));
}
