// `npm run bench`: load/filter (Arrow vs CSV), time to first chart per element, 60 elements on one page,
// resize and bundle sizes, in headless Chromium. Prints one table and writes bench/results.json.
// Timings are noisy on shared machines: compare the ratios, which are measured in the same run.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { build } from 'esbuild';
import { serve } from './serve.mjs';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, chromiumPath } from './screenshot.mjs';

const root = resolve(import.meta.dirname, '..');
const tmp = resolve(root, '.tmp/bench');
const t0 = Date.now();
const step = (s) => console.error(`[bench ${((Date.now() - t0) / 1000).toFixed(0)}s] ${s}`);

step('building inputs');
execFileSync(process.execPath, ['--import', 'tsx', resolve(root, 'scripts/bench/make-data.ts')], { cwd: root, stdio: 'inherit' });
execFileSync(process.execPath, [resolve(root, 'node_modules/rollup/dist/bin/rollup'), '-c', '--silent'], { cwd: root, stdio: 'inherit' });
await build({ entryPoints: [resolve(root, 'scripts/bench/page.ts')], bundle: true, format: 'esm', outfile: resolve(tmp, 'page.js'), minify: true, logLevel: 'error' });
writeFileSync(resolve(tmp, 'index.html'), '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>bench</title>'
  + '<script type="module" src="/dist/inclusion-dashboard.js"></script><script type="module" src="/page.js"></script></head>'
  + '<body><div id="host" style="width: 1000px"></div></body></html>');

// d3-dsv's object conversion uses new Function, so the CSV baseline needs 'unsafe-eval'; our path does not.
const server = await serve({ '/': tmp, '/dist': resolve(root, 'dist') }, { csp: "default-src 'self'; script-src 'self' 'unsafe-eval'; style-src 'self' 'unsafe-inline'" });
const base = `http://127.0.0.1:${server.address().port}`;
const browser = await chromium.launch({ executablePath: chromiumPath(), headless: true, args: [...CHROMIUM_ARGS, '--enable-precise-memory-info'] });
const results = { date: new Date().toISOString(), chromium: browser.version(), node: process.version };

async function fresh() {
  const page = await browser.newPage({ viewport: { width: 1100, height: 900 } });
  await page.goto(`${base}/index.html`);
  await page.waitForFunction(() => 'bench' in window && customElements.get('inclusion-dashboard'));
  return page;
}

try {
  let page = await fresh();
  step('load and filter: national extract');
  results.national = await page.evaluate(() => window.bench.loadAndFilter('/national.arrow', '/national.csv', 'persistent-absence', 'E08000006', 7));
  step('load and filter: 1,000,000 rows');
  results.synthetic = await page.evaluate(() => window.bench.loadAndFilter('/synthetic-1m.arrow', '/synthetic-1m.csv', 'synthetic-007', 'E08000006', 3));
  step('filter scaling');
  results.scaling = await page.evaluate(() => window.bench.filterScaling(9));
  await page.close();

  step('time to first chart');
  results.firstChart = {};
  const SRC = '/national.arrow';
  const elements = {
    'inclusion-tile': { indicator: 'ehcp-20-weeks', area: 'Salford' },
    'inclusion-benchmark': { indicator: 'ehcp-20-weeks', area: 'Salford', neighbours: 'each' },
    'inclusion-trend': { indicator: 'persistent-absence', area: 'Salford' },
    'inclusion-ranking': { indicator: 'ehcp-20-weeks', area: 'Salford' },
    'inclusion-spine': { area: 'Salford' },
    'inclusion-breakdown': { indicator: 'persistent-absence-sen', area: 'Salford' },
    'inclusion-table': { view: 'regions', indicator: 'ehcp-20-weeks' },
  };
  for (const [tag, attrs] of Object.entries(elements)) {
    const runs = [];
    for (let i = 0; i < 3; i++) {
      // A new page each time: nothing cached, so this includes fetch and decode.
      page = await fresh();
      runs.push(await page.evaluate(([t, a]) => window.bench.firstChart(t, a), [tag, { src: SRC, ...attrs }]));
      await page.close();
    }
    const ms = runs.map((r) => r.ms).sort((a, b) => a - b)[1];
    results.firstChart[tag] = { ms, error: runs[0].error };
  }

  step('60 elements');
  page = await fresh();
  results.sixty = await page.evaluate(() => window.bench.sixty('/national.arrow'));
  await page.close();
  step('resize');
  page = await fresh();
  results.resize = await page.evaluate(() => window.bench.resize('/national.arrow'));
  await page.close();
} finally {
  await browser.close();
  server.close();
}

