import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { DraftRecord, HelpkitClient } from '../../sdk/index.js';
import { HkDraftRestoredEvent } from '../../events/index.js';
import { Timer, type Clock } from '../clock.js';
import { fingerprint, mirrorSlot, readMirror, removeMirror, textPart, writeMirror, type DraftMirror, type MirrorBase } from '../draft-mirror.js';

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
 *
 * Saving to IndexedDB is asynchronous and may not finish before the page unloads, so every change
 * is also written at once to a mirror in the tab's sessionStorage (words only, see
 * `draft-mirror.ts`); the next load of the tab puts the mirror's words back and saves them.
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
  /** The stored draft last loaded or saved by this tab: what a mirror's words are typed over. */
  private base?: MirrorBase;
  /** The mirror this controller wrote or put back (its slot), so that starting over deletes it. */
  private mirrored?: string;
  /** Counts mirror writes of new input, so a finished save can tell whether words came after it. */
  private writes = 0;
  /** The words a save is writing now, while it runs. */
  private inflight?: { writes: number; fingerprint: string };
  /** False when storage lives in memory: then the mirror is what survives a reload, and stays. */
  private persistent = true;
  private watched?: HelpkitClient;
  private unwatch?: () => void;

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
    if (this.watched) this.watch(this.watched, true);
  }

  hostDisconnected(): void {
    removeEventListener('pagehide', this.saveOnHide);
    document.removeEventListener('visibilitychange', this.saveOnHide);
    this.unwatch?.();
    this.unwatch = undefined;
    void this.saveNow();
  }

  /** Something changed: keep it in the mirror now, save it once typing pauses. */
  scheduleSave(): void {
    this.unsaved = true;
    this.mirror();
    this.timer.start(SAVE_DELAY, () => void this.saveNow());
  }

  /** Saves what is unsaved now (no-op when nothing changed or saving makes no sense). */
  async saveNow(): Promise<void> {
    this.timer.cancel();
    const client = this.options.client();
    if (!this.unsaved || !client || !this.options.canSave()) return;
    this.unsaved = false;
    const snapshot = this.options.snapshot();
    const slot = this.slot();
    const words = textPart(snapshot);
    // The mirror says which words are on their way, so that the next load knows them if this
    // save finishes as the page unloads.
    const inflight = words === undefined ? undefined : { writes: this.writes, fingerprint: fingerprint(words) };
    this.inflight = inflight;
    this.mirror(false);
    try {
      const result = await client.drafts.save(this.options.key(), snapshot, { expectRev: this.revision });
      if (result.saved) {
        this.revision = result.draft.rev;
        this.base = { rev: result.draft.rev, updatedAt: result.draft.updatedAt };
        if (this.inflight === inflight) this.inflight = undefined;
        this.saved(slot, inflight);
      } else {
        // Another tab saved a newer version: ask, never overwrite silently.
        this.conflicting = result.conflict as DraftRecord<T>;
        this.notice = 'conflict';
        this.host.requestUpdate();
      }
    } catch {
      // Storage trouble must never get in the way of typing; the values live on in the form and the mirror.
    } finally {
      if (this.inflight === inflight) this.inflight = undefined;
    }
  }

  /** Marks what the form holds as not yet saved (a refused submission: the words are kept). */
  markUnsaved(): void {
    this.unsaved = true;
    this.mirror();
  }

  /** Stops any pending save and forgets what was seen (a new customer, a sent form). */
  reset(): void {
    this.timer.cancel();
    // The same customer's same form starting over (after sending, solving or forgetting): the
    // words it mirrored go. Another customer's load keeps the previous customer's mirror, as it
    // keeps their stored draft.
    if (this.mirrored && this.mirrored === this.slot()) removeMirror(this.mirrored);
    this.mirrored = undefined;
    this.inflight = undefined;
    this.base = undefined;
    this.unsaved = false;
    this.revision = undefined;
    this.conflicting = undefined;
    this.setNotice(undefined);
  }

  /**
   * Loads the saved draft and returns it when `belongs(data)` says it is this customer's, telling
   * the page (`hk-draft-restored`) and the customer. The revision is remembered either way. A load
   * `signal` aborted meanwhile restores nothing. Words the tab mirrored after its last save come
   * back over the stored draft; when another tab saved the draft since, the customer is asked.
   */
  async restore(belongs: (data: T) => boolean, signal?: AbortSignal): Promise<DraftRecord<T> | undefined> {
    const key = this.options.key();
    const client = this.options.client();
    const slot = this.slot();
    if (client) this.watch(client);
    const [draft, persistent] = await Promise.all([
      client?.drafts.load<T>(key).catch(() => undefined),
      client?.persistent().catch(() => false),
    ]);
    // Overtaken (another customer's load started meanwhile): this draft is not theirs to see.
    if (signal?.aborted) return undefined;
    this.persistent = persistent ?? false;
    this.revision = draft?.rev ?? 0;
    this.base = draft && { rev: draft.rev, updatedAt: draft.updatedAt };
    const mirrored = slot ? this.fromMirror(slot, draft, belongs) : undefined;
    if (mirrored) {
      this.host.dispatchEvent(new HkDraftRestoredEvent({ key, savedAt: mirrored.updatedAt }));
      return mirrored;
    }
    if (!draft || !belongs(draft.data)) return undefined;
    this.setNotice('restored');
    this.host.dispatchEvent(new HkDraftRestoredEvent({ key, savedAt: draft.updatedAt }));
    return draft;
  }

  /** Deletes the saved draft ("Start over", sent, solved). */
  async discard(): Promise<void> {
    this.timer.cancel();
    this.unsaved = false;
    // At once: a reload right after sending must not bring the words back.
    removeMirror(this.slot());
    if (this.mirrored !== this.slot()) removeMirror(this.mirrored);
    this.mirrored = undefined;
    this.inflight = undefined;
    this.base = undefined;
    await this.options.client()?.drafts.discard(this.options.key()).catch(() => undefined);
    this.revision = undefined;
    this.base = undefined;
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
    this.base = { rev: other.rev, updatedAt: other.updatedAt };
    this.conflicting = undefined;
    // The form now shows what is stored: this tab's words are set aside, their mirror with them.
    this.unsaved = false;
    this.timer.cancel();
    if (this.persistent) removeMirror(this.slot());
    else this.mirrorData(other.data);
    this.setNotice(undefined);
    return other.data;
  }

  /** The conflict: keep this tab's version, overwriting the other. */
  async keepMine(): Promise<void> {
    this.conflicting = undefined;
    this.setNotice(undefined);
    const slot = this.slot();
    const writes = this.writes;
    const result = await this.options.client()?.drafts.save(this.options.key(), this.options.snapshot(), { force: true }).catch(() => undefined);
    if (result?.saved) {
      this.revision = result.draft.rev;
      this.base = { rev: result.draft.rev, updatedAt: result.draft.updatedAt };
      this.saved(slot, { writes });
    }
  }

  private setNotice(notice: DraftNotice | undefined): void {
    this.notice = notice;
    this.host.requestUpdate();
  }

  private saveOnHide = (event: Event) => {
    if (event.type === 'pagehide' || document.visibilityState === 'hidden') void this.saveNow();
  };

  // ---- the mirror ---------------------------------------------------------------------------------

  /** This customer's mirror of this draft on this backend. */
  private slot(): string | undefined {
    const client = this.options.client();
    return client && mirrorSlot(client.baseUrl, client.owner, this.options.key());
  }

  /** Writes what the form holds to the mirror, synchronously. `input`: new words (not a rewrite). */
  private mirror(input = true): void {
    if (!this.options.canSave()) return;
    this.mirrorData(this.options.snapshot(), input);
  }

  private mirrorData(data: T, input = true): void {
    const slot = this.slot();
    const words = textPart(data);
    if (!slot || words === undefined) return;
    if (input) this.writes++;
    const mirror: DraftMirror<T> = { v: 1, data: words, savedAt: Date.now() };
    // With storage in memory there is no stored draft on the next load to build on.
    if (this.persistent && this.base) mirror.base = this.base;
    if (this.inflight) mirror.inflight = this.inflight.fingerprint;
    if (writeMirror(slot, mirror)) this.mirrored = slot;
  }

  /** A save finished: with nothing typed since, the mirror has done its work; else it builds on the save. */
  private saved(slot: string | undefined, save: { writes: number } | undefined): void {
    if (!slot || slot !== this.slot() || !readMirror(slot)) return;
    if (this.persistent && save && save.writes === this.writes) removeMirror(slot);
    else this.mirror(false);
  }

  /**
   * Puts back words this tab mirrored and did not get to save. Over the stored draft they were
   * typed over (or the one their last save wrote), they are the newest; over another tab's save
   * they are shown and the customer is asked which version to keep. A mirror of a draft that has
   * been sent, discarded or forgotten since is deleted.
   */
  private fromMirror(slot: string, draft: DraftRecord<T> | undefined, belongs: (data: T) => boolean): DraftRecord<T> | undefined {
    const mirror = readMirror<T>(slot);
    if (!mirror) return undefined;
    const stored = draft && textPart(draft.data);
    if (!draft && mirror.base && this.persistent) return void removeMirror(slot);
    if (draft && JSON.stringify(stored) === JSON.stringify(mirror.data)) return void removeMirror(slot);
    const ours =
      !draft ||
      (mirror.base?.rev === draft.rev && mirror.base.updatedAt === draft.updatedAt) ||
      (mirror.inflight !== undefined && mirror.inflight === fingerprint(stored));
    // Files are not mirrored: they come from the stored draft when it is ours, else the form has none.
    const data = { ...this.options.snapshot(), ...(ours ? draft?.data : undefined), ...mirror.data } as T;
    if (!belongs(data)) return undefined;
    this.mirrored = slot;
    this.unsaved = true;
    if (ours) {
      this.setNotice('restored');
    } else {
      // Another tab saved since these words were typed: ask, as a save would.
      this.revision = Math.min(mirror.base?.rev ?? 0, draft.rev - 1);
      this.base = mirror.base;
      this.conflicting = draft;
      this.setNotice('conflict');
    }
    // Into IndexedDB once the form shows them and can save (the mirror keeps them until then).
    let tries = 25;
    const reconcile = () => {
      if (this.options.canSave() || !--tries) void this.saveNow();
      else this.timer.start(SAVE_DELAY, reconcile);
    };
    this.timer.start(SAVE_DELAY, reconcile);
    return { key: this.options.key(), owner: draft?.owner ?? '', data, rev: draft?.rev ?? 0, tabId: '', updatedAt: mirror.savedAt, expiresAt: draft?.expiresAt ?? 0 };
  }

  /**
   * Watches this customer's stored drafts: when the one a mirror was typed over is deleted (sent
   * or discarded in another tab, or `client.forget()`), the mirror goes too — this form's, and the
   * tab's mirror of any other form of theirs on this backend.
   */
  private watch(client: HelpkitClient, again = false): void {
    if (client === this.watched && this.unwatch && !again) return;
    this.unwatch?.();
    this.watched = client;
    this.unwatch = client.onStorageChange((change) => {
      if (change.store === 'drafts') void this.checkDeleted(client, change.key);
    });
  }

  private async checkDeleted(client: HelpkitClient, key: string): Promise<void> {
    const slot = mirrorSlot(client.baseUrl, client.owner, key);
    if (!readMirror(slot)?.base) return;
    const draft = await client.drafts.load(key).catch(() => null);
    if (draft !== undefined || slot !== mirrorSlot(client.baseUrl, client.owner, key)) return;
    if (slot === this.slot()) this.base = undefined;
    if (readMirror(slot)?.base) removeMirror(slot);
  }
}
