import { LitElement } from 'lit';
import { property, state } from 'lit/decorators.js';
import { consume } from '@lit/context';
import type { HelpkitClient } from '../sdk/index.js';
import { clientContext, sharedClient } from './clients.js';
import { LocalizeController } from './localize.js';

/**
 * The base of every Helpkit element: the SDK client (given as a property, provided by an ancestor,
 * or made from the `api` attribute), the language, the theme, typed events and a live region.
 */
export class HelpkitElement extends LitElement {
  /** Base URL of the backend, e.g. `https://support.example.com/api/v1`. */
  @property({ reflect: true }) api?: string;
  /** Language (en, fa, ar, sv…); otherwise the browser's if the site offers it, else the site's default. */
  @property({ reflect: true }) locale?: string;
  /** `light`, `dark`, or unset to follow the system. */
  @property({ reflect: true }) theme?: 'light' | 'dark';
  /** A client made with `createClient()`; wins over context and `api`. */
  @property({ attribute: false }) client?: HelpkitClient;

  @consume({ context: clientContext, subscribe: true })
  @state()
  protected providedClient?: HelpkitClient;

  /** Text for the element's polite live region. */
  @state() protected announcement = '';

  protected localize = new LocalizeController(this);

  /** The client to use, or undefined while none is configured. */
  protected get sdk(): HelpkitClient | undefined {
    return this.client ?? this.providedClient ?? (this.api ? sharedClient(this.api) : undefined);
  }

  /** Says `text` to screen readers (re-announced even when the same text comes twice). */
  protected announce(text: string): void {
    this.announcement = '';
    requestAnimationFrame(() => (this.announcement = text));
  }

  /** Registers the element once; a second registration (two copies of the script) is a no-op. */
  static define(tag: string): void {
    if (!customElements.get(tag)) customElements.define(tag, this);
  }
}
