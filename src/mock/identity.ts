// The customer's identity as the site's backend vouches for it: a JWT in Helpkit-Identity.
// The mock reads the claims but does not verify a signature; a real backend must.
import { MINUTE } from './clock.js';
import { base64url, fromBase64url } from './ids.js';
import { HttpProblem } from './problem.js';

export interface Identity {
  sub: string;
  email?: string;
  name?: string;
}

/** Clock skew tolerated on `exp` and `iat`, as the protocol allows. */
const SKEW = MINUTE;
/** How long an identity made with `now` lives, in seconds. */
const YEAR_SECONDS = 365 * 24 * 3600;

/** A JWT part: UTF-8 text in base64url. */
const encodePart = (text: string) => base64url(String.fromCharCode(...new TextEncoder().encode(text)));
const decodePart = (part: string) => new TextDecoder().decode(Uint8Array.from(fromBase64url(part), (c) => c.charCodeAt(0)));

/** 2100-01-01: the default `exp`, so tests that move the mock's clock keep the token valid. */
const FAR_FUTURE = 4_102_444_800;

/**
 * An identity token the mock accepts in Helpkit-Identity: an unsigned JWT (`alg: none`) with the
 * claims `sub` (default `user:<email>`), `email`, `exp` (seconds) and, when given, `name` and `iat`.
 * With `now` (ms, e.g. `backend.now()`) it is issued then and lives a year; without, it lives until
 * 2100, so tests that move the mock's clock keep it valid. A real backend refuses `alg: none` and
 * verifies a signature instead.
 */
export function mockIdentity(email: string, claims: { sub?: string; name?: string; exp?: number; iat?: number; now?: number } = {}): string {
  const issued = claims.iat ?? (claims.now === undefined ? undefined : Math.floor(claims.now / 1000));
  const payload = {
    sub: claims.sub ?? `user:${email.toLowerCase()}`,
    email,
    ...(claims.name && { name: claims.name }),
    ...(issued !== undefined && { iat: issued }),
    exp: claims.exp ?? (issued === undefined ? FAR_FUTURE : issued + YEAR_SECONDS),
  };
  return `${encodePart(JSON.stringify({ alg: 'none', typ: 'JWT' }))}.${encodePart(JSON.stringify(payload))}.`;
}

/**
 * The identity a request carries, or undefined without one. An unreadable token or one past its
 * `exp` (on the mock's clock) is refused with 401, so the site can refresh it.
 */
export function readIdentity(header: string | null, now: number): Identity | undefined {
  if (!header) return undefined;
  let claims: { sub?: unknown; email?: unknown; name?: unknown; exp?: unknown; iat?: unknown };
  try {
    const [, payload] = header.split('.');
    claims = JSON.parse(decodePart(payload ?? ''));
  } catch {
    throw new HttpProblem(401, 'Invalid identity', 'Helpkit-Identity is not a readable identity token.', undefined, {}, 'identity-invalid');
  }
  const defect = (detail: string) => new HttpProblem(401, 'Invalid identity', detail, undefined, {}, 'identity-invalid');
  if (typeof claims !== 'object' || claims === null) throw defect('The identity token has no claims.');
  if (typeof claims.sub !== 'string' || claims.sub.length < 1 || claims.sub.length > 255) throw defect('The identity token needs a `sub` of 1–255 characters.');
  if (typeof claims.exp !== 'number') throw defect('The identity token needs an `exp`.');
  if (claims.email !== undefined && typeof claims.email !== 'string') throw defect('The `email` claim must be text.');
  if (claims.iat !== undefined && (typeof claims.iat !== 'number' || claims.iat * 1000 > now + SKEW)) throw defect('The identity token was issued in the future.');
  if (claims.exp * 1000 + SKEW <= now) {
    throw new HttpProblem(401, 'Identity expired', 'The identity token has expired; get a fresh one from the site.', undefined, {}, 'identity-expired');
  }
  return {
    sub: claims.sub,
    ...(typeof claims.email === 'string' && { email: claims.email.trim().toLowerCase() }),
    ...(typeof claims.name === 'string' && { name: claims.name }),
  };
}
