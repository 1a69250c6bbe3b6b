import type { Ticket } from '../sdk/index.js';

/** A ticket was filed (directly, or later from the outbox). */
export class HkTicketCreatedEvent extends CustomEvent<{ ticket: Ticket; accessToken: string }> {
  constructor(detail: { ticket: Ticket; accessToken: string }) {
    super('hk-ticket-created', { bubbles: true, composed: true, detail });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'hk-ticket-created': HkTicketCreatedEvent;
  }
}
