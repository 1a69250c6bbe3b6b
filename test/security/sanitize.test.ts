// What an article from the backend may put inside our UI (finding 10), checked on the sanitizer
// and through <hk-faq-search> showing a hostile article from the mock backend.
import { expect } from '@open-wc/testing';
import { sanitize } from '../../src/internal/sanitize.js';
import type { MockBackend } from '../../src/mock/index.js';
import { closeClients, startBackend, testClient, uniqueBase, until, mountFaq } from '../helpers/index.js';

/** The sanitized HTML parsed into a detached element (DOMParser, so nothing loads or runs). */
function clean(html: string, mediaOrigins?: string[]): HTMLElement {
  const doc = new DOMParser().parseFromString(`<body>${String(sanitize(html, { mediaOrigins }))}</body>`, 'text/html');
  return doc.body;
}

const attrs = (el: Element | null) => (el ? Object.fromEntries([...el.attributes].map((a) => [a.name, a.value])) : null);

describe('sanitize(): article HTML', () => {
  it('drops scripts, event handlers, forms and buttons', () => {
    const body = clean('<p>Hi<script>window.__pwned=1</script></p><img src=x onerror="window.__pwned=1"><form action="https://evil.example/"><input name=card><button>Submit</button></form>');
    // A removed element's text stays as plain text: "Submit" is no longer a button.
    expect(body.innerHTML).to.equal('<p>Hi</p>Submit');
  });

  it('keeps no class, style, role, popover or tabindex (a fake button or danger banner is phishing in our look)', () => {
    const body = clean('<p class="notice danger" style="background:red" role="alert" popover="manual" tabindex="1">Your account is locked</p><a class="button" href="https://evil.example/">Submit</a>');
    expect(attrs(body.querySelector('p'))).to.deep.equal({});
    expect(body.querySelector('a')!.hasAttribute('class')).to.equal(false);
  });

  it('keeps ids only under its own prefix, so they never collide with the element’s', () => {
    const body = clean('<h2 id="done-title">Steps</h2>');
    expect(body.querySelector('h2')!.id).to.equal('hk-article-done-title');
  });

  it('loads no remote image or media by default; an image leaves its alt text', () => {
    const body = clean(
      '<p>See <img src="https://tracker.example/pixel.png?u=1" alt="the chart"></p>' +
        '<img src="data:image/png;base64,iVBORw0KGgo=" alt="">' +
        '<picture><source srcset="https://evil.example/a.webp"><img src="https://evil.example/a.png" alt="logo"></picture>' +
        '<video src="https://evil.example/v.mp4" poster="https://evil.example/p.png"></video><audio src="https://evil.example/a.mp3"></audio>',
    );
    expect(body.querySelectorAll('img, video, audio, source').length).to.equal(0);
    expect(body.textContent).to.equal('See the chartlogo');
  });

  it('keeps images and media from the site’s mediaOrigins, and only those candidates', () => {
    const body = clean(
      '<img src="https://cdn.example.test/a.png" srcset="https://cdn.example.test/a2.png 2x, https://evil.example/a3.png 3x" alt="a">' +
        '<img src="https://cdn.example.test.evil.example/b.png" alt="b">' +
        '<video src="https://cdn.example.test/v.mp4" poster="https://evil.example/p.png"></video>' +
        '<picture><source srcset="https://evil.example/c.webp"><source srcset="https://cdn.example.test/c.webp"><img src="https://cdn.example.test/c.png" alt="c"></picture>',
      ['https://cdn.example.test/'],
    );
    expect([...body.querySelectorAll('img')].map(attrs)).to.deep.equal([
      { src: 'https://cdn.example.test/a.png', alt: 'a' },
      { src: 'https://cdn.example.test/c.png', alt: 'c' },
    ]);
    expect(body.querySelectorAll('video').length).to.equal(0);
    expect([...body.querySelectorAll('source')].map((s) => s.getAttribute('srcset'))).to.deep.equal(['https://cdn.example.test/c.webp']);
    expect(body.textContent).to.equal('b');
    // A browser splits candidates on a bare comma too: one from another origin hidden that way goes.
    const sneaky = clean('<img src="https://cdn.example.test/a.png" srcset="https://cdn.example.test/a.png 1w,https://evil.example/t.png?u=1 4000w" alt="s">', [
      'https://cdn.example.test/',
    ]);
    expect(sneaky.innerHTML).to.not.contain('evil.example');
  });

  it('links only to http(s), mailto and tel; other links open in a new tab without opener or referrer', () => {
    const body = clean(
      ['javascript:alert(1)', ' JaVaScRiPt:alert(1)', 'data:text/html,<script>alert(1)</script>', 'vbscript:x', 'sms:+46', 'ftp://x.example/', 'https://help.example/a', 'mailto:help@example.com', 'tel:+46101234']
        .map((h) => `<a href="${h.replace(/"/g, '&quot;').replace(/</g, '&lt;')}">x</a>`)
        .join(''),
    );
    expect([...body.querySelectorAll('a')].map(attrs)).to.deep.equal([
      {}, {}, {}, {}, {}, {},
      { href: 'https://help.example/a', target: '_blank', rel: 'noopener noreferrer' },
      { href: 'mailto:help@example.com', target: '_blank', rel: 'noopener noreferrer' },
      { href: 'tel:+46101234', target: '_blank', rel: 'noopener noreferrer' },
    ]);
  });

  it('treats image-map areas as links', () => {
    const body = clean('<map name="m"><area href="javascript:alert(1)" alt="a"><area href="https://help.example/" alt="b"></map>');
    expect([...body.querySelectorAll('area')].map(attrs)).to.deep.equal([{ alt: 'a' }, { href: 'https://help.example/', alt: 'b', target: '_blank', rel: 'noopener noreferrer' }]);
  });

  it('keeps in-page #anchors in the page (no new tab), pointing at the prefixed id', () => {
    const body = clean('<a href="#steps" target="_blank">Steps</a><h2 id="steps">Steps</h2>');
    expect(attrs(body.querySelector('a'))).to.deep.equal({ href: '#hk-article-steps' });
  });

  it('signs its output as TrustedHTML where the browser has Trusted Types', function () {
    const tt = (window as { trustedTypes?: { isHTML(v: unknown): boolean } }).trustedTypes;
    if (!tt) this.skip();
    expect(tt!.isHTML(sanitize('<p>x</p>'))).to.equal(true);
  });
});

