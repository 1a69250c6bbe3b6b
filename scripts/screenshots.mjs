// Screenshots of the demo in headless Chromium (Debian's), for looking at our own screens: the
// page, and <hk-ticket-form> in each of its states, LTR and RTL, light and dark, phone and desktop.
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

for (const [size, viewport] of Object.entries(sizes)) {
  for (const scheme of ['light', 'dark']) {
    for (const locale of ['en', 'fa']) {
      const context = await browser.newContext({ viewport, colorScheme: scheme });
      const page = await context.newPage();
      await page.goto(url);
      await page.waitForSelector('#site .strong', { timeout: 15000 });
      await page.selectOption('#locale', locale);
      const form = page.locator('hk-ticket-form');
      await form.locator('select[name=categoryId]').waitFor();
      await page.waitForTimeout(600);
      const shot = async (state) => {
        const file = `${out}/form-${state}-${locale}-${size}-${scheme}.png`;
        await form.screenshot({ path: file });
        console.log(file);
      };
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
      await context.close();
    }
  }
}
await browser.close();
