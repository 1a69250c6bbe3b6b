import { HkTicketStatus } from './ticket-status.js';

HkTicketStatus.define('hk-ticket-status');

declare global {
  interface HTMLElementTagNameMap {
    'hk-ticket-status': HkTicketStatus;
  }
}

export { HkTicketStatus };
