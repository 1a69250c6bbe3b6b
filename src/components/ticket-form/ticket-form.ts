import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { Task } from '@lit/task';
import { HelpkitElement } from '../../internal/helpkit-element.js';
import { baseStyles } from '../../internal/styles.js';
import { messageFor, messageText, type Message } from '../../internal/messages.js';
import { DraftsController } from '../../internal/controllers/drafts.js';
import { AttachmentsController } from '../../internal/controllers/attachments.js';
import { DeflectionController } from '../../internal/controllers/deflection.js';
import { SubmissionController } from '../../internal/controllers/submission.js';
import { problemText, renderField, specOf, type FieldSpec } from '../../internal/form/fields.js';
import { renderAttachments } from '../../internal/form/attachments-field.js';
import { renderSuggestions } from '../../internal/form/suggestions.js';
import { forgetButton, renderAttention, renderConfirmation, renderFormNotice, renderQueued, renderSolved } from '../../internal/form/ticket-views.js';
import type { ServerFieldProblem } from '../../internal/form/validate.js';
import * as form from '../../internal/form/ticket-values.js';
import type { FieldName, Prefill, TicketDraft, TicketValues } from '../../internal/form/ticket-values.js';
import { isHelpkitError, isValidationError, type SiteConfig, type TicketCreated } from '../../sdk/index.js';
import { HkSubmitFailedEvent, HkTicketCreatedEvent } from '../../events/index.js';
import { attachmentsStyles } from '../../internal/form/attachments.styles.js';
import { ticketFormStyles } from './ticket-form.styles.js';

/**
 * A support ticket form that never loses a word: fields from the site's config, validation in the
 * customer's language, suggested articles while they type, drafts in IndexedDB, and an outbox for
 * when the connection is gone.
 *
 * Prefills (`name`, `email`, `subject`, `category`, `fields`) may be set at any time, also after
 * the form loaded: a new value fills its field unless the customer has written in it.
 *
 * @event hk-ticket-created - A ticket was filed: now, or later from the outbox.
 * @event hk-submit-failed - Sending did not go through now; `queued` when it waits in the outbox.
 * @event hk-draft-restored - A saved draft was put back into the form.
 * @event hk-deflected - The customer read suggested articles and left without sending, or said one answered them.
 *
 * @csspart header - The header: the site's name, the heading and whether the team is in.
 * @csspart form - The form element.
 * @csspart field - Each field's wrapper.
 * @csspart input - Each input, select and textarea.
 * @csspart date-button - The calendar button beside a date field.
 * @csspart date-dialog - The calendar dialog of a date field.
 * @csspart submit - The send button.
 * @csspart suggestions - The suggested articles.
 * @csspart confirmation - The view after sending.
 * @csspart notice - Notices (draft restored, queued, errors).
 */
export class HkTicketForm extends HelpkitElement {
  static override styles = [baseStyles, attachmentsStyles, ticketFormStyles];

  /** Prefill: the customer's name. */
  @property() name?: string;
  /** Prefill: the customer's e-mail address. */
  @property() email?: string;
  /** Prefill: the subject. */
  @property() subject?: string;
  /** Prefill: the topic, by category id. */
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

  /** Loading the customer's draft and queue; then writing (see `submission` for what follows). */
  @state() private loading = true;
  @state() private values: TicketValues = form.emptyValues();
  @state() private errors: Record<FieldName, ServerFieldProblem> = {};
  @state() private formError?: Message;
  /** "This device no longer keeps…" after forgetting. */
  @state() private forgotten = false;

  private drafts = new DraftsController<TicketDraft>(this, {
    client: () => this.baseClient,
    key: () => this.draftKey,
    snapshot: () => ({ values: this.values, files: this.attachments.stored }),
    canSave: () => this.editing,
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
    mayReport: () => this.submission.state === 'idle' || this.submission.state === 'attention',
    localize: this.localize,
    announce: (text) => this.announce(text),
  });

