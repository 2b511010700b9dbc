// `node scripts/bench/light-trace.mjs [path] [loads] [min-ms]`: which task is the long one, with the least tracing.
// Loads a demo page (default `/`) the given number of times (default 3) at the phone profile's CPU and network, each after the
// bench's blank warm-up page in the same tab (its first layout starts the fonts), traced with DevTools' timeline
// only: no CPU profiler, which slows cold code several times over (`npm run bench -- --trace` names functions but
// inflates each task). Prints each main-thread task over min-ms (default 40) of thread time with its largest
// events: layout, style, a module's compile or evaluation, a function call. Served uncompressed: the tasks, not
// the download times, are what it is for. Needs dist/ built.
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { chromium } from 'playwright-core';
import { serve } from '../serve.mjs';
import { CHROMIUM_ARGS, chromiumPath } from '../screenshot.mjs';
import { mainThreadTasks } from './attribute.mjs';
import { BLANK, PROFILES, profileContext } from './phone.mjs';
import { servedRoots } from './pages.mjs';

const root = resolve(import.meta.dirname, '../..');
const { positionals: [path = '/', loads = '3', min = '40'] } = parseArgs({ allowPositionals: true });
const NAMES = new Set(['v8.compileModule', 'v8.compile', 'v8.evaluateModule', 'EvaluateScript', 'FunctionCall', 'RunMicrotasks', 'Layout',
  'UpdateLayoutTree', 'Paint', 'ParseHTML', 'MajorGC', 'MinorGC', 'TimerFire', 'FireAnimationFrame']);
const { cpuSlowdown, latencyMs, downKbps, upKbps } = PROFILES.phone;

// /bench: the pages `npm run bench -- --phone` writes (the sixty elements, the spine of every indicator).
const server = await serve(servedRoots(root));
const base = `http://127.0.0.1:${server.address().port}`;
const browser = await chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS });
try {
  for (let r = 0; r < Number(loads); r++) {
    // The bench's screen (pixel ratio 1.75, a phone's viewport): what a frame costs to lay out and paint depends on it.
    const context = await profileContext(browser, PROFILES.phone);
    const tab = await context.newPage();
    await tab.route(`${base}/blank.html`, (route) => route.fulfill({ contentType: 'text/html', body: BLANK }));
    await tab.goto(`${base}/blank.html`);
    await tab.evaluate(() => new Promise((ok) => requestAnimationFrame(() => setTimeout(ok, 50))));
    const cdp = await tab.context().newCDPSession(tab);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: cpuSlowdown });
    await cdp.send('Network.emulateNetworkConditions', { offline: false, latency: latencyMs, downloadThroughput: (downKbps * 1000) / 8, uploadThroughput: (upKbps * 1000) / 8 });
    const events = [];
    let done;
    const complete = new Promise((ok) => { done = ok; });
    cdp.on('Tracing.dataCollected', (e) => events.push(...e.value));
    cdp.on('Tracing.tracingComplete', () => done());
    await cdp.send('Tracing.start', { transferMode: 'ReportEvents', traceConfig: { includedCategories: ['toplevel', 'navigation', 'devtools.timeline', 'v8'] } });
    await tab.goto(`${base}${path}`);
    await tab.waitForTimeout(Number(process.env.WAIT_MS ?? 6000));
    await cdp.send('Tracing.end');
    await complete;
    console.log(`load ${r + 1}:`);
    for (const t of mainThreadTasks(events).filter((x) => !x.navigation && x.cpuMs > Number(min))) {
      const end = t.ts + t.wallMs * 1000;
      const inside = events.filter((e) => e.ph === 'X' && NAMES.has(e.name) && e.ts >= t.ts && e.ts < end && e.dur > 3000);
      const named = inside.sort((a, b) => b.dur - a.dur).slice(0, 4).map((e) => {
        const url = e.args?.data?.url ?? e.args?.fileName ?? '';
        return `${e.name} ${(e.dur / 1000).toFixed(0)} ms${url ? ` ${url.split('/').pop()}` : ''}`;
      });
      console.log(`  ${t.cpuMs.toFixed(0)} ms (wall ${t.wallMs.toFixed(0)}): ${named.join('; ')}`);
    }
    await context.close();
  }
} finally {
  await browser.close();
  server.close();
}
