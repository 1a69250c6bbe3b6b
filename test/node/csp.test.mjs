// A site with a strict Content-Security-Policy and Trusted Types enforced, in Chromium and Firefox: the page
// loads the built elements (bundled with their dependencies, as a site's bundler would), talks to
// the mock backend over HTTP on its own origin, and opens an article a compromised CMS filled with
// script and trackers. The article renders, nothing hostile runs or loads, and the browser reports
// no CSP or Trusted Types violation of ours — so the policy below (the README's) is all a site needs.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createServer } from 'node:http';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';
import { chromium } from 'playwright-core';
import { createMockBackend } from 'helpkit/mock';

const root = fileURLToPath(new URL('../..', import.meta.url));

/**
 * The README's policy, as tight as Helpkit allows: its own scripts from the site, its backend
 * (here the same origin), images and media only from `media` — the origins the site lists in
 * `mediaOrigins` — and no style source at all (the elements use constructable stylesheets).
 */
const csp = (media) => [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'none'",
  `img-src ${media}`,
  `media-src ${media}`,
  "connect-src 'self'",
  "base-uri 'none'",
  "form-action 'none'",
  "object-src 'none'",
  "require-trusted-types-for 'script'",
  'trusted-types lit-html helpkit',
].join('; ');

/** The built `helpkit/define` bundled with lit, DOMPurify and the rest into ES chunks, in memory. */
async function bundle() {
  const result = await build({
    root,
    configFile: false,
    logLevel: 'silent',
    build: {
      write: false,
      target: 'es2022',
      minify: false,
      modulePreload: false,
      rollupOptions: { input: { app: fileURLToPath(new URL('../../dist/define.js', import.meta.url)) }, output: { entryFileNames: '[name].js', chunkFileNames: '[name]-[hash].js' } },
    },
  });
  const output = (Array.isArray(result) ? result[0] : result).output;
  return new Map(output.filter((o) => o.type === 'chunk').map((o) => [`/${o.fileName}`, o.code]));
}

const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=', 'base64');

/**
 * Serves the page, the bundle and the mock backend on 127.0.0.1; the same server as
 * http://localhost:<port> plays the site's media CDN (another origin, listed in `mediaOrigins`).
 * Every article's body becomes `hostile(media)`.
 */
