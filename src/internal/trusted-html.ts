import { noChange } from 'lit';
import { Directive, directive, PartType, type ElementPart, type PartInfo } from 'lit/directive.js';
import { sanitize, type SanitizeOptions } from './sanitize.js';

/**
 * `<div ${sanitizedHtml(body, options)}></div>` fills the element with backend HTML made safe by
 * sanitize(). The result is assigned as DOMPurify's TrustedHTML, signed by our own policy — never
 * through lit's `unsafeHTML`, whose 'lit-html' policy would vouch for any string — so a page
 * that enforces Trusted Types still guards this sink. Sanitizes again only when the input changes.
 */
class SanitizedHtmlDirective extends Directive {
  private key?: string;

  constructor(info: PartInfo) {
    super(info);
    if (info.type !== PartType.ELEMENT) throw new Error('sanitizedHtml() belongs on an element: <div ${sanitizedHtml(html)}>');
  }

  render(_html: string, _options?: SanitizeOptions) {
    return noChange;
  }

  override update(part: ElementPart, [html, options]: [string, SanitizeOptions?]) {
    const key = JSON.stringify([html, options?.mediaOrigins ?? []]);
    if (key === this.key) return noChange;
    const el = part.element;
    if (this.key === undefined) el.addEventListener('click', followInPageAnchor);
    this.key = key;
    try {
      // TrustedHTML where the browser has Trusted Types (lib.dom types the sink as string).
      el.innerHTML = sanitize(html, options) as unknown as string;
    } catch (error) {
      // Trusted Types enforced without our policy allowed: sanitize() already said so.
      el.textContent = '';
      console.warn('Helpkit: could not show the article', error);
    }
    return noChange;
  }
}

// "#part" links in an article point at ids inside our shadow root, which the browser's own
// fragment navigation cannot find (and it would change the host page's address): scroll here instead.
function followInPageAnchor(event: Event) {
  const container = event.currentTarget as Element;
  const link = (event.target as Element).closest?.('a[href^="#"]');
  if (!link || !container.contains(link)) return;
  event.preventDefault();
  const id = decodeURIComponent(link.getAttribute('href')!.slice(1));
  const target = id ? container.querySelector<HTMLElement>(`#${CSS.escape(id)}`) : null;
  if (!target) return;
  if (!target.hasAttribute('tabindex')) target.setAttribute('tabindex', '-1');
  target.scrollIntoView({ block: 'start' });
  target.focus({ preventScroll: true });
}

export const sanitizedHtml = directive(SanitizedHtmlDirective);
