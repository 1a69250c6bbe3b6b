// Ids, secrets and fingerprints the mock hands out.
import { DAY } from './clock.js';

/** Base64url without padding, as tokens, cursors and JWT parts are written. */
export function base64url(binary: string): string {
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

export function fromBase64url(text: string): string {
  return atob(text.replace(/-/g, '+').replace(/_/g, '/'));
}

/** FNV-1a of bytes: a short, stable fingerprint (ETags, upload bodies), not a security measure. */
export function fingerprint(bytes: Iterable<number>): string {
  let h = 0x811c9dc5;
  for (const b of bytes) h = Math.imul(h ^ b, 0x01000193);
  return (h >>> 0).toString(36);
}

export class IdSource {
  /** Numbers tickets as HK-<counter>; the demo's first ticket is HK-1042. */
  counter = 1041;

  /** A new record id: ordered by creation, with a random tail so ids of two backends differ. */
  next(): string {
    return (++this.counter).toString(36) + Math.random().toString(36).slice(2, 8);
  }

  /** 144 random bits, base64url: an access token or an id that must not be guessed. */
  secret(): string {
    return base64url(String.fromCharCode(...crypto.getRandomValues(new Uint8Array(18))));
  }
}

/** How long an access token opens its ticket or callback. */
export const TOKEN_LIFETIME = 90 * DAY;
