import type { HelpkitError } from '../errors.js';
import { newKey, type CallOptions } from '../http.js';
import type {
  Escalation,
  EscalationInput,
  Message,
  ReplyInput,
  Satisfaction,
  Ticket,
  TicketCreated,
  TicketInput,
  TicketList,
  MessageList,
} from '../types.js';
import { shapes } from '../shape.js';
import { withToken, type AuthorizedOptions, type Context, type CreateOptions } from '../context.js';
import { unreadIn, type TicketCopy } from '../storage/copies.js';
import { ownedKey } from '../storage/schema.js';
import { announce, groupName, watchShared, type WatchErrorInfo, type WatchInfo } from './watch.js';

/** Cursor pagination: `cursor` from the previous page's `nextCursor`, `limit` items per page. */
export interface PageQuery {
  cursor?: string;
  limit?: number;
}

export interface WatchOptions extends AuthorizedOptions {
  /** Milliseconds between polls while the page is visible (the polling tab's). Default 15000. */
  interval?: number;
  /**
   * Called when a poll fails, in every tab watching the ticket; polling goes on with backoff, except
   * after refused credentials (401/403), when it stops in every tab. `confirmedAt` dates what is shown.
   */
  onError?: (error: HelpkitError, info: WatchErrorInfo) => void;
}

/** Unread messages of the team (agent or bot) per ticket this customer follows on this device. */
export interface Unread {
  total: number;
  /** Every ticket with a known copy, by id; 0 when all is read. */
  byTicket: Record<string, number>;
}

/** Reads `#hk-ticket=<id>.<token>` from an e-mailed link (a URL, a hash or a fragment value). */
export function parseAccessLink(link: string): { id: string; token: string } | undefined {
  const hash = link.includes('#') ? link.slice(link.indexOf('#') + 1) : link;
  const value = new URLSearchParams(hash).get('hk-ticket');
  if (!value) return undefined;
  const dot = value.indexOf('.');
  const id = value.slice(0, dot);
  const token = value.slice(dot + 1);
  // A token that cannot be sent as a header would make every later call on the ticket fail.
  if (dot <= 0 || /^\.*$/.test(id) || !/^[\x21-\x7e]+$/.test(token)) return undefined;
  return { id, token };
}

