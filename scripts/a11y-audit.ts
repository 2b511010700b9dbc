// `node --import tsx scripts/a11y-audit.ts [out-dir]`: the demo as a disabled user would meet it (issue 14).
// For each demo page at 1280 and 320 px: axe (WCAG 2.2 AA tags, shadow roots included), sideways scroll, the same
// under emulated forced colours and under the WCAG 1.4.12 text-spacing values; then a keyboard-only walk of the LA
// page and the dashboard (every Tab stop: what it is, whether its focus indicator shows, a screenshot of some), the
// chart keys (arrow, readout, Escape), and Chromium's accessibility tree through CDP (Accessibility.getFullAXTree),
// written out as text to read. Prints one line per check and exits 1 if any check failed. Needs dist/ (it builds
// the one-file bundle if it is stale).
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { axe, ensureBundle, launch, ROOT, settled, startServer, STRICT_CSP } from '../packages/demo/test/harness';

const OUT = process.argv[2] ?? join(ROOT, 'artifacts/a11y-audit');
mkdirSync(OUT, { recursive: true });
const PAGES = ['/', '/dashboard.html?area=Salford&theme=ehcp', '/dashboard.html?mode=national', '/gallery.html', '/builder.html',
  '/accessibility.html', '/examples/vue/', '/examples/react/', '/examples/html/'];
const CHARTS = 'inclusion-benchmark, inclusion-tile, inclusion-trend, inclusion-dashboard, inclusion-ranking, inclusion-spine, inclusion-map, inclusion-breakdown, inclusion-table';
// The text-spacing bookmarklet's values (WCAG 1.4.12), as a page style.
const SPACING = '* { line-height: 1.5 !important; letter-spacing: 0.12em !important; word-spacing: 0.16em !important; } p { margin-bottom: 2em !important; }';

let failures = 0;
const report = (ok: boolean, what: string) => { if (!ok) failures++; console.log(`${ok ? 'ok  ' : 'FAIL'} ${what}`); };
const slug = (p: string) => p.replace(/[^a-z0-9]+/gi, '-').replace(/^-|-$/g, '') || 'index';

async function open(page: Page, base: string, path: string): Promise<void> {
  await page.goto(base + path);
  await page.waitForLoadState('load');
  if (await page.locator(CHARTS).count()) await settled(page, CHARTS, 60_000);
}

const sideways = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);

/** The focused element, through shadow roots: a short description and whether a focus indicator is drawn. */
function focused(page: Page) {
  return page.evaluate(() => {
    let el: Element | null = document.activeElement;
    const path: string[] = [];
    while (el?.shadowRoot?.activeElement) { path.push(el.localName); el = el.shadowRoot.activeElement; }
    if (!el || el === document.body) return null;
    const cs = getComputedStyle(el);
    const ring = (parseFloat(cs.outlineWidth) >= 2 && cs.outlineStyle !== 'none') || (cs.boxShadow !== 'none' && cs.boxShadow !== '');
    const box = el.getBoundingClientRect();
    const name = (el.getAttribute('aria-label') ?? (el as HTMLElement).innerText ?? '').replace(/\s+/g, ' ').trim().slice(0, 60);
    return { what: [...path, `${el.localName}${el.id ? '#' + el.id : ''}${el.className && typeof el.className === 'string' ? '.' + el.className.split(' ')[0] : ''}`].join(' > '),
      name, ring, visible: box.width > 0 && box.height > 0, inView: box.bottom > 0 && box.top < innerHeight && box.right > 0 && box.left < innerWidth };
  });
}

async function keyboardWalk(page: Page, label: string, width: number): Promise<void> {
  const stops: string[] = [];
  let noRing = 0; let hidden = 0; let chartStops = 0;
  for (let i = 0; i < 80; i++) {
    await page.keyboard.press('Tab');
    const f = await focused(page);
    if (!f) break;
    if (stops.length && stops[0].startsWith(f.what + ' |') && i > 3) break; // wrapped round
    stops.push(`${f.what} | ${f.name}${f.ring ? '' : ' | NO VISIBLE RING'}${f.visible ? '' : ' | ZERO SIZE'}`);
    if (!f.ring) noRing++;
    if (!f.visible) hidden++;
    if (f.what.endsWith('div.chart')) {
      chartStops++;
      if (chartStops <= 2) {
        await page.keyboard.press('ArrowRight');
        await page.waitForTimeout(150);
        const r = await page.evaluate(() => {
          let el: Element | null = document.activeElement;
          while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
          const root = el?.getRootNode() as ShadowRoot;
          const text = (s: string) => (root.querySelector(s)?.textContent ?? '').replace(/\s+/g, ' ').trim();
          return { readout: text('.readout'), live: text('[aria-live]') };
        });
        report(r.readout !== '' && r.readout === r.live, `${label} ${width}px: a chart's readout after Right shows what the live region says ("${r.readout.slice(0, 70)}")`);
        await page.screenshot({ path: join(OUT, `focus-${slug(label)}-${width}-chart${chartStops}.png`) });
        await page.keyboard.press('Escape');
        const after = await focused(page);
        report(!!after?.what.endsWith('div.chart'), `${label} ${width}px: Escape in a chart keeps focus on it (${after?.what})`);
      }
    }
    if (i === 0 || i === 3) await page.screenshot({ path: join(OUT, `focus-${slug(label)}-${width}-stop${i + 1}.png`) });
  }
  writeFileSync(join(OUT, `tab-order-${slug(label)}-${width}.txt`), stops.map((s, i) => `${i + 1}. ${s}`).join('\n') + '\n');
  report(noRing === 0 && hidden === 0, `${label} ${width}px: ${stops.length} tab stops, ${noRing} without a visible focus indicator, ${hidden} of zero size`);
}

