/** Search results settled for a query (after the customer paused typing). */
export class HkSearchEvent extends CustomEvent<{ query: string; count: number }> {
  constructor(detail: { query: string; count: number }) {
    super('hk-search', { bubbles: true, composed: true, detail });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'hk-search': HkSearchEvent;
  }
}
