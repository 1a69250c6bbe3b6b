// One poller per ticket for all of a browser's tabs. Every watcher of one ticket, on one backend,
// for one customer joins a group: a Web Lock elects the member that polls, a BroadcastChannel
// carries its answers to the others. Only visible pages stand for election, so hidden tabs send
// nothing, and when the polling tab closes (the browser releases its lock) or hides (it steps
// down), a visible one takes over. Without Web Locks (Node, old browsers) each watcher polls alone.
import { isAbortError, isAuthError, isHelpkitError, reportError, reviveError, type ErrorReport, type HelpkitError } from '../errors.js';
import { backoffDelay } from '../backoff.js';
import type { Context } from '../context.js';
import type { Ticket } from '../types.js';
import { replaces, sameTicket } from '../storage/copies.js';

export interface WatchInfo {
  /**
   * Where this copy came from: this page's own poll (`network`), another tab's poll or any other
   * call that read the ticket (`tab`), or the last known copy on the device (`storage`).
   */
  source: 'network' | 'tab' | 'storage';
  /** When the server last confirmed this copy, on the client's clock (ms). */
  confirmedAt: number;
}

export interface WatchErrorInfo {
  /** When the server last confirmed the copy on screen (ms), if it ever did: the age to show. */
  confirmedAt?: number;
}

/** What a poll gives: a ticket, or `undefined` when the server said 304 (no change). */
export type Poll = (etag: string | undefined, signal: AbortSignal) => Promise<{ ticket?: Ticket; etag?: string }>;

export interface Watcher {
  id: string;
  interval: number;
  poll: Poll;
  /** Keeps a received copy on the device (only when newer than the stored one). */
  keep: (ticket: Ticket, etag: string | undefined, at: number) => Promise<unknown>;
  stored: () => Promise<{ ticket: Ticket; etag?: string; receivedAt: number } | undefined>;
  onChange: (ticket: Ticket, info: WatchInfo) => void;
  onError?: (error: HelpkitError, info: WatchErrorInfo) => void;
  signal?: AbortSignal;
}

type Note =
  | { type: 'ticket'; ticket: Ticket; etag?: string; at: number }
  | { type: 'confirmed'; etag?: string; at: number }
  | { type: 'error'; error: ErrorReport; fatal: boolean }
  | { type: 'hello' }
  | { type: 'refresh' };

/** A refresh asked for within this long of the last poll is not sent again (two tabs showing at once). */
const REFRESH_GAP = 1000;

/** The group of every watcher of ticket `id` for `owner` on `baseUrl`: the lock's and the channel's name. */
export const groupName = (baseUrl: string, owner: string, id: string) => `helpkit:watch:${JSON.stringify([baseUrl, owner, id])}`;

/** Members in this realm, by group: a copy read by any call reaches them at once. */
const members = new Map<string, Set<(note: Note) => void>>();

/** Tells every watcher of the group, in this tab and others, about a copy another call just read. */
export function announce(group: string, ticket: Ticket, etag: string | undefined, at: number): void {
  const note: Note = { type: 'ticket', ticket, etag, at };
  for (const deliver of members.get(group) ?? []) deliver(note);
  if (typeof BroadcastChannel === 'undefined') return;
  // Messages posted before close() are still delivered.
  const channel = new BroadcastChannel(group);
  channel.postMessage(note);
  channel.close();
}

const hasDocument = () => typeof document !== 'undefined';
const hidden = () => hasDocument() && document.visibilityState === 'hidden';
const locks = (): LockManager | undefined => (typeof navigator !== 'undefined' ? navigator.locks : undefined) ?? undefined;
/** False once a lock request failed for another reason than being withdrawn: watchers here then poll alone. */
let locksWork = true;

