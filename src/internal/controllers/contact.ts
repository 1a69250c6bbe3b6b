import { html, nothing, type ReactiveController, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { HelpkitClient } from '../../sdk/index.js';
import type { Clock } from '../clock.js';
import type { LocalizeController } from '../localize.js';
import { HkContactRequestedEvent } from '../../events/index.js';

interface ContactHost extends HTMLElement {
  addController(controller: ReactiveController): void;
  requestUpdate(): void;
  readonly baseClient?: HelpkitClient;
  clock: Clock;
  theme?: string;
}

interface ContactOptions {
  localize: LocalizeController;
  /** What "Contact us" does: show the ticket form here, or only tell the page. */
  mode: () => 'form' | 'event';
  /** The customer's search, which becomes the ticket's subject. */
  query: () => string;
  /** Registers the ticket form (fetching its code the first time). */
  need: (tag: string) => Promise<void>;
  focusSoon: (selector: string) => Promise<void>;
}

/**
 * "Contact us" from self-service: tells the page (`hk-contact-requested`) and shows a ticket form in
 * place, pre-filled with the search, whose code is fetched only now; or says it could not be.
 */
export class ContactController implements ReactiveController {
  private state: false | 'form' | 'failed' = false;
  /** The article that did not help, if any. */
  private articleId?: string;

  constructor(
    private host: ContactHost,
    private options: ContactOptions,
  ) {
    host.addController(this);
  }

  hostConnected(): void {}

  close(): void {
    this.state = false;
    this.host.requestUpdate();
  }

  async request(articleId?: string): Promise<void> {
    this.articleId = articleId;
    this.host.dispatchEvent(new HkContactRequestedEvent({ query: this.options.query(), ...(articleId ? { articleId } : {}) }));
    if (this.options.mode() !== 'form') return;
    try {
      await this.options.need('hk-ticket-form');
      this.state = 'form';
      this.host.requestUpdate();
      void this.options.focusSoon('.contact h3');
    } catch {
      // The form's code could not be fetched (offline, a new deploy): say so, with a retry.
      this.state = 'failed';
      this.host.requestUpdate();
      void this.options.focusSoon('.contact [role=alert] button');
    }
  }

  render(): TemplateResult | typeof nothing {
    const t = this.options.localize;
    if (!this.state) return nothing;
    if (this.state === 'failed') {
      const offline = typeof navigator !== 'undefined' && !navigator.onLine;
      return html`<div class="contact notice danger" part="notice" role="alert">
        <p>${t.term(offline ? 'faq.contactOffline' : 'faq.contactFailed')}</p>
        <div class="actions"><button type="button" @click=${() => void this.request(this.articleId)}>${t.term('common.retry')}</button></div>
      </div>`;
    }
    // The shared client, not the FAQ's language view: a language switch must not reload the form.
    return html`<section class="contact" aria-labelledby="contact-h">
      <h3 id="contact-h" tabindex="-1">${t.term('faq.stillNeed')}</h3>
      <hk-ticket-form
        .client=${this.host.baseClient}
        .clock=${this.host.clock}
        locale=${t.locale}
        theme=${ifDefined(this.host.theme)}
        subject=${this.options.query()}
        heading=""
        draft-key="faq-contact"
      ></hk-ticket-form>
    </section>`;
  }
}
