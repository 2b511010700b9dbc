// `node scripts/bench/profile.mjs [runs]`: what the main thread does on the 60-element page (docs/performance.md).
// Runs `bench.sixty` on an unminified bundle (names kept) whose page-wide queue is instrumented, and prints: each
// queued task's time by the element method that queued it; with a CPU profile, each stretch of busy samples over
// MIN_MS (50) ms and the functions that took the time; and the long animation frames with their scripts.
// Run `npm run bench` first (it builds the extracts in .tmp/bench). Environment: CPU=0 (no profiler, which slows
// cold code), SRC=sample (the five theme extracts the tests use), FRAMES=0 (frame totals only), EXTRA_ARGS (Chromium).
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { build } from 'esbuild';
import { chromium } from 'playwright-core';
import { serve } from '../serve.mjs';
import { CHROMIUM_ARGS, chromiumPath } from '../screenshot.mjs';

const root = resolve(import.meta.dirname, '../..');
const tmp = resolve(root, '.tmp/bench');
const out = resolve(tmp, 'profile');
const runs = Number(process.argv[2] ?? 1);
mkdirSync(out, { recursive: true });
const common = { bundle: true, format: 'esm', minify: false, keepNames: true, logLevel: 'error', sourcemap: false, tsconfig: resolve(root, 'tsconfig.json') };
await build({ ...common, entryPoints: [resolve(root, 'packages/embed/src/index.ts')], outfile: resolve(out, 'inclusion-dashboard.js') });
await build({ ...common, entryPoints: [resolve(root, 'scripts/bench/page.ts')], outfile: resolve(out, 'page.js') });
// Time every task of the page-wide queue, named by the element method that queued it.
const bundle = resolve(out, 'inclusion-dashboard.js');
let code = readFileSync(bundle, 'utf8');
const patches = [
  [/function queueDraw\(task, later = false\) \{\n/, '$&  task.__from = (new Error().stack.split("\\n").slice(2).find((l) => /Inclusion\\w+\\./.test(l)) ?? "").trim().split(" (")[0];\n'],
  [/try \{\n(\s*)task\(\);\n/, 'try {\n$1const t0 = performance.now();\n$1task();\n$1(globalThis.__queueTasks ??= []).push({ from: task.__from, ms: performance.now() - t0, at: t0 });\n'],
];
for (const [a, b] of patches) {
  if (!a.test(code)) throw new Error(`profile: cannot instrument the queue (${a})`);
  code = code.replace(a, b);
}
writeFileSync(bundle, code);
writeFileSync(resolve(out, 'index.html'), '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>profile</title>'
  + '<script type="module" src="/p/inclusion-dashboard.js"></script><script type="module" src="/p/page.js"></script></head>'
  + '<body><div id="host" style="width: 1000px"></div></body></html>');

// The bench's policy: the host div's inline width needs 'unsafe-inline' for styles; scripts stay 'self'.
const server = await serve({ '/': tmp, '/p': out, '/sample': resolve(root, 'packages/sample-data/data') }, { csp: "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'" });
const base = `http://127.0.0.1:${server.address().port}`;
const browser = await chromium.launch({ executablePath: chromiumPath(), headless: true, args: [...CHROMIUM_ARGS, ...(process.env.EXTRA_ARGS ?? '').split(' ').filter(Boolean)] });

/** Stretches of samples that are not idle, longer than `min` ms, with self and inclusive time per function. */
function stretches(profile, min = Number(process.env.MIN_MS ?? 50)) {
  const nodes = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const name = (n) => `${n.callFrame.functionName || '(anonymous)'} ${n.callFrame.url.split('/').pop()}:${n.callFrame.lineNumber + 1}`;
  const idle = (n) => ['(idle)', '(program)'].includes(n.callFrame.functionName);
  const result = [];
  let cur = null;
  let t = profile.startTime;
  for (let i = 0; i < profile.samples.length; i++) {
    const dt = profile.timeDeltas[i];
    t += dt;
    const n = nodes.get(profile.samples[i]);
    if (idle(n)) {
      if (cur) { if (cur.end - cur.start >= min * 1000) result.push(cur); cur = null; }
      continue;
    }
    const next = profile.timeDeltas[i + 1] ?? dt;
    if (!cur) cur = { start: t, end: t, self: new Map(), incl: new Map(), roots: new Map() };
    cur.end = t + next;
    const s = name(n);
    cur.self.set(s, (cur.self.get(s) ?? 0) + next);
    const seen = new Set();
    let id = n.id;
    let rootName = s;
    while (id !== undefined) {
      const m = nodes.get(id);
      const k = name(m);
      if (!seen.has(k)) { seen.add(k); cur.incl.set(k, (cur.incl.get(k) ?? 0) + next); }
      if (m.callFrame.functionName && m.callFrame.functionName !== '(root)') rootName = k;
      id = parent.get(id);
    }
    cur.roots.set(rootName, (cur.roots.get(rootName) ?? 0) + next);
  }
  if (cur && cur.end - cur.start >= min * 1000) result.push(cur);
  return result;
}

const top = (m, n) => [...m].sort((a, b) => b[1] - a[1]).slice(0, n).map(([k, v]) => `    ${(v / 1000).toFixed(1).padStart(7)} ms  ${k}`).join('\n');

try {
  for (let r = 0; r < runs; r++) {
    const page = await browser.newPage({ viewport: { width: 1100, height: 900 } });
    page.on('console', (m) => m.type() === 'error' && console.error('page:', m.text()));
    page.on('pageerror', (e) => console.error('page error:', e.message));
    await page.goto(`${base}/p/index.html`);
    await page.waitForFunction(() => 'bench' in window && customElements.get('inclusion-dashboard'));
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
    await page.evaluate(() => {
      window.loaf = [];
      new PerformanceObserver((l) => {
        for (const e of l.getEntries()) {
          window.loaf.push({ start: e.startTime, duration: e.duration, blocking: e.blockingDuration,
            scripts: e.scripts.map((s) => ({ invoker: s.invoker, fn: s.sourceFunctionName, src: s.sourceURL.split('/').pop(), at: s.sourceCharPosition, duration: s.duration, forcedLayout: s.forcedStyleAndLayoutDuration })) });
        }
      }).observe({ type: 'long-animation-frame' });
    });
    const cpu = process.env.CPU !== '0';
    if (cpu) await cdp.send('Profiler.start');
    // SRC=sample: the five theme extracts the tests use, instead of the one national extract.
    const src = process.env.SRC === 'sample' ? ['attendance', 'exclusions', 'ap', 'ehcp', 'context'].map((f) => `/sample/${f}.arrow`).join(' ') : '/national.arrow';
    const sixty = await page.evaluate((s) => window.bench.sixty(s), src);
    const { profile } = cpu ? await cdp.send('Profiler.stop') : { profile: { nodes: [], samples: [], timeDeltas: [], startTime: 0 } };
    const loaf = await page.evaluate(() => window.loaf);
    const tasks = await page.evaluate(() => globalThis.__queueTasks ?? []);
    if (cpu) writeFileSync(resolve(out, `sixty-${r}.cpuprofile`), JSON.stringify(profile)); // opens in DevTools
    console.log(`run ${r + 1}: all drawn ${sixty.ms.toFixed(0)} ms; long tasks ${sixty.longTasks}, longest ${sixty.longestTask.toFixed(0)} ms${cpu ? ' (the profiler slows this)' : ''}`);
    const byKind = new Map();
    for (const t of tasks) { const k = byKind.get(t.from) ?? { n: 0, total: 0, max: 0 }; k.n++; k.total += t.ms; k.max = Math.max(k.max, t.ms); byKind.set(t.from, k); }
    console.log(`  queue: ${tasks.length} tasks, ${tasks.reduce((a, t) => a + t.ms, 0).toFixed(0)} ms in all; by what queued them (count, total, longest):`);
    for (const [k, v] of [...byKind].sort((a, b) => b[1].max - a[1].max)) console.log(`    ${String(v.n).padStart(3)} ${v.total.toFixed(1).padStart(7)} ms ${v.max.toFixed(1).padStart(6)} ms  ${k}`);
    console.log(`  longest queue tasks: ${[...tasks].sort((a, b) => b.ms - a.ms).slice(0, 6).map((t) => `${t.ms.toFixed(1)} ms (${t.from.replace('at ', '')})`).join(', ')}`);
    for (const s of stretches(profile)) {
      console.log(`  busy stretch ${((s.end - s.start) / 1000).toFixed(1)} ms at +${((s.start - profile.startTime) / 1000).toFixed(0)} ms`);
      console.log('   by outermost function:'); console.log(top(s.roots, 6));
      console.log('   inclusive:'); console.log(top(s.incl, 18));
      console.log('   self:'); console.log(top(s.self, 10));
    }
    const frames = loaf.filter((f) => f.duration > 50);
    console.log(`  long animation frames: ${frames.length}; longest ${Math.max(0, ...frames.map((f) => f.duration)).toFixed(0)} ms; most blocking ${Math.max(0, ...frames.map((f) => f.blocking)).toFixed(0)} ms`);
    if (process.env.FRAMES !== '0') for (const f of frames) {
      console.log(`  long animation frame ${f.duration.toFixed(0)} ms (blocking ${f.blocking.toFixed(0)} ms)`);
      for (const s of f.scripts.filter((x) => x.duration > 5)) console.log(`    script ${s.duration.toFixed(0)} ms: ${s.invoker} ${s.fn}@${s.src}:${s.at} (forced layout ${s.forcedLayout.toFixed(0)} ms)`);
    }
    await page.close();
  }
} finally {
  await browser.close();
  server.close();
}
