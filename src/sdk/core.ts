// What every view of one client shares: transport and identity (through Http), storage, drafts,
// tracked tickets, the outbox, the cache and the listeners. Views differ only in their locale.
import { Http, newKey, type HttpOptions } from './http.js';
import type { Context, Storage } from './context.js';
import { Store, type StorageChange } from './storage/store.js';
import { Drafts, type SaveOptions } from './storage/drafts.js';
import { Tracked } from './storage/tracked.js';
import { TicketCopies } from './storage/copies.js';
import { Outbox, type OutboxEvent, type OutboxInput } from './storage/outbox.js';
import { ownerScope } from './storage/owner.js';
import { forgetTabCopies } from './storage/tab-copies.js';
import type { TrackedRecord, TrackedType, OutboxRecord } from './storage/schema.js';
import { attachments } from './resources/attachments.js';
import { tickets } from './resources/tickets.js';
import { callbacks } from './resources/callbacks.js';
import type { CallbackInput, ReplyInput, TicketInput } from './types.js';

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

export class Core {
  readonly http: Http;
  readonly storage: () => Promise<Storage>;
  private opened?: Promise<Storage>;
  private closed = false;
  private readonly tabId = newKey();
  private readonly remember: boolean;
  private readonly browser = typeof window !== 'undefined' && typeof window.addEventListener === 'function';
  private readonly autoFlush: boolean;
  // Whose records storage calls see, from the identity in force now (memoized per token).
  private ownerOf: [string | undefined, string] = [undefined, ownerScope(undefined)];
  private readonly onOnline = () => void this.outbox.flush().catch(() => undefined);
  // The outbox sends through the root view: views differ only in Accept-Language, and a
  // submission's body names its own locale.
  private readonly send: { attachments: ReturnType<typeof attachments>; tickets: ReturnType<typeof tickets>; callbacks: ReturnType<typeof callbacks> };

  constructor(options: ClientOptions) {
    this.http = new Http(options);
    const ctx = this.context();
    this.send = { attachments: attachments(ctx), tickets: tickets(ctx), callbacks: callbacks(ctx) };
    this.remember = options.remember ?? (typeof indexedDB !== 'undefined' || typeof window !== 'undefined');
    this.storage = () => (this.opened ??= this.openStorage());
    this.autoFlush = options.autoFlush !== false && this.browser;
    if (this.autoFlush) {
      window.addEventListener('online', this.onOnline);
      // Whatever an earlier page left queued goes out now (a microtask later, so listeners can attach).
      queueMicrotask(this.onOnline);
    }
  }

  readonly owner = (): string => {
    const identity = this.http.identity;
    if (this.ownerOf[0] !== identity) this.ownerOf = [identity, ownerScope(identity)];
    return this.ownerOf[1];
  };

  setIdentity(identity: string | undefined): void {
    const before = this.owner();
    this.http.identity = identity;
    const after = this.owner();
    if (after === before) return;
    // A customer who comes back: what they left queued goes out now, under their identity.
    if (this.autoFlush) queueMicrotask(this.onOnline);
    for (const listener of [...this.ownerListeners]) listener(after);
  }

  private ownerListeners = new Set<(owner: string) => void>();

  /** Calls `listener` whenever another customer's identity takes over (not for a refreshed token). */
  onOwnerChange(listener: (owner: string) => void): () => void {
    this.ownerListeners.add(listener);
    return () => void this.ownerListeners.delete(listener);
  }

  context(http: Http = this.http): Context {
    return { http, storage: () => this.storage(), owner: this.owner, onOwnerChange: (listener) => this.onOwnerChange(listener) };
  }

  /** Subscribes once storage is open; the returned function unsubscribes, before or after that. */
  whenOpen(subscribe: (storage: Storage) => () => void): () => void {
    let off: (() => void) | undefined;
    let cancelled = false;
    void this.storage().then((storage) => {
      if (!cancelled) off = subscribe(storage);
    });
    return () => {
      cancelled = true;
      off?.();
    };
  }

  readonly drafts = {
    load: async <T = unknown>(key: string) => (await this.storage()).drafts.load<T>(key),
    // The owner is taken now, not once storage is open: words typed by one customer are theirs.
    save: <T>(key: string, data: T, opts?: SaveOptions) => {
      const by = this.owner();
      return this.storage().then((storage) => storage.drafts.save(key, data, opts, by));
    },
    discard: async (key: string) => (await this.storage()).drafts.discard(key),
  };

