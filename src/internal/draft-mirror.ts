// A synchronous copy of a draft's words in the tab's sessionStorage. IndexedDB writes are
// asynchronous: a save started on `pagehide`, or typing in the last 400 ms before a reload, may
// never reach the database. Web Storage writes are synchronous, so the words written on every
// input are there on the next load of this tab, where DraftsController puts them back and saves
// them into IndexedDB. Files cannot go to Web Storage: they stay with the IndexedDB draft.
//
// sessionStorage, not localStorage: it belongs to one tab (two tabs never write one mirror, so a
// conflict between tabs is still IndexedDB's to find), it survives a reload and going back to the
// page, and the browser deletes it when the tab is closed. Each mirror is kept per backend,
// customer (the client's owner) and draft key, and is deleted when the draft is sent, discarded
// or forgotten.
import { tabCopyKey } from '../sdk/storage/tab-copies.js';

/** The IndexedDB draft a mirror's words were typed over: its revision and when it was written. */
export interface MirrorBase {
  rev: number;
  updatedAt: number;
}

export interface DraftMirror<T = unknown> {
  v: 1;
  /** The draft without what Web Storage cannot hold (see `textPart`). */
  data: Partial<T>;
  /** When these words were written (`Date.now()`). */
  savedAt: number;
  /** The stored draft the words were typed over; absent when there was none (or storage is memory only). */
  base?: MirrorBase;
  /** Fingerprint of the words a save was writing to IndexedDB when this mirror was written. */
  inflight?: string;
}

/** Where the mirror of one customer's draft on one backend is kept (the SDK's format, so forget() finds it). */
export const mirrorSlot = tabCopyKey;

function storage(): Storage | undefined {
  try {
    // Reading `sessionStorage` itself throws where storage is blocked (sandboxed frames, some private modes).
    return typeof sessionStorage === 'undefined' ? undefined : sessionStorage;
  } catch {
    return undefined;
  }
}

export function readMirror<T>(slot: string): DraftMirror<T> | undefined {
  try {
    const text = storage()?.getItem(slot);
    if (!text) return undefined;
    const mirror = JSON.parse(text) as DraftMirror<T>;
    const valid = mirror?.v === 1 && typeof mirror.savedAt === 'number' && typeof mirror.data === 'object' && mirror.data !== null;
    return valid ? mirror : undefined;
  } catch {
    return undefined;
  }
}

/** Writes the mirror; false when Web Storage is not there or full (typing goes on either way). */
export function writeMirror<T>(slot: string, mirror: DraftMirror<T>): boolean {
  try {
    const store = storage();
    store?.setItem(slot, JSON.stringify(mirror));
    return !!store;
  } catch {
    return false;
  }
}

export function removeMirror(slot: string | undefined): void {
  if (!slot) return;
  try {
    storage()?.removeItem(slot);
  } catch {
    // Nothing to remove where there is no storage.
  }
}

function holdsBlob(value: unknown, depth = 0): boolean {
  if (typeof Blob !== 'undefined' && value instanceof Blob) return true;
  if (depth > 8 || typeof value !== 'object' || value === null) return false;
  return Object.values(value as object).some((item) => holdsBlob(item, depth + 1));
}

/**
 * What of a draft can go to Web Storage: its top-level entries that hold no file. `{ values,
 * files: [file] }` gives `{ values }` (the files come from the IndexedDB draft); `{ values,
 * files: [] }` is kept whole (no file: none to restore). Undefined when nothing can be kept.
 */
export function textPart<T>(data: T): Partial<T> | undefined {
  if (typeof data !== 'object' || data === null || Array.isArray(data)) return holdsBlob(data) ? undefined : data;
  const kept = Object.fromEntries(Object.entries(data).filter(([, value]) => !holdsBlob(value))) as Partial<T>;
  return Object.keys(kept).length ? kept : undefined;
}

/** A short fingerprint of a draft's words (FNV-1a over their JSON), to recognize them later. */
export function fingerprint(data: unknown): string {
  const text = JSON.stringify(data) ?? '';
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return `${text.length.toString(36)}.${(hash >>> 0).toString(36)}`;
}
