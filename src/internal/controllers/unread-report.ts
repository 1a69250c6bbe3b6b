import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { HelpkitClient, Ticket } from '../../sdk/index.js';
import { HkUnreadChangedEvent } from '../../events/index.js';
import { unreadOf } from '../status/unread.js';

interface ReportHost extends ReactiveControllerHost, EventTarget {}

/**
 * What the element tells the page about unread messages (hk-unread-changed, for a launcher's
 * badge): per ticket it knows, and in all; said again only when it changed. A ticket shown on a
 * visible page counts as read.
 */
export class UnreadReport implements ReactiveController {
  private counts = new Map<string, number>();
  private said?: string;

  constructor(
    private host: ReportHost,
    private client: () => HelpkitClient | undefined,
  ) {
    host.addController(this);
  }

  hostConnected(): void {}

  /**
   * `ticket` is on screen: returns the ids of its messages the customer had not seen (to mark them
   * "New"); on a visible page they are now read.
   */
  async shown(ticket: Ticket): Promise<string[]> {
    const client = this.client();
    if (!client) return [];
    const unread = unreadOf(client);
    const unseen = (await unread.unseen(ticket).catch(() => [])).map((m) => m.id);
    let count = unseen.length;
    if (document.visibilityState === 'visible') {
      await unread.markRead(ticket).catch(() => undefined);
      count = (await unread.unseen(ticket).catch(() => [])).length;
    }
    this.counts.set(ticket.id, count);
    this.tell();
    return unseen;
  }

  /** The customer's whole list: its counts replace what was known. */
  listed(items: { id: string; unread: number }[]): void {
    this.counts = new Map(items.map((item) => [item.id, item.unread]));
    this.tell();
  }

  /** A ticket that is gone or closed to the customer counts no more. */
  drop(id: string): void {
    this.counts.delete(id);
    this.tell();
  }

  private tell(): void {
    const tickets = Object.fromEntries([...this.counts].sort(([a], [b]) => (a < b ? -1 : 1)));
    const said = JSON.stringify(tickets);
    if (said === this.said) return;
    this.said = said;
    const total = [...this.counts.values()].reduce((a, b) => a + b, 0);
    this.host.dispatchEvent(new HkUnreadChangedEvent({ total, tickets }));
  }
}
