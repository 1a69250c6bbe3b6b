// Cursor pagination as the protocol describes it: `limit` and an opaque `cursor` → `nextCursor`.
import { REQUEST_LIMITS } from '../sdk/rules.js';
import { base64url, fromBase64url } from './ids.js';
import { badRequest } from './problem.js';

/** One page of a list: `limit` items (at most 100) after the opaque `cursor`. */
export function page<T extends { id: string }>(items: T[], params: URLSearchParams, byDefault = 20): { items: T[]; nextCursor?: string } {
  const limitText = params.get('limit');
  const limit = limitText === null ? byDefault : Number(limitText);
  if (!Number.isInteger(limit) || limit < 1 || limit > 100) {
    throw badRequest('limit must be a whole number from 1 to 100.', [{ field: 'limit', code: 'invalid', message: 'Use 1 to 100.' }]);
  }
  let from = 0;
  const cursor = params.get('cursor');
  if (cursor !== null) {
    // The cursor names the last item seen; a new item elsewhere in the list does not shift it.
    let after: string | undefined;
    try {
      after = cursor.length <= REQUEST_LIMITS.cursor ? fromBase64url(cursor) : undefined;
    } catch {
      after = undefined;
    }
    const index = after === undefined ? -1 : items.findIndex((i) => i.id === after);
    if (index < 0) throw badRequest('The cursor is not one this list gave.', [{ field: 'cursor', code: 'invalid', message: 'Start again from the first page.' }]);
    from = index + 1;
  }
  const slice = items.slice(from, from + limit);
  const more = from + limit < items.length;
  return { items: slice, ...(more && { nextCursor: base64url(slice.at(-1)!.id) }) };
}
