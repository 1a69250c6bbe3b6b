import { openDB, type IDBPDatabase } from 'idb';
import { DB_VERSION, dbName, type HelpkitDB, type StoreName, type ValueOf } from './schema.js';
import { packBlobs, unpackBlobs } from './blobs.js';
import { ANONYMOUS } from './owner.js';

export interface StorageChange {
  store: StoreName;
  key: string;
  /** True when another tab or window made the change. */
  remote: boolean;
}

/**
 * Key-value access to the four stores. Backed by IndexedDB where it opens; any store or write that
 * fails (quota, a blocked or newer database, private modes, Node) falls back to memory for this page
 * so that typing and submitting never break. `persistent` says which one is in use.
 */
export class Store {
  private db?: IDBPDatabase<HelpkitDB>;
  private memory = new Map<string, unknown>();
  private listeners = new Set<(change: StorageChange) => void>();
  private channel?: BroadcastChannel;
  private warned = false;
  private closed = false;
  readonly name: string;

  private constructor(name: string) {
    this.name = name;
  }

  /** `persist: false` keeps everything in memory for this page or process (no IndexedDB, no other tabs). */
  static async open(baseUrl: string, options: { persist?: boolean } = {}): Promise<Store> {
    const store = new Store(dbName(baseUrl));
    const persist = options.persist ?? true;
    if (persist && typeof indexedDB !== 'undefined') {
      try {
        store.db = await openWithTimeout(store.name);
        store.db.addEventListener('versionchange', () => {
          // A newer widget on another tab needs to upgrade: step aside and keep working in memory.
          store.db?.close();
          store.db = undefined;
        });
      } catch (error) {
        store.warn('IndexedDB is unavailable; drafts and the outbox are kept for this page only.', error);
      }
    }
    if (persist && typeof BroadcastChannel !== 'undefined') {
      store.channel = new BroadcastChannel(store.name);
      store.channel.onmessage = (e: MessageEvent<{ store: StoreName; key: string }>) =>
        store.notify({ ...e.data, remote: true });
    }
    return store;
  }

  get persistent(): boolean {
    return this.db !== undefined;
  }

