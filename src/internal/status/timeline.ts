// The conversation: the customer's, the team's, the bot's and the system's messages, oldest first,
// each in its own direction (a Persian reply in an English page reads right to left), plain text
// with web addresses as links, and files with their sizes.
import { html, nothing, type TemplateResult } from 'lit';
import type { Attachment, Message, Ticket } from '../../sdk/index.js';
import type { LocalizeController } from '../localize.js';
import { neutralizeBidi } from '../bidi.js';
import { httpUrl } from '../safe-url.js';
import { linkified } from './linkify.js';

export interface TimelineOptions {
  now: number;
  /** Messages older than the ticket's own, loaded with "Show earlier messages". */
  earlier: Message[];
  /** Whether there are more older messages to load, and whether they are loading. */
  more: boolean;
  loading: boolean;
  loadEarlier: () => void;
  /** Ids of messages that were new to the customer when they opened the ticket. */
  unseen: ReadonlySet<string>;
}

/** Who wrote a message, as the customer sees it ("You", the agent's name, "Automatic reply"…). */
export function authorName(t: LocalizeController, message: Message): string {
  switch (message.author.role) {
    case 'customer':
      return t.term('status.author.you');
    case 'bot':
      return t.term('status.author.bot');
    case 'system':
      return t.term('status.author.system');
    default:
      return message.author.name ? neutralizeBidi(message.author.name) : t.term('status.author.team');
  }
}

/**
 * A file on a message: its name (bidi controls removed, so it cannot pose as another type) and
 * size. A backend that gives a download address (http(s) only) makes it a download link; nothing
 * is ever previewed inline.
 */
function file(t: LocalizeController, attachment: Attachment): TemplateResult {
  const name = neutralizeBidi(attachment.name);
  const url = httpUrl((attachment as Attachment & { url?: string }).url);
  const label = html`<bdi>${name}</bdi> <span class="muted">(${t.fileSize(attachment.size)})</span>`;
  return html`<li class="attachment">
    ${url ? html`<a href=${url.href} download=${name} target="_blank" rel="noopener noreferrer">${label}</a>` : label}
  </li>`;
}

function messageItem(t: LocalizeController, message: Message, now: number, unseen: boolean): TemplateResult {
  const role = message.author.role;
  const when = message.createdAt ? html`<time datetime=${message.createdAt}>${t.moment(message.createdAt, now)}</time>` : nothing;
  return html`<li class="message from-${role} ${unseen ? 'unseen' : ''}" part="message" data-id=${message.id}>
    <div class="message-head">
      <span class="author" dir="auto">${authorName(t, message)}</span>
      ${unseen ? html`<span class="new-mark">${t.term('status.newMessage')}</span>` : nothing}
      <span class="muted when">${when}</span>
    </div>
    <p class="message-body" dir="auto">${linkified(message.body)}</p>
    ${message.attachments?.length
      ? html`<ul class="attachments" aria-label=${t.term('status.attachments')}>
          ${message.attachments.map((a) => file(t, a))}
        </ul>`
      : nothing}
  </li>`;
}

export function renderTimeline(t: LocalizeController, ticket: Ticket, o: TimelineOptions): TemplateResult {
  const known = new Set(ticket.messages.map((m) => m.id));
  const messages = [...o.earlier.filter((m) => !known.has(m.id)), ...ticket.messages];
  return html`<section class="timeline" part="timeline" aria-labelledby="timeline-title">
    <h4 id="timeline-title">${t.term('status.conversation')}</h4>
    ${o.more
      ? html`<button type="button" class="link earlier" ?disabled=${o.loading} @click=${o.loadEarlier}>
          ${o.loading ? t.term('common.loading') : t.term('status.earlier')}
        </button>`
      : nothing}
    <ol class="messages">
      ${messages.map((m) => messageItem(t, m, o.now, o.unseen.has(m.id)))}
    </ol>
  </section>`;
}
