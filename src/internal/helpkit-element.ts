import { LitElement, type PropertyValues } from 'lit';
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
  /**
   * The signed-in customer's identity token (Helpkit-Identity), set on the element's client with
   * `setIdentity()`. Drafts, queued submissions and remembered tickets are kept per identity. The
   * client is shared by the page's elements on one backend, so give every element the same one.
   */
  @property() identity?: string;

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

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    const clientChanged = changed.has('api') || changed.has('client') || (changed as Map<string, unknown>).has('providedClient');
    // Applied before the element's own willUpdate loads anything under the identity. An identity
    // that is only ever given to createClient() is left alone.
    if ((changed.has('identity') && (this.identity !== undefined || changed.get('identity') !== undefined)) || (clientChanged && this.identity !== undefined)) {
      this.sdk?.setIdentity(this.identity || undefined);
    }
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
