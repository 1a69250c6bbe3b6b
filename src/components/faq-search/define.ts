import { HkFaqSearch } from './faq-search.js';

HkFaqSearch.define('hk-faq-search');

declare global {
  interface HTMLElementTagNameMap {
    'hk-faq-search': HkFaqSearch;
  }
}

export { HkFaqSearch };
