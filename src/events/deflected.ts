/**
 * The customer read suggested articles and left (or said an article answered them) without
 * submitting: a question answered by self-service. `solved` is true when they said so.
 */
export class HkDeflectedEvent extends CustomEvent<{ articleIds: string[]; query: string; solved: boolean }> {
  constructor(detail: { articleIds: string[]; query: string; solved: boolean }) {
    super('hk-deflected', { bubbles: true, composed: true, detail });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'hk-deflected': HkDeflectedEvent;
  }
}
