// Message bodies are plain text (the protocol says so). Web addresses in them become links, and
// nothing else does: the text is rendered as text, only http(s) addresses get an href, and links
// open in a new tab without access to this page.
import { html, type TemplateResult } from 'lit';
import { isHttpUrl } from '../safe-url.js';

export type TextPart = { text: string } | { text: string; href: string };

// An address starts at http(s):// or www. and runs to white space or a character that cannot be
// in one unescaped.
const ADDRESS = /\b(?:https?:\/\/|www\.)[^\s<>"'\u00A0\u200B-\u200F\u2028\u2029]+/giu;
/** Sentence punctuation that ends an address when it is the last character (Latin, Persian, Arabic). */
const TRAILING = /[.,;:!?'"’”»)\]}،؛؟۔]+$/u;

/** Drops punctuation after an address, keeping a closing bracket that closes one inside it. */
function trimmed(candidate: string): string {
  let text = candidate;
  for (;;) {
    const cut = text.match(TRAILING)?.[0];
    if (!cut) return text;
    // "(see https://example.com/a_(b))": the last ")" belongs to the address when it opened one.
    const last = cut.at(-1)!;
    const opener = { ')': '(', ']': '[', '}': '{' }[last];
    const count = (c: string) => text.split(c).length - 1;
    if (opener && count(opener) >= count(last)) return text;
    text = text.slice(0, -1);
  }
}

function href(address: string): string | undefined {
  try {
    const url = new URL(/^www\./i.test(address) ? `https://${address}` : address);
    return isHttpUrl(url) && url.hostname.includes('.') ? url.href : undefined;
  } catch {
    return undefined;
  }
}

/** The text cut into plain runs and addresses (each with the http(s) URL it opens). */
export function linkParts(body: string): TextPart[] {
  const parts: TextPart[] = [];
  let at = 0;
  for (const match of body.matchAll(ADDRESS)) {
    const address = trimmed(match[0]);
    const url = href(address);
    if (!url) continue;
    if (match.index > at) parts.push({ text: body.slice(at, match.index) });
    parts.push({ text: address, href: url });
    at = match.index + address.length;
  }
  if (at < body.length) parts.push({ text: body.slice(at) });
  return parts;
}

/** A message body with its addresses as links; an address reads left to right inside any text. */
export function linkified(body: string): TemplateResult {
  return html`${linkParts(body).map((part) =>
    'href' in part ? html`<a href=${part.href} target="_blank" rel="noopener noreferrer nofollow" dir="ltr">${part.text}</a>` : part.text,
  )}`;
}
