import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { live } from 'lit/directives/live.js';
import { HelpkitElement } from '../../internal/helpkit-element.js';
import { LocalizeController } from '../../internal/localize.js';
import { rerunning } from '../../internal/rerun.js';
import { baseStyles } from '../../internal/styles.js';
import { mediaOriginsOf } from '../../internal/sanitize.js';
import { sanitizedHtml } from '../../internal/trusted-html.js';
import { isAbortError, isHelpkitError, isRateLimitError, type Article, type ArticleSummary, type SiteConfig } from '../../sdk/index.js';
import type { TermKey } from '../../i18n/index.js';
import { ArticleIndex, fingerprint, highlight } from '../../search/article-index.js';
import { normalize } from '../../search/normalize.js';
import { HkArticleFeedbackEvent, HkArticleViewedEvent, HkContactRequestedEvent, HkSearchEvent } from '../../events/index.js';
import { faqSearchStyles } from './faq-search.styles.js';

interface Result {
  article: ArticleSummary;
  /** Normalized words to highlight. */
  terms: string[];
}

type Feedback = 'ask' | 'comment' | 'thanks' | 'given';

const SERVER_DELAY = 200;
const EVENT_DELAY = 600;
const MAX_RESULTS = 8;

/**
 * Self-service answers as the customer types: a combobox over the site's articles, searched on the
 * device (prefix and typo tolerant, in every script) or on the server for very large knowledge bases.
 *
 * @event hk-search - Results settled for a query. `detail: { query, count }`.
 * @event hk-article-viewed - An article was opened. `detail: { articleId, title, query }`.
 * @event hk-article-feedback - "Was this helpful?" answered. `detail: { articleId, helpful, comment? }`.
 * @event hk-contact-requested - The customer asked to contact support. `detail: { query, articleId? }`.
 *
 * @csspart search - The search field.
 * @csspart results - The list of results.
 * @csspart result - One result.
 * @csspart article - The article view.
 * @csspart feedback - The "was this helpful?" block.
 * @csspart notice - Notices (offline, errors, no results).
 */
export class HkFaqSearch extends HelpkitElement {
  static override styles = [baseStyles, faqSearchStyles];

  /** Article ids to suggest for this page while the field is empty, e.g. `suggest="return-item-en refund-time-en"`. */
  @property() suggest?: string;
  /** Above this many articles, search on the server instead of the device. */
  @property({ attribute: 'index-limit', type: Number }) indexLimit = 5000;
  /** What "Contact us" does: `form` shows a ticket form here (pre-filled with the search); `event` only fires hk-contact-requested. */
  @property() contact: 'form' | 'event' = 'form';
  /** Heading text; empty string for none. */
  @property() heading?: string;

  @state() private config?: SiteConfig;
  @state() private phase: 'loading' | 'failed' | 'ready' = 'loading';
  @state() private query = '';
  @state() private results: Result[] = [];
  @state() private active = -1;
  @state() private searched = '';
  @state() private alternatives: string[] = [];
  @state() private offline = false;
  @state() private article?: Article;
  @state() private articleUnavailable?: ArticleSummary;
  /** Why the article could not be shown: no connection, or the backend failed. */
  @state() private articleProblem: 'offline' | 'failed' = 'offline';
  /** A server search that failed: what to tell the customer (with a retry beside it). */
  @state() private searchProblem?: { key: TermKey; params?: Record<string, string> };
  @state() private feedback: Feedback = 'ask';
  @state() private contacting = false;
  @state() private browseItems = new Map<string, ArticleSummary[]>();

