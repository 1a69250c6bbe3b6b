import ky, { type KyInstance } from 'ky';
import { ConfigError, ProtocolError, isHelpkitError, TimeoutError, isAbortError } from './errors.js';
import { readJson, toHelpkitError } from './response.js';
import { checkShape, type Shape } from './shape.js';
import { backoffDelay, realClock, retryAfterMs, type Clock } from './backoff.js';
import type { paths } from './protocol.gen.js';
import { ownerScope } from './storage/owner.js';

export interface RetryOptions {
  /** Attempts after the first. Default 2. */
  limit?: number;
  /** Longest wait between attempts, in ms. Default 8000. */
  backoffLimit?: number;
  /** A Retry-After longer than this (ms) is not waited out: the call fails with RateLimitError. Default 10000. */
  maxRetryAfter?: number;
}

export interface HttpOptions {
  baseUrl: string;
  locale?: string;
  identity?: string;
  /** Longest wait for one attempt's response, in ms. Default 15000. */
  timeout?: number;
  /** Longest a whole call may take, attempts and waits between them included, in ms. Default 60000. */
  deadline?: number;
  retry?: number | RetryOptions;
  fetch?: typeof fetch;
  /**
   * Called when the backend says the identity token has expired (401 `identity-expired`); return a
   * fresh token for the same customer and the call is sent once more with it. Concurrent calls
   * share one refresh. A token for another customer (another `sub`) is set but not used for
   * the call that was made as the first one.
   */
  refreshIdentity?: () => string | undefined | Promise<string | undefined>;
  /** What waits, Retry-After dates and expiry are measured on. Default: real time. */
  clock?: Clock;
}

const IDENTITY_EXPIRED = 'https://helpkit.dev/problems/identity-expired';
const IN_PROGRESS = 'https://helpkit.dev/problems/idempotency-in-progress';

/** What every SDK call accepts besides its own arguments. */
export interface CallOptions {
  signal?: AbortSignal;
}

export type Method = 'get' | 'post' | 'patch' | 'delete';
type Operation<M extends Method, P extends keyof paths> = NonNullable<paths[P][M]>;
/** The protocol's paths (from protocol/openapi.yaml) that answer `M`: a renamed path fails the typecheck. */
export type PathFor<M extends Method> = { [P in keyof paths]: [Operation<M, P>] extends [never] ? never : P }[keyof paths];
type PathParams<O> = O extends { parameters: { path: infer X } } ? X : undefined;
type QueryParams<O> = O extends { parameters: { query?: infer Q } } ? Q : undefined;

/** `params` is required exactly when the path has parameters. */
type ParamsOf<O> = [PathParams<O>] extends [undefined] ? { params?: undefined } : { params: PathParams<O> };
/** Paths without parameters. */
export type PlainPath<M extends Method> = { [P in PathFor<M>]: [PathParams<Operation<M, P>>] extends [undefined] ? P : never }[PathFor<M>];
type JsonOf<R> = R extends { content: { 'application/json': infer B } } ? B : undefined;
type Success<O> = O extends { responses: infer R } ? JsonOf<R[Extract<keyof R, 200 | 201 | 202 | 204>]> : never;
/** The body of a successful answer, as the protocol defines it. */
export type ResponseOf<M extends Method, P extends PathFor<M>> = Success<Operation<M, P>>;

export type RequestSpec<M extends Method = Method, P extends PathFor<M> = PathFor<M>> = CallOptions & ParamsOf<Operation<M, P>> & {
  method: M;
  /** A path as the protocol writes it, e.g. `/tickets/{id}/messages`; `params` fills it in. */
  path: P;
  json?: unknown;
  body?: BodyInit;
  searchParams?: QueryParams<Operation<M, P>>;
  token?: string;
  /** Marks a creating POST as safe to retry; sent as the Idempotency-Key header. */
  idempotencyKey?: string;
  etag?: string;
  /** The fields a 2xx answer must have; checked before anyone reads them (ProtocolError otherwise). */
  shape?: Shape;
  /** A fetch for this one request (e.g. one that reports upload progress); ky's rules still apply. */
  fetch?: typeof fetch;
};

export interface HttpResult<T> {
  status: number;
  data: T;
  etag?: string;
  notModified: boolean;
}

