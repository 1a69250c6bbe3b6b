import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { HelpkitElement } from '../../internal/helpkit-element.js';
import { baseStyles } from '../../internal/styles.js';
import { Timer } from '../../internal/clock.js';
import { TicketWatch } from '../../internal/controllers/ticket-watch.js';
import { EarlierMessages } from '../../internal/controllers/earlier-messages.js';
import { TicketList, type ListItem } from '../../internal/controllers/ticket-list.js';
import { renderList } from '../../internal/status/list-view.js';
import { renderDetail } from '../../internal/status/detail-view.js';
import { ReplyBox } from '../../internal/status/reply-box.js';
import { EscalateForm } from '../../internal/status/escalation.js';
import { RatingForm } from '../../internal/status/rating.js';
import { fromTeam, statusTerm } from '../../internal/status/ticket-words.js';
import { authorName } from '../../internal/status/timeline.js';
import { dueMoment } from '../../internal/status/relative-time.js';
import { UnreadReport } from '../../internal/controllers/unread-report.js';
import { FindTickets, renderFindTickets } from '../../internal/status/find-tickets.js';
import { hasAccessLink, rememberAccessLink, takeAccessLink, type AccessLink } from '../../internal/status/access-link.js';
import { isolate } from '../../internal/bidi.js';
import type { TermKey } from '../../i18n/index.js';
import type { Escalation, Satisfaction, Ticket, Message as TicketMessage } from '../../sdk/index.js';
import { HkTicketEscalatedEvent, HkTicketRatedEvent, HkTicketRepliedEvent, HkTicketUpdatedEvent } from '../../events/index.js';
import { ticketStatusStyles } from './ticket-status.styles.js';
import { ticketListStyles } from './ticket-list.styles.js';
import { ticketActionsStyles } from './ticket-actions.styles.js';
import { attachmentsStyles } from '../../internal/form/attachments.styles.js';

/** How often the countdowns and "how long ago" are brought up to date, in ms. */
const TICK = 60_000;
/** How much of a new message the live region reads out. */
const ANNOUNCED_CHARS = 140;

/**
 * Follows a support ticket in place: its status in the customer's words and what happens next,
 * the steps of the work, when the first reply and the solution are due (in the customer's
 * calendar, time zone and digits, with a countdown and whether we are on track), and the
 * conversation, kept up to date while the page is open.
 *
 * @event hk-ticket-updated - The ticket changed while it was shown (a new status, a new message).
 * @event hk-ticket-replied - The customer replied (`queued` while it waits in the outbox).
 * @event hk-ticket-escalated - The customer escalated a ticket whose promised time had passed.
 * @event hk-ticket-rated - The customer rated a solved ticket.
 * @event hk-unread-changed - How many messages from the team the customer has not seen changed.
 *
 * @csspart summary - The ticket's subject, number, status and next step.
 * @csspart status - The status label.
 * @csspart steps - The progress list.
 * @csspart promise - When the first reply and the solution are due.
 * @csspart timeline - The conversation.
 * @csspart message - One message.
 * @csspart reply - The reply box (or where a sent reply waits).
 * @csspart reply-button - The reply's send button.
 * @csspart escalation - Escalating, or the escalation asked for.
 * @csspart rating - "How did we do?", or the rating given.
 * @csspart list - The customer's tickets.
 * @csspart ticket-row - One ticket in the list.
 * @csspart find - "Find my tickets": new links by e-mail.
 * @csspart notice - Notices (out of date, link expired, not found).
 */
export class HkTicketStatus extends HelpkitElement {
  static override styles = [baseStyles, ticketStatusStyles, ticketListStyles, ticketActionsStyles, attachmentsStyles];
  // "Start a new ticket" on a closed ticket shows the ticket form in place: loaded only then.
  static override dependencies = { 'hk-ticket-form': () => import('../ticket-form/define.js') };
  // The status of a ticket is readable without the site's settings; only the opening hours are missing.
  protected static override configRequired = false;
  protected static override titleTerm: TermKey = 'status.title';

