// Which of a ticket's messages the customer has not seen yet. The one place the tracker asks: the
// SDK is gaining `client.tickets.markRead/unread/onUnreadChange` with the last message seen kept
// per customer beside the ticket's copy (shared by every tab). A client without them keeps the
// same mark in its key-value cache, under the customer's owner id.
import type { HelpkitClient, Message, Ticket } from '../../sdk/index.js';
import { countsAsUnread } from './ticket-words.js';

export interface Unread {
  /** The messages of `ticket` the customer has not seen, oldest first. */
  unseen(ticket: Ticket): Promise<Message[]>;
  /** The customer has seen everything on `ticket` as it is now. */
  markRead(ticket: Ticket): Promise<void>;
  /** Called when what is read changes, in this tab or another. Returns the unsubscribe. */
  onChange(listener: () => void): () => void;
}

/** The last message the customer has seen on a ticket (its time places it once it is gone). */
interface SeenMark {
  messageId: string;
  at?: string;
}

/** The SDK's unread API, where a client has it. */
interface SdkUnread {
  markRead(id: string, messageId?: string): Promise<void>;
  lastKnown(id: string): Promise<{ seen?: SeenMark } | undefined>;
  onUnreadChange(listener: () => void): () => void;
}

const PREFIX = 'status:seen:';
const time = (iso: string | undefined) => (iso === undefined ? NaN : Date.parse(iso));

/**
 * The messages that are unread after `seen`, counted as the SDK counts them: the team's (agent or
 * bot), after the customer's own last message (who replied has read what came before) and after
 * the last one they saw.
 */
export function unseenAfter(ticket: Ticket, seen?: SeenMark): Message[] {
  const messages = ticket.messages;
  let from = 0;
  for (let i = messages.length - 1; i >= 0; i--) {
    if (messages[i]!.author.role === 'customer') {
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
  return messages.slice(from).filter((m) => countsAsUnread(m.author.role));
}

const markOf = (ticket: Ticket): SeenMark | undefined => {
  const last = ticket.messages.at(-1);
  return last && { messageId: last.id, at: last.createdAt };
};

function fromCache(client: HelpkitClient): Unread {
  const key = (id: string) => `${PREFIX}${client.owner}:${id}`;
  return {
    async unseen(ticket) {
      return unseenAfter(ticket, await client.cache.get<SeenMark>(key(ticket.id)).catch(() => undefined));
    },
    async markRead(ticket) {
      const mark = markOf(ticket);
      const before = await client.cache.get<SeenMark>(key(ticket.id)).catch(() => undefined);
      if (!mark || before?.messageId === mark.messageId) return;
      await client.cache.put(key(ticket.id), mark).catch(() => undefined);
    },
    onChange(listener) {
      return client.onStorageChange((change) => {
        if (change.store === 'cache' && change.key.includes(PREFIX)) listener();
      });
    },
  };
}

function fromSdk(api: SdkUnread): Unread {
  return {
    unseen: async (ticket) => unseenAfter(ticket, (await api.lastKnown(ticket.id).catch(() => undefined))?.seen),
    markRead: (ticket) => api.markRead(ticket.id, ticket.messages.at(-1)?.id),
    onChange: (listener) => api.onUnreadChange(() => listener()),
  };
}

/** The unread state of `client`'s customer: the SDK's when it has one, else the cache's. */
export function unreadOf(client: HelpkitClient): Unread {
  const api = client.tickets as unknown as Partial<SdkUnread>;
  const native = typeof api.markRead === 'function' && typeof api.lastKnown === 'function' && typeof api.onUnreadChange === 'function';
  return native ? fromSdk(api as SdkUnread) : fromCache(client);
}
