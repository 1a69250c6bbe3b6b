import type { Store } from './store.js';
import { realClock, type Clock } from '../backoff.js';
import { ownedKey, type DraftRecord } from './schema.js';
import { packBlobs, unpackBlobs } from './blobs.js';

export const DRAFT_TTL_MS = 30 * 24 * 60 * 60 * 1000;

export type SaveResult<T> =
  | { saved: true; draft: DraftRecord<T> }
  /** Another tab saved a newer version since `expectRev`; nothing was overwritten. */
  | { saved: false; conflict: DraftRecord<T> };

export interface SaveOptions {
  /** The rev this tab last loaded or saved. A newer rev written by another tab is reported, not overwritten. */
  expectRev?: number;
  /** Write even over another tab's newer draft (after the customer chose to). */
  force?: boolean;
  ttlMs?: number;
}

// Records are stored under `<owner>\0<key>`; callers see their own key.
const asKey = <T>(record: DraftRecord<T>, key: string): DraftRecord<T> => ({ ...record, key });

/** Drafts keyed per form, e.g. `ticket-form` or `reply:t_123`, and per owner (the current identity). */
export class Drafts {
  constructor(
    private store: Store,
    private tabId: string,
    private owner: () => string,
    private clock: Clock = realClock,
  ) {}

  async load<T = unknown>(key: string): Promise<DraftRecord<T> | undefined> {
    const owner = this.owner();
    const stored = ownedKey(owner, key);
    const draft = (await this.store.get('drafts', stored)) as DraftRecord<T> | undefined;
    if (!draft || draft.owner !== owner) return undefined;
    if (draft.expiresAt <= this.clock.now()) {
      await this.store.delete('drafts', stored);
      return undefined;
    }
    return asKey(draft, key);
  }

  /** `owner` defaults to the current one; the outbox names the submitter's when it hands a draft back. */
  async save<T>(key: string, data: T, options: SaveOptions = {}, owner = this.owner()): Promise<SaveResult<T>> {
    let conflict: DraftRecord<T> | undefined;
    const now = this.clock.now();
    const packed = await packBlobs(data);
    const stored = ownedKey(owner, key);
    const written = await this.store.update('drafts', stored, (current) => {
      const live = current && current.expiresAt > now ? current : undefined;
      if (
        live &&
        !options.force &&
        options.expectRev !== undefined &&
        live.rev > options.expectRev &&
        live.tabId !== this.tabId
      ) {
        conflict = asKey(unpackBlobs(live) as DraftRecord<T>, key);
        return undefined;
      }
      return {
        key: stored,
        owner,
        data: packed,
        rev: (live?.rev ?? 0) + 1,
        tabId: this.tabId,
        updatedAt: now,
        expiresAt: now + (options.ttlMs ?? DRAFT_TTL_MS),
      };
    });
    if (conflict) return { saved: false, conflict };
    return { saved: true, draft: { ...(written as DraftRecord<T>), key, data } };
  }

  discard(key: string): Promise<void> {
    return this.store.delete('drafts', ownedKey(this.owner(), key));
  }

  /** Removes expired drafts; run once when storage opens. */
  async purgeExpired(): Promise<number> {
    const now = this.clock.now();
    const expired = (await this.store.all('drafts')).filter((draft) => draft.expiresAt <= now);
    await Promise.all(expired.map((draft) => this.store.delete('drafts', draft.key)));
    return expired.length;
  }

  /** Deletes every draft of the current owner. */
  async forget(): Promise<void> {
    const owner = this.owner();
    const owned = (await this.store.all('drafts')).filter((draft) => draft.owner === owner);
    await Promise.all(owned.map((draft) => this.store.delete('drafts', draft.key)));
  }
}
