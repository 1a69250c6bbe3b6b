import type { Context } from './context.js';
import { Core, type ClientOptions } from './core.js';
import type { Http } from './http.js';
import type { StorageChange } from './storage/store.js';
import { articles } from './resources/articles.js';
import { attachments } from './resources/attachments.js';
import { tickets } from './resources/tickets.js';
import { callbacks } from './resources/callbacks.js';
import { cachedGetter } from './resources/cached.js';
import type { SiteConfig } from './types.js';

export type { ClientOptions } from './core.js';

/** What a view may set differently from the client it was made from. */
export interface ViewOptions {
  /** Accept-Language of the view's calls (and the key of its cached config and articles). */
  locale?: string;
}

/**
 * A client for one backend, or a view of one (see `with`). In browsers it keeps drafts, the outbox
 * and the customer's tickets in IndexedDB (one database per base URL); in Node it keeps them in
 * memory for the process.
 */
export class HelpkitClient {
  readonly #core: Core;
  readonly #http: Http;
  readonly baseUrl: string;
  readonly articles: ReturnType<typeof articles>;
  readonly attachments: ReturnType<typeof attachments>;
  readonly tickets: ReturnType<typeof tickets>;
  readonly callbacks: ReturnType<typeof callbacks>;
  /** Site settings in this view's locale; ETag-revalidated, and answered from storage when offline. */
  readonly config: ReturnType<typeof cachedGetter<SiteConfig>>;
  /** Saved forms, per customer; shared by every view. */
  readonly drafts: Core['drafts'];
  /** This customer's tickets and callbacks that this device created or opened from a link, newest first, with their tokens. */
  readonly tracked: Core['tracked'];
  /** Submissions that must reach the server exactly once; one outbox for every view. */
  readonly outbox: Core['outbox'];
  /** A small key-value cache beside the SDK's own (e.g. a built search index), per backend. */
  readonly cache: Core['cache'];

  /** Use `createClient`; views come from `client.with(…)`. */
  constructor(core: Core, http: Http) {
    this.#core = core;
    this.#http = http;
    this.baseUrl = http.baseUrl;
    const ctx: Context = core.context(http);
    this.articles = articles(ctx);
    this.attachments = attachments(ctx);
    this.tickets = tickets(ctx);
    this.callbacks = callbacks(ctx);
    this.config = cachedGetter<SiteConfig>(ctx, '/config', () => `config:${http.locale ?? ''}`);
    this.drafts = core.drafts;
    this.tracked = core.tracked;
    this.outbox = core.outbox;
    this.cache = core.cache;
  }

  /**
   * A view of this client that differs only in `locale` (Accept-Language, and the cached config and
   * articles it reads). It shares transport, identity, storage, drafts, tracked tickets, outbox,
   * cache and listeners; it is cheap, so make one per element or per language.
   */
  with(options: ViewOptions): HelpkitClient {
    return new HelpkitClient(this.#core, this.#http.withLocale('locale' in options ? options.locale : this.locale));
  }

  /** Accept-Language of this view's calls. */
  get locale(): string | undefined {
    return this.#http.locale;
  }

  /**
   * Sets or clears the signed-in customer's identity token (Helpkit-Identity), for every view of the
   * client. Drafts, the outbox and tracked tickets follow it: calls see only this customer's (or,
   * without one, the anonymous visitor's), and queued entries are sent only under the identity that
   * queued them.
   */
  setIdentity(identity: string | undefined): void {
    this.#core.setIdentity(identity);
  }

  /** Whose stored data calls see now: `anonymous`, or an id derived from the identity token. */
  get owner(): string {
    return this.#core.owner();
  }

  /**
   * Calls `listener` with the new owner whenever `setIdentity` (on any view) hands the client to
   * another customer; a refreshed token of the same customer is no change. Returns the unsubscribe.
   */
  onOwnerChange(listener: (owner: string) => void): () => void {
    return this.#core.onOwnerChange(listener);
  }


  /**
   * Forgets this customer on this device for this backend: their drafts, queued submissions,
   * tracked tickets and callbacks with their access tokens. Other customers' data stays.
   */
  forget(): Promise<void> {
    return this.#core.forget();
  }

  /** Changes to drafts, outbox, tracked items or cache, from this tab or another. */
  onStorageChange(listener: (change: StorageChange) => void): () => void {
    return this.#core.onStorageChange(listener);
  }

  /** True when storage is IndexedDB; false when it fell back to memory (Node, quota, blocked). */
  async persistent(): Promise<boolean> {
    return (await this.#core.storage()).store.persistent;
  }

  /** Stops timers and listeners and closes the database: of the whole client, whichever view it is called on. */
  close(): void {
    this.#core.close();
  }
}

/** A client for one backend. */
export function createClient(options: ClientOptions): HelpkitClient {
  const core = new Core(options);
  return new HelpkitClient(core, core.http);
}
