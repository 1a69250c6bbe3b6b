import { createClient, type HelpkitClient } from 'helpkit/sdk';

/**
 * The one client the page's Helpkit elements share. With `VITE_HELPKIT_API` set (in `.env`, e.g.
 * `VITE_HELPKIT_API=https://support.example.com/api/v1`) it talks to that backend; without, the
 * built-in mock answers inside the page — a plain fetch handler, no service worker — and is
 * loaded only then, so a build with a real backend does not carry it.
 */
export async function helpkitClient(): Promise<HelpkitClient> {
  const api = import.meta.env.VITE_HELPKIT_API;
  if (api) return createClient({ baseUrl: api });
  const { createMockBackend } = await import('helpkit/mock');
  const backend = createMockBackend();
  return createClient({ baseUrl: backend.baseUrl, fetch: backend.fetch });
}