  /** The ticket to show; its access token comes from this device's storage or from `token`. */
  @property({ attribute: 'ticket-id', reflect: true }) ticketId?: string;
  /** The ticket's access token, when the page has it (otherwise the one remembered on this device). */
  @property({ attribute: false }) token?: string;

  /** A ticket the customer opened here: from an e-mailed link, or from their list. */
  @state() private opened?: string;
  /** A link taken from the address bar before there was a client to remember it with. */
  private pendingLink?: AccessLink;

  /** Messages that were new to the customer when this ticket was opened (marked "New"). */
  @state() private unseen = new Set<string>();

  // Both wait for the element's language: a first read in the wrong one would only be read again.
  private watch = new TicketWatch(this, {
    client: () => this.site.value?.client,
    id: () => this.shownId,
    // The page's token belongs to the page's ticket; any other comes from this device's storage.
    token: () => (this.shownId === this.ticketId ? this.token : undefined),
    changed: (ticket, previous) => void this.changed(ticket, previous),
    lost: (trouble) => void this.lost(trouble),
  });

  /** Older messages a backend held back, on request. */
  private earlier = new EarlierMessages(this, {
    client: () => this.site.value?.client,
    token: () => (this.shownId === this.ticketId ? this.token : undefined),
  });

  /** "Find my tickets": links to every ticket by e-mail. */
  private find = new FindTickets(this, {
    client: () => this.sdk,
    localize: this.localize,
    announce: (text) => this.announce(text),
    focusSoon: (selector) => this.focusSoon(selector),
  });

  /** The customer's tickets, while no ticket is shown. */
  private list = new TicketList(this, {
    client: () => this.site.value?.client,
    active: () => !this.shownId,
    changed: (items) => this.listed(items),
  });

  /** The customer's reply, kept as a draft per ticket and sent through the outbox. */
  private reply = new ReplyBox(this, {
    client: () => this.site.value?.client,
    storage: () => this.baseClient,
    token: () => (this.shownId === this.ticketId ? this.token : undefined),
    ticket: () => this.watch.ticket,
    config: () => this.site.value?.config,
    localize: this.localize,
    announce: (text) => this.announce(text),
    sent: (ticketId, message) => this.replied(ticketId, message),
    queued: (ticketId) => this.dispatchEvent(new HkTicketRepliedEvent({ ticketId, queued: true })),
  });

  private escalate = new EscalateForm(this, {
    client: () => this.site.value?.client,
    ticket: () => this.watch.ticket,
    escalated: (ticketId, escalation) => this.escalated(ticketId, escalation),
  });

  private rating = new RatingForm(this, {
    client: () => this.site.value?.client,
    ticket: () => this.watch.ticket,
    localize: this.localize,
    rated: (ticketId, satisfaction) => this.rated(ticketId, satisfaction),
  });

  /** "Start a new ticket" was chosen on a closed ticket. */
  @state() private followingUp = false;

  private tick = new Timer(() => this.clock);
  /** hk-unread-changed, for the page's badge. */
  private unread = new UnreadReport(this, () => this.baseClient);

  /** The ticket shown now: one the customer opened here, else the page's. */
  private get shownId(): string | undefined {
    return this.opened ?? (this.ticketId || undefined);
  }

