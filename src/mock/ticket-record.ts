// A ticket as the mock stores it: the protocol's Ticket plus what only the backend knows.
import type { Ticket } from '../sdk/types.js';
import type { Locale } from './seed-config.js';

/** An access token; a ticket has one per access-link e-mail too. */
export interface TokenRecord {
  value: string;
  expiresAt: number;
  /** E-mailed in an access link: its first use revokes the tokens issued before it. */
  emailed?: boolean;
  used?: boolean;
  revoked?: boolean;
}

/** The scripted agent's next move on a ticket. */
export type AgentMove = 'open' | 'reply' | 'solve';

export interface TicketRecord {
  ticket: Ticket;
  tokens: TokenRecord[];
  /** The identity (`sub`) the ticket belongs to, when it was created with one. */
  ownerSub?: string;
  email: string;
  name: string;
  locale: Locale;
  /** Counts changes, so a change is visible even within one millisecond. */
  rev: number;
  slaMinutes: number;
  next?: { at: number; kind: AgentMove };
}
