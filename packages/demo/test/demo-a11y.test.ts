// Issue 14, item 8, on the demo pages as `npm start` serves them: nothing scrolls sideways at 320 px, the
// dashboard's page title names its view, theme links keep the area and the mode, every page has a skip link, and
// the indicator list comes before the tiles in the tab order.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { Browser } from 'playwright-core';
import { ensureBundle, launch, settled, startServer, type TestServer } from './harness';

let browser: Browser;
let server: TestServer;

before(async () => {
  await ensureBundle();
  [browser, server] = await Promise.all([launch(), startServer()]);
});

after(async () => {
  await browser?.close();
  await server?.close();
});

const PAGES = ['/', '/dashboard.html?area=Salford&theme=ehcp', '/dashboard.html?mode=national', '/gallery.html', '/accessibility.html', '/examples/vue/', '/examples/react/', '/examples/html/'];

describe('demo pages at 320 px', () => {
  for (const path of PAGES) {
    test(`${path}: no sideways scroll and a skip link`, async () => {
      const page = await browser.newPage({ viewport: { width: 320, height: 800 } });
      await page.goto(server.base + path);
      const charts = 'inclusion-benchmark, inclusion-tile, inclusion-trend, inclusion-dashboard';
      await page.waitForLoadState('load');
      if (await page.locator(charts).count()) await settled(page, charts);
      const { scroll, client } = await page.evaluate(() => ({ scroll: document.documentElement.scrollWidth, client: document.documentElement.clientWidth }));
      assert.ok(scroll <= client, `${path} scrolls sideways: ${scroll} > ${client}`);
      if (!path.startsWith('/examples/')) assert.equal(await page.locator('a.skip[href="#main"]').count(), 1, `${path} has no skip link`);
      await page.close();
    });

    // The audit of 2 December 2026: the statement's heading ("Accessibility", 40 px bold) ran 2 px past the screen.
    test(`${path}: no sideways scroll with the WCAG 1.4.12 text spacing`, async () => {
      const page = await browser.newPage({ viewport: { width: 320, height: 800 }, bypassCSP: true });
      await page.goto(server.base + path);
      await page.waitForLoadState('load');
      await page.addStyleTag({ content: SPACING });
      const charts = 'inclusion-benchmark, inclusion-tile, inclusion-trend, inclusion-dashboard';
      if (await page.locator(charts).count()) await settled(page, charts);
      await page.waitForTimeout(200);
      const { scroll, client } = await page.evaluate(() => ({ scroll: document.documentElement.scrollWidth, client: document.documentElement.clientWidth }));
      assert.ok(scroll <= client, `${path} scrolls sideways with text spacing: ${scroll} > ${client}`);
      await page.close();
    });
  }
});

// The text-spacing bookmarklet's values, as a page style.
const SPACING = '* { line-height: 1.5 !important; letter-spacing: 0.12em !important; word-spacing: 0.16em !important; } p { margin-bottom: 2em !important; }';

describe('keyboard walk', () => {
  // The audit of 2 December 2026: the skip link and links in the text had only the browser's thin default ring.
  for (const path of ['/', '/dashboard.html?area=E08000006&theme=ehcp']) {
    test(`${path}: every tab stop shows a focus indicator of 2 px or more`, async () => {
      const page = await browser.newPage({ viewport: { width: 1100, height: 900 } });
      await page.goto(server.base + path);
      await settled(page, 'inclusion-benchmark, inclusion-dashboard');
      const seen: string[] = [];
      for (let i = 0; i < 40; i++) {
        await page.keyboard.press('Tab');
        const f = await page.evaluate(() => {
          let el: Element | null = document.activeElement;
          while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
          if (!el || el === document.body) return null;
          const cs = getComputedStyle(el);
          const ring = (parseFloat(cs.outlineWidth) >= 2 && cs.outlineStyle !== 'none') || cs.boxShadow !== 'none';
          return { what: `${el.localName} ${(el.textContent ?? '').trim().slice(0, 40)}`, ring };
        });
        if (!f) break;
        seen.push(f.what);
        assert.ok(f.ring, `${path}: tab stop ${i + 1} (${f.what}) has no focus indicator`);
      }
      assert.ok(seen.length >= 5, `${path}: only ${seen.length} tab stops`);
      await page.close();
    });
  }
});