results.bundles = {};
const files = [resolve(root, 'dist/inclusion-dashboard.js')];
const elDir = resolve(root, 'dist/elements');
if (existsSync(elDir)) for (const f of readdirSync(elDir).filter((f) => f.endsWith('.js'))) files.push(resolve(elDir, f));
for (const f of files) {
  const buf = readFileSync(f);
  results.bundles[f.slice(root.length + 1)] = {
    bytes: buf.length,
    gzip: gzipSync(buf, { level: 9 }).length,
    brotli: brotliCompressSync(buf, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
  };
}

mkdirSync(resolve(root, 'bench'), { recursive: true });
writeFileSync(resolve(root, 'bench/results.json'), `${JSON.stringify(results, null, 2)}\n`);

const f1 = (n) => n.toFixed(1);
// KB is 1000 bytes, as in `npm run size` and its budgets.
const kb = (n) => `${(n / 1000).toFixed(1)} KB`;
const lines = [
  '| measure | result |',
  '|---|---|',
  `| national extract (${results.national.arrowRows} rows for one LA series; ${kb(results.national.bytes)} Arrow, ${kb(results.national.csvBytes)} CSV): decode + filter | Arrow ${f1(results.national.arrow)} ms, CSV ${f1(results.national.csv)} ms: **${f1(results.national.ratio)}× faster** |`,
  `| 1,000,000 rows (${kb(results.synthetic.bytes)} Arrow, ${kb(results.synthetic.csvBytes)} CSV): decode + filter | Arrow ${f1(results.synthetic.arrow)} ms, CSV ${f1(results.synthetic.csv)} ms: **${f1(results.synthetic.ratio)}× faster** |`,
  `| one LA's series, warm lookup, 150 vs 1,500 LAs | ${(results.scaling.lookup150 * 1000).toFixed(1)} µs vs ${(results.scaling.lookup1500 * 1000).toFixed(1)} µs: ratio ${results.scaling.ratio.toFixed(2)} |`,
  ...Object.entries(results.firstChart).map(([t, r]) => `| time to first chart: ${t} (fetch + decode + draw) | ${f1(r.ms)} ms${r.error ? ` (error: ${r.error})` : ''} |`),
  `| 60 elements on one extract: all drawn | ${f1(results.sixty.ms)} ms |`,
  `| 60 elements: requests per extract URL | ${Object.entries(results.sixty.requests).map(([u, n]) => `${u} ×${n}`).join(', ')} |`,
  `| 60 elements: long tasks over 50 ms | ${results.sixty.longTasks}${results.sixty.longTasks ? ` (longest ${f1(results.sixty.longestTask)} ms)` : ''} |`,
  `| 60 elements: animation frames over 50 ms | ${results.sixty.longFrames}${results.sixty.longFrames ? ` (longest ${f1(results.sixty.longestFrame)} ms)` : ''} |`,
  `| 60 elements: JS heap after render | ${results.sixty.heapMB === null ? 'n/a' : `${f1(results.sixty.heapMB)} MB`} |`,
  `| resize: redraw (benchmark bars, 15 bars) | ${f1(results.resize.redrawMs)} ms; 20 width changes in one frame → ${results.resize.drawsForTwentyChanges} redraw(s) |`,
  ...Object.entries(results.bundles).map(([f, s]) => `| ${f} | ${kb(s.bytes)} min, ${kb(s.gzip)} gzip, ${kb(s.brotli)} brotli |`),
];
console.log(lines.join('\n'));
step(`done; wrote bench/results.json`);
