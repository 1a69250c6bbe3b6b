import type { DBSchema } from 'idb';

/** A saved form: whatever the form keeps (structured-cloneable, Blobs and Files included). */
export interface DraftRecord<T = unknown> {
  key: string;
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
}

export type ItemType = 'ticket' | 'callback';

/** A ticket or callback this browser created or was given a link to, with its access token. */
export interface ItemRecord {
  key: string;
  type: ItemType;
  id: string;
  token: string;
  /** Shown in lists without a request: ticket number and subject, or the callback time. */
  label?: string;
  number?: string;
  createdAt: number;
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
  items: { key: string; value: ItemRecord; indexes: { byCreated: number } };
  cache: { key: string; value: CacheRecord };
}

export type StoreName = 'drafts' | 'outbox' | 'items' | 'cache';
export type ValueOf<S extends StoreName> = HelpkitDB[S]['value'];

export const DB_VERSION = 1;

/** One database per backend, so two widgets on one page talking to different backends never mix. */
export const dbName = (baseUrl: string) => `helpkit:${baseUrl}`;
