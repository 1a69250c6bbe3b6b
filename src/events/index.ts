export { HkTicketCreatedEvent } from './ticket-created.js';
export { HkSubmitFailedEvent } from './submit-failed.js';
export { HkDraftRestoredEvent } from './draft-restored.js';
export { HkDeflectedEvent } from './deflected.js';
