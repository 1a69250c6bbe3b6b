import { isHelpkitError, isRateLimitError } from '../sdk/index.js';
import type { TermKey } from '../i18n/index.js';
import type { LocalizeController } from './localize.js';

/**
 * What went wrong, in the words every element uses. `offline` is only the device without a
 * connection; `unreachable` is a device online whose request got no answer (our server's fault).
 */
export type Trouble = 'offline' | 'unreachable' | 'slow' | 'busy' | 'failed' | 'badResponse' | 'auth' | 'conflict' | 'notFound' | 'refused' | 'setup';

export interface Message {
  key: TermKey;
  params?: Record<string, string | number>;
}

/** The trouble an error (or a stored outbox error, which is plain data) stands for. */
export function troubleOf(error: unknown): Trouble {
  const kind = isHelpkitError(error) ? error.kind : (error as { kind?: string } | undefined)?.kind;
  switch (kind) {
    case 'network': {
      const offline = (error as { offline?: boolean }).offline || (typeof navigator !== 'undefined' && !navigator.onLine);
      return offline ? 'offline' : 'unreachable';
    }
    case 'timeout':
      return 'slow';
    case 'rate_limit':
      return 'busy';
    case 'bad_response':
    case 'protocol':
      return 'badResponse';
    case 'auth':
      return 'auth';
    case 'conflict':
      return 'conflict';
    case 'not_found':
      return 'notFound';
    // Refused as sent (a 4xx the protocol does not name, or a 400/422 about no particular field):
    // trying again unchanged will not help, unlike a failure on our side.
    case 'validation':
    case 'http':
      return (error as { status?: number }).status! >= 500 ? 'failed' : 'refused';
    // A mistake in how the site set the widget up, found before sending: nothing the customer can fix.
    case 'config':
      return 'setup';
    default:
      return 'failed';
  }
}

/** Seconds the server asked us to wait (at least one), for "try again in N seconds". */
export function waitSeconds(error: unknown, fallback = 30): number {
  if (isRateLimitError(error)) return Math.max(1, error.retryAfter);
  const after = (error as { retryAfter?: number } | undefined)?.retryAfter;
  return typeof after === 'number' && after > 0 ? Math.max(1, Math.ceil(after)) : fallback;
}

/** Terms for each trouble, per situation: sending something, or searching. */
const TERMS: Record<'send' | 'search', Record<Trouble, TermKey>> = {
  send: {
    offline: 'error.offline',
    unreachable: 'error.network',
    slow: 'error.timeout',
    busy: 'error.rateLimit',
    failed: 'error.server',
    badResponse: 'error.badResponse',
    auth: 'error.auth',
    conflict: 'error.conflict',
    notFound: 'error.notFound',
    refused: 'error.refused',
    setup: 'error.setup',
  },
  search: {
    offline: 'faq.searchOffline',
    unreachable: 'faq.searchUnreachable',
    slow: 'faq.searchSlow',
    busy: 'faq.searchBusy',
    failed: 'faq.searchFailed',
    badResponse: 'faq.searchFailed',
    auth: 'faq.searchFailed',
    conflict: 'faq.searchFailed',
    notFound: 'faq.searchFailed',
    refused: 'faq.searchFailed',
    setup: 'faq.searchFailed',
  },
};

/** The message for an error, in the vocabulary of `situation`. */
export function messageFor(error: unknown, situation: 'send' | 'search' = 'send'): Message {
  const trouble = troubleOf(error);
  const key = TERMS[situation][trouble];
  return trouble === 'busy' ? { key, params: { seconds: waitSeconds(error) } } : { key };
}

/** A message in the customer's language, its numbers in their digits. */
export function messageText(t: LocalizeController, message: Message): string {
  return t.term(message.key, t.params(message.params));
}
