// The framework examples in packages/demo/public/examples, in headless Chromium under `npm start`'s strict CSP:
// React (@lit/react wrappers round the one-file bundle's classes), Vue 3 (custom elements from the one-file bundle,
// template compiled with isCustomElement) and plain HTML. Each must draw, pass state in both directions, and pass axe.
// Figures: `npx inclusion-dashboard benchmark --extract packages/sample-data/data --indicator ehcp-20-weeks --area X`.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import {
  ROOT, STRICT_CSP, axe, chartFacts, demoRoutes, ensureBundle, launch, settled, shadowText, startServer, watch,
  type TestServer, type Watch,
} from './harness';

const ELEMENTS = 'inclusion-tile, inclusion-benchmark';
const out = mkdtempSync(join(tmpdir(), 'examples-'));
let browser: Browser;
let server: TestServer;

before(async () => {
  const { buildExamples } = (await import(pathToFileURL(join(ROOT, 'packages/demo/build-examples.mjs')).href)) as { buildExamples: (out: string) => Promise<string> };
  // Built into a temporary folder, served where `npm start` would serve a local build.
  await Promise.all([ensureBundle(), buildExamples(out)]);
  [browser, server] = await Promise.all([
    launch(),
    startServer({
      csp: `${STRICT_CSP}; report-uri /csp-report`,
      routes: demoRoutes({ '/examples/react/dist': join(out, 'react/dist'), '/examples/vue/dist': join(out, 'vue/dist') }),
    }),
  ]);
});

after(async () => {
  await browser?.close();
  await server?.close();
  rmSync(out, { recursive: true, force: true });
});

/** The title, headline figure and chart labels of the benchmark, and the tile's figure. */
async function view(page: Page) {
  const bench = await chartFacts(page, 'inclusion-benchmark');
  return {
    subtitle: await page.locator('inclusion-benchmark .subtitle').first().textContent(),
    big: await page.locator('inclusion-benchmark .big').textContent(),
    tile: await page.locator('inclusion-tile .value').textContent(),
    chartText: bench.text,
    marks: bench.marks,
    drawn: await page.locator('.status strong').textContent(),
  };
}

for (const [name, path] of [['React', '/examples/react/'], ['Vue', '/examples/vue/'], ['plain HTML', '/examples/html/']]) {
  describe(`${name} example`, () => {
    let page: Page;
    let w: Watch;
    before(async () => {
      page = await browser.newPage({ viewport: { width: 1000, height: 900 } });
      w = await watch(page);
      await page.goto(server.base + path);
      await settled(page, ELEMENTS);
    });
    after(() => page?.close());

    test('draws Salford with the real figures, and the app hears inclusion-ready', async () => {
      await page.locator('.status strong', { hasText: 'Salford' }).waitFor();
      const v = await view(page);
      assert.match(v.subtitle ?? '', /^Salford, 2024, compared with statistical neighbours \(2025 model\), North West and England/);
      assert.equal(v.big, '50.1%');
      assert.equal(v.tile, '50.1%');
      // neighbours="each": a bar per neighbour as well (Sheffield 49.0%, Gateshead 82.3%).
      assert.match(v.chartText, /Sheffield/);
      assert.match(v.chartText, /50\.1%.*49\.0%/);
      assert.match(v.chartText, /82\.3%/);
      assert.ok(v.marks >= 14, `${v.marks} marks`);
      assert.equal(v.drawn, 'Salford');
      // Every route uses the same one-file bundle a CMS page pastes in.
      assert.ok(await page.evaluate(() => performance.getEntriesByType('resource').some((e) => e.name.endsWith('/dist/inclusion-dashboard.js'))));
    });

    test('choosing an LA in the picker passes through the app to the charts', async () => {
      const combo = page.getByRole('combobox', { name: 'Local authority' });
      // The picker got its options as a property (an array), not a string attribute.
      assert.equal(await combo.inputValue(), 'Salford');
      await combo.fill('Manch');
      await combo.press('ArrowDown');
      await combo.press('Enter');
      await page.locator('.status strong', { hasText: 'Manchester' }).waitFor();
      await settled(page, ELEMENTS);
      const v = await view(page);
      assert.match(v.subtitle ?? '', /^Manchester, 2024/);
      assert.equal(v.big, '63.5%');
      assert.equal(v.tile, '63.5%');
      assert.match(await shadowText(page, 'inclusion-benchmark'), /Manchester's EHC plans issued within 20 weeks in 2024 was 63\.5%/);
    });

    test('axe finds no WCAG 2.2 AA violations', async () => assert.deepEqual(await axe(page), []));

    test('no page errors, CSP violations or reports', async () => {
      assert.deepEqual(w.errors, []);
      assert.deepEqual(await w.violations(), []);
      assert.deepEqual(server.reports, []);
    });
  });
}
