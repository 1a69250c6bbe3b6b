import type { HelpkitError } from '../sdk/index.js';

/**
 * A submission did not go through now. `queued` is true when it waits in the outbox and will be
 * sent by itself; false when the customer must act (fix a field, try later).
 */
export class HkSubmitFailedEvent extends CustomEvent<{ error: HelpkitError; queued: boolean }> {
  constructor(detail: { error: HelpkitError; queued: boolean }) {
    super('hk-submit-failed', { bubbles: true, composed: true, detail });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'hk-submit-failed': HkSubmitFailedEvent;
  }
}
