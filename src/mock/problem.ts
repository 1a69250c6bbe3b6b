// Errors the mock answers with, as RFC 9457 problem documents.
import type { FieldError, Problem } from '../sdk/types.js';

export const PROBLEM_TYPE = 'application/problem+json';
const TYPE_BASE = 'https://helpkit.dev/problems/';
/** The protocol's problem type for each status, unless a more precise one is given. */
const TYPES: Record<number, string> = {
  400: 'invalid-request',
  401: 'unauthorized',
  403: 'forbidden',
  404: 'not-found',
  409: 'conflict',
  413: 'payload-too-large',
  415: 'unsupported-media-type',
  422: 'validation',
  429: 'rate-limited',
  503: 'unavailable',
};

export class HttpProblem extends Error {
  constructor(
    readonly status: number,
    readonly title: string,
    readonly detail?: string,
    readonly errors?: FieldError[],
    readonly headers: Record<string, string> = {},
    /** A problem type named by the protocol; the status number otherwise. */
    readonly type?: string,
  ) {
    super(title);
  }
}

export const invalid = (errors: FieldError[]) =>
  new HttpProblem(422, 'Some fields need attention', 'The request has invalid fields.', errors);

/** 400 `invalid-request`: the request is not shaped as the protocol says (not an object, bad %-encoding, a bad key). */
export const badRequest = (detail: string, errors?: FieldError[]) => new HttpProblem(400, 'Bad request', detail, errors);

export function problemResponse(p: HttpProblem): Response {
  const body: Problem = { type: TYPE_BASE + (p.type ?? TYPES[p.status] ?? 'server-error'), title: p.title, status: p.status };
  if (p.detail) body.detail = p.detail;
  if (p.errors) body.errors = p.errors;
  return new Response(JSON.stringify(body), { status: p.status, headers: { 'Content-Type': PROBLEM_TYPE, ...p.headers } });
}
