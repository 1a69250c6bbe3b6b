import DOMPurify, { type Config } from 'dompurify';
import { isHttpUrl } from './safe-url.js';

// Backend HTML (article bodies) passes through here, and only here, before it reaches the DOM.
// DOMPurify (about 8 KB gzipped) is the sanitizer browsers' own security teams point to; a
// hand-written one would be smaller and wrong.

/** The Trusted Types policy that signs DOMPurify's output; a site's CSP lists it (README). */
export const POLICY_NAME = 'helpkit';
/** Ids from an article are kept under this prefix, so they never collide with ours. */
export const ARTICLE_ID_PREFIX = 'hk-article-';

export interface SanitizeOptions {
  /** Origins (e.g. `https://cdn.example.com`) from which images and media may load; none by default. */
  mediaOrigins?: readonly string[];
}

type TrustedTypePolicy = NonNullable<Config['TRUSTED_TYPES_POLICY']>;

const MEDIA = new Set(['IMG', 'VIDEO', 'AUDIO', 'SOURCE', 'TRACK', 'PICTURE']);
// DOMPurify's default URI rule with the schemes cut down to http(s), mailto and tel
// (relative and #fragment links still pass; they resolve against the page).
const ALLOWED_URI = /^(?:(?:https?|mailto|tel):|[^a-z]|[a-z+.-]+(?:[^a-z+.\-:]|$))/i;

let purify: ReturnType<typeof DOMPurify> | undefined;
let policy: TrustedTypePolicy | null | undefined;
let allowedMedia = new Set<string>();

function trustedTypesPolicy(): TrustedTypePolicy | null {
  if (policy !== undefined) return policy;
  const factory = (window as { trustedTypes?: { createPolicy(name: string, rules: object): TrustedTypePolicy } }).trustedTypes;
  try {
    // Only DOMPurify's output is ever passed to this policy (see sanitize()).
    policy = factory?.createPolicy(POLICY_NAME, { createHTML: (s: string) => s, createScriptURL: (s: string) => s }) ?? null;
  } catch (error) {
    // Not allowed by the page's `trusted-types` directive (or a second copy of Helpkit without
    // 'allow-duplicates'): say why, rather than render articles blank without a word.
    console.warn(`Helpkit: the Trusted Types policy "${POLICY_NAME}" could not be created; add it to the page's trusted-types directive.`, error);
    policy = null;
  }
  return policy;
}

function mediaAllowed(url: string): boolean {
  try {
    const u = new URL(url.trim(), document.baseURI);
    return isHttpUrl(u) && allowedMedia.has(u.origin);
  } catch {
    return false;
  }
}

function srcsetAllowed(srcset: string): boolean {
  // Split on every comma, as a browser may ("a.png 1w,https://evil/x.png 4000w" is two candidates).
  // A URL that itself holds a comma is then judged in pieces and refused: strict, never too generous.
  return srcset
    .split(',')
    .map((c) => c.trim())
    .filter(Boolean)
    .every((c) => mediaAllowed(c.split(/\s+/)[0] ?? ''));
}

function guardMedia(el: Element) {
  const sources = ['src', 'poster'].map((a) => el.getAttribute(a)).filter((v): v is string => v !== null);
  const srcset = el.getAttribute('srcset');
  if (srcset !== null && !srcsetAllowed(srcset)) {
    if (el.tagName === 'SOURCE') return el.remove();
    el.removeAttribute('srcset');
  }
  if (sources.every(mediaAllowed)) return;
  // A picture of text stays readable as its alt text; other media go.
  const alt = el.tagName === 'IMG' ? el.getAttribute('alt')?.trim() : '';
  el.replaceWith(...(alt ? [el.ownerDocument.createTextNode(alt)] : []));
}

function guardLink(a: Element) {
  const href = a.getAttribute('href');
  a.removeAttribute('target');
  a.removeAttribute('rel');
  if (href === null) return;
  if (href.startsWith('#')) {
    // In-page anchor: stays in place, and points at the prefixed id (see trusted-html.ts for the click).
    if (href.length > 1) a.setAttribute('href', `#${ARTICLE_ID_PREFIX}${href.slice(1)}`);
    return;
  }
  a.setAttribute('target', '_blank');
  a.setAttribute('rel', 'noopener noreferrer');
}

function instance() {
  if (purify) return purify;
  purify = DOMPurify(window);
  purify.addHook('afterSanitizeAttributes', (node) => {
    if (!(node instanceof Element)) return;
    if (node.id) node.id = ARTICLE_ID_PREFIX + node.id;
    if (node.tagName === 'A' || node.tagName === 'AREA') guardLink(node);
    else if (MEDIA.has(node.tagName)) guardMedia(node);
  });
  return purify;
}

/**
 * Article HTML made safe to show inside our UI: no script, no forms or buttons, no classes,
 * styles, roles or ARIA (a fake "Submit" or a danger banner would be phishing in our look), ids
 * only under our prefix, no remote images or media unless their origin is listed, links only to
 * http(s)/mailto/tel and opened in a new tab. Returns TrustedHTML where the browser has Trusted
 * Types (signed by our 'helpkit' policy), else a string.
 */
export function sanitize(html: string, options: SanitizeOptions = {}) {
  const p = instance();
  allowedMedia = new Set((options.mediaOrigins ?? []).flatMap((o) => {
    try {
      const u = new URL(o);
      return isHttpUrl(u) ? [u.origin] : [];
    } catch {
      return [];
    }
  }));
  return p.sanitize(html, {
    USE_PROFILES: { html: true },
    FORBID_TAGS: ['style', 'form', 'input', 'button', 'textarea', 'select', 'option', 'label', 'fieldset', 'iframe', 'dialog'],
    // popover would lift article content above the whole page; tabindex would reorder our focus.
    FORBID_ATTR: ['style', 'class', 'name', 'role', 'background', 'ping', 'popover', 'popovertarget', 'popovertargetaction', 'tabindex', 'inert'],
    ALLOW_ARIA_ATTR: false,
    ALLOWED_URI_REGEXP: ALLOWED_URI,
    RETURN_TRUSTED_TYPE: true,
    // Our own policy, so DOMPurify never creates its default 'dompurify' one.
    TRUSTED_TYPES_POLICY: trustedTypesPolicy(),
  });
}

/** The site's `mediaOrigins` (protocol 1.1), read defensively from a config that may lack it. */
export function mediaOriginsOf(config: unknown): string[] | undefined {
  const origins = (config as { mediaOrigins?: unknown } | undefined)?.mediaOrigins;
  return Array.isArray(origins) ? origins.filter((o): o is string => typeof o === 'string') : undefined;
}