/** Chromium's accessibility tree, as an indented outline of role and name, skipping ignored and unnamed generic nodes. */
async function axTree(page: Page, label: string): Promise<void> {
  const cdp = await page.context().newCDPSession(page);
  const { nodes } = (await cdp.send('Accessibility.getFullAXTree')) as { nodes: { nodeId: string; parentId?: string; ignored: boolean; role?: { value: string }; name?: { value: string }; description?: { value: string }; childIds?: string[] }[] };
  const byId = new Map(nodes.map((n) => [n.nodeId, n]));
  const lines: string[] = [];
  const names: string[] = [];
  const walk = (id: string, depth: number) => {
    const n = byId.get(id);
    if (!n) return;
    const role = n.role?.value ?? '';
    const name = (n.name?.value ?? '').replace(/\s+/g, ' ').trim();
    const show = !n.ignored && !(['generic', 'none', 'InlineTextBox', 'LineBreak'].includes(role) && !name) && role !== 'InlineTextBox' && role !== 'StaticText';
    if (show) {
      lines.push(`${'  '.repeat(depth)}${role}${name ? ` "${name.slice(0, 140)}"` : ''}${n.description?.value ? ` [desc: ${n.description.value.replace(/\s+/g, ' ').slice(0, 100)}]` : ''}`);
      if (name && role !== 'StaticText') names.push(name);
    }
    for (const c of n.childIds ?? []) walk(c, show ? depth + 1 : depth);
  };
  walk(nodes[0].nodeId, 0);
  writeFileSync(join(OUT, `ax-tree-${slug(label)}.txt`), lines.join('\n') + '\n');
  const dots = lines.filter((l) => /\.\.(?!\.)/.test(l));
  report(dots.length === 0, `${label}: accessibility tree (${lines.length} nodes) has no name or description with ".." ${dots.slice(0, 2).join(' / ')}`);
  const arrows = lines.filter((l) => /button "[^"]*[↕▲▼]/.test(l));
  report(arrows.length === 0, `${label}: no button named with a sort arrow ${arrows.slice(0, 2).join(' / ')}`);
  await cdp.detach();
}

await ensureBundle();
const [browser, server] = await Promise.all([launch(), startServer({ csp: STRICT_CSP })]);
try {
  for (const path of PAGES) {
    for (const width of [1280, 320]) {
      const page = await browser.newPage({ viewport: { width, height: 900 }, bypassCSP: true });
      await open(page, server.base, path);
      const v = await axe(page);
      report(v.length === 0, `${path} ${width}px: axe ${v.length} violations ${v.join('; ').slice(0, 300)}`);
      const s = await sideways(page);
      report(s <= 0, `${path} ${width}px: scrolls sideways by ${Math.max(0, s)} px`);
      if (width === 320) {
        await page.screenshot({ path: join(OUT, `page-${slug(path)}-320.png`), fullPage: true });
        await page.addStyleTag({ content: SPACING });
        await page.waitForTimeout(400);
        if (await page.locator(CHARTS).count()) await settled(page, CHARTS, 60_000);
        const t = await sideways(page);
        report(t <= 0, `${path} 320px with text spacing: scrolls sideways by ${Math.max(0, t)} px`);
        await page.screenshot({ path: join(OUT, `spacing-${slug(path)}-320.png`), fullPage: true });
      } else {
        await page.emulateMedia({ forcedColors: 'active', colorScheme: 'dark' });
        await page.waitForTimeout(300);
        // axe's contrast rule reads authored colours, not the forced ones, so here the drawn pixels are looked at instead.
        const forced = await page.evaluate(() => matchMedia('(forced-colors: active)').matches);
        report(forced, `${path} ${width}px: forced colours (dark) emulated; screenshot to look at`);
        await page.screenshot({ path: join(OUT, `forced-${slug(path)}-1280.png`), fullPage: false });
      }
      await page.close();
    }
  }
  for (const [label, path] of [['LA page', '/'], ['dashboard', '/dashboard.html?area=Salford&theme=ehcp']]) {
    for (const width of [1280, 320]) {
      const page = await browser.newPage({ viewport: { width, height: 900 } });
      await open(page, server.base, path);
      await keyboardWalk(page, label, width);
      if (width === 1280) await axTree(page, label);
      await page.close();
    }
  }
} finally {
  await browser.close();
  await server.close();
}
console.log(`${failures} failed; screenshots, tab orders and accessibility trees in ${OUT}`);
process.exit(failures ? 1 : 0);
