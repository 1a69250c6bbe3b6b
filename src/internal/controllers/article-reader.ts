import { html, type ReactiveController, type TemplateResult } from 'lit';
import { isHelpkitError, type Article, type ArticleSummary, type HelpkitClient, type SiteConfig } from '../../sdk/index.js';
import type { TermKey } from '../../i18n/index.js';
import { HkArticleFeedbackEvent, HkArticleViewedEvent } from '../../events/index.js';
import { mediaOriginsOf } from '../sanitize.js';
import { sanitizedHtml } from '../trusted-html.js';
import { troubleOf } from '../messages.js';
import type { LocalizeController } from '../localize.js';

type Feedback = 'ask' | 'comment' | 'thanks' | 'given';

interface ReaderHost extends HTMLElement {
  addController(controller: ReactiveController): void;
  requestUpdate(): void;
  readonly updateComplete: Promise<boolean>;
  readonly renderRoot: HTMLElement | DocumentFragment;
}

interface ReaderOptions {
  client: () => HelpkitClient | undefined;
  config: () => SiteConfig | undefined;
  localize: LocalizeController;
  /** Called when an article came from the device because the backend could not be reached. */
  onStale: () => void;
  /** The search that led to the article (for `hk-article-viewed`). */
  query: () => string;
  announce: (text: string) => void;
}

/**
 * Reading one article: loading it (or saying why it cannot be shown, with a retry), "was this
 * helpful?" with an optional comment, and the events for both.
 */
export class ArticleReader implements ReactiveController {
  article?: Article;
  /** An article that could not be loaded: its summary is shown with the reason. */
  unavailable?: ArticleSummary;
  private problem: TermKey = 'faq.articleFailed';
  private feedback: Feedback = 'ask';
  private comment = '';
  /** Answered on this page: the browser's record is written only once the backend has it. */
  private answeredHere = new Set<string>();

  constructor(
    private host: ReaderHost,
    private options: ReaderOptions,
  ) {
    host.addController(this);
  }

  hostConnected(): void {}

  get open(): boolean {
    return !!(this.article || this.unavailable);
  }

  get current(): Article | ArticleSummary | undefined {
    return this.article ?? this.unavailable;
  }

  /** Counts opened articles, so a slow answer for one opened earlier never replaces a later one. */
  private opened = 0;

  async show(summary: ArticleSummary): Promise<void> {
    const sdk = this.options.client();
    if (!sdk) return;
    const ticket = ++this.opened;
    // Both at once, so the article appears in one render, feedback state and focus included.
    let problem: TermKey = 'faq.articleFailed';
    const [article, given] = await Promise.all([
      sdk.articles.get(summary.id, { onStale: this.options.onStale }).catch((error: unknown) => {
        const trouble = isHelpkitError(error) ? troubleOf(error) : 'failed';
        problem = trouble === 'offline' ? 'faq.offlineArticle' : trouble === 'unreachable' ? 'faq.unreachableArticle' : 'faq.articleFailed';
        return undefined;
      }),
      sdk.articles.feedbackGiven(summary.id).catch(() => undefined),
    ]);
    if (ticket !== this.opened) return;
    this.article = article;
    this.unavailable = article ? undefined : summary;
    this.problem = problem;
    this.feedback = given === undefined && !this.answeredHere.has(summary.id) ? 'ask' : 'given';
    this.comment = '';
    this.host.requestUpdate();
    this.host.dispatchEvent(new HkArticleViewedEvent({ articleId: summary.id, title: summary.title, query: this.options.query() }));
    await this.host.updateComplete;
    this.host.renderRoot.querySelector<HTMLElement>('.article h3')?.focus();
  }

  /** A keydown listener: Esc leaves the article — unless it is meant for a comment or a form inside. */
  onEscape(leave: () => void): (e: KeyboardEvent) => void {
    return (e) => {
      if (e.key !== 'Escape' || e.defaultPrevented) return;
      const path = e.composedPath();
      if (path.some((n) => (n instanceof HTMLTextAreaElement && n.value !== '') || (n as Element).localName === 'hk-ticket-form')) return;
      e.preventDefault();
      leave();
    };
  }

