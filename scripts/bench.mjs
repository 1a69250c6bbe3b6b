// npm run bench: builds bench/ (production mode) and runs it in headless Chromium (Debian's),
// printing FAQ search timings for generated knowledge bases of 200, 2,000 and 10,000 articles.
import { spawnSync } from 'node:child_process';
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

const root = fileURLToPath(new URL('..', import.meta.url));
const out = join(root, '.bench');
const build = spawnSync(process.execPath, [join(root, 'node_modules/vite/bin/vite.js'), 'build', '--config', 'bench/vite.config.ts'], { cwd: root, stdio: 'inherit' });
if (build.status !== 0) process.exit(build.status ?? 1);

const types = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css' };
const server = createServer(async (req, res) => {
  const path = normalize(decodeURIComponent(new URL(req.url, 'http://x').pathname)).replace(/^(\.\.[/\\])+/, '');
  try {
    const body = await readFile(join(out, path === '/' ? 'index.html' : path));
    res.writeHead(200, { 'Content-Type': types[extname(path)] ?? 'text/html' });
    res.end(body);
  } catch {
    res.writeHead(404).end();
  }
});
await new Promise((r) => server.listen(0, '127.0.0.1', r));
const url = `http://127.0.0.1:${server.address().port}/`;

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'],
});
try {
  const page = await browser.newPage();
  await page.goto(url);
  await page.waitForFunction(() => window.benchResults || window.benchError, null, { timeout: 300_000 });
  const error = await page.evaluate(() => window.benchError);
  if (error) throw new Error(error);
  const results = await page.evaluate(() => window.benchResults);
  console.log(`\nFAQ search in headless Chromium ${browser.version()} (${new Date().toISOString().slice(0, 10)})\n`);
  console.table(
    results.map((r) => ({
      articles: r.articles,
      'index build (ms)': r.buildMs,
      'ready from IndexedDB (ms)': r.cacheReadyMs,
      'load built index (ms)': r.fromJsonMs,
      'search p50 / p95 (ms)': `${r.searchP50Ms} / ${r.searchP95Ms}`,
      'keystroke → results p50 / p95 (ms)': `${r.keystrokeP50Ms} / ${r.keystrokeP95Ms}`,
    })),
  );
  const at2000 = results.find((r) => r.articles === 2000);
  console.log(`targets at 2,000 articles: keystroke p95 ${at2000.keystrokeP95Ms} ms (target ≤ 16), ready from cache ${at2000.cacheReadyMs} ms (target ≤ 50)`);
} finally {
  await browser.close();
  server.close();
}
