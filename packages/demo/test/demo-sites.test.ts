// End to end, in headless Chromium, on both demo sites as `npm start` serves them (bundle, strict CSP): pick an LA,
// change the indicator, share the URL, and the reloaded page shows the same view; the dashboard page's examples
// (Salford, Cumbria before 2023, Westmorland and Furness after) show each authority's own figures.
// Figures from `npx inclusion-dashboard benchmark --extract packages/sample-data/data --indicator ID --area AREA`.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { Browser, Page } from 'playwright-core';
import { STRICT_CSP, axe, ensureBundle, launch, settled, startServer, watch, type TestServer, type Watch } from './harness';

let browser: Browser;
let server: TestServer;

before(async () => {
  await ensureBundle();
  // The policy `npm start` sends, reporting to the test server.
  [browser, server] = await Promise.all([launch(), startServer({ csp: `${STRICT_CSP}; report-uri /csp-report` })]);
});

after(async () => {
  await browser?.close();
  await server?.close();
});

async function open(path: string): Promise<{ page: Page; w: Watch }> {
  const page = await browser.newPage({ viewport: { width: 1100, height: 900 } });
  const w = await watch(page);
  await page.goto(server.base + path);
  return { page, w };
}

/** What the dashboard shows now, read from inside its shadow root (and its charts'). */
function dashboardView(page: Page) {
  return page.locator('inclusion-dashboard').evaluate((d) => {
    const r = d.shadowRoot!;
    const text = (el: Element | null | undefined) => (el?.shadowRoot?.textContent ?? '').replace(/\s+/g, ' ').trim();
    const part = (el: Element | null, p: string) => el?.shadowRoot?.querySelector(`[part=${p}]`)?.textContent?.trim() ?? null;
    const tile = r.querySelector('inclusion-tile');
    const bench = r.querySelector('inclusion-benchmark');
    const picker = r.querySelector('inclusion-area-picker');
    return {
      mode: (r.querySelector('input[name=mode]:checked') as HTMLInputElement | null)?.value ?? null,
      theme: r.querySelector('nav a[aria-current=page]')?.textContent?.trim() ?? null,
      area: (picker?.shadowRoot?.querySelector('input') as HTMLInputElement | null)?.value ?? null,
      indicator: (r.querySelector('#indicator-select') as HTMLSelectElement | null)?.value ?? null,
      tileTitle: part(tile, 'title'),
      tileValue: tile?.shadowRoot?.querySelector('.value')?.textContent?.trim() ?? null,
      tileSubtitle: tile?.shadowRoot?.querySelector('.subtitle')?.textContent?.trim() ?? null,
      benchmarkTitle: part(bench, 'title'),
      benchmarkValue: bench?.shadowRoot?.querySelector('.big')?.textContent?.trim() ?? null,
      charts: [...r.querySelectorAll('*')].filter((e) => e.shadowRoot?.querySelector('.chart svg')).map((e) => e.localName),
      benchmarkText: text(bench),
    };
  });
}

const query = (page: Page) => Object.fromEntries(new URL(page.url()).searchParams);

async function assertClean(w: Watch): Promise<void> {
  assert.deepEqual(w.errors, []);
  assert.deepEqual(await w.violations(), []);
  assert.deepEqual(server.reports, []);
}

