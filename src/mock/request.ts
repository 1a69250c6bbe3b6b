// Reading a request safely: every malformed input becomes a 400/413 problem, never a 500.
import { REQUEST_LIMITS } from '../sdk/rules.js';
import { badRequest, HttpProblem } from './problem.js';

/** Path segments, %-decoded; bad %-encoding is the client's mistake (400). */
export function pathSegments(path: string): string[] {
  try {
    return path.split('/').filter(Boolean).map(decodeURIComponent);
  } catch {
    throw badRequest('The path has invalid %-encoding.');
  }
}

/** Checks the raw query's %-encoding, which URLSearchParams would silently let through. */
export function checkQuery(search: string): void {
  for (const part of search.replace(/^\?/, '').split(/[&=]/)) {
    try {
      decodeURIComponent(part.replace(/\+/g, ' '));
    } catch {
      throw badRequest('The query has invalid %-encoding.');
    }
  }
}

export function checkIdempotencyKey(key: string): void {
  const { min, max } = REQUEST_LIMITS.idempotencyKey;
  if (key.length < min || key.length > max || !/^[\x21-\x7e]+$/.test(key)) {
    throw badRequest(`Idempotency-Key must be ${min}–${max} visible ASCII characters.`, [
      { field: 'Idempotency-Key', code: 'invalid', message: `Use ${min} to ${max} visible ASCII characters.` },
    ]);
  }
}

/** The body as text, refusing one above the JSON limit with 413. */
export async function readBody(request: Request): Promise<string> {
  const declared = Number(request.headers.get('Content-Length'));
  const limit = REQUEST_LIMITS.jsonBytes;
  const tooLarge = () => new HttpProblem(413, 'Request too large', `A JSON body can be at most ${limit} bytes.`);
  if (declared > limit) throw tooLarge();
  const bytes = new Uint8Array(await request.clone().arrayBuffer());
  if (bytes.length > limit) throw tooLarge();
  return new TextDecoder().decode(bytes);
}

/** A JSON object body; `null`, arrays, other values and malformed JSON are 400 problems. */
export function parseObject(body: string): Record<string, unknown> {
  if (!body.trim()) return {};
  let value: unknown;
  try {
    value = JSON.parse(body);
  } catch {
    throw new HttpProblem(400, 'Malformed JSON', 'The request body is not valid JSON.');
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw badRequest('The request body must be a JSON object.');
  }
  return value as Record<string, unknown>;
}
