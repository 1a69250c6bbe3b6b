// examples/plain in Chromium, as a static host serves it: the page loads the cdn build with one
// module script and nothing else from npm (no bundler, no import map), under a deep path as on a
// CDN. A customer files a ticket and the page's own code hears `hk-ticket-created`; the FAQ finds
// an article. Each element's own file registers that element alone. Needs `npm run build`.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

const root = fileURLToPath(new URL('../..', import.meta.url));
/** Where the repository appears on the static host: anywhere, so relative URLs must do. */
const PREFIX = '/assets/helpkit/v0/';
const types = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.map': 'application/json', '.css': 'text/css' };

/** Test pages that load one element's file and nothing else. */
const onePage = (file) => `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${file}</title><link rel="icon" href="data:,">
<script type="module" src="${PREFIX}dist/cdn/${file}"></script></head><body></body></html>`;

let server;
let origin;
const requested = [];

before(async () => {
  server = createServer(async (req, res) => {
    const path = decodeURIComponent(new URL(req.url, 'http://host').pathname);
    requested.push(path);
    if (path.startsWith('/one/')) {
      res.writeHead(200, { 'content-type': types['.html'] });
      return res.end(onePage(path.slice('/one/'.length)));
    }
    const file = normalize(join(root, path.slice(PREFIX.length)));
    if (!path.startsWith(PREFIX) || !file.startsWith(root) || file.includes('node_modules')) {
      res.writeHead(404);
      return res.end();
    }
    try {
      const body = await readFile(file.endsWith('/') ? join(file, 'index.html') : file);
      res.writeHead(200, { 'content-type': types[extname(file) || '.html'] ?? 'application/octet-stream' });
      res.end(body);
    } catch {
      res.writeHead(404);
      res.end();
    }
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  origin = `http://127.0.0.1:${server.address().port}`;
});

after(() => server?.close());

async function open() {
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
  const page = await browser.newPage();
  const problems = [];
  page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
  page.on('console', (m) => m.type() === 'error' && problems.push(`console error: ${m.text()}`));
  page.on('requestfailed', (r) => problems.push(`request failed: ${r.url()}`));
  page.on('response', (r) => r.status() >= 400 && problems.push(`${r.status()}: ${r.url()}`));
  return { browser, page, problems };
}

test('the plain example files a ticket the page hears about and finds an article, with nothing but the cdn build', { timeout: 120_000 }, async (t) => {
  requested.length = 0;
  const { browser, page, problems } = await open();
  try {
    await page.goto(`${origin}${PREFIX}examples/plain/`);
    const registered = await page
      .waitForFunction(() => customElements.get('hk-faq-search') && customElements.get('hk-ticket-form'), null, { timeout: 15_000 })
      .then(() => true, () => false);
    assert.ok(registered, `the page's one script registers the elements; instead: ${problems.join('; ')}`);

    const faq = page.locator('hk-faq-search');
    await faq.locator('input[type=search]').fill('password');
    await faq.getByRole('option', { name: /How do I reset my password\?/ }).first().click();
    await faq.getByRole('heading', { name: 'How do I reset my password?' }).waitFor();

    const form = page.locator('hk-ticket-form');
    await form.locator('input[name=name]').fill('Ava Lind');
    await form.locator('input[name=email]').fill('ava@example.com');
    await form.locator('select[name=categoryId]').selectOption('account');
    await form.locator('input[name=subject]').fill('The reset e-mail never arrives');
    await form.locator('textarea[name=body]').fill('I asked for a new password twice; nothing came.');
    await form.locator('button[type=submit]').click();
    // Written by the page's own listener for hk-ticket-created.
    await page.locator('#filed').filter({ hasText: /Your ticket is HK-\d+\./ }).waitFor({ timeout: 15_000 });

    assert.deepEqual(problems, [], 'no errors: no bare module specifier failed to resolve, nothing missing');
    const scripts = requested.filter((path) => path.endsWith('.js'));
    assert.ok(scripts.length > 0 && scripts.every((path) => path.startsWith(`${PREFIX}dist/cdn/`)), `only the cdn build is loaded: ${scripts.join(', ')}`);
    t.diagnostic(`plain example: ${scripts.length} module requests`);
  } finally {
    await browser.close();
  }
});

test("each element's cdn file registers that element alone", { timeout: 60_000 }, async () => {
  const { browser, page, problems } = await open();
  try {
    for (const [file, tag, other] of [
      ['ticket-form.js', 'hk-ticket-form', 'hk-faq-search'],
      ['faq-search.js', 'hk-faq-search', 'hk-ticket-form'],
    ]) {
      await page.goto(`${origin}/one/${file}`);
      await page.waitForFunction((name) => customElements.get(name) !== undefined, tag);
      assert.equal(await page.evaluate((name) => customElements.get(name) === undefined, other), true, `${file} does not register ${other}`);
    }
    assert.deepEqual(problems, []);
  } finally {
    await browser.close();
  }
});
