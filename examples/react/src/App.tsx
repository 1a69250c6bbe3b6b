import { useState } from 'react';
import type { HelpkitClient } from 'helpkit/sdk';
import type { HkTicketCreatedEvent } from 'helpkit';

/** A signed-in customer, as the app's own account code would know them. */
interface Customer {
  name: string;
  email: string;
}

export function App({ client }: { client: HelpkitClient }) {
  const [ticket, setTicket] = useState<string>();
  const [article, setArticle] = useState<string>();
  const [customer, setCustomer] = useState<Customer>();

  // Inline handlers get their event type from helpkit/react; a named one says it itself.
  const created = (event: HkTicketCreatedEvent) => setTicket(event.detail.ticket.number);

  return (
    <main>
      <h1>Help</h1>
      <p>
        {customer ? (
          <>Signed in as {customer.email}.</>
        ) : (
          // The account arrives after the form is shown: its name and e-mail fill the fields
          // the customer has not written in.
          <button type="button" onClick={() => setCustomer({ name: 'Ava Lind', email: 'ava@example.com' })}>
            Sign in
          </button>
        )}
      </p>

      <hk-faq-search client={client} heading="Find an answer" onhk-article-viewed={(event) => setArticle(event.detail.title)} />
      {article && <p id="read">You read “{article}”.</p>}

      <hk-ticket-form client={client} heading="Contact us" name={customer?.name} email={customer?.email} onhk-ticket-created={created} />
      <p id="filed" role="status">
        {ticket && <>Thanks! Your ticket is {ticket}.</>}
      </p>
    </main>
  );
}
