import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { live } from 'lit/directives/live.js';
import { HelpkitElement } from '../../internal/helpkit-element.js';
import { baseStyles } from '../../internal/styles.js';
import { mediaOriginsOf } from '../../internal/sanitize.js';
import { sanitizedHtml } from '../../internal/trusted-html.js';
import { httpUrl } from '../../internal/safe-url.js';
import { neutralizeBidi } from '../../internal/bidi.js';
import { LocalizeController } from '../../internal/localize.js';
import { rerunning } from '../../internal/rerun.js';
import {
  isHelpkitError,
  isRateLimitError,
  isValidationError,
  type Article,
  type ArticleSummary,
  type DraftRecord,
  type Field,
  type HelpkitError,
  type OutboxRecord,
  type SiteConfig,
  type TicketCreated,
} from '../../sdk/index.js';
import type { TermKey } from '../../i18n/index.js';
import { HkDeflectedEvent, HkDraftRestoredEvent, HkSubmitFailedEvent, HkTicketCreatedEvent } from '../../events/index.js';
import { accepts, checkEmail, checkField, checkText, fieldValue, LIMITS, serverProblem, type Problem } from './validate.js';
import { ticketFormStyles } from './ticket-form.styles.js';

type Phase = 'loading' | 'failed' | 'editing' | 'submitting' | 'queued' | 'attention' | 'done';

interface Values {
  name: string;
  email: string;
  categoryId: string;
  priority: string;
  subject: string;
  body: string;
  fields: Record<string, string | boolean>;
}

interface FileEntry {
  id: string;
  file: File;
  /** 0–1 while uploading. */
  progress?: number;
  attachmentId?: string;
  /** Refused here (size, type, count) — shown, never sent. */
  refused?: Problem;
  /** The upload failed; it goes with the submission through the outbox instead. */
  deferred?: boolean;
}

/** What a draft holds: the values and the files themselves. */
interface Draft {
  values: Values;
  files: { file: File; attachmentId?: string }[];
}