describe('national dashboard (dashboard.html), one local authority', () => {
  let page: Page;
  let w: Watch;
  before(async () => ({ page, w } = await open('/dashboard.html')));
  after(() => page?.close());

  test('pick an LA, change theme and indicator: the view and the URL follow', async () => {
    await settled(page, 'inclusion-dashboard');
    await page.getByRole('link', { name: 'EHC plans', exact: true }).click();
    // The picker is inside the dashboard's shadow root; role locators pierce open shadow roots.
    const combo = page.getByRole('combobox', { name: 'Local authority' });
    await combo.fill('Manch');
    await combo.press('ArrowDown');
    await combo.press('Enter');
    await page.waitForFunction(() => new URL(location.href).searchParams.get('area') === 'E08000003');
    await page.getByRole('combobox', { name: 'Indicator' }).selectOption('ehcp-20-weeks-excluding-exceptions');
    await page.waitForFunction(() => new URL(location.href).searchParams.get('indicator') === 'ehcp-20-weeks-excluding-exceptions');
    await settled(page, 'inclusion-dashboard');

    assert.deepEqual(query(page), { mode: 'la', area: 'E08000003', theme: 'ehcp', indicator: 'ehcp-20-weeks-excluding-exceptions' });
    const v = await dashboardView(page);
    assert.equal(v.area, 'Manchester');
    assert.equal(v.theme, 'EHC plans');
    assert.equal(v.benchmarkTitle, 'EHC plans issued within 20 weeks (excluding exceptions)');
    assert.equal(v.benchmarkValue, '76.8%');
    assert.match(v.benchmarkText, /Manchester's EHC plans issued within 20 weeks \(excluding exceptions\) in 2024 was 76\.8%\. England was 46\.4%\./);
    assert.deepEqual([...new Set(v.charts)].sort(), ['inclusion-benchmark', 'inclusion-ranking', 'inclusion-trend']);
  });

  test('the shared URL, reloaded, shows the same view', async () => {
    const before = await dashboardView(page);
    await page.goto(page.url());
    await settled(page, 'inclusion-dashboard');
    assert.deepEqual(await dashboardView(page), before);
    assert.deepEqual(query(page), { mode: 'la', area: 'E08000003', theme: 'ehcp', indicator: 'ehcp-20-weeks-excluding-exceptions' });
  });

  test("the page's examples: Salford, Cumbria before 2023 and Westmorland and Furness after, each with its own figures", async () => {
    const shown: Record<string, [string | null, string | null, string | null]> = {};
    for (const name of ['Salford', 'Cumbria (until 2023)', 'Westmorland and Furness (from 2023)']) {
      await page.getByRole('link', { name, exact: true }).click();
      await settled(page, 'inclusion-dashboard');
      const v = await dashboardView(page);
      shown[name] = [v.tileTitle, v.tileSubtitle, v.tileValue];
    }
    // CLI and LAIT: Salford 2024 50.1% (EHCP); Cumbria (LA 909) pupils with one or more suspensions 2022/23 3.10%
    // (LAIT Total_ Pup_FixedEx), its last before it was replaced; Westmorland and Furness (LA 943) from 2023/24 only.
    assert.deepEqual(shown['Salford'], ['EHC plans issued within 20 weeks', 'Salford, 2024', '50.1%']);
    assert.deepEqual(shown['Cumbria (until 2023)'], ['Pupils with one or more suspensions', 'Cumbria, 2022/23', '3.10%']);
    assert.equal(shown['Westmorland and Furness (from 2023)'][1], 'Westmorland and Furness, 2024/25');
  });

  test('axe finds no WCAG 2.2 AA violations', async () => assert.deepEqual(await axe(page), []));
  test('no page errors, CSP violations or reports', () => assertClean(w));
});

describe('national dashboard (dashboard.html?mode=national)', () => {
  let page: Page;
  let w: Watch;
  before(async () => ({ page, w } = await open('/dashboard.html?mode=national')));
  after(() => page?.close());

  test('England, regions and all LAs; change theme and indicator', async () => {
    await settled(page, 'inclusion-dashboard');
    let v = await dashboardView(page);
    assert.equal(v.mode, 'national');
    assert.equal(v.area, null, 'no LA picker in the national view');
    await page.getByRole('link', { name: 'Attendance and absence' }).click();
    await page.getByRole('combobox', { name: 'Indicator' }).selectOption('severe-persistent-absence');
    await page.waitForFunction(() => new URL(location.href).searchParams.get('indicator') === 'severe-persistent-absence');
    await settled(page, 'inclusion-dashboard');
    assert.deepEqual(query(page), { mode: 'national', area: 'E08000006', theme: 'attendance', indicator: 'severe-persistent-absence' });
    v = await dashboardView(page);
    assert.equal(v.tileTitle, 'Severe persistent absence rate');
    assert.equal(v.tileValue, '2.39%');
    assert.match(v.tileSubtitle ?? '', /^England, 2024\/25/);
    // Regions table and the all-LA ranking are there.
    const tags = await page.locator('inclusion-dashboard').evaluate((d) => [...d.shadowRoot!.querySelectorAll('*')].map((e) => e.localName).filter((t) => t.startsWith('inclusion-')));
    assert.ok(tags.includes('inclusion-table') && tags.includes('inclusion-ranking'), tags.join(' '));
  });

  test('the shared URL, reloaded, shows the same view', async () => {
    const before = await dashboardView(page);
    await page.goto(page.url());
    await settled(page, 'inclusion-dashboard');
    assert.deepEqual(await dashboardView(page), before);
  });

  test('axe finds no WCAG 2.2 AA violations', async () => assert.deepEqual(await axe(page), []));
  test('no page errors, CSP violations or reports', () => assertClean(w));
});

describe('LA page (index.html)', () => {
  let page: Page;
  let w: Watch;
  before(async () => ({ page, w } = await open('/index.html')));
  after(() => page?.close());

  /** Each chart's title, subtitle and headline figure. */
  const charts = () => page.locator('inclusion-benchmark').evaluateAll((els) => els.map((el) => {
    const r = el.shadowRoot!;
    return `${r.querySelector('[part=title]')?.textContent?.trim()} | ${r.querySelector('.subtitle')?.textContent?.trim()} | ${r.querySelector('.big')?.textContent?.trim()} | svg: ${!!r.querySelector('.chart svg')}`;
  }));

  test('shows Salford, then the LA chosen in its form, and the URL keeps it', async () => {
    await settled(page, 'inclusion-benchmark');
    const salford = await charts();
    assert.ok(salford.length >= 3, `${salford.length} charts`);
    assert.ok(salford.every((c) => c.includes('| Salford, ') && c.endsWith('svg: true')), salford.join('\n'));
    assert.ok(salford.some((c) => c.startsWith('EHC plans issued within 20 weeks | Salford, 2024') && c.includes('| 50.1% |')), salford.join('\n'));

    await page.getByLabel('Local authority').fill('Manchester');
    await page.getByRole('button', { name: 'Show' }).click();
    await page.waitForURL(/area=Manchester/);
    await settled(page, 'inclusion-benchmark');
    const manchester = await charts();
    assert.equal(manchester.length, salford.length);
    assert.ok(manchester.every((c) => c.includes('| Manchester, ') && c.endsWith('svg: true')), manchester.join('\n'));
    assert.ok(manchester.some((c) => c.startsWith('EHC plans issued within 20 weeks | Manchester, 2024') && c.includes('| 63.5% |')), manchester.join('\n'));
    assert.ok(manchester.some((c) => c.startsWith('Persistent absence rate | Manchester, 2024/25') && c.includes('| 18.81% |')), manchester.join('\n'));
    assert.equal(await page.locator('h1').textContent(), 'Inclusion benchmarks: Manchester');
  });

  test('the shared URL, reloaded, shows the same view', async () => {
    const before = await charts();
    await page.goto(page.url());
    await settled(page, 'inclusion-benchmark');
    assert.deepEqual(await charts(), before);
  });

  test('axe finds no WCAG 2.2 AA violations', async () => assert.deepEqual(await axe(page), []));
  test('no page errors, CSP violations or reports', () => assertClean(w));
});
