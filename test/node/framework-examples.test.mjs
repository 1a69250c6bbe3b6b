// examples/react (React 19) and examples/vue (Vue 3.5), each as an app gets Helpkit: installed
// from npm's registry with Helpkit copied in from this repository as its tarball would be
// (install-links), type-checked strictly (tsc / vue-tsc, with only the package's generated
// declarations), built for production and served as static files. In Chromium the app's own code
// receives what the elements do: a filed ticket's number, the FAQ article read (Vue: the search
// text through v-model, both ways), and a customer who signs in after the form loaded fills the
// fields they have not written in. Needs `npm run build`.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { createServer } from 'node:http';
import { existsSync } from 'node:fs';
import { readFile, rm } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { chromium } from 'playwright-core';

const root = fileURLToPath(new URL('../..', import.meta.url));
const run = promisify(execFile);
const types = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.css': 'text/css', '.map': 'application/json' };

/** A command in the example's folder, as from a shell (without an outer `npm test`'s npm_* variables). */
function sh(cwd, cmd, args) {
  const env = Object.fromEntries(Object.entries(process.env).filter(([key]) => !/^npm_/i.test(key)));
  return run(cmd, args, { cwd, env, maxBuffer: 64 * 1024 * 1024 }).catch((error) => {
    throw new Error(`${cmd} ${args.join(' ')} failed in ${cwd}:\n${error.stdout}\n${error.stderr}`.slice(-8000));
  });
}

/** Installs, type-checks and builds an example; returns the folder of its production build. */
async function build(name, typecheck) {
  for (const file of ['dist/index.js', 'dist/types/index.d.ts', `dist/types/${name}.d.ts`]) {
    assert.ok(existsSync(join(root, file)), `${file} is missing: run \`npm run build\` (the whole build: vite alone writes no types) first`);
  }
  const dir = join(root, 'examples', name);
  // npm keeps a copied-in package of the same version: take the freshly built one.
  await rm(join(dir, 'node_modules/helpkit'), { recursive: true, force: true });
  // From the registry: one more try if the network failed the first.
  const install = () => sh(dir, 'npm', ['install', '--no-audit', '--no-fund']);
  await install().catch(install);
  await sh(dir, process.execPath, typecheck);
  await sh(dir, process.execPath, ['node_modules/vite/bin/vite.js', 'build', '--logLevel', 'warn']);
  return join(dir, 'dist');
}

