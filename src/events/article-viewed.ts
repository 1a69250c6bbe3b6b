/** An article was opened; `query` is what the customer had searched for (may be empty). */
export class HkArticleViewedEvent extends CustomEvent<{ articleId: string; title: string; query: string }> {
  constructor(detail: { articleId: string; title: string; query: string }) {
    super('hk-article-viewed', { bubbles: true, composed: true, detail });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'hk-article-viewed': HkArticleViewedEvent;
  }
}
