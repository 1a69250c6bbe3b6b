import { isAuthError, isHelpkitError, isAbortError, type HelpkitError } from '../errors.js';
import { anySignal, newKey, type CallOptions } from '../http.js';
import { backoffDelay } from '../backoff.js';
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

/** Cursor pagination: `cursor` from the previous page's `nextCursor`, `limit` items per page. */
export interface PageQuery {
  cursor?: string;
  limit?: number;
}

export interface WatchOptions extends AuthorizedOptions {
  /** Milliseconds between polls while the page is visible. Default 15000. */
  interval?: number;
  /** Called when a poll fails; polling goes on with backoff. */
  onError?: (error: HelpkitError) => void;
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
      return created;
    },

    async get(id: string, opts: AuthorizedOptions = {}): Promise<Ticket> {
      return on(id, opts, (auth) => ctx.http.json({ method: 'get', path: '/tickets/{id}', params: { id }, shape: shapes.ticket, ...auth }));
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
      return ctx.http.json({ method: 'get', path: '/tickets', searchParams: query, signal: opts.signal, shape: shapes.ticketList });
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
      return on(id, opts, (auth) => ctx.http.json({ ...followUp(id, opts), ...auth, path: '/tickets/{id}/reopen', shape: shapes.ticket }));
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
     * Polls the ticket with If-None-Match and calls `onChange` with the first copy and every change.
     * Skips polls while the page is hidden and polls at once when it shows again. Returns `stop`.
     */
    watch(id: string, onChange: (ticket: Ticket) => void, opts: WatchOptions = {}): () => void {
      const interval = opts.interval ?? 15_000;
      const stopper = new AbortController();
      const signal = opts.signal ? anySignal(opts.signal, stopper.signal) : stopper.signal;
      let wake: (() => void) | undefined;
      const onVisible = () => {
        if (document.visibilityState === 'visible') wake?.();
      };
      const hasDocument = typeof document !== 'undefined';
      if (hasDocument) document.addEventListener('visibilitychange', onVisible);

      void (async () => {
        let etag: string | undefined;
        let failures = 0;
        while (!signal.aborted) {
          if (!hasDocument || document.visibilityState !== 'hidden') {
            try {
              const answer = await on(id, opts, (auth) =>
                ctx.http.request({ method: 'get', path: '/tickets/{id}', params: { id }, shape: shapes.ticket, etag, token: auth.token, signal }),
              );
              failures = 0;
              if (!answer.notModified) {
                etag = answer.etag;
                onChange(answer.data);
              }
            } catch (error) {
              if (isAbortError(error) || signal.aborted) break;
              failures++;
              if (isHelpkitError(error)) opts.onError?.(error);
              // Refused credentials do not mend by waiting (an expired identity was already refreshed).
              if (isAuthError(error)) break;
            }
          }
          const wait = failures ? backoffDelay(failures, { first: interval * 2, cap: 5 * 60_000 }) : interval;
          await new Promise<void>((resolve) => {
            wake = resolve;
            ctx.http.clock.sleep(wait, signal).then(resolve, resolve);
          });
          wake = undefined;
        }
      })();

      return () => {
        stopper.abort();
        if (hasDocument) document.removeEventListener('visibilitychange', onVisible);
      };
    },
  };
  return api;
}
