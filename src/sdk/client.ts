import { Http, type HttpOptions } from './http.js';
import type { Context, Storage } from './context.js';
import { Store, type StorageChange } from './storage/store.js';
import { Drafts, type SaveOptions } from './storage/drafts.js';
import { MyItems } from './storage/items.js';
import { Outbox, type OutboxEvent, type OutboxInput } from './storage/outbox.js';
import { ownerScope } from './storage/owner.js';
import type { ItemRecord, ItemType, OutboxRecord } from './storage/schema.js';
import { articles } from './resources/articles.js';
import { attachments } from './resources/attachments.js';
import { tickets } from './resources/tickets.js';
import { callbacks } from './resources/callbacks.js';
import { cachedGetter } from './resources/cached.js';
import { newKey } from './http.js';
import type { CallbackInput, ReplyInput, SiteConfig, TicketInput } from './types.js';

export interface ClientOptions extends HttpOptions {
  /**
   * Send what the outbox holds when the client starts and whenever the browser comes back online.
   * Default true; turn off when several clients share one backend and only one should flush.
   */
  autoFlush?: boolean;
  /**
   * Keep drafts, the outbox and the customer's tickets and access tokens in IndexedDB, and offer a
   * remembered token to later calls. Default: true where IndexedDB exists (browsers), false
   * elsewhere (Node), so a server sharing one client among customers never reuses a token; there
   * drafts and the outbox live in memory and every call on a ticket needs its `token`.
   */
  remember?: boolean;
}

export type HelpkitClient = ReturnType<typeof createClient>;

/**
 * A client for one backend. In browsers it keeps drafts, the outbox and the customer's tickets in
 * IndexedDB (one database per base URL); in Node it keeps them in memory for the process.
 */
