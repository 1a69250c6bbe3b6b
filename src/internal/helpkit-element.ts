import { html, LitElement, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { consume } from '@lit/context';
import type { HelpkitClient } from '../sdk/index.js';
import type { TermKey } from '../i18n/index.js';
import { clientContext, sharedClient } from './clients.js';
import { LocalizeController } from './localize.js';
import { SiteController } from './site.js';
import { realClock, Timer, type Clock } from './clock.js';
import { presenceAt, renderHeader } from './site-header.js';

const DAY = 86_400_000;

/** Loads the module that registers an element this one renders. */
export type Dependency = () => Promise<unknown>;

/**
 * The base of every Helpkit element: the SDK client (given as a property, provided by an ancestor,
 * or made from the `api` attribute) seen in the element's own language, the site's settings, the
 * theme, typed events, and the render shell (root with direction and language, heading, live
 * region, loading and failure views).
 */
export class HelpkitElement extends LitElement {
  /**
   * Elements this one renders, each with the import that registers it. Loaded only when needed
   * (`need(tag)`), so a page pays for an element only when the customer reaches it.
   */
  static dependencies: Record<string, Dependency> = {};

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
  /** Heading text; empty string for none (when the page has its own). */
  @property() heading?: string;
  /** Time for debounces and "how long ago" (tests pass a clock they move by hand). */
  @property({ attribute: false }) clock: Clock = realClock;

  @consume({ context: clientContext, subscribe: true })
  @state()
  protected providedClient?: HelpkitClient;

  /** No client arrived in time: the page forgot `api`, or its framework could not set `client`. */
  @state() protected unconnected = false;

  /** Text for the element's polite live region. */
  @state() protected announcement = '';

  protected localize = new LocalizeController(this);

  /** Language, settings and the element's view of the client; chosen in one place. */
  protected site = new SiteController(this, this.localize, { configRequired: (this.constructor as typeof HelpkitElement).configRequired });

  /** Whether the element cannot work without the site's settings (the FAQ can; the form cannot). */
  protected static configRequired = true;

  /** The client before a language is applied; what storage and identity live on. */
  get baseClient(): HelpkitClient | undefined {
    return this.client ?? this.providedClient ?? (this.api ? sharedClient(this.api) : undefined);
  }

  /** The client in this element's language once chosen (until then, the shared one). */
  protected get sdk(): HelpkitClient | undefined {
    return this.site.value?.client ?? this.baseClient;
  }

  /** The client whose owner changes we follow, and how to stop. */
  private followed?: [HelpkitClient, () => void];

  /**
   * Another customer on the shared client (set by any element or by the page) updates this element
   * too, so what it loaded for the previous one is reloaded now, not at its next render.
   */
  private followOwner(): void {
    const client = this.isConnected ? this.baseClient : undefined;
    if (this.followed?.[0] === client) return;
    this.followed?.[1]();
    this.followed = client ? [client, client.onOwnerChange(() => this.requestUpdate())] : undefined;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.followOwner();
    if (!this.baseClient) this.setupTimer.start(HelpkitElement.setupWait, () => this.noClient());
  }

  /** How long an element waits for its client (a framework may set it a moment after connecting). */
  static setupWait = 3000;
  private setupTimer = new Timer(() => this.clock);

  private noClient(): void {
    if (this.baseClient) return;
    this.unconnected = true;
    const tag = this.localName;
    // React and others set an object on an element not yet registered as an attribute.
    const stringified = this.getAttribute('client')?.startsWith('[object');
    console.warn(
      stringified
        ? `<${tag}>: "client" arrived as the attribute "${this.getAttribute('client')}", not as a property: the element was registered after your framework rendered it. Import 'helpkit/define' (or the element's module) before rendering.`
        : `<${tag}> has no backend: set the "api" attribute (e.g. api="https://support.example.com/api/v1"), the "client" property, or provide a client from an ancestor.`,
    );
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.followOwner();
    this.presenceTimer.cancel();
    this.presenceDue = undefined;
    this.setupTimer.cancel();
  }

  /** The language the live region last spoke. */
  private spoken?: string;

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    this.followOwner();
    if (this.baseClient) {
      this.setupTimer.cancel();
      this.unconnected = false;
    }
    // A new language: what the live region last said (in the old one) is no longer true.
    if (this.spoken !== this.localize.locale) {
      if (this.spoken) this.announcement = '';
      this.spoken = this.localize.locale;
    }
    const clientChanged = changed.has('api') || changed.has('client') || (changed as Map<string, unknown>).has('providedClient');
    // Applied before anything loads under the identity. An identity that is only ever given to
    // createClient() is left alone.
    if ((changed.has('identity') && (this.identity !== undefined || changed.get('identity') !== undefined)) || (clientChanged && this.identity !== undefined)) {
      this.baseClient?.setIdentity(this.identity || undefined);
    }
  }

  /** The heading's default term. */
  protected static titleTerm: TermKey = 'form.title';

  protected override render(): TemplateResult {
    const t = this.localize;
    let view: unknown;
    if (this.unconnected) view = this.renderFailed('error.unconnected', false);
    else if (this.site.loading) view = this.renderLoading();
    else if (this.site.failed) view = this.renderFailed();
    else view = this.renderView();
    return html`<div class="root" dir=${t.dir} lang=${t.locale}>
      ${this.heading !== '' ? this.renderHeader() : nothing} ${view}
      <div class="sr-only" role="status" aria-live="polite" aria-atomic="true">${this.announcement}</div>
    </div>`;
  }

  /** Re-renders the header when the team opens or closes. */
  private presenceTimer = new Timer(() => this.clock);
  /** The boundary the timer waits for (started once per boundary, not once per render). */
  private presenceDue?: number;

  private renderHeader(): TemplateResult {
    const t = this.localize;
    const config = this.site.value?.config;
    const now = this.clock.now();
    const presence = config?.availability ? presenceAt(config.availability, now) : undefined;
    const due = presence?.changesAt;
    if (due !== this.presenceDue) {
      this.presenceDue = due;
      // At most a day at a time: timers wrap around past 2^31 ms (24.8 days) and would fire at once.
      if (due) this.presenceTimer.start(Math.min(due - now, DAY), () => ((this.presenceDue = undefined), this.requestUpdate()));
      else this.presenceTimer.cancel();
    }
    return renderHeader(t, this.heading ?? t.term((this.constructor as typeof HelpkitElement).titleTerm), config, presence, now);
  }

  /** The element's own content, once its settings are loaded. */
  protected renderView(): unknown {
    return nothing;
  }

  protected renderLoading(): TemplateResult {
    return html`<p class="loading muted" aria-busy="true"><span class="spinner" aria-hidden="true"></span>${this.localize.term('common.loading')}</p>`;
  }

  /** What went wrong while loading, with a retry (of the settings, unless the element says what). */
  protected renderFailed(term: TermKey = 'error.config', retry = true): TemplateResult {
    const t = this.localize;
    return html`<div class="notice danger" part="notice" role="alert">
      <p>${t.term(term)}</p>
      ${retry ? html`<div class="actions"><button type="button" @click=${() => void this.site.retry()}>${t.term('common.retry')}</button></div>` : nothing}
    </div>`;
  }

  /** Moves focus to `selector` once the render now pending is done (after a view change). */
  protected focusSoon(selector: string): Promise<void> {
    return this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>(selector)?.focus());
  }

  /** Says `text` to screen readers (re-announced even when the same text comes twice). */
  protected announce(text: string): void {
    this.announcement = '';
    requestAnimationFrame(() => (this.announcement = text));
  }

  /** Registers an element this one is about to render (see `dependencies`). */
  protected async need(tag: string): Promise<void> {
    if (customElements.get(tag)) return;
    await (this.constructor as typeof HelpkitElement).dependencies[tag]?.();
  }

  /** Registers the element once; a second registration (two copies of the script) is a no-op. */
  static define(tag: string): void {
    if (!customElements.get(tag)) customElements.define(tag, this);
  }
}
