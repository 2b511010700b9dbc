// Shared by the page tests: build the one-file bundle once, serve the demo over HTTP with a chosen CSP (and a
// /csp-report endpoint that records violations), drive Debian Chromium through playwright-core, run axe.
import { spawn } from 'node:child_process';
import { mkdirSync, readdirSync, rmSync, statSync } from 'node:fs';
import { createServer, request, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Browser, Page } from 'playwright-core';

export const ROOT = resolve(import.meta.dirname, '../../..');
export const BUNDLE = join(ROOT, 'dist/inclusion-dashboard.js');

type Serve = (routes: Record<string, string>, opts?: { port?: number; csp?: string }) => Promise<Server>;
const { serve, STRICT_CSP } = (await import(pathToFileURL(join(ROOT, 'scripts/serve.mjs')).href)) as { serve: Serve; STRICT_CSP: string };
const { launch } = (await import(pathToFileURL(join(ROOT, 'scripts/screenshot.mjs')).href)) as { launch: () => Promise<Browser> };
// STRICT_CSP: the policy `npm start` sends with every response.
export { launch, STRICT_CSP };

/** The policy the issue names, plus where to report what it blocks. */
export const TEST_CSP = "default-src 'self'; style-src 'self'; script-src 'self'; report-uri /csp-report";

/** Newest modification time of a file or of any file under a folder; 0 if it does not exist. */
function newestMtime(path: string): number {
  const s = statSync(path, { throwIfNoEntry: false });
  if (!s?.isDirectory()) return s?.mtimeMs ?? 0;
  let t = 0;
  for (const f of readdirSync(path, { recursive: true, withFileTypes: true })) {
    // A file another process removes meanwhile simply does not count.
    if (f.isFile()) t = Math.max(t, statSync(join(f.parentPath, f.name), { throwIfNoEntry: false })?.mtimeMs ?? 0);
  }
  return t;
}

function bundleIsFresh(): boolean {
  const built = statSync(BUNDLE, { throwIfNoEntry: false })?.mtimeMs;
  if (built === undefined) return false;
  const packages = readdirSync(join(ROOT, 'packages')).flatMap((p) => [`packages/${p}/src`, `packages/${p}/package.json`]);
  return ['rollup.config.mjs', 'package-lock.json', 'tsconfig.json', ...packages].every((p) => newestMtime(join(ROOT, p)) < built);
}

/**
 * Builds the configs of rollup.config.mjs that write dist/inclusion-dashboard.js and dist/elements (the LA page
 * loads an element entry) (all of them, as `rollup -c` does, if none names them): the other outputs take most of
 * the build time and no page here loads them.
 * CommonJS `-e` with dynamic imports, because --input-type=module would be inherited by terser's worker threads.
 */
const BUILD = `(async () => {
  const { rollup } = await import('rollup');
  const list = [(await import('./rollup.config.mjs')).default].flat();
  const mine = list.filter((c) => [c.output].flat().some((o) => o?.file === 'dist/inclusion-dashboard.js' || o?.dir === 'dist/elements'));
  for (const config of mine.length ? mine : list) {
    const bundle = await rollup(config);
    for (const o of [config.output].flat()) await bundle.write(o);
    await bundle.close();
  }
})().catch((e) => { console.error(e); process.exit(1); });`;

function runRollup(): Promise<void> {
  return new Promise((ok, fail) => {
    const child = spawn(process.execPath, ['-e', BUILD], { cwd: ROOT, stdio: 'inherit' });
    child.on('error', fail);
    child.on('close', (code) => (code === 0 ? ok() : fail(new Error(`building ${BUNDLE} exited ${code}`))));
  });
}

/**
 * Builds the bundle unless it is newer than every source. Test files run in parallel processes,
 * so a lock directory makes the others wait instead of writing the same files at once.
 */
export async function ensureBundle(): Promise<void> {
  await withLock('bundle', 180_000, async () => {
    if (!bundleIsFresh()) await runRollup();
  });
}

/**
 * Runs `work` holding a lock directory named for this checkout, so test files in parallel processes take turns.
 * A lock older than `staleMs` was left by a killed run and is taken over; waiting longer than that is an error.
 */
