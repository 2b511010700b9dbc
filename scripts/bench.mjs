// `npm run bench`: in headless Chromium, (1) desktop measures: load/filter (Arrow vs CSV), time to first chart per
// element, 60 elements on one page, resize and bundle sizes; (2) page loads (issue 18): the demo LA page, the
// dashboard (LA and national), a one-tile page and the 60-element page, each loaded fresh under a phone profile
// (CPU 4x slower, slow 4G) and unthrottled, with bytes over the wire, time to charts, blocking time, long tasks and
// heap. Writes bench/results.json and the tables in docs/performance.md.
//   npm run bench                          both parts (page loads labelled "latest")
//   npm run bench -- --phone --label after page loads only, kept in results.json beside earlier labels ("before")
//   options: --runs N (page loads per page, median; default 3), --pages la,one-tile,…, --profiles phone,desktop,
//            --sixty-src "URL …" (what the 60 elements load), --trace (what each phone long task is), --desktop
//            --reference-ms N: throttle the phone to 4x slower than a machine doing the reference work in N ms
//            (this machine's time is measured before each page) rather than 4x slower than this machine
//            --pages spine-all: also the spine of every LA indicator of the catalogue (at scale; minutes per load)
// Timings are noisy on shared machines: compare the ratios, which are measured in the same run.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { build } from 'esbuild';
import { serve } from './serve.mjs';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, chromiumPath } from './screenshot.mjs';
import { DEFAULT_PAGES, PAGES, SAMPLE_SRC } from './bench/pages.mjs';
import { runPages } from './bench/phone.mjs';
import { desktopTable, pagesTable, writeDocs } from './bench/report.mjs';

const root = resolve(import.meta.dirname, '..');
const tmp = resolve(root, '.tmp/bench');
const t0 = Date.now();
const step = (s) => console.error(`[bench ${((Date.now() - t0) / 1000).toFixed(0)}s] ${s}`);

const { values: args } = parseArgs({
  options: {
    phone: { type: 'boolean', default: false },
    desktop: { type: 'boolean', default: false },
    runs: { type: 'string', default: '3' },
    label: { type: 'string', default: 'latest' },
    pages: { type: 'string', default: DEFAULT_PAGES.join(',') },
    profiles: { type: 'string', default: 'phone,desktop' },
    'sixty-src': { type: 'string', default: SAMPLE_SRC },
    trace: { type: 'boolean', default: false },
    'reference-ms': { type: 'string' },
  },
});
const doDesktop = args.desktop || !args.phone;
const doPages = args.phone || !args.desktop;
const runs = Number(args.runs);
const pages = args.pages.split(',').filter(Boolean);
const profiles = args.profiles.split(',').filter(Boolean);
if (!Number.isInteger(runs) || runs < 1) throw new Error(`--runs ${args.runs}: give a whole number of runs, 1 or more`);
for (const p of pages) if (!PAGES[p]) throw new Error(`--pages: no page "${p}" (pages: ${Object.keys(PAGES).join(', ')})`);
if (!/^[\w.-]+$/.test(args.label)) throw new Error(`--label ${args.label}: letters, digits, dot, dash or underscore`);

/** dist/ is newer than every source the bundles are built from. */
function distIsFresh() {
  const built = ['dist/inclusion-dashboard.js', 'dist/elements/entries.json'].map((f) => statSync(resolve(root, f), { throwIfNoEntry: false })?.mtimeMs ?? 0);
  const newest = (p) => {
    const s = statSync(resolve(root, p), { throwIfNoEntry: false });
    if (!s) return 0;
    if (!s.isDirectory()) return s.mtimeMs;
    return Math.max(0, ...readdirSync(resolve(root, p), { recursive: true }).map((f) => statSync(resolve(root, p, f), { throwIfNoEntry: false })?.mtimeMs ?? 0));
  };
  const sources = ['rollup.config.mjs', 'package-lock.json', ...readdirSync(resolve(root, 'packages')).map((p) => `packages/${p}/src`)];
  return Math.min(...built) > Math.max(...sources.map(newest));
}

