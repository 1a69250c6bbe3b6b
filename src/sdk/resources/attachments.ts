import { BadResponseError, errorFromResponse, isHelpkitError, NetworkError, ProtocolError, TimeoutError } from '../errors.js';
import { newKey, type Http } from '../http.js';
import type { Attachment } from '../types.js';
import type { Context, CreateOptions } from '../context.js';
import { checkShape, shapes } from '../shape.js';

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
     * Uploads one file. With `onProgress` in a browser it uses XMLHttpRequest, the one API that
     * reports upload progress in every engine; otherwise ky. Retried with the same Idempotency-Key.
     */
    async upload(file: Blob, opts: UploadOptions = {}): Promise<Attachment> {
      const idempotencyKey = opts.idempotencyKey ?? newKey();
      const name = opts.name ?? (file as File).name ?? 'file';
      const form = () => {
        const data = new FormData();
        data.append('file', file, name);
        return data;
      };
      if (!opts.onProgress || typeof XMLHttpRequest === 'undefined') {
        return ctx.http.json({ method: 'post', path: '/attachments', body: form(), idempotencyKey, signal: opts.signal, shape: shapes.attachment });
      }
      // The same deadline as every other call, attempts and waits included.
      const call = ctx.http.callSignal(opts.signal);
      let renewed = false;
      try {
        for (let attempt = 0; ; attempt++) {
          const sent = ctx.http.identity;
          try {
            return await xhrUpload(ctx.http, form(), idempotencyKey, { ...opts, signal: call.signal });
          } catch (error) {
            if (!renewed && (await ctx.http.renewIdentity(error, sent))) {
              renewed = true;
              continue;
            }
            if (!isHelpkitError(error) || !error.retryable || attempt >= ctx.http.retryLimit) throw error;
            const retryAfter = error.retryAfter * 1000;
            if (retryAfter > ctx.http.maxRetryAfter || retryAfter >= call.left()) throw error;
            await ctx.http.backoff(attempt + 1, call.signal, retryAfter);
          }
        }
      } catch (error) {
        throw call.end(error);
      } finally {
        call.done();
      }
    },
  };
}

function xhrUpload(http: Http, body: FormData, idempotencyKey: string, opts: UploadOptions): Promise<Attachment> {
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    const url = http.url('/attachments');
    xhr.open('POST', url);
    xhr.timeout = http.timeout;
    for (const [k, v] of Object.entries(http.headers({ idempotencyKey, token: opts.token }))) xhr.setRequestHeader(k, v);
    xhr.upload.onprogress = (e) => {
      if (e.lengthComputable) opts.onProgress?.({ loaded: e.loaded, total: e.total });
    };
    const abort = () => xhr.abort();
    opts.signal?.addEventListener('abort', abort, { once: true });
    const settle = () => opts.signal?.removeEventListener('abort', abort);
    xhr.onload = async () => {
      settle();
      // XMLHttpRequest follows redirects and cannot be told not to; at least never accept what a
      // redirect answered (use the ky path, which refuses redirects, when the API may redirect).
      if (xhr.responseURL && xhr.responseURL !== url) {
        reject(new ProtocolError(xhr.status, 'Location', 'The upload was redirected, which Helpkit does not follow: check baseUrl.'));
        return;
      }
      const headers = new Headers();
      for (const name of ['Retry-After', 'RateLimit-Reset']) {
        const value = xhr.getResponseHeader(name);
        if (value) headers.set(name, value);
      }
      if (xhr.status >= 200 && xhr.status < 300) {
        let result: Attachment;
        try {
          result = JSON.parse(xhr.responseText) as Attachment;
        } catch (error) {
          reject(new BadResponseError(xhr.status, 'The server sent a response that could not be read.', error));
          return;
        }
        try {
          checkShape(xhr.status, result, shapes.attachment);
        } catch (error) {
          reject(error);
          return;
        }
        opts.onProgress?.({ loaded: result.size, total: result.size });
        resolve(result);
        return;
      }
      reject(await errorFromResponse(new Response(xhr.responseText, { status: xhr.status, statusText: xhr.statusText, headers })));
    };
    xhr.onerror = () => {
      settle();
      reject(new NetworkError());
    };
    xhr.ontimeout = () => {
      settle();
      reject(new TimeoutError());
    };
    xhr.onabort = () => {
      settle();
      reject(opts.signal?.reason ?? new DOMException('Aborted', 'AbortError'));
    };
    xhr.send(body);
  });
}
