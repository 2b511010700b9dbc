// The embed builder (packages/demo/public/builder.html) end to end in Chromium, under the demo's strict CSP:
// choose an LA, search for an indicator, pick the chart, period, breakdown, heading level and a colour; copy the
// script-tag snippet and paste it into a blank page on ANOTHER origin; it must draw the same chart. Then the same
// for the iframe snippet, and the address alone must bring the choices back. The demo server here sends CORS
// headers, as docs/embedding.md tells a host of the bundle to. The indicator list is the whole catalogue by theme,
// and snippets name data/catalogue.json with the indicator, so the pasted chart fetches only its own extract.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync, createReadStream } from 'node:fs';
import { createServer, request, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { ROOT, STRICT_CSP, axe, demoRoutes, ensureBundle, launch, settled, watch } from '../../demo/test/harness';

type Serve = (routes: Record<string, string>, opts?: { port?: number; csp?: string }) => Promise<Server>;
const { serve } = (await import(pathToFileURL(join(ROOT, 'scripts/serve.mjs')).href)) as { serve: Serve };

const listen = (s: Server) => new Promise<void>((ok) => s.listen(0, '127.0.0.1', ok));
const origin = (s: Server) => `http://127.0.0.1:${(s.address() as AddressInfo).port}`;

let browser: Browser, context: BrowserContext;
const catalogue = JSON.parse(readFileSync(join(ROOT, 'packages/sample-data/data/catalogue.json'), 'utf8')) as {
  themes: { id: string; label: string }[]; indicators: { id: string; theme: string; file: string }[];
};
let inner: Server, site: Server, blank: Server;
const pasted = mkdtempSync(join(tmpdir(), 'pasted-'));

before(async () => {
  await ensureBundle();
  if (!existsSync(join(ROOT, 'dist/catalogue.js'))) {
    execFileSync(process.execPath, ['-e', `(async () => { const { rollup } = await import('rollup');
      const c = (await import('./rollup.config.mjs')).default.find((c) => c.output.file === 'dist/catalogue.js');
      const b = await rollup(c); await b.write(c.output); await b.close(); })()`], { cwd: ROOT, stdio: 'inherit' });
  }
  // The demo as `npm start` serves it (strict CSP), behind a front that adds CORS for the other origin.
  inner = await serve(demoRoutes(), { port: 0, csp: STRICT_CSP });
  site = createServer((req, res) => {
    const fwd = request({ host: '127.0.0.1', port: (inner.address() as AddressInfo).port, path: req.url, method: req.method, headers: req.headers }, (r) => {
      res.writeHead(r.statusCode ?? 502, { ...r.headers, 'access-control-allow-origin': '*' });
      r.pipe(res);
    });
    req.pipe(fwd);
  });
  // The other origin: whatever page the test pasted a snippet into.
  blank = createServer((req, res) => {
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    createReadStream(join(pasted, new URL(req.url ?? '/', 'http://x').pathname.slice(1) || 'index.html')).on('error', () => res.end()).pipe(res);
  });
  await Promise.all([listen(site), listen(blank)]);
  browser = await launch();
  context = await browser.newContext({ viewport: { width: 1000, height: 1000 } });
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: origin(site) });
});

after(async () => {
  await browser?.close();
  for (const s of [site, blank, inner]) s?.close();
  rmSync(pasted, { recursive: true, force: true });
});

/** What a reader gets from a drawn element: its figure's text (title, summary, table) and the chosen colour. */
function drawing(page: Page, selector: string) {
  return page.locator(selector).first().evaluate((el) => ({
    text: (el.shadowRoot?.querySelector('figure')?.textContent ?? '').replace(/\s+/g, ' ').trim(),
    heading: el.shadowRoot?.querySelector('[part=title]')?.getAttribute('aria-level'),
    selected: getComputedStyle(el).getPropertyValue('--inclusion-selected').trim(),
    alert: el.shadowRoot?.querySelector('[role=alert]')?.textContent ?? null,
  }));
}

/** Every URL a page asks for, in order. */
const fetched = new WeakMap<Page, string[]>();

