import { isHelpkitError, type HelpkitError } from '../errors.js';
import type { CallOptions, PathFor, PlainPath, RequestSpec } from '../http.js';
import type { Context } from '../context.js';
import type { Shape } from '../shape.js';

export interface CachedOptions extends CallOptions {
  /** Skip the stored copy and its ETag. */
  fresh?: boolean;
  /** Called when the network failed and the stored copy answered instead (offline, 5xx…). */
  onStale?: (error: HelpkitError) => void;
}

const memory = new WeakMap<Context, Map<string, { etag?: string; data: unknown }>>();

/**
 * GET with ETag revalidation, kept in memory and in storage: a 304 costs no body, and when the
 * network fails a stored copy still answers (the customer sees yesterday's FAQ rather than an error).
 */
export async function cachedGet<T, P extends PathFor<'get'> = PathFor<'get'>>(
  ctx: Context,
  route: Pick<RequestSpec<'get', P>, 'path' | 'params'>,
  key: string,
  opts: CachedOptions = {},
  shape?: Shape,
): Promise<T> {
  let inMemory = memory.get(ctx);
  if (!inMemory) memory.set(ctx, (inMemory = new Map()));
  const storage = await ctx.storage();
  let cached = (inMemory.get(key) ?? (await storage.store.get('cache', key))) as { etag?: string; data: T } | undefined;
  const fallback = cached;
  if (opts.fresh) cached = undefined;
  try {
    const answer = await ctx.http.request({ method: 'get', ...route, signal: opts.signal, etag: cached?.etag, shape } as RequestSpec<'get', P>);
    if (answer.notModified && cached) return cached.data;
    inMemory.set(key, { etag: answer.etag, data: answer.data });
    await storage.store.put('cache', { key, etag: answer.etag, data: answer.data, storedAt: ctx.http.clock.now() });
    return answer.data;
  } catch (error) {
    if (fallback && isHelpkitError(error) && error.retryable) {
      opts.onStale?.(error);
      return fallback.data;
    }
    throw error;
  }
}

/** A `cachedGet` bound to one path, keyed by what `key()` says now (e.g. the locale). */
export function cachedGetter<T>(ctx: Context, path: PlainPath<'get'>, key: () => string, shape?: Shape) {
  return (opts: CachedOptions = {}): Promise<T> => cachedGet<T>(ctx, { path } as RequestSpec<'get'>, key(), opts, shape);
}