/** Takes `hk-ticket` out of the address bar, so the token is not bookmarked, shared or synced. */
function clearAccessLinkFromAddressBar(): void {
  if (typeof location === 'undefined' || typeof history === 'undefined' || !location.hash) return;
  const params = new URLSearchParams(location.hash.slice(1));
  if (!params.has('hk-ticket')) return;
  params.delete('hk-ticket');
  const rest = params.toString();
  history.replaceState(history.state, '', `${location.pathname}${location.search}${rest ? `#${rest}` : ''}`);
}

/** A page address without query and fragment: they may hold tokens, e-mail addresses or order numbers. */
function originAndPath(pageUrl: string): string | undefined {
  try {
    const url = new URL(pageUrl);
    return url.protocol === 'https:' || url.protocol === 'http:' ? `${url.origin}${url.pathname}` : undefined;
  } catch {
    return undefined;
  }
}

export function tickets(ctx: Context) {
  // A call on ticket `id` with the caller's token or the remembered one.
  const on = <T>(id: string, opts: AuthorizedOptions, run: (auth: { token?: string; signal?: AbortSignal }) => Promise<T>) =>
    withToken(ctx, 'ticket', id, opts, run);

  // What every follow-up on a ticket sends besides its token: its id and an Idempotency-Key (so it may be retried).
  const followUp = (id: string, opts: CreateOptions) => ({
    method: 'post' as const,
    params: { id },
    idempotencyKey: opts.idempotencyKey ?? newKey(),
  });

  /**
   * A copy just read from the server: kept as the last known one (unless a newer is stored) and
   * handed to every watcher of the ticket, in this tab and others.
   */
  const share = async (ticket: Ticket, etag?: string) => {
    const at = ctx.http.clock.now();
    announce(groupName(ctx.http.baseUrl, ctx.owner(), ticket.id), ticket, etag, at);
    await (await ctx.storage()).copies.keep(ticket, etag, at).catch(() => false);
  };

  const api = {
    /** Files a ticket and remembers it (with its access token) for this browser. */
    async create(input: TicketInput, opts: CreateOptions = {}): Promise<TicketCreated> {
      const pageUrl = input.pageUrl === undefined ? undefined : originAndPath(input.pageUrl);
      const created = await ctx.http.json({
        method: 'post',
        path: '/tickets',
        json: { ...input, pageUrl },
        shape: shapes.ticketCreated,
        signal: opts.signal,
        idempotencyKey: opts.idempotencyKey ?? newKey(),
      });
      await (await ctx.storage()).tracked.remember('ticket', created.ticket.id, created.accessToken, {
        number: created.ticket.number,
        label: created.ticket.subject,
        expiresAt: created.accessTokenExpiresAt,
      });
      await share(created.ticket);
      return created;
    },

    /** Reads a ticket; the answer also becomes its last known copy and reaches its watchers. */
    async get(id: string, opts: AuthorizedOptions = {}): Promise<Ticket> {
      const answer = await on(id, opts, (auth) => ctx.http.request({ method: 'get', path: '/tickets/{id}', params: { id }, shape: shapes.ticket, ...auth }));
      await share(answer.data, answer.etag);
      return answer.data;
    },

    /** The signed-in customer's tickets, newest first, every page; needs the client's `identity`. */
    async list(opts: CallOptions = {}): Promise<Ticket[]> {
      const all: Ticket[] = [];
      let cursor: string | undefined;
      do {
        const page = await api.page({ cursor, limit: 100 }, opts);
        all.push(...page.items);
        // A cursor must move on; a backend that repeats one would otherwise loop forever.
        if (page.nextCursor === cursor) break;
        cursor = page.nextCursor;
      } while (cursor);
      return all;
    },

    /** One page of the signed-in customer's tickets; pass `nextCursor` back as `cursor` for the next. */
    async page(query: PageQuery = {}, opts: CallOptions = {}): Promise<TicketList> {
      const page = await ctx.http.json({ method: 'get', path: '/tickets', searchParams: query, signal: opts.signal, shape: shapes.ticketList });
      await Promise.all(page.items.map((ticket) => share(ticket)));
      return page;
    },

    /** One page of a ticket's messages, newest first; pass `nextCursor` back as `cursor` for older ones. */
    async messages(id: string, query: PageQuery = {}, opts: AuthorizedOptions = {}): Promise<MessageList> {
      return on(id, opts, (auth) =>
        ctx.http.json({ method: 'get', path: '/tickets/{id}/messages', params: { id }, searchParams: query, shape: shapes.messageList, ...auth }),
      );
    },

    async reply(id: string, input: ReplyInput, opts: CreateOptions = {}): Promise<Message> {
      return on(id, opts, (auth) => ctx.http.json({ ...followUp(id, opts), ...auth, path: '/tickets/{id}/messages', json: input, shape: shapes.message }));
    },

    /** Asks for escalation; ConflictError when the ticket cannot be escalated now. */
    async escalate(id: string, input: EscalationInput, opts: CreateOptions = {}): Promise<Escalation> {
      return on(id, opts, (auth) => ctx.http.json({ ...followUp(id, opts), ...auth, path: '/tickets/{id}/escalations', json: input, shape: shapes.escalation }));
    },

    async rate(id: string, input: Satisfaction, opts: CreateOptions = {}): Promise<Satisfaction> {
      return on(id, opts, (auth) => ctx.http.json({ ...followUp(id, opts), ...auth, path: '/tickets/{id}/satisfaction', json: input, shape: shapes.satisfaction }));
    },

    async reopen(id: string, opts: CreateOptions = {}): Promise<Ticket> {
      const ticket = await on(id, opts, (auth) => ctx.http.json({ ...followUp(id, opts), ...auth, path: '/tickets/{id}/reopen', shape: shapes.ticket }));
      await share(ticket);
      return ticket;
    },

    /** Asks the backend to e-mail the customer links to their tickets. Never says whether the address is known. */
    async requestAccessLinks(email: string, opts: CreateOptions = {}): Promise<void> {
      await ctx.http.json({
        method: 'post',
        path: '/tickets/access-links',
        json: { email },
        signal: opts.signal,
        idempotencyKey: opts.idempotencyKey ?? newKey(),
      });
    },

    /**
     * Remembers the ticket named in an access link (`#hk-ticket=<id>.<token>`); returns its id.
     * Removes the link from the address bar at once (history.replaceState), valid or not.
     */
    async openLink(link: string): Promise<string | undefined> {
      const parsed = parseAccessLink(link);
      clearAccessLinkFromAddressBar();
      if (!parsed) return undefined;
      await (await ctx.storage()).tracked.remember('ticket', parsed.id, parsed.token);
      return parsed.id;
    },

    /**
     * Follows a ticket: calls `onChange` with the last known copy, then with every change. Polls with
     * If-None-Match, at once when the page shows again or the browser comes back online, never while
     * hidden. One poller per ticket and customer serves every tab and watcher of this browser; the
     * others hear its answers. An answer older than what was already seen is ignored. Returns `stop`.
     */
    watch(id: string, onChange: (ticket: Ticket, info: WatchInfo) => void, opts: WatchOptions = {}): () => void {
      return watchShared(ctx, {
        id,
        interval: opts.interval ?? 15_000,
        poll: async (etag, signal) => {
          const answer = await on(id, { ...opts, signal }, (auth) =>
            ctx.http.request({ method: 'get', path: '/tickets/{id}', params: { id }, shape: shapes.ticket, etag, token: auth.token, signal }),
          );
          return answer.notModified ? {} : { ticket: answer.data, etag: answer.etag };
        },
        keep: async (ticket, etag, at) => (await ctx.storage()).copies.keep(ticket, etag, at),
        stored: async () => (await ctx.storage()).copies.get(id),
        onChange,
        onError: opts.onError,
        signal: opts.signal,
      });
    },

    /** The ticket as last received on this device (status, steps, messages), for showing it offline. */
    async lastKnown(id: string): Promise<TicketCopy | undefined> {
      return (await ctx.storage()).copies.get(id);
    },

    /** Every ticket this customer has a last known copy of on this device, most recently updated first. */
    async known(): Promise<TicketCopy[]> {
      return (await ctx.storage()).copies.all();
    },

    /**
     * Remembers that the customer has seen the ticket up to `messageId` (default: its newest message;
     * read from the server first when the device has no copy). A mark never moves back.
     */
    async markRead(id: string, messageId?: string, opts: AuthorizedOptions = {}): Promise<void> {
      const copies = (await ctx.storage()).copies;
      if (messageId === undefined && !(await copies.get(id))) await api.get(id, opts);
      await copies.markSeen(id, messageId);
    },

    /** Unread messages of the team, per ticket and in all, from the last known copies (no request). */
    async unread(): Promise<Unread> {
      const byTicket: Record<string, number> = {};
      let total = 0;
      for (const copy of await api.known()) {
        const count = unreadIn(copy.ticket, copy.seen);
        byTicket[copy.ticket.id] = count;
        total += count;
      }
      return { total, byTicket };
    },

    /**
     * Calls `listener` with the new counts whenever they change: a new copy or a mark, from this tab
     * or another, or another customer signing in. Returns the unsubscribe.
     */
    onUnreadChange(listener: (unread: Unread) => void): () => void {
      let last: string | undefined;
      let running = false;
      let again = false;
      let closed = false;
      const canonical = (u: Unread) => JSON.stringify([u.total, Object.entries(u.byTicket).sort(([a], [b]) => (a < b ? -1 : 1))]);
      const check = async () => {
        if (running) return void (again = true);
        running = true;
        try {
          do {
            again = false;
            const now = await api.unread().catch(() => undefined);
            if (!now || closed) continue;
            const text = canonical(now);
            if (last !== undefined && text !== last) listener(now);
            last = text;
          } while (again && !closed);
        } finally {
          running = false;
        }
      };
      void check(); // what the counts are now, to compare changes with
      let offStore: (() => void) | undefined;
      void ctx.storage().then((storage) => {
        if (closed) return;
        offStore = storage.store.subscribe((change) => {
          if (change.store === 'cache' && change.key.startsWith(ownedKey(ctx.owner(), 'ticket:'))) void check();
        });
      });
      const offOwner = ctx.onOwnerChange(() => void check());
      return () => {
        closed = true;
        offOwner();
        offStore?.();
      };
    },
  };
  return api;
}