async function paste(name: string, snippet: string): Promise<Page> {
  writeFileSync(join(pasted, `${name}.html`), `<!doctype html>\n<html lang="en"><head><meta charset="utf-8"><title>Pasted</title><link rel="icon" href="data:,"></head>\n<body><main>\n${snippet}\n</main></body></html>\n`);
  const page = await context.newPage();
  const urls: string[] = [];
  fetched.set(page, urls);
  page.on('request', (r) => { urls.push(r.url()); });
  await page.goto(`${origin(blank)}/${name}.html`);
  return page;
}

/** The data files a page fetched, as paths under /data/. */
const dataFiles = (page: Page) => [...new Set((fetched.get(page) ?? []).filter((u) => u.includes('/data/')).map((u) => new URL(u).pathname.replace(/^\/data\//, '')))].sort();

describe('embed builder', () => {
  let page: Page;
  let shared = '';
  let preview: Awaited<ReturnType<typeof drawing>>;

  test('choices made with the keyboard and mouse draw the live element and are kept in the address', async () => {
    page = await context.newPage();
    const w = await watch(page);
    await page.goto(`${origin(site)}/builder.html`);
    await page.locator('#builder').waitFor();
    const la = page.getByRole('combobox', { name: 'Local authority' });
    await la.fill('Kent');
    await page.getByRole('option', { name: /^Kent/ }).first().click();
    // Every catalogue indicator is offered, grouped by theme in the catalogue's order.
    const all = await page.locator('#indicator option').evaluateAll((os) => os.map((o) => (o as HTMLOptionElement).value));
    assert.equal(all.length, catalogue.indicators.length, 'every indicator in the catalogue');
    assert.deepEqual(new Set(all), new Set(catalogue.indicators.map((i) => i.id)));
    const themes = await page.locator('#indicator optgroup').evaluateAll((gs) => gs.map((g) => (g as HTMLOptGroupElement).label));
    const used = catalogue.themes.filter((t) => catalogue.indicators.some((i) => i.theme === t.id)).map((t) => t.label);
    assert.deepEqual(themes, used, 'one group per theme');
    assert.match(await page.locator('#indicator-count').textContent() ?? '', new RegExp(`^${catalogue.indicators.length} indicators in ${used.length} themes`));
    // Searching: every word must match, in any order.
    await page.getByLabel('Search indicators').fill('sen persistent');
    const found = await page.locator('#indicator option').evaluateAll((os) => os.map((o) => (o as HTMLOptionElement).value));
    assert.ok(found.includes('persistent-absence-sen') && found.length < all.length, `search: ${found.join(' ')}`);
    assert.match(await page.locator('#indicator-count').textContent() ?? '', new RegExp(`^${found.length} of ${all.length} indicators match\\.`));
    await page.getByLabel('Search indicators').fill('persistent absence');
    const groups = await page.locator('#indicator optgroup').evaluateAll((gs) => gs.map((g) => (g as HTMLOptGroupElement).label));
    assert.ok(groups.includes('Attendance and absence'), `grouped by theme: ${groups}`);
    await page.locator('#indicator').selectOption('persistent-absence');
    await page.getByLabel(/^Benchmark/).check();
    const periods = await page.locator('#period option').allTextContents();
    assert.ok(periods.includes('2022/23'), `periods: ${periods.join(', ')}`);
    await page.locator('#period').selectOption({ label: '2022/23' });
    const breakdowns = await page.locator('#breakdown option').evaluateAll((os) => os.map((o) => (o as HTMLOptionElement).value));
    assert.ok(breakdowns.length > 1, 'persistent absence has a breakdown');
    const breakdown = breakdowns.find((b) => /secondary/i.test(b)) ?? breakdowns[1];
    await page.locator('#breakdown').selectOption(breakdown);
    await page.locator('#heading').focus();
    await page.keyboard.press('ArrowUp'); // 3 → 2, with the keyboard
    await page.getByLabel('The chosen local authority').fill('#5a1e5f');
    await settled(page, '#preview inclusion-benchmark');
    preview = await drawing(page, '#preview inclusion-benchmark');
    assert.equal(preview.alert, null);
    assert.match(preview.text, /Kent/);
    assert.equal(preview.heading, '2');
    assert.equal(preview.selected, '#5a1e5f');
    shared = page.url();
    const q = new URL(shared).searchParams;
    assert.deepEqual(
      { area: q.get('area'), indicator: q.get('indicator'), element: q.get('element'), period: q.get('period'), breakdown: q.get('breakdown'), heading: q.get('heading'), colour: q.get('colour-selected') },
      { area: '886', indicator: 'persistent-absence', element: 'inclusion-benchmark', period: '202223', breakdown, heading: '2', colour: '#5a1e5f' });
    // data/catalogue.json is optional: the builder asks for it first and reads the extracts when it is absent.
    // Chromium logs that 404 as "Failed to load resource" without its URL; the response itself names it.
    assert.deepEqual(w.errors.filter((e) => !/^console: Failed to load resource: .* 404/.test(e) && !/^HTTP 404: .*\/data\/catalogue\.json$/.test(e)), []);
    assert.ok(w.errors.filter((e) => e.startsWith('HTTP')).every((e) => e.endsWith('/data/catalogue.json')), w.errors.join('\n'));
    assert.deepEqual(await w.violations(), [], 'CSP violations');
    assert.deepEqual(await axe(page), [], 'axe');
  });

  test('the script-tag snippet, copied and pasted into a page on another origin, draws the same chart', async () => {
    await page.getByRole('button', { name: 'Copy code' }).click();
    await page.getByText('Code copied').waitFor();
    const snippet = await page.evaluate(() => navigator.clipboard.readText());
    assert.match(snippet, /<script type="module" src="http:\/\/127\.0\.0\.1:\d+\/dist\/inclusion-dashboard\.js"\s+integrity="sha384-[A-Za-z0-9+/]+=*" crossorigin="anonymous"><\/script>/);
    assert.match(snippet, /\n  src="http:\/\/127\.0\.0\.1:\d+\/data\/catalogue\.json"\n  indicator="persistent-absence"/);
    const elsewhere = await paste('script', snippet);
    await settled(elsewhere, 'inclusion-benchmark');
    assert.deepEqual(await drawing(elsewhere, 'inclusion-benchmark'), preview);
    // Only the catalogue, the indicator's own extract and the areas and neighbours: not the other 500 indicators.
    // (The catalogue may come from the HTTP cache the builder page filled, which fires no request event.)
    const own = catalogue.indicators.find((i) => i.id === 'persistent-absence')!.file;
    const files = dataFiles(elsewhere);
    assert.ok(files.includes(own), files.join(' '));
    assert.deepEqual(files.filter((f) => !['areas.arrow', 'catalogue.json', own, 'neighbours.arrow'].includes(f)), [], 'no other extract');
    await elsewhere.close();
  });

  test('the iframe snippet, pasted into a page on another origin, draws the same chart in the frame', async () => {
    await page.getByLabel(/^Iframe/).check();
    await page.getByRole('button', { name: 'Copy code' }).click();
    await page.getByText('Code copied').waitFor();
    const snippet = await page.evaluate(() => navigator.clipboard.readText());
    assert.match(snippet, /^<iframe data-inclusion-embed/);
    assert.match(snippet, /[?&;]src=data%2Fcatalogue\.json&amp;indicator=persistent-absence&amp;/);
    const elsewhere = await paste('iframe', snippet);
    const frame = elsewhere.frameLocator('iframe');
    await frame.locator('inclusion-benchmark figure').waitFor({ timeout: 30_000 });
    await frame.locator('inclusion-benchmark .chart svg').first().waitFor();
    const inFrame = await frame.locator('inclusion-benchmark').evaluate((el) => ({
      text: (el.shadowRoot?.querySelector('figure')?.textContent ?? '').replace(/\s+/g, ' ').trim(),
      heading: el.shadowRoot?.querySelector('[part=title]')?.getAttribute('aria-level'),
      selected: getComputedStyle(el).getPropertyValue('--inclusion-selected').trim(),
      alert: el.shadowRoot?.querySelector('[role=alert]')?.textContent ?? null,
    }));
    assert.deepEqual(inFrame, preview);
    await elsewhere.close();
  });

  test('the shared address alone brings back every choice', async () => {
    const again = await context.newPage();
    await again.goto(shared);
    await settled(again, '#preview inclusion-benchmark');
    assert.equal(await again.locator('#indicator').inputValue(), 'persistent-absence');
    assert.equal(await again.locator('#heading').inputValue(), '2');
    assert.deepEqual(await drawing(again, '#preview inclusion-benchmark'), preview);
    await again.close();
    await page.close();
  });
});
