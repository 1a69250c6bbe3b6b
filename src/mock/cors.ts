// CORS as a real backend serving the widget on other sites' pages needs it.

/** Response headers a page's script may read (everything else stays hidden from it). */
export const EXPOSE_HEADERS = 'ETag, Retry-After, RateLimit-Limit, RateLimit-Remaining, RateLimit-Reset, Location';
const ALLOW_METHODS = 'GET, POST, PATCH, DELETE';
const ALLOW_HEADERS = 'Authorization, Helpkit-Identity, Idempotency-Key, If-None-Match, Accept-Language, Content-Type';
const MAX_AGE = '600';

/** `'*'` allows any origin (the mock's default); otherwise a list of exact origins. */
export type AllowedOrigins = '*' | readonly string[];

export function originAllowed(origin: string | null, allowed: AllowedOrigins): boolean {
  return !!origin && (allowed === '*' || allowed.includes(origin));
}

/**
 * Headers an answer carries: to an allowed origin, that origin echoed (never `*`) and the headers
 * its script may read; to another origin, none at all. Without Origin (not a browser's cross-origin
 * call) only what may be read, which is harmless.
 */
export function corsHeaders(origin: string | null, allowed: AllowedOrigins): Record<string, string> {
  if (origin === null) return { 'Access-Control-Expose-Headers': EXPOSE_HEADERS, Vary: 'Origin' };
  if (!originAllowed(origin, allowed)) return { Vary: 'Origin' };
  return { 'Access-Control-Allow-Origin': origin, 'Access-Control-Expose-Headers': EXPOSE_HEADERS, Vary: 'Origin' };
}

/** The answer to a preflight (OPTIONS): 204 with what may be sent, or 403 for an origin not allowed. */
export function preflight(request: Request, allowed: AllowedOrigins): Response {
  const origin = request.headers.get('Origin');
  if (!originAllowed(origin, allowed)) return new Response(null, { status: 403, headers: { Vary: 'Origin' } });
  return new Response(null, {
    status: 204,
    headers: {
      ...corsHeaders(origin, allowed),
      'Access-Control-Allow-Methods': ALLOW_METHODS,
      'Access-Control-Allow-Headers': ALLOW_HEADERS,
      'Access-Control-Max-Age': MAX_AGE,
    },
  });
}
