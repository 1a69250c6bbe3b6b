// Browser tests in three real engines from Debian's packages (nothing is downloaded):
//   chromium  – Playwright driving /usr/bin/chromium
//   firefox   – Puppeteer (WebDriver BiDi) driving /usr/bin/firefox-esr
//   webkit    – WebDriver to WebKitGTK's MiniBrowser (needs WebKitWebDriver on :4444 under Xvfb;
//               scripts/with-webkit.mjs starts both)
// Run one engine with --group <name>; `npm test` runs each in turn.
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { playwrightLauncher } from '@web/test-runner-playwright';
import { puppeteerLauncher } from '@web/test-runner-puppeteer';
import { webdriverLauncher } from '@web/test-runner-webdriver';

/**
 * The programs each engine needs, with the environment variables that override them. scripts/test-all.mjs
 * imports this to check that they are all there before it runs anything (scripts/with-webkit.mjs
 * reads WEBKIT_DRIVER_PATH the same way).
 */
export const programs = {
  chromium: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  firefox: process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr',
  // Debian installs MiniBrowser under the machine's multiarch directory.
  miniBrowser: process.env.MINIBROWSER_PATH ?? `/usr/lib/${{ x64: 'x86_64', arm64: 'aarch64' }[process.arch] ?? process.arch}-linux-gnu/webkit2gtk-4.1/MiniBrowser`,
  webkitDriver: process.env.WEBKIT_DRIVER_PATH ?? 'WebKitWebDriver',
};

const chromium = playwrightLauncher({
  product: 'chromium',
  launchOptions: {
    executablePath: programs.chromium,
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  },
});

const firefox = puppeteerLauncher({
  launchOptions: { browser: 'firefox', executablePath: programs.firefox, headless: true },
});

const webkit = webdriverLauncher({
  automationProtocol: 'webdriver',
  hostname: '127.0.0.1',
  port: Number(process.env.WEBKIT_DRIVER_PORT ?? 4444),
  path: '/',
  capabilities: {
    browserName: 'MiniBrowser',
    'wdio:enforceWebDriverClassic': true,
    'webkitgtk:browserOptions': {
      binary: programs.miniBrowser,
      args: ['--automation'],
    },
  },
});

export default {
  // test/unit/ (pure modules) is included here like every other folder under test/.
  files: ['test/**/*.test.ts'],
  // Resolve packages' production builds, as a site using Helpkit gets them. By default the dev
  // server adds the `development` export condition, which loads Lit's dev build and prints
  // "Lit is in dev mode" (and other dev-only warnings) into every test file's browser log.
  // No test relies on those warnings. LIT_DEV_MODE=1 brings the dev builds back, to read Lit's
  // warnings while debugging an element.
  nodeResolve: { exportConditions: process.env.LIT_DEV_MODE === '1' ? ['development'] : ['production'] },
  plugins: [esbuildPlugin({ ts: true, target: 'es2022', tsconfig: 'tsconfig.json' })],
  middleware: [
    // Serve msw's own worker script rather than a committed copy that could go stale.
    (ctx, next) => {
      if (ctx.path === '/mockServiceWorker.js') ctx.path = '/node_modules/msw/lib/mockServiceWorker.js';
      return next();
    },
    // The README's Content-Security-Policy with Trusted Types enforced, for test/security/csp.test.ts.
    async (ctx, next) => {
      await next();
      if (ctx.path === '/test/fixtures/csp.html') {
        ctx.set(
          'Content-Security-Policy',
          "default-src 'none'; script-src 'self'; style-src 'none'; connect-src 'self'; base-uri 'none'; form-action 'none'; object-src 'none'; require-trusted-types-for 'script'; trusted-types lit-html helpkit",
        );
      }
    },
  ],
  // TEST_GREP="pattern" runs only the tests whose title matches (for development).
  testFramework: { config: { timeout: 20000, ...(process.env.TEST_GREP && { grep: process.env.TEST_GREP }) } },
  // One test page at a time in every engine. Several pages at once share one browser window, so
  // all but one are background tabs: Firefox then throttles their timers and animation frames and
  // delivers real key presses late or not at all, which made focus and keyboard tests flaky (and
  // once hung a file) on machines with more cores. Sequential files cost ~20 s per engine.
  concurrency: 1,
  browserStartTimeout: 60000,
  testsStartTimeout: 60000,
  testsFinishTimeout: 180000,
  groups: [
    { name: 'chromium', browsers: [chromium] },
    { name: 'firefox', browsers: [firefox] },
    { name: 'webkit', browsers: [webkit] },
  ],
  // Without --group, run Chromium only (quick local runs); `npm test` runs every group.
  browsers: [chromium],
};