/** Serves a folder as a static host does; returns its origin. */
async function serve(dir) {
  const server = createServer(async (req, res) => {
    const path = decodeURIComponent(new URL(req.url, 'http://host').pathname);
    const file = normalize(join(dir, path.endsWith('/') ? `${path}index.html` : path));
    try {
      if (!file.startsWith(dir)) throw new Error('outside');
      const body = await readFile(file);
      res.writeHead(200, { 'content-type': types[extname(file)] ?? 'application/octet-stream' });
      res.end(body);
    } catch {
      res.writeHead(404);
      res.end();
    }
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  servers.push(server);
  return `http://127.0.0.1:${server.address().port}`;
}

const servers = [];
let browser;

before(async () => {
  browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
});

after(async () => {
  await browser?.close();
  for (const server of servers) server.close();
});

async function open(origin) {
  const page = await browser.newPage();
  const problems = [];
  page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
  page.on('console', (m) => (m.type() === 'error' || m.type() === 'warning') && problems.push(`console ${m.type()}: ${m.text()}`));
  page.on('requestfailed', (r) => problems.push(`request failed: ${r.url()}`));
  page.on('response', (r) => r.status() >= 400 && problems.push(`${r.status()}: ${r.url()}`));
  await page.goto(origin);
  const registered = await page
    .waitForFunction(() => customElements.get('hk-faq-search') && customElements.get('hk-ticket-form'), null, { timeout: 15_000 })
    .then(() => true, () => false);
  assert.ok(registered, `the app registers the elements; instead: ${problems.join('; ')}`);
  return { page, problems };
}

/** The value of a field inside the ticket form's shadow root. */
const fieldValue = (page, name) => page.locator(`hk-ticket-form [name=${name}]`).inputValue();

/** Waits until a field holds `value` (as the app's change is rendered). */
function fieldHolds(page, selector, value) {
  return page.waitForFunction(
    ([selector, value]) => {
      const [host, inner] = selector.split(' ');
      return document.querySelector(host)?.shadowRoot?.querySelector(inner)?.value === value;
    },
    [selector, value],
    { timeout: 10_000 },
  );
}

/**
 * What both apps must do: a customer who signs in after the form loaded gets the name and e-mail
 * filled where they have not typed (the name they typed stays), files a ticket, and the app shows
 * its number from `hk-ticket-created`.
 */
async function signInAndFile(page) {
  const form = page.locator('hk-ticket-form');
  // Loaded: the fields are there. The customer writes their own name first.
  await form.locator('input[name=name]').fill('Ava L.');
  assert.equal(await fieldValue(page, 'email'), '', 'nothing fills the e-mail before the app knows it');
  await page.getByRole('button', { name: 'Sign in' }).click();
  await fieldHolds(page, 'hk-ticket-form input[name=email]', 'ava@example.com');
  assert.equal(await fieldValue(page, 'name'), 'Ava L.', 'the name the customer typed stays');

  await form.locator('select[name=categoryId]').selectOption('account');
  await form.locator('input[name=subject]').fill('The reset e-mail never arrives');
  await form.locator('textarea[name=body]').fill('I asked for a new password twice; nothing came.');
  await form.locator('button[type=submit]').click();
  // Written by the app's own handler for hk-ticket-created.
  await page.locator('#filed').filter({ hasText: /Thanks! Your ticket is HK-\d+\./ }).waitFor({ timeout: 15_000 });
}

test('React 19: strict types, a production build, properties and on<event> handlers', { timeout: 600_000 }, async (t) => {
  const dist = await build('react', ['node_modules/typescript/bin/tsc', '--noEmit']);
  const { page, problems } = await open(await serve(dist));
  try {
    const faq = page.locator('hk-faq-search');
    await faq.locator('input[type=search]').fill('password');
    await faq.getByRole('option', { name: /How do I reset my password\?/ }).first().click();
    // The app's onhk-article-viewed handler.
    await page.locator('#read').filter({ hasText: 'You read “How do I reset my password?”.' }).waitFor();

    await signInAndFile(page);
    assert.equal(await page.locator('hk-ticket-form').getAttribute('client'), null, 'the client is set as a property, not an attribute');
    assert.deepEqual(problems, []);
    t.diagnostic('react example: typed, built, filed a ticket');
  } finally {
    await page.close();
  }
});

test('Vue 3.5: strict vue-tsc, a production build, .prop, events and v-model on the FAQ', { timeout: 600_000 }, async (t) => {
  const dist = await build('vue', ['node_modules/vue-tsc/bin/vue-tsc.js', '--noEmit']);
  const { page, problems } = await open(await serve(dist));
  try {
    const faq = page.locator('hk-faq-search');
    const search = faq.locator('input[type=search]');
    // v-model, app → element: the app sets the text, the FAQ searches it.
    await page.getByRole('button', { name: 'Ask about refunds' }).click();
    await fieldHolds(page, 'hk-faq-search input[type=search]', 'refund');
    await faq.getByRole('option').first().waitFor();
    // v-model, element → app: what the customer types reaches the app.
    await search.fill('password');
    await page.locator('#query').filter({ hasText: 'Searching for “password”.' }).waitFor();
    await faq.getByRole('option', { name: /How do I reset my password\?/ }).first().click();
    await faq.getByRole('heading', { name: 'How do I reset my password?' }).waitFor();

    await signInAndFile(page);
    assert.equal(await page.locator('hk-ticket-form').getAttribute('client'), null, 'the client is set as a property, not an attribute');
    assert.deepEqual(problems, []);
    t.diagnostic('vue example: typed, built, filed a ticket');
  } finally {
    await page.close();
  }
});
