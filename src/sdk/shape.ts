import { ProtocolError } from './errors.js';

/**
 * The fields of a response the SDK and the elements rely on, checked at the boundary so that a
 * backend's wrong answer is a ProtocolError naming the field, not a TypeError deep inside.
 */
export type Kind = 'string' | 'number' | 'boolean' | 'array' | Shape;
export interface Shape {
  [field: string]: Kind;
}

/** Throws ProtocolError unless `value` has every field of `shape` with the right type. */
export function checkShape(status: number, value: unknown, shape: Shape, at = ''): void {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new ProtocolError(status, at || '(body)', `The server's answer is not an object${at ? ` at ${at}` : ''}.`);
  }
  for (const [field, kind] of Object.entries(shape)) {
    const path = at ? `${at}.${field}` : field;
    const found = (value as Record<string, unknown>)[field];
    if (typeof kind === 'object') {
      checkShape(status, found, kind, path);
      continue;
    }
    const ok = kind === 'array' ? Array.isArray(found) : typeof found === kind && (kind !== 'string' || found !== '');
    if (!ok) throw new ProtocolError(status, path, `The server's answer lacks ${path} (${kind}).`);
  }
}

const ticket: Shape = { id: 'string', number: 'string', status: 'string', messages: 'array' };
const callback: Shape = { id: 'string', status: 'string' };

/** What each response must at least hold. */
export const shapes = {
  articleList: { items: 'array' },
  article: { id: 'string', title: 'string', body: 'string' },
  attachment: { id: 'string', size: 'number' },
  ticket,
  ticketCreated: { ticket: { id: 'string', number: 'string' }, accessToken: 'string' },
  ticketList: { items: 'array' },
  message: { id: 'string', body: 'string' },
  messageList: { items: 'array' },
  escalation: { level: 'number' },
  satisfaction: { rating: 'number' },
  slotList: { slots: 'array' },
  callback,
  callbackCreated: { callback: { id: 'string' }, accessToken: 'string' },
} satisfies Record<string, Shape>;
