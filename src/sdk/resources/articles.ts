import { newKey, type CallOptions } from '../http.js';
import type { Article, ArticleFeedbackInput, ArticleList } from '../types.js';
import type { Context, CreateOptions } from '../context.js';
import { cachedGet, cachedGetter, type CachedOptions } from './cached.js';
import { shapes } from '../shape.js';

export interface ArticleQuery {
  q?: string;
  category?: string;
  limit?: number;
}

export function articles(ctx: Context) {
  return {
    /** Server-side search, best match first. */
    search(query: ArticleQuery, opts: CallOptions = {}): Promise<ArticleList> {
      return ctx.http.json({ method: 'get', path: '/articles', searchParams: { ...query }, signal: opts.signal, shape: shapes.articleList });
    },
    /** Every article summary, for searching on the device. ETag-revalidated and cached. */
    index: cachedGetter<ArticleList>(ctx, '/articles/index', () => `articles-index:${ctx.http.locale ?? ''}`, shapes.articleList),
    /** One article. The last copy read is kept, and answers when the network is gone. */
    async get(id: string, opts: CachedOptions = {}): Promise<Article> {
      return cachedGet(ctx, { path: '/articles/{id}', params: { id } }, `article:${id}:${ctx.http.locale ?? ''}`, opts, shapes.article);
    },
    /** Records whether an article helped; remembered so the question is asked once per browser. */
    async feedback(id: string, input: ArticleFeedbackInput, opts: CreateOptions = {}): Promise<void> {
      await ctx.http.json({
        method: 'post',
        path: '/articles/{id}/feedback',
        params: { id },
        json: input,
        signal: opts.signal,
        idempotencyKey: opts.idempotencyKey ?? newKey(),
      });
      await (await ctx.storage()).store.put('cache', { key: `feedback:${id}`, data: input.helpful, storedAt: ctx.http.clock.now() });
    },
    /** Whether this browser already said if the article helped (true/false), or undefined. */
    async feedbackGiven(id: string): Promise<boolean | undefined> {
      return (await (await ctx.storage()).store.get('cache', `feedback:${id}`))?.data as boolean | undefined;
    },
  };
}