const emptyValues = (): Values => ({ name: '', email: '', categoryId: '', priority: '', subject: '', body: '', fields: {} });
const DRAFT_DELAY = 400;
const SEARCH_DELAY = 350;

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
  /** Heading text; empty string for none (when the page has its own). */
  @property() heading?: string;
  /** Show "Forget this device" below the form too (the confirmation always offers it). */
  @property({ type: Boolean, attribute: 'offer-forget' }) offerForget = false;

  @state() private config?: SiteConfig;
  @state() private phase: Phase = 'loading';
  @state() private values: Values = emptyValues();
  @state() private files: FileEntry[] = [];
  @state() private errors: Record<string, Problem | { text: string }> = {};
  @state() private formError?: { key: TermKey; params?: Record<string, string | number> };
  @state() private result?: TicketCreated;
  @state() private draftNotice?: 'restored' | 'conflict' | 'forgotten';
  @state() private suggestions: ArticleSummary[] = [];
  @state() private article?: Article;
  @state() private solved = false;
  @state() private dragging = false;

  private draftRev?: number;
  private conflicting?: DraftRecord<Draft>;
  private dirty = false;
  private draftTimer?: ReturnType<typeof setTimeout>;
  private searchTimer?: ReturnType<typeof setTimeout>;
  private searchAbort?: AbortController;
  private read = new Set<string>();
  private deflectionReported = false;
  private queuedKey?: string;
  /** The subject of the submission that needs attention, so the customer knows which one it is. */
  @state() private attentionSubject?: string;
  /** Whose drafts and queue the form shows (the client's owner when it loaded). */
  private loadedOwner?: string;
  private unsubscribe: (() => void)[] = [];
  private fileSeq = 0;

  override connectedCallback(): void {
    super.connectedCallback();
    addEventListener('pagehide', this.onPageHide);
    document.addEventListener('visibilitychange', this.onVisibility);
    if (this.hasUpdated) void this.start();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    removeEventListener('pagehide', this.onPageHide);
    document.removeEventListener('visibilitychange', this.onVisibility);
    void this.saveDraftNow();
    this.reportDeflection(false);
    for (const off of this.unsubscribe.splice(0)) off();
    this.searchAbort?.abort();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    const clientChanged = changed.has('api') || changed.has('client') || (changed as Map<string, unknown>).has('providedClient');
    // Another customer: their own drafts and queue, never the previous one's words. A refreshed
    // token of the same customer changes nothing.
    const otherCustomer = changed.has('identity') && this.hasUpdated && this.sdk?.owner !== this.loadedOwner;
    if (clientChanged || otherCustomer) void this.start();
    if (changed.has('locale') && this.config) void this.chooseLanguage();
  }

  // ---- lifecycle --------------------------------------------------------------------------------

  /** Loads config, language, draft and queued state. Safe to call again (retry, new client). */
  private start = rerunning(() => this.load());

  private async load(): Promise<void> {
    const sdk = this.sdk;
    if (!sdk) return;
    for (const off of this.unsubscribe.splice(0)) off();
    this.loadedOwner = sdk.owner;
    this.phase = 'loading';
    this.values = emptyValues();
    this.files = [];
    this.errors = {};
    this.formError = undefined;
    this.draftNotice = undefined;
    this.queuedKey = undefined;
    this.attentionSubject = undefined;
    // Suggestions were found from the previous customer's words: they go with them.
    this.suggestions = [];
    this.article = undefined;
    this.read.clear();
    clearTimeout(this.searchTimer);
    this.searchAbort?.abort();
    this.dirty = false;
    clearTimeout(this.draftTimer);
    // First guess at the language, so that config labels come back in it.
    await this.localize.use(LocalizeController.choose(this.locale));
    sdk.setLocale(this.localize.locale);
    try {
      this.config = await sdk.config();
    } catch (error) {
      this.phase = 'failed';
      this.formError = { key: 'error.config' };
      return;
    }
    await this.chooseLanguage();
    const ours = (record: OutboxRecord) =>
      record.owner === sdk.owner && (record.key === this.queuedKey || (record.kind === 'ticket' && record.draftKey === this.draftKey));
    this.unsubscribe.push(
      sdk.outbox.on('sent', (record, outcome) => {
        if (ours(record)) this.finish(outcome.result as TicketCreated);
      }),
      sdk.outbox.on('rejected', (record, outcome) => {
        if (ours(record)) void this.rejected(outcome.error!);
      }),
      sdk.outbox.on('attention', (record) => {
        if (ours(record)) this.needsAttention(record.key, record.body.subject);
      }),
    );
    this.applyPrefill();
    await this.restoreDraft();
    const waiting = (await sdk.outbox.list()).find((r) => r.kind === 'ticket' && r.draftKey === this.draftKey);
    if (waiting) {
      this.queuedKey = waiting.key;
      this.phase = waiting.attention ? 'attention' : 'queued';
      if (waiting.attention) this.attentionSubject = waiting.body.subject as string | undefined;
    } else if (this.phase === 'loading') {
      this.phase = 'editing';
    }
  }

  /** Picks the language now that the site's settings are known; refetches labels if it changed. */
  private async chooseLanguage(): Promise<void> {
    const sdk = this.sdk!;
    const chosen = LocalizeController.choose(this.locale, this.config);
    if (chosen !== this.localize.locale || sdk.locale !== chosen) {
      await this.localize.use(chosen);
      sdk.setLocale(chosen);
      this.config = await sdk.config().catch(() => this.config);
    }
  }

  private applyPrefill(): void {
    const v = { ...this.values, fields: { ...this.values.fields } };
    if (this.name) v.name = this.name;
    if (this.email) v.email = this.email;
    if (this.subject) v.subject = this.subject;
    if (this.category && this.config?.categories.some((c) => c.id === this.category)) v.categoryId = this.category;
    for (const [k, val] of Object.entries(this.fields ?? {})) v.fields[k] = typeof val === 'boolean' ? val : String(val);
    if (!v.categoryId && this.config?.categories.length === 1) v.categoryId = this.config.categories[0]!.id;
    this.values = v;
  }

  /**
   * The site's word on who is writing beats anything a draft says: a prefilled name and e-mail,
   * and every prefilled field it hides, are put back over restored values.
   */
  private withIdentity(values: Values): Values {
    const hidden = new Set((this.hide ?? '').split(/\s+/).filter(Boolean));
    const v = { ...values };
    if (this.name) v.name = this.name;
    if (this.email) v.email = this.email;
    if (this.subject && hidden.has('subject')) v.subject = this.subject;
    if (this.category && hidden.has('category') && this.config?.categories.some((c) => c.id === this.category)) v.categoryId = this.category;
    return v;
  }

  // ---- drafts -----------------------------------------------------------------------------------

  private snapshot(): Draft {
    return {
      values: this.values,
      files: this.files.filter((f) => !f.refused).map((f) => ({ file: f.file, attachmentId: f.attachmentId })),
    };
  }

  private async restoreDraft(): Promise<void> {
    const draft = await this.sdk!.drafts.load<Draft>(this.draftKey).catch(() => undefined);
    // Remember what we saw (0: nothing), so a save can tell when another tab wrote in between.
    this.draftRev = draft?.rev ?? 0;
    if (!draft) return;
    const { values, files } = draft.data;
    if (!hasContent(values, files.length)) return;
    // Without an identity all visitors share one draft. When the site names this customer's e-mail,
    // a draft is theirs only if it was written under that address: one with another address, or
    // with none (written before the site knew who was there), is someone else's. Not shown.
    const drafted = values.email?.trim().toLowerCase() ?? '';
    if (this.sdk!.owner === 'anonymous' && this.email && drafted !== this.email.trim().toLowerCase()) return;
    this.values = this.withIdentity({ ...this.values, ...values, fields: { ...this.values.fields, ...values.fields } });
    this.files = files.map((f) => ({ id: `f${++this.fileSeq}`, file: f.file, attachmentId: f.attachmentId, deferred: !f.attachmentId }));
    this.draftNotice = 'restored';
    this.dispatchEvent(new HkDraftRestoredEvent({ key: this.draftKey, savedAt: draft.updatedAt }));
    this.queueSearch();
  }

  private changed(): void {
    this.dirty = true;
    clearTimeout(this.draftTimer);
    this.draftTimer = setTimeout(() => void this.saveDraftNow(), DRAFT_DELAY);
  }

  private async saveDraftNow(): Promise<void> {
    clearTimeout(this.draftTimer);
    const sdk = this.sdk;
    if (!this.dirty || !sdk || this.phase !== 'editing') return;
    this.dirty = false;
    try {
      const result = await sdk.drafts.save(this.draftKey, this.snapshot(), { expectRev: this.draftRev });
      if (result.saved) this.draftRev = result.draft.rev;
      else {
        // Another tab saved a newer version: ask, never overwrite silently.
        this.conflicting = result.conflict as DraftRecord<Draft>;
        this.draftNotice = 'conflict';
      }
    } catch {
      // Storage trouble must never get in the way of typing; the values live on in the form.
    }
  }

  private onPageHide = () => {
    void this.saveDraftNow();
    this.reportDeflection(false);
  };

  private onVisibility = () => {
    if (document.visibilityState === 'hidden') void this.saveDraftNow();
  };

  private async discardDraft(): Promise<void> {
    await this.sdk?.drafts.discard(this.draftKey).catch(() => undefined);
    this.draftRev = undefined;
    this.values = emptyValues();
    this.files = [];
    this.errors = {};
    this.formError = undefined;
    this.draftNotice = undefined;
    this.suggestions = [];
    this.applyPrefill();
    await this.updateComplete;
    this.focusFirst();
  }

  private useOtherVersion(): void {
    const other = this.conflicting;
    if (!other) return;
    this.values = this.withIdentity(other.data.values);
    this.files = other.data.files.map((f) => ({ id: `f${++this.fileSeq}`, file: f.file, attachmentId: f.attachmentId, deferred: !f.attachmentId }));
    this.draftRev = other.rev;
    this.conflicting = undefined;
    this.draftNotice = undefined;
  }

  private async keepMine(): Promise<void> {
    this.conflicting = undefined;
    this.draftNotice = undefined;
    const result = await this.sdk!.drafts.save(this.draftKey, this.snapshot(), { force: true }).catch(() => undefined);
    if (result?.saved) this.draftRev = result.draft.rev;
  }

  // ---- input ------------------------------------------------------------------------------------

  private set(name: keyof Omit<Values, 'fields'>, value: string): void {
    this.values = { ...this.values, [name]: value };
    if (this.errors[name]) this.validateOne(name);
    if (name === 'subject' || name === 'body') this.queueSearch();
    this.changed();
  }

  private setField(id: string, value: string | boolean): void {
    this.values = { ...this.values, fields: { ...this.values.fields, [id]: value } };
    if (this.errors[`fields.${id}`]) this.validateOne(`fields.${id}`);
    this.changed();
  }

  private get chosenCategory() {
    return this.config?.categories.find((c) => c.id === this.values.categoryId);
  }

  private problemFor(key: string): Problem | undefined {
    const v = this.values;
    switch (key) {
      case 'name':
        return checkText(v.name, { required: true, max: LIMITS.name });
      case 'email':
        return checkEmail(v.email, true);
      case 'categoryId':
        return this.config?.categories.some((c) => c.id === v.categoryId) ? undefined : { key: 'error.requiredChoice' };
      case 'subject':
        return checkText(v.subject, { required: true, max: LIMITS.subject });
      case 'body':
        return checkText(v.body, { required: true, max: LIMITS.body });
    }
    if (key.startsWith('fields.')) {
      const def = this.chosenCategory?.fields.find((f) => `fields.${f.id}` === key);
      return def ? checkField(def, v.fields[def.id]) : undefined;
    }
    return undefined;
  }

  private validateOne(key: string): void {
    const problem = this.problemFor(key);
    const errors = { ...this.errors };
    if (problem) errors[key] = problem;
    else delete errors[key];
    this.errors = errors;
    // "Please check the fields marked below" goes once nothing is marked any more.
    if (!Object.keys(errors).length && this.formError?.key === 'error.fixFields') this.formError = undefined;
  }

  private validateAll(): boolean {
    const keys = ['name', 'email', 'categoryId', ...(this.chosenCategory?.fields.map((f) => `fields.${f.id}`) ?? []), 'subject', 'body'];
    const errors: Record<string, Problem> = {};
    for (const key of keys) {
      const problem = this.problemFor(key);
      if (problem) errors[key] = problem;
    }
    this.errors = errors;
    return Object.keys(errors).length === 0;
  }

  private onBlur(key: string, event: FocusEvent): void {
    // A field also loses focus when a render removes it (the confirmation or queued view takes the
    // form's place): nothing to check then. Look once the render is over, so that a check never
    // sets state in the middle of one.
    const field = event.target as Element;
    queueMicrotask(() => {
      if (this.phase !== 'editing' || !field.isConnected) return;
      const value = key.startsWith('fields.') ? this.values.fields[key.slice(7)] : this.values[key as keyof Values];
      if (this.errors[key] || (typeof value === 'string' && value !== '')) this.validateOne(key);
    });
  }

  private focusFirst(): void {
    const first = this.renderRoot.querySelector<HTMLElement>('[aria-invalid="true"]') ?? this.renderRoot.querySelector<HTMLElement>('input, select, textarea');
    first?.focus();
  }

  // ---- attachments ------------------------------------------------------------------------------

  private addFiles(list: Iterable<File>): void {
    const limits = this.config?.attachments;
    if (!limits || limits.maxFiles === 0) return;
    const added: FileEntry[] = [];
    let count = this.files.filter((f) => !f.refused).length;
    for (const file of list) {
      const entry: FileEntry = { id: `f${++this.fileSeq}`, file };
      if (count >= limits.maxFiles) entry.refused = { key: 'error.tooManyFiles', params: { max: limits.maxFiles } };
      else if (file.size > limits.maxBytes) entry.refused = { key: 'error.fileTooLarge', params: { name: neutralizeBidi(file.name), max: this.localize.fileSize(limits.maxBytes) } };
      else if (!accepts(limits.accept, file)) entry.refused = { key: 'error.fileType', params: { name: neutralizeBidi(file.name) } };
      else count++;
      added.push(entry);
    }
    this.files = [...this.files, ...added];
    for (const entry of added) if (!entry.refused) void this.upload(entry);
    this.changed();
  }

  private async upload(entry: FileEntry): Promise<void> {
    const update = (patch: Partial<FileEntry>) => (this.files = this.files.map((f) => (f.id === entry.id ? { ...f, ...patch } : f)));
    update({ progress: 0 });
    try {
      const attachment = await this.sdk!.attachments.upload(entry.file, { onProgress: (p) => update({ progress: p.total ? p.loaded / p.total : 0 }) });
      if (!this.files.some((f) => f.id === entry.id)) return; // removed meanwhile
      update({ progress: undefined, attachmentId: attachment.id, deferred: false });
      this.announce(`${neutralizeBidi(entry.file.name)}: ${this.localize.term('form.uploaded')}`);
      this.changed();
    } catch (error) {
      // Offline or refused mid-way: keep the file; the outbox uploads it with the ticket.
      update({ progress: undefined, deferred: true });
      if (isHelpkitError(error) && !error.retryable) {
        update({ deferred: false, refused: error.status === 413 ? { key: 'error.fileTooLarge', params: { name: neutralizeBidi(entry.file.name), max: this.localize.fileSize(this.config!.attachments.maxBytes) } } : { key: 'error.fileType', params: { name: neutralizeBidi(entry.file.name) } } });
      }
    }
  }

  private removeFile(id: string): void {
    const index = this.files.findIndex((f) => f.id === id);
    this.files = this.files.filter((f) => f.id !== id);
    this.changed();
    // Keep focus in the list (next file's remove button), or on the file picker when it is empty.
    void this.updateComplete.then(() => {
      const buttons = this.renderRoot.querySelectorAll<HTMLElement>('.file button');
      (buttons[Math.min(index, buttons.length - 1)] ?? this.renderRoot.querySelector<HTMLElement>('.browse'))?.focus();
    });
  }

  private onPaste = (e: ClipboardEvent) => {
    const files = [...(e.clipboardData?.files ?? [])];
    if (!files.length) return;
    e.preventDefault();
    // Pasted screenshots arrive as "image.png"; give them a name the agent can tell apart.
    this.addFiles(files.map((f, i) => (f.name === 'image.png' ? new File([f], `screenshot-${Date.now()}${i ? `-${i}` : ''}.png`, { type: f.type }) : f)));
  };

  // ---- deflection -------------------------------------------------------------------------------

  private get query(): string {
    return `${this.values.subject} ${this.values.body.slice(0, 160)}`.trim();
  }

  private queueSearch(): void {
    clearTimeout(this.searchTimer);
    this.searchTimer = setTimeout(() => void this.searchArticles(), SEARCH_DELAY);
  }

  private async searchArticles(): Promise<void> {
    const q = this.query;
    this.searchAbort?.abort();
    if (q.length < 3 || !this.sdk) {
      this.suggestions = [];
      return;
    }
    const abort = (this.searchAbort = new AbortController());
    try {
      const { items } = await this.sdk.articles.search({ q, limit: 3 }, { signal: abort.signal });
      if (abort.signal.aborted) return;
      const had = this.suggestions.map((a) => a.id).join();
      this.suggestions = items.slice(0, 3);
      if (items.length && had !== this.suggestions.map((a) => a.id).join()) {
        this.announce(this.localize.term('deflect.count', { count: this.localize.number(this.suggestions.length) }));
      }
    } catch {
      // Suggestions are a help, not a step: on failure the form simply shows none.
    }
  }

  private async openArticle(summary: ArticleSummary): Promise<void> {
    try {
      this.article = await this.sdk!.articles.get(summary.id);
      this.read.add(summary.id);
      await this.updateComplete;
      this.renderRoot.querySelector<HTMLElement>('.article h3')?.focus();
    } catch {
      this.article = undefined;
    }
  }

  private closeArticle(): void {
    const id = this.article?.id;
    this.article = undefined;
    void this.updateComplete.then(() =>
      this.renderRoot.querySelector<HTMLElement>(`[data-article="${CSS.escape(id ?? '')}"]`)?.focus(),
    );
  }

  private async articleSolved(): Promise<void> {
    this.solved = true;
    this.article = undefined;
    this.reportDeflection(true);
    await this.sdk?.drafts.discard(this.draftKey).catch(() => undefined);
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('.solved')?.focus();
  }

  /** Tells the page an article answered the customer (or they left after reading, unsent). */
  private reportDeflection(solved: boolean): void {
    if (this.deflectionReported || !this.read.size || this.phase === 'done' || this.phase === 'queued' || this.phase === 'submitting') return;
    this.deflectionReported = true;
    this.dispatchEvent(new HkDeflectedEvent({ articleIds: [...this.read], query: this.query, solved }));
  }

  // ---- submit -----------------------------------------------------------------------------------

  private async onSubmit(e: Event): Promise<void> {
    e.preventDefault();
    if (this.phase !== 'editing') return; // a second click while sending does nothing
    this.formError = undefined;
    if (!this.validateAll()) {
      this.formError = { key: 'error.fixFields' };
      await this.updateComplete;
      this.focusFirst();
      return;
    }
    const sdk = this.sdk!;
    const category = this.chosenCategory!;
    const fields: Record<string, string | number | boolean> = {};
    for (const def of category.fields) {
      const value = fieldValue(def, this.values.fields[def.id]);
      if (value !== undefined) fields[def.id] = value;
    }
    const kept = this.files.filter((f) => !f.refused);
    const body: Record<string, unknown> = {
      name: this.values.name.trim(),
      email: this.values.email.trim(),
      subject: this.values.subject.trim(),
      body: this.values.body,
      categoryId: category.id,
      fields,
      locale: this.localize.locale,
      // Origin and path only: the query and fragment may hold tokens (#hk-ticket=…) or personal data.
      pageUrl: location.origin + location.pathname,
      attachmentIds: kept.filter((f) => f.attachmentId).map((f) => f.attachmentId!),
    };
    if (this.values.priority) body.priority = this.values.priority;
    this.phase = 'submitting';
    clearTimeout(this.draftTimer);
    try {
      const result = await sdk.outbox.submit<TicketCreated>({
        kind: 'ticket',
        body,
        files: kept.filter((f) => !f.attachmentId).map((f) => ({ blob: f.file, name: f.file.name })),
        draftKey: this.draftKey,
        draft: this.snapshot(),
      });
      if (result.state === 'sent') {
        this.finish(result.result);
        return;
      }
      if (result.state === 'attention') {
        this.needsAttention(result.key, body.subject);
        await sdk.drafts.discard(this.draftKey).catch(() => undefined);
        return;
      }
      this.queuedKey = result.key;
      this.phase = 'queued';
      this.formError = result.error ? messageFor(result.error) : undefined;
      if (result.error) this.dispatchEvent(new HkSubmitFailedEvent({ error: result.error, queued: true }));
      await sdk.drafts.discard(this.draftKey).catch(() => undefined);
      this.announce(this.localize.term('queued.title'));
      await this.updateComplete;
      this.renderRoot.querySelector<HTMLElement>('.queued h3')?.focus();
    } catch (error) {
      await this.rejected(error);
    }
  }

  /** The server refused the submission: put errors on their fields, keep every word. */
  private async rejected(error: unknown): Promise<void> {
    this.phase = 'editing';
    this.queuedKey = undefined;
    if (!isHelpkitError(error)) throw error;
    this.dispatchEvent(new HkSubmitFailedEvent({ error, queued: false }));
    if (isValidationError(error) && error.fieldErrors.length) {
      const errors: Record<string, Problem | { text: string }> = {};
      for (const fe of error.fieldErrors) {
        const def = fe.field.startsWith('fields.') ? this.chosenCategory?.fields.find((f) => `fields.${f.id}` === fe.field) : undefined;
        errors[fe.field === 'attachmentIds' ? 'attachments' : fe.field] = serverProblem(fe, def);
      }
      this.errors = errors;
      this.formError = { key: 'error.fixFields' };
    } else {
      this.formError = messageFor(error);
    }
    this.dirty = true;
    await this.updateComplete;
    if (Object.keys(this.errors).length) this.focusFirst();
  }

  private finish(created: TicketCreated): void {
    if (this.phase === 'done') return;
    this.result = created;
    this.phase = 'done';
    this.queuedKey = undefined;
    this.formError = undefined;
    this.dirty = false;
    void this.sdk?.drafts.discard(this.draftKey).catch(() => undefined);
    this.dispatchEvent(new HkTicketCreatedEvent({ ticket: created.ticket, accessToken: created.accessToken }));
    this.announce(this.localize.term('done.announce', { number: created.ticket.number }));
    void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>('.confirmation h2, .confirmation h3')?.focus());
  }

  /** Sending failed in a way that may have filed the ticket anyway: the customer decides. */
  private needsAttention(key: string, subject?: unknown): void {
    this.queuedKey = key;
    if (typeof subject === 'string') this.attentionSubject = subject;
    this.phase = 'attention';
    this.formError = undefined;
    this.announce(this.localize.term('attention.title'));
    void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>('.attention h3')?.focus());
  }

  private async sendAgain(): Promise<void> {
    const key = this.queuedKey;
    if (!key) return;
    this.phase = 'submitting';
    try {
      const result = await this.sdk!.outbox.retry<TicketCreated>(key);
      if (result.state === 'sent') this.finish(result.result);
      else if (result.state === 'attention') this.needsAttention(key);
      else {
        this.phase = 'queued';
        this.formError = result.error ? messageFor(result.error) : undefined;
      }
    } catch (error) {
      await this.rejected(error);
    }
  }

  /** Takes the entry out of the queue and puts its words back in the form: nothing is lost. */
  private async editQueued(): Promise<void> {
    const sdk = this.sdk!;
    const record = (await sdk.outbox.list().catch(() => [])).find((r) => r.key === this.queuedKey);
    if (this.queuedKey) await sdk.outbox.discard(this.queuedKey).catch(() => undefined);
    this.queuedKey = undefined;
    this.startOver();
    if (record?.draft === undefined) return;
    await sdk.drafts.save(this.draftKey, record.draft, { force: true }).catch(() => undefined);
    await this.restoreDraft();
  }

  /** "Forget this device": this customer's drafts, queue and remembered tickets go. */
  private async forgetDevice(): Promise<void> {
    await this.sdk?.forget().catch(() => undefined);
    this.queuedKey = undefined;
    this.startOver();
    this.draftNotice = 'forgotten';
    this.announce(this.localize.term('forget.done'));
  }

  private async retryQueued(): Promise<void> {
    this.formError = undefined;
    const summary = await this.sdk!.outbox.flush();
    if (summary.remaining && this.phase === 'queued') {
      const record = (await this.sdk!.outbox.list()).find((r) => r.key === this.queuedKey);
      const wait = Math.ceil(((record?.notBefore ?? 0) - Date.now()) / 1000);
      // Still inside the server's Retry-After: say how long is left, not a guess.
      if (record?.lastError?.kind === 'rate_limit' && wait > 0) this.formError = { key: 'error.rateLimit', params: { seconds: wait } };
      else if (record?.lastError) this.formError = messageFor(record.lastError);
    }
  }

  private startOver(): void {
    this.result = undefined;
    this.values = emptyValues();
    this.files = [];
    this.errors = {};
    this.suggestions = [];
    this.read.clear();
    this.deflectionReported = false;
    this.solved = false;
    this.draftRev = undefined;
    this.draftNotice = undefined;
    this.applyPrefill();
    this.phase = 'editing';
    void this.updateComplete.then(() => this.focusFirst());
  }

  // ---- render -----------------------------------------------------------------------------------

  protected override render(): TemplateResult {
    const t = this.localize;
    return html`
      <div class="root" dir=${t.dir} lang=${t.locale}>
        ${this.heading !== '' ? html`<h2 class="title">${this.heading ?? t.term('form.title')}</h2>` : nothing}
        ${this.renderPhase()}
        <div class="sr-only" role="status" aria-live="polite" aria-atomic="true">${this.announcement}</div>
      </div>
    `;
  }

  private renderPhase(): TemplateResult {
    const t = this.localize;
    switch (this.phase) {
      case 'loading':
        return html`<p class="loading muted" aria-busy="true"><span class="spinner" aria-hidden="true"></span>${t.term('common.loading')}</p>`;
      case 'failed':
        return html`<div class="notice danger" part="notice" role="alert">
          <p>${t.term('error.config')}</p>
          <div class="actions"><button type="button" @click=${() => void this.start()}>${t.term('common.retry')}</button></div>
        </div>`;
      case 'done':
        return this.renderConfirmation();
      case 'queued':
        return this.renderQueued();
      case 'attention':
        return this.renderAttention();
      default:
        return this.solved ? this.renderSolved() : this.renderForm();
    }
  }

  private renderForm(): TemplateResult {
    const t = this.localize;
    const hidden = new Set((this.hide ?? '').split(/\s+/).filter(Boolean));
    const hide = (key: string, value: string) => hidden.has(key) && value !== '' && !this.errors[key];
    const config = this.config!;
    const submitting = this.phase === 'submitting';
    return html`
      ${this.renderDraftNotice()}
      <form part="form" novalidate @submit=${this.onSubmit} @paste=${this.onPaste} aria-busy=${submitting ? 'true' : 'false'}>
        ${this.formError
          ? html`<div class="notice danger" part="notice" role="alert" id="form-error">${this.formErrorText()}</div>`
          : nothing}
        <div class="pair">
          ${hide('name', this.values.name) ? nothing : this.textField('name', t.term('form.name'), { autocomplete: 'name', max: LIMITS.name })}
          ${hide('email', this.values.email)
            ? nothing
            : this.textField('email', t.term('form.email'), { type: 'email', autocomplete: 'email', max: LIMITS.email, inputmode: 'email' })}
        </div>
        ${hide('category', this.values.categoryId) ? nothing : this.categoryField(config)}
        ${this.chosenCategory?.fields.map((def) => this.customField(def)) ?? nothing}
        ${config.priorities.length ? this.priorityField(config) : nothing}
        ${hide('subject', this.values.subject) ? nothing : this.textField('subject', t.term('form.subject'), { max: LIMITS.subject })}
        ${this.bodyField()} ${this.renderSuggestions()} ${config.attachments.maxFiles > 0 ? this.attachmentsField(config) : nothing}
        <div class="actions submit-row">
          <button type="submit" part="submit" ?disabled=${submitting} aria-describedby=${ifDefined(this.formError ? 'form-error' : undefined)}>
            ${submitting ? html`<span class="spinner" aria-hidden="true"></span>${t.term('form.submitting')}` : t.term('form.submit')}
          </button>
        </div>
        ${this.offerForget ? html`<p class="forget-row">${this.forgetButton()}</p>` : nothing}
      </form>
    `;
  }

  private renderDraftNotice(): TemplateResult | typeof nothing {
    const t = this.localize;
    if (this.draftNotice === 'restored') {
      return html`<div class="notice draft" part="notice">
        <p>${t.term('draft.restored')}</p>
        <div class="actions"><button type="button" class="link" @click=${() => void this.discardDraft()}>${t.term('draft.discard')}</button></div>
      </div>`;
    }
    if (this.draftNotice === 'forgotten') {
      return html`<div class="notice draft" part="notice"><p>${t.term('forget.done')}</p></div>`;
    }
    if (this.draftNotice === 'conflict') {
      return html`<div class="notice warning" part="notice" role="alert">
        <p>${t.term('draft.conflict')}</p>
        <div class="actions">
          <button type="button" class="secondary" @click=${this.useOtherVersion}>${t.term('draft.useOther')}</button>
          <button type="button" class="secondary" @click=${() => void this.keepMine()}>${t.term('draft.keepMine')}</button>
        </div>
      </div>`;
    }
    return nothing;
  }

  private errorText(key: string): string | undefined {
    const problem = this.errors[key];
    if (!problem) return undefined;
    return 'text' in problem ? problem.text : this.localize.term(problem.key, localizeParams(this.localize, problem.params));
  }

  private formErrorText(): string {
    const e = this.formError!;
    return this.localize.term(e.key, localizeParams(this.localize, e.params));
  }

  /** The pieces every field shares: ids, aria wiring and the error line. */
  private describe(key: string, hint?: string) {
    const error = this.errorText(key);
    const id = `f-${key.replace(/\W/g, '-')}`;
    const ids = [hint ? `${id}-hint` : '', error ? `${id}-error` : ''].filter(Boolean).join(' ');
    return {
      id,
      invalid: error ? 'true' : 'false',
      describedby: ids || undefined,
      hint: hint ? html`<p class="hint" id="${id}-hint">${hint}</p>` : nothing,
      error: error ? html`<p class="error" id="${id}-error">${error}</p>` : nothing,
    };
  }

  private label(text: string, id: string, required: boolean) {
    return html`<label for=${id}>${text}${required ? nothing : html` <span class="optional">(${this.localize.term('common.optional')})</span>`}</label>`;
  }

  private textField(
    key: 'name' | 'email' | 'subject',
    label: string,
    opts: { type?: string; autocomplete?: string; max: number; inputmode?: string },
  ) {
    const d = this.describe(key);
    return html`<div class="field" part="field">
      ${this.label(label, d.id, true)}
      <input
        id=${d.id}
        part="input"
        name=${key}
        type=${opts.type ?? 'text'}
        autocomplete=${ifDefined(opts.autocomplete)}
        inputmode=${ifDefined(opts.inputmode)}
        maxlength=${opts.max}
        required
        aria-required="true"
        aria-invalid=${d.invalid}
        aria-describedby=${ifDefined(d.describedby)}
        .value=${live(this.values[key])}
        @input=${(e: InputEvent) => this.set(key, (e.target as HTMLInputElement).value)}
        @blur=${(e: FocusEvent) => this.onBlur(key, e)}
      />
      ${d.error}
    </div>`;
  }

  private categoryField(config: SiteConfig) {
    const t = this.localize;
    const d = this.describe('categoryId', this.chosenCategory?.description);
    return html`<div class="field" part="field">
      ${this.label(t.term('form.category'), d.id, true)}
      <select
        id=${d.id}
        part="input"
        name="categoryId"
        required
        aria-required="true"
        aria-invalid=${d.invalid}
        aria-describedby=${ifDefined(d.describedby)}
        @change=${(e: Event) => {
          this.set('categoryId', (e.target as HTMLSelectElement).value);
          this.validateOne('categoryId');
        }}
      >
        <option value="" ?selected=${!this.values.categoryId}>${t.term('form.choose')}</option>
        ${config.categories.map((c) => html`<option value=${c.id} ?selected=${c.id === this.values.categoryId}>${c.label}</option>`)}
      </select>
      ${d.hint} ${d.error}
    </div>`;
  }

  private priorityField(config: SiteConfig) {
    const t = this.localize;
    const d = this.describe('priority');
    return html`<div class="field" part="field">
      ${this.label(t.term('form.priority'), d.id, false)}
      <select
        id=${d.id}
        part="input"
        name="priority"
        aria-invalid=${d.invalid}
        aria-describedby=${ifDefined(d.describedby)}
        @change=${(e: Event) => this.set('priority', (e.target as HTMLSelectElement).value)}
      >
        <option value="" ?selected=${!this.values.priority}>${t.term('form.choose')}</option>
        ${config.priorities.map((p) => html`<option value=${p.id} ?selected=${p.id === this.values.priority}>${p.label}</option>`)}
      </select>
      ${d.error}
    </div>`;
  }

  private customField(def: Field) {
    const key = `fields.${def.id}`;
    const d = this.describe(key);
    const value = this.values.fields[def.id];
    const common = {
      id: d.id,
      invalid: d.invalid,
      describedby: d.describedby,
    };
    if (def.type === 'checkbox') {
      return html`<div class="field check" part="field">
        <input
          id=${common.id}
          part="input"
          type="checkbox"
          name=${key}
          aria-invalid=${common.invalid}
          aria-describedby=${ifDefined(common.describedby)}
          .checked=${live(value === true)}
          @change=${(e: Event) => this.setField(def.id, (e.target as HTMLInputElement).checked)}
        />
        <label for=${common.id}>${def.label}</label>
        ${d.error}
      </div>`;
    }
    let control: TemplateResult;
    const onInput = (e: Event) => this.setField(def.id, (e.target as HTMLInputElement).value);
    if (def.type === 'select') {
      control = html`<select
        id=${common.id}
        part="input"
        name=${key}
        ?required=${def.required}
        aria-required=${def.required ? 'true' : 'false'}
        aria-invalid=${common.invalid}
        aria-describedby=${ifDefined(common.describedby)}
        @change=${(e: Event) => {
          onInput(e);
          this.validateOne(key);
        }}
      >
        <option value="" ?selected=${!value}>${this.localize.term('form.choose')}</option>
        ${def.options?.map((o) => html`<option value=${o.value} ?selected=${o.value === value}>${o.label}</option>`)}
      </select>`;
    } else if (def.type === 'textarea') {
      control = html`<textarea
        id=${common.id}
        part="input"
        name=${key}
        rows="3"
        maxlength=${ifDefined(def.maxLength)}
        ?required=${def.required}
        aria-required=${def.required ? 'true' : 'false'}
        aria-invalid=${common.invalid}
        aria-describedby=${ifDefined(common.describedby)}
        .value=${live(String(value ?? ''))}
        @input=${onInput}
        @blur=${(e: FocusEvent) => this.onBlur(key, e)}
      ></textarea>`;
    } else {
      // Numbers are typed as text so Persian and Arabic digits are accepted (and folded on send).
      const type = def.type === 'number' ? 'text' : def.type;
      const inputmode = def.type === 'number' ? 'decimal' : def.type === 'tel' ? 'tel' : undefined;
      const autocomplete = def.type === 'tel' ? 'tel' : def.type === 'email' ? 'email' : undefined;
      control = html`<input
        id=${common.id}
        part="input"
        name=${key}
        type=${type}
        class=${def.type === 'number' ? 'numeric' : ''}
        inputmode=${ifDefined(inputmode)}
        autocomplete=${ifDefined(autocomplete)}
        maxlength=${ifDefined(def.maxLength)}
        ?required=${def.required}
        aria-required=${def.required ? 'true' : 'false'}
        aria-invalid=${common.invalid}
        aria-describedby=${ifDefined(common.describedby)}
        .value=${live(String(value ?? ''))}
        @input=${onInput}
        @blur=${(e: FocusEvent) => this.onBlur(key, e)}
      />`;
    }
    return html`<div class="field" part="field">${this.label(def.label, common.id, !!def.required)} ${control} ${d.error}</div>`;
  }

  private bodyField() {
    const t = this.localize;
    const d = this.describe('body', t.term('form.bodyHint'));
    return html`<div class="field" part="field">
      ${this.label(t.term('form.body'), d.id, true)} ${d.hint}
      <textarea
        id=${d.id}
        part="input"
        name="body"
        rows="6"
        required
        aria-required="true"
        maxlength=${LIMITS.body}
        aria-invalid=${d.invalid}
        aria-describedby=${ifDefined(d.describedby)}
        .value=${live(this.values.body)}
        @input=${(e: InputEvent) => this.set('body', (e.target as HTMLTextAreaElement).value)}
        @blur=${(e: FocusEvent) => this.onBlur('body', e)}
      ></textarea>
      ${d.error}
    </div>`;
  }

  private renderSuggestions() {
    const t = this.localize;
    if (this.article) {
      return html`<section class="article" part="suggestions" aria-labelledby="article-title">
        <h3 id="article-title" tabindex="-1">${this.article.title}</h3>
        <div class="article-body" ${sanitizedHtml(this.article.body, { mediaOrigins: mediaOriginsOf(this.config) })}></div>
        <div class="actions">
          <button type="button" @click=${() => void this.articleSolved()}>${t.term('deflect.solved')}</button>
          <button type="button" class="secondary" @click=${this.closeArticle}>${t.term('deflect.notSolved')}</button>
        </div>
      </section>`;
    }
    if (!this.suggestions.length) return nothing;
    return html`<section class="suggestions" part="suggestions" aria-labelledby="suggest-title">
      <h3 id="suggest-title">${t.term('deflect.title')}</h3>
      <ul>
        ${this.suggestions.map(
          (a) => html`<li>
            <button type="button" class="suggestion" data-article=${a.id} @click=${() => void this.openArticle(a)}>
              <span class="s-title">${a.title}</span>
              <span class="s-excerpt">${a.excerpt}</span>
            </button>
          </li>`,
        )}
      </ul>
    </section>`;
  }

  private attachmentsField(config: SiteConfig) {
    const t = this.localize;
    const limits = config.attachments;
    const d = this.describe('attachments', t.term('form.attachLimits', { count: t.number(limits.maxFiles), size: t.fileSize(limits.maxBytes) }));
    return html`<div class="field" part="field">
      <span class="label" id="attach-label">${t.term('form.attachments')} <span class="optional">(${t.term('common.optional')})</span></span>
      <div
        class="drop ${this.dragging ? 'dragging' : ''}"
        @dragover=${(e: DragEvent) => {
          e.preventDefault();
          this.dragging = true;
        }}
        @dragleave=${() => (this.dragging = false)}
        @drop=${(e: DragEvent) => {
          e.preventDefault();
          this.dragging = false;
          this.addFiles([...(e.dataTransfer?.files ?? [])]);
        }}
      >
        <span class="muted">${t.term('form.attachDrop')}</span>
        <label class="browse-label">
          <input
            class="browse"
            type="file"
            multiple
            accept=${limits.accept.join(',')}
            aria-labelledby="attach-label"
            aria-describedby=${ifDefined(d.describedby)}
            @change=${(e: Event) => {
              const input = e.target as HTMLInputElement;
              this.addFiles([...(input.files ?? [])]);
              input.value = '';
            }}
          />
          <span class="browse-text" aria-hidden="true">${t.term('form.attachBrowse')}</span>
        </label>
      </div>
      ${d.hint} ${d.error}
      ${this.files.length
        ? html`<ul class="files" aria-label=${t.term('form.attachments')}>
            ${this.files.map((f) => this.fileRow(f))}
          </ul>`
        : nothing}
    </div>`;
  }

  private fileRow(f: FileEntry) {
    const t = this.localize;
    const status = f.refused
      ? html`<span class="error">${t.term(f.refused.key, f.refused.params)}</span>`
      : f.progress !== undefined
        ? html`<progress max="1" .value=${f.progress} aria-label=${t.term('form.uploading', { percent: t.number(f.progress, { style: 'percent' }) })}></progress>`
        : html`<span class="muted">${f.attachmentId ? t.term('form.uploaded') : t.term('form.pendingUpload')}</span>`;
    return html`<li class="file ${f.refused ? 'refused' : ''}">
      <span class="file-name" dir="auto">${neutralizeBidi(f.file.name)}</span>
      <span class="file-size muted">${t.fileSize(f.file.size)}</span>
      ${status}
      <button type="button" class="link" aria-label=${t.term('form.remove', { name: neutralizeBidi(f.file.name) })} @click=${() => this.removeFile(f.id)}>✕</button>
    </li>`;
  }

  private renderSolved() {
    const t = this.localize;
    return html`<div class="notice success solved" part="notice" tabindex="-1">
      <p>${t.term('deflect.thanks')}</p>
      <div class="actions"><button type="button" class="secondary" @click=${this.startOver}>${t.term('done.another')}</button></div>
    </div>`;
  }

  private renderAttention() {
    const t = this.localize;
    return html`<div class="notice warning attention" part="notice">
      <h3 tabindex="-1">${t.term('attention.title')}</h3>
      ${this.attentionSubject ? html`<p class="subject"><bdi>“${this.attentionSubject}”</bdi></p>` : nothing}
      <p>${t.term('attention.body')}</p>
      <div class="actions">
        <button type="button" class="secondary" @click=${() => void this.sendAgain()}>${t.term('attention.send')}</button>
        <button type="button" class="secondary" @click=${() => void this.editQueued()}>${t.term('attention.discard')}</button>
      </div>
    </div>`;
  }

  private forgetButton() {
    return html`<button type="button" class="link forget" @click=${() => void this.forgetDevice()}>${this.localize.term('forget.action')}</button>`;
  }

  private renderQueued() {
    const t = this.localize;
    // "When you are back online" is only true when the device is offline; otherwise our server failed.
    const online = navigator.onLine;
    return html`<div class="notice warning queued" part="notice">
      <h3 tabindex="-1">${t.term(online ? 'queued.titleOnline' : 'queued.title')}</h3>
      <p>${t.term(online ? 'queued.bodyOnline' : 'queued.body')}</p>
      ${this.formError ? html`<p class="muted" role="alert">${this.formErrorText()}</p>` : nothing}
      <div class="actions"><button type="button" class="secondary" @click=${() => void this.retryQueued()}>${t.term('common.retry')}</button></div>
    </div>`;
  }

  private renderConfirmation() {
    const t = this.localize;
    const { ticket, accessToken } = this.result!;
    const category = this.config?.categories.find((c) => c.id === ticket.categoryId);
    const due = ticket.sla?.firstResponseDueAt;
    const minutes = category?.slaMinutes;
    const promise = minutes
      ? due
        ? t.term('done.promise', { duration: t.duration(minutes), time: t.moment(due) })
        : t.term('done.promiseDuration', { duration: t.duration(minutes) })
      : undefined;
    const availability = this.config?.availability;
    const open = availability?.openNow
      ? t.term('done.openNow')
      : availability?.nextOpenAt
        ? t.term('done.opensAt', { time: t.moment(availability.nextOpenAt) })
        : undefined;
    // http(s) only: a javascript: or data: track-url must not become a link; this page instead.
    const track = httpUrl(this.trackUrl) ?? new URL(location.href);
    track.hash = `hk-ticket=${encodeURIComponent(ticket.id)}.${encodeURIComponent(accessToken)}`;
    return html`<section class="confirmation" part="confirmation" aria-labelledby="done-title">
      <h3 id="done-title" tabindex="-1">${t.term('done.title')}</h3>
      <div class="number">
        <span class="muted">${t.term('done.number')}</span>
        <strong dir="ltr">${ticket.number}</strong>
      </div>
      ${promise ? html`<p class="promise">${promise}</p>` : nothing}
      ${open ? html`<p class="muted">${open}</p>` : nothing}
      <div class="actions">
        <a class="button" href=${track.href}>${t.term('done.track')}</a>
        <button type="button" class="secondary" @click=${this.startOver}>${t.term('done.another')}</button>
      </div>
      <p class="forget-row">${this.forgetButton()}</p>
    </section>`;
  }
}

