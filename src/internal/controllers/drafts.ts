import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { DraftRecord, HelpkitClient } from '../../sdk/index.js';
import { HkDraftRestoredEvent } from '../../events/index.js';
import { Timer, type Clock } from '../clock.js';

/** How long typing pauses before the draft is saved. */
export const SAVE_DELAY = 400;

interface DraftsHost extends ReactiveControllerHost, EventTarget {
  readonly clock: Clock;
}

export interface DraftsOptions<T> {
  /** The client whose storage holds the drafts (drafts belong to its current owner). */
  client: () => HelpkitClient | undefined;
  /** Where the draft is kept. */
  key: () => string;
  /** What to save now. */
  snapshot: () => T;
  /** Whether saving makes sense now (not while sending, or after). */
  canSave: () => boolean;
}

/** What the customer is told about their draft. */
export type DraftNotice = 'restored' | 'conflict';

/**
 * Keeps what a customer writes: saves a draft after a pause in typing and at once when the page is
 * hidden or the element leaves it, restores it on return, and asks instead of overwriting when
 * another tab saved the same draft meanwhile. Generic over the draft's data, so any form can use it.
 */
export class DraftsController<T> implements ReactiveController {
  /** Set when a draft was restored or another tab's version conflicts with ours. */
  notice?: DraftNotice;
  /** Another tab's newer version, while the customer has not chosen between it and theirs. */
  private conflicting?: DraftRecord<T>;
  /** The revision last seen (0: none), so a save can tell another tab wrote in between. */
  private revision?: number;
  private unsaved = false;
  private timer: Timer;

  constructor(
    private host: DraftsHost,
    private options: DraftsOptions<T>,
  ) {
    this.timer = new Timer(() => host.clock);
    host.addController(this);
  }

  hostConnected(): void {
    addEventListener('pagehide', this.saveOnHide);
    document.addEventListener('visibilitychange', this.saveOnHide);
  }

  hostDisconnected(): void {
    removeEventListener('pagehide', this.saveOnHide);
    document.removeEventListener('visibilitychange', this.saveOnHide);
    void this.saveNow();
  }

  /** Something changed: save once typing pauses. */
  scheduleSave(): void {
    this.unsaved = true;
    this.timer.start(SAVE_DELAY, () => void this.saveNow());
  }

  /** Saves what is unsaved now (no-op when nothing changed or saving makes no sense). */
  async saveNow(): Promise<void> {
    this.timer.cancel();
    const client = this.options.client();
    if (!this.unsaved || !client || !this.options.canSave()) return;
    this.unsaved = false;
    try {
      const result = await client.drafts.save(this.options.key(), this.options.snapshot(), { expectRev: this.revision });
      if (result.saved) this.revision = result.draft.rev;
      else {
        // Another tab saved a newer version: ask, never overwrite silently.
        this.conflicting = result.conflict as DraftRecord<T>;
        this.notice = 'conflict';
        this.host.requestUpdate();
      }
    } catch {
      // Storage trouble must never get in the way of typing; the values live on in the form.
    }
  }

  /** Marks what the form holds as not yet saved (a refused submission: the words are kept). */
  markUnsaved(): void {
    this.unsaved = true;
  }

  /** Stops any pending save and forgets what was seen (a new customer, a sent form). */
  reset(): void {
    this.timer.cancel();
    this.unsaved = false;
    this.revision = undefined;
    this.conflicting = undefined;
    this.setNotice(undefined);
  }

  /**
   * Loads the saved draft and returns it when `belongs(data)` says it is this customer's, telling
   * the page (`hk-draft-restored`) and the customer. The revision is remembered either way. A load
   * `signal` aborted meanwhile restores nothing.
   */
  async restore(belongs: (data: T) => boolean, signal?: AbortSignal): Promise<DraftRecord<T> | undefined> {
    const key = this.options.key();
    const draft = await this.options.client()?.drafts.load<T>(key).catch(() => undefined);
    // Overtaken (another customer's load started meanwhile): this draft is not theirs to see.
    if (signal?.aborted) return undefined;
    this.revision = draft?.rev ?? 0;
    if (!draft || !belongs(draft.data)) return undefined;
    this.setNotice('restored');
    this.host.dispatchEvent(new HkDraftRestoredEvent({ key, savedAt: draft.updatedAt }));
    return draft;
  }

  /** Deletes the saved draft ("Start over", sent, solved). */
  async discard(): Promise<void> {
    this.timer.cancel();
    this.unsaved = false;
    await this.options.client()?.drafts.discard(this.options.key()).catch(() => undefined);
    this.revision = undefined;
    this.setNotice(undefined);
  }

  /** Saves `data` over whatever is stored (words put back from the outbox). */
  async replace(data: T): Promise<void> {
    await this.options.client()?.drafts.save(this.options.key(), data, { force: true }).catch(() => undefined);
  }

  /** The conflict: take the other tab's version. Returns its data for the form to show. */
  useOtherVersion(): T | undefined {
    const other = this.conflicting;
    if (!other) return undefined;
    this.revision = other.rev;
    this.conflicting = undefined;
    this.setNotice(undefined);
    return other.data;
  }

  /** The conflict: keep this tab's version, overwriting the other. */
  async keepMine(): Promise<void> {
    this.conflicting = undefined;
    this.setNotice(undefined);
    const result = await this.options.client()?.drafts.save(this.options.key(), this.options.snapshot(), { force: true }).catch(() => undefined);
    if (result?.saved) this.revision = result.draft.rev;
  }

  private setNotice(notice: DraftNotice | undefined): void {
    this.notice = notice;
    this.host.requestUpdate();
  }

  private saveOnHide = (event: Event) => {
    if (event.type === 'pagehide' || document.visibilityState === 'hidden') void this.saveNow();
  };
}