/** A key unique enough for Idempotency-Key; works outside secure contexts too. */
export function newKey(): string {
  const crypto = globalThis.crypto;
  if (crypto?.randomUUID) return crypto.randomUUID();
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return Array.from(bytes, (byte) => byte.toString(16).padStart(2, '0')).join('');
}

/**
 * An id as one path segment. encodeURIComponent keeps `.` and `..`, which URLs resolve as dot
 * segments (`tickets/../messages` is `/messages`): refuse them, and an empty id.
 */
export function segment(id: string): string {
  if (typeof id !== 'string' || /^\.{0,2}$/.test(id)) throw new ConfigError(`${JSON.stringify(id)} is not an id.`);
  return encodeURIComponent(id);
}

/** `/tickets/{id}/messages` with `{ id }` → `tickets/t_1/messages` (relative to the base URL). */
export function expandPath(path: string, params: object | undefined): string {
  return path.slice(1).replace(/\{(\w+)\}/g, (_, name: string) => segment((params as Record<string, string> | undefined)?.[name] as string));
}

/**
 * Normalizes a base URL so that two spellings of one backend share storage and requests. Refuses,
 * with ConfigError, what fetch would refuse later as an apparent network failure.
 */
export function normalizeBaseUrl(baseUrl: string): string {
  const base = typeof location !== 'undefined' ? location.href : undefined;
  let url: URL;
  try {
    url = new URL(baseUrl, base);
  } catch {
    throw new ConfigError('baseUrl is not a valid URL.');
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') throw new ConfigError('baseUrl must be an http(s) URL.');
  // Never echo the URL: it holds the credentials.
  if (url.username || url.password) throw new ConfigError('baseUrl must not contain a user name or password.');
  url.hash = '';
  url.search = '';
  return url.href.replace(/\/+$/, '');
}

/**
 * Throws ConfigError unless `value` can be sent as a header: printable ASCII only, so CR/LF cannot
 * add headers and non-Latin-1 text cannot make fetch throw (which would look like being offline).
 * Tokens (`spaces` false) are one word.
 */
export function checkHeaderValue(what: string, value: string, spaces = true): void {
  const ok = spaces ? /^[\x20-\x7e]*$/ : /^[\x21-\x7e]*$/;
  if (typeof value !== 'string' || !ok.test(value)) {
    throw new ConfigError(`${what} may hold only printable ASCII characters${spaces ? '' : ' and no spaces'} (it is sent as an HTTP header).`);
  }
}

/** What every view of one client shares: one ky instance, and the identity with its refresh. */
interface Shared {
  ky: KyInstance;
  identity?: string;
  refreshing?: Promise<string | undefined>;
}

/**
 * The HTTP layer of one client view. Views made by `withLocale` differ only in Accept-Language:
 * they share the ky instance, the identity and its refresh, so `identity = …` on one holds for all.
 */
export class Http {
  readonly baseUrl: string;
  readonly timeout: number;
  readonly deadline: number;
  readonly clock: Clock;
  readonly #locale?: string;
  #shared: Shared;
  private retry: Required<RetryOptions>;
  private refreshIdentity?: HttpOptions['refreshIdentity'];

  constructor(private options: HttpOptions, shared?: Shared) {
    this.baseUrl = normalizeBaseUrl(options.baseUrl);
    if (options.locale !== undefined) checkHeaderValue('locale', options.locale);
    // Fixed for the view's life: a language is never changed under another element's feet.
    this.#locale = options.locale || undefined;
    this.timeout = options.timeout ?? 15_000;
    this.deadline = options.deadline ?? 60_000;
    this.clock = options.clock ?? realClock;
    this.refreshIdentity = options.refreshIdentity;
    const retry = typeof options.retry === 'number' ? { limit: options.retry } : options.retry ?? {};
    this.retry = { limit: retry.limit ?? 2, backoffLimit: retry.backoffLimit ?? 8_000, maxRetryAfter: retry.maxRetryAfter ?? 10_000 };
    if (shared) {
      this.#shared = shared;
      return;
    }
    this.#shared = {
      ky: ky.create({
        prefixUrl: this.baseUrl,
        timeout: this.timeout,
        // Resolve fetch at call time so that test and page interceptors installed later still apply.
        fetch: options.fetch ?? ((input, init) => globalThis.fetch(input, init)),
        // 304 and redirects (0 when opaque) are answered by request() itself.
        throwHttpErrors: (status) => status !== 304 && status !== 0 && (status < 300 || status >= 400),
        // The protocol uses no cookies; never send the site's to the backend.
        credentials: 'omit',
        // A redirect would carry Helpkit-Identity and Idempotency-Key to wherever it points; 'manual'
        // stops at the 3xx (opaque in browsers), which request() then refuses.
        redirect: 'manual',
      }),
    };
    this.identity = options.identity;
  }

  /** Requests go through a fetch the client was given (a mock, a proxy, a test's recorder). */
  get givenFetch(): boolean {
    return !!this.options.fetch;
  }

  /** Another view on the same transport and identity, sending `locale` as Accept-Language. */
  withLocale(locale: string | undefined): Http {
    return new Http({ ...this.options, locale }, this.#shared);
  }

  get locale(): string | undefined {
    return this.#locale;
  }

  get identity(): string | undefined {
    return this.#shared.identity;
  }

  /** The signed identity token (Helpkit-Identity) of every view; ConfigError when it cannot be a header. */
  set identity(value: string | undefined) {
    if (value !== undefined) checkHeaderValue('identity', value, false);
    this.#shared.identity = value || undefined;
  }

  headers(spec: Pick<RequestSpec, 'token' | 'idempotencyKey' | 'etag'>): Record<string, string> {
    const headers: Record<string, string> = { Accept: 'application/json, application/problem+json' };
    if (this.locale) headers['Accept-Language'] = this.locale;
    if (this.identity) headers['Helpkit-Identity'] = this.identity;
    if (spec.token) {
      checkHeaderValue('The access token', spec.token, false);
      headers.Authorization = `Bearer ${spec.token}`;
    }
    if (spec.idempotencyKey) {
      // The protocol's alphabet and length, so a key the backend would refuse is never queued.
      if (!/^[A-Za-z0-9._~:-]{8,255}$/.test(spec.idempotencyKey)) {
        throw new ConfigError('idempotencyKey must be 8–255 characters of A–Z a–z 0–9 . _ ~ : -');
      }
      headers['Idempotency-Key'] = spec.idempotencyKey;
    }
    if (spec.etag) headers['If-None-Match'] = spec.etag;
    return headers;
  }

  /**
   * The signal a call runs under: the caller's, and the call's deadline. `end` tells a deadline from
   * a caller's abort and turns either into the error callers expect; call `done` when finished.
   */
  callSignal(signal?: AbortSignal) {
    const timer = new AbortController();
    const id = setTimeout(() => timer.abort(new TimeoutError()), this.deadline);
    // The deadline timer is real time (a hung network is real); what is left is read on the clock.
    const started = this.clock.now();
    return {
      signal: signal ? anySignal(signal, timer.signal) : timer.signal,
      /** Milliseconds left before the deadline. */
      left: () => this.deadline - (this.clock.now() - started),
      done: () => clearTimeout(id),
      /** The error a failed call should end with. */
      end: (error: unknown): unknown => {
        if (signal?.aborted) return isAbortError(signal.reason) ? signal.reason : new DOMException('The call was aborted.', 'AbortError');
        if (timer.signal.aborted) return new TimeoutError(error);
        return error;
      },
    };
  }

  /**
   * After a 401 `identity-expired` for a call sent with `sent`: asks refreshIdentity for a new token
   * (once for all calls waiting) and says whether the call may be sent again with it.
   */
  async renewIdentity(error: unknown, sent: string | undefined): Promise<boolean> {
    if (!this.refreshIdentity || !sent || !isHelpkitError(error) || error.status !== 401 || error.problem?.type !== IDENTITY_EXPIRED) {
      return false;
    }
    if (this.identity === sent) {
      const shared = this.#shared;
      shared.refreshing ??= Promise.resolve()
        .then(this.refreshIdentity)
        .finally(() => (shared.refreshing = undefined));
      const fresh = await shared.refreshing.catch(() => undefined);
      if (fresh && this.identity === sent) this.identity = fresh;
    }
    // Never send one customer's call as another's: only a token for the same subject may retry it.
    return !!this.identity && this.identity !== sent && ownerScope(this.identity) === ownerScope(sent);
  }

  async request<M extends Method, P extends PathFor<M>>(spec: RequestSpec<M, P>, renewed = false): Promise<HttpResult<ResponseOf<M, P>>> {
    type T = ResponseOf<M, P>;
    const sent = this.identity;
    const searchParams: Record<string, string> = {};
    for (const [name, value] of Object.entries(spec.searchParams ?? {})) if (value !== undefined && value !== '') searchParams[name] = String(value);
    const call = this.callSignal(spec.signal);
    try {
      const response = await this.#shared.ky(expandPath(spec.path, spec.params), {
        method: spec.method,
        json: spec.json,
        body: spec.body,
        searchParams,
        signal: call.signal,
        headers: this.headers(spec),
        ...(spec.fetch && { fetch: spec.fetch }),
        retry: {
          limit: this.retry.limit,
          // A POST is retried only when it carries an Idempotency-Key: the server then answers a
          // repeat with the first result, so a retry can never create a second ticket.
          methods: spec.idempotencyKey ? ['get', 'delete', 'post'] : ['get', 'delete'],
          // 409 only for a repeat of a key still being processed (checked below), never a real conflict.
          statusCodes: [408, 409, 429, 500, 502, 503, 504],
          // ky only decides whether to retry; how long to wait is ours (beforeRetry), on our clock.
          afterStatusCodes: [],
          delay: () => 0,
          shouldRetry: ({ error }) => this.shouldRetry(error, call.left()),
        },
        hooks: { beforeRetry: [({ error, retryCount }) => this.clock.sleep(this.retryWait(error, retryCount), call.signal)] },
      });
      if (response.type === 'opaqueredirect' || (response.status >= 300 && response.status < 400 && response.status !== 304)) {
        await response.body?.cancel().catch(() => undefined);
        throw new ProtocolError(response.status, 'Location', 'The server answered with a redirect, which Helpkit does not follow: check baseUrl.');
      }
      const etag = response.headers.get('ETag') ?? undefined;
      if (response.status === 304) return { status: 304, data: undefined as T, etag: etag ?? spec.etag, notModified: true };
      const data = await readJson<T>(response);
      if (spec.shape) checkShape(response.status, data, spec.shape);
      return { status: response.status, data, etag, notModified: false };
    } catch (error) {
      const failure = call.end(await toHelpkitError(error, this.clock.now()));
      if (!renewed && !spec.signal?.aborted && (await this.renewIdentity(failure, sent))) return this.request(spec, true);
      throw failure;
    } finally {
      call.done();
    }
  }

  /** ky's shouldRetry: false gives up now, true retries whatever the status, undefined leaves it to ky. */
  private async shouldRetry(error: unknown, left: number): Promise<boolean | undefined> {
    // Our own errors (e.g. a redirect an upload refused) are retried only when they say so.
    if (isHelpkitError(error) && !error.retryable) return false;
    const response = (error as { response?: Response }).response;
    if (response?.status === 409) {
      const problem = (await response.clone().json().catch(() => undefined)) as { type?: string } | undefined;
      if (problem?.type !== IN_PROGRESS) return false;
    } else if (!response || (response.status !== 429 && response.status !== 503)) return undefined;
    const wait = retryAfterMs(response.headers, this.clock.now());
    // Nothing readable: the normal backoff (true), never ky's reading of "soon" or of other headers.
    if (wait === undefined) return true;
    // Too long to wait, or past the deadline: fail now so the caller (or the outbox) can plan.
    if (wait > this.retry.maxRetryAfter || wait >= left) return false;
    return undefined;
  }

  /** How long to wait before retry `attempt`: what the server asked for, else the backoff. */
  private retryWait(error: unknown, attempt: number): number {
    const response = (error as { response?: Response }).response;
    const asked = response && [409, 429, 503].includes(response.status) ? retryAfterMs(response.headers, this.clock.now()) : undefined;
    return asked ?? backoffDelay(attempt, { first: 300, cap: this.retry.backoffLimit });
  }

  async json<M extends Method, P extends PathFor<M>>(spec: RequestSpec<M, P>): Promise<ResponseOf<M, P>> {
    return (await this.request(spec)).data;
  }
}

/** AbortSignal.any where it exists (Safari < 17.4 and Node < 20.3 lack it), else the same by hand. */
export function anySignal(a: AbortSignal, b: AbortSignal): AbortSignal {
  if (typeof AbortSignal.any === 'function') return AbortSignal.any([a, b]);
  const both = new AbortController();
  for (const signal of [a, b]) {
    if (signal.aborted) both.abort(signal.reason);
    else signal.addEventListener('abort', () => both.abort(signal.reason), { once: true });
  }
  return both.signal;
}
