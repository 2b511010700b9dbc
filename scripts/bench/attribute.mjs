// What each long task is, for `npm run bench -- --phone --trace`: one load recorded with a DevTools trace (each
// task of the main thread and what ran in it: script evaluation, function calls, microtasks, style, layout, paint,
// GC) and a CPU profile (which functions took the time), the minified bundle mapped back to the TypeScript and
// library sources through its source maps.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { SourceMap } from 'node:module';
import { resolve } from 'node:path';

const root = resolve(import.meta.dirname, '../..');
const MIN_MS = 50;

/** Trace events worth naming inside a task, with what identifies each. */
const KINDS = {
  EvaluateScript: (a) => `evaluate ${short(a?.data?.url)}`,
  'v8.evaluateModule': () => 'evaluate module',
  'v8.compile': (a) => `compile ${short(a?.data?.url)}`,
  'v8.compileModule': (a) => `compile module ${short(a?.fileName)}`,
  FunctionCall: (a) => `call ${a?.data?.functionName || '(anonymous)'} ${short(a?.data?.url)}`,
  RunMicrotasks: () => 'microtasks',
  TimerFire: () => 'timer',
  FireAnimationFrame: () => 'animation frame callback',
  EventDispatch: (a) => `event ${a?.data?.type}`,
  ParseHTML: () => 'parse HTML',
  ParseAuthorStyleSheet: () => 'parse CSS',
  UpdateLayoutTree: () => 'style',
  Layout: () => 'layout',
  PrePaint: () => 'pre-paint',
  Paint: () => 'paint',
  Layerize: () => 'layerize',
  MajorGC: () => 'GC (major)',
  MinorGC: () => 'GC (minor)',
  'V8.GC_MARK_COMPACTOR': () => 'GC (major)',
  'V8.GC_SCAVENGER': () => 'GC (minor)',
  ResourceReceivedData: () => 'network data',
};

const short = (url) => (url ? new URL(url, 'http://x').pathname.split('/').slice(-2).join('/') : '');

const maps = new Map();
function mapFor(url) {
  if (!url.includes('/dist/')) return null;
  if (maps.has(url)) return maps.get(url);
  const file = resolve(root, 'dist', new URL(url).pathname.split('/dist/')[1]);
  const map = existsSync(`${file}.map`) ? new SourceMap(JSON.parse(readFileSync(`${file}.map`, 'utf8'))) : null;
  maps.set(url, map);
  return map;
}

/** A CPU profile frame as its original source place: `src/…/file.ts:line fn`. */
function place(frame) {
  const fn = frame.functionName || '(anonymous)';
  if (!frame.url) return fn;
  const map = mapFor(frame.url);
  if (map) {
    const e = map.findEntry(frame.lineNumber, frame.columnNumber);
    if (e && e.originalSource) {
      const src = e.originalSource.replace(/^.*?(node_modules\/|packages\/)/, '$1');
      return `${src}:${e.originalLine + 1}${e.name ? ` ${e.name}` : ''}`;
    }
  }
  return `${fn} ${short(frame.url)}:${frame.lineNumber + 1}`;
}

/**
 * The page's main-thread tasks from a trace: wall time, and thread time. Chrome's CPU throttling makes the main
 * thread spin, which counts as its thread time, so thread time is the task's length on a throttled but otherwise
 * idle machine; wall time also holds the time the thread waited for a core that other processes were using.
 */
