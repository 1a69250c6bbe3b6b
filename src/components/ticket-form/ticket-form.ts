import { html, nothing, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { Task } from '@lit/task';
import { HelpkitElement } from '../../internal/helpkit-element.js';
import { baseStyles } from '../../internal/styles.js';
import { messageFor, type Message } from '../../internal/messages.js';
import { DraftsController } from '../../internal/controllers/drafts.js';
import { AttachmentsController } from '../../internal/controllers/attachments.js';
import { DeflectionController } from '../../internal/controllers/deflection.js';
import { localizeParams, problemText, renderField, specOf, type FieldSpec } from '../../internal/form/fields.js';
import { renderAttachments } from '../../internal/form/attachments-field.js';
import { renderSuggestions } from '../../internal/form/suggestions.js';
import { forgetButton, renderAttention, renderConfirmation, renderFormNotice, renderQueued, renderSolved } from '../../internal/form/ticket-views.js';
import { LIMITS, type ServerFieldProblem } from '../../internal/form/validate.js';
import * as form from '../../internal/form/ticket-values.js';
import type { FieldName, Prefill, TicketDraft, TicketValues } from '../../internal/form/ticket-values.js';
import { isHelpkitError, isValidationError, type HelpkitClient, type OutboxRecord, type SiteConfig, type TicketCreated } from '../../sdk/index.js';
import { HkSubmitFailedEvent, HkTicketCreatedEvent } from '../../events/index.js';
import { ticketFormStyles } from './ticket-form.styles.js';

type Phase = 'loading' | 'editing' | 'submitting' | 'queued' | 'attention' | 'done';

/**
 * A support ticket form that never loses a word: fields from the site's config, validation in the
 * customer's language, suggested articles while they type, drafts in IndexedDB, and an outbox for
 * when the connection is gone.
 *
 * @event hk-ticket-created - A ticket was filed. `detail: { ticket, accessToken }`.
 * @event hk-submit-failed - Sending failed; `detail: { error, queued }`.
 * @event hk-draft-restored - A saved draft was put back. `detail: { key, savedAt }`.
 * @event hk-deflected - The customer read suggestions and did not submit. `detail: { articleIds, query, solved }`.
 *
 * @csspart form - The form element.
 * @csspart field - Each field's wrapper.
 * @csspart input - Each input, select and textarea.
 * @csspart submit - The send button.
 * @csspart suggestions - The suggested articles.
 * @csspart confirmation - The view after sending.
 * @csspart notice - Notices (draft restored, queued, errors).
 */
export class HkTicketForm extends HelpkitElement {
  static override styles = [baseStyles, ticketFormStyles];

  /** Prefills: the customer's name, e-mail, subject, category id. */
  @property() name?: string;
  @property() email?: string;
  @property() subject?: string;
  @property() category?: string;
  /** Prefilled custom field values, keyed by field id. */
  @property({ type: Object }) fields?: Record<string, string | number | boolean>;
  /** Prefilled fields to hide, e.g. `hide="name email"`. A hidden field that is invalid is shown again. */
  @property() hide?: string;
  /** Where the draft is kept; give two forms on one page different keys. */
  @property({ attribute: 'draft-key' }) draftKey = 'ticket-form';
  /** Page that shows a ticket's status; the confirmation links to it with `#hk-ticket=<id>.<token>`. Default: this page. */
  @property({ attribute: 'track-url' }) trackUrl?: string;
  /** Show "Forget this device" below the form too (the confirmation always offers it). */
  @property({ type: Boolean, attribute: 'offer-forget' }) offerForget = false;

  @state() private phase: Phase = 'loading';
  @state() private values: TicketValues = form.emptyValues();
  @state() private errors: Record<FieldName, ServerFieldProblem> = {};
  @state() private formError?: Message;
  @state() private result?: TicketCreated;
  /** "This device no longer keeps…" after forgetting. */
  @state() private forgotten = false;
  /** The subject of the submission that needs attention, so the customer knows which one it is. */
  @state() private attentionSubject?: string;
  /** The outbox entry this form waits on (queued or needing attention). */
  private queuedKey?: string;
  private unsubscribe: (() => void)[] = [];

  private drafts = new DraftsController<TicketDraft>(this, {
    client: () => this.baseClient,
    key: () => this.draftKey,
    snapshot: () => ({ values: this.values, files: this.attachments.stored }),
    canSave: () => this.phase === 'editing',
  });

  private attachments = new AttachmentsController(this, {
    client: () => this.sdk,
    limits: () => this.config?.attachments,
    localize: this.localize,
    announce: (text) => this.announce(text),
    changed: () => this.drafts.scheduleSave(),
  });

  private deflection = new DeflectionController(this, {
    client: () => this.sdk,
    query: () => `${this.values.subject} ${this.values.body.slice(0, 160)}`.trim(),
    // Sent, or on its way: the customer was not deflected.
    mayReport: () => this.phase !== 'done' && this.phase !== 'queued' && this.phase !== 'submitting',
    localize: this.localize,
    announce: (text) => this.announce(text),
  });

  /**
   * The form's own load (outbox events, prefill, draft, a waiting submission), once the site's
   * settings are there, and again for another client or customer — not for another language, which
   * must never wipe what the customer typed.
   */
  protected readonly loader = new Task(this, {
    args: () => [this.baseClient, this.baseClient?.owner, !!this.config] as const,
    task: async ([client, , ready], { signal }) => {
      // Out of the update that started the run: the load sets state.
      await Promise.resolve();
      if (client && ready && !signal.aborted) await this.load(client, signal);
    },
  });

  private get config(): SiteConfig | undefined {
    return this.site.value?.config;
  }

  private get prefill(): Prefill {
    const hidden = new Set((this.hide ?? '').split(/\s+/).filter(Boolean));
    return { name: this.name, email: this.email, subject: this.subject, category: this.category, fields: this.fields, hidden };
  }

  override connectedCallback(): void {
    super.connectedCallback();
    const client = this.baseClient;
    if (this.hasUpdated && client && !this.unsubscribe.length) this.listen(client);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    for (const off of this.unsubscribe.splice(0)) off();
  }

  // ---- loading ----------------------------------------------------------------------------------

  private async load(client: HelpkitClient, signal: AbortSignal): Promise<void> {
    this.phase = 'loading';
    this.values = form.prefilled(form.emptyValues(), this.prefill, this.config);
    this.errors = {};
    this.formError = undefined;
    this.forgotten = false;
    this.queuedKey = undefined;
    this.attentionSubject = undefined;
    this.attachments.clear();
    // Suggestions were found from the previous customer's words: they go with them.
    this.deflection.clear();
    this.drafts.reset();
    this.listen(client);
    await this.restoreDraft();
    const waiting = (await client.outbox.list().catch(() => [])).find((r) => r.kind === 'ticket' && r.draftKey === this.draftKey);
    if (signal.aborted) return;
    if (waiting) {
      this.queuedKey = waiting.key;
      this.phase = waiting.attention ? 'attention' : 'queued';
      if (waiting.attention) this.attentionSubject = waiting.body.subject as string | undefined;
    } else if (this.phase === 'loading') {
      this.phase = 'editing';
    }
  }

  /** Follows this form's submissions in the outbox (sent later, refused, needing attention). */
  private listen(client: HelpkitClient): void {
    for (const off of this.unsubscribe.splice(0)) off();
    const ours = (record: OutboxRecord) =>
      record.owner === client.owner && (record.key === this.queuedKey || (record.kind === 'ticket' && record.draftKey === this.draftKey));
    this.unsubscribe.push(
      client.outbox.on('sent', (record, outcome) => ours(record) && this.finish(outcome.result as TicketCreated)),
      client.outbox.on('rejected', (record, outcome) => ours(record) && void this.rejected(outcome.error!)),
      client.outbox.on('attention', (record) => ours(record) && this.needsAttention(record.key, record.body.subject)),
    );
  }

  private async restoreDraft(): Promise<void> {
    const owner = this.baseClient?.owner ?? 'anonymous';
    const draft = await this.drafts.restore((data) => form.draftBelongs(data, owner, this.prefill));
    if (!draft) return;
    this.show(draft.data);
    this.deflection.scheduleSearch();
  }

  /** Puts a draft's words and files in the form, under the site's word on who is writing. */
  private show({ values, files }: TicketDraft): void {
    const merged = { ...this.values, ...values, fields: { ...this.values.fields, ...values.fields } };
    this.values = form.withIdentity(merged, this.prefill, this.config);
    this.attachments.restore(files);
  }

  // ---- input ------------------------------------------------------------------------------------

  private setValue(name: FieldName, value: string | boolean): void {
    this.values = form.withValue(this.values, name, value);
    if (this.errors[name]) this.validate(name);
    if (name === 'subject' || name === 'body') this.deflection.scheduleSearch();
    this.drafts.scheduleSave();
  }

  private validate(name: FieldName): void {
    const problem = form.problemOf(this.values, this.config, name);
    const errors = { ...this.errors };
    if (problem) errors[name] = problem;
    else delete errors[name];
    this.errors = errors;
    // "Please check the fields marked below" goes once nothing is marked any more.
    if (!Object.keys(errors).length && this.formError?.key === 'error.fixFields') this.formError = undefined;
  }

  private onBlur(name: FieldName, event: FocusEvent): void {
    // A field also loses focus when a render removes it (the confirmation or queued view takes the
    // form's place): nothing to check then. Look once the render is over, so that a check never
    // sets state in the middle of one.
    const field = event.target as Element;
    queueMicrotask(() => {
      if (this.phase !== 'editing' || !field.isConnected) return;
      const value = form.valueOf(this.values, name);
      if (this.errors[name] || (typeof value === 'string' && value !== '')) this.validate(name);
    });
  }

  private focusFirst(): void {
    const first = this.renderRoot.querySelector<HTMLElement>('[aria-invalid="true"]') ?? this.renderRoot.querySelector<HTMLElement>('input, select, textarea');
    first?.focus();
  }

  // ---- sending ----------------------------------------------------------------------------------

  private async onSubmit(event: Event): Promise<void> {
    event.preventDefault();
    if (this.phase !== 'editing') return; // a second click while sending does nothing
    this.formError = undefined;
    this.errors = form.problemsOf(this.values, this.config);
    if (Object.keys(this.errors).length) {
      this.formError = { key: 'error.fixFields' };
      await this.updateComplete;
      this.focusFirst();
      return;
    }
    const sdk = this.sdk!;
    const body = form.ticketBody(this.values, this.config!, {
      locale: this.localize.locale,
      // Origin and path only: the query and fragment may hold tokens (#hk-ticket=…) or personal data.
      pageUrl: location.origin + location.pathname,
      attachmentIds: this.attachments.attachmentIds,
    });
    const draft: TicketDraft = { values: this.values, files: this.attachments.stored };
    const files = this.attachments.pendingUploads;
    this.phase = 'submitting';
    try {
      const result = await sdk.outbox.submit<TicketCreated>({ kind: 'ticket', body, files, draftKey: this.draftKey, draft });
      if (result.state === 'sent') return this.finish(result.result);
      await this.drafts.discard();
      if (result.state === 'attention') return this.needsAttention(result.key, body.subject);
      this.queued(result.key, result.error);
      if (result.error) this.dispatchEvent(new HkSubmitFailedEvent({ error: result.error, queued: true }));
      this.announce(this.localize.term('queued.title'));
    } catch (error) {
      await this.rejected(error);
    }
  }

  private queued(key: string, error: unknown): void {
    this.queuedKey = key;
    this.phase = 'queued';
    this.formError = error ? messageFor(error, 'send') : undefined;
    void this.focusSoon('.queued h3');
  }

  /** The server refused the submission: put errors on their fields, keep every word. */
  private async rejected(error: unknown): Promise<void> {
    this.phase = 'editing';
    this.queuedKey = undefined;
    if (!isHelpkitError(error)) throw error;
    this.dispatchEvent(new HkSubmitFailedEvent({ error, queued: false }));
    if (isValidationError(error) && error.fieldErrors.length) {
      this.errors = form.serverProblems(error.fieldErrors, this.values, this.config);
      this.formError = { key: 'error.fixFields' };
    } else {
      this.formError = messageFor(error, 'send');
    }
    this.drafts.markUnsaved();
    await this.updateComplete;
    if (Object.keys(this.errors).length) this.focusFirst();
  }

  private finish(created: TicketCreated): void {
    if (this.phase === 'done') return;
    this.result = created;
    this.phase = 'done';
    this.queuedKey = undefined;
    this.formError = undefined;
    void this.drafts.discard();
    this.dispatchEvent(new HkTicketCreatedEvent({ ticket: created.ticket, accessToken: created.accessToken }));
    this.announce(this.localize.term('done.announce', { number: created.ticket.number }));
    void this.focusSoon('.confirmation h3');
  }

  /** Sending failed in a way that may have filed the ticket anyway: the customer decides. */
  private needsAttention(key: string, subject?: unknown): void {
    this.queuedKey = key;
    if (typeof subject === 'string') this.attentionSubject = subject;
    this.phase = 'attention';
    this.formError = undefined;
    this.announce(this.localize.term('attention.title'));
    void this.focusSoon('.attention h3');
  }

  private async sendAgain(): Promise<void> {
    const key = this.queuedKey;
    if (!key) return;
    this.phase = 'submitting';
    try {
      const result = await this.sdk!.outbox.retry<TicketCreated>(key);
      if (result.state === 'sent') this.finish(result.result);
      else if (result.state === 'attention') this.needsAttention(key);
      else this.queued(key, result.error);
    } catch (error) {
      await this.rejected(error);
    }
  }

  /** Takes the entry out of the queue and puts its words back in the form: nothing is lost. */
  private async editQueued(): Promise<void> {
    const client = this.baseClient!;
    const record = (await client.outbox.list().catch(() => [])).find((r) => r.key === this.queuedKey);
    if (this.queuedKey) await client.outbox.discard(this.queuedKey).catch(() => undefined);
    this.queuedKey = undefined;
    this.startOver();
    if (record?.draft === undefined) return;
    await this.drafts.replace(record.draft as TicketDraft);
    await this.restoreDraft();
  }

  private async retryQueued(): Promise<void> {
    this.formError = undefined;
    const summary = await this.sdk!.outbox.flush();
    if (!summary.remaining || this.phase !== 'queued') return;
    const record = (await this.baseClient!.outbox.list()).find((r) => r.key === this.queuedKey);
    const wait = Math.ceil(((record?.notBefore ?? 0) - this.clock.now()) / 1000);
    // Still inside the server's Retry-After: say how long is left, not a guess.
    if (record?.lastError?.kind === 'rate_limit' && wait > 0) this.formError = { key: 'error.rateLimit', params: { seconds: wait } };
    else if (record?.lastError) this.formError = messageFor(record.lastError, 'send');
  }

  // ---- starting again ---------------------------------------------------------------------------

  /** "Start over": the saved draft goes, the form empties (the site's prefill stays). */
  private async discardDraft(): Promise<void> {
    await this.drafts.discard();
    this.values = form.prefilled(form.emptyValues(), this.prefill, this.config);
    this.attachments.clear();
    this.errors = {};
    this.formError = undefined;
    this.deflection.clearSuggestions();
    await this.updateComplete;
    this.focusFirst();
  }

  private useOtherVersion(): void {
    const other = this.drafts.useOtherVersion();
    if (!other) return;
    this.values = form.emptyValues();
    this.show(other);
  }

  /** "Forget this device": this customer's drafts, queue and remembered tickets go. */
  private async forgetDevice(): Promise<void> {
    await this.baseClient?.forget().catch(() => undefined);
    this.queuedKey = undefined;
    this.startOver();
    this.forgotten = true;
    this.announce(this.localize.term('forget.done'));
  }

  private startOver(): void {
    this.result = undefined;
    this.values = form.prefilled(form.emptyValues(), this.prefill, this.config);
    this.attachments.clear();
    this.errors = {};
    this.deflection.clear();
    this.drafts.reset();
    this.forgotten = false;
    this.phase = 'editing';
    void this.updateComplete.then(() => this.focusFirst());
  }

  // ---- render -----------------------------------------------------------------------------------

  protected override renderView(): unknown {
    const t = this.localize;
    switch (this.phase) {
      case 'loading':
        return this.renderLoading();
      case 'done':
        return renderConfirmation(t, this.result!, this.config, this.trackUrl, { another: () => this.startOver(), forget: () => void this.forgetDevice() });
      case 'queued':
        return renderQueued(t, this.messageText(), () => void this.retryQueued());
      case 'attention':
        return renderAttention(t, this.attentionSubject, { sendAgain: () => void this.sendAgain(), edit: () => void this.editQueued() });
      default:
        return this.deflection.solved ? renderSolved(t, () => this.startOver()) : this.renderForm();
    }
  }

  private messageText(): string | undefined {
    const e = this.formError;
    return e && this.localize.term(e.key, localizeParams(this.localize, e.params));
  }

  private renderForm(): TemplateResult {
    const t = this.localize;
    const submitting = this.phase === 'submitting';
    const notice = this.drafts.notice ?? (this.forgotten ? 'forgotten' : undefined);
    return html`
      ${renderFormNotice(t, notice, { startOver: () => void this.discardDraft(), useOtherVersion: () => this.useOtherVersion(), keepMine: () => void this.drafts.keepMine() })}
      <form part="form" novalidate @submit=${this.onSubmit} @paste=${this.attachments.onPaste} aria-busy=${submitting ? 'true' : 'false'}>
        ${this.formError ? html`<div class="notice danger" part="notice" role="alert" id="form-error">${this.messageText()}</div>` : nothing}
        <div class="pair">${this.field('name')} ${this.field('email')}</div>
        ${this.field('categoryId')} ${form.chosenCategory(this.values, this.config)?.fields.map((def) => this.field(specOf(def))) ?? nothing}
        ${this.config?.priorities.length ? this.field('priority') : nothing} ${this.field('subject')} ${this.field('body')}
        ${renderSuggestions(t, this.deflection, this.config, () => void this.articleSolved())}
        ${renderAttachments(t, this.attachments, problemText(t, this.errors.attachments))}
        <div class="actions submit-row">
          <button type="submit" part="submit" ?disabled=${submitting} aria-describedby=${ifDefined(this.formError ? 'form-error' : undefined)}>
            ${submitting ? html`<span class="spinner" aria-hidden="true"></span>${t.term('form.submitting')}` : t.term('form.submit')}
          </button>
        </div>
        ${this.offerForget ? html`<p class="forget-row">${forgetButton(t, () => void this.forgetDevice())}</p>` : nothing}
      </form>
    `;
  }

  private async articleSolved(): Promise<void> {
    this.deflection.markSolved();
    await this.drafts.discard();
    void this.focusSoon('.solved');
  }

  /** A built-in field by name, or a custom one by its spec; hidden when the site asked and it is valid. */
  private field(which: FieldName | FieldSpec): TemplateResult | typeof nothing {
    const spec = typeof which === 'string' ? this.builtIn(which) : which;
    const value = form.valueOf(this.values, spec.name);
    const hideAs = spec.name === 'categoryId' ? 'category' : spec.name;
    if (this.prefill.hidden.has(hideAs) && value !== '' && !this.errors[spec.name]) return nothing;
    // A topic or a custom choice is checked as soon as it is made (the priority may stay unset).
    const chosen = spec.type === 'select' && spec.name !== 'priority';
    return renderField(this.localize, spec, {
      value,
      error: problemText(this.localize, this.errors[spec.name]),
      onValue: (v) => this.setValue(spec.name, v),
      onChosen: chosen ? () => this.validate(spec.name) : undefined,
      onBlur: (e) => this.onBlur(spec.name, e),
    });
  }

  private builtIn(name: FieldName): FieldSpec {
    const t = this.localize;
    const config = this.config!;
    switch (name) {
      case 'name':
        return { name, type: 'text', label: t.term('form.name'), required: true, maxLength: LIMITS.name, autocomplete: 'name' };
      case 'email':
        return { name, type: 'email', label: t.term('form.email'), required: true, maxLength: LIMITS.email, autocomplete: 'email', inputmode: 'email' };
      case 'categoryId': {
        const hint = form.chosenCategory(this.values, config)?.description;
        return { name, type: 'select', label: t.term('form.category'), required: true, hint, options: config.categories.map((c) => ({ value: c.id, label: c.label })) };
      }
      case 'priority':
        return { name, type: 'select', label: t.term('form.priority'), options: config.priorities.map((p) => ({ value: p.id, label: p.label })) };
      case 'subject':
        return { name, type: 'text', label: t.term('form.subject'), required: true, maxLength: LIMITS.subject };
      default:
        return { name, type: 'textarea', label: t.term('form.body'), required: true, maxLength: LIMITS.body, rows: 6, hint: t.term('form.bodyHint') };
    }
  }
}
