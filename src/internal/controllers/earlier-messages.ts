import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { HelpkitClient, Message, Ticket } from '../../sdk/index.js';
import { readTicket } from '../status/read-ticket.js';

export interface EarlierOptions {
  client: () => HelpkitClient | undefined;
  /** The page's token for the shown ticket, if it gave one. */
  token: () => string | undefined;
}

/**
 * The older messages a backend held back from a long ticket (`messagesCursor`), loaded a page at a
 * time on request ("Show earlier messages") and kept oldest first.
 */
export class EarlierMessages implements ReactiveController {
  messages: Message[] = [];
  cursor?: string;
  loading = false;
  private ticket?: Ticket;

  constructor(
    private host: ReactiveControllerHost,
    private options: EarlierOptions,
  ) {
    host.addController(this);
  }

  hostConnected(): void {}

  /** Another ticket: nothing loaded. */
  reset(): void {
    this.messages = [];
    this.cursor = undefined;
    this.ticket = undefined;
  }

  /** A copy of the ticket arrived: until older pages are loaded, its cursor is where they start. */
  follow(ticket: Ticket): void {
    this.ticket = ticket;
    if (!this.messages.length) this.cursor = ticket.messagesCursor;
  }

  get more(): boolean {
    return !!this.cursor;
  }

  async load(): Promise<void> {
    const ticket = this.ticket;
    const cursor = this.cursor;
    const client = this.options.client();
    if (!ticket || !cursor || !client || this.loading) return;
    this.loading = true;
    this.host.requestUpdate();
    try {
      const page = await client.tickets.messages(ticket.id, { cursor }, { token: this.options.token() });
      if (this.ticket?.id !== ticket.id) return;
      // Pages come newest first; the timeline reads oldest first.
      this.messages = [...readTicket({ ...ticket, messages: page.items.slice().reverse() }).messages, ...this.messages];
      this.cursor = page.nextCursor;
    } catch {
      // The button stays; the customer can try again.
    } finally {
      this.loading = false;
      this.host.requestUpdate();
    }
  }
}