  subscribe(listener: (change: StorageChange) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  async get<S extends StoreName>(store: S, key: string): Promise<ValueOf<S> | undefined> {
    const local = this.memory.get(`${store}\u0000${key}`) as ValueOf<S> | undefined;
    if (local || !this.db) return local;
    try {
      return unpackBlobs((await this.db.get(store, key)) as ValueOf<S> | undefined);
    } catch (error) {
      this.warn('Reading from IndexedDB failed.', error);
      return undefined;
    }
  }

  async all<S extends StoreName>(store: S): Promise<ValueOf<S>[]> {
    const byKey = new Map<string, ValueOf<S>>();
    if (this.db) {
      try {
        for (const record of await this.db.getAll(store)) byKey.set(record.key, unpackBlobs(record as ValueOf<S>));
      } catch (error) {
        this.warn('Reading from IndexedDB failed.', error);
      }
    }
    const prefix = `${store}\u0000`;
    for (const [k, v] of this.memory) if (k.startsWith(prefix)) byKey.set(k.slice(prefix.length), v as ValueOf<S>);
    return [...byKey.values()];
  }

  /** The records whose key starts with `prefix` (one key range: large neighbours such as a search index are not read). */
  async prefixed<S extends StoreName>(store: S, prefix: string): Promise<ValueOf<S>[]> {
    const byKey = new Map<string, ValueOf<S>>();
    if (this.db) {
      try {
        const range = IDBKeyRange.bound(prefix, `${prefix}\uffff`);
        for (const record of await this.db.getAll(store, range)) byKey.set(record.key, unpackBlobs(record as ValueOf<S>));
      } catch (error) {
        this.warn('Reading from IndexedDB failed.', error);
      }
    }
    const from = `${store}\u0000${prefix}`;
    for (const [k, v] of this.memory) if (k.startsWith(from)) byKey.set(k.slice(store.length + 1), v as ValueOf<S>);
    return [...byKey.values()];
  }

  async put<S extends StoreName>(store: S, value: ValueOf<S>): Promise<void> {
    const packed = this.db ? await packBlobs(value) : value;
    await this.write(store, value.key, async (db) => {
      await db.put(store, packed as HelpkitDB[S]['value']);
    }, value);
  }

  async delete(store: StoreName, key: string): Promise<void> {
    this.memory.delete(`${store}\u0000${key}`);
    await this.write(store, key, (db) => db.delete(store, key), undefined);
  }

  /**
   * Reads and writes one record in a single transaction, so a check-then-write (e.g. a draft's
   * revision) cannot interleave with another tab's. `change` returns the new value, or undefined to
   * leave it. Blobs in the new value must be packed beforehand (`packBlobs`): the transaction
   * cannot wait for file reads.
   */
  async update<S extends StoreName>(
    store: S,
    key: string,
    change: (current: ValueOf<S> | undefined) => ValueOf<S> | undefined,
  ): Promise<ValueOf<S> | undefined> {
    const memKey = `${store}\u0000${key}`;
    if (this.db && !this.memory.has(memKey)) {
      try {
        const tx = this.db.transaction(store, 'readwrite');
        const current = (await tx.store.get(key)) as ValueOf<S> | undefined;
        const next = change(current);
        if (next) await tx.store.put(next as HelpkitDB[S]['value']);
        await tx.done;
        if (next) this.broadcast(store, key);
        return unpackBlobs(next ?? current);
      } catch (error) {
        this.warn('Writing to IndexedDB failed; keeping the change in memory.', error);
      }
    }
    const next = unpackBlobs(change(this.memory.get(memKey) as ValueOf<S> | undefined));
    if (next) {
      this.memory.set(memKey, next);
      this.broadcast(store, key, false);
    }
    return next ?? (this.memory.get(memKey) as ValueOf<S> | undefined);
  }

  close(): void {
    this.closed = true;
    this.channel?.close();
    this.db?.close();
    this.db = undefined; // later writes (a last draft save while a page unloads) go to memory quietly
    this.listeners.clear();
  }

  private async write(store: StoreName, key: string, run: (db: IDBPDatabase<HelpkitDB>) => Promise<unknown>, fallback: unknown) {
    const memKey = `${store}\u0000${key}`;
    if (this.db) {
      try {
        await run(this.db);
        this.memory.delete(memKey);
        this.broadcast(store, key);
        return;
      } catch (error) {
        this.warn('Writing to IndexedDB failed; keeping the change in memory.', error);
      }
    }
    if (fallback !== undefined) this.memory.set(memKey, fallback);
    this.broadcast(store, key, false);
  }

  private broadcast(store: StoreName, key: string, toOtherTabs = true) {
    if (this.closed) return;
    this.notify({ store, key, remote: false });
    if (toOtherTabs) this.channel?.postMessage({ store, key });
  }

  private notify(change: StorageChange) {
    for (const listener of this.listeners) {
      try {
        listener(change);
      } catch (error) {
        console.error(error);
      }
    }
  }

  private warn(message: string, error: unknown) {
    if (this.warned) return;
    this.warned = true;
    console.warn(`Helpkit: ${message}`, error);
  }
}

function openWithTimeout(name: string): Promise<IDBPDatabase<HelpkitDB>> {
  return new Promise((resolve, reject) => {
    // An open that stays blocked by another tab's old connection must not hold the widget hostage.
    let settled = false;
    const fail = (error: Error) => {
      settled = true;
      reject(error);
    };
    const timer = setTimeout(() => fail(new Error('IndexedDB open timed out')), 3000);
    openDB<HelpkitDB>(name, DB_VERSION, {
      async upgrade(db, oldVersion, _newVersion, tx) {
        if (oldVersion < 1) {
          db.createObjectStore('drafts', { keyPath: 'key' });
          db.createObjectStore('outbox', { keyPath: 'key' }).createIndex('byCreated', 'createdAt');
          db.createObjectStore('items', { keyPath: 'key' }).createIndex('byCreated', 'createdAt');
          db.createObjectStore('cache', { keyPath: 'key' });
        } else if (oldVersion < 2) {
          // Records of version 1 have no owner; see DB_VERSION for why drafts and items go.
          await tx.objectStore('drafts').clear();
          await tx.objectStore('items').clear();
          let cursor = await tx.objectStore('outbox').openCursor();
          while (cursor) {
            if (!cursor.value.owner) await cursor.update({ ...cursor.value, owner: ANONYMOUS });
            cursor = await cursor.continue();
          }
        }
      },
      blocked() {
        clearTimeout(timer);
        fail(new Error('IndexedDB upgrade is blocked by another tab'));
      },
    }).then(
      (db) => {
        clearTimeout(timer);
        resolve(db);
        // Opened after we gave up on it: nobody will use this connection.
        if (settled) db.close();
      },
      (error) => {
        clearTimeout(timer);
        fail(error);
      },
    );
  });
}
