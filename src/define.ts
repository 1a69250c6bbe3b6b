// Registers every Helpkit element.
import './components/ticket-form/define.js';
