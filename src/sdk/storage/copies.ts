// The last known copy of each ticket this customer followed on this device, and the last message
// they have seen on it: what lets a list show status and unread offline. Copies live in the
// `cache` store under `<owner>\0ticket:<id>` (see copyKey); forget(), an expired token and a
// forgotten ticket remove them.
import type { Message, Ticket } from '../types.js';
import { realClock, type Clock } from '../backoff.js';
import { copyKey, ownedKey, type CacheRecord } from './schema.js';
import type { Store } from './store.js';
import { TOKEN_TTL_MS } from './tracked.js';

/** The last message the customer has seen on a ticket. */
export interface SeenMark {
  messageId: string;
  /** That message's `createdAt`, to place it when it is no longer among the ticket's messages. */
  at?: string;
}

/** A ticket as last received, with when the server last confirmed it (client clock, ms). */
export interface TicketCopy {
  ticket: Ticket;
  etag?: string;
  receivedAt: number;
  seen?: SeenMark;
}

interface CopyData {
  ticket?: Ticket;
  seen?: SeenMark;
}

type CopyRecord = CacheRecord<CopyData>;

/** Who may write the messages counted as unread: the team, not the customer or the system. */
const COUNTED = new Set<Message['author']['role']>(['agent', 'bot']);

const time = (iso: string | undefined) => (typeof iso === 'string' ? Date.parse(iso) : NaN);

/** A ticket's messages that can be told apart: a backend's broken entry (null, no id) is skipped, not thrown on. */
const messagesOf = (ticket: Ticket | undefined): Message[] =>
  Array.isArray(ticket?.messages) ? ticket.messages.filter((m) => typeof m === 'object' && m !== null && typeof m.id === 'string') : [];

/**
 * Whether `next` may replace `current`: not older by `updatedAt`, and for the same `updatedAt` not
 * confirmed earlier. A slow answer, another tab's older view or an old stored copy never wins over
 * what the customer has already seen (a "solved" stays solved).
 */
export function replaces(next: { ticket: Ticket; at: number }, current: { ticket: Ticket; at: number } | undefined): boolean {
  if (!current) return true;
  const a = time(next.ticket.updatedAt);
  const b = time(current.ticket.updatedAt);
  if (!Number.isFinite(a) || !Number.isFinite(b) || a !== b) return !(a < b);
  return next.at >= current.at;
}

export const sameTicket = (a: Ticket, b: Ticket): boolean => JSON.stringify(a) === JSON.stringify(b);

/**
 * Messages of the team (agent or bot) after the last one the customer has seen, and after the
 * customer's own last message (who replied has read what came before).
 */
export function unseenIn(ticket: Ticket, seen?: SeenMark): Message[] {
  const messages = messagesOf(ticket);
  let from = 0;
  for (let i = messages.length - 1; i >= 0; i--) {
    if (messages[i]!.author?.role === 'customer') {
      from = i + 1;
      break;
    }
  }
  if (seen) {
    const at = messages.findIndex((m) => m.id === seen.messageId);
    if (at >= 0) from = Math.max(from, at + 1);
    else if (seen.at) {
      const after = messages.findIndex((m) => time(m.createdAt) > time(seen.at));
      from = Math.max(from, after < 0 ? messages.length : after);
    }
  }
  return messages.slice(from).filter((m) => COUNTED.has(m.author?.role));
}

/** How many of them there are: a ticket's unread count. */
export const unreadIn = (ticket: Ticket, seen?: SeenMark): number => unseenIn(ticket, seen).length;

/** Whether `next` marks a later message than `current` (a mark never moves back). */
function later(next: SeenMark, current: SeenMark, messages: Message[]): boolean {
  const a = messages.findIndex((m) => m.id === next.messageId);
  const b = messages.findIndex((m) => m.id === current.messageId);
  if (a >= 0 && b >= 0) return a > b;
  const [x, y] = [time(next.at), time(current.at)];
  return Number.isFinite(x) && Number.isFinite(y) ? x > y : true;
}

