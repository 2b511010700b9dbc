// `npm run screenshots`: every element of the gallery page at 320 and 1280 px wide, into artifacts/screenshots/.
import { execFileSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { serve } from './serve.mjs';
import { launch } from './screenshot.mjs';

const root = resolve(import.meta.dirname, '..');
const out = resolve(root, process.argv[2] ?? 'artifacts/screenshots');
mkdirSync(out, { recursive: true });
execFileSync(process.execPath, [resolve(root, 'node_modules/rollup/dist/bin/rollup'), '-c', '--silent'], { cwd: root, stdio: 'inherit' });
const server = await serve({
  '/': resolve(root, 'packages/demo/public'),
  '/data': resolve(root, 'packages/sample-data/data'),
  '/dist': resolve(root, 'dist'),
});
const base = `http://127.0.0.1:${server.address().port}`;
const browser = await launch();
let count = 0;
const problems = [];
try {
  for (const width of [320, 1280]) {
    const page = await browser.newPage({ viewport: { width, height: 900 } });
    page.on('pageerror', (e) => problems.push(`${width}px: ${e}`));
    await page.goto(`${base}/gallery.html`, { waitUntil: 'networkidle' });
    // Every element has drawn (or shown its error) once its shadow root holds a figure or an alert.
    await page.waitForFunction(() => [...document.querySelectorAll('section.shot > *:not(h2)')].every((el) => {
      const r = el.shadowRoot;
      return r && (r.querySelector('figure, [role=alert]') || el.localName === 'inclusion-dashboard' && r.querySelector('section'));
    }), null, { timeout: 60000 }).catch(() => problems.push(`${width}px: not every element drew within 60 s`));
    await page.waitForTimeout(500);
    for (const section of await page.locator('section.shot').all()) {
      const id = await section.getAttribute('id');
      const overflow = await section.evaluate((s) => s.scrollWidth > s.clientWidth + 1);
      if (overflow) problems.push(`${id} at ${width}px scrolls sideways`);
      await section.screenshot({ path: resolve(out, `${id}-${width}.png`) });
      count++;
    }
    await page.close();
  }
} finally {
  await browser.close();
  server.close();
}
console.log(`${count} screenshots in ${out}`);
if (problems.length) {
  console.error(problems.join('\n'));
  process.exitCode = 1;
}
