// Runs every test suite — Node (built package), then the browser tests in Chromium, Firefox and
// WebKit, each engine on its own so a launch problem in one is visible on its own — and ends with
// one plain line totalled over all of them: "Total: N passed, N failed".
// A browser that fails to *start* is tried once more; a failing test is never retried.
import { spawn } from 'node:child_process';

const wtr = ['node_modules/@web/test-runner/dist/bin.js', '--config', 'web-test-runner.config.mjs'];
const suites = [
  { name: 'node', cmd: 'node', args: ['--test', 'test/node/'], parse: parseNode },
  { name: 'chromium', cmd: 'node', args: [...wtr, '--group', 'chromium'], parse: parseWtr },
  { name: 'firefox', cmd: 'node', args: [...wtr, '--group', 'firefox'], parse: parseWtr },
  { name: 'webkit', cmd: 'node', args: ['scripts/with-webkit.mjs', 'node', ...wtr, '--group', 'webkit'], parse: parseWtr },
];
const only = process.argv.slice(2);

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
    child.on('close', (code) => resolve({ code: code ?? 1, out }));
  });
}

const plain = (text) => text.replace(/\x1b\[[0-9;]*[A-Za-z]/g, '');

function parseWtr(out) {
  const all = [...plain(out).matchAll(/\|\s*(\d+) passed, (\d+) failed/g)];
  const last = all.at(-1);
  return last ? { passed: Number(last[1]), failed: Number(last[2]) } : undefined;
}

function parseNode(out) {
  const pass = plain(out).match(/^# pass (\d+)$/m);
  const fail = plain(out).match(/^# fail (\d+)$/m);
  return pass && fail ? { passed: Number(pass[1]), failed: Number(fail[1]) } : undefined;
}

const results = [];
for (const suite of suites) {
  if (only.length && !only.includes(suite.name)) continue;
  console.log(`\n=== ${suite.name} ===`);
  let { code, out } = await run(suite.cmd, suite.args);
  let counts = suite.parse(out);
  if (!counts || counts.passed + counts.failed === 0) {
    console.log(`\n${suite.name}: no test ran (the browser may have failed to start); trying once more`);
    ({ code, out } = await run(suite.cmd, suite.args));
    counts = suite.parse(out);
  }
  const ran = counts && counts.passed + counts.failed > 0;
  results.push({ name: suite.name, code, ran, ...(counts ?? { passed: 0, failed: 0 }) });
}

console.log('\n=== summary ===');
let passed = 0;
let failed = 0;
let ok = true;
for (const r of results) {
  passed += r.passed;
  failed += r.failed;
  const note = !r.ran ? ' (did not run)' : r.code !== 0 && r.failed === 0 ? ` (exit code ${r.code})` : '';
  if (!r.ran || r.code !== 0 || r.failed > 0) ok = false;
  console.log(`${r.name}: ${r.passed} passed, ${r.failed} failed${note}`);
}
console.log(`Total: ${passed} passed, ${failed} failed`);
process.exit(ok ? 0 : 1);
