import type { DBSchema } from 'idb';

/** A saved form: whatever the form keeps (structured-cloneable, Blobs and Files included). */
export interface DraftRecord<T = unknown> {
  /** The form's key (e.g. `ticket-form`); stored under `<owner>\u0000<key>`. */
  key: string;
  /** Whose draft it is (see ownerScope): never loaded under another identity. */
  owner: string;
  data: T;
  /** Bumped on every save; a save that names an older rev from another tab is a conflict. */
  rev: number;
  tabId: string;
  updatedAt: number;
  expiresAt: number;
}

export type OutboxKind = 'ticket' | 'reply' | 'callback';

export interface OutboxFile {
  blob: Blob;
  name: string;
  idempotencyKey: string;
  /** Set once uploaded, so a retried flush does not upload it again. */
  attachmentId?: string;
}

/** A submission waiting to reach the server, with the key it will always be sent with. */
export interface OutboxRecord {
  key: string;
  /** Who submitted it (see ownerScope): sent only while that customer is the client's identity. */
  owner: string;
  kind: OutboxKind;
  /** The request body; for replies, `ticketId` names the ticket. */
  body: Record<string, unknown>;
  ticketId?: string;
  idempotencyKey: string;
  files: OutboxFile[];
  /** Where the form's draft lives, and its data, to hand back if the server refuses the submission. */
  draftKey?: string;
  draft?: unknown;
  createdAt: number;
  attempts: number;
  lastError?: { kind: string; status: number; message: string };
  /** Not sent before this time (ms): the server's Retry-After. */
  notBefore?: number;
  /** Failures in a row of the same kind; too many moves the entry to `attention`. */
  failures?: number;
  /**
   * Set when sending failed in a way retrying cannot fix and the server may have acted (an answer
   * of the wrong shape, a local mistake, the same failure again and again). Flush skips it; the
   * customer decides: send again (`outbox.retry`) or discard (`outbox.discard`).
   */
  attention?: { kind: string; status: number; message: string; at: number };
}

export type TrackedType = 'ticket' | 'callback';

/** A ticket or callback this browser created or was given a link to, with its access token. */
export interface TrackedRecord {
  /** Stored under `<owner>\u0000<type>:<id>`. */
  key: string;
  /** Whose ticket it is (see ownerScope). */
  owner: string;
  type: TrackedType;
  id: string;
  token: string;
  /** Shown in lists without a request: ticket number and subject, or the callback time. */
  label?: string;
  number?: string;
  createdAt: number;
  /** When the token stops being used (the server's `accessTokenExpiresAt`, else 90 days). */
  expiresAt: number;
}

/** A response kept with its ETag (site config, article index). */
export interface CacheRecord<T = unknown> {
  key: string;
  etag?: string;
  data: T;
  storedAt: number;
}

export interface HelpkitDB extends DBSchema {
  drafts: { key: string; value: DraftRecord };
  outbox: { key: string; value: OutboxRecord; indexes: { byCreated: number } };
  items: { key: string; value: TrackedRecord; indexes: { byCreated: number } };
  cache: { key: string; value: CacheRecord };
}

export type StoreName = 'drafts' | 'outbox' | 'items' | 'cache';
export type ValueOf<S extends StoreName> = HelpkitDB[S]['value'];

/**
 * 2: records belong to an owner (keys start with it). Drafts and remembered tickets of version 1
 * are dropped on upgrade, since nobody can tell whose they were (a draft could hold another
 * customer's words, a ticket another customer's token); unsent outbox entries are kept as the
 * anonymous owner's, so no submission is lost.
 */
export const DB_VERSION = 2;

/** Where a per-owner record lives. */
export const ownedKey = (owner: string, key: string) => `${owner}\u0000${key}`;

/**
 * Where the last known copy of a ticket lives: in the `cache` store (a record per customer and
 * ticket, so no database upgrade was needed), under a key no cached response can have.
 */
export const copyKey = (owner: string, id: string) => ownedKey(owner, `ticket:${id}`);

/** One database per backend, so two widgets on one page talking to different backends never mix. */
export const dbName = (baseUrl: string) => `helpkit:${baseUrl}`;
