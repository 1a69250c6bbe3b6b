// The ticket form's views besides the form itself: notices about the draft, and what the customer
// sees after sending (confirmation, queued, needs attention) or after an article answered them.
import { html, nothing, type TemplateResult } from 'lit';
import type { SiteConfig, TicketCreated } from '../../sdk/index.js';
import type { LocalizeController } from '../localize.js';
import { httpUrl } from '../safe-url.js';
import { isMinutes, presenceAt } from '../site-header.js';
import { neutralizeBidi } from '../bidi.js';
import { replyTo } from './ticket-values.js';

export type FormNotice = 'restored' | 'conflict' | 'forgotten';

export function forgetButton(t: LocalizeController, forget: () => void): TemplateResult {
  return html`<button type="button" class="link forget" @click=${forget}>${t.term('forget.action')}</button>`;
}

export function renderFormNotice(
  t: LocalizeController,
  notice: FormNotice | undefined,
  on: { startOver: () => void; useOtherVersion: () => void; keepMine: () => void },
): TemplateResult | typeof nothing {
  switch (notice) {
    case 'restored':
      return html`<div class="notice draft" part="notice">
        <p>${t.term('draft.restored')}</p>
        <div class="actions"><button type="button" class="link" @click=${on.startOver}>${t.term('draft.discard')}</button></div>
      </div>`;
    case 'forgotten':
      return html`<div class="notice draft" part="notice"><p>${t.term('forget.done')}</p></div>`;
    case 'conflict':
      return html`<div class="notice warning" part="notice" role="alert">
        <p>${t.term('draft.conflict')}</p>
        <div class="actions">
          <button type="button" class="secondary" @click=${on.useOtherVersion}>${t.term('draft.useOther')}</button>
          <button type="button" class="secondary" @click=${on.keepMine}>${t.term('draft.keepMine')}</button>
        </div>
      </div>`;
    default:
      return nothing;
  }
}

export function renderSolved(t: LocalizeController, another: () => void): TemplateResult {
  return html`<div class="notice success solved" part="notice" tabindex="-1">
    <p>${t.term('deflect.thanks')}</p>
    <div class="actions"><button type="button" class="secondary" @click=${another}>${t.term('done.another')}</button></div>
  </div>`;
}

/** A submission that may have arrived: the customer sends it again or takes its words back. */
export function renderAttention(t: LocalizeController, subject: string | undefined, on: { sendAgain: () => void; edit: () => void }): TemplateResult {
  return html`<div class="notice warning attention" part="notice">
    <h3 tabindex="-1">${t.term('attention.title')}</h3>
    ${subject ? html`<p class="subject"><bdi>“${subject}”</bdi></p>` : nothing}
    <p>${t.term('attention.body')}</p>
    <div class="actions">
      <button type="button" class="secondary" @click=${on.sendAgain}>${t.term('attention.send')}</button>
      <button type="button" class="secondary" @click=${on.edit}>${t.term('attention.discard')}</button>
    </div>
  </div>`;
}

/** A submission waiting in the outbox; `error` says why, in words. */
export function renderQueued(t: LocalizeController, error: string | undefined, retry: () => void): TemplateResult {
  // "When you are back online" is only true when the device is offline; otherwise our server failed.
  const online = navigator.onLine;
  return html`<div class="notice warning queued" part="notice">
    <h3 tabindex="-1">${t.term(online ? 'queued.titleOnline' : 'queued.title')}</h3>
    <p>${t.term(online ? 'queued.bodyOnline' : 'queued.body')}</p>
    ${error ? html`<p class="muted" role="alert">${error}</p>` : nothing}
    <div class="actions"><button type="button" class="secondary" @click=${retry}>${t.term('common.retry')}</button></div>
  </div>`;
}

/**
 * "We reply within 2 hours during our opening hours — by today at 15:00." The span is the ticket's
 * own (its priority may shorten the topic's); without it only the time is said, so the two never
 * disagree.
 */
function promiseOf(t: LocalizeController, ticket: TicketCreated['ticket'], config: SiteConfig | undefined, now: number): string | undefined {
  // A time the server could not state as one is not promised.
  const due = ticket.sla?.firstResponseDueAt && !Number.isNaN(Date.parse(ticket.sla.firstResponseDueAt)) ? ticket.sla.firstResponseDueAt : undefined;
  const minutes = ticket.sla?.firstResponseMinutes;
  if (due && isMinutes(minutes)) return t.term('done.promise', { duration: t.duration(minutes), time: t.moment(due, now) });
  if (due) return t.term('done.promiseBy', { time: t.moment(due, now) });
  const topic = config?.categories?.find((c) => c.id === ticket.categoryId)?.slaMinutes;
  return isMinutes(topic) ? t.term('done.promiseDuration', { duration: t.duration(topic) }) : undefined;
}