  /** This customer's tickets and callbacks that this device created or opened from a link, newest first. */
  readonly tracked = {
    list: async (type?: TrackedType): Promise<TrackedRecord[]> => (await this.storage()).tracked.list(type),
    get: async (type: TrackedType, id: string) => (await this.storage()).tracked.get(type, id),
    remember: async (type: TrackedType, id: string, token: string) => (await this.storage()).tracked.remember(type, id, token),
    forget: async (type: TrackedType, id: string) => (await this.storage()).tracked.forget(type, id),
  };

  readonly outbox = {
    /** Stores a submission and sends it now or, if the network fails, later: exactly once either way. */
    submit: async <T = unknown>(input: OutboxInput) => (await this.storage()).outbox.submit<T>(input),
    flush: async () => (await this.storage()).outbox.flush(),
    /** This customer's entries, oldest first; those with `attention` wait for `retry` or `discard`. */
    list: async () => (await this.storage()).outbox.list(),
    /** Sends an entry that needs attention again (as a new request), after the customer checked. */
    retry: async <T = unknown>(key: string) => (await this.storage()).outbox.retry<T>(key),
    /** Drops an entry unsent. */
    discard: async (key: string) => (await this.storage()).outbox.discard(key),
    on: (event: OutboxEvent, listener: Parameters<Outbox['on']>[1]): (() => void) => this.whenOpen((storage) => storage.outbox.on(event, listener)),
  };

  /** A small key-value cache beside the SDK's own (e.g. a built search index), per backend. */
  readonly cache = {
    get: async <T = unknown>(key: string) => (await this.storage()).store.get('cache', `app:${key}`).then((record) => record?.data as T | undefined),
    put: async (key: string, data: unknown) =>
      (await this.storage()).store.put('cache', { key: `app:${key}`, data, storedAt: this.http.clock.now() }),
  };

  onStorageChange(listener: (change: StorageChange) => void): () => void {
    return this.whenOpen((storage) =>
      storage.store.subscribe((change) => {
        // Drafts and tracked items are stored under `<owner>\0<key>`: report the current customer's, by their own key.
        const cut = change.key.indexOf('\u0000');
        if (cut < 0) return listener(change);
        if (change.key.slice(0, cut) === this.owner()) listener({ ...change, key: change.key.slice(cut + 1) });
      }),
    );
  }

  async forget(): Promise<void> {
    const storage = await this.storage();
    forgetTabCopies(this.http.baseUrl, this.owner());
    await Promise.all([storage.drafts.forget(), storage.outbox.forget(), storage.tracked.forgetAll(), storage.copies.forgetAll()]);
  }

  close(): void {
    this.closed = true;
    if (this.browser) window.removeEventListener('online', this.onOnline);
    void this.opened?.then((storage) => {
      storage.outbox.close();
      storage.store.close();
    });
  }

  // What the outbox does with a stored submission: upload its files (once each), then create.
  private async sendQueued(record: OutboxRecord, save: (record: OutboxRecord) => Promise<void>): Promise<unknown> {
    const uploaded: string[] = [];
    for (const file of record.files) {
      if (!file.attachmentId) {
        const attachment = await this.send.attachments.upload(file.blob, { name: file.name, idempotencyKey: file.idempotencyKey });
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
        return this.send.tickets.create(body as unknown as TicketInput, opts);
      case 'reply':
        return this.send.tickets.reply(record.ticketId!, body as unknown as ReplyInput, opts);
      case 'callback':
        return this.send.callbacks.request(body as unknown as CallbackInput, opts);
    }
  }

  private async openStorage(): Promise<Storage> {
    const clock = this.http.clock;
    const store = await Store.open(this.http.baseUrl, { persist: this.remember });
    const drafts = new Drafts(store, this.tabId, this.owner, clock);
    const tracked = new Tracked(store, this.owner, this.remember, clock);
    const outbox = new Outbox(store, drafts, (record, save) => this.sendQueued(record, save), this.owner, clock);
    const copies = new TicketCopies(store, this.owner, this.remember, clock);
    void drafts.purgeExpired().catch(() => undefined);
    void tracked.purgeExpired().catch(() => undefined);
    if (this.closed) outbox.close();
    return { store, drafts, tracked, outbox, copies };
  }
}
