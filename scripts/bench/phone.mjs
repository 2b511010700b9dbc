// The page loads of `npm run bench` (issue 18): each page loaded fresh in Debian Chromium under a profile. `phone`: a
// mid-range phone's CPU (4x slower, CDP Emulation.setCPUThrottlingRate) on slow 4G (1.6 Mbit/s down, 750 kbit/s up,
// 150 ms round trip, CDP Network.emulateNetworkConditions); `desktop`: this machine unthrottled. Cache disabled,
// everything served compressed as a good host would (scripts/serve.mjs at BEST, docs/hosting.md). Per page, the
// median of `runs` loads of: bytes over the wire (JS and data apart), time from navigation to the first and the last
// chart's `inclusion-ready`, Total Blocking Time and long tasks (wall clock, and the main thread's own time from a
// trace), long animation frames, and JS heap. `trace` adds one traced load per page that says what each long task
// was (scripts/bench/attribute.mjs).
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { BEST, serve } from '../serve.mjs';
import { CHROMIUM_ARGS, chromiumPath } from '../screenshot.mjs';
import { attribute, longestAroundOurCode, traceTasks } from './attribute.mjs';
import { DEFAULT_PAGES, PAGES, SAMPLE_SRC, hostOnlyPage, servedRoots, sixtyPage, spineAllPage } from './pages.mjs';

const root = resolve(import.meta.dirname, '../..');

export const PROFILES = {
  phone: {
    // 4x slower than this machine, as the issues and Lighthouse's mobile preset define the phone. `runPages`'s
    // referenceMs (`--reference-ms`) instead makes it 4x slower than a machine that does the reference work
    // (calibrate) in that time, so hosts of different speeds emulate one phone (docs/performance.md).
    cpuSlowdown: 4,
    latencyMs: 150,
    downKbps: 1600,
    upKbps: 750,
    // Lighthouse's mobile screen (a Moto G Power): the pages lay out as they would on a phone.
    viewport: { width: 412, height: 823 },
    deviceScaleFactor: 1.75,
    mobile: true,
  },
  // This machine as it is, on loopback: no throttling of CPU or network.
  desktop: { cpuSlowdown: 1, latencyMs: 0, downKbps: 0, upKbps: 0, viewport: { width: 1280, height: 900 }, deviceScaleFactor: 1, mobile: false },
};

/** Elements that draw and fire `inclusion-ready` (or `inclusion-error`); the dashboard and picker only hold them. */
const CHARTS = ['inclusion-tile', 'inclusion-benchmark', 'inclusion-trend', 'inclusion-ranking', 'inclusion-spine', 'inclusion-breakdown', 'inclusion-table'];


/** Runs in the page before its own scripts: records chart readiness, long tasks and long animation frames. */
function instrument(charts) {
  const b = { settled: new WeakSet(), ready: [], errors: [], longTasks: [], frames: [] };
  Object.defineProperty(window, '__phoneBench', { value: b });
  const on = (kind) => (e) => {
    const el = e.composedPath()[0];
    if (!(el instanceof Element) || !charts.includes(el.localName) || b.settled.has(el)) return;
    b.settled.add(el);
    (kind === 'ready' ? b.ready : b.errors).push({ t: performance.now(), tag: el.localName, message: e.detail?.message });
  };
  document.addEventListener('inclusion-ready', on('ready'), true);
  document.addEventListener('inclusion-error', on('error'), true);
  new PerformanceObserver((l) => {
    for (const e of l.getEntries()) b.longTasks.push({ start: e.startTime, duration: e.duration, name: e.name, container: e.attribution?.[0]?.containerSrc ?? '' });
  }).observe({ type: 'longtask', buffered: true });
  try {
    new PerformanceObserver((l) => {
      for (const e of l.getEntries()) {
        b.frames.push({ start: e.startTime, duration: e.duration, blocking: e.blockingDuration,
          scripts: e.scripts.map((s) => ({ invoker: s.invoker, fn: s.sourceFunctionName, src: s.sourceURL, at: s.sourceCharPosition, duration: s.duration, layout: s.forcedStyleAndLayoutDuration })) });
      }
    }).observe({ type: 'long-animation-frame', buffered: true });
  } catch { /* long animation frames are newer than long tasks */ }
}

