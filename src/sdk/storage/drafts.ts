import type { Store } from './store.js';
import type { DraftRecord } from './schema.js';
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

/** Drafts keyed per form, e.g. `ticket-form` or `reply:t_123`. */
export class Drafts {
  constructor(private store: Store, private tabId: string, private now: () => number = Date.now) {}

  async load<T = unknown>(key: string): Promise<DraftRecord<T> | undefined> {
    const draft = (await this.store.get('drafts', key)) as DraftRecord<T> | undefined;
    if (draft && draft.expiresAt <= this.now()) {
      await this.store.delete('drafts', key);
      return undefined;
    }
    return draft;
  }

  async save<T>(key: string, data: T, options: SaveOptions = {}): Promise<SaveResult<T>> {
    let conflict: DraftRecord<T> | undefined;
    const now = this.now();
    const packed = await packBlobs(data);
    const written = await this.store.update('drafts', key, (current) => {
      const live = current && current.expiresAt > now ? current : undefined;
      if (
        live &&
        !options.force &&
        options.expectRev !== undefined &&
        live.rev > options.expectRev &&
        live.tabId !== this.tabId
      ) {
        conflict = unpackBlobs(live) as DraftRecord<T>;
        return undefined;
      }
      return {
        key,
        data: packed,
        rev: (live?.rev ?? 0) + 1,
        tabId: this.tabId,
        updatedAt: now,
        expiresAt: now + (options.ttlMs ?? DRAFT_TTL_MS),
      };
    });
    if (conflict) return { saved: false, conflict };
    return { saved: true, draft: { ...(written as DraftRecord<T>), data } };
  }

  discard(key: string): Promise<void> {
    return this.store.delete('drafts', key);
  }

  /** Removes expired drafts; run once when storage opens. */
  async purgeExpired(): Promise<number> {
    const now = this.now();
    const expired = (await this.store.all('drafts')).filter((d) => d.expiresAt <= now);
    await Promise.all(expired.map((d) => this.store.delete('drafts', d.key)));
    return expired.length;
  }
}