export function mainThreadTasks(events) {
  const mains = new Set(events.filter((e) => e.ph === 'M' && e.name === 'thread_name' && e.args?.name === 'CrRendererMain').map((e) => `${e.pid}:${e.tid}`));
  const tasks = new Map();
  const commits = events.filter((e) => e.ph === 'X' && e.name === 'RenderFrameImpl::CommitNavigation');
  for (const e of events) {
    if (e.ph !== 'X' || e.name !== 'ThreadControllerImpl::RunTask' || !mains.has(`${e.pid}:${e.tid}`)) continue;
    const k = `${e.pid}:${e.tid}`;
    if (!tasks.has(k)) tasks.set(k, []);
    // The browser committing the navigation: it makes the document, before the page's time origin, so the Long
    // Tasks API never reports it; 90 to 160 ms at 4x CPU for a page of one heading and no script.
    const navigation = commits.some((c) => c.pid === e.pid && c.tid === e.tid && c.ts >= e.ts && c.ts <= e.ts + e.dur);
    tasks.get(k).push({ ts: e.ts, wallMs: e.dur / 1000, cpuMs: (e.tdur ?? e.dur) / 1000, navigation });
  }
  // The renderer that did the most work is the page's.
  const busiest = [...tasks.values()].sort((a, b) => b.reduce((x, t) => x + t.cpuMs, 0) - a.reduce((x, t) => x + t.cpuMs, 0))[0] ?? [];
  return busiest.sort((a, b) => a.ts - b.ts);
}

/**
 * The longest task (thread time) before our code could run and from then on: `ourCodeAt` is when the page's first
 * script of ours had arrived, in the trace's clock (microseconds). A task that ended before it ran none of our code:
 * it is the host page's own work (its first layout). `fromOursMs` is null for a page with none of our code.
 */
export function longestAroundOurCode(tasks, ourCodeAt) {
  let beforeMs = 0;
  let fromMs = 0;
  for (const t of tasks) {
    if (t.ts + t.wallMs * 1000 <= ourCodeAt) beforeMs = Math.max(beforeMs, t.cpuMs);
    else fromMs = Math.max(fromMs, t.cpuMs);
  }
  return { beforeOursMs: beforeMs, fromOursMs: Number.isFinite(ourCodeAt) ? fromMs : null };
}

/** A light trace (top-level tasks, and navigation commits to tell apart) for `mainThreadTasks`. */
export async function traceTasks(cdp) {
  const events = [];
  let done;
  const complete = new Promise((ok) => { done = ok; });
  cdp.on('Tracing.dataCollected', (e) => events.push(...e.value));
  cdp.on('Tracing.tracingComplete', () => done());
  await cdp.send('Tracing.start', { transferMode: 'ReportEvents', traceConfig: { includedCategories: ['toplevel', 'navigation'] } });
  return {
    async stop() {
      await cdp.send('Tracing.end');
      await complete;
      return mainThreadTasks(events);
    },
  };
}

export const attribute = {
  /** Starts tracing and profiling on a CDP session; `stop()` returns the long tasks, each with what ran in it. */
  async start(cdp) {
    const events = [];
    let done;
    const complete = new Promise((ok) => { done = ok; });
    cdp.on('Tracing.dataCollected', (e) => events.push(...e.value));
    cdp.on('Tracing.tracingComplete', () => done());
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: 500 });
    await cdp.send('Profiler.start');
    await cdp.send('Tracing.start', {
      transferMode: 'ReportEvents',
      traceConfig: { includedCategories: ['toplevel', 'navigation', 'devtools.timeline', 'disabled-by-default-devtools.timeline', 'v8', 'v8.execute', 'blink'] },
    });
    return {
      async stop(url) {
        const { profile } = await cdp.send('Profiler.stop');
        await cdp.send('Tracing.end');
        await complete;
        if (process.env.TRACE_OUT) writeFileSync(process.env.TRACE_OUT, JSON.stringify({ traceEvents: events, profile }));
        return { tasks: mainThreadTasks(events), attribution: summarise(events, profile, url) };
      },
    };
  },
};

/** The events of the page's main thread: the renderer thread named CrRendererMain with the most task time. */
export function mainThreadEvents(events) {
  const mains = new Set(events.filter((e) => e.ph === 'M' && e.name === 'thread_name' && e.args?.name === 'CrRendererMain').map((e) => `${e.pid}:${e.tid}`));
  const byThread = new Map();
  for (const e of events) {
    const k = `${e.pid}:${e.tid}`;
    if (!mains.has(k)) continue;
    if (!byThread.has(k)) byThread.set(k, []);
    byThread.get(k).push(e);
  }
  // The page's renderer is the one whose main thread did the most work (an idle one can log more events).
  const work = (evs) => evs.reduce((a, e) => a + (e.ph === 'X' && e.name === 'ThreadControllerImpl::RunTask' ? (e.tdur ?? e.dur ?? 0) : 0), 0);
  return [...byThread].sort((a, b) => work(b[1]) - work(a[1]))[0]?.[1] ?? [];
}

