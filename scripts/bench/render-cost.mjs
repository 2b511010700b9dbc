#!/usr/bin/env node
// Where the main thread's time goes on one page, by phase (script, style, layout, pre-paint, paint, layerize and
// commit), for one or more builds loaded in turn, CPU throttled: an A/B of a rendering change, told apart from this
// machine's noise by alternating the builds. No network throttling, so the page's work comes as close together as
// it can. Each root is a checkout with a build (`npm run build`); the default is this one.
//
//   node scripts/bench/render-cost.mjs --page sixty --runs 3 --cpu 4 /work/wt/before .
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { chromium } from 'playwright-core';
import { serve } from '../serve.mjs';
import { CHROMIUM_ARGS, chromiumPath } from '../screenshot.mjs';
import { PAGES, SAMPLE_SRC, sixtyPage, spineAllPage } from './pages.mjs';
import { median } from './phone.mjs';
import { mainThreadEvents, mainThreadTasks } from './attribute.mjs';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    page: { type: 'string', default: 'sixty' },
    runs: { type: 'string', default: '3' },
    cpu: { type: 'string', default: '4' },
    // How long after the first chart is drawn the trace goes on (the rest of the page's charts, and what follows).
    wait: { type: 'string', default: '10000' },
  },
});
const root = resolve(import.meta.dirname, '../..');
const roots = (positionals.length ? positionals : [root]).map((r) => resolve(r));
const page = PAGES[values.page];
if (!page) throw new Error(`no page "${values.page}" (pages: ${Object.keys(PAGES).join(', ')})`);

const tmp = resolve(root, '.tmp/bench/render-cost');
mkdirSync(tmp, { recursive: true });
writeFileSync(resolve(tmp, 'sixty.html'), sixtyPage(SAMPLE_SRC));
writeFileSync(resolve(tmp, 'spine-all.html'), spineAllPage(JSON.parse(readFileSync(resolve(root, 'packages/sample-data/data/catalogue.json'), 'utf8'))));

const PHASES = { script: ['FunctionCall', 'EvaluateScript', 'v8.evaluateModule', 'RunMicrotasks'], style: ['UpdateLayoutTree'], layout: ['Layout'], prePaint: ['PrePaint'], paint: ['Paint'], layerize: ['Layerize'], commit: ['Commit'] };
const phaseOf = new Map(Object.entries(PHASES).flatMap(([p, names]) => names.map((n) => [n, p])));

/**
 * Milliseconds by phase (each event's own time, less what is nested in it) on the page's main thread, and its long
 * tasks and their blocking time, counted as the bench counts them (thread time, the navigation's commit apart).
 */
function costs(events) {
  const mine = mainThreadEvents(events).filter((e) => e.ph === 'X' && e.dur !== undefined).sort((a, b) => a.ts - b.ts || b.dur - a.dur);
  const out = Object.fromEntries(Object.keys(PHASES).map((p) => [p, 0]));
  const stack = [];
  for (const e of mine) {
    while (stack.length && stack.at(-1).ts + stack.at(-1).dur <= e.ts) stack.pop();
    // A phase's own time: its nested phases are counted once, as themselves.
    const p = phaseOf.get(e.name);
    const parent = stack.findLast((s) => phaseOf.has(s.name));
    if (p && !(parent && phaseOf.get(parent.name) === p)) {
      out[p] += e.dur / 1000;
      if (parent) out[phaseOf.get(parent.name)] -= e.dur / 1000;
    }
    stack.push(e);
  }
  const long = mainThreadTasks(events).filter((t) => !t.navigation && t.cpuMs > 50);
  const blocking = long.reduce((a, t) => a + t.cpuMs - 50, 0);
  return { ...Object.fromEntries(Object.entries(out).map(([k, v]) => [k, Math.round(v)])), longTasks: long.length, longest: Math.round(Math.max(0, ...long.map((t) => t.cpuMs))), blocking: Math.round(blocking) };
}

const browser = await chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS });
const servers = await Promise.all(roots.map((r) => serve({
  '/': resolve(r, 'packages/demo/public'), '/data': resolve(r, 'packages/sample-data/data'), '/dist': resolve(r, 'dist'), '/bench': tmp,
})));
const results = roots.map(() => []);
try {
  for (let i = 0; i < Number(values.runs); i++) {
    for (const [k, server] of servers.entries()) {
      const tab = await browser.newPage({ viewport: { width: 412, height: 823 } });
      const cdp = await tab.context().newCDPSession(tab);
      await cdp.send('Emulation.setCPUThrottlingRate', { rate: Number(values.cpu) });
      await browser.startTracing(tab, { categories: ['toplevel', 'navigation', 'devtools.timeline', 'disabled-by-default-devtools.timeline'] });
      await tab.goto(`http://127.0.0.1:${server.address().port}${page.path}`);
      await tab.evaluate(() => new Promise((r) => document.addEventListener('inclusion-ready', r, { once: true })));
      await tab.waitForTimeout(Number(values.wait));
      const r = costs(JSON.parse((await browser.stopTracing()).toString()).traceEvents);
      results[k].push(r);
      console.log(`${roots[k]} run ${i + 1}: ${JSON.stringify(r)}`);
      await tab.close();
    }
  }
} finally {
  await browser.close();
  for (const s of servers) s.close();
}
console.log(`\n${values.page}, CPU ${values.cpu}x, median of ${values.runs} (ms):`);
for (const [k, rs] of results.entries()) {
  console.log(`${roots[k]}: ${Object.keys(rs[0]).map((key) => `${key} ${median(rs.map((r) => r[key]))}`).join(', ')}`);
}
