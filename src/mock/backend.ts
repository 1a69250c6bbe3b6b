// A complete in-memory implementation of protocol v1.1 as a plain fetch handler, for tests, the demo
// and backend authors who want to see the protocol's behaviour rather than read about it.
// This file is the front door: the request pipeline (CORS, scripted failures, credentials,
// Idempotency-Key, ETag revalidation) and what tests steer; router.ts names the modules behind it.
import type { SiteConfig, Ticket, TicketStatus } from '../sdk/types.js';
import { toResponse, type Stored } from './answer.js';
import type { Feedback } from './articles.js';
import type { SentEmail } from './access-links.js';
import { Attachments } from './attachments.js';
import { Callbacks } from './callbacks.js';
import { callerKey, readCaller, type Caller } from './caller.js';
import { DAY, MockClock } from './clock.js';
import type { MockContext } from './context.js';
import { corsHeaders, preflight } from './cors.js';
import { IdempotencyStore } from './idempotency.js';
import { IdSource } from './ids.js';
import { resolveSettings, type Failure, type LoggedRequest, type MockOptions } from './options.js';
import { HttpProblem, problemResponse } from './problem.js';
import { RateLimiter } from './rate-limit.js';
import { checkIdempotencyKey, checkQuery, pathSegments, readBody, uploadFingerprint } from './request.js';
import { Router, type Routed } from './router.js';
import { siteConfig } from './site-config.js';
import type { Locale } from './seed-config.js';
import { failureResponse, Holds, ScriptedFailures } from './test-controls.js';
import { Tickets } from './tickets.js';
import type { AnswerOptions } from './scripted-agent.js';
import type { ScriptMove, Words } from './script.js';

export type { Failure, LoggedRequest, MockLimits, MockOptions, ScriptOptions } from './options.js';
export type { AnswerOptions } from './scripted-agent.js';
export type { ScriptMove, Words } from './script.js';

/** How long a backend remembers an Idempotency-Key and its answer. */
const IDEMPOTENCY_RETENTION = DAY;
/** Only routes that take credentials read them: an expired identity does not stop the FAQ. */
const CREDENTIAL_ROUTES = ['tickets', 'callbacks', 'attachments'];

export class MockBackend {
  readonly baseUrl: string;
  private ctx: MockContext;
  private tickets: Tickets;
  private router: Router;
  private idempotency: IdempotencyStore<Stored>;
  private failures = new ScriptedFailures();
  private holds = new Holds();
  /** Every request answered, in order: for tests to count attempts and see what was sent. */
  readonly requests: LoggedRequest[] = [];
  /** Access-link e-mails the backend would have sent. */
  readonly emails: SentEmail[] = [];
  /** Article feedback received. */
  readonly feedback: Feedback[] = [];
  latency: number;
  /** While true, every request fails as if the network were down. */
  offline = false;

  constructor(options: MockOptions = {}) {
    const settings = resolveSettings(options);
    const clock = new MockClock(options);
    this.ctx = { settings, clock, ids: new IdSource(), limiter: new RateLimiter(clock.now) };
    this.baseUrl = settings.baseUrl;
    this.latency = options.latency ?? 0;
    this.idempotency = new IdempotencyStore<Stored>(clock.now, IDEMPOTENCY_RETENTION);
    const attachments = new Attachments(this.ctx);
    this.tickets = new Tickets(this.ctx, attachments);
    const callbacks = new Callbacks(this.ctx, this.tickets);
    this.router = new Router(this.ctx, { tickets: this.tickets, callbacks, attachments, emails: this.emails, feedback: this.feedback });
  }

  /** The mock's current time in ms. */
  now(): number {
    return this.ctx.clock.now();
  }

  /** Moves the clock forward; scripted ticket and callback changes due by then happen. */
  advance(ms: number): void {
    this.ctx.clock.advance(ms);
  }

  /** The next requests fail as described, one failure per request, in order. */
  failNext(...failures: Failure[]): void {
    this.failures.add(failures);
  }

  /**
   * Holds the next request matching `METHOD path` once it is accepted (its Idempotency-Key
   * claimed), until `release()`: for tests of requests in flight. `reached` resolves when it arrives.
   */
  hold(match: RegExp): { reached: Promise<void>; release: () => void } {
    return this.holds.add(match);
  }

  /** Tickets as stored, for tests and the demo's backstage panel. */
  ticket(id: string): Ticket | undefined {
    return this.tickets.peek(id);
  }

  get ticketCount(): number {
    return this.tickets.count;
  }

