import { isAuthError } from './errors.js';
import type { Http, CallOptions } from './http.js';
import type { Drafts } from './storage/drafts.js';
import type { Tracked } from './storage/tracked.js';
import type { Outbox } from './storage/outbox.js';
import type { Store } from './storage/store.js';
import type { TicketCopies } from './storage/copies.js';
import type { TrackedType } from './storage/schema.js';

export interface Storage {
  store: Store;
  drafts: Drafts;
  tracked: Tracked;
  outbox: Outbox;
  copies: TicketCopies;
}

/** What every resource module is given: the HTTP layer, (lazily opened) storage and whose data it is. */
export interface Context {
  http: Http;
  storage: () => Promise<Storage>;
  /** Whose stored data calls see now (see ownerScope). */
  owner: () => string;
  /** Calls `listener` when another customer's identity takes over; returns the unsubscribe. */
  onOwnerChange: (listener: (owner: string) => void) => () => void;
}

/** Options of calls on a ticket or callback. */
export interface AuthorizedOptions extends CallOptions {
  /** The access token; without it the SDK uses the one it stored when the item was created. */
  token?: string;
}

/** Options of creating calls. */
export interface CreateOptions extends AuthorizedOptions {
  /** Sent as Idempotency-Key. Generated when absent and reused on every retry. */
  idempotencyKey?: string;
}

export async function tokenFor(ctx: Context, type: TrackedType, id: string, token?: string): Promise<string | undefined> {
  if (token) return token;
  return (await ctx.storage()).tracked.token(type, id);
}

const ACCESS_TOKEN_EXPIRED = 'https://helpkit.dev/problems/access-token-expired';

/**
 * Runs a call on a ticket or callback with the caller's token or the one remembered for it. A
 * remembered token the backend calls expired or revoked is forgotten (as the protocol says), so it
 * is never offered again.
 */
export async function withToken<T>(
  ctx: Context,
  type: TrackedType,
  id: string,
  opts: AuthorizedOptions,
  run: (auth: { token?: string; signal?: AbortSignal }) => Promise<T>,
): Promise<T> {
  const stored = opts.token ? undefined : await tokenFor(ctx, type, id);
  try {
    return await run({ token: opts.token ?? stored, signal: opts.signal });
  } catch (error) {
    if (stored && isAuthError(error) && error.problem?.type === ACCESS_TOKEN_EXPIRED) {
      await (await ctx.storage()).tracked.forget(type, id).catch(() => undefined);
    }
    throw error;
  }
}
