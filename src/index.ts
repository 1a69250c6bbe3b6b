// helpkit: the SDK, the element classes and their events. Importing this registers nothing;
// import 'helpkit/define' (all elements) or 'helpkit/ticket-form' (one) to register tags.
export * from './sdk/index.js';
export * from './events/index.js';
export { HkTicketForm } from './components/ticket-form/ticket-form.js';
export { HkFaqSearch } from './components/faq-search/faq-search.js';
export { HkTicketStatus } from './components/ticket-status/ticket-status.js';
export { ArticleIndex, highlight } from './search/article-index.js';
export { normalize as normalizeForSearch } from './search/normalize.js';
export { HelpkitElement } from './internal/helpkit-element.js';
export { clientContext } from './internal/clients.js';
export { normalizeDigits, SUPPORTED as SUPPORTED_LOCALES, type Locale, type Translation } from './i18n/index.js';
