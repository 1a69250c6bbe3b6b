// What went wrong while following a ticket, in the tracker's words. The shared vocabulary
// (messages.ts) speaks of something being sent; here nothing of the customer's is at stake, only
// whether what they see is current.
import type { TermKey } from '../../i18n/index.js';
import { troubleOf, waitSeconds, type Message, type Trouble } from '../messages.js';

const REFRESH: Record<Trouble, TermKey> = {
  offline: 'status.trouble.offline',
  unreachable: 'status.trouble.unreachable',
  slow: 'status.trouble.slow',
  busy: 'status.trouble.busy',
  failed: 'status.trouble.failed',
  badResponse: 'status.trouble.badResponse',
  auth: 'status.denied',
  conflict: 'status.trouble.failed',
  notFound: 'status.gone',
  refused: 'status.trouble.failed',
  setup: 'status.trouble.setup',
};

/** Why the ticket could not be brought up to date. */
export function refreshMessage(error: unknown): Message {
  const trouble = troubleOf(error);
  return trouble === 'busy' ? { key: REFRESH.busy, params: { seconds: waitSeconds(error) } } : { key: REFRESH[trouble] };
}
