// A ticket as the mock stores it: the protocol's Ticket plus what only the backend knows.
import type { Step, Ticket } from '../sdk/types.js';
import type { Locale } from './seed-config.js';
import type { ScriptMove, Words } from './script.js';

/** An access token; a ticket has one per access-link e-mail too. */
export interface TokenRecord {
  value: string;
  expiresAt: number;
  /** E-mailed in an access link: its first use revokes the tokens issued before it. */
  emailed?: boolean;
  used?: boolean;
  revoked?: boolean;
}

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
  /** The scripted agent's next move, when it is due. */
  next?: { at: number; move: ScriptMove };
  /** The moves after `next`, each `after` ms after the one before. */
  queue: ScriptMove[];
  /** The agent asked the customer something: the script goes on only once they answer. */
  waiting?: boolean;
  /** The steps of multi-step work, once the agent planned them; else steps follow the status. */
  plan?: { id: string; title: Words; state: Step['state'] }[];
  /** A promise broken on request (`backend.breach`): which one, and when it fell due. */
  breach?: { kind: 'firstResponse' | 'resolution'; at: number };
}