function hasContent(values: Values, files: number): boolean {
  return files > 0 || ['subject', 'body'].some((k) => (values[k as keyof Values] as string)?.trim()) || Object.values(values.fields ?? {}).some((v) => v !== '' && v !== false);
}

function localizeParams(t: LocalizeController, params?: Record<string, string | number>) {
  if (!params) return params;
  return Object.fromEntries(Object.entries(params).map(([k, v]) => [k, typeof v === 'number' ? t.number(v) : v]));
}

function messageFor(error: HelpkitError | { kind: string; status: number }): { key: TermKey; params?: Record<string, string | number> } {
  switch (error.kind) {
    case 'network':
      return { key: (error as { offline?: boolean }).offline || (typeof navigator !== 'undefined' && !navigator.onLine) ? 'error.offline' : 'error.network' };
    case 'timeout':
      return { key: 'error.timeout' };
    case 'rate_limit':
      return { key: 'error.rateLimit', params: { seconds: isRateLimitError(error) ? Math.max(1, error.retryAfter) : 30 } };
    case 'server':
      return { key: 'error.server' };
    case 'bad_response':
      return { key: 'error.badResponse' };
    case 'auth':
      return { key: 'error.auth' };
    case 'conflict':
      return { key: 'error.conflict' };
    default:
      return { key: 'error.server' };
  }
}
