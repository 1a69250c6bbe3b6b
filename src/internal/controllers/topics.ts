import { html, nothing, type ReactiveController, type ReactiveControllerHost, type TemplateResult } from 'lit';
import type { ArticleSummary, HelpkitClient, SiteConfig } from '../../sdk/index.js';
import type { ArticleIndex } from '../../search/article-index.js';
import type { LocalizeController } from '../localize.js';

type Category = SiteConfig['categories'][number];

interface TopicOptions {
  localize: LocalizeController;
  client: () => HelpkitClient | undefined;
  /** The articles on the device, when the site's are indexed here; else topics are asked for. */
  index: () => ArticleIndex | undefined;
  categories: () => Category[];
  /** Opens an article (the reader remembers where the customer came from). */
  open: (article: ArticleSummary) => void;
  focusSoon: (selector: string) => Promise<void>;
}

/** A list of articles as rows: title, a line of excerpt, and a chevron to the end side. */
export function articleRows(articles: ArticleSummary[], open: (a: ArticleSummary) => void): TemplateResult {
  return html`<ul class="rows">
    ${articles.map(
      (a) => html`<li>
        <button type="button" class="row article-link" @click=${() => open(a)}>
          <span class="row-text"><span class="row-title">${a.title}</span><span class="row-excerpt">${a.excerpt}</span></span>
          <span class="chevron end" aria-hidden="true"></span>
        </button>
      </li>`,
    )}
  </ul>`;
}

/**
 * Browsing the help center by topic: the site's topics as rows, and one topic's articles in place
 * of them (with a way back), like a help center's collections.
 */
export class TopicBrowser implements ReactiveController {
  /** The topic being shown, by id. */
  current?: string;
  private items = new Map<string, ArticleSummary[]>();
  /** Bumped by reload(): a list still loading for the articles before is dropped when it lands. */
  private generation = 0;

  constructor(
    private host: ReactiveControllerHost,
    private options: TopicOptions,
  ) {
    host.addController(this);
  }

  hostConnected(): void {}

  get category(): Category | undefined {
    return this.options.categories().find((c) => c.id === this.current);
  }

  async show(id: string): Promise<void> {
    this.current = id;
    this.host.requestUpdate();
    void this.options.focusSoon('#topic-h');
    await this.load(id);
  }

  /** Back to all topics, with focus on the one the customer came from. */
  close(): void {
    const id = this.current;
    if (id === undefined) return;
    this.current = undefined;
    this.host.requestUpdate();
    void this.options.focusSoon(`[data-topic="${CSS.escape(id)}"]`);
  }

  /**
   * The articles are new (another language, the device's copy refreshed): list them again. A
   * topic the site no longer has in this language closes, back to all topics.
   */
  reload(): void {
    this.generation++;
    this.items.clear();
    if (this.current === undefined) return;
    if (!this.category) this.close();
    else void this.load(this.current);
  }

  private async load(id: string): Promise<void> {
    if (this.items.has(id)) return;
    const generation = this.generation;
    const index = this.options.index();
    const items = index
      ? index.all().filter((a) => a.category === id)
      : await this.options.client()?.articles.search({ category: id, limit: 20 }).then((r) => r.items, () => []) ?? [];
    if (generation !== this.generation) return;
    this.items.set(id, items);
    this.host.requestUpdate();
  }

  /** All topics, as rows that open one. */
  renderList(): TemplateResult | typeof nothing {
    const t = this.options.localize;
    const categories = this.options.categories();
    if (!categories.length) return nothing;
    return html`<section class="browse" aria-labelledby="browse-h">
      <h3 id="browse-h" class="section-h">${t.term('faq.browse')}</h3>
      <ul class="rows">
        ${categories.map(
          (c) => html`<li>
            <button type="button" class="row topic" data-topic=${c.id} @click=${() => void this.show(c.id)}>
              <span class="row-text"><span class="row-title">${c.label}</span>${c.description ? html`<span class="row-excerpt">${c.description}</span>` : nothing}</span>
              <span class="chevron end" aria-hidden="true"></span>
            </button>
          </li>`,
        )}
      </ul>
    </section>`;
  }

  /** One topic: its name, what it covers and its articles. Esc goes back to all topics. */
  renderTopic(): TemplateResult | typeof nothing {
    const t = this.options.localize;
    const category = this.category;
    if (!category) return nothing;
    const items = this.items.get(category.id);
    return html`<section class="topic-view" aria-labelledby="topic-h" @keydown=${(e: KeyboardEvent) => this.onKeyDown(e)}>
      <button type="button" class="link back" @click=${() => this.close()}><span class="chevron" aria-hidden="true"></span>${t.term('faq.allTopics')}</button>
      <h3 id="topic-h" tabindex="-1">${category.label}</h3>
      ${category.description ? html`<p class="muted">${category.description}</p>` : nothing}
      ${items === undefined
        ? html`<p class="muted loading"><span class="spinner" aria-hidden="true"></span>${t.term('common.loading')}</p>`
        : items.length
          ? articleRows(items, this.options.open)
          : html`<p class="muted">${t.term('faq.topicEmpty')}</p>`}
    </section>`;
  }

  private onKeyDown(e: KeyboardEvent): void {
    if (e.key !== 'Escape' || e.defaultPrevented) return;
    e.preventDefault();
    this.close();
  }
}