/** How many chart elements there are (inside the dashboard too) and how many have drawn or failed. */
function progress(charts) {
  const sel = charts.join(',');
  const els = [...document.querySelectorAll(sel)];
  for (const d of document.querySelectorAll('inclusion-dashboard')) if (d.shadowRoot) els.push(...d.shadowRoot.querySelectorAll(sel));
  const b = window.__phoneBench;
  return { total: els.length, settled: els.filter((e) => b.settled.has(e)).length, last: Math.max(0, ...b.ready.map((r) => r.t), ...b.errors.map((r) => r.t)) };
}

/**
 * Runs `fn(arg)` in the page's main world straight through the DevTools protocol. Playwright's `page.evaluate`
 * first installs its own helper script in the page, a 35 to 50 ms task at 4x CPU that the page's long-task
 * observer would count against the page.
 */
const inPage = (cdp) => (fn, arg) => cdp.send('Runtime.evaluate', { expression: `(${fn})(${JSON.stringify(arg ?? null)})`, returnByValue: true })
  .then((r) => { if (r.exceptionDetails) throw new Error(r.exceptionDetails.text); return r.result.value; });

/**
 * Has every document the page loads record its charts' readiness, long tasks and frames (`instrument`), straight
 * through the protocol: Playwright's addInitScript brings its own start-up script into the page.
 */
async function instrumentPage(cdp) {
  await cdp.send('Page.enable');
  await cdp.send('Page.addScriptToEvaluateOnNewDocument', { source: `(${instrument})(${JSON.stringify(CHARTS)})` });
}

/**
 * Loads `url` in `page` (through `cdp`, its DevTools session) and resolves once every chart on it has drawn or
 * failed, or `timeoutMs` passes, with how many there are and how many settled. For scripts/bench/heap.mjs.
 */
export async function loadDrawn(page, cdp, url, timeoutMs) {
  await instrumentPage(cdp);
  await page.goto(url, { waitUntil: 'commit' });
  return waitDrawn(inPage(cdp), timeoutMs);
}

/** Polls (from Node, every 300 ms) until every chart on the page has drawn or failed, or `timeoutMs` passes. */
async function waitDrawn(evaluate, timeoutMs) {
  const t0 = Date.now();
  let p = { total: 0, settled: 0 };
  while (Date.now() - t0 < timeoutMs) {
    await new Promise((r) => setTimeout(r, 300));
    p = await evaluate(progress, CHARTS).catch(() => p);
    if (p.total > 0 && p.settled === p.total) break;
  }
  return p;
}

const kindOf = (url) => {
  const p = new URL(url).pathname;
  if (/\.m?js$/.test(p)) return 'js';
  if (/\.(arrow|json)$/.test(p)) return 'data';
  return 'other';
};

