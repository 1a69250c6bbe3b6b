// Runs a command with WebKitWebDriver listening (under its own Xvfb display, since WebKitGTK's
// MiniBrowser has no headless mode), then stops the driver by its own process group.
// Usage: node scripts/with-webkit.mjs <command> [args...]
// WEBKIT_DRIVER_PATH overrides the driver (default: WebKitWebDriver on PATH), as in
// web-test-runner.config.mjs. A missing program is reported in one line and exits with 127.
import { spawn } from 'node:child_process';
import { accessSync, constants, statSync } from 'node:fs';
import { createServer } from 'node:net';
import { delimiter, join } from 'node:path';

const INSTALL = 'apt-get install -y --no-install-recommends chromium firefox-esr webkit2gtk-driver xvfb xauth';
const driverProgram = process.env.WEBKIT_DRIVER_PATH ?? 'WebKitWebDriver';

/** Whether a program (a path, or a name looked up on PATH) exists and is executable. */
const found = (program) => {
  const candidates = program.includes('/') ? [program] : (process.env.PATH ?? '').split(delimiter).filter(Boolean).map((dir) => join(dir, program));
  return candidates.some((file) => {
    try {
      accessSync(file, constants.X_OK);
      return statSync(file).isFile();
    } catch {
      return false;
    }
  });
};

const missing = [
  [driverProgram, 'webkit2gtk-driver'],
  ['xvfb-run', 'xvfb'],
  ['Xvfb', 'xvfb'],
  ['xauth', 'xauth'],
].filter(([program]) => !found(program));
for (const [program, pkg] of missing) console.error(`with-webkit: ${program} is missing; install with: apt-get install -y --no-install-recommends ${pkg}`);
if (missing.length) console.error(`Everything the tests need: ${INSTALL}`);
if (missing.length) process.exit(127);

const freePort = () =>
  new Promise((resolve) => {
    const srv = createServer().listen(0, '127.0.0.1', () => {
      const { port } = srv.address();
      srv.close(() => resolve(port));
    });
  });

const port = await freePort();
const driver = spawn('xvfb-run', ['-a', '-s', '-screen 0 1280x1024x24', driverProgram, `--port=${port}`], {
  detached: true,
  stdio: ['ignore', 'ignore', 'inherit'],
});
driver.on('error', (error) => {
  console.error(`with-webkit: could not start xvfb-run: ${error.message}; install with: ${INSTALL}`);
  process.exit(error.code === 'ENOENT' ? 127 : 1);
});
let driverExited = false;
driver.on('exit', () => {
  driverExited = true;
});
const stop = () => {
  try {
    if (driver.pid) process.kill(-driver.pid, 'SIGTERM');
  } catch {}
};
let child;
process.on('exit', () => {
  child?.kill('SIGTERM');
  stop();
});
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => process.exit(130));

const deadline = Date.now() + 30_000;
for (;;) {
  try {
    const res = await fetch(`http://127.0.0.1:${port}/status`);
    if (res.ok) break;
  } catch {}
  if (driverExited) {
    console.error(`with-webkit: ${driverProgram} under xvfb-run exited before it listened on port ${port}`);
    process.exit(1);
  }
  if (Date.now() > deadline) {
    console.error('with-webkit: WebKitWebDriver did not start within 30 s');
    process.exit(1);
  }
  await new Promise((r) => setTimeout(r, 200));
}

const [cmd, ...args] = process.argv.slice(2);
child = spawn(cmd, args, { stdio: 'inherit', env: { ...process.env, WEBKIT_DRIVER_PORT: String(port) } });
child.on('error', (error) => {
  console.error(`with-webkit: could not start ${cmd}: ${error.message}`);
  process.exit(error.code === 'ENOENT' ? 127 : 1);
});
child.on('exit', (code, signal) => {
  stop();
  process.exit(code ?? (signal ? 1 : 0));
});
