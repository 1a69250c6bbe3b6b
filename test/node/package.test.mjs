// The npm package as an app gets it: a clean checkout (no dist/) is packed with `npm pack`, whose
// prepack builds it; the tarball is installed into an empty project from the registry. It pulls
// no msw and few packages, every entry point it names is there, its code imports exactly the
// packages it declares, its types compile in a strict project, and a plain Node program files a
// ticket through helpkit/sdk against helpkit/mock.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { cp, mkdir, mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';

const root = fileURLToPath(new URL('../..', import.meta.url));
const run = promisify(execFile);

/** What a clone does not have: what .gitignore leaves out… */
const notInClone = new Set(['coverage', 'screenshots', '.bench', '.scratch']);
/** …and, at any depth, installed and built things (example apps install and build their own). */
const notInCloneAnywhere = new Set(['.git', 'node_modules', 'dist']);
/** Installing Helpkit into an empty project adds at most this many packages, Helpkit included. */
const MAX_PACKAGES = 12;

/**
 * npm as if started from a shell: without the npm_* variables of an outer `npm test`, which
 * would point the inner npm at this repository (npm_config_local_prefix, npm_package_*).
 */
function npm(args, cwd) {
  const env = Object.fromEntries(Object.entries(process.env).filter(([key]) => !/^npm_/i.test(key)));
  return run('npm', args, { cwd, env, maxBuffer: 64 * 1024 * 1024 }).catch((error) => {
    throw new Error(`npm ${args[0]} failed:\n${error.stdout}\n${error.stderr}`.slice(-8000));
  });
}

