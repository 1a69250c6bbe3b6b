import { HkFaqSearch } from './faq-search.js';
// "Contact us" shows a ticket form in place, so registering the search registers the form too.
import '../ticket-form/define.js';

HkFaqSearch.define('hk-faq-search');

declare global {
  interface HTMLElementTagNameMap {
    'hk-faq-search': HkFaqSearch;
  }
}

export { HkFaqSearch };