describe('a chart with real key presses', () => {
  test('LA page: Right shows the point under the chart as the live region says it; Escape clears it and focus stays on the chart', async () => {
    const page = await browser.newPage({ viewport: { width: 1100, height: 900 } });
    await page.goto(server.base + '/');
    await settled(page, 'inclusion-benchmark');
    const deep = () => page.evaluate(() => {
      let el: Element | null = document.activeElement;
      while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
      const root = el?.getRootNode() as ShadowRoot | Document;
      const words = (s: string) => (root.querySelector(s)?.textContent ?? '').replace(/\s+/g, ' ').trim();
      return { chart: !!el?.matches('.chart'), readout: words('.readout'), live: words('[aria-live]') };
    });
    for (let i = 0; i < 10 && !(await deep()).chart; i++) await page.keyboard.press('Tab');
    assert.ok((await deep()).chart, 'no chart within ten tab stops');
    await page.keyboard.press('ArrowRight');
    const on = await deep();
    assert.match(on.readout, /^Salford: 50\.1%/);
    assert.equal(on.live, on.readout);
    await page.keyboard.press('Escape');
    await page.waitForTimeout(200);
    const off = await deep();
    assert.ok(off.chart, 'Escape moved focus off the chart');
    assert.equal(off.readout, '');
    await page.close();
  });
});

describe('dashboard page: title, links and tab order', () => {
  test('the page title names the view, and changes with it', async () => {
    const page = await browser.newPage({ viewport: { width: 1100, height: 900 } });
    await page.goto(`${server.base}/dashboard.html?area=E08000006&theme=ehcp`);
    await settled(page, 'inclusion-dashboard');
    await page.waitForFunction(() => document.title.startsWith('Salford'));
    assert.match(await page.title(), /^Salford: EHC plans.* – /);
    await page.locator('inclusion-dashboard').evaluate((d) => { (d as unknown as { mode: string }).mode = 'national'; });
    await page.waitForFunction(() => document.title.startsWith('England'));
    await page.close();
  });

  test('theme links keep the area and the mode', async () => {
    const page = await browser.newPage({ viewport: { width: 1100, height: 900 } });
    await page.goto(`${server.base}/dashboard.html?area=E08000006&theme=ehcp`);
    await settled(page, 'inclusion-dashboard');
    const hrefs = await page.locator('inclusion-dashboard').evaluate((d) => [...d.shadowRoot!.querySelectorAll('nav a')].map((a) => a.getAttribute('href')));
    assert.ok(hrefs.length > 2);
    for (const h of hrefs) {
      const q = new URLSearchParams(h!.slice(1));
      assert.equal(q.get('area'), 'E08000006', h!);
      assert.equal(q.get('mode'), 'la', h!);
    }
    await page.close();
  });

  test('the indicator list comes before the tiles in the tab order', async () => {
    const page = await browser.newPage({ viewport: { width: 1100, height: 900 } });
    await page.goto(`${server.base}/dashboard.html?area=E08000006&theme=attendance`);
    await settled(page, 'inclusion-dashboard');
    const order = await page.locator('inclusion-dashboard').evaluate((d) => {
      const r = d.shadowRoot!;
      const select = r.querySelector('#indicator-select')!;
      const tiles = r.querySelector('.tiles')!;
      return select.compareDocumentPosition(tiles) & Node.DOCUMENT_POSITION_FOLLOWING;
    });
    assert.ok(order, 'the indicator select is not before the tiles');
    await page.close();
  });
});