  /** The ticket the view was last built for, to start afresh when another is shown. */
  private built?: string;

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.tick.cancel();
    document.removeEventListener('visibilitychange', this.onVisible);
    removeEventListener('hashchange', this.onHashChange);
  }

  override connectedCallback(): void {
    super.connectedCallback();
    document.addEventListener('visibilitychange', this.onVisible);
    addEventListener('hashchange', this.onHashChange);
    this.takeLink();
  }

  /** An e-mailed link in the address: remembered, opened, and gone from the address bar at once. */
  private takeLink(): void {
    if (!hasAccessLink()) return;
    const taken = takeAccessLink(this.baseClient);
    if ('opened' in taken) void taken.opened.then((id) => id && this.open(id));
    else if (taken.pending) {
      this.pendingLink = taken.pending;
      this.requestUpdate();
    }
  }

  /** A link clicked on this page (the ticket form's "Follow this ticket", say). */
  private onHashChange = () => this.takeLink();

  /** Where focus goes once it can: the opened ticket's title (or what says why it cannot be shown). */
  private pendingFocus?: string;

  /** Shows ticket `id` in place of whatever is shown. */
  private open(id: string, focus = false): void {
    this.opened = id;
    if (focus) this.pendingFocus = '#ticket-title, .refused, .load-failed';
  }

  /** Back to the list from a ticket opened here; focus returns to that ticket's row. */
  private back(): void {
    const id = this.opened;
    this.opened = undefined;
    this.list.reload();
    void this.updateComplete.then(() => {
      const row = this.renderRoot.querySelector<HTMLElement>(`.ticket-row[data-id="${CSS.escape(id ?? '')}"]`);
      (row ?? this.renderRoot.querySelector<HTMLElement>('#list-title'))?.focus();
    });
  }

  /** The list is the customer's whole picture: its unread counts replace what was known. */
  private listed(items: ListItem[]): void {
    this.unread.listed(items);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    // The page points at another ticket: that one is shown, whatever was opened here before.
    if (changed.has('ticketId') && this.hasUpdated) this.opened = undefined;
    const client = this.baseClient;
    if (this.pendingLink && client) {
      const link = this.pendingLink;
      this.pendingLink = undefined;
      void rememberAccessLink(client, link).then((id) => id && this.open(id));
    }
    if (this.built !== this.shownId) {
      this.built = this.shownId;
      this.followingUp = false;
      this.earlier.reset();
      this.unseen = new Set();
    }
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    const target = this.pendingFocus && this.renderRoot.querySelector<HTMLElement>(this.pendingFocus);
    if (target) {
      this.pendingFocus = undefined;
      target.focus();
    }
    // Countdowns and ages move on with the clock, without asking the server.
    if (this.watch.ticket || this.list.items?.length) this.tick.start(TICK, () => this.requestUpdate());
    else this.tick.cancel();
  }

  // ---- following the ticket ---------------------------------------------------------------------

  private async changed(ticket: Ticket, previous: Ticket | undefined): Promise<void> {
    // Older messages come from the cursor of the copy they were cut from; once some are loaded it moves on by itself.
    this.earlier.follow(ticket);
    if (previous) this.tellChanges(ticket, previous);
    await this.markUnseen(ticket);
  }

  /** Says what changed (new messages from the team, a new status) and tells the page. */
  private tellChanges(ticket: Ticket, previous: Ticket): void {
    const known = new Set(previous.messages.map((m) => m.id));
    const added = ticket.messages.filter((m) => !known.has(m.id));
    const statusChanged = ticket.status !== previous.status;
    if (!added.length && !statusChanged && ticket.updatedAt === previous.updatedAt) return;
    const t = this.localize;
    const said: string[] = [];
    for (const m of added.filter((m) => fromTeam(m.author.role))) {
      const name = authorName(t, m);
      const text = m.body.length > ANNOUNCED_CHARS ? `${m.body.slice(0, ANNOUNCED_CHARS)}…` : m.body;
      said.push(t.term('status.announceMessage', { name: isolate(name), text }));
    }
    // A status the customer's own reply brought (open again) is no news to them: "Your reply was sent." stands.
    const theirs = added.some((m) => m.author.role === 'customer');
    if (statusChanged && !theirs) said.push(t.term('status.announceStatus', { status: t.term(statusTerm(ticket.status)) }));
    if (said.length) this.announce(said.join(' '));
    this.dispatchEvent(new HkTicketUpdatedEvent({ ticket, previousStatus: previous.status, newMessages: added.length }));
  }

  private async lost(trouble: 'denied' | 'gone'): Promise<void> {
    const id = this.shownId;
    if (!id) return;
    // A deleted ticket leaves the customer's list (the SDK forgets an expired token by itself).
    if (trouble === 'gone') await this.baseClient?.tracked.forget('ticket', id).catch(() => undefined);
    this.unread.drop(id);
  }

  // ---- what the customer did ------------------------------------------------------------------

  private replied(ticketId: string, message: TicketMessage | undefined): void {
    this.dispatchEvent(new HkTicketRepliedEvent({ ticketId, queued: false, ...(message && { message }) }));
    if (ticketId === this.shownId) this.watch.refresh();
  }

  private escalated(ticketId: string, escalation: Escalation): void {
    const t = this.localize;
    this.dispatchEvent(new HkTicketEscalatedEvent({ ticketId, escalation }));
    const at = Date.parse(escalation.requestedAt);
    this.announce(t.term('status.escalate.done', { level: t.number(escalation.level), time: Number.isNaN(at) ? '' : dueMoment(t, at, this.clock.now()) }));
    this.watch.refresh();
    // On the escalation once the ticket shows it (the form it replaces is gone).
    this.pendingFocus = '.escalated';
  }

  private rated(ticketId: string, satisfaction: Satisfaction): void {
    const t = this.localize;
    this.dispatchEvent(new HkTicketRatedEvent({ ticketId, rating: satisfaction.rating, ...(satisfaction.comment && { comment: satisfaction.comment }) }));
    this.announce(t.term('status.rate.thanks', { rating: t.number(satisfaction.rating) }));
    this.watch.refresh();
    this.pendingFocus = '.rated';
  }

  /** A new ticket that names the closed one: the ticket form, fetched only now. */
  private async startFollowUp(): Promise<void> {
    this.followingUp = true;
    await this.need('hk-ticket-form');
    this.requestUpdate();
  }

  // ---- unread -----------------------------------------------------------------------------------

  /**
   * Messages the customer had not seen are marked "New" (those there when the ticket opened, and
   * those that arrive while it is open); on a visible page they then count as read.
   */
  private async markUnseen(ticket: Ticket): Promise<void> {
    const unseen = await this.unread.shown(ticket);
    if (unseen.length && ticket.id === this.shownId) this.unseen = new Set([...this.unseen, ...unseen]);
  }

  private onVisible = () => {
    if (document.visibilityState === 'visible' && this.watch.ticket) void this.markUnseen(this.watch.ticket);
  };

  // ---- render -----------------------------------------------------------------------------------

  protected override renderView(): unknown {
    if (this.shownId) return html`${this.renderBack()} ${this.renderDetail()}`;
    return this.renderListView();
  }

  private renderListView(): unknown {
    const t = this.localize;
    if (!this.list.items) return this.renderLoading();
    const folded = (this.list.items.length ?? 0) > 0;
    return html`${renderList(t, this.list, this.clock.now(), (id) => this.open(id, true), this.heading !== '')} ${renderFindTickets(t, this.find, 3, folded)}`;
  }

  /** "All my tickets", where the page shows a list (it did not pin one ticket). */
  private renderBack(): unknown {
    if (this.ticketId) return nothing;
    return html`<button type="button" class="link back" @click=${() => this.back()}>
      <span class="back-arrow" aria-hidden="true"></span>${this.localize.term('status.allTickets')}
    </button>`;
  }

  private renderDetail(): TemplateResult {
    const t = this.localize;
    const ticket = this.watch.ticket;
    return renderDetail(t, {
      now: this.clock.now(),
      config: this.site.value?.config,
      watch: this.watch,
      find: this.find,
      reply: this.reply,
      escalate: this.escalate,
      rating: this.rating,
      timeline: {
        earlier: this.earlier.messages,
        more: this.earlier.more,
        loading: this.earlier.loading,
        loadEarlier: () => void this.earlier.load(),
        unseen: this.unseen,
      },
      followUp: {
        shown: this.followingUp,
        show: () => void this.startFollowUp(),
        render: () =>
          ticket && customElements.get('hk-ticket-form')
            ? html`<hk-ticket-form
                .client=${this.baseClient}
                .clock=${this.clock}
                locale=${t.locale}
                heading=""
                category=${ticket.categoryId}
                subject=${t.term('status.newTicketSubject', { number: ticket.number, subject: ticket.subject })}
              ></hk-ticket-form>`
            : this.renderLoading(),
      },
      loading: () => this.renderLoading(),
    });
  }
}
