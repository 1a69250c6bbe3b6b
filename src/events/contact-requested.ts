/** The customer asked to contact support (from "no results" or an unhelpful article). */
export class HkContactRequestedEvent extends CustomEvent<{ query: string; articleId?: string }> {
  constructor(detail: { query: string; articleId?: string }) {
    super('hk-contact-requested', { bubbles: true, composed: true, detail });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'hk-contact-requested': HkContactRequestedEvent;
  }
}
