import { newKey, type CallOptions } from '../http.js';
import type { Callback, CallbackCreated, CallbackInput, CallbackReschedule, SlotList } from '../types.js';
import { shapes } from '../shape.js';
import { withToken, type AuthorizedOptions, type Context, type CreateOptions } from '../context.js';

export function callbacks(ctx: Context) {
  return {
    /** Bookable slots between `from` and `to` (ISO date-times); the backend's default is the next three days. */
    slots(range: { from?: string; to?: string } = {}, opts: CallOptions = {}): Promise<SlotList> {
      return ctx.http.json({ method: 'get', path: '/callbacks/slots', searchParams: range, signal: opts.signal, shape: shapes.slotList });
    },

    /** Books a call back (a slot, or `asap: true`) and remembers it for this browser. */
    async request(input: CallbackInput, opts: CreateOptions = {}): Promise<CallbackCreated> {
      const created = await ctx.http.json({
        method: 'post',
        path: '/callbacks',
        json: input,
        shape: shapes.callbackCreated,
        signal: opts.signal,
        idempotencyKey: opts.idempotencyKey ?? newKey(),
      });
      await (await ctx.storage()).tracked.remember('callback', created.callback.id, created.accessToken, {
        label: created.callback.scheduledFor ?? 'asap',
        expiresAt: created.accessTokenExpiresAt,
      });
      return created;
    },

    async get(id: string, opts: AuthorizedOptions = {}): Promise<Callback> {
      return withToken(ctx, 'callback', id, opts, (auth) =>
        ctx.http.json({ method: 'get', path: '/callbacks/{id}', params: { id }, shape: shapes.callback, ...auth }),
      );
    },

    /** Moves a scheduled call to another free slot (or to `asap`); ConflictError when it is too late or the slot was taken. */
    async reschedule(id: string, input: CallbackReschedule, opts: AuthorizedOptions = {}): Promise<Callback> {
      return withToken(ctx, 'callback', id, opts, (auth) =>
        ctx.http.json({ method: 'patch', path: '/callbacks/{id}', params: { id }, json: input, shape: shapes.callback, ...auth }),
      );
    },

    async cancel(id: string, opts: AuthorizedOptions = {}): Promise<void> {
      await withToken(ctx, 'callback', id, opts, (auth) => ctx.http.json({ method: 'delete', path: '/callbacks/{id}', params: { id }, ...auth }));
    },
  };
}
