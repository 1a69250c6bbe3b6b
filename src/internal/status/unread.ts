// Which of a ticket's messages the customer has not seen yet: the one place the tracker asks. The
// SDK keeps the last message seen per ticket and customer beside the ticket's copy, shared by every
// tab (`tickets.markRead`, `lastKnown(id).seen`, `onUnreadChange`); this names the messages.
import { unseenIn, type HelpkitClient, type Message, type Ticket } from '../../sdk/index.js';

export interface Unread {
  /** The messages of `ticket` the customer has not seen, oldest first. */
  unseen(ticket: Ticket): Promise<Message[]>;
  /** The customer has seen everything on `ticket` as it is now. */
  markRead(ticket: Ticket): Promise<void>;
  /** Called when what is read changes, in this tab or another. Returns the unsubscribe. */
  onChange(listener: () => void): () => void;
}

/** The unread state of `client`'s customer. */
export function unreadOf(client: HelpkitClient): Unread {
  const tickets = client.tickets;
  return {
    unseen: async (ticket) => unseenIn(ticket, (await tickets.lastKnown(ticket.id).catch(() => undefined))?.seen),
    markRead: (ticket) => tickets.markRead(ticket.id, ticket.messages.at(-1)?.id),
    onChange: (listener) => tickets.onUnreadChange(() => listener()),
  };
}
