import { isHelpkitError, type ArticleSummary } from '../sdk/index.js';
import { ArticleIndex, fingerprint } from '../search/article-index.js';
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
  const print = fingerprint(items);
  const stored = await site.client.cache.get<{ print: string; json: string }>(key).catch(() => undefined);
  if (stored?.print === print) {
    try {
      return new ArticleIndex(items, stored.json);
    } catch {
      // A stored index from another version of the library: rebuild below.
    }
  }
  const index = new ArticleIndex(items);
  void site.client.cache.put(key, { print, json: index.serialize() }).catch(() => undefined);
  return index;
}

/** For server results: the normalized words of `article` that start with a query word. */
export function termsIn(article: ArticleSummary, queryTerms: string[]): string[] {
  const words = `${article.title} ${article.excerpt}`.split(/[^\p{L}\p{N}\p{M}\u200c]+/u).map(normalize);
  return words.filter((w) => queryTerms.some((q) => w.startsWith(q)));
}
