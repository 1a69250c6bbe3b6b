import type { FieldError, Problem } from './types.js';
import { waitMs } from './backoff.js';

export type ErrorKind =
  | 'validation'
  | 'auth'
  | 'not_found'
  | 'conflict'
  | 'rate_limit'
  | 'server'
  | 'http'
  | 'bad_response'
  | 'network'
  | 'timeout'
  | 'protocol'
  | 'config';

/**
 * Every failure of an SDK call. `status` is the HTTP status, or 0 when no response came
 * (offline, network failure, timeout). Check with the `is*` guards below rather than
 * `instanceof`: they compare by `kind`, so they hold across bundles and frames.
 */
export class HelpkitError extends Error {
  override name = 'HelpkitError';
  readonly kind: ErrorKind;
  readonly status: number;
  readonly problem?: Problem;
  /** Seconds the server asked us to wait (Retry-After on 429 or 503); 0 when it did not say or said nonsense. */
  readonly retryAfter: number;

  constructor(
    kind: ErrorKind,
    status: number,
    message: string,
    problem?: Problem,
    options?: { cause?: unknown; retryAfter?: number },
  ) {
    super(message, options);
    this.kind = kind;
    this.status = status;
    this.problem = problem;
    this.retryAfter = options?.retryAfter ?? 0;
  }

  /** Whether trying the same call again later may succeed. */
  get retryable(): boolean {
    return ['network', 'timeout', 'server', 'rate_limit', 'bad_response'].includes(this.kind);
  }
}

/** 400 or 422: the input was refused; `fieldErrors` says which field and why. */
export class ValidationError extends HelpkitError {
  override name = 'ValidationError';
  readonly fieldErrors: FieldError[];
  constructor(status: number, problem: Problem) {
    super('validation', status, problem.detail ?? problem.title, problem);
    this.fieldErrors = problem.errors ?? [];
  }
}

/** 401 or 403: the access token or identity is missing, wrong or expired. */
export class AuthError extends HelpkitError {
  override name = 'AuthError';
  constructor(status: number, problem: Problem) {
    super('auth', status, problem.detail ?? problem.title, problem);
  }
}

export class NotFoundError extends HelpkitError {
  override name = 'NotFoundError';
  constructor(problem: Problem) {
    super('not_found', 404, problem.detail ?? problem.title, problem);
  }
}

/** 409: the action is not allowed in the resource's current state (e.g. escalating twice). */
export class ConflictError extends HelpkitError {
  override name = 'ConflictError';
  constructor(problem: Problem, retryAfter = 0) {
    super('conflict', 409, problem.detail ?? problem.title, problem, { retryAfter });
  }

  /** Only a repeat of an Idempotency-Key whose first request is still running may be sent again. */
  override get retryable(): boolean {
    return this.problem?.type === 'https://helpkit.dev/problems/idempotency-in-progress';
  }
}

/** 429: too many requests; `retryAfter` is in seconds (0 when the server did not say). */
export class RateLimitError extends HelpkitError {
  override name = 'RateLimitError';
  constructor(problem: Problem, retryAfter: number) {
    super('rate_limit', 429, problem.detail ?? problem.title, problem, { retryAfter });
  }
}

/** 5xx: the backend failed. */
export class ServerError extends HelpkitError {
  override name = 'ServerError';
  constructor(status: number, problem: Problem, retryAfter = 0) {
    super('server', status, problem.detail ?? problem.title, problem, { retryAfter });
  }
}

/** A response that does not parse (malformed JSON, an HTML error page in place of JSON). */
export class BadResponseError extends HelpkitError {
  override name = 'BadResponseError';
  constructor(status: number, message: string, cause?: unknown) {
    super('bad_response', status, message, undefined, { cause });
  }
}

/** No response: the device is offline or the server could not be reached. */
export class NetworkError extends HelpkitError {
  override name = 'NetworkError';
  readonly offline: boolean;
  constructor(cause?: unknown) {
    const offline = typeof navigator !== 'undefined' && navigator.onLine === false;
    super('network', 0, offline ? 'You are offline.' : 'The server could not be reached.', undefined, { cause });
    this.offline = offline;
  }
}

export class TimeoutError extends HelpkitError {
  override name = 'TimeoutError';
  constructor(cause?: unknown) {
    super('timeout', 0, 'The server took too long to answer.', undefined, { cause });
  }
}

/**
 * A 2xx response whose body does not have the shape the protocol promises (e.g. `201 {}` to a
 * create). Not retryable: the server did act, so sending again cannot fix the answer.
 */
export class ProtocolError extends HelpkitError {
  override name = 'ProtocolError';
  /** Where in the body the problem is, e.g. `ticket.id`. */
  readonly path: string;
  constructor(status: number, path: string, message: string) {
    super('protocol', status, message);
    this.path = path;
  }
}

/**
 * A mistake on this side, found before anything was sent: a header value with CR/LF or characters
 * outside Latin-1, credentials in `baseUrl`, an id that is a dot segment. Never retryable.
 */
export class ConfigError extends HelpkitError {
  override name = 'ConfigError';
  constructor(message: string) {
    super('config', 0, message);
  }
}

