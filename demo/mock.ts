// Starts the built-in mock backend inside the page (msw's service worker answers the requests),
// with a quick script so tickets move while you watch.
import { setupWorker } from 'msw/browser';
import { http, HttpResponse } from 'msw';
import { createMockBackend } from '../src/mock/index.js';
import { mswHandlers } from '../src/mock/msw.js';

export const DEMO_API = 'https://support.example.test/api/v1';

export async function startDemoBackend() {
  const backend = createMockBackend({
    baseUrl: DEMO_API,
    latency: 250,
    script: { openAfter: 10_000, replyAfter: 30_000, solveAfter: 120_000 },
  });
  // The service worker answers without touching the network, so a browser that is offline
  // (DevTools, the system, a test) would still get answers: fail those requests as the network would.
  const browserOffline = http.all(`${DEMO_API}/*`, () => (navigator.onLine ? undefined : HttpResponse.error()));
  const worker = setupWorker(browserOffline, ...mswHandlers(backend));
  await worker.start({ serviceWorker: { url: '/mockServiceWorker.js' }, quiet: true, onUnhandledRequest: 'bypass' });
  return backend;
}