/** Joins the group of `w.id` and returns `stop`. */
export function watchShared(ctx: Context, w: Watcher): () => void {
  const clock = ctx.http.clock;
  const stopper = new AbortController();
  let latest: { ticket: Ticket; etag?: string; at: number } | undefined;
  let stopped = false;
  /** Refused credentials: nobody in the group polls again (they would be refused too). */
  let refused = false;
  let membership: { leave: () => void; post: (note: Note) => void; campaign: () => void; wake: () => void } | undefined;

  const accept = (ticket: Ticket, etag: string | undefined, at: number, source: WatchInfo['source']): boolean => {
    if (stopped || !replaces({ ticket, at }, latest)) return false;
    const changed = !latest || !sameTicket(latest.ticket, ticket);
    latest = { ticket, etag: etag ?? (changed ? undefined : latest!.etag), at: Math.max(at, latest?.at ?? 0) };
    if (changed) {
      try {
        w.onChange(ticket, { source, confirmedAt: at });
      } catch (error) {
        console.error(error);
      }
    }
    return changed;
  };

  const failed = (error: HelpkitError) => {
    try {
      w.onError?.(error, { confirmedAt: latest?.at });
    } catch (failure) {
      console.error(failure);
    }
  };

  /** One membership under the current owner's group name; left and joined again when the owner changes. */
  const join = () => {
    const group = groupName(ctx.http.baseUrl, ctx.owner(), w.id);
    const channel = typeof BroadcastChannel !== 'undefined' ? new BroadcastChannel(group) : undefined;
    const left = new AbortController();
    let leading = false;
    let lastPoll = -Infinity;
    let wake: (() => void) | undefined;
    let campaign: AbortController | undefined;

    const post = (note: Note) => channel?.postMessage(note);

    const hear = (note: Note) => {
      if (note.type === 'ticket') accept(note.ticket, note.etag, note.at, 'tab');
      else if (note.type === 'confirmed') {
        if (latest && note.etag === latest.etag) latest.at = Math.max(latest.at, note.at);
      } else if (note.type === 'error') {
        failed(reviveError(note.error));
        if (note.fatal) {
          refused = true;
          campaign?.abort();
        }
      } else if (note.type === 'hello') {
        if (leading && latest) post({ type: 'ticket', ticket: latest.ticket, etag: latest.etag, at: latest.at });
      } else if (note.type === 'refresh') {
        if (leading && clock.now() - lastPoll >= REFRESH_GAP) wake?.();
      }
    };
    if (channel) channel.onmessage = (e: MessageEvent<Note>) => hear(e.data);
    let local = members.get(group);
    if (!local) members.set(group, (local = new Set()));
    local.add(hear);

    /** Polls until told to step down (hidden, left, refused); the lock is held meanwhile. */
    const lead = async (stepDown: AbortSignal) => {
      leading = true;
      let failures = 0;
      try {
        while (!stepDown.aborted && !refused && !hidden()) {
          lastPoll = clock.now();
          try {
            const answer = await w.poll(latest?.etag, stopper.signal);
            failures = 0;
            const at = clock.now();
            if (!answer.ticket) {
              if (latest) latest.at = at;
              post({ type: 'confirmed', etag: latest?.etag, at });
            } else if (replaces({ ticket: answer.ticket, at }, latest)) {
              accept(answer.ticket, answer.etag, at, 'network');
              post({ type: 'ticket', ticket: answer.ticket, etag: answer.etag, at });
              void w.keep(answer.ticket, answer.etag, at).catch(() => undefined);
            }
          } catch (error) {
            if (isAbortError(error) || stopper.signal.aborted) return;
            failures++;
            if (isHelpkitError(error)) {
              // Refused credentials do not mend by waiting (an expired identity was already refreshed).
              const fatal = isAuthError(error);
              post({ type: 'error', error: reportError(error), fatal });
              failed(error);
              if (fatal) {
                refused = true;
                // Keep the lock until this watcher goes: no other tab polls before it heard why.
                await new Promise<void>((resolve) => stepDown.addEventListener('abort', () => resolve(), { once: true }));
                return;
              }
            }
          }
          const wait = failures ? backoffDelay(failures, { first: w.interval * 2, cap: 5 * 60_000 }) : w.interval;
          await new Promise<void>((resolve) => {
            wake = resolve;
            clock.sleep(wait, stepDown).then(resolve, resolve);
          });
          wake = undefined;
        }
      } finally {
        leading = false;
      }
    };

    /** Stands for election while visible; polls when elected, steps down when hidden. */
    const stand = () => {
      if (stopped || refused || left.signal.aborted || campaign || hidden()) return;
      const mine = (campaign = new AbortController());
      const signal = anyOf(mine.signal, left.signal, stopper.signal);
      const manager = locksWork ? locks() : undefined;
      const elected = manager ? manager.request(group, { signal }, () => lead(signal)) : lead(signal);
      elected.then(
        () => {
          if (campaign === mine) campaign = undefined;
        },
        (error: unknown) => {
          if (campaign === mine) campaign = undefined;
          if (mine.signal.aborted || isAbortError(error)) return;
          // A lock manager that refuses (a sandboxed frame, say): poll alone rather than never.
          locksWork = false;
          stand();
        },
      );
    };

    post({ type: 'hello' });
    stand();
    return {
      leave: () => {
        left.abort();
        local!.delete(hear);
        if (!local!.size) members.delete(group);
        channel?.close();
      },
      post,
      campaign: () => {
        if (hidden()) campaign?.abort();
        else stand();
      },
      wake: () => wake?.(),
    };
  };

  const onVisibility = () => {
    if (!membership) return;
    membership.campaign();
    // Whoever polls (maybe another tab) should look now: the customer is looking.
    if (!hidden()) {
      membership.post({ type: 'refresh' });
      membership.wake();
    }
  };
  const onOnline = () => membership?.wake();
  const offOwner = ctx.onOwnerChange(() => {
    membership?.leave();
    latest = undefined;
    refused = false;
    membership = join();
    void fromStorage();
  });

  // The last known copy first, so a page opened offline shows something; a newer answer wins.
  const fromStorage = async () => {
    const copy = await w.stored().catch(() => undefined);
    if (copy) accept(copy.ticket, copy.etag, copy.receivedAt, 'storage');
  };

  const stop = () => {
    if (stopped) return;
    stopped = true;
    stopper.abort();
    membership?.leave();
    offOwner();
    if (hasDocument()) document.removeEventListener('visibilitychange', onVisibility);
    if (typeof window !== 'undefined' && typeof window.removeEventListener === 'function') window.removeEventListener('online', onOnline);
  };

  if (w.signal?.aborted) return () => undefined;
  w.signal?.addEventListener('abort', stop, { once: true });
  if (hasDocument()) document.addEventListener('visibilitychange', onVisibility);
  if (typeof window !== 'undefined' && typeof window.addEventListener === 'function') window.addEventListener('online', onOnline);
  void fromStorage();
  membership = join();
  return stop;
}

/** Aborts when any of the signals does (AbortSignal.any where it exists). */
function anyOf(...signals: AbortSignal[]): AbortSignal {
  if (typeof AbortSignal.any === 'function') return AbortSignal.any(signals);
  const all = new AbortController();
  for (const signal of signals) {
    if (signal.aborted) all.abort(signal.reason);
    else signal.addEventListener('abort', () => all.abort(signal.reason), { once: true });
  }
  return all.signal;
}
