import { html, nothing, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { live } from 'lit/directives/live.js';
import { Task } from '@lit/task';
import { HelpkitElement } from '../../internal/helpkit-element.js';
import { baseStyles } from '../../internal/styles.js';
import { Timer } from '../../internal/clock.js';
import { listboxMove } from '../../internal/listbox.js';
import { messageFor, messageText, troubleOf, type Message } from '../../internal/messages.js';
import { ArticleReader } from '../../internal/controllers/article-reader.js';
import { ContactController } from '../../internal/controllers/contact.js';
import { articleRows, TopicBrowser } from '../../internal/controllers/topics.js';
import { loadLibrary, termsIn, type Library } from '../../internal/library.js';
import { isAbortError, type ArticleSummary } from '../../sdk/index.js';
import type { TermKey } from '../../i18n/index.js';
import { highlight } from '../../search/article-index.js';
import { isolate } from '../../internal/bidi.js';
import { normalize } from '../../search/normalize.js';
import { HkSearchEvent } from '../../events/index.js';
import { faqSearchStyles } from './faq-search.styles.js';

interface Result {
  article: ArticleSummary;
  /** Normalized words to highlight. */
  terms: string[];
}

const SERVER_DELAY = 200;
const EVENT_DELAY = 600;
const ANNOUNCE_DELAY = 400;
const MAX_RESULTS = 8;
const MAX_QUERY = 200;

/**
 * Self-service answers as the customer types: a combobox over the site's articles, searched on the
 * device (prefix and typo tolerant, in every script) or on the server for very large knowledge bases.
 *
 * @event hk-search - Results settled for a query, once the customer paused typing.
 * @event hk-article-viewed - An article was opened; `query` is what was searched (may be empty).
 * @event hk-article-feedback - "Was this helpful?" was answered.
 * @event hk-contact-requested - The customer asked to contact support (from "no results" or an unhelpful article).
 * @event input - The search text (`value`) changed: typed, cleared, or a "did you mean" chosen.
 *
 * @csspart header - The header: the site's name, the heading and whether the team is in.
 * @csspart search - The search field.
 * @csspart results - The list of results.
 * @csspart result - One result.
 * @csspart article - The article view.
 * @csspart feedback - The "was this helpful?" block.
 * @csspart notice - Notices (offline, errors, no results).
 */
export class HkFaqSearch extends HelpkitElement {
  static override styles = [baseStyles, faqSearchStyles];
  // "Contact us" shows a ticket form in place: loaded only when the customer asks for it.
  static override dependencies = { 'hk-ticket-form': () => import('../ticket-form/define.js') };
  // Without settings the search still works; only topics for browsing are missing.
  protected static override configRequired = false;
  protected static override titleTerm: TermKey = 'faq.title';

  /** Article ids to suggest for this page while the field is empty, e.g. `suggest="return-item-en refund-time-en"`. */
  @property() suggest?: string;
  /** Above this many articles, search on the server instead of the device. */
  @property({ attribute: 'index-limit', type: Number }) indexLimit = 5000;
  /** What "Contact us" does: `form` shows a ticket form here (pre-filled with the search); `event` only fires hk-contact-requested. */
  @property() contact: 'form' | 'event' = 'form';

  @state() private query = '';
  @state() private results: Result[] = [];
  @state() private active = -1;
  @state() private searched = '';
  @state() private alternatives: string[] = [];
  /** Something shown came from the device because the backend could not be reached. */
  @state() private stale = false;
  /** A server search that failed: what to tell the customer (with a retry beside it). */
  @state() private searchProblem?: Message;

  private serverAbort?: AbortController;
  private serverTimer = new Timer(() => this.clock);
  private eventTimer = new Timer(() => this.clock);
  private announceTimer = new Timer(() => this.clock);

  /** The articles in the element's language: an index on the device, or server search. */
  private library = new Task(this, {
    args: () => [this.site.value, this.indexLimit] as const,
    task: ([site, limit]) => (site ? loadLibrary(site, limit) : Promise.resolve(undefined)),
    onComplete: (library) => this.libraryLoaded(library),
  });

  private contactUs = new ContactController(this, {
    localize: this.localize,
    mode: () => this.contact,
    query: () => this.query.trim(),
    need: (tag) => this.need(tag),
    focusSoon: (selector) => this.focusSoon(selector),
  });

  private topics = new TopicBrowser(this, {
    localize: this.localize,
    client: () => this.sdk,
    index: () => this.index,
    categories: () => this.site.value?.config?.categories ?? [],
    open: (article) => void this.reader.show(article),
    focusSoon: (selector) => this.focusSoon(selector),
  });

  private reader = new ArticleReader(this, {
    client: () => this.sdk,
    config: () => this.site.value?.config,
    localize: this.localize,
    onStale: () => (this.stale = true),
    query: () => this.query.trim(),
    announce: (text) => this.announce(text),
  });

  override connectedCallback(): void {
    super.connectedCallback();
    // Set before the element was registered (a framework rendered first): the own property hides
    // the accessor; take it over. (Lit does this for its reactive properties.)
    if (Object.hasOwn(this, 'value')) {
      const value = (this as { value?: string }).value;
      delete (this as { value?: string }).value;
      this.value = value ?? '';
    }
    addEventListener('online', this.onOnline);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    removeEventListener('online', this.onOnline);
    this.serverAbort?.abort();
    for (const timer of [this.serverTimer, this.eventTimer, this.announceTimer]) timer.cancel();
  }

  private onOnline = () => {
    if (this.stale) void this.site.retry();
  };

  /** Sets the search text (as if typed) — for pages that want to start a search. */
  search(query: string): void {
    this.backToResults();
    this.setQuery(query);
  }

  /**
   * The search text. Setting it searches, as `search()` does; every change fires `input` (typing,
   * clearing, a "did you mean" choice), so Vue's `v-model` and similar two-way bindings work.
   */
  get value(): string {
    return this.query;
  }
  set value(query: string) {
    const text = String(query ?? '');
    if (text !== this.query) this.search(text);
  }

  private get index() {
    return this.library.value?.index;
  }

  private libraryLoaded(library: Library | undefined): void {
    if (!library) return;
    this.stale = !!this.site.value?.stale || library.stale;
    // An article open in another language would leave one screen in two: back to the results,
    // which are searched again in the new one.
    const article = this.reader.article;
    if (article && article.locale !== this.site.value?.locale) this.backToResults();
    // The task sets its value right after this callback: list and search from the new articles then.
    queueMicrotask(() => {
      // A topic open before (perhaps in another language) is listed again from these articles.
      this.topics.reload();
      if (this.query) this.runSearch();
    });
  }

  // ---- searching --------------------------------------------------------------------------------

  /** `typed`: the field's own input event already told the page. */
  private setQuery(query: string, typed = false): void {
    const changed = query !== this.query;
    this.query = query;
    this.active = -1;
    this.runSearch();
    if (changed && !typed) this.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  }

  private runSearch(): void {
    // A question is a few words; a pasted page of text would only make typo matching crawl.
    const q = this.query.trim().slice(0, MAX_QUERY);
    this.serverTimer.cancel();
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
    if (this.library.value) this.serverTimer.start(SERVER_DELAY, () => void this.serverSearch(q));
  }

  private async serverSearch(q: string): Promise<void> {
    const abort = (this.serverAbort = new AbortController());
    try {
      const { items } = await this.sdk!.articles.search({ q, limit: MAX_RESULTS }, { signal: abort.signal });
      if (abort.signal.aborted) return;
      const terms = q.split(/\s+/).map(normalize).filter(Boolean);
      this.stale = false;
      this.show(q, items.map((article) => ({ article, terms: termsIn(article, terms) })));
    } catch (error) {
      if (isAbortError(error) || abort.signal.aborted) return;
      // Not "no results": the search did not happen. Say why, and offer to try again.
      this.results = [];
      this.searched = '';
      this.searchProblem = messageFor(error, 'search');
    }
  }

  private show(q: string, results: Result[]): void {
    this.results = results;
    this.searched = q;
    this.alternatives = results.length || !this.index ? [] : this.index.alternatives(q);
    const t = this.localize;
    this.announceTimer.start(ANNOUNCE_DELAY, () =>
      this.announce(results.length ? t.term('faq.count', { count: t.number(results.length) }) : t.term('faq.noResults', { query: isolate(q) })),
    );
    this.eventTimer.start(EVENT_DELAY, () => this.dispatchEvent(new HkSearchEvent({ query: q, count: results.length })));
  }

  private onKeyDown(e: KeyboardEvent): void {
    const moved = listboxMove(e.key, this.active, this.results.length);
    if (moved !== undefined) {
      e.preventDefault();
      this.active = moved;
      return;
    }
    switch (e.key) {
      case 'Enter': {
        const chosen = this.results[this.active >= 0 ? this.active : 0];
        if (!chosen) return;
        e.preventDefault();
        void this.reader.show(chosen.article);
        break;
      }
      case 'Escape':
        // One Esc clears (highlight and text alike); with nothing left it is the page's to use.
        if (!this.query) return;
        this.setQuery('');
        e.preventDefault();
        break;
    }
  }

  protected override updated(): void {
    // Keep the active option in view as the customer arrows through a long list.
    if (this.active >= 0) this.renderRoot.querySelector(`#opt-${this.active}`)?.scrollIntoView({ block: 'nearest' });
  }

  // ---- browsing and contact ---------------------------------------------------------------------

  private get suggested(): ArticleSummary[] {
    const ids = (this.suggest ?? '').split(/\s+/).filter(Boolean);
    return this.index ? ids.map((id) => this.index!.get(id)).filter((a): a is ArticleSummary => !!a) : [];
  }

  private backToResults(): void {
    if (!this.reader.open) return;
    this.reader.close();
    this.contactUs.close();
    void this.focusSoon('input[type=search]');
  }



  // ---- render -----------------------------------------------------------------------------------

  // While the settings load the search field is already there (busy), so typing can start.
  protected override renderLoading(): TemplateResult {
    return this.renderSearch(true);
  }

  protected override renderView(): TemplateResult {
    const t = this.localize;
    if (this.library.error && !this.library.value) {
      const trouble = troubleOf(this.library.error);
      return this.renderFailed(trouble === 'offline' ? 'faq.searchOffline' : trouble === 'unreachable' ? 'faq.searchUnreachable' : 'faq.error');
    }
    const offline = typeof navigator !== 'undefined' && !navigator.onLine;
    return html`${this.stale ? html`<p class="notice warning offline" part="notice" role="status">${t.term(offline ? 'faq.offline' : 'faq.unreachable')}</p>` : nothing}
    ${this.reader.open ? this.renderArticle() : this.renderSearch(!this.library.value)}`;
  }

  private renderSearch(loading: boolean): TemplateResult {
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
          aria-busy=${loading ? 'true' : 'false'}
          placeholder=${t.term('faq.placeholder')}
          .value=${live(this.query)}
          @input=${(e: InputEvent) => this.setQuery((e.target as HTMLInputElement).value, true)}
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
            @click=${() => void this.reader.show(r.article)}
            @pointermove=${() => (this.active = i)}
          >
            <span class="r-title">${marked(r.article.title, r.terms)}</span>
            <span class="r-excerpt">${marked(r.article.excerpt, r.terms)}</span>
          </li>`,
        )}
      </ul>
      ${this.searchProblem
        ? html`<div class="notice danger" part="notice" role="alert">
            <p>${messageText(t, this.searchProblem)}</p>
            <div class="actions"><button type="button" @click=${() => this.runSearch()}>${t.term('common.retry')}</button></div>
          </div>`
        : nothing}
      ${loading ? html`<p class="muted loading"><span class="spinner" aria-hidden="true"></span>${t.term('common.loading')}</p>` : nothing}
      ${this.query.trim() && this.searched && !this.results.length ? this.renderNoResults() : nothing}
      ${!this.query.trim() && !loading ? this.renderBrowse() : nothing}
      ${this.contactUs.render()}
    `;
  }

  private renderNoResults(): TemplateResult {
    const t = this.localize;
    return html`<div class="notice no-results" part="notice">
      <p>${t.term('faq.noResults', { query: isolate(this.searched) })}</p>
      ${this.alternatives.length
        ? html`<p class="alternatives">
            ${t.term('faq.didYouMean')}
            ${this.alternatives.map((a) => html`<button type="button" class="link" @click=${() => this.setQuery(a)}>${a}</button>`)}
          </p>`
        : nothing}
      <p class="muted">${t.term('faq.contactLead')}</p>
      <div class="actions"><button type="button" class="secondary" @click=${() => void this.contactUs.request()}>${t.term('faq.contact')}</button></div>
    </div>`;
  }

  private renderBrowse(): TemplateResult {
    const t = this.localize;
    if (this.topics.current !== undefined) return html`${this.topics.renderTopic()}`;
    return html`
      ${this.articleList('suggested', 'suggested-h', html`<h3 id="suggested-h" class="section-h">${t.term('faq.suggested')}</h3>`, this.suggested)}
      ${this.topics.renderList()}
    `;
  }

  /** A titled list of articles, or nothing when there are none. */
  private articleList(kind: string, headingId: string, heading: TemplateResult, articles: ArticleSummary[]): TemplateResult | typeof nothing {
    if (!articles.length) return nothing;
    return html`<section class=${kind} aria-labelledby=${headingId}>${heading}${articleRows(articles, (a) => void this.reader.show(a))}</section>`;
  }

  private renderArticle(): TemplateResult {
    const t = this.localize;
    const summary = this.reader.current!;
    const related = this.reader.article?.related ?? [];
    return html`<article class="article" part="article" aria-labelledby="article-h" @keydown=${this.reader.onEscape(() => this.backToResults())}>
      <button type="button" class="link back" @click=${() => this.backToResults()}><span class="chevron" aria-hidden="true"></span>${t.term('faq.back')}</button>
      <h3 id="article-h" tabindex="-1">${summary.title}</h3>
      <p class="muted small">${t.term('faq.updated', { date: t.date(summary.updatedAt, { dateStyle: 'long' }) })}</p>
      ${this.reader.renderBody()}
      ${this.reader.article ? this.reader.renderFeedback(() => void this.contactUs.request(summary.id)) : nothing}
      ${this.articleList('related', 'related-h', html`<h4 id="related-h" class="section-h">${t.term('faq.related')}</h4>`, related)}
      ${this.contactUs.render()}
    </article>`;
  }


}

function marked(text: string, terms: string[]): TemplateResult[] {
  return highlight(text, terms).map((p) => (p.match ? html`<mark>${p.text}</mark>` : html`${p.text}`));
}
