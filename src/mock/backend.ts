// A complete in-memory implementation of protocol v1 as a plain fetch handler, for tests, the demo
// and backend authors who want to see the protocol's behaviour rather than read about it.
import type {
  Article,
  ArticleSummary,
  Attachment,
  Callback,
  FieldError,
  Message,
  Problem,
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
}

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

interface TicketRecord {
  ticket: Ticket;
  token: string;
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
  next?: { at: number; status: Callback['status'] };
}

interface Stored {
  status: number;
  body: string;
  headers: Record<string, string>;
}

const JSON_TYPE = 'application/json';
const PROBLEM_TYPE = 'application/problem+json';
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const E164 = /^\+[1-9][0-9]{6,14}$/;
const MINUTE = 60_000;

class HttpProblem extends Error {
  constructor(
    readonly status: number,
    readonly title: string,
    readonly detail?: string,
    readonly errors?: FieldError[],
    readonly headers: Record<string, string> = {},
  ) {
    super(title);
  }
}

const invalid = (errors: FieldError[]) =>
  new HttpProblem(422, 'Some fields need attention', 'The request has invalid fields.', errors);

/** An identity token the mock accepts in Helpkit-Identity. A real backend verifies a signature instead. */
export function mockIdentity(email: string): string {
  return `mock.${btoa(JSON.stringify({ email })).replace(/=+$/, '')}`;
}

