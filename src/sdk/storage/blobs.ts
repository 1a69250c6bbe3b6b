// Blobs and Files are stored as their bytes. Safari's private mode (and WebKit's automation
// sessions) refuse Blobs in IndexedDB; an ArrayBuffer is stored by every engine, and a draft's
// screenshot must survive everywhere.

interface PackedBlob {
  __hkBlob: { data: ArrayBuffer; type: string; name?: string; lastModified?: number };
}

const isPacked = (v: unknown): v is PackedBlob =>
  typeof v === 'object' && v !== null && '__hkBlob' in v && (v as PackedBlob).__hkBlob?.data instanceof ArrayBuffer;

// A plain object of any realm (a form in an iframe may hand us its objects): its prototype is
// null or some realm's Object.prototype.
const isPlain = (v: unknown): v is Record<string, unknown> => {
  if (typeof v !== 'object' || v === null) return false;
  const prototype = Object.getPrototypeOf(v);
  return prototype === null || Object.getPrototypeOf(prototype) === null;
};

const isBlob = (v: unknown): v is Blob => typeof Blob !== 'undefined' && typeof v === 'object' && v !== null && typeof (v as Blob).arrayBuffer === 'function' && typeof (v as Blob).size === 'number' && typeof (v as Blob).type === 'string';

/** Replaces every Blob/File in plain objects and arrays with its bytes (async: reads the files). */
export async function packBlobs<T>(value: T): Promise<T> {
  if (isBlob(value)) {
    const file = value as Blob & Partial<File>;
    const packed: PackedBlob = { __hkBlob: { data: await file.arrayBuffer(), type: file.type } };
    if (typeof file.name === 'string') packed.__hkBlob.name = file.name;
    if (typeof file.lastModified === 'number') packed.__hkBlob.lastModified = file.lastModified;
    return packed as T;
  }
  if (Array.isArray(value)) return (await Promise.all(value.map(packBlobs))) as T;
  if (isPlain(value)) {
    const out: Record<string, unknown> = {};
    for (const [key, item] of Object.entries(value)) out[key] = await packBlobs(item);
    return out as T;
  }
  return value;
}

/** The reverse of packBlobs: Files (or Blobs) again. */
export function unpackBlobs<T>(value: T): T {
  if (isPacked(value)) {
    const { data, type, name, lastModified } = value.__hkBlob;
    if (name !== undefined && typeof File !== 'undefined') return new File([data], name, { type, lastModified }) as T;
    return new Blob([data], { type }) as T;
  }
  if (Array.isArray(value)) return value.map(unpackBlobs) as T;
  if (isPlain(value)) {
    const out: Record<string, unknown> = {};
    for (const [key, item] of Object.entries(value)) out[key] = unpackBlobs(item);
    return out as T;
  }
  return value;
}
