/** The owner of records kept without an identity token. */
export const ANONYMOUS = 'anonymous';

/**
 * Whose drafts, outbox entries and remembered tickets these are: the identity JWT's `sub` (read,
 * not verified: it only picks which of this device's records to show, it grants nothing on the
 * server), else a hash of the whole token, else "anonymous". The token itself is never stored.
 */
export function ownerScope(identity: string | undefined): string {
  if (!identity) return ANONYMOUS;
  const sub = jwtSubject(identity);
  return sub !== undefined ? `sub:${sub}` : `token:${hash(identity)}`;
}

function jwtSubject(token: string): string | undefined {
  const parts = token.split('.');
  if (parts.length !== 3) return undefined;
  try {
    const b64 = parts[1]!.replace(/-/g, '+').replace(/_/g, '/');
    const bytes = Uint8Array.from(atob(b64 + '='.repeat((4 - (b64.length % 4)) % 4)), (char) => char.charCodeAt(0));
    const sub = (JSON.parse(new TextDecoder().decode(bytes)) as { sub?: unknown }).sub;
    return typeof sub === 'string' && sub !== '' ? sub : undefined;
  } catch {
    return undefined;
  }
}

// Two independent 32-bit FNV-1a variants: 64 bits, so two customers of one device never collide
// in practice. Not a secret: it only has to tell tokens apart.
function hash(text: string): string {
  let first = 0x811c9dc5;
  let second = 0x050c5d1f;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    first = Math.imul(first ^ code, 0x01000193);
    second = Math.imul(second ^ code, 0x01000193) ^ (second >>> 13);
  }
  return (first >>> 0).toString(36) + (second >>> 0).toString(36);
}