function identityEmail(header: string | null): string | undefined {
  if (!header?.startsWith('mock.')) return undefined;
  try {
    const email = (JSON.parse(atob(header.slice(5))) as { email?: unknown }).email;
    return typeof email === 'string' ? email.toLowerCase() : undefined;
  } catch {
    return undefined;
  }
}

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
  private attachmentStore = new Map<string, Attachment>();
  private idempotency = new Map<string, { fingerprint: string; response: Promise<Stored> }>();
  private failures: Failure[] = [];
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
    const url = new URL(request.url);
    if (!url.href.startsWith(this.baseUrl + '/') && url.href !== this.baseUrl) {
      return this.problemResponse(new HttpProblem(404, 'Not found', `No route for ${url.pathname}`));
    }
    const path = url.pathname.slice(this.basePath.length) || '/';
    const method = request.method.toUpperCase();
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
      return this.problemResponse(new HttpProblem(failure.status, title, undefined, failure.errors, headers));
    }

    let stored: Stored;
    try {
      const body = method === 'GET' || method === 'DELETE' ? '' : await request.clone().text();
      if (key && method === 'POST') {
        // Idempotency: the first request with a key runs; repeats (also concurrent ones) get its answer.
        const scope = `${path}\u0000${key}`;
        const fingerprint = hash(body);
        const seen = this.idempotency.get(scope);
        if (seen) {
          if (seen.fingerprint !== fingerprint) {
            throw new HttpProblem(422, 'Idempotency-Key reused', 'This Idempotency-Key was used with a different request body.');
          }
          log.replayed = true;
          stored = await seen.response;
        } else {
          const response = this.route(method, path, url, request, body);
          this.idempotency.set(scope, { fingerprint, response });
          stored = await response.catch((error) => {
            // A refused request may be corrected and sent again with the same key.
            this.idempotency.delete(scope);
            throw error;
          });
        }
      } else {
        stored = await this.route(method, path, url, request, body);
      }
    } catch (error) {
      const problem =
        error instanceof HttpProblem ? error : new HttpProblem(500, 'Internal error', String((error as Error)?.message ?? error));
      log.status = problem.status;
      return this.problemResponse(problem);
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
  };

  private problemResponse(p: HttpProblem): Response {
    const body: Problem = { type: `https://helpkit.dev/problems/${p.status}`, title: p.title, status: p.status };
    if (p.detail) body.detail = p.detail;
    if (p.errors) body.errors = p.errors;
    return new Response(JSON.stringify(body), { status: p.status, headers: { 'Content-Type': PROBLEM_TYPE, ...p.headers } });
  }

  private async route(method: string, path: string, url: URL, request: Request, body: string): Promise<Stored> {
    const locale = pickLocale(request.headers.get('Accept-Language'));
    const segments = path.split('/').filter(Boolean).map(decodeURIComponent);
    const [a, b, c] = segments;
    const json = () => {
      try {
        return body ? (JSON.parse(body) as Record<string, unknown>) : {};
      } catch {
        throw new HttpProblem(400, 'Malformed JSON', 'The request body is not valid JSON.');
      }
    };
    // The route's shape: fixed second segments stay, any other becomes `:id`.
    const second = b === undefined ? undefined : ['index', 'access-links', 'slots'].includes(b) ? b : ':id';
    const route = `${method} /${[a, second, c].filter(Boolean).join('/')}`;

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
        return this.upload(request);
      case 'GET /tickets':
        return this.ok({ items: this.listTickets(request) });
      case 'POST /tickets':
        return this.createTicket(json());
      case 'POST /tickets/access-links':
        return this.accessLinks(json(), url);
      case 'GET /tickets/:id':
        return this.ok(this.authorizedTicket(b!, request).ticket, true);
      case 'POST /tickets/:id/messages':
        return this.reply(this.authorizedTicket(b!, request), json());
      case 'POST /tickets/:id/escalations':
        return this.escalate(this.authorizedTicket(b!, request), json());
      case 'POST /tickets/:id/satisfaction':
        return this.rate(this.authorizedTicket(b!, request), json());
      case 'POST /tickets/:id/reopen':
        return this.reopen(this.authorizedTicket(b!, request));
      case 'GET /callbacks/slots':
        return this.ok(this.slots(url.searchParams));
      case 'POST /callbacks':
        return this.requestCallback(json());
      case 'GET /callbacks/:id':
        return this.ok(this.authorizedCallback(b!, request).callback);
      case 'DELETE /callbacks/:id':
        return this.cancelCallback(this.authorizedCallback(b!, request));
    }
    throw new HttpProblem(404, 'Not found', `No route for ${method} ${path}`);
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
          ...(f.options && { options: f.options.map((o) => ({ value: o.value, label: o.label[locale] })) }),
        })),
      })),
      priorities: priorities.map((p) => ({ id: p.id, label: p.label[locale] })),
      attachments: { ...this.attachmentLimits, accept: [...this.attachmentLimits.accept] },
      callbacks: { enabled: true, asap: true },
      channels: channels.map((ch) => ({ type: ch.type, label: ch.label[locale], href: ch.href })),
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

  private async upload(request: Request): Promise<Stored> {
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
    const { maxBytes, accept } = this.attachmentLimits;
    if (file.size > maxBytes) {
      throw new HttpProblem(413, 'File too large', `Files can be at most ${maxBytes} bytes.`, [
        { field: 'file', code: 'too_large', message: `The file is larger than ${Math.round(maxBytes / 1024 / 1024)} MB.` },
      ]);
    }
    const type = file.type || 'application/octet-stream';
    const accepted = accept.some((a) => (a.endsWith('/*') ? type.startsWith(a.slice(0, -1)) : a === type));
    if (!accepted) {
      throw new HttpProblem(415, 'Unsupported file type', `Files of type ${type} are not accepted.`, [
        { field: 'file', code: 'type', message: 'This kind of file is not accepted.' },
      ]);
    }
    const attachment: Attachment = { id: `a_${this.nextId()}`, name: (file as File).name || 'file', size: file.size, type };
    this.attachmentStore.set(attachment.id, attachment);
    return this.ok(attachment, false, 201);
  }

  // ---- tickets --------------------------------------------------------------------------------

  private nextId(): string {
    return (++this.counter).toString(36) + Math.random().toString(36).slice(2, 8);
  }

  private token(): string {
    const bytes = crypto.getRandomValues(new Uint8Array(18));
    return btoa(String.fromCharCode(...bytes)).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
  }

  private validateTicket(input: Record<string, unknown>): FieldError[] {
    const errors: FieldError[] = [];
    const text = (field: string, max: number, required = true) => {
      const v = input[field];
      if (v === undefined || v === null || (typeof v === 'string' && v.trim() === '')) {
        if (required) errors.push({ field, code: 'required', message: 'This field is required.' });
      } else if (typeof v !== 'string') errors.push({ field, code: 'invalid', message: 'This must be text.' });
      else if (v.length > max) errors.push({ field, code: 'too_long', message: `At most ${max} characters.` });
    };
    text('name', 200);
    text('email', 254);
    if (typeof input.email === 'string' && input.email.trim() && !EMAIL.test(input.email.trim())) {
      errors.push({ field: 'email', code: 'invalid', message: 'Enter an e-mail address like name@example.com.' });
    }
    text('subject', 200);
    text('body', 20000);
    text('locale', 35);
    text('pageUrl', 2000, false);
    const category = categories.find((c) => c.id === input.categoryId);
    if (!category) errors.push({ field: 'categoryId', code: input.categoryId ? 'not_allowed' : 'required', message: 'Choose a topic.' });
    if (input.priority !== undefined && !priorities.some((p) => p.id === input.priority)) {
      errors.push({ field: 'priority', code: 'not_allowed', message: 'Choose one of the listed priorities.' });
    }
    const fields = (input.fields ?? {}) as Record<string, unknown>;
    if (typeof fields !== 'object' || Array.isArray(fields)) {
      errors.push({ field: 'fields', code: 'invalid', message: 'Custom fields must be an object.' });
    } else if (category) {
      for (const def of category.fields) {
        const field = `fields.${def.id}`;
        const v = fields[def.id];
        const empty = v === undefined || v === null || v === '' || (def.type === 'checkbox' && v === false);
        if (empty) {
          if (def.required) errors.push({ field, code: 'required', message: 'This field is required.' });
          continue;
        }
        const bad = (code: string, message: string) => errors.push({ field, code, message });
        switch (def.type) {
          case 'number':
            if (typeof v !== 'number' || !Number.isFinite(v)) bad('invalid', 'Enter a number.');
            break;
          case 'checkbox':
            if (typeof v !== 'boolean') bad('invalid', 'Must be true or false.');
            break;
          case 'select':
            if (!def.options?.some((o) => o.value === v)) bad('not_allowed', 'Choose one of the listed options.');
            break;
          case 'date':
            if (typeof v !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(v) || Number.isNaN(Date.parse(v))) bad('invalid', 'Enter a date.');
            break;
          case 'email':
            if (typeof v !== 'string' || !EMAIL.test(v)) bad('invalid', 'Enter an e-mail address like name@example.com.');
            break;
          case 'tel':
            if (typeof v !== 'string' || !/^\+?[0-9 ()-]{6,20}$/.test(v)) bad('invalid', 'Enter a phone number.');
            break;
          default:
            if (typeof v !== 'string') bad('invalid', 'This must be text.');
        }
        if (typeof v === 'string' && def.maxLength && v.length > def.maxLength) bad('too_long', `At most ${def.maxLength} characters.`);
      }
    }
    const ids = input.attachmentIds;
    if (ids !== undefined) {
      if (!Array.isArray(ids)) errors.push({ field: 'attachmentIds', code: 'invalid', message: 'Must be a list.' });
      else {
        if (ids.length > this.attachmentLimits.maxFiles) {
          errors.push({ field: 'attachmentIds', code: 'too_long', message: `At most ${this.attachmentLimits.maxFiles} files.` });
        }
        if (ids.some((id) => !this.attachmentStore.has(id as string))) {
          errors.push({ field: 'attachmentIds', code: 'not_found', message: 'An attachment was not found; upload it again.' });
        }
      }
    }
    return errors;
  }

  private createTicket(input: Record<string, unknown>): Stored {
    const errors = this.validateTicket(input);
    if (errors.length) throw invalid(errors);
    const t = input as unknown as TicketInput;
    const locale = pickLocale(t.locale);
    const category = categories.find((c) => c.id === t.categoryId)!;
    const now = this.now();
    const id = `t_${this.nextId()}`;
    const slaMinutes = t.priority === 'urgent' ? Math.ceil(category.slaMinutes / 2) : category.slaMinutes;
    const record: TicketRecord = {
      token: this.token(),
      email: t.email.trim().toLowerCase(),
      name: t.name.trim(),
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
            author: { role: 'customer', name: t.name.trim() },
            body: t.body,
            createdAt: new Date(now).toISOString(),
            ...(t.attachmentIds?.length && { attachments: t.attachmentIds.map((aid) => this.attachmentStore.get(aid)!) }),
          },
        ],
        canEscalate: false,
        canReopen: false,
      },
    };
    if (this.script) record.next = { at: now + this.script.openAfter, kind: 'open' };
    this.tickets.set(id, record);
    this.refresh(record);
    return this.ok({ ticket: record.ticket, accessToken: record.token }, false, 201);
  }

  private authorizedTicket(id: string, request: Request): TicketRecord {
    const record = this.tickets.get(id);
    const bearer = request.headers.get('Authorization')?.replace(/^Bearer\s+/i, '');
    const email = identityEmail(request.headers.get('Helpkit-Identity'));
    if (!bearer && !email) throw new HttpProblem(401, 'Unauthorized', 'An access token is needed to see this ticket.');
    // The same answer for a missing ticket and a wrong token, so ids cannot be probed.
    if (!record || (bearer !== record.token && email !== record.email)) {
      throw new HttpProblem(403, 'Forbidden', 'This access token does not open this ticket.');
    }
    this.progress(record);
    return record;
  }

  private listTickets(request: Request): Ticket[] {
    const email = identityEmail(request.headers.get('Helpkit-Identity'));
    if (!email) throw new HttpProblem(401, 'Unauthorized', 'Listing tickets needs a signed identity (Helpkit-Identity).');
    return [...this.tickets.values()]
      .filter((r) => r.email === email)
      .map((r) => (this.progress(r), r.ticket))
      .sort((a, b) => b.createdAt.localeCompare(a.createdAt));
  }

  private accessLinks(input: Record<string, unknown>, url: URL): Stored {
    const email = typeof input.email === 'string' ? input.email.trim().toLowerCase() : '';
    if (!EMAIL.test(email)) throw invalid([{ field: 'email', code: 'invalid', message: 'Enter an e-mail address like name@example.com.' }]);
    const links = [...this.tickets.values()]
      .filter((r) => r.email === email)
      .map((r) => `${url.origin}/help#hk-ticket=${r.ticket.id}.${r.token}`);
    if (links.length) this.emails.push({ to: email, links });
    return this.empty(202);
  }

  private reply(record: TicketRecord, input: Record<string, unknown>): Stored {
    const body = input.body;
    const errors: FieldError[] = [];
    if (typeof body !== 'string' || !body.trim()) errors.push({ field: 'body', code: 'required', message: 'Write a message.' });
    else if (body.length > 20000) errors.push({ field: 'body', code: 'too_long', message: 'At most 20000 characters.' });
    const ids = (input.attachmentIds ?? []) as string[];
    if (!Array.isArray(ids) || ids.some((id) => !this.attachmentStore.has(id))) {
      errors.push({ field: 'attachmentIds', code: 'not_found', message: 'An attachment was not found; upload it again.' });
    }
    if (errors.length) throw invalid(errors);
    if (record.ticket.status === 'closed') throw new HttpProblem(409, 'Ticket closed', 'This ticket is closed; open a new one.');
    const now = this.now();
    const message: Message = {
      id: `m_${this.nextId()}`,
      author: { role: 'customer', name: record.name },
      body: body as string,
      createdAt: new Date(now).toISOString(),
      ...(ids.length && { attachments: ids.map((id) => this.attachmentStore.get(id)!) }),
    };
    record.ticket.messages.push(message);
    if (record.ticket.status !== 'received') record.ticket.status = 'open';
    if (this.script && record.ticket.status === 'open') record.next = { at: now + this.script.replyAfter, kind: 'reply' };
    this.touch(record);
    return this.ok(message, false, 201);
  }

  private escalate(record: TicketRecord, input: Record<string, unknown>): Stored {
    const reason = input.reason;
    if (typeof reason !== 'string' || !reason.trim()) throw invalid([{ field: 'reason', code: 'required', message: 'Tell us why.' }]);
    if (reason.length > 2000) throw invalid([{ field: 'reason', code: 'too_long', message: 'At most 2000 characters.' }]);
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
    if (input.comment !== undefined && (typeof input.comment !== 'string' || input.comment.length > 2000)) {
      errors.push({ field: 'comment', code: 'too_long', message: 'At most 2000 characters.' });
    }
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

  private requestCallback(input: Record<string, unknown>): Stored {
    const errors: FieldError[] = [];
    if (typeof input.name !== 'string' || !input.name.trim()) errors.push({ field: 'name', code: 'required', message: 'This field is required.' });
    if (typeof input.phone !== 'string' || !input.phone) errors.push({ field: 'phone', code: 'required', message: 'This field is required.' });
    else if (!E164.test(input.phone)) errors.push({ field: 'phone', code: 'invalid', message: 'Enter the number with its country code, like +46 70 123 45 67.' });
    if (typeof input.locale !== 'string' || !input.locale) errors.push({ field: 'locale', code: 'required', message: 'This field is required.' });
    if (input.topic !== undefined && (typeof input.topic !== 'string' || input.topic.length > 500)) {
      errors.push({ field: 'topic', code: 'too_long', message: 'At most 500 characters.' });
    }
    const now = this.now();
    let start: number | undefined;
    if (input.asap === true) {
      if (input.slotStart !== undefined) errors.push({ field: 'slotStart', code: 'not_allowed', message: 'Choose a time or “as soon as possible”, not both.' });
      else if (!isOpen(now, this.hours)) errors.push({ field: 'asap', code: 'not_allowed', message: 'We are closed now; choose a time instead.' });
    } else {
      start = typeof input.slotStart === 'string' ? Date.parse(input.slotStart) : NaN;
      if (Number.isNaN(start)) errors.push({ field: 'slotStart', code: 'required', message: 'Choose a time.' });
      else {
        const offered = this.slots(new URLSearchParams({ from: new Date(now).toISOString(), to: new Date(now + 14 * 24 * 60 * MINUTE).toISOString() }));
        if (!offered.slots.some((s) => Date.parse(s.start) === start && s.available)) {
          errors.push({ field: 'slotStart', code: 'not_allowed', message: 'That time is no longer free; choose another.' });
        }
      }
    }
    if (input.ticketId !== undefined && !this.tickets.has(input.ticketId as string)) {
      errors.push({ field: 'ticketId', code: 'not_found', message: 'No such ticket.' });
    }
    if (errors.length) throw invalid(errors);
    const phone = input.phone as string;
    const callback: Callback = {
      id: `c_${this.nextId()}`,
      status: 'scheduled',
      asap: input.asap === true,
      phoneMasked: `${phone.slice(0, 3)} ••• ••• ${phone.slice(-2)}`,
      ...(start !== undefined && { scheduledFor: new Date(start).toISOString() }),
    };
    if (start !== undefined) this.bookedSlots.add(start);
    const record: CallbackRecord = { callback, token: this.token() };
    if (this.script) record.next = { at: start ?? now + this.script.openAfter, status: 'calling' };
    this.callbacks.set(callback.id, record);
    return this.ok({ callback, accessToken: record.token }, false, 201);
  }

  private authorizedCallback(id: string, request: Request): CallbackRecord {
    const record = this.callbacks.get(id);
    const bearer = request.headers.get('Authorization')?.replace(/^Bearer\s+/i, '');
    if (!bearer) throw new HttpProblem(401, 'Unauthorized', 'An access token is needed to see this callback.');
    if (!record || record.token !== bearer) throw new HttpProblem(403, 'Forbidden', 'This access token does not open this callback.');
    while (record.next && record.next.at <= this.now() && record.callback.status !== 'cancelled') {
      const { at, status } = record.next;
      record.callback.status = status;
      record.next = status === 'calling' ? { at: at + 10 * MINUTE, status: 'completed' } : undefined;
    }
    return record;
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
