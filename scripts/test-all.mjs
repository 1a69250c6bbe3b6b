// Runs every test suite — Node (built package), then the browser tests in Chromium, Firefox and
// WebKit, each engine on its own so a launch problem in one is visible on its own — and ends with
// one plain line totalled over all of them: "Total: N passed, N failed".
// Usage: node scripts/test-all.mjs [--check] [node] [chromium] [firefox] [webkit]   (default: all four)
//
// Before running anything it checks that every program the chosen suites need is installed (the
// paths come from web-test-runner.config.mjs, so CHROMIUM_PATH, FIREFOX_PATH, MINIBROWSER_PATH and
// WEBKIT_DRIVER_PATH override them here too). If one is missing it says which, and how to install
// it, and exits with 2 without running a test. `--check` does only that check (and skips the one
// for dist/, which the build makes), so it can run before the typecheck and build.
// A browser that started but ran no test (a flaky launch) is tried once more; a program that could
// not be started at all is not, and a failing test is never retried.
import { spawn } from 'node:child_process';
import { accessSync, constants, existsSync, statSync } from 'node:fs';
import { delimiter, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { programs } from '../web-test-runner.config.mjs';

// Paths below (and the test runner's config) are relative to the repository.
process.chdir(fileURLToPath(new URL('..', import.meta.url)));

const INSTALL = 'apt-get install -y --no-install-recommends chromium firefox-esr webkit2gtk-driver xvfb xauth';
/** with-webkit.mjs and the shell exit with this when a program is not there. */
const NOT_FOUND = 127;

const wtr = ['node_modules/@web/test-runner/dist/bin.js', '--config', 'web-test-runner.config.mjs'];
const suites = [
  {
    name: 'node',
    cmd: 'node',
    args: ['--test', 'test/node/'],
    parse: parseNode,
    needs: [{ file: 'dist/index.js', what: 'the built package (dist/)', fix: 'run `npm run build` first' }],
  },
  {
    name: 'chromium',
    cmd: 'node',
    args: [...wtr, '--group', 'chromium'],
    parse: parseWtr,
    needs: [{ program: programs.chromium, what: 'Chromium', pkg: 'chromium', env: 'CHROMIUM_PATH' }],
  },
  {
    name: 'firefox',
    cmd: 'node',
    args: [...wtr, '--group', 'firefox'],
    parse: parseWtr,
    needs: [{ program: programs.firefox, what: 'Firefox', pkg: 'firefox-esr', env: 'FIREFOX_PATH' }],
  },
  {
    name: 'webkit',
    cmd: 'node',
    args: ['scripts/with-webkit.mjs', 'node', ...wtr, '--group', 'webkit'],
    parse: parseWtr,
    needs: [
      { program: programs.webkitDriver, what: 'the WebKit driver', pkg: 'webkit2gtk-driver', env: 'WEBKIT_DRIVER_PATH' },
      { program: programs.miniBrowser, what: "WebKitGTK's MiniBrowser", pkg: 'webkit2gtk-driver', env: 'MINIBROWSER_PATH' },
      { program: 'xvfb-run', what: 'xvfb-run (WebKit runs under Xvfb)', pkg: 'xvfb' },
      { program: 'Xvfb', what: 'Xvfb (WebKit runs under Xvfb)', pkg: 'xvfb' },
      { program: 'xauth', what: 'xauth (xvfb-run needs it)', pkg: 'xauth' },
    ],
  },
];

const checkOnly = process.argv.includes('--check');
const only = process.argv.slice(2).filter((arg) => arg !== '--check');
const unknown = only.filter((name) => !suites.some((s) => s.name === name));
if (unknown.length) {
  console.error(`test-all: unknown suite ${unknown.join(', ')}; choose from ${suites.map((s) => s.name).join(', ')}`);
  process.exit(2);
}
const chosen = suites.filter((s) => !only.length || only.includes(s.name));

/** Whether a program (a path, or a name looked up on PATH) exists and is executable. */
function found(program) {
  const candidates = program.includes('/') ? [program] : (process.env.PATH ?? '').split(delimiter).filter(Boolean).map((dir) => join(dir, program));
  return candidates.some((file) => {
    try {
      accessSync(file, constants.X_OK);
      return statSync(file).isFile();
    } catch {
      return false;
    }
  });
}

// Preflight: everything the chosen suites need, before any of them runs.
const problems = [];
let missingProgram = false;
for (const suite of chosen) {
  for (const need of suite.needs) {
    if (need.file) {
      if (!checkOnly && !existsSync(need.file)) problems.push(`${suite.name}: ${need.what} is missing (${need.file}); ${need.fix}`);
      continue;
    }
    if (found(need.program)) continue;
    missingProgram = true;
    const where = need.program.includes('/') ? `no ${need.program}` : `no ${need.program} on PATH`;
    const override = need.env ? ` (or set ${need.env} to where it is)` : '';
    problems.push(`${suite.name}: ${need.what} is missing (${where}); install with: apt-get install -y --no-install-recommends ${need.pkg}${override}`);
  }
}
if (problems.length) {
  console.error('test-all: cannot run the tests, something they need is missing:');
  for (const line of problems) console.error(`  ${line}`);
  if (missingProgram) console.error(`Everything the tests need (as in the README and .ci/run): ${INSTALL}`);
  console.error('No tests were run.');
  process.exit(2);
}
if (checkOnly) {
  console.log(`test-all: everything ${chosen.map((s) => s.name).join(', ')} need${chosen.length === 1 ? 's' : ''} is installed`);
  process.exit(0);
}

function run(cmd, args) {
  return new Promise((resolve) => {
    const child = spawn(cmd, args, { stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    const take = (stream, sink) =>
      stream.on('data', (chunk) => {
        out += chunk;
        sink.write(chunk);
      });
    take(child.stdout, process.stdout);
    take(child.stderr, process.stderr);
    // A program that cannot be started at all ('error' comes instead of 'close' output).
    child.on('error', (error) => {
      console.error(`test-all: could not start ${cmd}: ${error.message}`);
      resolve({ code: error.code === 'ENOENT' ? NOT_FOUND : 1, out, spawnFailed: true });
    });
    child.on('close', (code) => resolve({ code: code ?? 1, out }));
  });
}

const plain = (text) => text.replace(/\x1b\[[0-9;]*[A-Za-z]/g, '');

/** The runner's last progress line: "Chromium: |███| 25/25 test files | 309 passed, 1 failed". */
function parseWtr(out) {
  const all = [...plain(out).matchAll(/(\d+)\/(\d+) test files \|\s*(\d+) passed, (\d+) failed/g)];
  const last = all.at(-1);
  return last ? { files: Number(last[1]), totalFiles: Number(last[2]), passed: Number(last[3]), failed: Number(last[4]) } : undefined;
}

function parseNode(out) {
  const pass = plain(out).match(/^# pass (\d+)$/m);
  const fail = plain(out).match(/^# fail (\d+)$/m);
  return pass && fail ? { passed: Number(pass[1]), failed: Number(fail[1]) } : undefined;
}

const results = [];
for (const suite of chosen) {
  console.log(`\n=== ${suite.name} ===`);
  let result = await run(suite.cmd, suite.args);
  let counts = suite.parse(result.out);
  const couldNotStart = result.spawnFailed || result.code === NOT_FOUND;
  if (!couldNotStart && (!counts || counts.passed + counts.failed === 0)) {
    console.log(`\n${suite.name}: no test ran (the browser may have failed to start); trying once more`);
    result = await run(suite.cmd, suite.args);
    counts = suite.parse(result.out);
  }
  const ran = counts && counts.passed + counts.failed > 0;
  results.push({ name: suite.name, code: result.code, ran, couldNotStart, ...(counts ?? { passed: 0, failed: 0 }) });
}

console.log('\n=== summary ===');
let passed = 0;
let failed = 0;
const notOk = [];
for (const r of results) {
  passed += r.passed;
  failed += r.failed;
  // A runner that stopped part-way (its browser or driver went away) reports only the files it got to.
  const stopped = r.totalFiles !== undefined && r.files < r.totalFiles;
  const note = r.couldNotStart
    ? ' (could not start: a program is missing)'
    : !r.ran
      ? ' (did not run)'
      : stopped
        ? ` (stopped after ${r.files} of ${r.totalFiles} test files, exit code ${r.code})`
        : r.code !== 0 && r.failed === 0
          ? ` (exit code ${r.code})`
          : '';
  if (!r.ran || stopped || r.code !== 0 || r.failed > 0) notOk.push(r.name);
  console.log(`${r.name}: ${r.passed} passed, ${r.failed} failed${note}`);
}
if (notOk.length) console.log(`FAILED: ${notOk.join(', ')}`);
console.log(`Total: ${passed} passed, ${failed} failed`);
process.exit(notOk.length ? 1 : 0);
