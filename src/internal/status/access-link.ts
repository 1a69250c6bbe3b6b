// The e-mailed link `#hk-ticket=<id>.<token>` opens a ticket on any device. The token must not
// stay in the address bar (bookmarks, shared screens, synced history), so it goes at once, even
// before the element has a client to remember it with.
import { parseAccessLink, type HelpkitClient } from '../../sdk/index.js';

export type AccessLink = NonNullable<ReturnType<typeof parseAccessLink>>;

export const hasAccessLink = (): boolean => typeof location !== 'undefined' && new URLSearchParams(location.hash.slice(1)).has('hk-ticket');

/** Removes `hk-ticket` from the address bar, keeping the rest of the fragment. */
function clearFromAddressBar(): void {
  const params = new URLSearchParams(location.hash.slice(1));
  params.delete('hk-ticket');
  const rest = params.toString();
  history.replaceState(history.state, '', `${location.pathname}${location.search}${rest ? `#${rest}` : ''}`);
}

/**
 * Takes the access link out of this page's address: with a client, through `tickets.openLink`
 * (which remembers it); without one yet, by hand, returning the link to remember once there is.
 * Resolves with the ticket's id (or the pending link); undefined when the link was not valid.
 */
export function takeAccessLink(client: HelpkitClient | undefined): { opened: Promise<string | undefined> } | { pending?: AccessLink } {
  if (client) return { opened: client.tickets.openLink(location.href).catch(() => undefined) };
  const link = parseAccessLink(location.href);
  clearFromAddressBar();
  return { pending: link };
}

/** Remembers a link taken before the client came; resolves with its ticket's id. */
export async function rememberAccessLink(client: HelpkitClient, link: AccessLink): Promise<string | undefined> {
  await client.tracked.remember('ticket', link.id, link.token).catch(() => undefined);
  return link.id;
}