const resultsFile = resolve(root, 'bench/results.json');
const previous = existsSync(resultsFile) ? JSON.parse(readFileSync(resultsFile, 'utf8')) : {};
const results = doDesktop ? { date: new Date().toISOString(), node: process.version } : { ...previous };
delete results.pageLoads;

if (doDesktop || !distIsFresh()) {
  step('building the bundles');
  execFileSync(process.execPath, [resolve(root, 'node_modules/rollup/dist/bin/rollup'), '-c', '--silent'], { cwd: root, stdio: 'inherit' });
}
if (doDesktop) await desktop();

async function desktop() {
  step('building inputs');
  execFileSync(process.execPath, ['--import', 'tsx', resolve(root, 'scripts/bench/make-data.ts')], { cwd: root, stdio: 'inherit' });
  await build({ entryPoints: [resolve(root, 'scripts/bench/page.ts')], bundle: true, format: 'esm', outfile: resolve(tmp, 'page.js'), minify: true, logLevel: 'error' });
  writeFileSync(resolve(tmp, 'index.html'), '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>bench</title>'
    + '<script type="module" src="/dist/inclusion-dashboard.js"></script><script type="module" src="/page.js"></script></head>'
    + '<body><div id="host" style="width: 1000px"></div></body></html>');

  // d3-dsv's object conversion uses new Function, so the CSV baseline needs 'unsafe-eval'; our path does not.
  // Sent as they are (no compression), as before: these measure decoding and drawing, not the network.
  const server = await serve({ '/': tmp, '/dist': resolve(root, 'dist') }, { compression: false, csp: "default-src 'self'; script-src 'self' 'unsafe-eval'; style-src 'self' 'unsafe-inline'" });
  const base = `http://127.0.0.1:${server.address().port}`;
  const browser = await chromium.launch({ executablePath: chromiumPath(), headless: true, args: [...CHROMIUM_ARGS, '--enable-precise-memory-info'] });
  results.chromium = browser.version();

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

}

results.pageLoads = previous.pageLoads ?? {};
if (doPages) {
  const commit = (() => {
    try {
      const head = execFileSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: root, encoding: 'utf8' }).trim();
      const dirty = execFileSync('git', ['status', '--porcelain', '--untracked-files=no'], { cwd: root, encoding: 'utf8' }).trim();
      return dirty ? `${head} (with uncommitted changes)` : head;
    } catch { return null; }
  })();
  const entry = { date: new Date().toISOString(), commit, command: ['npm run bench', ...(process.argv.length > 2 ? ['--', ...process.argv.slice(2)] : [])].join(' '), loadavgBefore: loadavg().map((x) => +x.toFixed(1)), profiles: {} };
  for (const profile of profiles) {
    step(`page loads, ${profile} profile: ${pages.join(', ')} × ${runs}`);
    entry.profiles[profile] = await runPages({ profile, referenceMs: Number(args['reference-ms']) || null, runs, pages, sixtySrc: args['sixty-src'], trace: args.trace && profile === 'phone', log: step });
  }
  entry.loadavgAfter = loadavg().map((x) => +x.toFixed(1));
  // A rerun of some pages or profiles keeps the label's others (each page says when and how fast the machine was).
  const old = results.pageLoads[args.label];
  const whole = DEFAULT_PAGES.every((p) => pages.includes(p)) && ['phone', 'desktop'].every((p) => profiles.includes(p));
  if (old && !whole) {
    entry.command = `${old.command}; then ${entry.command}`;
    entry.date = old.date;
    for (const [name, prof] of Object.entries(old.profiles)) {
      if (!entry.profiles[name]) entry.profiles[name] = prof;
      else entry.profiles[name].pages = { ...prof.pages, ...entry.profiles[name].pages };
    }
  }
  results.pageLoads[args.label] = entry;
}

mkdirSync(resolve(root, 'bench'), { recursive: true });
writeFileSync(resultsFile, `${JSON.stringify(results, null, 2)}\n`);
if (doDesktop) console.log(desktopTable(results));
if (doPages) console.log(pagesTable(results.pageLoads));
writeDocs(resolve(root, 'docs/performance.md'), results);
step('done; wrote bench/results.json and the tables in docs/performance.md');