export function summarise(events, profile, url) {
  const main = mainThreadEvents(events);
  const tasks = main.filter((e) => e.ph === 'X' && e.name === 'RunTask' && e.dur >= MIN_MS * 1000);
  // (filtered to the page's own load below, once its start is known)
  // Times from the page's navigation, as the other measures are.
  const nav = events.find((e) => e.name === 'ResourceSendRequest' && e.args?.data?.url === url);
  const start = nav?.ts ?? Math.min(...main.filter((e) => e.ts).map((e) => e.ts));

  // CPU profile samples as [time µs, node]; profile and trace share the monotonic clock.
  const nodes = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const samples = [];
  let t = profile.startTime;
  for (let i = 0; i < profile.samples.length; i++) { t += profile.timeDeltas[i]; samples.push([t, profile.samples[i]]); }

  return tasks.filter((t) => t.ts >= start).sort((a, b) => a.ts - b.ts).map((task) => {
    const end = task.ts + task.dur;
    const inside = main.filter((e) => e.ph === 'X' && e.ts >= task.ts && e.ts < end && e !== task && KINDS[e.name]);
    const what = new Map();
    for (const e of inside) {
      const k = KINDS[e.name](e.args);
      what.set(k, (what.get(k) ?? 0) + (e.dur ?? 0));
    }
    // Self time by function, and time by the outermost of our own or a library's frames.
    const self = new Map();
    const within = samples.filter(([ts]) => ts >= task.ts && ts < end);
    for (let i = 0; i < within.length; i++) {
      const dt = (within[i + 1]?.[0] ?? end) - within[i][0];
      const n = nodes.get(within[i][1]);
      if (['(idle)', '(program)', '(root)'].includes(n.callFrame.functionName)) continue;
      const k = n.callFrame.functionName === '(garbage collector)' ? '(garbage collector)' : place(n.callFrame);
      self.set(k, (self.get(k) ?? 0) + dt);
    }
    // The innermost frame of our own code (packages/…) under each sample: where in the library the time goes.
    const ours = new Map();
    for (let i = 0; i < within.length; i++) {
      const dt = (within[i + 1]?.[0] ?? end) - within[i][0];
      for (let id = within[i][1]; id !== undefined; id = parent.get(id)) {
        const f = nodes.get(id).callFrame;
        if (!f.url || !mapFor(f.url)) continue;
        const p = place(f);
        if (!p.startsWith('packages/')) continue;
        ours.set(p, (ours.get(p) ?? 0) + dt);
        break;
      }
    }
    const stack = new Map();
    for (let i = 0; i < within.length; i++) {
      const dt = (within[i + 1]?.[0] ?? end) - within[i][0];
      const seen = new Set();
      for (let id = within[i][1]; id !== undefined; id = parent.get(id)) {
        const f = nodes.get(id).callFrame;
        if (!f.url || !mapFor(f.url)) continue;
        const p = place(f);
        const file = p.split(':')[0];
        if (seen.has(file)) continue;
        seen.add(file);
        stack.set(file, (stack.get(file) ?? 0) + dt);
      }
    }
    const top = (m, n) => [...m].sort((a, b) => b[1] - a[1]).slice(0, n).filter(([, v]) => v >= 2000).map(([k, v]) => `${(v / 1000).toFixed(0)} ms ${k}`);
    return {
      atMs: Math.round((task.ts - start) / 1000),
      durationMs: Math.round(task.dur / 1000),
      cpuMs: Math.round((task.tdur ?? task.dur) / 1000),
      events: top(what, 6),
      ours: top(ours, 6),
      selfTime: top(self, 8),
      sourceFiles: top(stack, 8).filter((s) => !/ms (node_modules|packages)\/?$/.test(s)),
    };
  });
}