export async function withLock(name: string, staleMs: number, work: () => Promise<void> | void): Promise<void> {
  const lock = join(tmpdir(), `inclusion-dashboard-${name}-${Buffer.from(ROOT).toString('hex').slice(-24)}.lock`);
  const t0 = Date.now();
  for (;;) {
    try {
      mkdirSync(lock);
      break;
    } catch {
      if (Date.now() - (statSync(lock, { throwIfNoEntry: false })?.mtimeMs ?? Date.now()) > staleMs) rmSync(lock, { recursive: true, force: true });
      if (Date.now() - t0 > staleMs) throw new Error(`waited ${staleMs / 60_000} minutes for ${lock}`);
      await new Promise((r) => setTimeout(r, 200));
    }
  }
  try {
    await work();
  } finally {
    rmSync(lock, { recursive: true, force: true });
  }
}

export interface TestServer {
  base: string;
  /** Bodies POSTed to /csp-report. */
  reports: unknown[];
  close(): Promise<void>;
}

/** The demo routes as `npm start` serves them, plus test tools (axe) from node_modules. */
export function demoRoutes(extra: Record<string, string> = {}): Record<string, string> {
  return {
    '/': join(ROOT, 'packages/demo/public'),
    '/data': join(ROOT, 'packages/sample-data/data'),
    '/dist': join(ROOT, 'dist'),
    '/test-tools/axe-core': join(ROOT, 'node_modules/axe-core'),
    ...extra,
  };
}

const body = (req: IncomingMessage) => new Promise<string>((ok) => {
  let s = '';
  req.setEncoding('utf8').on('data', (c: string) => { s += c; }).on('end', () => ok(s));
});

/**
 * scripts/serve.mjs behind a small front server of our own that records POST /csp-report and passes every
 * other request through unchanged (headers included, so the page gets serve.mjs's CSP as given).
 */
export async function startServer({ csp = TEST_CSP, routes = demoRoutes() }: { csp?: string | null; routes?: Record<string, string> } = {}): Promise<TestServer> {
  const inner = await serve(routes, { port: 0, csp: csp ?? '' });
  const innerPort = (inner.address() as AddressInfo).port;
  const reports: unknown[] = [];
  const front = createServer(async (req, res) => {
    if (req.method === 'POST' && req.url === '/csp-report') {
      const text = await body(req);
      try {
        reports.push(JSON.parse(text));
      } catch {
        reports.push(text);
      }
      res.writeHead(204).end();
      return;
    }
    const fwd = request({ host: '127.0.0.1', port: innerPort, path: req.url, method: req.method, headers: req.headers }, (r) => {
      // csp: null serves a page with no policy at all.
      if (csp === null) delete r.headers['content-security-policy'];
      res.writeHead(r.statusCode ?? 502, r.headers);
      r.pipe(res);
    });
    fwd.on('error', () => res.writeHead(502).end());
    req.pipe(fwd);
  });
  await new Promise<void>((ok) => front.listen(0, '127.0.0.1', ok));
  const close = (s: Server) => new Promise<void>((ok) => { s.closeAllConnections(); s.close(() => ok()); });
  return {
    base: `http://127.0.0.1:${(front.address() as AddressInfo).port}`,
    reports,
    close: async () => { await close(front); await close(inner); },
  };
}

/** tsx (esbuild keepNames) wraps named functions in page callbacks with __name(); the page needs a no-op one. */
const NAME_SHIM = 'globalThis.__name ??= (f) => f;';

export interface Watch {
  /** Uncaught exceptions, console errors and failed requests, as text. */
  errors: string[];
  /** `securitypolicyviolation` events seen in the page (main world, any frame of this page). */
  violations(): Promise<string[]>;
}

/** Starts recording problems on a page; call before the first goto. Chromium asks every page for /favicon.ico. */
export async function watch(page: Page): Promise<Watch> {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(`pageerror: ${e.message}`));
  page.on('console', (m) => {
    if (m.type() === 'error' && !m.location().url.endsWith('/favicon.ico')) errors.push(`console: ${m.text()}`);
  });
  page.on('requestfailed', (r) => errors.push(`requestfailed: ${r.url()} ${r.failure()?.errorText}`));
  page.on('response', (r) => {
    if (r.status() >= 400 && !r.url().endsWith('/favicon.ico')) errors.push(`HTTP ${r.status()}: ${r.url()}`);
  });
  await page.addInitScript(NAME_SHIM);
  // Injected by the DevTools protocol, so the page's CSP does not apply to this listener itself.
  await page.addInitScript(() => {
    const w = window as unknown as { __cspViolations: string[] };
    w.__cspViolations = [];
    document.addEventListener('securitypolicyviolation', (e) => {
      w.__cspViolations.push(`${e.violatedDirective} blocked ${e.blockedURI || 'inline'} at ${e.sourceFile}:${e.lineNumber} (${e.sample})`);
    });
  });
  return {
    errors,
    violations: () => page.evaluate(() => (window as unknown as { __cspViolations: string[] }).__cspViolations),
  };
}

