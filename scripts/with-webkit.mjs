// Runs a command with WebKitWebDriver listening (under its own Xvfb display, since WebKitGTK's
// MiniBrowser has no headless mode), then stops the driver by its own process group.
// Usage: node scripts/with-webkit.mjs <command> [args...]
import { spawn } from 'node:child_process';
import { createServer } from 'node:net';

const freePort = () =>
  new Promise((resolve) => {
    const srv = createServer().listen(0, '127.0.0.1', () => {
      const { port } = srv.address();
      srv.close(() => resolve(port));
    });
  });

const port = await freePort();
const driver = spawn('xvfb-run', ['-a', '-s', '-screen 0 1280x1024x24', 'WebKitWebDriver', `--port=${port}`], {
  detached: true,
  stdio: ['ignore', 'ignore', 'inherit'],
});
const stop = () => {
  try {
    process.kill(-driver.pid, 'SIGTERM');
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
  if (Date.now() > deadline) {
    console.error('WebKitWebDriver did not start within 30 s');
    process.exit(1);
  }
  await new Promise((r) => setTimeout(r, 200));
}

const [cmd, ...args] = process.argv.slice(2);
child = spawn(cmd, args, { stdio: 'inherit', env: { ...process.env, WEBKIT_DRIVER_PORT: String(port) } });
child.on('exit', (code, signal) => {
  stop();
  process.exit(code ?? (signal ? 1 : 0));
});