/** The median of the numbers given (null, undefined and NaN left out); null for none. */
export const median = (xs) => {
  const s = xs.filter((x) => x !== null && x !== undefined && !Number.isNaN(x)).sort((a, b) => a - b);
  if (!s.length) return null;
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

/**
 * DevTools' network agents, ours and Playwright's own, each keep a copy of every response body: finishing the
 * catalogue's download then decoded its 394 KB of text twice, in a task of 69 ms at 4x that no visitor's browser
 * runs. Each agent is enabled again with no buffers (as the browser tests do, scripts/wtr-cdp-plugin.mjs); the
 * network events the bench counts bytes from still arrive. Playwright's session is reached through its in-process
 * server objects, which are not public API: if they move, the load says so in its problems.
 */
async function noBodyCopies(page, cdp) {
  const none = { maxTotalBufferSize: 0, maxResourceBufferSize: 0 };
  await cdp.send('Network.enable', none);
  const own = page._connection?.toImpl?.(page)?.delegate?._mainFrameSession?._client;
  if (!own) return ['DevTools keeps copies of response bodies (Playwright internals moved): tasks finishing downloads are longer than a visitor\'s'];
  await own.send('Network.enable', none);
  return [];
}

/** A fresh browser context with the profile's screen: size, pixel ratio, and a phone's touch and viewport handling. */
export const profileContext = (browser, profile) => browser.newContext({
  viewport: profile.viewport, deviceScaleFactor: profile.deviceScaleFactor, isMobile: profile.mobile, hasTouch: profile.mobile,
});

/** One fresh load of `url` under `profile`. `tracing`: also record a trace and CPU profile for attribution. */
async function load(browser, url, profile, { timeoutMs = 180_000, tracing = false, host = false } = {}) {
  const context = await profileContext(browser, profile);
  const page = await context.newPage();
  // An empty page of the same origin first, so the throttled load stays in the renderer the settings were made in.
  await page.goto(new URL('/bench/blank.html', url).href);
  // Drawn before anything is measured: its first layout is the one that starts the fonts (see BLANK).
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 50))));
  const problems = [];
  page.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`));
  page.on('console', (m) => { if (m.type() === 'error') problems.push(`console: ${m.text()}`); });
  const cdp = await context.newCDPSession(page);
  const requests = new Map();
  cdp.on('Network.responseReceived', (e) => {
    const r = requests.get(e.requestId) ?? {};
    const h = Object.fromEntries(Object.entries(e.response.headers).map(([k, v]) => [k.toLowerCase(), v]));
    requests.set(e.requestId, { ...r, url: e.response.url, status: e.response.status, encoding: h['content-encoding'] ?? null });
  });
  cdp.on('Network.dataReceived', (e) => { const r = requests.get(e.requestId); if (r) r.decoded = (r.decoded ?? 0) + e.dataLength; });
  cdp.on('Network.loadingFinished', (e) => { const r = requests.get(e.requestId); if (r) Object.assign(r, { wire: e.encodedDataLength, doneAt: e.timestamp }); });
  problems.push(...(await noBodyCopies(page, cdp)));
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
  if (profile.latencyMs || profile.downKbps) {
    await cdp.send('Network.emulateNetworkConditions', {
      offline: false, latency: profile.latencyMs,
      downloadThroughput: (profile.downKbps * 1000) / 8, uploadThroughput: (profile.upKbps * 1000) / 8,
    });
  }
  const rate = profile.cpuRate ?? profile.cpuSlowdown;
  if (rate !== 1) await cdp.send('Emulation.setCPUThrottlingRate', { rate });
  await instrumentPage(cdp);
  const traced = tracing ? await attribute.start(cdp) : await traceTasks(cdp);

  await page.goto(url, { waitUntil: 'commit' });
  const evaluate = inPage(cdp);
  // A page with no element (the host page alone) is measured for as long as the LA page takes to draw on a phone.
  const p = host ? (await new Promise((r) => setTimeout(r, 2000)), { total: 0, settled: 0 }) : await waitDrawn(evaluate, timeoutMs);
  // Tasks that run after the last chart (a late layout, a second pass) still block the reader.
  await new Promise((r) => setTimeout(r, 1500));
  const m = await evaluate(() => {
    const b = window.__phoneBench;
    const fcp = performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? null;
    return { ready: b.ready, errors: b.errors, longTasks: b.longTasks, frames: b.frames, fcp };
  });
  const { usedSize } = await cdp.send('Runtime.getHeapUsage');
  const traceOut = await traced.stop(url);
  const allTasks = tracing ? traceOut.tasks : traceOut;
  // The page's own tasks: not the browser's commit of the navigation (see mainThreadTasks), reported apart.
  const cpuTasks = allTasks.filter((t) => !t.navigation);
  const commitMs = Math.max(0, ...allTasks.filter((t) => t.navigation).map((t) => t.cpuMs));
  const attribution = tracing ? traceOut.attribution : null;
  const cpuLong = cpuTasks.filter((t) => t.cpuMs > 50);
  // None of our code runs before its first script (under /dist/) has come; CDP's timestamps are the trace's clock, in s.
  const ourCodeAt = Math.min(...[...requests.values()].filter((r) => r.doneAt && new URL(r.url).pathname.startsWith('/dist/')).map((r) => r.doneAt * 1e6));
  const around = longestAroundOurCode(cpuTasks, ourCodeAt);
  await context.close();

  const bytes = { js: 0, data: 0, other: 0, total: 0, jsDecoded: 0, dataDecoded: 0, requests: 0, uncompressed: [] };
  for (const r of requests.values()) {
    if (r.wire === undefined || !r.url.startsWith('http')) continue;
    const k = kindOf(r.url);
    bytes[k] += r.wire;
    bytes.total += r.wire;
    bytes.requests++;
    if (k !== 'other') bytes[`${k}Decoded`] += r.decoded ?? 0;
    if (k !== 'other' && !r.encoding && (r.decoded ?? 0) > 1000) bytes.uncompressed.push(new URL(r.url).pathname);
  }
  const readyT = m.ready.map((r) => r.t);
  const settledT = [...readyT, ...m.errors.map((r) => r.t)];
  return {
    complete: host || (p.total > 0 && p.settled === p.total),
    charts: p.total,
    errors: m.errors.length,
    firstChartMs: readyT.length ? Math.min(...readyT) : null,
    allChartsMs: p.total > 0 && p.settled === p.total ? Math.max(...settledT) : null,
    fcpMs: m.fcp,
    tbtMs: m.longTasks.reduce((a, t) => a + Math.max(0, t.duration - 50), 0),
    longTasks: m.longTasks.length,
    longestTaskMs: Math.max(0, ...m.longTasks.map((t) => t.duration)),
    tasks: m.longTasks.map((t) => Math.round(t.duration)),
    // The same measures from the trace's thread time: what an otherwise idle machine would show (see mainThreadTasks).
    cpuTbtMs: cpuLong.reduce((a, t) => a + t.cpuMs - 50, 0),
    cpuLongTasks: cpuLong.length,
    cpuLongestTaskMs: Math.max(0, ...cpuTasks.map((t) => t.cpuMs)),
    cpuTasks: cpuLong.map((t) => Math.round(t.cpuMs)),
    // The longest task before our first script arrived (the host page's own) and from then on.
    cpuLongestBeforeOursMs: around.beforeOursMs,
    cpuLongestFromOursMs: around.fromOursMs,
    navigationCommitMs: commitMs,
    longFrames: m.frames.filter((f) => f.duration > 50).length,
    longestFrameMs: Math.max(0, ...m.frames.map((f) => f.duration)),
    heapMB: usedSize / 2 ** 20,
    bytes,
    problems: [...new Set(problems)].slice(0, 5),
    attribution,
  };
}

/**
 * The page each load starts from, in the renderer the measured page then uses. Its text, in the browser's default
 * font and in Arial regular and bold, starts the renderer's fonts: on Linux the first layout of a new renderer
 * spends 50 to 70 ms at 4x CPU setting up fontconfig, also for a page of one heading and no script, a cost of this
 * machine's font system and not of the page being measured (docs/performance.md, "How the phone profile measures").
 */
export const BLANK = '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>blank</title><link rel="icon" href="data:,"></head>'
  + '<body><h1>Fonts</h1><p>Fonts</p><p style="font-family: arial, sans-serif">Fonts <b>1.5%</b></p></body></html>\n';

/**
 * Loads each page `runs` times under `profile` ('phone' or 'desktop'). Returns { profile, runs, pages: { [id]:
 * { path, median, runs } } }. `sixtySrc`: what the 60 elements load (default the five sample theme extracts).
 */
export async function runPages({ profile: name = 'phone', referenceMs = null, runs = 3, pages = DEFAULT_PAGES, sixtySrc = SAMPLE_SRC, trace = false, log = console.error } = {}) {
  const profile = PROFILES[name] && (name === 'phone' && referenceMs ? { ...PROFILES[name], referenceMs } : PROFILES[name]);
  if (!profile) throw new Error(`no profile "${name}" (profiles: ${Object.keys(PROFILES).join(', ')})`);
  const roots = servedRoots(root);
  const tmp = roots['/bench'];
  mkdirSync(tmp, { recursive: true });
  writeFileSync(resolve(tmp, 'sixty.html'), sixtyPage(sixtySrc));
  writeFileSync(resolve(tmp, 'spine-all.html'), spineAllPage(JSON.parse(readFileSync(resolve(root, 'packages/sample-data/data/catalogue.json'), 'utf8'))));
  writeFileSync(resolve(tmp, 'blank.html'), BLANK);
  writeFileSync(resolve(tmp, 'la-host.html'), hostOnlyPage(readFileSync(resolve(root, 'packages/demo/public/index.html'), 'utf8')));
  const server = await serve(roots, { compression: { ...BEST, diskCache: resolve(root, '.tmp/bench/compressed') } });
  const base = `http://127.0.0.1:${server.address().port}`;
  const browser = await chromium.launch({ executablePath: chromiumPath(), headless: true, args: [...CHROMIUM_ARGS, '--enable-precise-memory-info'] });
  const out = { profile: name, settings: profile, runs, sixtySrc, chromium: browser.version(), pages: {} };
  try {
    log(`${name}: compressing what the pages load (brotli 11, once per file version)`);
    await warm(browser, base, pages);
    for (const id of pages) {
      const url = `${base}${PAGES[id].path}`;
      const all = [];
      for (let i = 0; i < runs; i++) {
        // Measured again before each load: a shared machine's speed drifts, by a fifth and more within minutes (85 to
        // 128 ms in one run of session 16), and a rate set for a page's first load could throttle its last too much.
        const calibrationMs = await calibrate(browser);
        const rate = cpuRate(profile, calibrationMs);
        log(`${name}: this machine now takes ${calibrationMs.toFixed(0)} ms for the reference work (unthrottled; higher is slower): CPU throttled ${rate.toFixed(2)}x`);
        const r = { ...(await load(browser, url, { ...profile, cpuRate: rate }, { host: PAGES[id].host })), calibrationMs, cpuRate: rate };
        log(`${name}: ${id} run ${i + 1}/${runs}: first ${fmt(r.firstChartMs)}, all ${fmt(r.allChartsMs)} (${r.charts} charts${r.errors ? `, ${r.errors} errors` : ''}), TBT ${fmt(r.tbtMs)} (thread time ${fmt(r.cpuTbtMs)}), long tasks ${r.longTasks} [${r.tasks.join(', ')}] (thread time [${r.cpuTasks.join(', ')}]; longest before our code ${fmt(r.cpuLongestBeforeOursMs)}, from it ${fmt(r.cpuLongestFromOursMs)}), ${(r.bytes.total / 1000).toFixed(1)} KB${r.problems.length ? `; ${r.problems.join('; ')}` : ''}`);
        all.push(r);
      }
      const pick = (f) => median(all.map(f));
      out.calibrationMs = pick((r) => r.calibrationMs);
      out.cpuRate = pick((r) => r.cpuRate);
      out.pages[id] = {
        date: new Date().toISOString(),
        calibrationMs: out.calibrationMs,
        cpuRate: out.cpuRate,
        path: PAGES[id].path,
        label: PAGES[id].label,
        median: {
          jsKB: pick((r) => r.bytes.js) / 1000,
          dataKB: pick((r) => r.bytes.data) / 1000,
          otherKB: pick((r) => r.bytes.other) / 1000,
          totalKB: pick((r) => r.bytes.total) / 1000,
          jsDecodedKB: pick((r) => r.bytes.jsDecoded) / 1000,
          dataDecodedKB: pick((r) => r.bytes.dataDecoded) / 1000,
          requests: pick((r) => r.bytes.requests),
          firstChartMs: pick((r) => r.firstChartMs),
          allChartsMs: pick((r) => r.allChartsMs),
          fcpMs: pick((r) => r.fcpMs),
          tbtMs: pick((r) => r.tbtMs),
          longTasks: pick((r) => r.longTasks),
          longestTaskMs: pick((r) => r.longestTaskMs),
          cpuTbtMs: pick((r) => r.cpuTbtMs),
          cpuLongTasks: pick((r) => r.cpuLongTasks),
          cpuLongestTaskMs: pick((r) => r.cpuLongestTaskMs),
          cpuLongestBeforeOursMs: pick((r) => r.cpuLongestBeforeOursMs),
          cpuLongestFromOursMs: pick((r) => r.cpuLongestFromOursMs),
          navigationCommitMs: pick((r) => r.navigationCommitMs),
          longFrames: pick((r) => r.longFrames),
          longestFrameMs: pick((r) => r.longestFrameMs),
          heapMB: pick((r) => r.heapMB),
          charts: pick((r) => r.charts),
        },
        complete: all.every((r) => r.complete),
        uncompressed: [...new Set(all.flatMap((r) => r.bytes.uncompressed))],
        runs: all.map(({ attribution, bytes, ...r }) => ({ ...r, bytes: { js: bytes.js, data: bytes.data, other: bytes.other, total: bytes.total } })),
      };
      if (trace) {
        log(`${name}: ${id}: one traced load for attribution`);
        const r = await load(browser, url, { ...profile, cpuRate: cpuRate(profile, await calibrate(browser)) }, { tracing: true, host: PAGES[id].host });
        out.pages[id].longTaskAttribution = r.attribution;
      }
    }
  } finally {
    await browser.close();
    server.closeAllConnections?.();
    server.close();
  }
  return out;
}