const hasKind = (error: unknown, kind: ErrorKind) =>
  isHelpkitError(error) && error.kind === kind;

export const isHelpkitError = (error: unknown): error is HelpkitError =>
  error instanceof Error && typeof (error as HelpkitError).kind === 'string' && typeof (error as HelpkitError).status === 'number';
export const isValidationError = (e: unknown): e is ValidationError => hasKind(e, 'validation');
export const isAuthError = (e: unknown): e is AuthError => hasKind(e, 'auth');
export const isNotFoundError = (e: unknown): e is NotFoundError => hasKind(e, 'not_found');
export const isConflictError = (e: unknown): e is ConflictError => hasKind(e, 'conflict');
export const isRateLimitError = (e: unknown): e is RateLimitError => hasKind(e, 'rate_limit');
export const isServerError = (e: unknown): e is ServerError => hasKind(e, 'server');
export const isNetworkError = (e: unknown): e is NetworkError => hasKind(e, 'network');
export const isTimeoutError = (e: unknown): e is TimeoutError => hasKind(e, 'timeout');
export const isProtocolError = (e: unknown): e is ProtocolError => hasKind(e, 'protocol');
export const isConfigError = (e: unknown): e is ConfigError => hasKind(e, 'config');
export const isAbortError = (e: unknown): boolean =>
  typeof e === 'object' && e !== null && (e as Error).name === 'AbortError';

/** Seconds from a Retry-After header (delta-seconds or HTTP date); 0 when absent or unreadable. */
export function parseRetryAfter(value: string | null, now = Date.now()): number {
  const ms = waitMs(value, now);
  if (ms === undefined) return 0;
  // Delta-seconds are kept as given; a date is rounded up to whole seconds.
  return Number.isFinite(Number(value)) ? ms / 1000 : Math.ceil(ms / 1000);
}

function asProblem(status: number, statusText: string, body: unknown): Problem {
  const given = body as Partial<Problem> | undefined;
  if (given && typeof given === 'object' && typeof given.title === 'string') {
    return {
      type: given.type ?? 'about:blank',
      title: given.title,
      status: given.status ?? status,
      detail: given.detail,
      errors: Array.isArray(given.errors) ? given.errors : undefined,
    };
  }
  return { type: 'about:blank', title: statusText || `HTTP ${status}`, status };
}

/** Turns a failed HTTP response into the matching error class. */
export async function errorFromResponse(response: Response, now = Date.now()): Promise<HelpkitError> {
  const text = await response.text().catch(() => '');
  let body: unknown;
  try {
    body = text ? JSON.parse(text) : undefined;
  } catch {
    body = undefined; // an HTML error page or garbage: keep the status, drop the body
  }
  const problem = asProblem(response.status, response.statusText, body);
  const status = response.status;
  if (status === 400 || status === 422) return new ValidationError(status, problem);
  if (status === 401 || status === 403) return new AuthError(status, problem);
  if (status === 404) return new NotFoundError(problem);
  // RateLimit-Reset (IETF RateLimit fields) says the same in seconds when Retry-After is absent.
  const retryAfter = parseRetryAfter(response.headers.get('Retry-After') ?? response.headers.get('RateLimit-Reset'), now);
  if (status === 409) return new ConflictError(problem, retryAfter);
  if (status === 429) return new RateLimitError(problem, retryAfter);
  if (status >= 500) return new ServerError(status, problem, retryAfter);
  // 408: the server gave up waiting for the request; sending it again may well work.
  if (status === 408) return new HelpkitError('timeout', status, problem.detail ?? problem.title, problem);
  return new HelpkitError('http', status, problem.detail ?? problem.title, problem);
}

/** What an error says, as plain data that can cross a BroadcastChannel (an Error loses its fields there). */
export interface ErrorReport {
  kind: ErrorKind;
  status: number;
  message: string;
  problem?: Problem;
  retryAfter: number;
  path?: string;
}

export function reportError(error: HelpkitError): ErrorReport {
  const { kind, status, message, problem, retryAfter } = error;
  return { kind, status, message, problem, retryAfter, ...(error instanceof ProtocolError && { path: error.path }) };
}

/** The error a report describes, of the class its kind names, so the guards and `retryable` hold. */
export function reviveError(report: ErrorReport): HelpkitError {
  const { kind, status, message, retryAfter } = report;
  const problem = report.problem ?? { type: 'about:blank', title: message, status };
  switch (kind) {
    case 'validation':
      return new ValidationError(status, problem);
    case 'auth':
      return new AuthError(status, problem);
    case 'not_found':
      return new NotFoundError(problem);
    case 'conflict':
      return new ConflictError(problem, retryAfter);
    case 'rate_limit':
      return new RateLimitError(problem, retryAfter);
    case 'server':
      return new ServerError(status, problem, retryAfter);
    case 'bad_response':
      return new BadResponseError(status, message);
    case 'network':
      return new NetworkError();
    case 'timeout':
      return new TimeoutError();
    case 'protocol':
      return new ProtocolError(status, report.path ?? '(body)', message);
    case 'config':
      return new ConfigError(message);
    default:
      return new HelpkitError(kind, status, message, report.problem, { retryAfter });
  }
}
