// `node scripts/screenshot.mjs URL OUT.png [width] [selector]`: a full-page (or one element's) screenshot in headless Debian Chromium.
import { chromium } from 'playwright-core';
import { existsSync } from 'node:fs';

export const CHROMIUM_ARGS = [
  '--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking',
  '--disable-component-update', '--disable-sync', '--no-first-run',
];

export function chromiumPath() {
  return [process.env.CHROME_PATH, '/usr/lib/chromium/chromium', '/usr/bin/chromium'].find((p) => p && existsSync(p));
}

export async function launch() {
  return chromium.launch({ executablePath: chromiumPath(), headless: true, args: CHROMIUM_ARGS });
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const [url, out, width = '1280', selector] = process.argv.slice(2);
  const browser = await launch();
  const page = await browser.newPage({ viewport: { width: Number(width), height: 900 } });
  const errors = [];
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  page.on('pageerror', (e) => errors.push(String(e)));
  await page.goto(url, { waitUntil: 'networkidle' });
  await page.waitForTimeout(500);
  if (selector) await page.locator(selector).first().screenshot({ path: out });
  else await page.screenshot({ path: out, fullPage: true });
  await browser.close();
  if (errors.length) console.error(errors.join('\n'));
  console.log(`wrote ${out}`);
}
