// Errors the mock answers with, as RFC 9457 problem documents.
import type { FieldError, Problem } from '../sdk/types.js';

export const PROBLEM_TYPE = 'application/problem+json';
const TYPE_BASE = 'https://helpkit.dev/problems/';

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

/** 400: the request is not shaped as the protocol says (not an object, a nested value, a bad key). */
export const badRequest = (detail: string, errors?: FieldError[]) => new HttpProblem(400, 'Bad request', detail, errors);

export function problemResponse(p: HttpProblem): Response {
  const body: Problem = { type: TYPE_BASE + (p.type ?? String(p.status)), title: p.title, status: p.status };
  if (p.detail) body.detail = p.detail;
  if (p.errors) body.errors = p.errors;
  return new Response(JSON.stringify(body), { status: p.status, headers: { 'Content-Type': PROBLEM_TYPE, ...p.headers } });
}
