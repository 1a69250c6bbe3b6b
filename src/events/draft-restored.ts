/** A saved draft was put back into the form. `savedAt` is when it was last saved (ms). */
export class HkDraftRestoredEvent extends CustomEvent<{ key: string; savedAt: number }> {
  constructor(detail: { key: string; savedAt: number }) {
    super('hk-draft-restored', { bubbles: true, composed: true, detail });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'hk-draft-restored': HkDraftRestoredEvent;
  }
}
