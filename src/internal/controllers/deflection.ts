import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { Article, ArticleSummary, HelpkitClient } from '../../sdk/index.js';
import { HkDeflectedEvent } from '../../events/index.js';
import { Timer, type Clock } from '../clock.js';
import type { LocalizeController } from '../localize.js';
import { libraryFor } from '../library.js';
import { meaningfulWords } from '../../search/language.js';

/** How long typing pauses before articles are searched. */
export const SEARCH_DELAY = 350;

interface DeflectionHost extends ReactiveControllerHost, EventTarget {
  readonly clock: Clock;
  readonly renderRoot: HTMLElement | DocumentFragment;
}

export interface DeflectionOptions {
  /** The client in the customer's language (articles come back in it). */
  client: () => HelpkitClient | undefined;
  /** What the customer wrote so far, as a search. */
  query: () => string;
  /** Whether leaving now counts as deflected (not once the message is sent or on its way). */
  mayReport: () => boolean;
  localize: LocalizeController;
  announce: (text: string) => void;
}

/**
 * Suggests articles while the customer types (a search after a pause, the previous one aborted),
 * shows one inline, and tells the page (`hk-deflected`, once) when an article answered the
 * customer or they left after reading suggestions without sending.
 */
export class DeflectionController implements ReactiveController {
  suggestions: ArticleSummary[] = [];
  /** The article open inline. */
  article?: Article;
  /** The customer said an article answered their question. */
  solved = false;
  /** Ids of the suggested articles the customer opened. */
  private openedArticleIds = new Set<string>();
  private reported = false;
  private timer: Timer;
  private searching?: AbortController;

  constructor(
    private host: DeflectionHost,
    private options: DeflectionOptions,
  ) {
    this.timer = new Timer(() => host.clock);
    host.addController(this);
  }

  hostConnected(): void {
    addEventListener('pagehide', this.reportOnLeave);
  }

  hostDisconnected(): void {
    removeEventListener('pagehide', this.reportOnLeave);
    this.report(false);
    this.timer.cancel();
    this.searching?.abort();
  }

  /** The words changed: search once typing pauses. */
  scheduleSearch(): void {
    this.timer.start(SEARCH_DELAY, () => void this.search());
  }

  /**
   * The form now speaks another language: suggestions in the old one go, and the customer's words
   * are searched again among the new language's articles (what they opened still counts).
   */
  changeLanguage(): void {
    this.timer.cancel();
    this.searching?.abort();
    this.suggestions = [];
    this.article = undefined;
    this.host.requestUpdate();
    this.scheduleSearch();
  }

  /** Forgets everything (another customer, or starting over). */
  clear(): void {
    this.timer.cancel();
    this.searching?.abort();
    this.suggestions = [];
    this.article = undefined;
    this.solved = false;
    this.openedArticleIds.clear();
    this.reported = false;
    this.host.requestUpdate();
  }

  /** Drops the suggestions shown (the words they came from are gone). */
  clearSuggestions(): void {
    this.suggestions = [];
    this.host.requestUpdate();
  }

  async search(): Promise<void> {
    const query = this.options.query();
    const client = this.options.client();
    this.searching?.abort();
    if (query.length < 3 || !client) {
      this.clearSuggestions();
      return;
    }
    const searching = (this.searching = new AbortController());
    try {
      const items = await this.find(client, query, searching.signal);
      if (searching.signal.aborted) return;
      const before = this.suggestions.map((a) => a.id).join();
      this.suggestions = items.slice(0, 3);
      this.host.requestUpdate();
      if (items.length && before !== this.suggestions.map((a) => a.id).join()) {
        const t = this.options.localize;
        this.options.announce(t.term('deflect.count', { count: t.number(this.suggestions.length) }));
      }
    } catch {
      // Suggestions are a help, not a step: on failure the form simply shows none.
    }
  }

  /**
   * Articles that answer `query`: from the index on the device (the FAQ's search, with its stop
   * words, stems, synonyms and a relevance threshold) when the site has one, else from the server,
   * asked with the meaningful words only.
   */
  private async find(client: HelpkitClient, query: string, signal: AbortSignal): Promise<ArticleSummary[]> {
    const library = await libraryFor(client).catch(() => undefined);
    if (library?.index) return library.index.suggest(query, 3).map((hit) => hit.article);
    if (signal.aborted) return [];
    const q = meaningfulWords(query).join(' ');
    if (!q) return [];
    const { items } = await client.articles.search({ q, limit: 3 }, { signal });
    return items;
  }

  async open(summary: ArticleSummary): Promise<void> {
    try {
      this.article = await this.options.client()!.articles.get(summary.id);
      this.openedArticleIds.add(summary.id);
      this.host.requestUpdate();
      await this.host.updateComplete;
      this.host.renderRoot.querySelector<HTMLElement>('.article h3')?.focus();
    } catch {
      this.article = undefined;
      this.host.requestUpdate();
    }
  }

  /** "It did not answer": back to the suggestions, focus on the one that was open. */
  close(): void {
    const id = this.article?.id ?? '';
    this.article = undefined;
    this.host.requestUpdate();
    void this.host.updateComplete.then(() => this.host.renderRoot.querySelector<HTMLElement>(`[data-article="${CSS.escape(id)}"]`)?.focus());
  }

  /** "This answered my question". */
  markSolved(): void {
    this.solved = true;
    this.article = undefined;
    this.report(true);
    this.host.requestUpdate();
  }

  /** Tells the page an article answered the customer (or they left after reading, unsent); once. */
  report(solved: boolean): void {
    if (this.reported || !this.openedArticleIds.size || !this.options.mayReport()) return;
    this.reported = true;
    this.host.dispatchEvent(new HkDeflectedEvent({ articleIds: [...this.openedArticleIds], query: this.options.query(), solved }));
  }

  private reportOnLeave = () => this.report(false);
}
