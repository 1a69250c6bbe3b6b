// The demo page as `npm start` serves it (Vite's dev server, the mock backend in msw's service
// worker), in Debian's Chromium: it tells the truth about the network, speaks the chosen language
// in the right direction after a reload too, and its own controls pass axe in light and dark.
// Offline needs a real browser context (`context.setOffline`), hence a Node test and not one in
// the browser test runner.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { createServer } from 'vite';
import { chromium } from 'playwright-core';

const root = fileURLToPath(new URL('../..', import.meta.url));
const axePath = createRequire(import.meta.url).resolve('axe-core/axe.min.js');

let server;
let browser;
let url;

before(async () => {
  server = await createServer({
    configFile: `${root}demo/vite.config.ts`,
    logLevel: 'error',
    // Its own dependency cache, so an `npm start` with other settings does not rebuild it mid-test;
    // no watching, so someone editing src/ meanwhile does not reload the page under the test.
    cacheDir: `${root}node_modules/.vite-demo-test`,
    server: { host: '127.0.0.1', port: 0, hmr: false, watch: null },
  });
  await server.listen();
  url = server.resolvedUrls.local[0];
  browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
});

after(async () => {
  await browser?.close();
  await server?.close();
});

/** A fresh visitor (new storage) on the demo, once the mock backend has answered the page. */
async function open() {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  context.setDefaultTimeout(20_000);
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await visit(page);
  return { context, page, errors };
}

async function visit(page, how = (p) => p.goto(url)) {
  await how(page);
  // The first visit waits for Vite to bundle the dependencies when its cache is cold.
  await page.locator('#site .strong').waitFor({ timeout: 60_000 });
  await page.locator('hk-ticket-form select[name=categoryId]').waitFor();
}

/** Tickets the mock backend has filed (it runs in the page). */
const filed = (page) => page.evaluate(() => window.helpkitDemo.backend.ticketCount);

async function fillTicket(form, subject) {
  await form.locator('input[name=name]').fill('Ava Lind');
  await form.locator('input[name=email]').fill('ava@example.com');
  await form.locator('select[name=categoryId]').selectOption('account');
  await form.locator('input[name=subject]').fill(subject);
  await form.locator('textarea[name=body]').fill('The reset e-mail never arrives.');
}

const waitForText = (locator, pattern) => locator.filter({ hasText: pattern }).waitFor();

test('offline, the form queues the ticket instead of confirming it, and sends it once when back online; "Go offline" does the same', { timeout: 120_000 }, async () => {
  const { context, page, errors } = await open();
  try {
    const form = page.locator('hk-ticket-form');
    await fillTicket(form, 'Locked out while offline');
    await context.setOffline(true);
    await form.getByRole('button', { name: 'Send message' }).click();
    await form.locator('.queued, .confirmation').first().waitFor();
    assert.equal(await form.locator('.confirmation').count(), 0, 'no confirmation while offline');
    assert.match(await form.locator('.queued h3').innerText(), /when you are back online/);
    assert.equal(await filed(page), 0, 'the mock received nothing');
    const network = page.locator('#network');
    await waitForText(network, /Your browser is offline/);
    await waitForText(page.locator('#outbox'), 'One submission is waiting in the outbox.');

    await context.setOffline(false);
    await form.locator('.confirmation').waitFor();
    await waitForText(network, /^Online/);
    await waitForText(page.locator('#outbox'), 'The outbox is empty.');
    assert.equal(await filed(page), 1, 'sent exactly once');

    // The demo's own control: the browser stays online, the mock answers nothing.
    await form.getByRole('button', { name: 'Send another message' }).click();
    await fillTicket(form, 'Locked out, server down');
    const goOffline = page.getByRole('button', { name: 'Go offline' });
    await goOffline.click();
    assert.equal(await goOffline.getAttribute('aria-pressed'), 'true');
    await waitForText(network, /answers nothing/);
    await form.getByRole('button', { name: 'Send message' }).click();
    await form.locator('.queued').waitFor();
    assert.equal(await filed(page), 1);
    await goOffline.click();
    assert.equal(await goOffline.getAttribute('aria-pressed'), 'false');
    await form.locator('.confirmation').waitFor();
    assert.equal(await filed(page), 2);
    assert.deepEqual(errors, []);
  } finally {
    await context.close();
  }
});