export interface ConfirmationOptions {
  config: SiteConfig | undefined;
  trackUrl: string | undefined;
  /** The address the reply goes to (the one the customer typed), shown under the number. */
  email?: string;
  /** The element's clock, for "today"/"tomorrow". */
  now: number;
}

/**
 * The ticket's number, the promised reply time, whether the team is in, what we received (as the
 * server recorded it, not as the form remembers it) and where to follow it.
 */
export function renderConfirmation(
  t: LocalizeController,
  { ticket, accessToken }: TicketCreated,
  { config, trackUrl, email, now }: ConfirmationOptions,
  on: { another: () => void; forget: () => void },
): TemplateResult {
  const reply = replyTo((key) => t.term(key), email);
  const promise = promiseOf(t, ticket, config, now);
  const presence = config?.availability && presenceAt(config.availability, now);
  // While the team is in, the promise says enough; when it is not, the customer learns when it is.
  const opens = presence && !presence.open && presence.changesAt ? t.term('done.opensAt', { time: t.moment(presence.changesAt, now) }) : undefined;
  // http(s) only: a javascript: or data: track-url must not become a link; this page instead.
  const track = httpUrl(trackUrl) ?? new URL(location.href);
  track.hash = `hk-ticket=${encodeURIComponent(ticket.id)}.${encodeURIComponent(accessToken)}`;
  return html`<section class="confirmation" part="confirmation" aria-labelledby="done-title">
    <div class="done-head">
      <span class="done-check" aria-hidden="true"></span>
      <h3 id="done-title" tabindex="-1">${t.term('done.title')}</h3>
    </div>
    <div class="number">
      <span class="muted">${t.term('done.number')}</span>
      <strong><bdi dir="ltr">${ticket.number}</bdi></strong>
    </div>
    ${promise ? html`<p class="promise">${promise}</p>` : nothing}
    ${reply ? html`<p class="reply-to">${reply}</p>` : nothing}
    ${opens ? html`<p class="muted">${opens}</p>` : nothing}
    ${renderReceived(t, ticket, config)}
    <div class="actions">
      <a class="button" href=${track.href}>${t.term('done.track')}</a>
      <button type="button" class="secondary" @click=${on.another}>${t.term('done.another')}</button>
    </div>
    <p class="forget-row">${forgetButton(t, on.forget)}</p>
  </section>`;
}

/** "What you sent": topic, priority, subject, the message and its attachments. */
function renderReceived(t: LocalizeController, ticket: TicketCreated['ticket'], config: SiteConfig | undefined): TemplateResult {
  const topic = config?.categories?.find((c) => c.id === ticket.categoryId)?.label;
  const priority = config?.priorities?.find((p) => p.id === ticket.priority)?.label;
  // What the server said it received; a ticket it described oddly shows what it can.
  const messages = Array.isArray(ticket.messages) ? ticket.messages : [];
  const first = messages.find((m) => m?.author?.role === 'customer');
  const files = (Array.isArray(first?.attachments) ? first.attachments : []).filter((f) => typeof f?.name === 'string');
  const row = (label: string, value: unknown) => html`<div class="received-row"><dt>${label}</dt><dd>${value}</dd></div>`;
  return html`<section class="received" aria-labelledby="received-h">
    <h4 id="received-h">${t.term('done.received')}</h4>
    <dl>
      ${topic ? row(t.term('form.category'), topic) : nothing}
      ${priority ? row(t.term('form.priority'), priority) : nothing}
      ${typeof ticket.subject === 'string' ? row(t.term('form.subject'), html`<bdi>${ticket.subject}</bdi>`) : nothing}
      ${typeof first?.body === 'string' ? row(t.term('done.message'), html`<p class="sent-body" dir="auto">${first.body}</p>`) : nothing}
      ${files.length
        ? row(
            t.term('form.attachments'),
            html`<ul class="sent-files">
              ${files.map(
                (f) => html`<li><bdi>${neutralizeBidi(f.name)}</bdi>${Number.isFinite(f.size) && f.size >= 0 ? html` <span class="muted">(${t.fileSize(f.size)})</span>` : nothing}</li>`,
              )}
            </ul>`,
          )
        : nothing}
    </dl>
  </section>`;
}
