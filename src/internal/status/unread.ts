// Which of a ticket's messages the customer has not seen yet: the one place the tracker asks. The
// SDK keeps the last message seen per ticket and customer beside the ticket's copy, shared by every
// tab (`tickets.markRead`, `lastKnown(id).seen`, `onUnreadChange`); this names the messages.
import type { HelpkitClient, Message, SeenMark, Ticket } from '../../sdk/index.js';
import { countsAsUnread } from './ticket-words.js';

export interface Unread {
  /** The messages of `ticket` the customer has not seen, oldest first. */
  unseen(ticket: Ticket): Promise<Message[]>;
  /** The customer has seen everything on `ticket` as it is now. */
  markRead(ticket: Ticket): Promise<void>;
  /** Called when what is read changes, in this tab or another. Returns the unsubscribe. */
  onChange(listener: () => void): () => void;
}

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

/** The unread state of `client`'s customer. */
export function unreadOf(client: HelpkitClient): Unread {
  const tickets = client.tickets;
  return {
    unseen: async (ticket) => unseenAfter(ticket, (await tickets.lastKnown(ticket.id).catch(() => undefined))?.seen),
    markRead: (ticket) => tickets.markRead(ticket.id, ticket.messages.at(-1)?.id),
    onChange: (listener) => tickets.onUnreadChange(() => listener()),
  };
}