  private submission = new SubmissionController<TicketCreated>(this, {
    client: () => this.sdk,
    storage: () => this.baseClient,
    kind: 'ticket',
    draftKey: () => this.draftKey,
    sent: (created) => this.sent(created),
    queued: (error) => this.queued(error),
    attention: () => this.needsAttention(),
    rejected: (error) => this.rejected(error),
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
      if (client && ready && !signal.aborted) await this.load(signal);
    },
  });

  private get config(): SiteConfig | undefined {
    return this.site.value?.config;
  }

  private get prefill(): Prefill {
    const hidden = new Set((this.hide ?? '').split(/\s+/).filter(Boolean));
    return { name: this.name, email: this.email, subject: this.subject, category: this.category, fields: this.fields, hidden };
  }

  /** Fields the customer wrote in since the form loaded: late prefill leaves them alone. */
  private typed = new Set<string>();

  /** Whose draft and queue the form holds. */
  private loadedOwner?: string;
  /** The language the suggestions were found in. */
  private suggestedIn?: string;

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    this.followPrefill(changed);
    const locale = this.site.value?.locale;
    if (locale && this.suggestedIn && locale !== this.suggestedIn) this.deflection.changeLanguage();
    this.suggestedIn = locale;
  }

  /** Prefill set after the form loaded fills the fields the customer has not written in. */
  private followPrefill(changed: PropertyValues<this>): void {
    const keys = ['name', 'email', 'subject', 'category', 'fields', 'hide'] as const;
    if (this.loading || !keys.some((k) => changed.has(k))) return;
    const was = <K extends (typeof keys)[number]>(k: K): this[K] => (changed.has(k) ? (changed.get(k) as this[K]) : this[k]);
    // Another address from the page (a sign-in) before the customer wrote anything here: what the
    // form holds came from storage, so it is judged again as at load — a draft that is not theirs
    // goes, the site's name and e-mail win.
    if (this.email && was('email') !== this.email && !this.typed.size) {
      void this.loader.run();
      return;
    }
    const before: Prefill = { name: was('name'), email: was('email'), subject: was('subject'), category: was('category'), fields: was('fields'), hidden: new Set((was('hide') ?? '').split(/\s+/).filter(Boolean)) };
    const values = form.reprefilled(this.values, before, this.prefill, this.typed, this.config);
    // Not saved as a draft: it is the site's word, put back at every load anyway.
    if (JSON.stringify(values) !== JSON.stringify(this.values)) this.values = values;
  }

  /** Writing (not loading, not sending or sent). */
  private get editing(): boolean {
    return !this.loading && this.submission.state === 'idle';
  }

  // ---- loading ----------------------------------------------------------------------------------

  private async load(signal: AbortSignal): Promise<void> {
    this.loading = true;
    this.loadedOwner = this.baseClient?.owner;
    this.typed.clear();
    const prefill = this.prefill;
    this.values = form.prefilled(form.emptyValues(), prefill, this.config);
    this.errors = {};
    this.formError = undefined;
    this.forgotten = false;
    this.attachments.clear();
    // Suggestions were found from the previous customer's words: they go with them.
    this.deflection.clear();
    this.drafts.reset();
    await this.restoreDraft(signal);
    await this.submission.resume(signal);
    if (signal.aborted) return;
    // Prefill the page changed while this load ran.
    this.values = form.reprefilled(this.values, prefill, this.prefill, this.typed, this.config);
    this.loading = false;
  }

  private async restoreDraft(signal?: AbortSignal): Promise<void> {
    const owner = this.baseClient?.owner ?? 'anonymous';
    const draft = await this.drafts.restore((data) => form.draftBelongs(data, owner, this.prefill), signal);
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
    this.typed.add(name);
    this.values = form.withValue(this.values, name, value);
    if (this.errors[name]) this.validate(name);
    if (name === 'subject' || name === 'body') this.deflection.scheduleSearch();
    this.drafts.scheduleSave();
  }

  private validate(name: FieldName): void {
    const problem = form.problemOf(this.values, this.config, name, this.localize.locale);
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
      if (!this.editing || !field.isConnected) return;
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
    if (!this.editing) return; // a second click while sending does nothing
    // Another customer took over the client since these words were loaded: never send them as theirs.
    if (this.baseClient?.owner !== this.loadedOwner) return this.requestUpdate();
    this.formError = undefined;
    this.errors = form.problemsOf(this.values, this.config, this.localize.locale);
    if (Object.keys(this.errors).length) {
      this.formError = { key: 'error.fixFields' };
      await this.updateComplete;
      this.focusFirst();
      return;
    }
    const body = form.ticketBody(this.values, this.config!, {
      locale: this.localize.locale,
      // Origin and path only: the query and fragment may hold tokens (#hk-ticket=…) or personal data.
      pageUrl: location.origin + location.pathname,
      attachmentIds: this.attachments.attachmentIds,
    });
    const draft: TicketDraft = { values: this.values, files: this.attachments.stored };
    await this.submission.send({ body, files: this.attachments.pendingUploads, draft });
  }

  private sent(created: TicketCreated): void {
    this.formError = undefined;
    void this.drafts.discard();
    this.dispatchEvent(new HkTicketCreatedEvent({ ticket: created.ticket, accessToken: created.accessToken }));
    this.announce(this.localize.term('done.announce', { number: created.ticket.number }));
    void this.focusSoon('.confirmation h3');
  }

  private queued(error: unknown): void {
    void this.drafts.discard();
    if (isHelpkitError(error)) this.dispatchEvent(new HkSubmitFailedEvent({ error, queued: true }));
    this.announce(this.localize.term('queued.title'));
    void this.focusSoon('.queued h3');
  }

  /** Sending failed in a way that may have filed the ticket anyway: the customer decides. */
  private needsAttention(): void {
    void this.drafts.discard();
    this.formError = undefined;
    this.announce(this.localize.term('attention.title'));
    void this.focusSoon('.attention h3');
  }

  /** The server refused the submission: put errors on their fields, keep every word. */
  private async rejected(error: unknown): Promise<void> {
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

  /** "Edit it instead": the entry leaves the queue and its words come back into the form. */
  private async editQueued(): Promise<void> {
    const draft = await this.submission.takeBack();
    this.startOver();
    if (draft === undefined) return;
    await this.drafts.replace(draft as TicketDraft);
    await this.restoreDraft();
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
    this.startOver();
    this.forgotten = true;
    this.announce(this.localize.term('forget.done'));
  }

  private startOver(): void {
    this.submission.reset();
    this.typed.clear();
    this.values = form.prefilled(form.emptyValues(), this.prefill, this.config);
    this.attachments.clear();
    this.errors = {};
    this.deflection.clear();
    this.drafts.reset();
    this.forgotten = false;
    void this.updateComplete.then(() => this.focusFirst());
  }

  // ---- render -----------------------------------------------------------------------------------

  protected override renderView(): unknown {
    const t = this.localize;
    const submission = this.submission;
    if (this.loading) return this.renderLoading();
    switch (submission.state) {
      case 'sent':
        return renderConfirmation(
          t,
          submission.result!,
          { config: this.config, trackUrl: this.trackUrl, email: this.values.email.trim() || undefined, now: this.clock.now() },
          { another: () => this.startOver(), forget: () => void this.forgetDevice() },
        );
      case 'queued':
        return renderQueued(t, this.messageText(submission.message), () => void submission.retry());
      case 'attention':
        return renderAttention(t, submission.subject, { sendAgain: () => void submission.sendAgain(), edit: () => void this.editQueued() });
      default:
        return this.deflection.solved ? renderSolved(t, () => this.startOver()) : this.renderForm();
    }
  }

  private messageText(message = this.formError): string | undefined {
    return message && messageText(this.localize, message);
  }

  private renderForm(): TemplateResult {
    const t = this.localize;
    const submitting = this.submission.state === 'sending';
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
    const spec = typeof which === 'string' ? form.builtInField(which, (key) => this.localize.term(key), this.values, this.config!) : which;
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
}
