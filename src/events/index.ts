// The events Helpkit elements dispatch. All bubble and cross shadow roots (composed), so a page
// can listen on the element or on any ancestor, `document` included.
import type { Escalation, HelpkitError, Message, Ticket, TicketStatus } from '../sdk/index.js';

class HelpkitEvent<T> extends CustomEvent<T> {
  constructor(type: string, detail: T) {
    super(type, { bubbles: true, composed: true, detail });
  }
}

type Detail<E> = E extends CustomEvent<infer T> ? T : never;

/** A ticket was filed (directly, or later from the outbox). */
export class HkTicketCreatedEvent extends HelpkitEvent<{ ticket: Ticket; accessToken: string }> {
  constructor(detail: Detail<HkTicketCreatedEvent>) {
    super('hk-ticket-created', detail);
  }
}

/**
 * A submission did not go through now. `queued` is true when it waits in the outbox and will be
 * sent by itself; false when the customer must act (fix a field, try later).
 */
export class HkSubmitFailedEvent extends HelpkitEvent<{ error: HelpkitError; queued: boolean }> {
  constructor(detail: Detail<HkSubmitFailedEvent>) {
    super('hk-submit-failed', detail);
  }
}

/** A saved draft was put back into the form. `savedAt` is when it was last saved (ms). */
export class HkDraftRestoredEvent extends HelpkitEvent<{ key: string; savedAt: number }> {
  constructor(detail: Detail<HkDraftRestoredEvent>) {
    super('hk-draft-restored', detail);
  }
}

/**
 * The customer read suggested articles and left (or said an article answered them) without
 * submitting: a question answered by self-service. `solved` is true when they said so.
 */
export class HkDeflectedEvent extends HelpkitEvent<{ articleIds: string[]; query: string; solved: boolean }> {
  constructor(detail: Detail<HkDeflectedEvent>) {
    super('hk-deflected', detail);
  }
}

/** Search results settled for a query (after the customer paused typing). */
export class HkSearchEvent extends HelpkitEvent<{ query: string; count: number }> {
  constructor(detail: Detail<HkSearchEvent>) {
    super('hk-search', detail);
  }
}

/** An article was opened; `query` is what the customer had searched for (may be empty). */
export class HkArticleViewedEvent extends HelpkitEvent<{ articleId: string; title: string; query: string }> {
  constructor(detail: Detail<HkArticleViewedEvent>) {
    super('hk-article-viewed', detail);
  }
}

/** "Was this helpful?" was answered. */
export class HkArticleFeedbackEvent extends HelpkitEvent<{ articleId: string; helpful: boolean; comment?: string }> {
  constructor(detail: Detail<HkArticleFeedbackEvent>) {
    super('hk-article-feedback', detail);
  }
}

/** The customer asked to contact support (from "no results" or an unhelpful article). */
export class HkContactRequestedEvent extends HelpkitEvent<{ query: string; articleId?: string }> {
  constructor(detail: Detail<HkContactRequestedEvent>) {
    super('hk-contact-requested', detail);
  }
}

/**
 * A ticket shown by `<hk-ticket-status>` changed while the customer was looking: a new status, new
 * messages, or anything else the server changed. `newMessages` counts messages added since.
 */
export class HkTicketUpdatedEvent extends HelpkitEvent<{ ticket: Ticket; previousStatus: TicketStatus; newMessages: number }> {
  constructor(detail: Detail<HkTicketUpdatedEvent>) {
    super('hk-ticket-updated', detail);
  }
}

/**
 * The customer replied on a ticket. `queued` is true when the reply waits in the outbox (offline)
 * and will be sent by itself; `message` is the server's copy once it arrived.
 */
export class HkTicketRepliedEvent extends HelpkitEvent<{ ticketId: string; queued: boolean; message?: Message }> {
  constructor(detail: Detail<HkTicketRepliedEvent>) {
    super('hk-ticket-replied', detail);
  }
}

/** The customer escalated a ticket whose promised time had passed. */
export class HkTicketEscalatedEvent extends HelpkitEvent<{ ticketId: string; escalation: Escalation }> {
  constructor(detail: Detail<HkTicketEscalatedEvent>) {
    super('hk-ticket-escalated', detail);
  }
}

/** The customer rated a solved ticket (1–5), with what went wrong when the rating was low. */
export class HkTicketRatedEvent extends HelpkitEvent<{ ticketId: string; rating: number; comment?: string }> {
  constructor(detail: Detail<HkTicketRatedEvent>) {
    super('hk-ticket-rated', detail);
  }
}

/**
 * How many messages from the team the customer has not seen changed: `total` over the tickets the
 * element knows, and per ticket id (for a launcher's badge).
 */
export class HkUnreadChangedEvent extends HelpkitEvent<{ total: number; tickets: Record<string, number> }> {
  constructor(detail: Detail<HkUnreadChangedEvent>) {
    super('hk-unread-changed', detail);
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'hk-ticket-created': HkTicketCreatedEvent;
    'hk-submit-failed': HkSubmitFailedEvent;
    'hk-draft-restored': HkDraftRestoredEvent;
    'hk-deflected': HkDeflectedEvent;
    'hk-search': HkSearchEvent;
    'hk-article-viewed': HkArticleViewedEvent;
    'hk-article-feedback': HkArticleFeedbackEvent;
    'hk-contact-requested': HkContactRequestedEvent;
    'hk-ticket-updated': HkTicketUpdatedEvent;
    'hk-ticket-replied': HkTicketRepliedEvent;
    'hk-ticket-escalated': HkTicketEscalatedEvent;
    'hk-ticket-rated': HkTicketRatedEvent;
    'hk-unread-changed': HkUnreadChangedEvent;
  }
}
