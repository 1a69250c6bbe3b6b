// A complete in-memory implementation of protocol v1.1 as a plain fetch handler, for tests, the demo
// and backend authors who want to see the protocol's behaviour rather than read about it.
import type {
  Article,
  ArticleSummary,
  Attachment,
  Callback,
  FieldError,
  Message,
  SiteConfig,
  Slot,
  Step,
  Ticket,
  TicketInput,
} from '../sdk/types.js';
import { addBusinessMinutes, defaultHours, isOpen, nextOpen, type BusinessHours } from './hours.js';
import { categories, channels, hoursText, LOCALES, priorities, script, siteName, type Locale } from './seed-config.js';
import { articles as seedArticles } from './seed-articles.js';
// The mock searches with the widget's normalization, as a well-built backend would.
import { normalize } from '../search/normalize.js';
import { acceptsFile, checkFieldValue, codePoints, E164_PATTERN, isEmail, LIMITS, REQUEST_LIMITS } from '../sdk/rules.js';
import { HttpProblem, invalid, problemResponse } from './problem.js';
import { fieldMessage, textField } from './fields.js';
import { IdempotencyStore } from './idempotency.js';
import { page } from './page.js';
import { checkIdempotencyKey, checkQuery, parseObject, pathSegments, readBody, uploadFingerprint } from './request.js';
import { RateLimiter, tooMany, type Window, mailbox } from './rate-limit.js';
import { corsHeaders, preflight, type AllowedOrigins } from './cors.js';
import { readIdentity, type Identity } from './identity.js';

export interface MockOptions {
  /** Where the backend lives; requests elsewhere are not answered. Default `https://support.example.test/api/v1`. */
  baseUrl?: string;
  /** Freeze time at this instant (moved only by `advance`). Without it the clock is real time plus `advance`s. */
  startAt?: string | number | Date;
  hours?: BusinessHours;
  /** How the scripted agent moves tickets along; times in ms. `false` leaves tickets as they are. */
  script?: false | { openAfter?: number; replyAfter?: number; solveAfter?: number };
  /** Delay every answer by this many ms (the demo uses it to show loading states). */
  latency?: number;
  attachments?: { maxBytes?: number; maxFiles?: number; accept?: string[] };
  /** Origins whose pages may call the backend (CORS). Default `'*'`: any origin, echoed back. */
  origins?: AllowedOrigins;
  /** Limits on anonymous abuse; see `MockLimits`. */
  limits?: Partial<MockLimits>;
  /** The site's help page, where access-link e-mails point unless a request names an allowed `returnUrl`. Default: `/help` on the backend's origin. */
  helpPage?: string;
  /** Origins articles may load images and media from (`SiteConfig.mediaOrigins`). Default none. */
  mediaOrigins?: string[];
}

/** How much one caller may do; counted on the mock's clock. */
export interface MockLimits {
  /** Tickets per e-mail address (or signed-in customer) per window. */
  tickets: Window;
  /** Access-link e-mails per address per window. */
  accessLinks: Window;
  /** Callbacks one phone number may have scheduled at once. */
  openCallbacksPerPhone: number;
}

const HOUR = 3_600_000;
const defaultLimits: MockLimits = {
  tickets: { limit: 20, windowMs: HOUR },
  accessLinks: { limit: 3, windowMs: HOUR },
  openCallbacksPerPhone: 2,
};

export interface Failure {
  status: number;
  /** Only requests whose `METHOD path` (path below the base) matches; default all. */
  match?: RegExp;
  /** Seconds, sent as Retry-After. */
  retryAfter?: number;
  /** Answer with a body that is not JSON. */
  malformed?: boolean;
  /** Fail with no response at all, as a dropped connection does. */
  network?: boolean;
  /** Field errors to send (with status 400 or 422), as a server-only rule would. */
  errors?: FieldError[];
}

export interface LoggedRequest {
  method: string;
  path: string;
  status: number;
  idempotencyKey?: string;
  replayed?: boolean;
}

/** An access token; a ticket has one per access-link e-mail too. */
interface TokenRecord {
  value: string;
  expiresAt: number;
  /** E-mailed in an access link: its first use revokes the tokens issued before it. */
  emailed?: boolean;
  used?: boolean;
  revoked?: boolean;
}

interface TicketRecord {
  ticket: Ticket;
  tokens: TokenRecord[];
  /** The identity (`sub`) the ticket belongs to, when it was created with one. */
  ownerSub?: string;
  email: string;
  name: string;
  locale: Locale;
  rev: number;
  slaMinutes: number;
  next?: { at: number; kind: 'open' | 'reply' | 'solve' };
}

interface CallbackRecord {
  callback: Callback;
  token: string;
  tokenExpiresAt: number;
  phone: string;
  next?: { at: number; status: Callback['status'] };
}

interface Stored {
  status: number;
  body: string;
  headers: Record<string, string>;
}

interface AttachmentRecord {
  attachment: Attachment;
  /** Who uploaded it: the caller's scope (identity `sub`, else access token, else anonymous). */
  owner: string;
  at: number;
  /** Attached to a ticket or reply already; an attachment is used once. */
  used: boolean;
}

/** Who is calling: the access token and the signed identity a request carries. */
interface Caller {
  bearer?: string;
  identity?: Identity;
}

const JSON_TYPE = 'application/json';
const MINUTE = 60_000;
const DAY = 24 * 60 * MINUTE;
/** How long an access token opens its ticket or callback. */
const TOKEN_LIFETIME = 90 * DAY;
/** How long a backend remembers an Idempotency-Key and its answer. */
const IDEMPOTENCY_RETENTION = DAY;

function hash(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return (h >>> 0).toString(36);
}

