import { HkTicketForm } from './ticket-form.js';

HkTicketForm.define('hk-ticket-form');

declare global {
  interface HTMLElementTagNameMap {
    'hk-ticket-form': HkTicketForm;
  }
}

export { HkTicketForm };
