// The one-file bundle (dist/inclusion-dashboard.js) on three host pages, in headless Chromium: a plain page, a page
// whose global stylesheet attacks everything it can reach, and a page under a strict Content-Security-Policy.
// Salford's EHC plans issued within 20 weeks in 2024 are 50.1% (231 of 461): `npx inclusion-dashboard benchmark
// --extract packages/sample-data/data --indicator ehcp-20-weeks --area Salford`.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import {
  ROOT, TEST_CSP, axe, chartFacts, demoRoutes, ensureBundle, launch, settled, shadowText, startServer, watch,
  type TestServer, type Watch,
} from './harness';

const ELEMENTS = ['inclusion-benchmark', 'inclusion-tile', 'inclusion-trend'];

let browser: Browser;
let open: TestServer; // no CSP header at all
let strict: TestServer; // the policy, reporting to /csp-report
const snippets = mkdtempSync(join(tmpdir(), 'snippets-'));

before(async () => {
  await ensureBundle();
  [browser, open, strict] = await Promise.all([
    launch(),
    startServer({ csp: null }),
    startServer({ csp: TEST_CSP, routes: demoRoutes({ '/doc-snippets': snippets }) }),
  ]);
});

after(async () => {
  await browser?.close();
  await open?.close();
  await strict?.close();
  rmSync(snippets, { recursive: true, force: true });
});

async function load(server: TestServer, path: string): Promise<{ page: Page; w: Watch }> {
  const page = await browser.newPage({ viewport: { width: 800, height: 900 } });
  const w = await watch(page);
  await page.goto(server.base + path);
  await settled(page, ELEMENTS.join(', '));
  return { page, w };
}

/** Computed styles a host page could try to change, per element and part, as "element part" → values. */
function styleFingerprint(page: Page): Promise<Record<string, string>> {
  return page.evaluate((tags) => {
    const out: Record<string, string> = {};
    const parts = { host: '', title: '[part=title]', summary: '[part=summary]', figure: 'figure', chart: '.chart svg', 'chart text': '.chart svg text', table: 'table', button: 'button' };
    for (const tag of tags) {
      const el = document.querySelector(tag)!;
      for (const [name, sel] of Object.entries(parts)) {
        const e = sel ? el.shadowRoot!.querySelector(sel) : el;
        if (!e) continue;
        const s = getComputedStyle(e);
        // Not line-height, letter- or word-spacing: those are inherited from the page on purpose (see below).
        out[`${tag} ${name}`] = [s.display, s.fontFamily, s.fontSize, s.fontStyle, s.fontWeight, s.color, s.backgroundColor,
          s.textTransform, s.textAlign, s.textIndent, s.textShadow, s.whiteSpace, s.visibility, s.opacity].join(' | ');
      }
    }
    return out;
  }, ELEMENTS);
}