/** The throttling rate that makes this machine, now `calibrationMs` fast, run as slowly as the profile's device. */
export function cpuRate(profile, calibrationMs) {
  if (!profile.referenceMs) return profile.cpuSlowdown;
  return Math.max(1, (profile.cpuSlowdown * profile.referenceMs) / calibrationMs);
}

/**
 * A fixed piece of work (strings, an array, a sort) timed in an unthrottled page, median of 5: how fast the machine
 * is right now. On a shared machine every timing scales with it, so compare runs whose calibration is close.
 */
async function calibrate(browser) {
  const page = await browser.newPage();
  const times = [];
  for (let i = 0; i < 5; i++) {
    times.push(await page.evaluate(() => {
      const t0 = performance.now();
      const a = [];
      let n = 0;
      for (let j = 0; j < 200_000; j++) { a.push(`k${(j * 7919) % 200_000}`); n += a[j].length; }
      a.sort();
      return performance.now() - t0 + n * 0;
    }));
  }
  await page.close();
  return median(times);
}

const fmt = (ms) => (ms === null || ms === undefined ? 'n/a' : `${Math.round(ms)} ms`);

/**
 * Compresses every file the pages load once before timing (brotli 11 on a 1.3 MB extract takes seconds): the
 * first load's resource list, each fetched again through Node with Accept-Encoding: br, gzip.
 */
async function warm(browser, base, pages) {
  const urls = new Set();
  const page = await browser.newPage();
  page.on('request', (r) => urls.add(r.url()));
  await page.addInitScript(instrument, CHARTS);
  for (const id of pages) {
    await page.goto(`${base}${PAGES[id].path}`, { waitUntil: 'load' });
    // Every request is made once the charts have drawn (the dashboard asks for areas after its extracts).
    await waitDrawn((fn, arg) => page.evaluate(fn, arg), 120_000);
  }
  await page.close();
  const get = (u, enc) => new Promise((ok) => {
    request(u, { headers: { 'accept-encoding': enc } }, (res) => res.resume().on('end', ok)).on('error', ok).end();
  });
  await Promise.all([...urls].filter((u) => u.startsWith(base)).flatMap((u) => [get(u, 'br'), get(u, 'gzip')]));
}
