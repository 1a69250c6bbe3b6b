// The FAQ: the article index, search, one article, and feedback on it. Articles are seed data in
// every locale; an article's id names its topic and locale (`reset-password-sv`).
import type { Article, ArticleSummary, FieldError } from '../sdk/types.js';
import { LIMITS } from '../sdk/rules.js';
// The mock searches with the widget's normalization, as a well-built backend would.
import { normalize } from '../search/normalize.js';
import { empty, type Stored } from './answer.js';
import { textField } from './fields.js';
import { HttpProblem, invalid } from './problem.js';
import { articles as seedArticles } from './seed-articles.js';
import { LOCALES, type Locale } from './seed-config.js';

/** Search results per page: `limit` is clamped to this, and this many without one. */
const SEARCH_LIMIT = { max: 50, byDefault: 10 };

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

export function articleSummaries(locale: Locale): ArticleSummary[] {
  return seedArticles.map((a) => {
    const t = a.text[locale];
    return { id: `${a.topic}-${locale}`, title: t.title, excerpt: t.excerpt, category: a.category, keywords: t.keywords, updatedAt: a.updatedAt };
  });
}

function findArticle(id: string) {
  const dash = id.lastIndexOf('-');
  const topic = id.slice(0, dash);
  const locale = id.slice(dash + 1) as Locale;
  const seed = seedArticles.find((a) => a.topic === topic);
  if (!seed || !LOCALES.includes(locale)) throw new HttpProblem(404, 'Not found', `No article ${id}`);
  return { seed, locale };
}

export function article(id: string): Article {
  const { seed, locale } = findArticle(id);
  const t = seed.text[locale];
  const body = `<p>${escapeHtml(t.excerpt)}</p><ol>${t.steps.map((s) => `<li>${escapeHtml(s)}</li>`).join('')}</ol>`;
  const summaries = articleSummaries(locale);
  return {
    id,
    title: t.title,
    body,
    category: seed.category,
    locale,
    updatedAt: seed.updatedAt,
    related: seed.related.map((topic) => summaries.find((s) => s.id === `${topic}-${locale}`)!).filter(Boolean),
  };
}

export function searchArticles(locale: Locale, params: URLSearchParams) {
  const terms = normalize(params.get('q') ?? '').split(/[\s\p{P}]+/u).filter((t) => t.length > 2 || /\d/.test(t));
  const category = params.get('category');
  const limit = Math.min(SEARCH_LIMIT.max, Math.max(1, Number(params.get('limit')) || SEARCH_LIMIT.byDefault));
  const scored = articleSummaries(locale)
    .filter((a) => !category || a.category === category)
    .map((a) => {
      const title = normalize(a.title);
      const rest = normalize(`${a.excerpt} ${(a.keywords ?? []).join(' ')}`);
      // Any matching term counts (a ticket subject is a sentence, not a query); title words weigh more.
      let score = 0;
      for (const term of terms) score += title.includes(term) ? 3 : rest.includes(term) ? 1 : 0;
      return { a, score: terms.length ? score : 1 };
    })
    .filter((s) => s.score > 0)
    .sort((x, y) => y.score - x.score);
  return { items: scored.slice(0, limit).map((s) => s.a), total: scored.length };
}

export type Feedback = { articleId: string; helpful: boolean; comment?: string };

/** POST /articles/{id}/feedback: kept in `received` for tests and the demo. */
export function articleFeedback(id: string, input: Record<string, unknown>, received: Feedback[]): Stored {
  findArticle(id);
  const errors: FieldError[] = [];
  if (typeof input.helpful !== 'boolean') errors.push({ field: 'helpful', code: 'required', message: 'Say whether the article helped.' });
  textField(input, 'comment', LIMITS.comment, errors, false);
  if (errors.length) throw invalid(errors);
  received.push({ articleId: id, helpful: input.helpful as boolean, ...(typeof input.comment === 'string' && { comment: input.comment }) });
  return empty(204);
}
