// Starts the built-in mock backend inside the page (msw's service worker answers the requests),
// with a quick script so tickets move while you watch.
import { setupWorker } from 'msw/browser';
import { createMockBackend, mswHandlers } from '../src/mock/index.js';

export const DEMO_API = 'https://support.example.test/api/v1';

export async function startDemoBackend() {
  const backend = createMockBackend({
    baseUrl: DEMO_API,
    latency: 250,
    script: { openAfter: 10_000, replyAfter: 30_000, solveAfter: 120_000 },
  });
  const worker = setupWorker(...mswHandlers(backend));
  await worker.start({ serviceWorker: { url: '/mockServiceWorker.js' }, quiet: true, onUnhandledRequest: 'bypass' });
  return backend;
}
