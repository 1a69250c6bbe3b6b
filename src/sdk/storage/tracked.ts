import type { Store } from './store.js';
import { realClock, type Clock } from '../backoff.js';
import { copyKey, ownedKey, type TrackedRecord, type TrackedType } from './schema.js';

/** How long a remembered access token is used when the server does not say (the protocol's default). */
export const TOKEN_TTL_MS = 90 * 24 * 60 * 60 * 1000;

export interface RememberExtra extends Pick<TrackedRecord, 'label' | 'number'> {
  /** The server's `accessTokenExpiresAt` (ISO date-time); without it, 90 days from now. */
  expiresAt?: string;
}

/**
 * The tickets and callbacks this browser knows, with their access tokens, per owner (the current
 * identity). With `enabled` false (Node's default) nothing is remembered and no token is offered.
 */
export class Tracked {
  constructor(
    private store: Store,
    private owner: () => string,
    private enabled = true,
    private clock: Clock = realClock,
  ) {}

  private key(type: TrackedType, id: string, owner = this.owner()) {
    return ownedKey(owner, `${type}:${id}`);
  }

  async remember(type: TrackedType, id: string, token: string, extra: RememberExtra = {}): Promise<void> {
    if (!this.enabled) return;
    const owner = this.owner();
    // A token handed to us cannot be expired already: such a date means the server's clock and
    // ours disagree, and the default lifetime is the better guess.
    const given = extra.expiresAt ? Date.parse(extra.expiresAt) : NaN;
    const expiresAt = given > this.clock.now() ? given : this.clock.now() + TOKEN_TTL_MS;
    await this.store.update('items', this.key(type, id, owner), (current) => ({
      key: this.key(type, id, owner),
      owner,
      type,
      id,
      token,
      label: extra.label ?? current?.label,
      number: extra.number ?? current?.number,
      createdAt: current?.createdAt ?? this.clock.now(),
      expiresAt,
    }));
  }

  /** The current owner's record, unless its token has expired (then it is deleted). */
  async get(type: TrackedType, id: string): Promise<TrackedRecord | undefined> {
    if (!this.enabled) return undefined;
    const item = await this.store.get('items', this.key(type, id));
    if (!item || item.owner !== this.owner()) return undefined;
    if (!(item.expiresAt > this.clock.now())) {
      await this.drop(item);
      return undefined;
    }
    return item;
  }

  async token(type: TrackedType, id: string): Promise<string | undefined> {
    return (await this.get(type, id))?.token;
  }

  /** Newest first; expired ones are deleted on the way. */
  async list(type?: TrackedType): Promise<TrackedRecord[]> {
    if (!this.enabled) return [];
    const owner = this.owner();
    await this.purgeExpired();
    const all = await this.store.all('items');
    return all.filter((item) => item.owner === owner && (!type || item.type === type)).sort((a, b) => b.createdAt - a.createdAt);
  }

  /** Forgets the item and its token; a ticket's last known copy goes with it. */
  async forget(type: TrackedType, id: string): Promise<void> {
    await Promise.all([this.store.delete('items', this.key(type, id)), type === 'ticket' && this.store.delete('cache', copyKey(this.owner(), id))]);
  }

  /** Deletes every ticket and callback (and token) of the current owner. */
  async forgetAll(): Promise<void> {
    const owner = this.owner();
    const owned = (await this.store.all('items')).filter((item) => item.owner === owner);
    await Promise.all(owned.map((item) => this.store.delete('items', item.key)));
  }

  /** Deletes every owner's expired tokens; run when storage opens. */
  async purgeExpired(): Promise<void> {
    const now = this.clock.now();
    const expired = (await this.store.all('items')).filter((item) => !(item.expiresAt > now));
    await Promise.all(expired.map((item) => this.drop(item)));
  }

  /** Deletes an item, and the last known copy of a ticket that can no longer be opened. */
  private async drop(item: TrackedRecord): Promise<void> {
    await Promise.all([this.store.delete('items', item.key), item.type === 'ticket' && this.store.delete('cache', copyKey(item.owner, item.id))]);
  }
}
