import { createContext } from '@lit/context';
import { createClient, type HelpkitClient } from '../sdk/index.js';
import { normalizeBaseUrl } from '../sdk/http.js';

/**
 * A client handed down the tree (the launcher provides one to the panels it holds). The key is a
 * Symbol-named context so a host page's own contexts can never collide with ours.
 */
export const clientContext = createContext<HelpkitClient | undefined>(Symbol('helpkit-client'));

const shared = new Map<string, HelpkitClient>();

/** One client per backend on the page, so inline elements share requests, config and storage. */
export function sharedClient(api: string): HelpkitClient {
  // The SDK's own normalization (no query, no fragment, no trailing slash): one backend, one client.
  const key = normalizeBaseUrl(api);
  let client = shared.get(key);
  if (!client) {
    client = createClient({ baseUrl: key });
    shared.set(key, client);
  }
  return client;
}
