// The customer's tickets as rows: subject, number, status, last activity and unread messages, with
// a filter (all, open, solved). Each row opens the ticket in place.
import { html, nothing, type TemplateResult } from 'lit';
import type { LocalizeController } from '../localize.js';
import type { ListFilter, ListItem, TicketList } from '../controllers/ticket-list.js';
import { statusBadge } from './ticket-summary.js';
import { ago } from './relative-time.js';
import type { TermKey } from '../../i18n/index.js';

const FILTERS: [ListFilter, TermKey][] = [
  ['all', 'status.filter.all'],
  ['open', 'status.filter.open'],
  ['solved', 'status.filter.solved'],
];

function row(t: LocalizeController, item: ListItem, now: number, open: (id: string) => void): TemplateResult {
  const unread = item.unread > 0 ? t.term('status.list.unread', { count: t.number(item.unread) }) : '';
  return html`<li>
    <button type="button" class="ticket-row ${item.unread ? 'has-unread' : ''}" part="ticket-row" data-id=${item.id} @click=${() => open(item.id)}>
      <span class="row-main">
        <span class="row-subject"><bdi>${item.subject || t.term('status.noSubject')}</bdi></span>
        <span class="row-meta muted">
          ${item.number ? html`<bdi dir="ltr">${item.number}</bdi>` : nothing}
          ${item.updatedAt !== undefined
            ? html`<span>${t.term('status.list.updated', { time: ago(t, item.updatedAt, now) })}</span>`
            : nothing}
        </span>
        ${item.denied ? html`<span class="row-note">${t.term('status.list.denied')}</span>` : nothing}
      </span>
      <span class="row-side">
        ${item.status ? statusBadge(t, item.status) : nothing}
        ${item.unread
          ? html`<span class="unread" title=${unread}><span aria-hidden="true">${t.number(item.unread)}</span><span class="sr-only">${unread}</span></span>`
          : nothing}
      </span>
    </button>
  </li>`;
}

/** The list; its heading is only for screen readers when the element's header already says it. */
export function renderList(t: LocalizeController, list: TicketList, now: number, open: (id: string) => void, headed: boolean): TemplateResult {
  const all = list.items ?? [];
  const shown = list.shown;
  const empty = list.filter === 'open' ? 'status.list.emptyOpen' : list.filter === 'solved' ? 'status.list.emptySolved' : 'status.list.empty';
  return html`<section class="list" part="list" aria-labelledby="list-title">
    <div class="list-head">
      <h3 id="list-title" class=${headed ? 'sr-only' : ''} tabindex="-1">${t.term('status.list.title')}</h3>
      ${all.length
        ? html`<fieldset class="filter">
            <legend class="sr-only">${t.term('status.filter.label')}</legend>
            ${FILTERS.map(
              ([value, term]) => html`<label class="filter-option ${list.filter === value ? 'chosen' : ''}">
                <input type="radio" name="filter" .value=${value} .checked=${list.filter === value} @change=${() => list.setFilter(value)} />
                <span>${t.term(term)}</span>
              </label>`,
            )}
          </fieldset>`
        : nothing}
    </div>
    ${list.problem
      ? html`<div class="notice danger" part="notice" role="alert">
          <p>${t.term(list.problem.key, t.params(list.problem.params))}</p>
          <div class="actions"><button type="button" class="secondary" @click=${() => list.reload()}>${t.term('common.retry')}</button></div>
        </div>`
      : nothing}
    ${list.partial ? html`<p class="notice warning" part="notice">${t.term('status.list.partial')}</p>` : nothing}
    ${shown.length
      ? html`<ul class="tickets" aria-labelledby="list-title">${shown.map((item) => row(t, item, now, open))}</ul>`
      : html`<p class="muted empty">${t.term(empty)}</p>`}
    <p class="sr-only" role="status">${all.length ? t.term('status.list.count', { count: t.number(shown.length) }) : ''}</p>
  </section>`;
}
