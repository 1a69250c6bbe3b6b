// Registers every Helpkit element.
import './components/ticket-form/define.js';
import './components/faq-search/define.js';
import './components/ticket-status/define.js';
