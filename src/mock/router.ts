// The protocol's routes: who may call each one, and which module answers it.
import { ok, type Stored } from './answer.js';
import { articleFeedback, article, articleSummaries, searchArticles, type Feedback } from './articles.js';
import { sendAccessLinks, type SentEmail } from './access-links.js';
import type { Attachments } from './attachments.js';
import type { Callbacks } from './callbacks.js';
import type { Caller } from './caller.js';
import type { MockContext } from './context.js';
import { HttpProblem } from './problem.js';
import { parseObject, pickLocale } from './request.js';
import { siteConfig } from './site-config.js';
import type { Tickets } from './tickets.js';

/** Second path segments that name a route; any other is an `:id`. */
const FIXED_SEGMENTS = ['index', 'access-links', 'slots'];

export interface Routed {
  method: string;
  /** The path below the base, %-decoded, without empty segments. */
  segments: string[];
  url: URL;
  request: Request;
  /** The body's text as read once (JSON), or an upload's fingerprint. */
  body: string;
  caller: Caller;
}

export class Router {
  constructor(
    private ctx: MockContext,
    private parts: { tickets: Tickets; callbacks: Callbacks; attachments: Attachments; emails: SentEmail[]; feedback: Feedback[] },
  ) {}

  /**
   * Routes on one ticket or callback need its token (or, for tickets, the owner's identity).
   * Checked before an Idempotency-Key replay too, so a stored answer goes only to who may see it.
   */
  authorize({ segments: [a, b], caller, method, body }: Routed): void {
    const { tickets, callbacks } = this.parts;
    if (a === 'tickets' && b !== undefined && b !== 'access-links') tickets.authorized(b, caller);
    if (a === 'callbacks' && b !== undefined && b !== 'slots') callbacks.authorized(b, caller);
    // A callback linked to a ticket needs that ticket's credentials, also when it is a repeat.
    if (a === 'callbacks' && b === undefined && method === 'POST') {
      const ticketId = linkedTicketId(body);
      if (typeof ticketId === 'string') tickets.authorized(ticketId, caller, 403);
    }
  }

  async route({ method, segments, url, request, body, caller }: Routed): Promise<Stored> {
    const { tickets, callbacks, attachments } = this.parts;
    const locale = pickLocale(request.headers.get('Accept-Language'));
    const [a, b, c] = segments;
    const json = () => parseObject(body);
    const second = b === undefined ? undefined : FIXED_SEGMENTS.includes(b) ? b : ':id';
    const route = segments.length > 3 ? '' : `${method} /${[a, second, c].filter(Boolean).join('/')}`;
    const params = url.searchParams;

    switch (route) {
      case 'GET /config':
        return ok(siteConfig(this.ctx, locale), true);
      case 'GET /articles':
        return ok(searchArticles(locale, params));
      case 'GET /articles/index': {
        const items = articleSummaries(locale);
        return ok({ items, total: items.length }, true);
      }
      case 'GET /articles/:id':
        return ok(article(b!));
      case 'POST /articles/:id/feedback':
        return articleFeedback(b!, json(), this.parts.feedback);
      case 'POST /attachments':
        return attachments.upload(request, caller);
      case 'GET /tickets':
        return ok(tickets.list(caller, params));
      case 'POST /tickets':
        return tickets.create(json(), caller);
      case 'POST /tickets/access-links':
        return sendAccessLinks(this.ctx, tickets, json(), this.parts.emails);
      case 'GET /tickets/:id':
        return ok(tickets.authorized(b!, caller).ticket, true);
      case 'GET /tickets/:id/messages':
        return ok(tickets.messages(tickets.authorized(b!, caller), params));
      case 'POST /tickets/:id/messages':
        return tickets.reply(tickets.authorized(b!, caller), json(), caller);
      case 'POST /tickets/:id/escalations':
        return tickets.escalate(tickets.authorized(b!, caller), json());
      case 'POST /tickets/:id/satisfaction':
        return tickets.rate(tickets.authorized(b!, caller), json());
      case 'POST /tickets/:id/reopen':
        return tickets.reopen(tickets.authorized(b!, caller));
      case 'GET /callbacks/slots':
        return ok(callbacks.slots(params));
      case 'POST /callbacks':
        return callbacks.request(json(), caller);
      case 'GET /callbacks/:id':
        return ok(callbacks.authorized(b!, caller).callback);
      case 'PATCH /callbacks/:id':
        return callbacks.reschedule(callbacks.authorized(b!, caller), json());
      case 'DELETE /callbacks/:id':
        return callbacks.cancel(callbacks.authorized(b!, caller));
    }
    throw new HttpProblem(404, 'Not found', `No route for ${method} ${url.pathname.slice(this.ctx.settings.basePath.length)}`);
  }
}

/** The `ticketId` of a callback request's body, read leniently: the route answers malformed JSON. */
function linkedTicketId(body: string): unknown {
  try {
    return (JSON.parse(body) as { ticketId?: unknown } | null)?.ticketId;
  } catch {
    return undefined;
  }
}