export class TicketCopies {
  constructor(
    private store: Store,
    private owner: () => string,
    /** Off where nothing is remembered (Node's default): a server's client keeps no customer's tickets. */
    private enabled = true,
    private clock: Clock = realClock,
  ) {}

  async get(id: string): Promise<TicketCopy | undefined> {
    if (!this.enabled) return undefined;
    return this.fresh((await this.store.get('cache', copyKey(this.owner(), id))) as CopyRecord | undefined);
  }

  /** The current customer's copies, most recently updated ticket first. */
  async all(): Promise<TicketCopy[]> {
    if (!this.enabled) return [];
    const records = (await this.store.prefixed('cache', ownedKey(this.owner(), 'ticket:'))) as CopyRecord[];
    const copies = (await Promise.all(records.map((r) => this.fresh(r)))).filter((c): c is TicketCopy => !!c);
    return copies.sort((a, b) => time(b.ticket.updatedAt) - time(a.ticket.updatedAt));
  }

  /**
   * Keeps `ticket` as the last known copy unless a newer one is stored (checked in the same
   * transaction, so two tabs cannot interleave). Says whether the stored content changed.
   */
  async keep(ticket: Ticket, etag: string | undefined, at = this.clock.now()): Promise<boolean> {
    if (!this.enabled) return false;
    const key = copyKey(this.owner(), ticket.id);
    let changed = false;
    await this.store.update('cache', key, (current) => {
      const stored = (current as CopyRecord | undefined)?.data.ticket;
      if (stored && !replaces({ ticket, at }, { ticket: stored, at: current!.storedAt })) return undefined;
      changed = !stored || !sameTicket(stored, ticket);
      if (!changed && current!.etag === etag) return undefined;
      return { key, etag, data: { ...(current as CopyRecord | undefined)?.data, ticket }, storedAt: at };
    });
    return changed;
  }

  /**
   * Remembers `messageId` (default: the newest message of the stored copy) as the last one seen.
   * Never moves back to an earlier message. Returns false when there is nothing to mark.
   */
  async markSeen(id: string, messageId?: string): Promise<boolean> {
    if (!this.enabled) return false;
    const key = copyKey(this.owner(), id);
    let marked = false;
    await this.store.update('cache', key, (current) => {
      const record = current as CopyRecord | undefined;
      const messages = messagesOf(record?.data.ticket);
      const message = messageId === undefined ? messages.at(-1) : messages.find((m) => m.id === messageId);
      if (!message && messageId === undefined) return undefined;
      const mark: SeenMark = message ? { messageId: message.id, at: message.createdAt } : { messageId: messageId! };
      const before = record?.data.seen;
      if (before && (before.messageId === mark.messageId || !later(mark, before, messages))) return undefined;
      marked = true;
      return { key, etag: record?.etag, data: { ...record?.data, seen: mark }, storedAt: record?.storedAt ?? this.clock.now() };
    });
    return marked;
  }

  async forget(id: string, owner = this.owner()): Promise<void> {
    await this.store.delete('cache', copyKey(owner, id));
  }

  /** Deletes every copy of the current customer. */
  async forgetAll(): Promise<void> {
    const records = await this.store.prefixed('cache', ownedKey(this.owner(), 'ticket:'));
    await Promise.all(records.map((r) => this.store.delete('cache', r.key)));
  }

  /** A stored record as a copy; one not received for the token lifetime is deleted (the ticket is long gone). */
  private async fresh(record: CopyRecord | undefined): Promise<TicketCopy | undefined> {
    if (!record) return undefined;
    if (!(record.storedAt + TOKEN_TTL_MS > this.clock.now())) {
      await this.store.delete('cache', record.key);
      return undefined;
    }
    const { ticket, seen } = record.data;
    return ticket ? { ticket, etag: record.etag, receivedAt: record.storedAt, seen } : undefined;
  }
}