export function createClient(options: ClientOptions) {
  const http = new Http(options);
  const tabId = newKey();
  let opened: Promise<Storage> | undefined;
  let closed = false;
  const remember = options.remember ?? (typeof indexedDB !== 'undefined' || typeof window !== 'undefined');
  // Whose records storage calls see, from the identity in force now (memoized per token).
  let ownerOf: [string | undefined, string] = [undefined, ownerScope(undefined)];
  const owner = () => (ownerOf[0] === http.identity ? ownerOf[1] : (ownerOf = [http.identity, ownerScope(http.identity)])[1]);

  const ctx: Context = {
    http,
    storage: () => (opened ??= openStorage()),
  };
  const api = {
    articles: articles(ctx),
    attachments: attachments(ctx),
    tickets: tickets(ctx),
    callbacks: callbacks(ctx),
  };

  // What the outbox does with a stored submission: upload its files (once each), then create.
  async function sendQueued(record: OutboxRecord, save: (r: OutboxRecord) => Promise<void>): Promise<unknown> {
    const uploaded: string[] = [];
    for (const file of record.files) {
      if (!file.attachmentId) {
        const attachment = await api.attachments.upload(file.blob, { name: file.name, idempotencyKey: file.idempotencyKey });
        file.attachmentId = attachment.id;
        await save(record);
      }
      uploaded.push(file.attachmentId);
    }
    const earlier = (record.body.attachmentIds as string[] | undefined) ?? [];
    const body = uploaded.length ? { ...record.body, attachmentIds: [...earlier, ...uploaded] } : record.body;
    const opts = { idempotencyKey: record.idempotencyKey };
    switch (record.kind) {
      case 'ticket':
        return api.tickets.create(body as unknown as TicketInput, opts);
      case 'reply':
        return api.tickets.reply(record.ticketId!, body as unknown as ReplyInput, opts);
      case 'callback':
        return api.callbacks.request(body as unknown as CallbackInput, opts);
    }
  }

  async function openStorage(): Promise<Storage> {
    const store = await Store.open(http.baseUrl, { persist: remember });
    const drafts = new Drafts(store, tabId, owner);
    const items = new MyItems(store, owner, remember);
    const storage: Storage = { store, drafts, items, outbox: new Outbox(store, drafts, sendQueued, owner) };
    void drafts.purgeExpired().catch(() => undefined);
    void items.purgeExpired().catch(() => undefined);
    if (closed) storage.outbox.close();
    return storage;
  }

  // Subscribes once storage is open; the returned function unsubscribes, before or after that.
  function whenOpen(subscribe: (s: Storage) => () => void): () => void {
    let off: (() => void) | undefined;
    let cancelled = false;
    void ctx.storage().then((s) => {
      if (!cancelled) off = subscribe(s);
    });
    return () => {
      cancelled = true;
      off?.();
    };
  }

  const flush = () => ctx.storage().then((s) => s.outbox.flush());
  const onOnline = () => void flush().catch(() => undefined);
  const browser = typeof window !== 'undefined' && typeof window.addEventListener === 'function';
  const autoFlush = options.autoFlush !== false && browser;
  if (autoFlush) {
    window.addEventListener('online', onOnline);
    // Whatever an earlier page left queued goes out now (a microtask later, so listeners can attach).
    queueMicrotask(onOnline);
  }

  return {
    baseUrl: http.baseUrl,
    get locale() {
      return http.locale;
    },
    /** Changes Accept-Language for later calls. */
    setLocale(locale: string | undefined) {
      http.locale = locale;
    },
    /**
     * Sets or clears the signed-in customer's identity token (Helpkit-Identity). Drafts, the outbox
     * and remembered tickets follow it: calls see only this customer's (or, without one, the
     * anonymous visitor's), and queued entries are sent only under the identity that queued them.
     */
    setIdentity(identity: string | undefined) {
      const before = owner();
      http.identity = identity;
      // A customer who comes back: what they left queued goes out now, under their identity.
      if (autoFlush && owner() !== before) queueMicrotask(onOnline);
    },
    /** Whose stored data calls see now: `anonymous`, or an id derived from the identity token. */
    get owner(): string {
      return owner();
    },
    /**
     * Forgets this customer on this device for this backend: their drafts, queued submissions,
     * remembered tickets and callbacks with their access tokens. Other customers' data stays.
     */
    async forget(): Promise<void> {
      const s = await ctx.storage();
      await Promise.all([s.drafts.forget(), s.outbox.forget(), s.items.forgetAll()]);
    },
    /** Site settings in the client's locale; ETag-revalidated, and answered from storage when offline. */
    config: cachedGetter<SiteConfig>(ctx, '/config', () => `config:${http.locale ?? ''}`),
    ...api,

    drafts: {
      load: async <T = unknown>(key: string) => (await ctx.storage()).drafts.load<T>(key),
      // The owner is taken now, not once storage is open: words typed by one customer are theirs.
      save: <T>(key: string, data: T, opts?: SaveOptions) => {
        const by = owner();
        return ctx.storage().then((s) => s.drafts.save(key, data, opts, by));
      },
      discard: async (key: string) => (await ctx.storage()).drafts.discard(key),
    },

    /** This customer's tickets and callbacks that this browser created or opened from a link, newest first. */
    mine: {
      list: async (type?: ItemType): Promise<ItemRecord[]> => (await ctx.storage()).items.list(type),
      get: async (type: ItemType, id: string) => (await ctx.storage()).items.get(type, id),
      remember: async (type: ItemType, id: string, token: string) => (await ctx.storage()).items.remember(type, id, token),
      forget: async (type: ItemType, id: string) => (await ctx.storage()).items.forget(type, id),
    },

    outbox: {
      /** Stores a submission and sends it now or, if the network fails, later: exactly once either way. */
      submit: async <T = unknown>(input: OutboxInput) => (await ctx.storage()).outbox.submit<T>(input),
      flush,
      /** This customer's entries, oldest first; those with `attention` wait for `retry` or `discard`. */
      list: async () => (await ctx.storage()).outbox.list(),
      /** Sends an entry that needs attention again (as a new request), after the customer checked. */
      retry: async <T = unknown>(key: string) => (await ctx.storage()).outbox.retry<T>(key),
      /** Drops an entry unsent. */
      discard: async (key: string) => (await ctx.storage()).outbox.discard(key),
      on(event: OutboxEvent, listener: Parameters<Outbox['on']>[1]): () => void {
        return whenOpen((s) => s.outbox.on(event, listener));
      },
    },

    /** A small key-value cache beside the SDK's own (e.g. a built search index), per backend. */
    cache: {
      get: async <T = unknown>(key: string) => (await ctx.storage()).store.get('cache', `app:${key}`).then((r) => r?.data as T | undefined),
      put: async (key: string, data: unknown) =>
        (await ctx.storage()).store.put('cache', { key: `app:${key}`, data, storedAt: Date.now() }),
    },

    /** Changes to drafts, outbox, items or cache, from this tab or another. */
    onStorageChange(listener: (change: StorageChange) => void): () => void {
      return whenOpen((s) =>
        s.store.subscribe((change) => {
          // Drafts and items are stored under `<owner>\0<key>`: report the current customer's, by their own key.
          const cut = change.key.indexOf('\u0000');
          if (cut < 0) return listener(change);
          if (change.key.slice(0, cut) === owner()) listener({ ...change, key: change.key.slice(cut + 1) });
        }),
      );
    },

    /** True when storage is IndexedDB; false when it fell back to memory (Node, quota, blocked). */
    async persistent(): Promise<boolean> {
      return (await ctx.storage()).store.persistent;
    },

    /** Stops timers and listeners and closes the database. */
    close() {
      closed = true;
      if (browser) window.removeEventListener('online', onOnline);
      void opened?.then((s) => {
        s.outbox.close();
        s.store.close();
      });
    },
  };
}
