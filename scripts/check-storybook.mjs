// `node scripts/check-storybook.mjs`: builds Storybook and opens every story in headless Chromium. A story passes
// when its element draws from the real sample extracts (a figure, or the picker's input) with no error shown and no
// page error; every element in the custom elements manifest must have at least one story. Prints "N passed, N failed".
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { serve } from './serve.mjs';
import { launch } from './screenshot.mjs';

const root = resolve(import.meta.dirname, '..');
const out = resolve(root, '.tmp/storybook');
execFileSync(process.execPath, [resolve(root, 'node_modules/storybook/dist/bin/dispatcher.js'), 'build', '-o', out, '--quiet'], {
  cwd: root, stdio: ['ignore', 'ignore', 'inherit'], env: { ...process.env, STORYBOOK_DISABLE_TELEMETRY: '1' },
});
const index = JSON.parse(readFileSync(resolve(out, 'index.json'), 'utf8'));
const stories = Object.values(index.entries).filter((e) => e.type === 'story');
const manifest = JSON.parse(readFileSync(resolve(root, 'packages/components/custom-elements.json'), 'utf8'));
const tags = manifest.modules.flatMap((m) => m.declarations ?? []).filter((d) => d.customElement && d.tagName).map((d) => d.tagName);

const results = [];
const record = (name, problem) => {
  results.push({ name, problem });
  console.log(`${problem ? '✗' : '✓'} ${name}${problem ? `: ${problem}` : ''}`);
};
for (const tag of [...new Set(tags)].sort()) {
  record(`${tag} has a story`, stories.some((s) => s.title === `Elements/${tag}`) ? null : 'no story');
}

const server = await serve({ '/': out }, { csp: null });
const base = `http://127.0.0.1:${server.address().port}`;
const browser = await launch();
try {
  const page = await browser.newPage({ viewport: { width: 1000, height: 800 } });
  for (const s of stories) {
    const errors = [];
    const onError = (e) => errors.push(String(e));
    page.on('pageerror', onError);
    await page.goto(`${base}/iframe.html?id=${s.id}&viewMode=story`, { waitUntil: 'load' });
    const problem = await page.waitForFunction(() => {
      const host = document.querySelector('#storybook-root');
      const els = host ? [...host.querySelectorAll('*')].filter((e) => e.localName.startsWith('inclusion-')) : [];
      if (!els.length) return false;
      const alert = els.map((e) => e.shadowRoot?.querySelector('[role=alert]')).find(Boolean);
      if (alert) return `shows an error: ${alert.textContent.trim().slice(0, 160)}`;
      const drawn = els.every((e) => e.shadowRoot?.querySelector('figure, input, section'));
      return drawn ? 'ok' : false;
    }, null, { timeout: 20000 }).then((h) => h.jsonValue()).catch(() => 'nothing drew within 20 s');
    page.off('pageerror', onError);
    record(`story ${s.title} / ${s.name}`, problem !== 'ok' ? problem : errors.length ? errors.join('; ') : null);
  }
} finally {
  await browser.close();
  server.close();
}
const failed = results.filter((r) => r.problem).length;
console.log(`${results.length - failed} passed, ${failed} failed`);
process.exitCode = failed ? 1 : 0;
