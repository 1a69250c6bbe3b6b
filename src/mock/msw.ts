// helpkit/mock/msw: the mock backend behind msw, for apps that already intercept requests with it.
// msw is an optional peer dependency: only this entry imports it.
import { http, HttpResponse, type RequestHandler } from 'msw';
import type { MockBackend } from './backend.js';

/** msw request handlers that route every request under the backend's base URL to it. */
export function mswHandlers(backend: MockBackend): RequestHandler[] {
  return [
    http.all(`${backend.baseUrl}/*`, async ({ request }) => {
      if (backend.offline) return HttpResponse.error();
      const response = await backend.handle(request);
      return response.type === 'error' ? HttpResponse.error() : response;
    }),
  ];
}
