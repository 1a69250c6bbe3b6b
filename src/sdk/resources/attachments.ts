import { ProtocolError } from '../errors.js';
import { newKey } from '../http.js';
import type { Attachment } from '../types.js';
import type { Context, CreateOptions } from '../context.js';
import { shapes } from '../shape.js';

export interface UploadProgress {
  loaded: number;
  total: number;
}

export interface UploadOptions extends CreateOptions {
  onProgress?: (progress: UploadProgress) => void;
  /** The file name to send; defaults to the File's own name. */
  name?: string;
}

export function attachments(ctx: Context) {
  return {
    /**
     * Uploads one file, retried with the same Idempotency-Key. With `onProgress` in a browser the
     * bytes go through XMLHttpRequest, the one API that reports upload progress in every engine,
     * handed to ky as its fetch: retries, timeouts, deadline and errors are the same as any call's.
     * A client given its own `fetch` uploads through it too (progress is then reported once, at
     * the end): the page chose where requests go, and an upload must not go elsewhere.
     */
    async upload(file: Blob, opts: UploadOptions = {}): Promise<Attachment> {
      const body = new FormData();
      body.append('file', file, opts.name ?? (file as File).name ?? 'file');
      const onProgress = typeof XMLHttpRequest === 'undefined' || ctx.http.givenFetch || onPageOrigin(ctx.http.baseUrl) ? undefined : opts.onProgress;
      const attachment = await ctx.http.json({
        method: 'post',
        path: '/attachments',
        body,
        idempotencyKey: opts.idempotencyKey ?? newKey(),
        token: opts.token,
        signal: opts.signal,
        shape: shapes.attachment,
        fetch: onProgress && xhrFetch(onProgress, body),
      });
      opts.onProgress?.({ loaded: attachment.size, total: attachment.size });
      return attachment;
    },
  };
}

/**
 * XMLHttpRequest always sends the site's cookies to its own origin (only fetch can leave them
 * out), and the protocol uses none: an API served from the page's origin uploads through fetch,
 * reporting progress once, at the end.
 */
function onPageOrigin(baseUrl: string): boolean {
  return typeof location !== 'undefined' && new URL(baseUrl, location.href).origin === location.origin;
}

/**
 * A fetch made with XMLHttpRequest, reporting upload progress; enough of fetch for ky's requests.
 * `form` is sent as it is on every attempt (XMLHttpRequest encodes it, with a boundary of its own):
 * sending the request's body read back as a Blob failed in WebKit.
 */
export function xhrFetch(onProgress: (progress: UploadProgress) => void, form?: FormData): typeof fetch {
  return async (input, init) => {
    const request = input instanceof Request ? input : new Request(input, init);
    const signal = init?.signal ?? request.signal;
    const body = form ?? (request.method === 'GET' || request.method === 'HEAD' ? null : await request.blob());
    return new Promise<Response>((resolve, reject) => {
      const xhr = new XMLHttpRequest();
      xhr.open(request.method, request.url);
      request.headers.forEach((value, name) => {
        if (!form || name !== 'content-type') xhr.setRequestHeader(name, value);
      });
      xhr.upload.onprogress = (event) => {
        if (event.lengthComputable) onProgress({ loaded: event.loaded, total: event.total });
      };
      const abort = () => xhr.abort();
      signal?.addEventListener('abort', abort, { once: true });
      const settle = () => signal?.removeEventListener('abort', abort);
      xhr.onload = () => {
        settle();
        // XMLHttpRequest follows redirects and cannot be told not to; at least never accept what a
        // redirect answered (not retryable, so ky gives up at once).
        if (xhr.responseURL && xhr.responseURL !== request.url) {
          reject(new ProtocolError(xhr.status, 'Location', 'The upload was redirected, which Helpkit does not follow: check baseUrl.'));
          return;
        }
        const empty = xhr.status === 204 || xhr.status === 205;
        resolve(new Response(empty ? null : xhr.responseText, { status: xhr.status, statusText: xhr.statusText, headers: headersOf(xhr) }));
      };
      // fetch's own failure: a TypeError, which the SDK reports as a NetworkError.
      xhr.onerror = () => {
        settle();
        reject(new TypeError('Failed to fetch'));
      };
      xhr.onabort = () => {
        settle();
        reject(signal?.reason ?? new DOMException('The upload was aborted.', 'AbortError'));
      };
      xhr.send(body);
    });
  };
}

function headersOf(xhr: XMLHttpRequest): Headers {
  const headers = new Headers();
  for (const line of xhr.getAllResponseHeaders().trim().split(/[\r\n]+/)) {
    const colon = line.indexOf(':');
    if (colon > 0) headers.append(line.slice(0, colon).trim(), line.slice(colon + 1).trim());
  }
  return headers;
}