function pickLocale(acceptLanguage: string | null, supported: readonly string[] = LOCALES): Locale {
  for (const part of (acceptLanguage ?? '').split(',')) {
    const tag = part.split(';')[0]!.trim().toLowerCase();
    const lang = tag.split('-')[0]!;
    if (supported.includes(lang)) return lang as Locale;
  }
  return 'en';
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

export class MockBackend {
  readonly baseUrl: string;
  private basePath: string;
  private hours: BusinessHours;
  private script: { openAfter: number; replyAfter: number; solveAfter: number } | undefined;
  private frozenAt?: number;
  private offset = 0;
  private tickets = new Map<string, TicketRecord>();
  private callbacks = new Map<string, CallbackRecord>();
  private attachmentStore = new Map<string, AttachmentRecord>();
  private idempotency = new IdempotencyStore<Stored>(() => this.now(), IDEMPOTENCY_RETENTION);
  private limiter = new RateLimiter(() => this.now());
  private limits: MockLimits;
  private origins: AllowedOrigins;
  private helpPage: string;
  private mediaOrigins: string[];
  private failures: Failure[] = [];
  private holds: { match: RegExp; arrived: () => void; released: Promise<void> }[] = [];
  private counter = 1041;
  private bookedSlots = new Set<number>();
  private attachmentLimits: SiteConfig['attachments'];
  /** Every request answered, in order: for tests to count attempts and see what was sent. */
  readonly requests: LoggedRequest[] = [];
  /** Access-link e-mails the backend would have sent. */
  readonly emails: { to: string; links: string[] }[] = [];
  /** Article feedback received. */
  readonly feedback: { articleId: string; helpful: boolean; comment?: string }[] = [];
  latency: number;
  /** While true, every request fails as if the network were down. */
  offline = false;

  constructor(options: MockOptions = {}) {
    this.baseUrl = (options.baseUrl ?? 'https://support.example.test/api/v1').replace(/\/+$/, '');
    this.basePath = new URL(this.baseUrl).pathname.replace(/\/+$/, '');
    this.hours = options.hours ?? defaultHours;
    this.frozenAt = options.startAt === undefined ? undefined : new Date(options.startAt).getTime();
    this.latency = options.latency ?? 0;
    this.origins = options.origins ?? '*';
    this.limits = { ...defaultLimits, ...options.limits };
    this.helpPage = options.helpPage ?? `${new URL(this.baseUrl).origin}/help`;
    this.mediaOrigins = options.mediaOrigins ?? [];
    this.script =
      options.script === false
        ? undefined
        : { openAfter: 2 * MINUTE, replyAfter: 10 * MINUTE, solveAfter: 60 * MINUTE, ...options.script };
    this.attachmentLimits = {
      maxBytes: options.attachments?.maxBytes ?? 10 * 1024 * 1024,
      maxFiles: options.attachments?.maxFiles ?? 5,
      accept: options.attachments?.accept ?? ['image/*', 'application/pdf', 'text/plain'],
    };
  }

  /** The mock's current time in ms. */
  now(): number {
    return (this.frozenAt ?? Date.now()) + this.offset;
  }

  /** Moves the clock forward; scripted ticket and callback changes due by then happen. */
  advance(ms: number): void {
    this.offset += ms;
  }

  /** The next requests fail as described, one failure per request, in order. */
  failNext(...failures: Failure[]): void {
    this.failures.push(...failures);
  }

  /**
   * Holds the next request matching `METHOD path` once it is accepted (its Idempotency-Key
   * claimed), until `release()`: for tests of requests in flight. `reached` resolves when it arrives.
   */
  hold(match: RegExp): { reached: Promise<void>; release: () => void } {
    let arrived!: () => void;
    let release!: () => void;
    const reached = new Promise<void>((r) => (arrived = r));
    const released = new Promise<void>((r) => (release = r));
    this.holds.push({ match, arrived, released });
    return { reached, release };
  }

  /** Tickets as stored, for tests and the demo's backstage panel. */
  ticket(id: string): Ticket | undefined {
    const record = this.tickets.get(id);
    if (record) this.progress(record);
    return record?.ticket;
  }

  get ticketCount(): number {
    return this.tickets.size;
  }

  /** Adds an agent message now, as if someone on the team answered. */
  agentReply(id: string, body: string): void {
    const record = this.tickets.get(id);
    if (!record) throw new Error(`no ticket ${id}`);
    this.applyAgentReply(record, body);
  }

  /** A fetch function answered by this backend: pass it as `createClient({ fetch })`. */
  readonly fetch = async (input: RequestInfo | URL, init?: RequestInit): Promise<Response> => {
    const request = new Request(input, init);
    if (this.offline) throw new TypeError('Failed to fetch (mock backend is offline)');
    const response = await this.handle(request);
    if (response.type === 'error') throw new TypeError('Failed to fetch (mock network failure)');
    return response;
  };

  /** Answers one request. Returns `Response.error()` for a simulated network failure. */
  readonly handle = async (request: Request): Promise<Response> => {
    const response = await this.answer(request);
    if (response.type === 'error') return response;
    // Every answer says which origin may read it and which headers its script may see.
    for (const [k, v] of Object.entries(corsHeaders(request.headers.get('Origin'), this.origins))) response.headers.set(k, v);
    return response;
  };

  private async answer(request: Request): Promise<Response> {
    const url = new URL(request.url);
    if (!url.href.startsWith(this.baseUrl + '/') && url.href !== this.baseUrl) {
      return problemResponse(new HttpProblem(404, 'Not found', `No route for ${url.pathname}`));
    }
    const path = url.pathname.slice(this.basePath.length) || '/';
    const method = request.method.toUpperCase();
    if (method === 'OPTIONS') return preflight(request, this.origins);
    const key = request.headers.get('Idempotency-Key') ?? undefined;
    const log: LoggedRequest = { method, path, status: 0, idempotencyKey: key };
    this.requests.push(log);
    if (this.latency) await new Promise((r) => setTimeout(r, this.latency));

    const failureIndex = this.failures.findIndex((f) => !f.match || f.match.test(`${method} ${path}`));
    if (failureIndex >= 0) {
      const failure = this.failures.splice(failureIndex, 1)[0]!;
      if (failure.network) return Response.error();
      log.status = failure.status;
      if (failure.malformed) return new Response('<html>upstream error', { status: failure.status, headers: { 'Content-Type': JSON_TYPE } });
      const headers: Record<string, string> = failure.retryAfter !== undefined ? { 'Retry-After': String(failure.retryAfter) } : {};
      const title = failure.status === 429 ? 'Too many requests' : failure.errors ? 'Some fields need attention' : 'Scripted failure';
      return problemResponse(new HttpProblem(failure.status, title, undefined, failure.errors, headers));
    }

    let stored: Stored;
    try {
      checkQuery(url.search);
      const segments = pathSegments(path);
      const withBody = method === 'POST' || method === 'PATCH';
      if (key !== undefined && withBody) checkIdempotencyKey(key);
      const upload = segments[0] === 'attachments';
      const body = !withBody ? '' : upload ? await uploadFingerprint(request) : await readBody(request);
      // Only routes that take credentials read them: an expired identity does not stop the FAQ.
      const caller = ['tickets', 'callbacks', 'attachments'].includes(segments[0] ?? '') ? this.caller(request) : {};
      // Authorization first, also for a repeat: a replayed answer goes only to who may see it.
      this.authorize(segments, caller, method, body);
      if (key && withBody) {
        // Scoped per caller, so another caller's use of a key is simply another key.
        // The route as routed (decoded, empty segments dropped): `/tickets/`, `//tickets` and
        // `/%74ickets` are one path, so they share one key.
        const scope = `${method} /${segments.join('/')}\u0000${this.callerKey(caller)}\u0000${key}`;
        const run = async () => {
          await this.held(`${method} ${path}`);
          return this.route(method, segments, url, request, body, caller);
        };
        stored = await this.idempotency.once(scope, body, run, () => (log.replayed = true));
      } else {
        await this.held(`${method} ${path}`);
        stored = await this.route(method, segments, url, request, body, caller);
      }
    } catch (error) {
      // Internal errors say nothing about the inside; the client sees a plain 500.
      const problem = error instanceof HttpProblem ? error : new HttpProblem(500, 'Internal error');
      log.status = problem.status;
      return problemResponse(problem);
    }
    log.status = stored.status;
    const inm = request.headers.get('If-None-Match');
    if (method === 'GET' && stored.headers.ETag && inm && inm === stored.headers.ETag) {
      log.status = 304;
      return new Response(null, { status: 304, headers: { ETag: stored.headers.ETag } });
    }
    return new Response(stored.status === 204 || stored.status === 202 ? null : stored.body, {
      status: stored.status,
      headers: stored.headers,
    });
  }

  private async held(route: string): Promise<void> {
    const i = this.holds.findIndex((h) => h.match.test(route));
    if (i < 0) return;
    const [hold] = this.holds.splice(i, 1);
    hold!.arrived();
    await hold!.released;
  }

  /** The credentials a request carries; an expired or unreadable identity is a 401 here. */
  private caller(request: Request): Caller {
    const bearer = request.headers.get('Authorization')?.match(/^Bearer\s+(\S+)$/i)?.[1];
    const identity = readIdentity(request.headers.get('Helpkit-Identity'), this.now());
    return { ...(bearer && { bearer }), ...(identity && { identity }) };
  }

  /** The caller as the protocol scopes keys and uploads: the identity's `sub`, else the token, else anonymous. */
  private callerKey(caller: Caller): string {
    return caller.identity ? `sub:${caller.identity.sub}` : caller.bearer ? `token:${caller.bearer}` : 'anonymous';
  }

  /** Routes on one ticket or callback need its token (or, for tickets, the owner's identity). */
  private authorize([a, b]: string[], caller: Caller, method: string, body: string): void {
    if (a === 'tickets' && b !== undefined && b !== 'access-links') this.authorizedTicket(b, caller);
    if (a === 'callbacks' && b !== undefined && b !== 'slots') this.authorizedCallback(b, caller);
    // A callback linked to a ticket needs that ticket's credentials, also when it is a repeat.
    if (a === 'callbacks' && b === undefined && method === 'POST') {
      const ticketId = (() => {
        try {
          return (JSON.parse(body) as { ticketId?: unknown } | null)?.ticketId;
        } catch {
          return undefined; // the route answers malformed JSON
        }
      })();
      if (typeof ticketId === 'string') this.authorizedTicket(ticketId, caller, 403);
    }
  }

  private async route(method: string, segments: string[], url: URL, request: Request, body: string, caller: Caller): Promise<Stored> {
    const locale = pickLocale(request.headers.get('Accept-Language'));
    const [a, b, c] = segments;
    const json = () => parseObject(body);
    // The route's shape: fixed second segments stay, any other becomes `:id`.
    const second = b === undefined ? undefined : ['index', 'access-links', 'slots'].includes(b) ? b : ':id';
    const route = segments.length > 3 ? '' : `${method} /${[a, second, c].filter(Boolean).join('/')}`;

    switch (route) {
      case 'GET /config':
        return this.ok(this.config(locale), true);
      case 'GET /articles':
        return this.ok(this.searchArticles(locale, url.searchParams));
      case 'GET /articles/index': {
        const items = this.articleSummaries(locale);
        return this.ok({ items, total: items.length }, true);
      }
      case 'GET /articles/:id':
        return this.ok(this.article(b!));
      case 'POST /articles/:id/feedback':
        return this.articleFeedback(b!, json());
      case 'POST /attachments':
        return this.upload(request, caller);
      case 'GET /tickets':
        return this.ok(this.listTickets(caller, url.searchParams));
      case 'POST /tickets':
        return this.createTicket(json(), caller);
      case 'POST /tickets/access-links':
        return this.accessLinks(json());
      case 'GET /tickets/:id':
        return this.ok(this.authorizedTicket(b!, caller).ticket, true);
      case 'GET /tickets/:id/messages':
        return this.ok(this.listMessages(this.authorizedTicket(b!, caller), url.searchParams));
      case 'POST /tickets/:id/messages':
        return this.reply(this.authorizedTicket(b!, caller), json(), caller);
      case 'POST /tickets/:id/escalations':
        return this.escalate(this.authorizedTicket(b!, caller), json());
      case 'POST /tickets/:id/satisfaction':
        return this.rate(this.authorizedTicket(b!, caller), json());
      case 'POST /tickets/:id/reopen':
        return this.reopen(this.authorizedTicket(b!, caller));
      case 'GET /callbacks/slots':
        return this.ok(this.slots(url.searchParams));
      case 'POST /callbacks':
        return this.requestCallback(json(), caller);
      case 'GET /callbacks/:id':
        return this.ok(this.authorizedCallback(b!, caller).callback);
      case 'PATCH /callbacks/:id':
        return this.reschedule(this.authorizedCallback(b!, caller), json());
      case 'DELETE /callbacks/:id':
        return this.cancelCallback(this.authorizedCallback(b!, caller));
    }
    throw new HttpProblem(404, 'Not found', `No route for ${method} ${url.pathname.slice(this.basePath.length)}`);
  }

  private ok(data: unknown, withEtag = false, status = 200): Stored {
    const body = JSON.stringify(data);
    const headers: Record<string, string> = { 'Content-Type': JSON_TYPE };
    if (withEtag) headers.ETag = `"${hash(body)}"`;
    return { status, body, headers };
  }

  private empty(status: 202 | 204): Stored {
    return { status, body: '', headers: {} };
  }

  // ---- config ---------------------------------------------------------------------------------

  private availability(locale: Locale): SiteConfig['availability'] {
    const now = this.now();
    const openNow = isOpen(now, this.hours);
    const next = openNow ? undefined : nextOpen(now, this.hours);
    return {
      openNow,
      ...(next !== undefined && { nextOpenAt: new Date(next).toISOString() }),
      timezone: this.hours.timezone,
      hoursText: hoursText[locale],
    };
  }

  config(locale: Locale = 'en'): SiteConfig {
    return {
      name: siteName[locale],
      locales: [...LOCALES],
      defaultLocale: 'en',
      availability: this.availability(locale),
      categories: categories.map((cat) => ({
        id: cat.id,
        label: cat.label[locale],
        description: cat.description[locale],
        slaMinutes: cat.slaMinutes,
        fields: cat.fields.map((f) => ({
          id: f.id,
          type: f.type,
          label: f.label[locale],
          ...(f.required && { required: true }),
          ...(f.maxLength && { maxLength: f.maxLength }),
          ...(f.min !== undefined && { min: f.min }),
          ...(f.max !== undefined && { max: f.max }),
          ...(f.step !== undefined && { step: f.step }),
          ...(f.options && { options: f.options.map((o) => ({ value: o.value, label: o.label[locale] })) }),
        })),
      })),
      priorities: priorities.map((p) => ({ id: p.id, label: p.label[locale] })),
      attachments: { ...this.attachmentLimits, accept: [...this.attachmentLimits.accept] },
      callbacks: { enabled: true, asap: true },
      channels: channels.map((ch) => ({ type: ch.type, label: ch.label[locale], href: ch.href })),
      mediaOrigins: [...this.mediaOrigins],
    };
  }

  // ---- articles -------------------------------------------------------------------------------

  private articleSummaries(locale: Locale): ArticleSummary[] {
    return seedArticles.map((a) => {
      const t = a.text[locale];
      return { id: `${a.topic}-${locale}`, title: t.title, excerpt: t.excerpt, category: a.category, keywords: t.keywords, updatedAt: a.updatedAt };
    });
  }

  private findArticle(id: string) {
    const dash = id.lastIndexOf('-');
    const topic = id.slice(0, dash);
    const locale = id.slice(dash + 1) as Locale;
    const seed = seedArticles.find((a) => a.topic === topic);
    if (!seed || !LOCALES.includes(locale)) throw new HttpProblem(404, 'Not found', `No article ${id}`);
    return { seed, locale };
  }

  private article(id: string): Article {
    const { seed, locale } = this.findArticle(id);
    const t = seed.text[locale];
    const body = `<p>${escapeHtml(t.excerpt)}</p><ol>${t.steps.map((s) => `<li>${escapeHtml(s)}</li>`).join('')}</ol>`;
    const summaries = this.articleSummaries(locale);
    return {
      id,
      title: t.title,
      body,
      category: seed.category,
      locale,
      updatedAt: seed.updatedAt,
      related: seed.related.map((topic) => summaries.find((s) => s.id === `${topic}-${locale}`)!).filter(Boolean),
    };
  }

  private searchArticles(locale: Locale, params: URLSearchParams) {
    const terms = normalize(params.get('q') ?? '').split(/[\s\p{P}]+/u).filter((t) => t.length > 2 || /\d/.test(t));
    const category = params.get('category');
    const limit = Math.min(50, Math.max(1, Number(params.get('limit')) || 10));
    const scored = this.articleSummaries(locale)
      .filter((a) => !category || a.category === category)
      .map((a) => {
        const title = normalize(a.title);
        const rest = normalize(`${a.excerpt} ${(a.keywords ?? []).join(' ')}`);
        // Any matching term counts (a ticket subject is a sentence, not a query); title words weigh more.
        let score = 0;
        for (const term of terms) score += title.includes(term) ? 3 : rest.includes(term) ? 1 : 0;
        return { a, score: terms.length ? score : 1 };
      })
      .filter((s) => s.score > 0)
      .sort((x, y) => y.score - x.score);
    return { items: scored.slice(0, limit).map((s) => s.a), total: scored.length };
  }

  private articleFeedback(id: string, input: Record<string, unknown>): Stored {
    this.findArticle(id);
    const errors: FieldError[] = [];
    if (typeof input.helpful !== 'boolean') errors.push({ field: 'helpful', code: 'required', message: 'Say whether the article helped.' });
    if (input.comment !== undefined && (typeof input.comment !== 'string' || input.comment.length > 2000)) {
      errors.push({ field: 'comment', code: 'too_long', message: 'The comment can be at most 2000 characters.' });
    }
    if (errors.length) throw invalid(errors);
    this.feedback.push({ articleId: id, helpful: input.helpful as boolean, ...(typeof input.comment === 'string' && { comment: input.comment }) });
    return this.empty(204);
  }

  // ---- attachments ----------------------------------------------------------------------------

  private async upload(request: Request, caller: Caller): Promise<Stored> {
    const { maxBytes, accept } = this.attachmentLimits;
    if (!/^multipart\/form-data/i.test(request.headers.get('Content-Type') ?? '')) {
      throw new HttpProblem(415, 'Unsupported media type', 'Send the file as multipart/form-data in a field named "file".');
    }
    // The whole request may exceed the file's limit only by the multipart framing.
    if (Number(request.headers.get('Content-Length')) > maxBytes + 64 * 1024) {
      throw new HttpProblem(413, 'File too large', `Files can be at most ${maxBytes} bytes.`);
    }
    let form: FormData;
    try {
      form = await request.formData();
    } catch {
      throw new HttpProblem(415, 'Unsupported media type', 'Send the file as multipart/form-data in a field named "file".');
    }
    const file = form.get('file');
    if (!file || typeof file === 'string') {
      throw invalid([{ field: 'file', code: 'required', message: 'Choose a file to upload.' }]);
    }
    if (file.size > maxBytes) {
      throw new HttpProblem(413, 'File too large', `Files can be at most ${maxBytes} bytes.`, [
        { field: 'file', code: 'too_large', message: `The file is larger than ${Math.round(maxBytes / 1024 / 1024)} MB.` },
      ]);
    }
    const type = file.type || 'application/octet-stream';
    // Judged by content too: markup (SVG, HTML) declared as an image or PDF is not what it says.
    const head = new TextDecoder().decode(await file.slice(0, 512).arrayBuffer()).replace(/^\uFEFF?\s*/, '').toLowerCase();
    const markup = /^<(\?xml|svg|html|!doctype|script|body|head)\b/.test(head);
    if (!acceptsFile(accept, { type, name: (file as File).name }) || (markup && type !== 'text/plain')) {
      throw new HttpProblem(415, 'Unsupported file type', `Files of type ${type} are not accepted.`, [
        { field: 'file', code: 'type', message: 'This kind of file is not accepted.' },
      ]);
    }
    // The id is a secret only the uploader learns (128 random bits), so it cannot be guessed.
    const attachment: Attachment = { id: `a_${this.token()}`, name: (file as File).name || 'file', size: file.size, type };
    this.attachmentStore.set(attachment.id, { attachment, owner: this.callerKey(caller), at: this.now(), used: false });
    return this.ok(attachment, false, 201);
  }

  /**
   * Attachment ids a ticket or reply may use: each exists, is not attached elsewhere yet, and was
   * uploaded with the same credentials (an anonymous upload: by an anonymous ticket within a day).
   */
  private checkAttachments(ids: unknown, caller: Caller, errors: FieldError[]): string[] {
    if (ids === undefined) return [];
    if (!Array.isArray(ids) || ids.some((id) => typeof id !== 'string')) {
      errors.push({ field: 'attachmentIds', code: 'invalid', message: 'Must be a list of attachment ids.' });
      return [];
    }
    if (ids.length > this.attachmentLimits.maxFiles) {
      errors.push({ field: 'attachmentIds', code: 'too_long', message: `At most ${this.attachmentLimits.maxFiles} files.` });
    }
    const me = this.callerKey(caller);
    const usable = (id: string) => {
      const record = this.attachmentStore.get(id);
      if (!record || record.used || record.owner !== me) return false;
      return me !== 'anonymous' || this.now() - record.at < DAY;
    };
    // One answer for "no such id" and "someone else's", so ids cannot be probed.
    if (new Set(ids).size !== ids.length || !ids.every(usable)) {
      errors.push({ field: 'attachmentIds', code: 'not_found', message: 'An attachment was not found; upload it again.' });
    }
    return ids as string[];
  }

  /** Marks attachments as used by the ticket or reply just stored and returns them. */
  private useAttachments(ids: string[]): Attachment[] {
    return ids.map((id) => {
      const record = this.attachmentStore.get(id)!;
      record.used = true;
      return record.attachment;
    });
  }

  // ---- tickets --------------------------------------------------------------------------------

  private nextId(): string {
    return (++this.counter).toString(36) + Math.random().toString(36).slice(2, 8);
  }

  private token(): string {
    const bytes = crypto.getRandomValues(new Uint8Array(18));
    return btoa(String.fromCharCode(...bytes)).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
  }

  private validateTicket(input: Record<string, unknown>, caller: Caller): FieldError[] {
    const errors: FieldError[] = [];
    textField(input, 'name', LIMITS.name, errors);
    textField(input, 'email', LIMITS.email, errors);
    if (typeof input.email === 'string' && input.email.trim() && !isEmail(input.email.trim())) {
      errors.push({ field: 'email', code: 'invalid', message: 'Enter an e-mail address like name@example.com.' });
    }
    textField(input, 'subject', LIMITS.subject, errors);
    textField(input, 'body', LIMITS.body, errors);
    textField(input, 'locale', LIMITS.locale, errors);
    textField(input, 'pageUrl', LIMITS.pageUrl, errors, false);
    const category = categories.find((c) => c.id === input.categoryId);
    if (!category) errors.push({ field: 'categoryId', code: input.categoryId ? 'not_allowed' : 'required', message: 'Choose a topic.' });
    if (input.priority !== undefined && !priorities.some((p) => p.id === input.priority)) {
      errors.push({ field: 'priority', code: 'not_allowed', message: 'Choose one of the listed priorities.' });
    }
    const fields = input.fields ?? {};
    if (typeof fields !== 'object' || Array.isArray(fields)) {
      errors.push({ field: 'fields', code: 'invalid', message: 'Custom fields must be an object.' });
    } else {
      const entries = Object.entries(fields as Record<string, unknown>);
      if (entries.length > REQUEST_LIMITS.fields) errors.push({ field: 'fields', code: 'too_long', message: `At most ${REQUEST_LIMITS.fields} fields.` });
      // Values are flat (text, number, boolean), also under ids the topic does not define (those are ignored otherwise).
      const defined = new Set(category?.fields.map((f) => f.id));
      for (const [id, v] of entries) {
        if (!defined.has(id) && ((typeof v === 'object' && v !== null) || (typeof v === 'string' && codePoints(v) > LIMITS.textarea))) {
          errors.push({ field: `fields.${id}`, code: 'invalid', message: 'Must be text, a number or true/false.' });
        }
      }
      for (const def of category?.fields ?? []) {
        const code = checkFieldValue(def, (fields as Record<string, unknown>)[def.id]);
        if (code) errors.push({ field: `fields.${def.id}`, code, message: fieldMessage(def, code) });
      }
    }
    this.checkAttachments(input.attachmentIds, caller, errors);
    return errors;
  }

  private createTicket(input: Record<string, unknown>, caller: Caller): Stored {
    const errors = this.validateTicket(input, caller);
    if (errors.length) throw invalid(errors);
    const t = input as unknown as TicketInput;
    // With an identity the ticket is that customer's, named as the site knows them.
    const email = caller.identity?.email ?? t.email.trim().toLowerCase();
    const name = caller.identity?.name?.trim() || t.name.trim();
    // Generous, but one address (or signed-in customer) cannot file tickets without end.
    const rate = this.limiter.hit(`ticket:${caller.identity?.sub ?? mailbox(email)}`, this.limits.tickets, 'tickets');
    const locale = pickLocale(t.locale);
    const category = categories.find((c) => c.id === t.categoryId)!;
    const now = this.now();
    const id = `t_${this.nextId()}`;
    const slaMinutes = t.priority === 'urgent' ? Math.ceil(category.slaMinutes / 2) : category.slaMinutes;
    const attachments = this.useAttachments(t.attachmentIds ?? []);
    const record: TicketRecord = {
      tokens: [],
      ...(caller.identity && { ownerSub: caller.identity.sub }),
      email,
      name,
      locale,
      rev: 1,
      slaMinutes,
      ticket: {
        id,
        number: `HK-${this.counter}`,
        subject: t.subject.trim(),
        status: 'received',
        priority: t.priority ?? 'normal',
        categoryId: t.categoryId,
        createdAt: new Date(now).toISOString(),
        updatedAt: new Date(now).toISOString(),
        messages: [
          {
            id: `m_${this.nextId()}`,
            author: { role: 'customer', name },
            body: t.body,
            createdAt: new Date(now).toISOString(),
            ...(attachments.length && { attachments }),
          },
        ],
        canEscalate: false,
        canReopen: false,
      },
    };
    if (this.script) record.next = { at: now + this.script.openAfter, kind: 'open' };
    this.tickets.set(id, record);
    this.refresh(record);
    const token = this.issueToken(record);
    const created = this.ok(
      { ticket: record.ticket, accessToken: token.value, accessTokenExpiresAt: new Date(token.expiresAt).toISOString() },
      false,
      201,
    );
    Object.assign(created.headers, rate, { Location: `${this.baseUrl}/tickets/${id}` });
    return created;
  }

  /**
   * The ticket, as the protocol's authentication rules say: its current access token or an
   * identity it belongs to opens it; an identity of someone else refuses it even with the right
   * token; a missing ticket and wrong credentials get the same 403, so ids cannot be probed.
   */
  private authorizedTicket(id: string, caller: Caller, noCredentials = 401): TicketRecord {
    const record = this.tickets.get(id);
    if (!caller.bearer && !caller.identity) {
      throw new HttpProblem(noCredentials, noCredentials === 401 ? 'Unauthorized' : 'Forbidden', 'An access token is needed for this ticket.');
    }
    const forbidden = () => new HttpProblem(403, 'Forbidden', 'These credentials do not open this ticket.');
    if (!record) throw forbidden();
    const identity = caller.identity;
    if (identity && record.ownerSub !== undefined && record.ownerSub !== identity.sub) throw forbidden();
    const owner = !!identity && (record.ownerSub === identity.sub || (!!identity.email && identity.email === record.email));
    if (!owner) {
      const token = record.tokens.find((t) => t.value === caller.bearer);
      if (!token) throw forbidden();
      if (token.revoked || this.now() >= token.expiresAt) {
        throw new HttpProblem(401, 'Access token expired', 'This access token has expired or was replaced; ask for a new link by e-mail.', undefined, {}, 'access-token-expired');
      }
      if (token.emailed && !token.used) {
        // The first use of an e-mailed link retires the tokens issued before it.
        token.used = true;
        for (const t of record.tokens.slice(0, record.tokens.indexOf(token))) t.revoked = true;
      }
    }
    this.progress(record);
    return record;
  }

  private issueToken(record: TicketRecord, emailed = false): TokenRecord {
    const token: TokenRecord = { value: this.token(), expiresAt: this.now() + TOKEN_LIFETIME, ...(emailed && { emailed }) };
    record.tokens.push(token);
    return token;
  }

  private listTickets(caller: Caller, params: URLSearchParams) {
    if (!caller.identity) throw new HttpProblem(401, 'Unauthorized', 'Listing tickets needs a signed identity (Helpkit-Identity).');
    const { sub, email } = caller.identity;
    const tickets = [...this.tickets.values()]
      .filter((r) => (r.ownerSub === undefined ? !!email && r.email === email : r.ownerSub === sub))
      .map((r) => (this.progress(r), r.ticket))
      .sort((a, b) => b.createdAt.localeCompare(a.createdAt) || b.id.localeCompare(a.id));
    return page(tickets, params);
  }

  private listMessages(record: TicketRecord, params: URLSearchParams) {
    return page([...record.ticket.messages].reverse(), params, 50);
  }

  private accessLinks(input: Record<string, unknown>): Stored {
    const email = typeof input.email === 'string' ? input.email.trim().toLowerCase() : '';
    if (!isEmail(email)) throw invalid([{ field: 'email', code: 'invalid', message: 'Enter an e-mail address like name@example.com.' }]);
    // Counted per address whether or not it is known, so the limit tells nothing about the address.
    const rate = this.limiter.hit(`links:${mailbox(email)}`, this.limits.accessLinks, 'access-link requests for this address');
    const page = this.returnPage(input.returnUrl);
    const links = [...this.tickets.values()]
      .filter((r) => r.email === email)
      .map((r) => `${page}#hk-ticket=${r.ticket.id}.${this.issueToken(r, true).value}`);
    if (links.length) this.emails.push({ to: email, links });
    const stored = this.empty(202);
    Object.assign(stored.headers, rate);
    return stored;
  }

  /**
   * Where e-mailed links point: `returnUrl` (origin and path) when its origin is one the site
   * allows and it is https (http only on localhost), else the site's help page. With any origin
   * allowed (the mock's default) only the backend's own origin counts, so a stranger cannot send
   * a customer's token to a page of theirs.
   */
  private returnPage(returnUrl: unknown): string {
    if (typeof returnUrl !== 'string' || codePoints(returnUrl) > LIMITS.returnUrl) return this.helpPage;
    let url: URL;
    try {
      url = new URL(returnUrl);
    } catch {
      return this.helpPage;
    }
    const local = url.hostname === 'localhost' || url.hostname === '127.0.0.1';
    const allowed = this.origins === '*' ? [new URL(this.baseUrl).origin, new URL(this.helpPage).origin] : this.origins;
    const secure = url.protocol === 'https:' || (local && url.protocol === 'http:');
    return secure && allowed.includes(url.origin) ? `${url.origin}${url.pathname}` : this.helpPage;
  }

  private reply(record: TicketRecord, input: Record<string, unknown>, caller: Caller): Stored {
    const errors: FieldError[] = [];
    textField(input, 'body', LIMITS.body, errors);
    const ids = this.checkAttachments(input.attachmentIds, caller, errors);
    if (errors.length) throw invalid(errors);
    if (record.ticket.status === 'closed') throw new HttpProblem(409, 'Ticket closed', 'This ticket is closed; open a new one.');
    const now = this.now();
    const attachments = this.useAttachments(ids);
    const message: Message = {
      id: `m_${this.nextId()}`,
      author: { role: 'customer', name: record.name },
      body: input.body as string,
      createdAt: new Date(now).toISOString(),
      ...(attachments.length && { attachments }),
    };
    record.ticket.messages.push(message);
    if (record.ticket.status !== 'received') record.ticket.status = 'open';
    if (this.script && record.ticket.status === 'open') record.next = { at: now + this.script.replyAfter, kind: 'reply' };
    this.touch(record);
    return this.ok(message, false, 201);
  }

  private escalate(record: TicketRecord, input: Record<string, unknown>): Stored {
    const errors: FieldError[] = [];
    textField(input, 'reason', LIMITS.reason, errors);
    if (errors.length) throw invalid(errors);
    const reason = input.reason as string;
    if (!record.ticket.canEscalate) {
      throw new HttpProblem(409, 'Cannot escalate now', record.ticket.escalation ? 'This ticket is already escalated.' : 'Escalation opens when the promised reply time has passed.');
    }
    const now = this.now();
    record.ticket.escalation = { level: 1, requestedAt: new Date(now).toISOString(), reason: reason.trim() };
    record.ticket.messages.push({
      id: `m_${this.nextId()}`,
      author: { role: 'system' },
      body: script.escalated[record.locale],
      createdAt: new Date(now).toISOString(),
    });
    if (this.script) record.next = { at: now + Math.ceil(this.script.replyAfter / 2), kind: 'reply' };
    this.touch(record);
    return this.ok(record.ticket.escalation, false, 201);
  }

  private rate(record: TicketRecord, input: Record<string, unknown>): Stored {
    const rating = input.rating;
    const errors: FieldError[] = [];
    if (typeof rating !== 'number' || !Number.isInteger(rating) || rating < 1 || rating > 5) {
      errors.push({ field: 'rating', code: 'invalid', message: 'Choose a rating from 1 to 5.' });
    }
    textField(input, 'comment', LIMITS.comment, errors, false);
    if (errors.length) throw invalid(errors);
    if (record.ticket.status !== 'solved' && record.ticket.status !== 'closed') {
      throw new HttpProblem(409, 'Not solved yet', 'A ticket can be rated once it is solved.');
    }
    if (record.ticket.satisfaction) throw new HttpProblem(409, 'Already rated', 'This ticket has a rating already.');
    record.ticket.satisfaction = { rating: rating as number, ...(typeof input.comment === 'string' && input.comment && { comment: input.comment }) };
    this.touch(record);
    return this.ok(record.ticket.satisfaction, false, 201);
  }

  private reopen(record: TicketRecord): Stored {
    if (!record.ticket.canReopen) throw new HttpProblem(409, 'Cannot reopen', 'Only a solved ticket can be reopened.');
    record.ticket.status = 'open';
    delete record.ticket.satisfaction;
    if (this.script) record.next = { at: this.now() + this.script.replyAfter, kind: 'reply' };
    this.touch(record);
    return this.ok(record.ticket);
  }

  /** Applies the scripted agent's moves that are due, then recomputes derived fields. */
  private progress(record: TicketRecord): void {
    let changed = false;
    while (record.next && record.next.at <= this.now()) {
      const { at, kind } = record.next;
      record.next = undefined;
      changed = true;
      if (kind === 'open') {
        record.ticket.status = 'open';
        record.ticket.assignee = { name: script.agentName[record.locale], team: script.team[record.locale] };
        if (this.script) record.next = { at: at + this.script.replyAfter - this.script.openAfter, kind: 'reply' };
      } else if (kind === 'reply') {
        this.applyAgentReply(record, script.agentReply[record.locale], at);
      } else if (kind === 'solve' && record.ticket.status === 'waiting_on_customer') {
        record.ticket.status = 'solved';
      }
    }
    // The SLA's "breached" flag depends on the clock, not only on events.
    const before = JSON.stringify([record.ticket.sla, record.ticket.canEscalate]);
    this.refresh(record);
    if (changed || before !== JSON.stringify([record.ticket.sla, record.ticket.canEscalate])) this.touch(record);
  }

  private applyAgentReply(record: TicketRecord, body: string, at = this.now()): void {
    record.ticket.messages.push({
      id: `m_${this.nextId()}`,
      author: { role: 'agent', name: script.agentName[record.locale] },
      body,
      createdAt: new Date(at).toISOString(),
    });
    record.ticket.status = 'waiting_on_customer';
    record.ticket.assignee ??= { name: script.agentName[record.locale], team: script.team[record.locale] };
    if (this.script) record.next = { at: at + this.script.solveAfter, kind: 'solve' };
    this.touch(record);
  }

  private refresh(record: TicketRecord): void {
    const t = record.ticket;
    const created = Date.parse(t.createdAt);
    const firstDue = addBusinessMinutes(created, record.slaMinutes, this.hours);
    const answered = t.messages.some((m) => m.author.role === 'agent');
    const open = t.status !== 'solved' && t.status !== 'closed';
    t.sla = {
      firstResponseDueAt: new Date(firstDue).toISOString(),
      resolutionDueAt: new Date(addBusinessMinutes(created, record.slaMinutes * 4, this.hours)).toISOString(),
      breached: !answered && open && this.now() > firstDue,
    };
    t.canEscalate = open && !t.escalation && t.sla.breached;
    t.canReopen = t.status === 'solved';
    t.steps = this.steps(record);
  }

  private steps(record: TicketRecord): Step[] {
    const order = ['received', 'review', 'answered', 'solved'] as const;
    const status = record.ticket.status;
    const current =
      status === 'received' ? 0 : status === 'open' || status === 'on_hold' ? 1 : status === 'waiting_on_customer' ? 2 : 3;
    return order.map((id, i) => ({
      id,
      title: script.steps[id]![record.locale],
      state: i < current || (i === 3 && current === 3) ? 'done' : i === current ? 'current' : 'pending',
    }));
  }

  private touch(record: TicketRecord): void {
    record.rev++;
    record.ticket.updatedAt = new Date(this.now()).toISOString();
    this.refresh(record);
  }

  // ---- callbacks ------------------------------------------------------------------------------

  private slotAvailable(start: number): boolean {
    // A fixed, repeatable pattern of taken slots, plus those booked here.
    return !this.bookedSlots.has(start) && Math.floor(start / (30 * MINUTE)) % 5 !== 2;
  }

  private slots(params: URLSearchParams) {
    for (const name of ['from', 'to']) {
      const value = params.get(name);
      if (value !== null && Number.isNaN(Date.parse(value))) {
        throw new HttpProblem(400, 'Bad request', `${name} must be a date-time.`, [{ field: name, code: 'invalid', message: 'Use a date-time like 2026-03-02T08:00:00Z.' }]);
      }
    }
    const now = this.now();
    const from = Math.max(now, Date.parse(params.get('from') ?? '') || now);
    const to = Math.min(from + 14 * 24 * 60 * MINUTE, Date.parse(params.get('to') ?? '') || from + 3 * 24 * 60 * MINUTE);
    const slots: Slot[] = [];
    const step = 30 * MINUTE;
    for (let t = Math.ceil((from + 15 * MINUTE) / step) * step; t + step <= to; t += step) {
      if (isOpen(t, this.hours) && isOpen(t + step - MINUTE, this.hours)) {
        slots.push({ start: new Date(t).toISOString(), end: new Date(t + step).toISOString(), available: this.slotAvailable(t) });
      }
    }
    return { timezone: this.hours.timezone, slots };
  }

  /** The slot start asked for, checked against what is offered: NaN when none was given. */
  private checkSlot(input: Record<string, unknown>, errors: FieldError[], mine?: number): number {
    const start = typeof input.slotStart === 'string' ? Date.parse(input.slotStart) : NaN;
    if (Number.isNaN(start)) {
      errors.push({ field: 'slotStart', code: input.slotStart === undefined ? 'required' : 'invalid', message: 'Choose a time.' });
      return NaN;
    }
    const now = this.now();
    const offered = this.slots(new URLSearchParams({ from: new Date(now).toISOString(), to: new Date(now + 14 * DAY).toISOString() }));
    if (!offered.slots.some((s) => Date.parse(s.start) === start && (s.available || start === mine))) {
      errors.push({ field: 'slotStart', code: 'not_allowed', message: 'That time is no longer free; choose another.' });
    }
    return start;
  }

  private requestCallback(input: Record<string, unknown>, caller: Caller): Stored {
    const errors: FieldError[] = [];
    textField(input, 'name', LIMITS.name, errors);
    if (typeof input.phone !== 'string' || !input.phone) errors.push({ field: 'phone', code: 'required', message: 'This field is required.' });
    else if (!E164_PATTERN.test(input.phone)) errors.push({ field: 'phone', code: 'invalid', message: 'Enter the number with its country code, like +46 70 123 45 67.' });
    textField(input, 'locale', LIMITS.locale, errors);
    textField(input, 'topic', LIMITS.topic, errors, false);
    const now = this.now();
    const start = this.checkWhen(input, errors);
    if (input.ticketId !== undefined && typeof input.ticketId !== 'string') {
      errors.push({ field: 'ticketId', code: 'invalid', message: 'Must be a ticket id.' });
    }
    if (errors.length) throw invalid(errors);
    // Linking a ticket needs that ticket's token (or its owner's identity), as reading it does.
    if (typeof input.ticketId === 'string') this.authorizedTicket(input.ticketId, caller, 403);
    const phone = input.phone as string;
    // One number cannot hold every slot: a few scheduled calls at a time.
    const open = [...this.callbacks.values()].filter((r) => r.phone === phone && (r.callback.status === 'scheduled' || r.callback.status === 'calling'));
    const most = this.limits.openCallbacksPerPhone;
    if (open.length >= most) {
      const freeAt = Math.min(...open.map((r) => (r.next?.at ?? now) + 10 * MINUTE));
      throw tooMany(most, 0, Math.max(1, Math.ceil((freeAt - now) / 1000)), `This number has ${most} calls booked already; cancel one or wait until one has taken place.`);
    }
    const callback: Callback = {
      id: `c_${this.nextId()}`,
      status: 'scheduled',
      asap: input.asap === true,
      phoneMasked: `${phone.slice(0, 3)} ••• ••• ${phone.slice(-2)}`,
      ...(start !== undefined && { scheduledFor: new Date(start).toISOString() }),
    };
    if (start !== undefined) this.bookedSlots.add(start);
    const record: CallbackRecord = { callback, token: this.token(), tokenExpiresAt: now + TOKEN_LIFETIME, phone };
    if (this.script) record.next = { at: start ?? now + this.script.openAfter, status: 'calling' };
    this.callbacks.set(callback.id, record);
    const created = this.ok(
      { callback, accessToken: record.token, accessTokenExpiresAt: new Date(record.tokenExpiresAt).toISOString() },
      false,
      201,
    );
    created.headers.Location = `${this.baseUrl}/callbacks/${callback.id}`;
    return created;
  }

  private authorizedCallback(id: string, caller: Caller): CallbackRecord {
    const record = this.callbacks.get(id);
    if (!caller.bearer) throw new HttpProblem(401, 'Unauthorized', 'An access token is needed to see this callback.');
    if (!record || record.token !== caller.bearer) throw new HttpProblem(403, 'Forbidden', 'This access token does not open this callback.');
    if (this.now() >= record.tokenExpiresAt) {
      throw new HttpProblem(401, 'Access token expired', 'This access token has expired.', undefined, {}, 'access-token-expired');
    }
    while (record.next && record.next.at <= this.now() && record.callback.status !== 'cancelled') {
      const { at, status } = record.next;
      record.callback.status = status;
      record.next = status === 'calling' ? { at: at + 10 * MINUTE, status: 'completed' } : undefined;
    }
    return record;
  }

  /** Moves a scheduled call to another free slot or to "as soon as possible"; 409 when that slot is taken. */
  /** "As soon as possible" (only while open, never with a time) or a free slot; its start, if any. */
  private checkWhen(input: Record<string, unknown>, errors: FieldError[], mine?: number): number | undefined {
    if (input.asap !== true) return this.checkSlot(input, errors, mine);
    if (input.slotStart !== undefined) errors.push({ field: 'slotStart', code: 'not_allowed', message: 'Choose a time or “as soon as possible”, not both.' });
    else if (!isOpen(this.now(), this.hours)) errors.push({ field: 'asap', code: 'not_allowed', message: 'We are closed now; choose a time instead.' });
    return undefined;
  }

  private reschedule(record: CallbackRecord, input: Record<string, unknown>): Stored {
    if (record.callback.status !== 'scheduled') throw new HttpProblem(409, 'Too late to reschedule', 'Only a scheduled call can be moved.');
    const errors: FieldError[] = [];
    const mine = record.callback.scheduledFor ? Date.parse(record.callback.scheduledFor) : undefined;
    const now = this.now();
    const start = this.checkWhen(input, errors, mine);
    const taken = errors.find((e) => e.field === 'slotStart' && e.code === 'not_allowed');
    if (input.asap !== true && taken && errors.length === 1) {
      throw new HttpProblem(409, 'Slot taken', 'That time is no longer free; choose another.', undefined, {}, 'slot-taken');
    }
    if (errors.length) throw invalid(errors);
    if (mine !== undefined) this.bookedSlots.delete(mine);
    if (start !== undefined) this.bookedSlots.add(start);
    record.callback.asap = start === undefined;
    if (start !== undefined) record.callback.scheduledFor = new Date(start).toISOString();
    else delete record.callback.scheduledFor;
    if (this.script) record.next = { at: start ?? now + this.script.openAfter, status: 'calling' };
    return this.ok(record.callback);
  }

  private cancelCallback(record: CallbackRecord): Stored {
    const status = record.callback.status;
    if (status === 'calling' || status === 'completed') throw new HttpProblem(409, 'Too late to cancel', 'This call has already started.');
    record.callback.status = 'cancelled';
    record.next = undefined;
    if (record.callback.scheduledFor) this.bookedSlots.delete(Date.parse(record.callback.scheduledFor));
    return this.empty(204);
  }
}

export function createMockBackend(options: MockOptions = {}): MockBackend {
  return new MockBackend(options);
}
