// The customer's identity as the site's backend vouches for it: a JWT in Helpkit-Identity.
// The mock reads the claims but does not verify a signature; a real backend must.
import { HttpProblem } from './problem.js';

export interface Identity {
  sub: string;
  email: string;
  name?: string;
}

const b64url = (text: string) =>
  btoa(String.fromCharCode(...new TextEncoder().encode(text))).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');

function fromB64url(part: string): string {
  const bin = atob(part.replace(/-/g, '+').replace(/_/g, '/'));
  return new TextDecoder().decode(Uint8Array.from(bin, (c) => c.charCodeAt(0)));
}

/**
 * An identity token the mock accepts in Helpkit-Identity: an unsigned JWT (`alg: none`) with the
 * claims `sub`, `email`, `exp` (default a year from `now`, so tests that move the clock keep it valid). A real backend verifies a signature instead.
 */
export function mockIdentity(email: string, claims: { sub?: string; name?: string; exp?: number; now?: number } = {}): string {
  const now = claims.now ?? Date.now();
  const payload = {
    sub: claims.sub ?? `user:${email.toLowerCase()}`,
    email,
    ...(claims.name && { name: claims.name }),
    iat: Math.floor(now / 1000),
    exp: claims.exp ?? Math.floor(now / 1000) + 3600,
  };
  return `${b64url(JSON.stringify({ alg: 'none', typ: 'JWT' }))}.${b64url(JSON.stringify(payload))}.`;
}

/**
 * The identity a request carries, or undefined without one. An unreadable token or one past its
 * `exp` (on the mock's clock) is refused with 401, so the site can refresh it.
 */
export function readIdentity(header: string | null, now: number): Identity | undefined {
  if (!header) return undefined;
  let claims: { sub?: unknown; email?: unknown; name?: unknown; exp?: unknown };
  try {
    const [, payload] = header.split('.');
    claims = JSON.parse(fromB64url(payload ?? ''));
  } catch {
    throw new HttpProblem(401, 'Invalid identity', 'Helpkit-Identity is not a readable identity token.', undefined, {}, 'identity-invalid');
  }
  if (typeof claims?.sub !== 'string' || typeof claims.email !== 'string' || typeof claims.exp !== 'number') {
    throw new HttpProblem(401, 'Invalid identity', 'The identity token needs the claims sub, email and exp.', undefined, {}, 'identity-invalid');
  }
  if (claims.exp * 1000 <= now) {
    throw new HttpProblem(401, 'Identity expired', 'The identity token has expired; get a fresh one from the site.', undefined, {}, 'identity-expired');
  }
  return { sub: claims.sub, email: claims.email.toLowerCase(), ...(typeof claims.name === 'string' && { name: claims.name }) };
}