  /** State, not a plain field: suggestions and alternatives are drawn from it at render time. */
  @state() private index?: ArticleIndex;
  private serverMode = false;
  private serverAbort?: AbortController;
  private serverTimer?: ReturnType<typeof setTimeout>;
  private eventTimer?: ReturnType<typeof setTimeout>;
  private announceTimer?: ReturnType<typeof setTimeout>;
  private comment = '';
  /** Answered on this page: the browser's record is written only once the backend has it. */
  private answered = new Set<string>();

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed); // hands the `identity` attribute to the client
    const clientChanged = changed.has('api') || changed.has('client') || (changed as Map<string, unknown>).has('providedClient');
    if (clientChanged || changed.has('locale')) void this.start();
  }

  override connectedCallback(): void {
    super.connectedCallback();
    addEventListener('online', this.onOnline);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    removeEventListener('online', this.onOnline);
    this.serverAbort?.abort();
    clearTimeout(this.serverTimer);
    clearTimeout(this.eventTimer);
    clearTimeout(this.announceTimer);
  }

  private onOnline = () => {
    if (this.offline) void this.start();
  };

  /** Sets the search text (as if typed) — for pages that want to start a search. */
  search(query: string): void {
    this.backToResults();
    this.setQuery(query);
  }

  // ---- loading ----------------------------------------------------------------------------------

  /** Loads settings, language and index; a call while loading loads again afterwards. */
  private start = rerunning(() => this.load());

  private async load(): Promise<void> {
    const sdk = this.sdk;
    if (!sdk) return;
    if (!this.index) this.phase = 'loading';
    await this.localize.use(LocalizeController.choose(this.locale));
    sdk.setLocale(this.localize.locale);
    let stale = false;
    try {
      this.config = await sdk.config({ onStale: () => (stale = true) });
      const chosen = LocalizeController.choose(this.locale, this.config);
      if (chosen !== this.localize.locale) {
        await this.localize.use(chosen);
        sdk.setLocale(chosen);
        this.config = await sdk.config({ onStale: () => (stale = true) });
      }
    } catch {
      // Without settings the search still works; only topics for browsing are missing.
    }
    try {
      const index = await sdk.articles.index({ onStale: () => (stale = true) });
      this.serverMode = index.items.length > this.indexLimit;
      this.index = this.serverMode ? undefined : await this.buildIndex(index.items);
    } catch (error) {
      // No index endpoint (or it failed outright): search on the server instead.
      if (isHelpkitError(error) && error.retryable && !this.config) {
        this.phase = 'failed';
        return;
      }
      this.serverMode = true;
      this.index = undefined;
    }
    this.offline = stale;
    this.phase = 'ready';
    // Topics opened before (perhaps in another language) are listed again from these articles.
    const opened = [...this.browseItems.keys()];
    this.browseItems = new Map();
    for (const id of opened) void this.loadCategory(id);
    if (this.query) this.runSearch();
  }

  /** Loads the built index stored for this exact article list, or builds and stores it (5× faster to load). */
  private async buildIndex(items: ArticleSummary[]): Promise<ArticleIndex> {
    const sdk = this.sdk!;
    const key = `search-index:${this.localize.locale}`;
    const print = fingerprint(items);
    const stored = await sdk.cache.get<{ print: string; json: string }>(key).catch(() => undefined);
    if (stored?.print === print) {
      try {
        return new ArticleIndex(items, stored.json);
      } catch {
        // A stored index from another version of the library: rebuild below.
      }
    }
    const index = new ArticleIndex(items);
    void sdk.cache.put(key, { print, json: index.serialize() }).catch(() => undefined);
    return index;
  }

  // ---- searching --------------------------------------------------------------------------------

  private setQuery(query: string): void {
    this.query = query;
    this.active = -1;
    this.runSearch();
  }

  private runSearch(): void {
    const q = this.query.trim();
    clearTimeout(this.serverTimer);
    this.serverAbort?.abort();
    this.searchProblem = undefined;
    if (!q) {
      this.results = [];
      this.searched = '';
      this.alternatives = [];
      return;
    }
    if (this.index) {
      // Local: synchronous, within the keystroke's frame.
      this.show(q, this.index.search(q, MAX_RESULTS).map((h) => ({ article: h.article, terms: h.terms })));
      return;
    }
    this.serverTimer = setTimeout(() => void this.serverSearch(q), SERVER_DELAY);
  }

  private async serverSearch(q: string): Promise<void> {
    const abort = (this.serverAbort = new AbortController());
    try {
      const { items } = await this.sdk!.articles.search({ q, limit: MAX_RESULTS }, { signal: abort.signal });
      if (abort.signal.aborted) return;
      const terms = q.split(/\s+/).map(normalize).filter(Boolean);
      this.offline = false;
      this.show(q, items.map((article) => ({ article, terms: termsIn(article, terms) })));
    } catch (error) {
      if (isAbortError(error) || abort.signal.aborted) return;
      // Not "no results": the search did not happen. Say why, and offer to try again.
      this.results = [];
      this.searched = '';
      this.searchProblem = this.searchProblemFor(error);
    }
  }

  private searchProblemFor(error: unknown): { key: TermKey; params?: Record<string, string> } {
    if (!isHelpkitError(error)) return { key: 'faq.searchFailed' };
    switch (error.kind) {
      case 'network':
        return { key: 'faq.searchOffline' };
      case 'timeout':
        return { key: 'faq.searchSlow' };
      case 'rate_limit':
        return { key: 'faq.searchBusy', params: { seconds: this.localize.number(isRateLimitError(error) ? Math.max(1, error.retryAfter) : 30) } };
      default:
        return { key: 'faq.searchFailed' };
    }
  }

  private show(q: string, results: Result[]): void {
    this.results = results;
    this.searched = q;
    this.alternatives = results.length || !this.index ? [] : this.index.alternatives(q);
    clearTimeout(this.announceTimer);
    this.announceTimer = setTimeout(() => {
      this.announce(results.length ? this.localize.term('faq.count', { count: this.localize.number(results.length) }) : this.localize.term('faq.noResults', { query: q }));
    }, 400);
    clearTimeout(this.eventTimer);
    this.eventTimer = setTimeout(() => this.dispatchEvent(new HkSearchEvent({ query: q, count: results.length })), EVENT_DELAY);
  }

  private onKeyDown(e: KeyboardEvent): void {
    const count = this.results.length;
    switch (e.key) {
      case 'ArrowDown':
        if (!count) return;
        e.preventDefault();
        this.active = (this.active + 1) % count;
        break;
      case 'ArrowUp':
        if (!count) return;
        e.preventDefault();
        this.active = this.active <= 0 ? count - 1 : this.active - 1;
        break;
      case 'Home':
      case 'End':
        if (!count || this.active < 0) return;
        e.preventDefault();
        this.active = e.key === 'Home' ? 0 : count - 1;
        break;
      case 'Enter': {
        const chosen = this.results[this.active >= 0 ? this.active : 0];
        if (!chosen) return;
        e.preventDefault();
        void this.open(chosen.article);
        break;
      }
      case 'Escape':
        if (this.active >= 0) this.active = -1;
        else if (this.query) this.setQuery('');
        else return;
        e.preventDefault();
        break;
    }
  }

  protected override updated(): void {
    // Keep the active option in view as the customer arrows through a long list.
    if (this.active >= 0) this.renderRoot.querySelector(`#opt-${this.active}`)?.scrollIntoView({ block: 'nearest' });
  }

  // ---- browsing ---------------------------------------------------------------------------------

  private async loadCategory(id: string): Promise<void> {
    if (this.browseItems.has(id)) return;
    let items: ArticleSummary[] = [];
    if (this.index) items = this.index.all().filter((a) => a.category === id);
    else items = await this.sdk!.articles.search({ category: id, limit: 20 }).then((r) => r.items, () => []);
    this.browseItems = new Map(this.browseItems).set(id, items);
  }

  private get suggested(): ArticleSummary[] {
    const ids = (this.suggest ?? '').split(/\s+/).filter(Boolean);
    return this.index ? ids.map((id) => this.index!.get(id)).filter((a): a is ArticleSummary => !!a) : [];
  }

  // ---- article ----------------------------------------------------------------------------------

  private async open(summary: ArticleSummary): Promise<void> {
    const sdk = this.sdk!;
    // Both at once, so the article appears in one render, feedback state and focus included.
    let problem: 'offline' | 'failed' = 'offline';
    const [article, given] = await Promise.all([
      sdk.articles.get(summary.id, { onStale: () => (this.offline = true) }).catch((error: unknown) => {
        if (!isHelpkitError(error) || error.kind !== 'network') problem = 'failed';
        return undefined;
      }),
      sdk.articles.feedbackGiven(summary.id).catch(() => undefined),
    ]);
    this.article = article;
    this.articleUnavailable = article ? undefined : summary;
    this.articleProblem = problem;
    this.feedback = given === undefined && !this.answered.has(summary.id) ? 'ask' : 'given';
    this.contacting = false;
    this.comment = '';
    this.dispatchEvent(new HkArticleViewedEvent({ articleId: summary.id, title: summary.title, query: this.query.trim() }));
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('.article h3')?.focus();
  }

  private backToResults(): void {
    if (this.article || this.articleUnavailable) {
      this.article = undefined;
      this.articleUnavailable = undefined;
      this.contacting = false;
      void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLInputElement>('input[type=search]')?.focus());
    }
  }

  private async sendFeedback(helpful: boolean, comment?: string): Promise<void> {
    const id = (this.article ?? this.articleUnavailable)!.id;
    this.feedback = helpful ? 'thanks' : comment === undefined ? 'comment' : 'thanks';
    if (!helpful && comment === undefined) {
      await this.updateComplete;
      this.renderRoot.querySelector<HTMLTextAreaElement>('.feedback textarea')?.focus();
      return;
    }
    this.answered.add(id);
    this.dispatchEvent(new HkArticleFeedbackEvent({ articleId: id, helpful, ...(comment ? { comment } : {}) }));
    try {
      await this.sdk!.articles.feedback(id, { helpful, ...(comment ? { comment } : {}) });
    } catch {
      // Feedback is a courtesy; losing one answer is better than troubling the customer with it.
    }
    this.announce(this.localize.term('faq.thanks'));
    if (!helpful) this.requestContact(id);
  }

  private requestContact(articleId?: string): void {
    this.dispatchEvent(new HkContactRequestedEvent({ query: this.query.trim(), ...(articleId ? { articleId } : {}) }));
    if (this.contact === 'form') {
      this.contacting = true;
      void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>('.contact h3')?.focus());
    }
  }

  // ---- render -----------------------------------------------------------------------------------

  protected override render(): TemplateResult {
    const t = this.localize;
    return html`<div class="root" dir=${t.dir} lang=${t.locale}>
      ${this.heading !== '' ? html`<h2 class="title">${this.heading ?? t.term('faq.title')}</h2>` : nothing}
      ${this.offline ? html`<p class="notice warning offline" part="notice" role="status">${t.term('faq.offline')}</p>` : nothing}
      ${this.phase === 'failed'
        ? html`<div class="notice danger" part="notice" role="alert">
            <p>${t.term('faq.error')}</p>
            <div class="actions"><button type="button" @click=${() => void this.start()}>${t.term('common.retry')}</button></div>
          </div>`
        : this.article || this.articleUnavailable
          ? this.renderArticle()
          : this.renderSearch()}
      <div class="sr-only" role="status" aria-live="polite" aria-atomic="true">${this.announcement}</div>
    </div>`;
  }

  private renderSearch(): TemplateResult {
    const t = this.localize;
    const expanded = this.results.length > 0;
    return html`
      <div class="search" part="search" role="search">
        <label for="q" class="sr-only">${t.term('faq.label')}</label>
        <span class="icon" aria-hidden="true"></span>
        <input
          id="q"
          type="search"
          role="combobox"
          autocomplete="off"
          spellcheck="false"
          enterkeyhint="search"
          aria-autocomplete="list"
          aria-expanded=${expanded ? 'true' : 'false'}
          aria-controls="results"
          aria-activedescendant=${ifDefined(this.active >= 0 ? `opt-${this.active}` : undefined)}
          aria-busy=${this.phase === 'loading' ? 'true' : 'false'}
          placeholder=${t.term('faq.placeholder')}
          .value=${live(this.query)}
          @input=${(e: InputEvent) => this.setQuery((e.target as HTMLInputElement).value)}
          @keydown=${this.onKeyDown}
        />
        ${this.query
          ? html`<button type="button" class="clear link" aria-label=${t.term('faq.clear')} @click=${() => {
              this.setQuery('');
              this.renderRoot.querySelector<HTMLInputElement>('#q')?.focus();
            }}>✕</button>`
          : nothing}
      </div>
      <ul id="results" role="listbox" part="results" aria-label=${t.term('faq.label')} ?hidden=${!expanded}>
        ${this.results.map(
          (r, i) => html`<li
            id="opt-${i}"
            role="option"
            part="result"
            aria-selected=${i === this.active ? 'true' : 'false'}
            class=${i === this.active ? 'active' : ''}
            @click=${() => void this.open(r.article)}
            @pointermove=${() => (this.active = i)}
          >
            <span class="r-title">${marked(r.article.title, r.terms)}</span>
            <span class="r-excerpt">${marked(r.article.excerpt, r.terms)}</span>
          </li>`,
        )}
      </ul>
      ${this.searchProblem
        ? html`<div class="notice danger" part="notice" role="alert">
            <p>${t.term(this.searchProblem.key, this.searchProblem.params)}</p>
            <div class="actions"><button type="button" @click=${() => this.runSearch()}>${t.term('common.retry')}</button></div>
          </div>`
        : nothing}
      ${this.phase === 'loading' ? html`<p class="muted loading"><span class="spinner" aria-hidden="true"></span>${t.term('common.loading')}</p>` : nothing}
      ${this.query.trim() && this.searched && !this.results.length ? this.renderNoResults() : nothing}
      ${!this.query.trim() && this.phase === 'ready' ? this.renderBrowse() : nothing}
      ${this.contacting ? this.renderContact() : nothing}
    `;
  }

  private renderNoResults(): TemplateResult {
    const t = this.localize;
    return html`<div class="notice no-results" part="notice">
      <p>${t.term('faq.noResults', { query: this.searched })}</p>
      ${this.alternatives.length
        ? html`<p class="alternatives">
            ${t.term('faq.didYouMean')}
            ${this.alternatives.map((a) => html`<button type="button" class="link" @click=${() => this.setQuery(a)}>${a}</button>`)}
          </p>`
        : nothing}
      <p class="muted">${t.term('faq.contactLead')}</p>
      <div class="actions"><button type="button" class="secondary" @click=${() => this.requestContact()}>${t.term('faq.contact')}</button></div>
    </div>`;
  }

  private renderBrowse(): TemplateResult {
    const t = this.localize;
    const suggested = this.suggested;
    const categories = this.config?.categories ?? [];
    return html`
      ${suggested.length
        ? html`<section class="browse" aria-labelledby="suggested-h">
            <h3 id="suggested-h">${t.term('faq.suggested')}</h3>
            <ul class="links">${suggested.map((a) => this.articleLink(a))}</ul>
          </section>`
        : nothing}
      ${categories.length
        ? html`<section class="browse" aria-labelledby="browse-h">
            <h3 id="browse-h">${t.term('faq.browse')}</h3>
            ${categories.map(
              (c) => html`<details @toggle=${(e: Event) => (e.target as HTMLDetailsElement).open && void this.loadCategory(c.id)}>
                <summary>${c.label}${c.description ? html`<span class="muted"> · ${c.description}</span>` : nothing}</summary>
                <ul class="links">${(this.browseItems.get(c.id) ?? []).map((a) => this.articleLink(a))}</ul>
              </details>`,
            )}
          </section>`
        : nothing}
    `;
  }

  private articleLink(a: ArticleSummary): TemplateResult {
    return html`<li><button type="button" class="link article-link" @click=${() => void this.open(a)}>${a.title}</button></li>`;
  }

  private renderArticle(): TemplateResult {
    const t = this.localize;
    const a = this.article;
    const summary = a ?? this.articleUnavailable!;
    return html`<article class="article" part="article" aria-labelledby="article-h">
      <button type="button" class="link back" @click=${() => this.backToResults()}><span class="chevron" aria-hidden="true"></span>${t.term('faq.back')}</button>
      <h3 id="article-h" tabindex="-1">${summary.title}</h3>
      <p class="muted small">${t.term('faq.updated', { date: t.date(summary.updatedAt, { dateStyle: 'long' }) })}</p>
      ${a
        ? html`<div class="body" ${sanitizedHtml(a.body, { mediaOrigins: mediaOriginsOf(this.config) })}></div>`
        : html`<p>${this.articleUnavailable!.excerpt}</p>
            <div class="notice ${this.articleProblem === 'offline' ? 'warning' : 'danger'}" part="notice" role="alert">
              <p>${t.term(this.articleProblem === 'offline' ? 'faq.offlineArticle' : 'faq.articleFailed')}</p>
              <div class="actions"><button type="button" @click=${() => void this.open(this.articleUnavailable!)}>${t.term('common.retry')}</button></div>
            </div>`}
      ${this.renderFeedback()}
      ${a?.related?.length
        ? html`<section class="related" aria-labelledby="related-h">
            <h4 id="related-h">${t.term('faq.related')}</h4>
            <ul class="links">${a.related.map((r) => this.articleLink(r))}</ul>
          </section>`
        : nothing}
      ${this.contacting ? this.renderContact() : nothing}
    </article>`;
  }

  private renderFeedback(): TemplateResult {
    const t = this.localize;
    switch (this.feedback) {
      case 'ask':
        return html`<div class="feedback" part="feedback" role="group" aria-labelledby="helpful-h">
          <p id="helpful-h">${t.term('faq.helpful')}</p>
          <div class="actions">
            <button type="button" class="secondary" @click=${() => void this.sendFeedback(true)}>${t.term('faq.yes')}</button>
            <button type="button" class="secondary" @click=${() => void this.sendFeedback(false)}>${t.term('faq.no')}</button>
          </div>
        </div>`;
      case 'comment':
        return html`<form
          class="feedback"
          part="feedback"
          @submit=${(e: Event) => {
            e.preventDefault();
            void this.sendFeedback(false, this.comment.trim());
          }}
        >
          <label for="comment">${t.term('faq.whatMissing')} <span class="optional">(${t.term('common.optional')})</span></label>
          <textarea id="comment" rows="3" maxlength="2000" @input=${(e: Event) => (this.comment = (e.target as HTMLTextAreaElement).value)}></textarea>
          <div class="actions">
            <button type="submit">${t.term('faq.send')}</button>
            <button type="button" class="link" @click=${() => void this.sendFeedback(false, '')}>${t.term('faq.skip')}</button>
          </div>
        </form>`;
      default:
        return html`<p class="feedback thanks" part="feedback">${t.term('faq.thanks')}</p>`;
    }
  }

  private renderContact(): TemplateResult {
    const t = this.localize;
    // The ticket form is its own element (registered by helpkit/define or helpkit/faq-search).
    return html`<section class="contact" aria-labelledby="contact-h">
      <h3 id="contact-h" tabindex="-1">${t.term('faq.stillNeed')}</h3>
      <hk-ticket-form
        .client=${this.sdk}
        locale=${this.localize.locale}
        theme=${ifDefined(this.theme)}
        subject=${this.query.trim()}
        heading=""
        draft-key="faq-contact"
      ></hk-ticket-form>
    </section>`;
  }
}

function marked(text: string, terms: string[]): TemplateResult[] {
  return highlight(text, terms).map((p) => (p.match ? html`<mark>${p.text}</mark>` : html`${p.text}`));
}

/** For server results: the normalized words of `article` that start with a query word. */
function termsIn(article: ArticleSummary, queryTerms: string[]): string[] {
  const words = `${article.title} ${article.excerpt}`.split(/[^\p{L}\p{N}\p{M}\u200c]+/u).map(normalize);
  return words.filter((w) => queryTerms.some((q) => w.startsWith(q)));
}