test("the chosen language sets the demo's own words and direction, and is there again after a reload before anything renders", { timeout: 120_000 }, async () => {
  const { context, page, errors } = await open();
  try {
    // The direction the page has when <body> first exists: only the head's inline script has run.
    await context.addInitScript(() => {
      new MutationObserver((_, observer) => {
        if (!document.body) return;
        window.dirAtFirstBody = document.documentElement.dir;
        observer.disconnect();
      }).observe(document, { childList: true, subtree: true });
    });
    const html = page.locator('html');
    assert.equal(await html.getAttribute('dir'), 'ltr');
    assert.equal(await page.locator('#mine-h [data-text]').innerText(), 'My tickets');

    await page.selectOption('#locale', 'fa');
    assert.equal(await html.getAttribute('lang'), 'fa');
    assert.equal(await html.getAttribute('dir'), 'rtl');
    assert.equal(await page.title(), 'نسخهٔ نمایشی Helpkit');
    assert.equal(await page.locator('#mine-h [data-text]').innerText(), 'درخواست‌های من');
    assert.equal(await page.getByRole('button', { name: 'قطع اتصال' }).getAttribute('aria-pressed'), 'false');
    await waitForText(page.locator('#network'), /^آنلاین/);
    await waitForText(page.locator('#outbox'), 'صندوق خروجی خالی است.');
    await waitForText(page.locator('#site'), /هم‌اکنون باز است|باز می‌شود/);
    await page.locator('hk-ticket-form').getByRole('button', { name: 'ارسال پیام' }).waitFor();

    await page.selectOption('#locale', 'sv');
    assert.equal(await html.getAttribute('dir'), 'ltr');
    assert.equal(await page.locator('#mine-h [data-text]').innerText(), 'Mina ärenden');
    assert.equal(await page.getByRole('button', { name: 'Gå offline' }).count(), 1);
    await page.selectOption('#locale', 'ar');
    assert.equal(await html.getAttribute('dir'), 'rtl');
    assert.equal(await page.locator('#back-h').innerText(), 'خلف الكواليس: الخادم التجريبي');
    await waitForText(page.locator('#network'), /^متصل/);

    await visit(page, (p) => p.reload());
    assert.equal(await page.evaluate(() => window.dirAtFirstBody), 'rtl', 'right to left before the body rendered');
    assert.equal(await html.getAttribute('lang'), 'ar');
    assert.equal(await page.locator('#locale').inputValue(), 'ar');
    assert.equal(await page.locator('#ticket-h [data-text]').innerText(), 'تواصل مع الدعم');
    assert.equal(await page.title(), 'عرض توضيحي لـ Helpkit');
    assert.equal(await page.locator('hk-ticket-form').getAttribute('locale'), 'ar');
    await page.locator('hk-ticket-form').getByRole('button', { name: 'إرسال الرسالة' }).waitFor();
    assert.deepEqual(errors, []);
  } finally {
    await context.close();
  }
});

/** axe on the demo's own part of the page (the elements have their own axe tests). */
async function axe(page, state) {
  if (!(await page.evaluate(() => 'axe' in window))) await page.addScriptTag({ path: axePath });
  const violations = await page.evaluate(async () => {
    const result = await window.axe.run({ exclude: [['hk-faq-search'], ['hk-ticket-form']] }, { resultTypes: ['violations'] });
    return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => `${n.target.join(' ')} (${n.failureSummary.replace(/\s+/g, ' ')})`).join('; ')}`);
  });
  assert.deepEqual(violations, [], `axe, ${state}`);
}

test(`axe finds nothing in the demo's own controls, light and dark: "Go offline" pressed or not, the browser online or offline, LTR and RTL`, { timeout: 120_000 }, async () => {
  const { context, page } = await open();
  const inLightAndDark = async (state) => {
    for (const colorScheme of ['light', 'dark']) {
      await page.emulateMedia({ colorScheme });
      await axe(page, `${state}, ${colorScheme}`);
    }
  };
  try {
    await inLightAndDark('as loaded');
    const goOffline = page.locator('#offline');
    await goOffline.click();
    await waitForText(page.locator('#network'), /answers nothing/);
    assert.equal(await goOffline.getAttribute('aria-pressed'), 'true');
    await goOffline.focus();
    await inLightAndDark('"Go offline" pressed and focused');
    await context.setOffline(true);
    await waitForText(page.locator('#network'), /Your browser is offline/);
    await inLightAndDark('browser offline');
    await page.selectOption('#locale', 'fa');
    await waitForText(page.locator('#network'), /مرورگر شما آفلاین است/);
    await inLightAndDark('Persian, offline, "Go offline" pressed');
  } finally {
    await context.close();
  }
});