/**
 * Waits until every element matching `selector` has drawn: its shadow root holds a figure whose chart (if it has
 * one) contains an SVG, and the parts under it (`.actions` and after), or an error. The dashboard counts as drawn when every element inside it has.
 */
export async function settled(page: Page, selector = 'inclusion-benchmark, inclusion-tile, inclusion-trend', timeout = 30_000): Promise<void> {
  await page.evaluate(NAME_SHIM);
  await page.waitForFunction((sel) => {
    const done = (el: Element): boolean => {
      const r = el.shadowRoot;
      if (!r) return false;
      if (r.querySelector('[role=alert]')) return true;
      if (el.localName === 'inclusion-dashboard') {
        const inner = [...r.querySelectorAll('*')].filter((e) => e.localName.startsWith('inclusion-') && e.localName !== 'inclusion-area-picker');
        return !!r.querySelector('section') && inner.length > 0 && inner.every(done);
      }
      // Not while an update waits its turn, nor while new figures load behind the ones shown (aria-busy).
      if ((el as Element & { isUpdatePending?: boolean }).isUpdatePending) return false;
      const fig = r.querySelector('figure');
      if (!fig || fig.getAttribute('aria-busy') === 'true') return false;
      const chart = fig.querySelector('.chart');
      // The parts under a figure (its table, downloads, notes and source) come a frame after it first shows.
      return (!chart || !!chart.querySelector('svg')) && !!r.querySelector('.actions');
    };
    const els = [...document.querySelectorAll(sel)];
    return els.length > 0 && els.every(done);
  }, selector, { timeout, polling: 50 });
}

/** Text of an element's shadow root (the first match), whitespace collapsed. */
export function shadowText(page: Page, selector: string): Promise<string> {
  return page.locator(selector).first().evaluate((el) => (el.shadowRoot?.textContent ?? '').replace(/\s+/g, ' ').trim());
}

/** What a reader sees of one drawn chart: its SVG's size, its mark count and the text drawn in it. */
export interface ChartFacts {
  display: string;
  width: number;
  height: number;
  marks: number;
  text: string;
  visibleText: boolean;
}

export function chartFacts(page: Page, selector: string): Promise<ChartFacts> {
  return page.locator(selector).first().evaluate((el) => {
    const svg = el.shadowRoot?.querySelector('.chart svg');
    if (!svg) throw new Error(`${el.localName} has no chart SVG`);
    const box = svg.getBoundingClientRect();
    const marks = svg.querySelectorAll('rect, path, circle, line').length;
    const text = [...svg.querySelectorAll('text')].map((t) => t.textContent).join(' ').replace(/\s+/g, ' ');
    const t = svg.querySelector('text');
    const visibleText = !!t && getComputedStyle(t).display !== 'none' && t.getBoundingClientRect().width > 0;
    return { display: getComputedStyle(svg).display, width: box.width, height: box.height, marks, text, visibleText };
  });
}

export const A11Y_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/**
 * Runs axe-core over the whole document (open shadow roots included). axe is added as a same-origin
 * <script src>, which script-src 'self' allows, so even the CSP page is checked under its own policy.
 */
export async function axe(page: Page): Promise<string[]> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.addScriptTag({ url: '/test-tools/axe-core/axe.min.js' });
  return page.evaluate(async (tags) => {
    const w = window as unknown as { axe: { run(ctx: Document, o: object): Promise<{ violations: { id: string; help: string; nodes: { target: unknown[] }[] }[] }> } };
    const r = await w.axe.run(document, { runOnly: tags });
    return r.violations.map((v) => `${v.id}: ${v.help} at ${v.nodes.map((n) => JSON.stringify(n.target)).join(', ')}`);
  }, A11Y_TAGS);
}
