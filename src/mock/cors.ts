// CORS as a real backend serving the widget on other sites' pages needs it.

/** Response headers a page's script may read (everything else stays hidden from it). */
export const EXPOSE_HEADERS = 'ETag, Retry-After, RateLimit-Limit, RateLimit-Remaining, RateLimit-Reset, Location';
const ALLOW_METHODS = 'GET, POST, PATCH, DELETE, OPTIONS';
const ALLOW_HEADERS = 'Accept-Language, Authorization, Content-Type, Helpkit-Identity, Idempotency-Key, If-None-Match';
const MAX_AGE = '600';

/** `'*'` allows any origin (the mock's default); otherwise a list of exact origins. */
export type AllowedOrigins = '*' | readonly string[];

export function originAllowed(origin: string | null, allowed: AllowedOrigins): boolean {
  return !!origin && (allowed === '*' || allowed.includes(origin));
}

/** Headers every response carries: the allowed origin echoed (never `*`, answers vary by token) and what it may read. */
export function corsHeaders(origin: string | null, allowed: AllowedOrigins): Record<string, string> {
  const headers: Record<string, string> = { 'Access-Control-Expose-Headers': EXPOSE_HEADERS, Vary: 'Origin' };
  if (originAllowed(origin, allowed)) headers['Access-Control-Allow-Origin'] = origin!;
  return headers;
}

/** The answer to a preflight (OPTIONS): 204 with what may be sent, or 403 for an origin not allowed. */
export function preflight(request: Request, allowed: AllowedOrigins): Response {
  const origin = request.headers.get('Origin');
  if (!originAllowed(origin, allowed)) {
    return new Response(null, { status: 403, headers: { Vary: 'Origin' } });
  }
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
