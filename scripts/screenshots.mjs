// Screenshots of the demo in headless Chromium (Debian's), for looking at our own screens:
// every view in LTR and RTL, light and dark, phone and desktop. Needs `npm start` running.
// Usage: node scripts/screenshots.mjs [url] [outdir]
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
for (const [size, viewport] of Object.entries(sizes)) {
  for (const scheme of ['light', 'dark']) {
    for (const locale of ['en', 'fa']) {
      const page = await browser.newPage({ viewport, colorScheme: scheme });
      await page.goto(url);
      await page.waitForSelector('#site strong, #site .strong', { timeout: 15000 });
      if (locale !== 'en') {
        await page.selectOption('#locale', locale);
        await page.waitForTimeout(800);
      }
      await page.fill('#q', locale === 'fa' ? 'گذرواژه' : 'password');
      await page.waitForTimeout(800);
      const file = `${out}/demo-${size}-${scheme}-${locale}.png`;
      await page.screenshot({ path: file, fullPage: true });
      console.log(file);
      await page.close();
    }
  }
}
await browser.close();
