export { HkTicketCreatedEvent } from './ticket-created.js';
export { HkSubmitFailedEvent } from './submit-failed.js';
export { HkDraftRestoredEvent } from './draft-restored.js';
export { HkDeflectedEvent } from './deflected.js';
export { HkSearchEvent } from './search.js';
export { HkArticleViewedEvent } from './article-viewed.js';
export { HkArticleFeedbackEvent } from './article-feedback.js';
export { HkContactRequestedEvent } from './contact-requested.js';
