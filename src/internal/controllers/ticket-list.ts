import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { isAuthError, isHelpkitError, isNotFoundError, type HelpkitClient, type Ticket, type TrackedRecord } from '../../sdk/index.js';
import type { Message } from '../messages.js';
import { readTicket } from '../status/read-ticket.js';
import { isFinished } from '../status/ticket-words.js';
import { refreshMessage } from '../status/troubles.js';
import { unreadOf } from '../status/unread.js';

/** One row of the customer's list. */
export interface ListItem {
  id: string;
  number: string;
  subject: string;
  /** Unknown when the ticket could not be read just now (and no copy was kept). */
  status?: string;
  createdAt: number;
  /** Last activity, in ms. */
  updatedAt?: number;
  unread: number;
  /** The link kept on this device no longer opens it. */
  denied?: boolean;
  /** The copy the row was made from, to count unread messages again without asking. */
  ticket?: Ticket;
}

export type ListFilter = 'all' | 'open' | 'solved';

interface ListHost extends ReactiveControllerHost {
  readonly isConnected: boolean;
}

export interface TicketListOptions {
  /** The client in the element's language (its owner is the customer whose list it is). */
  client: () => HelpkitClient | undefined;
  /** Whether the list is on screen (it is not loaded while a ticket is shown). */
  active: () => boolean;
  /** The list changed: the element tells the page about unread messages. */
  changed: (items: ListItem[]) => void;
}

/** Tickets read at once, so a long list does not flood the backend. */
const AT_ONCE = 4;
const time = (iso: string | undefined) => {
  const ms = iso ? Date.parse(iso) : NaN;
  return Number.isNaN(ms) ? undefined : ms;
};

/** Runs `work` for every item, at most `limit` at a time. */
async function inTurns<T, R>(items: T[], limit: number, work: (item: T) => Promise<R>): Promise<R[]> {
  const results: R[] = new Array(items.length);
  let next = 0;
  const lane = async () => {
    while (next < items.length) {
      const i = next++;
      results[i] = await work(items[i]!);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, lane));
  return results;
}

/**
 * The customer's tickets: those remembered on this device (created here or opened from a link),
 * and, when the site identified the customer, those the backend lists for them. Newest first, each
 * with its status, last activity and unread messages. A ticket the backend no longer has leaves
 * the list; one whose link stopped working stays, marked, so the customer can ask for a new link.
 */
export class TicketList implements ReactiveController {
  items?: ListItem[];
  /** Nothing could be loaded: why. */
  problem?: Message;
  /** Some tickets could not be read just now (they show what is known). */
  partial = false;
  filter: ListFilter = 'all';
  private loadedFor?: [HelpkitClient, string];
  private run = 0;
  private unsubscribe?: () => void;

  constructor(
    private host: ListHost,
    private options: TicketListOptions,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    addEventListener('online', this.reload);
    document.addEventListener('visibilitychange', this.onVisible);
  }

  hostDisconnected(): void {
    removeEventListener('online', this.reload);
    document.removeEventListener('visibilitychange', this.onVisible);
    this.unsubscribe?.();
    this.unsubscribe = undefined;
    this.loadedFor = undefined;
  }

  /** Loads when the list comes on screen, for a new client or another customer. */
  hostUpdate(): void {
    const client = this.options.client();
    if (!client || !this.options.active()) return;
    if (this.loadedFor?.[0] === client && this.loadedFor[1] === client.owner) return;
    this.loadedFor = [client, client.owner];
    this.items = undefined;
    this.unsubscribe?.();
    // Read in another tab, or marked here: the counts follow.
    this.unsubscribe = unreadOf(client).onChange(() => void this.recount());
    void this.load();
  }

  setFilter(filter: ListFilter): void {
    this.filter = filter;
    this.host.requestUpdate();
  }

  /** The rows the filter lets through. */
  get shown(): ListItem[] {
    const items = this.items ?? [];
    if (this.filter === 'all') return items;
    return items.filter((item) => item.status !== undefined && isFinished(item.status) === (this.filter === 'solved'));
  }

  reload = (): void => {
    if (this.loadedFor && this.options.active()) void this.load();
  };

  private onVisible = () => {
    if (document.visibilityState === 'visible') this.reload();
  };

  private async load(): Promise<void> {
    const client = this.options.client();
    if (!client) return;
    const run = ++this.run;
    const current = () => run === this.run && this.loadedFor?.[0] === client;
    const tracked = await client.tracked.list('ticket').catch(() => [] as TrackedRecord[]);
    let listed: Ticket[] = [];
    let listFailed: unknown;
    if (client.owner !== 'anonymous') {
      listed = await client.tickets.list().catch((error: unknown) => ((listFailed = error), []));
    }
    const byId = new Map(listed.map((t) => [t.id, t]));
    const rows = await inTurns(
      tracked.filter((r) => !byId.has(r.id)),
      AT_ONCE,
      (record) => this.read(client, record),
    );
    if (!current()) return;
    const items: ListItem[] = [];
    for (const ticket of listed) items.push(await this.item(client, readTicket(ticket)));
    for (const row of rows) if (row) items.push(row);
    items.sort((a, b) => b.createdAt - a.createdAt);
    if (!current()) return;
    this.partial = rows.some((r) => r && r.status === undefined && !r.denied) || (listFailed !== undefined && items.length > 0);
    this.problem = listFailed !== undefined && !items.length ? refreshMessage(listFailed) : undefined;
    this.items = items;
    this.host.requestUpdate();
    this.options.changed(items);
  }

  /** A remembered ticket as a row: read from the backend, or what is known of it. */
  private async read(client: HelpkitClient, record: TrackedRecord): Promise<ListItem | undefined> {
    const known: ListItem = { id: record.id, number: record.number ?? '', subject: record.label ?? '', createdAt: record.createdAt, unread: 0 };
    try {
      return await this.item(client, readTicket(await client.tickets.get(record.id)), record.createdAt);
    } catch (error) {
      if (isNotFoundError(error)) {
        await client.tracked.forget('ticket', record.id).catch(() => undefined);
        return undefined;
      }
      if (isAuthError(error) || (isHelpkitError(error) && error.status === 403)) return { ...known, denied: true };
      // Unreachable just now: the copy this device kept.
      const copy = await client.tickets.lastKnown(record.id).catch(() => undefined);
      return copy ? this.item(client, readTicket(copy.ticket), record.createdAt) : known;
    }
  }

  private async item(client: HelpkitClient, ticket: Ticket, rememberedAt?: number): Promise<ListItem> {
    const unseen = await unreadOf(client).unseen(ticket).catch(() => []);
    return {
      id: ticket.id,
      number: ticket.number,
      subject: ticket.subject,
      status: ticket.status,
      createdAt: time(ticket.createdAt) ?? rememberedAt ?? 0,
      updatedAt: time(ticket.updatedAt),
      unread: unseen.length,
      ticket,
    };
  }

  /** Counts unread messages again without asking the backend (read here, or in another tab). */
  private async recount(): Promise<void> {
    const client = this.options.client();
    const items = this.items;
    if (!client || !items) return;
    const unread = unreadOf(client);
    const counts = await Promise.all(items.map((item) => (item.ticket ? unread.unseen(item.ticket).then((m) => m.length, () => item.unread) : item.unread)));
    if (this.items !== items || counts.every((n, i) => n === items[i]!.unread)) return;
    this.items = items.map((item, i) => ({ ...item, unread: counts[i]! }));
    this.host.requestUpdate();
    this.options.changed(this.items);
  }
}
