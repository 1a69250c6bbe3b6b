import ky, { type KyInstance } from 'ky';
import {
  BadResponseError,
  errorFromResponse,
  HelpkitError,
  NetworkError,
  parseRetryAfter,
  TimeoutError,
  isAbortError,
} from './errors.js';

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
  timeout?: number;
  retry?: number | RetryOptions;
  fetch?: typeof fetch;
}

/** What every SDK call accepts besides its own arguments. */
export interface CallOptions {
  signal?: AbortSignal;
}

export interface RequestSpec extends CallOptions {
  method: 'get' | 'post' | 'delete';
  path: string;
  json?: unknown;
  body?: BodyInit;
  searchParams?: Record<string, string | number | undefined>;
  token?: string;
  /** Marks a creating POST as safe to retry; sent as the Idempotency-Key header. */
  idempotencyKey?: string;
  etag?: string;
}

export interface HttpResult<T> {
  status: number;
  data: T;
  etag?: string;
  notModified: boolean;
}

/** A key unique enough for Idempotency-Key; works outside secure contexts too. */
export function newKey(): string {
  const c = globalThis.crypto;
  if (c?.randomUUID) return c.randomUUID();
  const bytes = c.getRandomValues(new Uint8Array(16));
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}

/** Normalizes a base URL so that two spellings of one backend share storage and requests. */
export function normalizeBaseUrl(baseUrl: string): string {
  const base = typeof location !== 'undefined' ? location.href : undefined;
  const url = new URL(baseUrl, base);
  url.hash = '';
  url.search = '';
  return url.href.replace(/\/+$/, '');
}

export class Http {
  readonly baseUrl: string;
  locale?: string;
  identity?: string;
  private ky: KyInstance;
  private retry: Required<RetryOptions>;
  private fetchImpl: typeof fetch;
  readonly timeout: number;

  constructor(options: HttpOptions) {
    this.baseUrl = normalizeBaseUrl(options.baseUrl);
    this.locale = options.locale;
    this.identity = options.identity;
    this.timeout = options.timeout ?? 15_000;
    const r = typeof options.retry === 'number' ? { limit: options.retry } : options.retry ?? {};
    this.retry = { limit: r.limit ?? 2, backoffLimit: r.backoffLimit ?? 8_000, maxRetryAfter: r.maxRetryAfter ?? 10_000 };
    // Resolve fetch at call time so that test and page interceptors installed later still apply.
    this.fetchImpl = options.fetch ?? ((input, init) => globalThis.fetch(input, init));
    this.ky = ky.create({
      prefixUrl: this.baseUrl,
      timeout: this.timeout,
      fetch: this.fetchImpl,
      throwHttpErrors: (status) => status !== 304,
    });
  }

  headers(spec: Pick<RequestSpec, 'token' | 'idempotencyKey' | 'etag'>): Record<string, string> {
    const h: Record<string, string> = { Accept: 'application/json, application/problem+json' };
    if (this.locale) h['Accept-Language'] = this.locale;
    if (this.identity) h['Helpkit-Identity'] = this.identity;
    if (spec.token) h.Authorization = `Bearer ${spec.token}`;
    if (spec.idempotencyKey) h['Idempotency-Key'] = spec.idempotencyKey;
    if (spec.etag) h['If-None-Match'] = spec.etag;
    return h;
  }

  get retryLimit(): number {
    return this.retry.limit;
  }

  get maxRetryAfter(): number {
    return this.retry.maxRetryAfter;
  }

  /** Waits `attempt`'s backoff (as ky does) or `atLeast` ms, or rejects when the signal aborts. */
  backoff(attempt: number, signal?: AbortSignal, atLeast = 0): Promise<void> {
    const ms = Math.max(atLeast, Math.min(this.retry.backoffLimit, 300 * 2 ** (attempt - 1)));
    return sleep(ms, signal);
  }

  async request<T>(spec: RequestSpec): Promise<HttpResult<T>> {
    const maxRetryAfter = this.retry.maxRetryAfter;
    const searchParams: Record<string, string> = {};
    for (const [k, v] of Object.entries(spec.searchParams ?? {})) if (v !== undefined && v !== '') searchParams[k] = String(v);
    let response: Response;
    try {
      response = await this.ky(spec.path, {
        method: spec.method,
        json: spec.json,
        body: spec.body,
        searchParams,
        signal: spec.signal,
        headers: this.headers(spec),
        retry: {
          limit: this.retry.limit,
          backoffLimit: this.retry.backoffLimit,
          // A POST is retried only when it carries an Idempotency-Key: the server then answers a
          // repeat with the first result, so a retry can never create a second ticket.
          methods: spec.idempotencyKey ? ['get', 'delete', 'post'] : ['get', 'delete'],
          statusCodes: [408, 429, 500, 502, 503, 504],
          afterStatusCodes: [429, 503],
          shouldRetry: ({ error }) => {
            const r = (error as { response?: Response }).response;
            if (r && (r.status === 429 || r.status === 503)) {
              const wait = parseRetryAfter(r.headers.get('Retry-After')) * 1000;
              if (wait > maxRetryAfter) return false;
            }
            return undefined;
          },
        },
      });
    } catch (error) {
      throw await toHelpkitError(error);
    }
    const etag = response.headers.get('ETag') ?? undefined;
    if (response.status === 304) return { status: 304, data: undefined as T, etag: etag ?? spec.etag, notModified: true };
    return { status: response.status, data: await readJson<T>(response), etag, notModified: false };
  }

  async json<T>(spec: RequestSpec): Promise<T> {
    return (await this.request<T>(spec)).data;
  }

  /** Resolves a path against the base URL (for requests made outside ky, e.g. XHR uploads). */
  url(path: string): string {
    return `${this.baseUrl}/${path}`;
  }
}

export async function readJson<T>(response: Response): Promise<T> {
  if (response.status === 204 || response.status === 202) {
    await response.body?.cancel().catch(() => undefined);
    return undefined as T;
  }
  let text: string;
  try {
    text = await response.text();
  } catch (error) {
    if (isAbortError(error)) throw error;
    throw new NetworkError(error);
  }
  try {
    return JSON.parse(text) as T;
  } catch (error) {
    throw new BadResponseError(response.status, 'The server sent a response that could not be read.', error);
  }
}

export async function toHelpkitError(error: unknown): Promise<unknown> {
  if (error instanceof HelpkitError || isAbortError(error)) return error;
  const name = (error as Error | undefined)?.name;
  if (name === 'HTTPError') return errorFromResponse((error as { response: Response }).response);
  if (name === 'TimeoutError') return new TimeoutError(error);
  // fetch rejects with a TypeError when there is no network or the host cannot be reached.
  return new NetworkError(error);
}

export function sleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(signal.reason);
    const timer = setTimeout(done, ms);
    function done() {
      signal?.removeEventListener('abort', abort);
      resolve();
    }
    function abort() {
      clearTimeout(timer);
      reject(signal!.reason);
    }
    signal?.addEventListener('abort', abort, { once: true });
  });
}
