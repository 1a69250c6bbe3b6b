// A route's answer before it becomes a Response: kept as it is, so an Idempotency-Key replay can
// send the same status, body and headers again.
import { fingerprint } from './ids.js';

export interface Stored {
  status: number;
  body: string;
  headers: Record<string, string>;
}

/** A JSON answer; with `withEtag`, one a client may revalidate with If-None-Match. */
export function ok(data: unknown, withEtag = false, status = 200): Stored {
  const body = JSON.stringify(data);
  const headers: Record<string, string> = { 'Content-Type': 'application/json' };
  if (withEtag) headers.ETag = `"${fingerprint(new TextEncoder().encode(body))}"`;
  return { status, body, headers };
}

/** 201 with the new resource's address, plus any headers (rate-limit counts) the route adds. */
export function created(data: unknown, location: string, headers: Record<string, string> = {}): Stored {
  const answer = ok(data, false, 201);
  Object.assign(answer.headers, headers, { Location: location });
  return answer;
}

export function empty(status: 202 | 204, headers: Record<string, string> = {}): Stored {
  return { status, body: '', headers: { ...headers } };
}

/** The Response for a stored answer; 202 and 204 have no body. */
export function toResponse(stored: Stored): Response {
  return new Response(stored.status === 204 || stored.status === 202 ? null : stored.body, { status: stored.status, headers: stored.headers });
}
