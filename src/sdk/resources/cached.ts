import { isHelpkitError } from '../errors.js';
import type { CallOptions } from '../http.js';
import type { Context } from '../context.js';

/**
 * GET with ETag revalidation, kept in memory and in storage: a 304 costs no body, and when the
 * network fails a stored copy still answers (the customer sees yesterday's FAQ rather than an error).
 */
export function cachedGetter<T>(ctx: Context, path: string, cacheKey: () => string) {
  const memory = new Map<string, { etag?: string; data: T }>();
  return async (opts: CallOptions & { fresh?: boolean } = {}): Promise<T> => {
    const key = cacheKey();
    const storage = await ctx.storage();
    let cached = memory.get(key) ?? ((await storage.store.get('cache', key)) as { etag?: string; data: T } | undefined);
    if (opts.fresh) cached = undefined;
    try {
      const res = await ctx.http.request<T>({ method: 'get', path, signal: opts.signal, etag: cached?.etag });
      if (res.notModified && cached) return cached.data;
      const entry = { etag: res.etag, data: res.data };
      memory.set(key, entry);
      if (res.etag) await storage.store.put('cache', { key, etag: res.etag, data: res.data, storedAt: Date.now() });
      return res.data;
    } catch (error) {
      if (cached && isHelpkitError(error) && error.retryable) return cached.data;
      throw error;
    }
  };
}
