import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { isAuthError, isHelpkitError, isNotFoundError, type HelpkitClient, type Ticket, type WatchInfo } from '../../sdk/index.js';
import { backoffDelay } from '../../sdk/backoff.js';
import { Timer, type Clock } from '../clock.js';
import type { Message } from '../messages.js';
import { refreshMessage } from '../status/troubles.js';
import { isNewer, readTicket } from '../status/read-ticket.js';

/**
 * Why the ticket is not (or no longer) up to date: `denied` (401/403: the link expired or was
 * replaced), `gone` (404: the ticket no longer exists), `failing` (the server or the network let
 * us down; what we last knew stays on screen and we keep trying).
 */
export type WatchTrouble = 'denied' | 'gone' | 'failing';

export interface WatchProblem {
  trouble: WatchTrouble;
  message: Message;
}

interface WatchHost extends ReactiveControllerHost {
  readonly clock: Clock;
}

export interface TicketWatchOptions {
  /** The client in the element's language. */
  client: () => HelpkitClient | undefined;
  id: () => string | undefined;
  /** A token the page gave; without it the SDK uses the one it remembers. */
  token: () => string | undefined;
  /** A newer copy arrived (the first one included: `previous` is then undefined). */
  changed: (ticket: Ticket, previous: Ticket | undefined) => void;
  /** The server said the ticket is gone or closed to us. */
  lost?: (trouble: 'denied' | 'gone') => void;
}

/** Milliseconds between polls while the page is visible (hidden pages do not poll). */
export const POLL_INTERVAL = 15_000;
const RETRY = { first: 2 * POLL_INTERVAL, cap: 5 * 60_000 };

/**
 * Follows one ticket with `tickets.watch` (If-None-Match, paused while the page is hidden) and
 * keeps what the customer should see: the newest copy, when the server last confirmed it, and what
 * went wrong. A failure never blanks what was shown; it is retried with backoff, at once when the
 * device comes back online, and when the customer asks. An answer older than what is shown (a
 * slow poll overtaken by a reply's refresh) is ignored, so a "solved" is never undone by it.
 */
export class TicketWatch implements ReactiveController {
  ticket?: Ticket;
  /** When the server last confirmed `ticket` (element clock, ms). */
  confirmedAt?: number;
  problem?: WatchProblem;
  private stopWatch?: () => void;
  private following?: [HelpkitClient | undefined, string | undefined, string | undefined];
  private failures = 0;
  private retryTimer: Timer;
  private connected = false;

  constructor(
    private host: WatchHost,
    private options: TicketWatchOptions,
  ) {
    this.retryTimer = new Timer(() => host.clock);
    host.addController(this);
  }

  hostConnected(): void {
    this.connected = true;
    addEventListener('online', this.onOnline);
    this.following = undefined; // start again in hostUpdate
    this.host.requestUpdate();
  }

  hostDisconnected(): void {
    this.connected = false;
    removeEventListener('online', this.onOnline);
    this.stop();
  }

  /** Follows another ticket (or client, or token) as soon as the host's inputs change. */
  hostUpdate(): void {
    const args: [HelpkitClient | undefined, string | undefined, string | undefined] = [this.options.client(), this.options.id(), this.options.token()];
    const before = this.following;
    if (before && before[0] === args[0] && before[1] === args[1] && before[2] === args[2]) return;
    this.following = args;
    if (before?.[1] !== args[1]) {
      this.ticket = undefined;
      this.confirmedAt = undefined;
    }
    this.problem = undefined;
    this.failures = 0;
    this.start();
  }

  /** Asks the server again now ("Try again", back online, after sending something). */
  refresh = (): void => {
    if (this.problem?.trouble === 'gone' || this.problem?.trouble === 'denied') return;
    void this.ask();
  };

  /** Back online: the watch looks again by itself, but only a read of ours ends a problem. */
  private onOnline = (): void => {
    if (this.problem?.trouble === 'failing') void this.ask();
  };

  /** Asks again even after a refusal (the customer opened a new link, say). */
  reload(): void {
    this.problem = undefined;
    this.failures = 0;
    void this.ask();
  }

  /**
   * One read of the ticket, then following it again. A watch tells only of changes, so after a
   * failure its next answer may say nothing; a read of our own says the trouble is over.
   */
  private async ask(): Promise<void> {
    this.stop();
    const following = this.following;
    const [client, id, token] = following ?? [];
    if (!this.connected || !client || !id) return;
    try {
      const ticket = await client.tickets.get(id, token ? { token } : {});
      if (this.following !== following) return;
      this.received(ticket, { source: 'network' });
      this.start();
    } catch (error) {
      if (this.following === following) this.failed(error);
    }
  }

  /** A copy the element got by itself (an action's answer), shown as if polled. */
  accept(raw: Ticket): void {
    this.received(raw);
  }

  private start(): void {
    this.stop();
    const [client, id, token] = this.following ?? [];
    if (!this.connected || !client || !id) return;
    this.stopWatch = client.tickets.watch(id, (ticket, info) => this.received(ticket, info), {
      interval: POLL_INTERVAL,
      ...(token && { token }),
      onError: (error) => this.failed(error),
    });
  }

  private stop(): void {
    this.retryTimer.cancel();
    this.stopWatch?.();
    this.stopWatch = undefined;
  }

  private received(raw: Ticket, info?: Partial<WatchInfo>): void {
    if (raw.id !== this.following?.[1]) return;
    const previous = this.ticket;
    // The copy kept on this device is shown while the server is asked; only the server's answer
    // ends a problem.
    const fromServer = info?.source !== 'storage';
    const hadProblem = this.problem !== undefined;
    if (fromServer) {
      this.failures = 0;
      this.problem = undefined;
    }
    if (fromServer || this.confirmedAt === undefined) this.confirmedAt = info?.confirmedAt ?? this.host.clock.now();
    if (!isNewer(raw, previous)) {
      if (hadProblem) this.host.requestUpdate();
      return;
    }
    this.ticket = readTicket(raw, previous);
    this.host.requestUpdate();
    this.options.changed(this.ticket, previous);
  }

  private failed(error: unknown): void {
    // The watch keeps trying by itself, but its next answer may be a 304 that never tells us the
    // trouble is over: we stop it and start afresh (a full answer) on our own schedule.
    this.stop();
    if (isAuthError(error) || (isHelpkitError(error) && error.status === 403)) {
      this.problem = { trouble: 'denied', message: { key: 'status.denied' } };
      this.options.lost?.('denied');
    } else if (isNotFoundError(error)) {
      this.problem = { trouble: 'gone', message: { key: 'status.gone' } };
      this.ticket = undefined;
      this.options.lost?.('gone');
    } else {
      this.failures++;
      this.problem = { trouble: 'failing', message: refreshMessage(error) };
      const wait = Math.max(backoffDelay(this.failures, RETRY), (isHelpkitError(error) ? error.retryAfter : 0) * 1000);
      this.retryTimer.start(wait, () => void this.ask());
    }
    this.host.requestUpdate();
  }
}
