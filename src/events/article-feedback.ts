/** "Was this helpful?" was answered. */
export class HkArticleFeedbackEvent extends CustomEvent<{ articleId: string; helpful: boolean; comment?: string }> {
  constructor(detail: { articleId: string; helpful: boolean; comment?: string }) {
    super('hk-article-feedback', { bubbles: true, composed: true, detail });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'hk-article-feedback': HkArticleFeedbackEvent;
  }
}