async function serve(files, hostile) {
  const hits = [];
  let backend;
  const server = createServer(async (req, res) => {
    hits.push(req.url);
    const media = `http://localhost:${port}`;
    const headers = { 'content-security-policy': csp(media) };
    if (req.url === '/') {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', ...headers });
      return res.end(`<!doctype html><html lang="en"><head><meta charset="utf-8"><title>CSP</title>
<script type="module" src="/app.js"></script></head>
<body><hk-faq-search api="${backend.baseUrl}" locale="en"></hk-faq-search></body></html>`);
    }
    if (files.has(req.url)) {
      res.writeHead(200, { 'content-type': 'text/javascript', ...headers });
      return res.end(files.get(req.url));
    }
    if (req.url.endsWith('.png')) {
      res.writeHead(200, { 'content-type': 'image/png' });
      return res.end(PNG);
    }
    if (!req.url.startsWith('/api/v1/')) {
      res.writeHead(req.url === '/favicon.ico' ? 204 : 404);
      return res.end();
    }
    const chunks = [];
    for await (const chunk of req) chunks.push(chunk);
    const request = new Request(`${backend.baseUrl}${req.url.slice('/api/v1'.length)}`, {
      method: req.method,
      headers: req.headers,
      body: chunks.length ? Buffer.concat(chunks) : undefined,
    });
    let response = await backend.handle(request);
    const path = new URL(request.url).pathname;
    const change = /\/articles\/[^/]+$/.test(path) ? { body: hostile(media) } : path.endsWith('/config') ? { mediaOrigins: [media] } : undefined;
    if (change && response.ok) {
      const headers = new Headers(response.headers);
      headers.delete('content-length');
      headers.delete('etag');
      response = new Response(JSON.stringify({ ...(await response.json()), ...change }), { status: response.status, headers });
    }
    res.writeHead(response.status, Object.fromEntries(response.headers));
    res.end(Buffer.from(await response.arrayBuffer()));
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address();
  backend = createMockBackend({ baseUrl: `http://127.0.0.1:${port}/api/v1`, startAt: '2026-03-02T08:30:00Z' });
  return { server, hits, origin: `http://127.0.0.1:${port}`, media: `http://localhost:${port}` };
}

// Image sources anywhere but the listed media origin (here even the page's own) are trackers to drop.
const hostile = (media) =>
  `<p class="notice danger">Your account is locked.</p><img src="/pixel.png" onerror="window.__pwned=1" alt="">` +
  `<img src=x onerror="window.__pwned=1"><script>window.__pwned=1</script><a href="javascript:window.__pwned=1">Unlock</a>` +
  `<p><img src="${media}/parcel.png" alt="a parcel"> Pack the item.</p>`;

const engines = {
  // Playwright drives Chromium; Firefox ESR through Puppeteer (WebDriver BiDi), as web-test-runner does.
  async chromium() {
    const browser = await chromium.launch({
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      headless: true,
      args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
    });
    const page = await browser.newPage();
    return { browser, page, beforeScripts: (fn) => page.addInitScript(fn) };
  },
  async firefox() {
    const { default: puppeteer } = await import('puppeteer-core');
    const browser = await puppeteer.launch({ browser: 'firefox', executablePath: process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr', headless: true });
    const page = await browser.newPage();
    return { browser, page, beforeScripts: (fn) => page.evaluateOnNewDocument(fn) };
  },
};

let files;

for (const [engine, open] of Object.entries(engines)) {
  test(`${engine}: a page with a strict CSP and Trusted Types enforced shows articles, and blocks nothing of ours`, { timeout: 120_000 }, async () => {
    files ??= await bundle();
    const site = await serve(files, hostile);
    const { browser, page, beforeScripts } = await open();
    try {
      const problems = [];
      page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
      page.on('console', (m) => /^(error|warn)/.test(m.type()) && problems.push(`console ${m.type()}: ${m.text()}`));
      // Init scripts are the browser's, not the page's: they run despite the CSP.
      await beforeScripts(() => {
        window.__violations = [];
        document.addEventListener('securitypolicyviolation', (e) => window.__violations.push(`${e.effectiveDirective} ${e.blockedURI} ${e.sample}`), true);
      });
      await page.goto(`${site.origin}/`);
      // The customer searches and opens the first result. Functions, not strings: the page's CSP
      // forbids eval, which Playwright would use for a string.
      const until = async (check, arg, what) => {
        for (const end = Date.now() + 20_000; !(await page.evaluate(check, arg)); await new Promise((r) => setTimeout(r, 50))) {
          if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
        }
      };
      const present = (selector) => !!document.querySelector('hk-faq-search')?.shadowRoot?.querySelector(selector);
      await until(present, 'input[type=search]', 'the search field');
      await page.evaluate(() => {
        const input = document.querySelector('hk-faq-search').shadowRoot.querySelector('input[type=search]');
        input.value = 'return';
        input.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
      });
      await until(present, '[role=option]', 'the results');
      await page.evaluate(() => document.querySelector('hk-faq-search').shadowRoot.querySelector('[role=option]').click());
      const loaded = () => {
        const img = document.querySelector('hk-faq-search').shadowRoot.querySelector('.article .body img');
        return !!img && img.complete && img.naturalWidth > 0;
      };
      await until(loaded, null, 'the article and its image');
      const shown = await page.evaluate(() => {
        const el = document.querySelector('hk-faq-search').shadowRoot.querySelector('.article .body');
        return {
          text: el.textContent,
          imgs: [...el.querySelectorAll('img')].map((i) => i.getAttribute('src')),
          scripts: el.querySelectorAll('script, [class], [onerror]').length,
          links: [...el.querySelectorAll('a')].map((a) => a.getAttribute('href')),
        };
      });
      assert.deepEqual(shown, { text: 'Your account is locked.Unlock Pack the item.', imgs: [`${site.media}/parcel.png`], scripts: 0, links: [null] });
      assert.equal(await page.evaluate(() => window.__pwned), undefined);
      // Parsing the article (with any HTML parser in the page: DOMParser, template, innerHTML) makes
      // Chromium report the attacker's own inline handlers as blocked `script-src-attr`; that report
      // is the policy working. Nothing of ours may appear: no Trusted Types, script, style, image or
      // connection violation. (Firefox's own favicon request is the browser's, not ours.)
      const ours = (v) => !v.startsWith('script-src-attr inline') && !/inline event handler|favicon\.ico/.test(v);
      assert.deepEqual((await page.evaluate(() => window.__violations)).filter(ours), []);
      assert.deepEqual(problems.filter(ours), []);
      assert.deepEqual(site.hits.filter((u) => u.endsWith('.png')), ['/parcel.png']);
      // The policy really is enforced here: a plain string into innerHTML is refused.
      const sink = await page.evaluate(() => {
        try {
          document.createElement('div').innerHTML = '<b>x</b>';
          return 'allowed';
        } catch {
          return 'refused';
        }
      });
      assert.equal(sink, 'refused');
    } finally {
      await browser.close();
      site.server.close();
    }
  });
}
