// The ticket form's views besides the form itself: notices about the draft, and what the customer
// sees after sending (confirmation, queued, needs attention) or after an article answered them.
import { html, nothing, type TemplateResult } from 'lit';
import type { SiteConfig, TicketCreated } from '../../sdk/index.js';
import type { LocalizeController } from '../localize.js';
import { httpUrl } from '../safe-url.js';
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

/** The ticket's number, the promised reply time, whether the team is in, and where to follow it. */
export function renderConfirmation(
  t: LocalizeController,
  { ticket, accessToken }: TicketCreated,
  config: SiteConfig | undefined,
  trackUrl: string | undefined,
  on: { another: () => void; forget: () => void },
  /** The address the reply goes to (the one the customer typed), shown under the number. */
  email?: string,
): TemplateResult {
  const minutes = config?.categories.find((c) => c.id === ticket.categoryId)?.slaMinutes;
  const reply = replyTo((key) => t.term(key), email);
  const due = ticket.sla?.firstResponseDueAt;
  const promise = minutes
    ? due
      ? t.term('done.promise', { duration: t.duration(minutes), time: t.moment(due) })
      : t.term('done.promiseDuration', { duration: t.duration(minutes) })
    : undefined;
  const availability = config?.availability;
  const open = availability?.openNow
    ? t.term('done.openNow')
    : availability?.nextOpenAt
      ? t.term('done.opensAt', { time: t.moment(availability.nextOpenAt) })
      : undefined;
  // http(s) only: a javascript: or data: track-url must not become a link; this page instead.
  const track = httpUrl(trackUrl) ?? new URL(location.href);
  track.hash = `hk-ticket=${encodeURIComponent(ticket.id)}.${encodeURIComponent(accessToken)}`;
  return html`<section class="confirmation" part="confirmation" aria-labelledby="done-title">
    <h3 id="done-title" tabindex="-1">${t.term('done.title')}</h3>
    <div class="number">
      <span class="muted">${t.term('done.number')}</span>
      <strong><bdi dir="ltr">${ticket.number}</bdi></strong>
    </div>
    ${reply ? html`<p class="reply-to">${reply}</p>` : nothing}
    ${promise ? html`<p class="promise">${promise}</p>` : nothing}
    ${open ? html`<p class="muted">${open}</p>` : nothing}
    <div class="actions">
      <a class="button" href=${track.href}>${t.term('done.track')}</a>
      <button type="button" class="secondary" @click=${on.another}>${t.term('done.another')}</button>
    </div>
    <p class="forget-row">${forgetButton(t, on.forget)}</p>
  </section>`;
}