  close(): void {
    this.opened++; // an article still loading stays closed
    this.article = undefined;
    this.unavailable = undefined;
    this.host.requestUpdate();
  }

  /** Records the answer; resolves true when the customer said the article did not help. */
  async sendFeedback(helpful: boolean, comment?: string): Promise<boolean> {
    const id = this.current!.id;
    this.feedback = helpful ? 'thanks' : comment === undefined ? 'comment' : 'thanks';
    this.host.requestUpdate();
    if (!helpful && comment === undefined) {
      await this.host.updateComplete;
      this.host.renderRoot.querySelector<HTMLTextAreaElement>('.feedback textarea')?.focus();
      return false;
    }
    this.answeredHere.add(id);
    if (helpful) {
      // The "Yes" button is gone: focus goes to the thanks in its place, not to the page's body.
      void this.host.updateComplete.then(() => this.host.renderRoot.querySelector<HTMLElement>('.feedback.thanks')?.focus());
    }
    this.host.dispatchEvent(new HkArticleFeedbackEvent({ articleId: id, helpful, ...(comment ? { comment } : {}) }));
    try {
      await this.options.client()?.articles.feedback(id, { helpful, ...(comment ? { comment } : {}) });
    } catch {
      // Feedback is a courtesy; losing one answer is better than troubling the customer with it.
    }
    this.options.announce(this.options.localize.term('faq.thanks'));
    return !helpful;
  }

  /** The article's body (sanitized) or why it is missing, with its retry. */
  renderBody(): TemplateResult {
    const t = this.options.localize;
    if (this.article) return html`<div class="body" lang=${this.article.locale} dir="auto" ${sanitizedHtml(this.article.body, { mediaOrigins: mediaOriginsOf(this.options.config()) })}></div>`;
    const summary = this.unavailable!;
    return html`<p>${summary.excerpt}</p>
      <div class="notice ${this.problem === 'faq.articleFailed' ? 'danger' : 'warning'}" part="notice" role="alert">
        <p>${t.term(this.problem)}</p>
        <div class="actions"><button type="button" @click=${() => void this.show(summary)}>${t.term('common.retry')}</button></div>
      </div>`;
  }

  /** "Was this helpful?"; `onUnhelpful` runs once a "no" has been sent. */
  renderFeedback(onUnhelpful: () => void): TemplateResult {
    const t = this.options.localize;
    const send = (helpful: boolean, comment?: string) => void this.sendFeedback(helpful, comment).then((unhelpful) => unhelpful && onUnhelpful());
    switch (this.feedback) {
      case 'ask':
        return html`<div class="feedback panel" part="feedback" role="group" aria-labelledby="helpful-h">
          <p id="helpful-h">${t.term('faq.helpful')}</p>
          <div class="actions">
            <button type="button" class="secondary" @click=${() => send(true)}>${t.term('faq.yes')}</button>
            <button type="button" class="secondary" @click=${() => send(false)}>${t.term('faq.no')}</button>
          </div>
        </div>`;
      case 'comment':
        return html`<form
          class="feedback panel"
          part="feedback"
          @submit=${(e: Event) => {
            e.preventDefault();
            send(false, this.comment.trim());
          }}
        >
          <label for="comment">${t.term('faq.whatMissing')} <span class="optional">(${t.term('common.optional')})</span></label>
          <textarea id="comment" rows="3" maxlength="2000" @input=${(e: Event) => (this.comment = (e.target as HTMLTextAreaElement).value)}></textarea>
          <div class="actions">
            <button type="submit">${t.term('faq.send')}</button>
            <button type="button" class="link" @click=${() => send(false, '')}>${t.term('faq.skip')}</button>
          </div>
        </form>`;
      default:
        return html`<p class="feedback panel thanks" part="feedback" tabindex="-1">${t.term('faq.thanks')}</p>`;
    }
  }
}

