// Reading a request safely: every malformed input becomes a 400/413 problem, never a 500.
import { IDEMPOTENCY_KEY_PATTERN, REQUEST_LIMITS } from '../sdk/rules.js';
import { badRequest, HttpProblem } from './problem.js';
import { LOCALES, type Locale } from './seed-config.js';
import { fingerprint } from './ids.js';

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
  if (!IDEMPOTENCY_KEY_PATTERN.test(key)) {
    throw badRequest(`Idempotency-Key must be ${min}–${max} characters of A–Z a–z 0–9 . _ ~ : -`, [
      { field: 'Idempotency-Key', code: 'invalid', message: `Use ${min} to ${max} letters, digits or . _ ~ : -` },
    ]);
  }
}

/** A JSON body's text: refused above the JSON limit (413) and under another Content-Type (415). */
export async function readBody(request: Request): Promise<string> {
  const declared = Number(request.headers.get('Content-Length'));
  const limit = REQUEST_LIMITS.jsonBytes;
  const tooLarge = () => new HttpProblem(413, 'Request too large', `A JSON body can be at most ${limit} bytes.`);
  if (declared > limit) throw tooLarge();
  const bytes = new Uint8Array(await request.clone().arrayBuffer());
  if (bytes.length > limit) throw tooLarge();
  const type = (request.headers.get('Content-Type') ?? '').split(';')[0]!.trim().toLowerCase();
  if (bytes.length && type !== 'application/json') {
    throw new HttpProblem(415, 'Unsupported media type', 'Send the body as application/json.');
  }
  return new TextDecoder().decode(bytes);
}

/**
 * A JSON object body; `null`, arrays, other values and malformed JSON are 400 problems.
 * Top-level properties sent as `null` count as absent.
 */
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
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== null));
}

/**
 * What identifies an upload for Idempotency-Key: its parts and the file's bytes. (WebKit cannot
 * read a multipart body built from a File as text, so the parts are read instead.)
 */
export async function uploadFingerprint(request: Request): Promise<string> {
  let form: FormData;
  try {
    form = await request.clone().formData();
  } catch {
    return '';
  }
  const parts: string[] = [];
  for (const [name, value] of form) {
    if (typeof value === 'string') parts.push(`${name}=${value}`);
    else parts.push(`${name}:${value.name}:${value.type}:${value.size}:${fingerprint(new Uint8Array(await value.arrayBuffer()))}`);
  }
  return parts.join('\n');
}

/** The first supported language a list like Accept-Language names; English otherwise. */
export function pickLocale(acceptLanguage: string | null | undefined, supported: readonly string[] = LOCALES): Locale {
  for (const part of (acceptLanguage ?? '').split(',')) {
    const lang = part.split(';')[0]!.trim().toLowerCase().split('-')[0]!;
    if (supported.includes(lang)) return lang as Locale;
  }
  return 'en';
}
