import { newKey, type CallOptions } from '../http.js';
import type { Article, ArticleFeedbackInput, ArticleList } from '../types.js';
import { enc, type Context, type CreateOptions } from '../context.js';
import { cachedGetter } from './cached.js';

export interface ArticleQuery {
  q?: string;
  category?: string;
  limit?: number;
}

export function articles(ctx: Context) {
  return {
    /** Server-side search, best match first. */
    search(query: ArticleQuery, opts: CallOptions = {}): Promise<ArticleList> {
      return ctx.http.json({ method: 'get', path: 'articles', searchParams: { ...query }, signal: opts.signal });
    },
    /** Every article summary, for searching on the device. ETag-revalidated and cached. */
    index: cachedGetter<ArticleList>(ctx, 'articles/index', () => `articles-index:${ctx.http.locale ?? ''}`),
    get(id: string, opts: CallOptions = {}): Promise<Article> {
      return ctx.http.json({ method: 'get', path: `articles/${enc(id)}`, signal: opts.signal });
    },
    async feedback(id: string, input: ArticleFeedbackInput, opts: CreateOptions = {}): Promise<void> {
      await ctx.http.json({
        method: 'post',
        path: `articles/${enc(id)}/feedback`,
        json: input,
        signal: opts.signal,
        idempotencyKey: opts.idempotencyKey ?? newKey(),
      });
    },
  };
}
