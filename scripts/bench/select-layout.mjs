// `node scripts/bench/select-layout.mjs`: what a <select> of every indicator in the sample catalogue costs to lay
// out, sized to its longest option (as the dashboard's indicator list was) and at a set width (as it is since
// session 9). Unthrottled, in Debian Chromium; five fresh lists each, milliseconds from insertion to layout.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, chromiumPath } from '../screenshot.mjs';
import { median } from './phone.mjs';

const root = resolve(import.meta.dirname, '../..');
const labels = JSON.parse(readFileSync(resolve(root, 'packages/sample-data/data/catalogue.json'), 'utf8')).indicators.map((i) => i.label);
const browser = await chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS });
const page = await browser.newPage();
await page.setContent('<!doctype html><title>select</title><body></body>');
for (const [name, style] of [['sized to its longest option', ''], ['width: 100%', 'width: 100%']]) {
  const times = await page.evaluate(([labels, style]) => {
    const out = [];
    for (let k = 0; k < 5; k++) {
      document.body.textContent = '';
      const s = document.createElement('select');
      s.setAttribute('style', `${style}; font-family: arial`);
      // A new label each round, so no width is remembered from the round before.
      for (const l of labels) s.append(new Option(`${l} ${k}`));
      const t0 = performance.now();
      document.body.append(s);
      void s.offsetWidth;
      out.push(performance.now() - t0);
    }
    return out;
  }, [labels, style]);
  console.log(`${labels.length} options, ${name}: median ${median(times).toFixed(1)} ms (${times.map((t) => t.toFixed(1)).join(', ')})`);
}
await browser.close();
