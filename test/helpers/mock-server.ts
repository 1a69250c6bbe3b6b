// One msw worker per test page, routing to a fresh mock backend per test.
import { setupWorker, type SetupWorker } from 'msw/browser';
import { createMockBackend, type MockBackend, type MockOptions } from '../../src/mock/index.js';
import { mswHandlers } from '../../src/mock/msw.js';
import { createClient, type ClientOptions, type HelpkitClient } from '../../src/sdk/index.js';
// Every test page that uses a backend also gets failures that can always be reported.
import './reportable.js';

let worker: SetupWorker | undefined;
let current: MockBackend | undefined;
const clients: HelpkitClient[] = [];

// When a test file is done, stop intercepting: the runner's own report must not wait on the
// service worker (in WebKit it sometimes never came back, and the whole file timed out).
after(() => {
  worker?.stop();
  worker = undefined;
});

/** A Monday morning inside business hours, so SLA arithmetic is predictable. */
export const MONDAY_MORNING = '2026-03-02T08:30:00Z';

export async function startBackend(options: MockOptions = {}): Promise<MockBackend> {
  const backend = createMockBackend({ startAt: MONDAY_MORNING, ...options });
  if (!worker) {
    worker = setupWorker();
    await worker.start({ serviceWorker: { url: '/mockServiceWorker.js' }, quiet: true, onUnhandledRequest: 'bypass' });
  }
  worker.resetHandlers(...mswHandlers(backend));
  current = backend;
  (window as unknown as { __backend: MockBackend }).__backend = backend;
  return backend;
}

/** A client on the backend with a database of its own, closed after the test. */
export function testClient(backend: MockBackend, options: Partial<ClientOptions> = {}): HelpkitClient {
  const client = createClient({ baseUrl: backend.baseUrl, retry: { limit: 2, backoffLimit: 50 }, autoFlush: false, ...options });
  clients.push(client);
  return client;
}

/** A base URL no other test uses, so each test starts with an empty database. */
export function uniqueBase(): string {
  return `https://support-${Math.random().toString(36).slice(2, 10)}.example.test/api/v1`;
}

/** After each test: close its clients and bring the network back (a page left offline can hang WebKit's teardown). */
export function closeClients(): void {
  for (const c of clients.splice(0)) c.close();
  if (current) {
    current.offline = false;
    current.latency = 0;
  }
}

export const sampleTicket = {
  name: 'Ava Lind',
  email: 'ava@example.com',
  subject: 'The printer will not connect',
  body: 'It blinks orange and never joins the network.',
  categoryId: 'technical',
  fields: { device: 'printer' },
  locale: 'en',
};

/** Resolves once `check` holds, polling every 20 ms; rejects with `what` after `ms`. */
export async function until(check: () => boolean | Promise<boolean>, what: string, ms = 5000): Promise<void> {
  const end = Date.now() + ms;
  while (!(await check())) {
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 20));
  }
}

/**
 * The usual per-test setup: a fresh backend (own base URL, so an empty database) and a client on
 * it without retries, handed to `use`; closed again after the test.
 */
export function useBackend(use: (backend: MockBackend, client: HelpkitClient) => void, options: MockOptions = {}): void {
  beforeEach(async () => {
    const backend = await startBackend({ baseUrl: uniqueBase(), ...options });
    use(backend, testClient(backend, { retry: 0 }));
  });
  afterEach(closeClients);
}
