// Screenshots of the demo in headless Chromium (Debian's), for looking at our own screens: the
// page, <hk-ticket-form> and <hk-faq-search> in each of their states, LTR and RTL, light and dark, phone and desktop.
// Needs `npm start` running. Usage: node scripts/screenshots.mjs [url] [outdir]
import { chromium } from 'playwright-core';
import { mkdir } from 'node:fs/promises';

const url = process.argv[2] ?? 'http://localhost:5173/';
const out = process.argv[3] ?? 'screenshots';
await mkdir(out, { recursive: true });
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'],
});
const sizes = { phone: { width: 390, height: 844 }, desktop: { width: 1280, height: 900 } };
const text = {
  en: { name: 'Ava Lind', subject: 'I forgot my password', body: 'The reset e-mail never arrives.' },
  fa: { name: 'آوا لیند', subject: 'گذرواژه را فراموش کرده‌ام', body: 'ایمیل بازنشانی به دستم نمی‌رسد.' },
};

/**
 * Runs `views` on a fresh demo page for every size, colour scheme and language; `shot(el, name)`
 * makes the screenshot function for one element, named `<name>-<state>-<locale>-<size>-<scheme>`.
 */
async function eachView(views) {
  for (const [size, viewport] of Object.entries(sizes)) {
    for (const scheme of ['light', 'dark']) {
      for (const locale of ['en', 'fa']) {
        const context = await browser.newContext({ viewport, colorScheme: scheme });
        const page = await context.newPage();
        await page.goto(url);
        await page.waitForSelector('#site .strong', { timeout: 15000 });
        await page.selectOption('#locale', locale);
        const shot = (el, name) => async (state) => {
          const file = `${out}/${name}-${state}-${locale}-${size}-${scheme}.png`;
          await el.screenshot({ path: file });
          console.log(file);
        };
        await views({ page, locale, size, scheme, shot });
        await context.close();
      }
    }
  }
}

// <hk-ticket-form>: empty, invalid, suggestions, article, confirmed (and the whole page).
await eachView(async ({ page, locale, size, scheme, shot: shotOf }) => {
  const form = page.locator('hk-ticket-form');
  const shot = shotOf(form, 'form');
  await form.locator('select[name=categoryId]').waitFor();
  await page.waitForTimeout(600);
  await shot('empty');
  await form.locator('button[type=submit]').click();
  await page.waitForTimeout(300);
  await shot('invalid');
  const t = text[locale];
  await form.locator('input[name=name]').fill(t.name);
  await form.locator('input[name=email]').fill('ava@example.com');
  await form.locator('select[name=categoryId]').selectOption('account');
  await form.locator('input[name=subject]').fill(t.subject);
  await form.locator('textarea[name=body]').fill(t.body);
  await page.waitForTimeout(1200);
  await shot('suggestions');
  await form.locator('.suggestion').first().click();
  await page.waitForTimeout(800);
  await shot('article');
  await form.locator('.article button.secondary').click();
  await form.locator('button[type=submit]').click();
  await form.locator('.confirmation').waitFor({ timeout: 10000 });
  await page.waitForTimeout(300);
  await shot('confirmed');
  if (size === 'desktop' && scheme === 'light') {
    await page.screenshot({ path: `${out}/page-${locale}.png`, fullPage: true });
  }
});

// <hk-faq-search>: browse, results, article, feedback, no results, offline.
const queries = {
  en: { hit: 'pasword', miss: 'zebra crossing' },
  fa: { hit: 'رمز عبور', miss: 'گورخر' },
};
await eachView(async ({ page, locale, shot: shotOf }) => {
  const faq = page.locator('hk-faq-search');
  const shot = shotOf(faq, 'faq');
  const input = faq.locator('input[type=search]');
  await faq.locator('#suggested-h').waitFor();
  await page.waitForTimeout(400);
  await shot('browse');
  await input.fill(queries[locale].hit);
  await faq.locator('[role=option]').first().waitFor();
  await input.press('ArrowDown');
  await shot('results');
  await input.press('Enter');
  await faq.locator('.article h3').waitFor();
  await page.waitForTimeout(200);
  await shot('article');
  await faq.locator('.feedback button.secondary').nth(1).click();
  await faq.locator('.feedback textarea').waitFor();
  await shot('feedback');
  await faq.locator('.back').click();
  await input.fill(queries[locale].miss);
  await faq.locator('.no-results').waitFor();
  await shot('none');
  // The backstage's "Go offline", then a language round trip makes the search load again.
  await page.locator('#offline').click();
  await page.selectOption('#locale', locale === 'en' ? 'sv' : 'en');
  await page.selectOption('#locale', locale);
  await faq.locator('.offline').waitFor({ timeout: 10000 });
  await input.fill(queries[locale].hit);
  await faq.locator('[role=option]').first().waitFor();
  await shot('offline');
});
await browser.close();
