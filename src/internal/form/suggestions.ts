// Suggested articles under the form, and the one the customer opened, shown inline.
import { html, nothing, type TemplateResult } from 'lit';
import type { SiteConfig } from '../../sdk/index.js';
import type { LocalizeController } from '../localize.js';
import { mediaOriginsOf } from '../sanitize.js';
import { sanitizedHtml } from '../trusted-html.js';
import type { DeflectionController } from '../controllers/deflection.js';

/** `onSolved` runs when the customer says the open article answered them. */
export function renderSuggestions(t: LocalizeController, deflection: DeflectionController, config: SiteConfig | undefined, onSolved: () => void): TemplateResult | typeof nothing {
  const article = deflection.article;
  if (article) {
    return html`<section class="article panel" part="suggestions" aria-labelledby="article-title">
      <h3 id="article-title" tabindex="-1">${article.title}</h3>
      <div class="article-body" ${sanitizedHtml(article.body, { mediaOrigins: mediaOriginsOf(config) })}></div>
      <div class="actions">
        <button type="button" @click=${onSolved}>${t.term('deflect.solved')}</button>
        <button type="button" class="secondary" @click=${() => deflection.close()}>${t.term('deflect.notSolved')}</button>
      </div>
    </section>`;
  }
  if (!deflection.suggestions.length) return nothing;
  return html`<section class="suggestions panel" part="suggestions" aria-labelledby="suggest-title">
    <h3 id="suggest-title">${t.term('deflect.title')}</h3>
    <ul>
      ${deflection.suggestions.map(
        (a) => html`<li>
          <button type="button" class="suggestion" data-article=${a.id} @click=${() => void deflection.open(a)}>
            <span class="s-title">${a.title}</span>
            <span class="s-excerpt">${a.excerpt}</span>
          </button>
        </li>`,
      )}
    </ul>
  </section>`;
}
