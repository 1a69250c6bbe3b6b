// POST /tickets/access-links: e-mails a customer a fresh link to each of their tickets, without
// telling the caller whether the address has any.
import { codePoints, isEmail, LIMITS } from '../sdk/rules.js';
import { empty, type Stored } from './answer.js';
import type { MockContext } from './context.js';
import { invalidEmail } from './fields.js';
import { invalid } from './problem.js';
import { mailbox } from './rate-limit.js';
import type { Tickets } from './tickets.js';

export interface SentEmail {
  to: string;
  links: string[];
}

export function sendAccessLinks(ctx: MockContext, tickets: Tickets, input: Record<string, unknown>, outbox: SentEmail[]): Stored {
  const email = typeof input.email === 'string' ? input.email.trim().toLowerCase() : '';
  if (!isEmail(email)) throw invalid([invalidEmail()]);
  // Counted per address whether or not it is known, so the limit tells nothing about the address.
  const rate = ctx.limiter.hit(`links:${mailbox(email)}`, ctx.settings.limits.accessLinks, 'access-link requests for this address');
  const page = returnPage(ctx, input.returnUrl);
  const links = tickets.byEmail(email).map((r) => `${page}#hk-ticket=${r.ticket.id}.${tickets.issueToken(r, true).value}`);
  if (links.length) outbox.push({ to: email, links });
  return empty(202, rate);
}

/**
 * Where e-mailed links point: `returnUrl` (origin and path) when its origin is one the site
 * allows and it is https (http only on localhost), else the site's help page. With any origin
 * allowed (the mock's default) only the backend's own origin counts, so a stranger cannot send
 * a customer's token to a page of theirs.
 */
function returnPage({ settings }: MockContext, returnUrl: unknown): string {
  const { helpPage, origins, baseUrl } = settings;
  if (typeof returnUrl !== 'string' || codePoints(returnUrl) > LIMITS.returnUrl) return helpPage;
  let url: URL;
  try {
    url = new URL(returnUrl);
  } catch {
    return helpPage;
  }
  const local = url.hostname === 'localhost' || url.hostname === '127.0.0.1';
  const allowed = origins === '*' ? [new URL(baseUrl).origin, new URL(helpPage).origin] : origins;
  const secure = url.protocol === 'https:' || (local && url.protocol === 'http:');
  return secure && allowed.includes(url.origin) ? `${url.origin}${url.pathname}` : helpPage;
}