  /**
   * Adds a message of the team now, as if someone answered: the ticket then waits on the customer.
   * `role: 'bot'` writes as the site's bot; `ask: true` asks a question (not solved while it waits).
   * It stands in for the script's next planned answer. Throws for an unknown id.
   */
  agentReply(id: string, body: Words, options: AnswerOptions = {}): void {
    this.tickets.agentReply(id, body, options);
  }

  /** Sets a ticket's status as someone on the team would; solving or closing it ends its script. */
  setStatus(id: string, status: TicketStatus): void {
    this.tickets.agent.setStatus(this.tickets.record(id), status);
  }

  /**
   * Breaks the ticket's promise now: its first reply (or, once answered, its solution) falls due a
   * minute ago, so `sla.breached` and `canEscalate` are true until it is answered or solved.
   */
  breach(id: string): void {
    const record = this.tickets.record(id);
    this.tickets.agent.breach(record);
    this.tickets.agent.touch(record);
  }

  /** Plans multi-step work on the ticket now: `steps` are their titles (per language, or one for all); the first is current. */
  planSteps(id: string, steps: Words[]): void {
    this.tickets.agent.planSteps(this.tickets.record(id), steps);
  }

  /** Marks the ticket's current step done and the next one current. */
  advanceStep(id: string): void {
    this.tickets.agent.advanceStep(this.tickets.record(id));
  }

  /** Gives one ticket its own script from now on (see `ScriptMove`), in place of what is left of its current one. */
  script(id: string, moves: ScriptMove[]): void {
    this.tickets.agent.follow(this.tickets.record(id), moves);
  }

  /** The site configuration as GET /config answers it in `locale`. */
  config(locale: Locale = 'en'): SiteConfig {
    return siteConfig(this.ctx, locale);
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
    for (const [k, v] of Object.entries(corsHeaders(request.headers.get('Origin'), this.ctx.settings.origins))) response.headers.set(k, v);
    return response;
  };

  private async answer(request: Request): Promise<Response> {
    const url = new URL(request.url);
    if (!url.href.startsWith(this.baseUrl + '/') && url.href !== this.baseUrl) {
      return problemResponse(new HttpProblem(404, 'Not found', `No route for ${url.pathname}`));
    }
    const path = url.pathname.slice(this.ctx.settings.basePath.length) || '/';
    const method = request.method.toUpperCase();
    if (method === 'OPTIONS') return preflight(request, this.ctx.settings.origins);
    const key = request.headers.get('Idempotency-Key') ?? undefined;
    const log: LoggedRequest = { method, path, status: 0, idempotencyKey: key };
    this.requests.push(log);
    if (this.latency) await this.ctx.clock.wait(this.latency);

    const failure = this.failures.take(`${method} ${path}`);
    if (failure) {
      if (!failure.network) log.status = failure.status;
      return failureResponse(failure);
    }
    let stored: Stored;
    try {
      stored = await this.run(request, url, method, path, key, log);
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
    return toResponse(stored);
  }

  /** Reads the request, checks who may call, and routes it, once per Idempotency-Key. */
  private async run(request: Request, url: URL, method: string, path: string, key: string | undefined, log: LoggedRequest): Promise<Stored> {
    checkQuery(url.search);
    const segments = pathSegments(path);
    const withBody = method === 'POST' || method === 'PATCH';
    if (key !== undefined && withBody) checkIdempotencyKey(key);
    const body = !withBody ? '' : segments[0] === 'attachments' ? await uploadFingerprint(request) : await readBody(request);
    const caller: Caller = CREDENTIAL_ROUTES.includes(segments[0] ?? '') ? readCaller(request, this.now()) : {};
    const routed: Routed = { method, segments, url, request, body, caller };
    // Authorization first, also for a repeat: a replayed answer goes only to who may see it.
    this.router.authorize(routed);
    const routeOnce = async () => {
      await this.holds.pass(`${method} ${path}`);
      return this.router.route(routed);
    };
    if (!key || !withBody) return routeOnce();
    // Scoped per caller, so another caller's use of a key is simply another key. The route as
    // routed (decoded, empty segments dropped): `/tickets/`, `//tickets` and `/%74ickets` share a key.
    const scope = `${method} /${segments.join('/')}\u0000${callerKey(caller)}\u0000${key}`;
    return this.idempotency.once(scope, body, routeOnce, () => (log.replayed = true));
  }
}

export function createMockBackend(options: MockOptions = {}): MockBackend {
  return new MockBackend(options);
}