/** Bare module specifiers (packages) that an ES module imports, statically or dynamically. */
function packagesImported(code) {
  const specifiers = [...code.matchAll(/(?:\bfrom|\bimport)\s*\(?\s*["'`]([@\w][\w@./-]*)["'`]/g)].map((m) => m[1]);
  return new Set(specifiers.map((s) => s.split('/').slice(0, s.startsWith('@') ? 2 : 1).join('/')));
}

async function jsFiles(dir) {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries.filter((e) => e.isFile() && e.name.endsWith('.js')).map((e) => join(e.parentPath ?? e.path, e.name));
}

// A Node program in the app, run from there so `helpkit/…` resolves as an app's import does.
const program = `
import { createClient } from 'helpkit/sdk';
import { createMockBackend } from 'helpkit/mock';

const backend = createMockBackend();
const client = createClient({ baseUrl: backend.baseUrl, fetch: backend.fetch, retry: 0 });
const created = await client.tickets.create({
  name: 'Ava Lind', email: 'ava@example.com', subject: 'I forgot my password',
  body: 'The reset e-mail never arrives.', categoryId: 'account', locale: 'en',
});
const found = await client.articles.search({ q: 'password' });
const msw = await import('helpkit/mock/msw').then(() => 'loaded', (error) => error.code);
client.close();
console.log(JSON.stringify({ number: created.ticket.number, filed: backend.ticketCount, article: found.items[0]?.title, msw }));
`;

// What an app's TypeScript sees, checked strictly and with the package's own declarations checked too.
const typed = `
import { createClient, type Ticket } from 'helpkit/sdk';
import { createMockBackend } from 'helpkit/mock';
import { HkTicketForm, type HkTicketCreatedEvent } from 'helpkit';
import 'helpkit/define';

const backend = createMockBackend();
const form: HkTicketForm = document.createElement('hk-ticket-form');
form.client = createClient({ baseUrl: backend.baseUrl, fetch: backend.fetch });
form.addEventListener('hk-ticket-created', (event: HkTicketCreatedEvent) => {
  const ticket: Ticket = event.detail.ticket;
  console.log(ticket.number.toUpperCase());
});
document.querySelector('hk-faq-search')?.setAttribute('locale', 'fa');
`;

test('a clean checkout packs into a package an empty project installs and uses', { timeout: 600_000 }, async (t) => {
  // Inside the repository's ignored .scratch/, so the build finds the installed dev tools by walking
  // up to node_modules/ as in a clone (a symlinked node_modules makes tsc's declarations point outside).
  await mkdir(join(root, '.scratch'), { recursive: true });
  const work = await mkdtemp(join(root, '.scratch', 'package-test-'));
  let app;
  try {
    // A clone: the sources without dist/ or node_modules/.
    const checkout = join(work, 'checkout');
    const filter = (src) => !notInCloneAnywhere.has(basename(src));
    for (const name of await readdir(root)) {
      if (!notInClone.has(name) && filter(name)) await cp(join(root, name), join(checkout, name), { recursive: true, filter });
    }

    const { stdout: packed } = await npm(['pack', '--json', '--pack-destination', work], checkout);
    // Lifecycle output may come first; the report is the JSON array at the end.
    const [report] = JSON.parse(packed.slice(packed.lastIndexOf('\n[') + 1));
    const shipped = new Set(report.files.map((f) => f.path));
    for (const file of ['package.json', 'README.md', 'protocol/openapi.yaml', 'dist/index.js', 'dist/types/index.d.ts', 'dist/cdn/define.js']) {
      assert.ok(shipped.has(file), `the tarball holds ${file}`);
    }
    t.diagnostic(`tarball ${report.filename}: ${(report.size / 1024).toFixed(0)} KB packed, ${(report.unpackedSize / 1024).toFixed(0)} KB unpacked, ${report.entryCount} files`);

    // The app lives outside the repository, where nothing but its own node_modules/ resolves.
    app = await mkdtemp(join(tmpdir(), 'helpkit-app-'));
    await writeFile(join(app, 'package.json'), JSON.stringify({ name: 'app', private: true, type: 'module' }));
    await npm(['install', join(work, report.filename), '--no-audit', '--no-fund'], app);

    const lock = JSON.parse(await readFile(join(app, 'package-lock.json'), 'utf8'));
    const installed = Object.keys(lock.packages).filter((key) => key.startsWith('node_modules/')).map((key) => key.slice(key.lastIndexOf('node_modules/') + 13));
    t.diagnostic(`installed ${installed.length} packages: ${installed.join(', ')}`);
    assert.ok(!installed.includes('msw'), 'msw is an optional peer, not installed with Helpkit');
    assert.ok(installed.length <= MAX_PACKAGES, `${installed.length} packages installed, at most ${MAX_PACKAGES} expected`);

    // Every path package.json exports is in the installed package (cdn/* by its three entry files).
    const pkgDir = join(app, 'node_modules/helpkit');
    const pkg = JSON.parse(await readFile(join(pkgDir, 'package.json'), 'utf8'));
    const targets = Object.values(pkg.exports).flatMap((target) => (typeof target === 'string' ? [target] : Object.values(target)));
    const paths = targets.flatMap((target) => (target.endsWith('*') ? ['define.js', 'ticket-form.js', 'faq-search.js'].map((f) => target.replace('*', f)) : [target]));
    for (const path of paths) assert.ok(existsSync(join(pkgDir, path)), `exported ${path} is in the package`);

    // The library imports only packages it declares, and every dependency it declares; the cdn
    // build imports none at all.
    const declared = new Set(Object.keys({ ...pkg.dependencies, ...pkg.peerDependencies }));
    const imported = new Set();
    const cdn = join(pkgDir, 'dist/cdn');
    for (const file of await jsFiles(join(pkgDir, 'dist'))) {
      const used = [...packagesImported(await readFile(file, 'utf8'))];
      const where = file.slice(pkgDir.length + 1);
      if (file.startsWith(cdn)) assert.deepEqual(used, [], `${where} imports no package`);
      else for (const name of used) assert.ok(declared.has(name), `${where} imports ${name}, which package.json does not declare`);
      if (!file.startsWith(cdn)) used.forEach((name) => imported.add(name));
    }
    for (const name of Object.keys(pkg.dependencies)) assert.ok(imported.has(name), `dependency ${name} is used by the shipped code`);

    await writeFile(join(app, 'program.mjs'), program);
    const { stdout } = await run(process.execPath, ['program.mjs'], { cwd: app });
    const result = JSON.parse(stdout);
    assert.match(result.number, /^HK-\d+$/);
    assert.equal(result.filed, 1);
    assert.equal(result.article, 'How do I reset my password?');
    assert.equal(result.msw, 'ERR_MODULE_NOT_FOUND', 'helpkit/mock/msw needs msw, which the app installs itself');

    await writeFile(join(app, 'app.ts'), typed);
    const tsconfig = {
      compilerOptions: {
        strict: true, target: 'es2022', module: 'esnext', moduleResolution: 'bundler',
        lib: ['es2022', 'dom', 'dom.iterable'], types: [], noEmit: true, skipLibCheck: false,
      },
      files: ['app.ts'],
    };
    await writeFile(join(app, 'tsconfig.json'), JSON.stringify(tsconfig));
    const tsc = await run(process.execPath, [join(root, 'node_modules/typescript/bin/tsc'), '-p', app]).catch((error) => error);
    assert.equal(tsc.code ?? 0, 0, `the app's TypeScript accepts the package's types:\n${tsc.stdout}`);
  } finally {
    for (const dir of [work, app]) if (dir) await rm(dir, { recursive: true, force: true });
  }
});