describe('<hk-faq-search> showing a hostile article', () => {
  let backend: MockBackend;
  afterEach(closeClients);

  const hostile =
    '<p class="notice danger">Your account is locked. <a class="button" href="javascript:alert(1)">Unlock</a></p>' +
    '<p><a href="#more">Read more</a> or <a href="https://help.example/returns">the returns page</a>.</p>' +
    '<img src="https://tracker.example/pixel.png" alt="a parcel" onerror="window.__pwned=1"><script>window.__pwned=1</script>' +
    '<img src="https://cdn.example.test/parcel.png" alt="our parcel">' +
    '<h2 id="more">More</h2>';

  /** A client whose backend is the mock, with every article's body replaced by `hostile` (a compromised CMS). */
  async function mountHostile(config: Record<string, unknown> = { mediaOrigins: [] }) {
    backend = await startBackend({ baseUrl: uniqueBase() });
    const fetch = async (input: RequestInfo | URL, init?: RequestInit) => {
      const response = await backend.fetch(input, init);
      const path = new URL(input instanceof Request ? input.url : String(input)).pathname;
      const change = /\/articles\/[^/]+$/.test(path) ? { body: hostile } : path.endsWith('/config') ? config : undefined;
      if (!change || !response.ok) return response;
      const headers = new Headers(response.headers);
      headers.delete('content-length');
      return new Response(JSON.stringify({ ...(await response.json()), ...change }), { status: response.status, headers });
    };
    const faq = await mountFaq(testClient(backend, { retry: 0, fetch }));
    await faq.type('return');
    await until(() => faq.titles().length > 0, 'results');
    (faq.$('#opt-0') as HTMLElement).click();
    const body = await faq.waitFor('.article .body p', 'the article body');
    return { faq, body: body.parentElement! };
  }

  it('shows the text without its classes, scripts, remote images or javascript: link', async () => {
    const { body } = await mountHostile();
    expect(body.textContent).to.equal('Your account is locked. UnlockRead more or the returns page.a parcelour parcelMore');
    expect(body.querySelectorAll('[class], [style], script, img').length).to.equal(0);
    expect(body.querySelector('a:not([href])')!.textContent).to.equal('Unlock');
    expect((window as { __pwned?: number }).__pwned).to.equal(undefined);
    const external = body.querySelector('a[href^="https:"]')!;
    expect([external.getAttribute('target'), external.getAttribute('rel')]).to.deep.equal(['_blank', 'noopener noreferrer']);
  });

  it('shows images from the site’s mediaOrigins (config), and no others', async () => {
    const { body } = await mountHostile({ mediaOrigins: ['https://cdn.example.test'] });
    expect([...body.querySelectorAll('img')].map((i) => i.getAttribute('src'))).to.deep.equal(['https://cdn.example.test/parcel.png']);
  });

  it('an in-page anchor moves to its heading inside the article, leaving the page’s address alone', async () => {
    const before = location.href;
    const { faq, body } = await mountHostile();
    const link = body.querySelector<HTMLAnchorElement>('a[href^="#"]')!;
    expect(link.hasAttribute('target')).to.equal(false);
    link.click();
    expect(location.href).to.equal(before);
    expect(faq.root.activeElement?.textContent).to.equal('More');
  });
});
