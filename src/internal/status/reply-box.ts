// The customer's reply on a ticket: words and files, kept as a draft per ticket, sent through the
// outbox (once, even with a double click or offline), reopening a solved ticket first.
import { html, nothing, type ReactiveController, type ReactiveControllerHost, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { isConflictError, isHelpkitError, LIMITS, type HelpkitClient, type Message as TicketMessage, type SiteConfig, type Ticket } from '../../sdk/index.js';
import type { Clock } from '../clock.js';
import type { LocalizeController } from '../localize.js';
import { messageFor, messageText, type Message } from '../messages.js';
import { DraftsController } from '../controllers/drafts.js';
import { AttachmentsController, type StoredFile } from '../controllers/attachments.js';
import { SubmissionController } from '../controllers/submission.js';
import { renderField } from '../form/fields.js';
import { renderAttachments } from '../form/attachments-field.js';
import { renderFormNotice } from '../form/ticket-views.js';
import { linkified } from './linkify.js';
import { authorName } from './timeline.js';

export interface ReplyDraft {
  body: string;
  files: StoredFile[];
}

interface ReplyHost extends ReactiveControllerHost, EventTarget {
  readonly clock: Clock;
  readonly renderRoot: HTMLElement | DocumentFragment;
  readonly updateComplete: Promise<boolean>;
}

export interface ReplyOptions {
  /** The client in the customer's language. */
  client: () => HelpkitClient | undefined;
  /** The client whose storage keeps drafts and the outbox (the shared one). */
  storage: () => HelpkitClient | undefined;
  /** The ticket's access token when the page gave one (else the one remembered on this device). */
  token: () => string | undefined;
  ticket: () => Ticket | undefined;
  config: () => SiteConfig | undefined;
  localize: LocalizeController;
  announce: (text: string) => void;
  /** The reply reached the server (now, or later from the outbox). */
  sent: (ticketId: string, message: TicketMessage | undefined) => void;
  /** The reply waits in the outbox. */
  queued: (ticketId: string) => void;
}

/** Where a ticket's reply draft is kept (and how its queued reply is found again). */
export const replyKey = (id: string) => `ticket-reply:${id}`;

export class ReplyBox implements ReactiveController {
  body = '';
  /** This ticket's draft and queued reply are loaded (until then the box is not shown). */
  ready = false;
  /** The body is empty or too long. */
  invalid?: 'required' | 'tooLong';
  formError?: Message;
  /** The ticket whose reply this is. */
  private id?: string;
  private loadedFor?: string;
  /** The ticket's token: files are uploaded with it, so the backend lets this reply use them. */
  private uploadToken?: string;
  /** The message last reported sent (the outbox may tell twice: its answer and its event). */
  private lastSent?: string;

  readonly drafts: DraftsController<ReplyDraft>;
  readonly attachments: AttachmentsController;
  readonly submission: SubmissionController<TicketMessage>;

  constructor(
    private host: ReplyHost,
    private options: ReplyOptions,
  ) {
    host.addController(this);
    this.drafts = new DraftsController<ReplyDraft>(host, {
      client: () => options.storage(),
      key: () => replyKey(this.id ?? ''),
      snapshot: () => ({ body: this.body, files: this.attachments.stored }),
      canSave: () => !!this.id && this.submission.state === 'idle',
    });
    this.attachments = new AttachmentsController(host, {
      client: () => this.uploader(),
      limits: () => options.config()?.attachments,
      localize: options.localize,
      announce: options.announce,
      changed: () => this.drafts.scheduleSave(),
    });
    this.submission = new SubmissionController<TicketMessage>(host, {
      client: () => options.client(),
      storage: () => options.storage(),
      kind: 'reply',
      draftKey: () => replyKey(this.id ?? ''),
      sent: (message) => this.sent(message),
      queued: () => this.id && this.options.queued(this.id),
      attention: () => this.host.requestUpdate(),
      rejected: (error) => this.rejected(error),
    });
  }

  hostConnected(): void {}

  /** Another ticket (or customer): its own draft and queued reply. */
  hostUpdate(): void {
    const id = this.options.ticket()?.id;
    const owner = this.options.storage()?.owner;
    const key = id && owner !== undefined ? `${owner}\u0000${id}` : undefined;
    if (key === this.loadedFor) return;
    this.loadedFor = key;
    this.id = id;
    this.ready = false;
    this.body = '';
    this.invalid = undefined;
    this.formError = undefined;
    this.attachments.clear();
    this.drafts.reset();
    if (id) void this.load(id);
  }

  /**
   * The client files go through, carrying the ticket's token: the protocol lets a reply use only
   * files uploaded with the same credentials as the reply.
   */
  private uploader(): HelpkitClient | undefined {
    const client = this.options.client();
    const token = this.uploadToken;
    if (!client || !token) return client;
    const upload: HelpkitClient['attachments']['upload'] = (file, opts = {}) => client.attachments.upload(file, { ...opts, token });
    return { attachments: { ...client.attachments, upload } } as HelpkitClient;
  }

  private async load(id: string): Promise<void> {
    this.uploadToken = this.options.token() ?? (await this.options.storage()?.tracked.get('ticket', id).catch(() => undefined))?.token;
    const draft = await this.drafts.restore(() => true);
    if (this.id !== id) return;
    if (draft) {
      this.body = draft.data.body ?? '';
      this.attachments.restore(draft.data.files ?? []);
    }
    await this.submission.resume();
    if (this.id !== id) return;
    this.ready = true;
    this.host.requestUpdate();
  }

  type(body: string): void {
    this.body = body;
    if (this.invalid) this.invalid = this.problem();
    this.drafts.scheduleSave();
    this.host.requestUpdate();
  }

  private problem(): ReplyBox['invalid'] {
    const text = this.body.trim();
    if (!text) return 'required';
    return [...text].length > LIMITS.body ? 'tooLong' : undefined;
  }

  /** Sends the reply; a solved ticket is reopened first, so the reply is read as a new question. */
  async send(event?: Event): Promise<void> {
    event?.preventDefault();
    const ticket = this.options.ticket();
    if (!ticket || this.submission.state !== 'idle') return;
    this.formError = undefined;
    this.invalid = this.problem();
    if (this.invalid) {
      this.host.requestUpdate();
      await this.host.updateComplete;
      this.host.renderRoot.querySelector<HTMLElement>('#f-reply')?.focus();
      return;
    }
    const body = { body: this.body.trim(), attachmentIds: this.attachments.attachmentIds };
    const draft: ReplyDraft = { body: this.body, files: this.attachments.stored };
    if (ticket.status === 'solved' && ticket.canReopen) {
      // Already reopened (by another tab, or the backend on a reply), or offline: the reply goes on.
      await this.options.client()?.tickets.reopen(ticket.id).catch(() => undefined);
    }
    await this.submission.send({ body, ticketId: ticket.id, files: this.attachments.pendingUploads, draft });
  }

  private sent(message: TicketMessage): void {
    const id = this.id;
    // Ready for the next reply, but told once.
    this.submission.reset();
    if (message?.id && message.id === this.lastSent) return;
    this.lastSent = message?.id;
    this.body = '';
    this.attachments.clear();
    void this.drafts.discard();
    this.options.announce(this.options.localize.term('status.reply.sent'));
    if (id) this.options.sent(id, message);
  }

  private async rejected(error: unknown): Promise<void> {
    if (!isHelpkitError(error)) throw error;
    // A 409 here means the ticket was closed meanwhile.
    this.formError = isConflictError(error) ? { key: 'status.reply.closed' } : messageFor(error);
    this.drafts.markUnsaved();
    this.host.requestUpdate();
  }

  /** "Start over": the saved reply goes. */
  async discard(): Promise<void> {
    await this.drafts.discard();
    this.body = '';
    this.attachments.clear();
    this.invalid = undefined;
    this.host.requestUpdate();
  }

  /** Another tab changed this reply: take its version. */
  useOtherVersion(): void {
    const other = this.drafts.useOtherVersion();
    if (!other) return;
    this.body = other.body ?? '';
    this.attachments.restore(other.files ?? []);
    this.host.requestUpdate();
  }

  /** "Edit it instead": the words go back into the box. */
  async takeBack(): Promise<void> {
    const draft = (await this.submission.takeBack()) as ReplyDraft | undefined;
    if (!draft) return;
    this.body = draft.body;
    this.attachments.restore(draft.files ?? []);
    this.drafts.markUnsaved();
    this.host.requestUpdate();
  }
}

/**
 * The reply form, or where a sent reply waits. `reopens`: the ticket is solved and the reply
 * reopens it. `asked`: the team's message the customer is answering, shown with the box (it comes
 * first on the page when we wait on them) and read out as the box's description.
 */
export function renderReply(t: LocalizeController, box: ReplyBox, reopens: boolean, asked?: TicketMessage): TemplateResult | typeof nothing {
  const submission = box.submission;
  if (!box.ready) return nothing;
  if (submission.state === 'queued') {
    const online = navigator.onLine;
    return html`<section class="reply notice warning queued" part="reply" aria-labelledby="reply-queued">
      <p id="reply-queued">${t.term(online ? 'status.reply.queuedOnline' : 'status.reply.queued')}</p>
      ${submission.message ? html`<p class="muted" role="alert">${messageText(t, submission.message)}</p>` : nothing}
      <div class="actions"><button type="button" class="secondary" @click=${() => void submission.retry()}>${t.term('common.retry')}</button></div>
    </section>`;
  }
  if (submission.state === 'attention') {
    return html`<section class="reply notice warning attention" part="reply" aria-labelledby="reply-attention">
      <p id="reply-attention">${t.term('status.reply.attention')}</p>
      <div class="actions">
        <button type="button" class="secondary" @click=${() => void submission.sendAgain()}>${t.term('attention.send')}</button>
        <button type="button" class="secondary" @click=${() => void box.takeBack()}>${t.term('attention.discard')}</button>
      </div>
    </section>`;
  }
  const sending = submission.state === 'sending';
  const error = box.invalid === 'required' ? t.term('error.required') : box.invalid === 'tooLong' ? t.term('error.tooLong', { max: t.number(LIMITS.body) }) : undefined;
  return html`<section class="reply" part="reply">
    ${renderFormNotice(t, box.drafts.notice, { startOver: () => void box.discard(), useOtherVersion: () => box.useOtherVersion(), keepMine: () => void box.drafts.keepMine() })}
    <form class="reply-form" novalidate @submit=${(e: Event) => void box.send(e)} @paste=${box.attachments.onPaste} aria-busy=${sending ? 'true' : 'false'}>
      ${renderField(
        t,
        {
          name: 'reply',
          label: t.term(reopens ? 'status.reply.reopenLabel' : 'status.reply.label'),
          type: 'textarea',
          required: true,
          rows: 4,
          hint: asked ? html`<span class="asked"><span class="asked-by">${authorName(t, asked)}</span> <span class="asked-body" dir="auto">${linkified(asked.body)}</span></span>` : undefined,
        },
        { value: box.body, error, onValue: (v) => box.type(String(v)) },
      )}
      ${renderAttachments(t, box.attachments)}
      ${box.formError ? html`<p class="error" role="alert" id="reply-error">${messageText(t, box.formError)}</p>` : nothing}
      <div class="actions">
        <button type="submit" part="reply-button" ?disabled=${sending} aria-describedby=${ifDefined(box.formError ? 'reply-error' : undefined)}>
          ${sending ? html`<span class="spinner" aria-hidden="true"></span>${t.term('status.reply.sending')}` : t.term('status.reply.send')}
        </button>
      </div>
    </form>
  </section>`;
}