/** What every page must show: the figures drawn at the element's width, in text, chart and table. */
async function assertRendered(page: Page): Promise<void> {
  const bench = await chartFacts(page, 'inclusion-benchmark');
  assert.equal(bench.display, 'block');
  assert.ok(bench.height > 100, `benchmark chart is ${bench.height}px tall`);
  assert.ok(bench.marks >= 4, `benchmark has ${bench.marks} marks`);
  assert.ok(bench.visibleText, 'benchmark chart text is laid out');
  // The bars' values in order (Salford, neighbours, region, England), and their names.
  assert.match(bench.text, /50\.1% 45\.2% 49\.6% 45\.9%/);
  assert.match(bench.text, /Salford .*Statistical neighbours \(2025 model\) average .*North West .*England/);
  // Drawn at the width the host gives it, so the element was measured (not a fixed fallback).
  const hostWidth = await page.locator('inclusion-benchmark').evaluate((el) => el.clientWidth);
  assert.ok(Math.abs(bench.width - hostWidth) <= 1, `chart ${bench.width}px wide in a ${hostWidth}px element`);

  const benchText = await shadowText(page, 'inclusion-benchmark');
  assert.match(benchText, /Salford's EHC plans issued within 20 weeks in 2024 was 50\.1%\. England was 45\.9%\./);
  const table = await page.locator('inclusion-benchmark').evaluate((el) =>
    [...el.shadowRoot!.querySelectorAll('table tbody tr')].map((tr) => [...tr.children].map((c) => c.textContent!.trim()).join(' | ')));
  assert.deepEqual(table, ['Salford | 50.1%', 'Statistical neighbours (2025 model) average | 45.2%', 'North West | 49.6%', 'England | 45.9%']);

  const tile = await shadowText(page, 'inclusion-tile');
  assert.match(tile, /50\.1%/);
  assert.match(tile, /Rank 76 of 153/);

  const trend = await chartFacts(page, 'inclusion-trend');
  assert.ok(trend.height > 100 && trend.marks > 10, `trend chart ${trend.height}px tall with ${trend.marks} marks`);
  assert.match(trend.text, /2015 .*2024/);
  assert.match(await shadowText(page, 'inclusion-trend'), /was 52\.7% in 2015 and 50\.1% in 2024/);
}

async function assertClean(w: Watch): Promise<void> {
  assert.deepEqual(w.errors, []);
  assert.deepEqual(await w.violations(), []);
}

describe('plain HTML page', () => {
  let page: Page;
  let w: Watch;
  before(async () => ({ page, w } = await load(open, '/test-pages/plain.html')));
  after(() => page?.close());

  test('charts render with the real figures', () => assertRendered(page));
  test('axe finds no WCAG 2.2 AA violations', async () => assert.deepEqual(await axe(page), []));
  test('no page errors or failed requests', () => assertClean(w));
});

describe('page with a hostile global stylesheet', () => {
  let page: Page;
  let w: Watch;
  before(async () => ({ page, w } = await load(open, '/test-pages/hostile.html')));
  after(() => page?.close());

  test('the stylesheet is applied to the page itself', async () => {
    // Otherwise the test below proves nothing.
    const h = await page.evaluate(() => {
      const s = getComputedStyle(document.body);
      return { margin: s.margin, transform: s.textTransform, font: s.fontFamily, mainTransform: getComputedStyle(document.querySelector('main')!).textTransform };
    });
    assert.deepEqual(h, { margin: '0px', transform: 'uppercase', font: '"Comic Sans MS", cursive', mainTransform: 'uppercase' });
  });

  test('charts render with the real figures', () => assertRendered(page));

  test('every style the page could reach is the same as on the plain page', async () => {
    const plain = await load(open, '/test-pages/plain.html');
    try {
      const [hostile, expected] = [await styleFingerprint(page), await styleFingerprint(plain.page)];
      assert.ok(Object.keys(expected).length >= 20, 'fingerprint covers the parts');
      const diffs = Object.keys(expected).filter((k) => hostile[k] !== expected[k]).map((k) => `${k}: ${hostile[k]} (plain page: ${expected[k]})`);
      assert.deepEqual(diffs, []);
    } finally {
      await plain.page.close();
    }
  });

  test('line height, letter and word spacing still come from the page, as readers\' overrides must (WCAG 1.4.12)', async () => {
    const spacing = await page.locator('inclusion-benchmark').evaluate((el) => {
      const s = getComputedStyle(el.shadowRoot!.querySelector('[part=summary]')!);
      return [s.lineHeight, s.letterSpacing, s.wordSpacing];
    });
    assert.deepEqual(spacing, ['32px', '2px', '4px']);
  });

  test('axe finds no WCAG 2.2 AA violations', async () => assert.deepEqual(await axe(page), []));
  test('no page errors or failed requests', () => assertClean(w));
});

describe('page served with a strict Content-Security-Policy', () => {
  let page: Page;
  let w: Watch;
  before(async () => ({ page, w } = await load(strict, '/test-pages/csp.html')));
  after(() => page?.close());

  test('the response carries the policy', async () => {
    const res = await page.request.get(`${strict.base}/test-pages/csp.html`);
    assert.equal(res.headers()['content-security-policy'], TEST_CSP);
  });

  test('charts render with the real figures', () => assertRendered(page));

  test('keyboard navigation, the table and the CSV download work under the policy', async () => {
    const chart = page.locator('inclusion-benchmark .chart');
    await chart.focus();
    await page.keyboard.press('ArrowRight');
    assert.equal(await page.locator('inclusion-benchmark [aria-live]').textContent(), 'Salford: 50.1% (selected) (1 of 4)');
    assert.equal(await page.locator('inclusion-benchmark .focus-ring').count(), 1);
    await page.keyboard.press('Escape');
    assert.equal(await page.locator('inclusion-benchmark .focus-ring').count(), 0);
    await page.locator('inclusion-benchmark summary', { hasText: 'Show the data as a table' }).click();
    await page.locator('inclusion-benchmark th button.sort').nth(1).click();
    assert.equal(await page.locator('inclusion-benchmark tbody tr th').first().textContent(), 'Statistical neighbours (2025 model) average');
    const [download] = await Promise.all([page.waitForEvent('download'), page.locator('inclusion-benchmark .link-button').click()]);
    const csv = await download.createReadStream().then(async (s) => {
      let t = '';
      for await (const c of s) t += String(c);
      return t;
    });
    // The published figures behind the chart, with codes and counts (docs/embedding.md, "Downloads and printing").
    assert.match(csv, /^indicator_id,indicator,geographic_level,area_code,old_la_code,area_name,time_period,/);
    assert.match(csv, /,E08000006,355,Salford,2024,2024,.*,percent,.*,50\.1,231,461,/);
  });

  test('axe finds no WCAG 2.2 AA violations (axe loaded as a same-origin script, the policy left on)', async () => {
    assert.deepEqual(await axe(page), []);
  });

  test('no violation events, no reports, no page errors', async () => {
    await assertClean(w);
    // Chromium posts reports asynchronously: give any pending one time to land.
    await page.waitForTimeout(300);
    assert.deepEqual(strict.reports, []);
  });

  test('control: a real violation is seen by both the event listener and /csp-report', async () => {
    // Proves the zero above is not a deaf listener: an inline style attribute is what style-src 'self' forbids.
    await page.evaluate(() => document.body.setAttribute('style', 'color: red'));
    await page.waitForFunction(() => (window as unknown as { __cspViolations: string[] }).__cspViolations.length > 0);
    const t0 = Date.now();
    while (strict.reports.length === 0 && Date.now() - t0 < 5000) await page.waitForTimeout(50);
    assert.match((await w.violations())[0], /^style-src/);
    assert.equal(strict.reports.length, 1);
    assert.match(JSON.stringify(strict.reports[0]), /style-src/);
  });
});

describe('docs/embedding.md snippets that load the bundle, pasted verbatim into a page under the strict policy', () => {
  const doc = join(ROOT, 'docs/embedding.md');
  /** Every ```html block that loads the one-file bundle; iframe blocks belong to the iframe embed's own test. */
  const blocks = existsSync(doc)
    ? [...readFileSync(doc, 'utf8').matchAll(/```html\n([\s\S]*?)```/g)].map((m) => m[1]).filter((b) => b.includes('inclusion-dashboard.js') && !b.includes('<iframe'))
    : [];

  test('the document exists and has at least one', () => {
    assert.ok(existsSync(doc), 'docs/embedding.md is missing');
    assert.ok(blocks.length > 0, 'no ```html block in docs/embedding.md loads inclusion-dashboard.js');
  });

  blocks.forEach((block, i) => {
    test(`snippet ${i + 1} draws, passes axe, and logs no errors or violations`, async () => {
      // Only the hosts change: wherever the doc says the bundle and extracts live, this server has them.
      const local = block
        .replace(/(?:https?:)?\/\/[^"'\s]*\/inclusion-dashboard\.js/g, '/dist/inclusion-dashboard.js')
        .replace(/(?:https?:)?\/\/[^"'\s]*\/([\w-]+\.arrow)/g, '/data/$1')
        // The integrity placeholder, replaced as `npm run sri` tells a reader to: the hash of the file served.
        .replace(/(src="\/dist\/([^"]+)"[^>]*integrity=")sha384-REPLACE-WITH-npm-run-sri"/g, (_, head, f) => `${head}sha384-${createHash('sha384').update(readFileSync(join(ROOT, 'dist', f))).digest('base64')}"`);
      const html = /^\s*<(!doctype|html)/i.test(local) ? local
        : `<!doctype html>\n<html lang="en">\n<head><meta charset="utf-8"><title>Snippet ${i + 1}</title></head>\n<body><main><h1>Snippet ${i + 1}</h1>\n${local}\n</main></body>\n</html>\n`;
      writeFileSync(join(snippets, `snippet-${i + 1}.html`), html);
      const page = await browser.newPage({ viewport: { width: 800, height: 900 } });
      try {
        const w = await watch(page);
        await page.goto(`${strict.base}/doc-snippets/snippet-${i + 1}.html`);
        const tags = await page.evaluate(() => [...new Set([...document.querySelectorAll('*')].map((e) => e.localName))]
          .filter((t) => t.startsWith('inclusion-') && t !== 'inclusion-area-picker'));
        assert.ok(tags.length > 0, 'the snippet has no inclusion-* element');
        await settled(page, tags.join(', '));
        const alerts = await page.evaluate((sel) => [...document.querySelectorAll(sel)]
          .map((el) => el.shadowRoot?.querySelector('[role=alert]')?.textContent?.trim()).filter(Boolean), tags.join(', '));
        assert.deepEqual(alerts, []);
        assert.deepEqual(await axe(page), []);
        assert.deepEqual(w.errors, []);
        assert.deepEqual(await w.violations(), []);
      } finally {
        await page.close();
      }
    });
  });
});
