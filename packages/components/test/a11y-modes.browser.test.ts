// Every public element in the modes that WCAG 2.2 AA and Chartability ask about: forced colours (light and dark
// themes), reduced motion, 320 CSS px (= 1280 px at 400% zoom), WCAG text spacing, text size, keyboard instructions
// in the accessible description, data changes in the live region, and suppressed values in words.
import { expect, fixture, html } from '@open-wc/testing';
import { executeServerCommand, setViewport } from '@web/test-runner-commands';
import type { TemplateResult } from 'lit';
import { contrast, over, parseColour, type Rgba } from '@inclusion-dashboard/core';
import '../src/define-all';
import type { PickerOption } from '../src/inclusion-area-picker/inclusion-area-picker';
import { ALL, DATA, key } from './helpers';

const EHCP = `${DATA}/ehcp.arrow`;
const ATTENDANCE = `${DATA}/attendance.arrow`;
const SUPPRESSED = 'not available (suppressed)';
const OPTIONS: PickerOption[] = [
  { value: 'E08000006', label: 'Salford', hint: 'E08000006, 355' },
  { value: 'E08000003', label: 'Manchester', hint: 'E08000003, 352' },
  { value: 'E06000053', label: 'Isles of Scilly', hint: 'E06000053, 420' },
];

interface Case {
  tag: string;
  /** The element under test (found by tag in what this renders). */
  make(): TemplateResult;
  /** Changes the data the way a page would, and returns what its live regions then say. */
  change(el: HTMLElement): Promise<string>;
  /** Shows a suppressed value and returns what a screen reader is told about it; null where nothing is suppressed. */
  suppressed: (() => Promise<string>) | null;
}

/** Steps through a chart with the keyboard until a point mentions suppression; returns every announcement. */
async function walkChart(host: Element): Promise<string> {
  const chart = host.shadowRoot!.querySelector('.chart') as HTMLElement;
  chart.focus();
  const said: string[] = [];
  key(chart, 'Home');
  for (let i = 0; i < 400; i++) {
    await (host as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
    const s = liveText(host);
    if (said.at(-1) === s) break;
    said.push(s);
    if (s.includes('suppressed')) break;
    key(chart, 'ArrowRight');
  }
  chart.blur();
  return said.join('\n');
}

const liveText = (host: Element) => (host.shadowRoot!.querySelector('[aria-live]')?.textContent ?? '').replace(/\s+/g, ' ').trim();

/** Sets properties and waits for the element's live region to change. */
async function setAndHear(el: HTMLElement, props: Record<string, string>, hosts: () => Element[] = () => [el]): Promise<string> {
  const before = hosts().map(liveText).join('\n');
  Object.assign(el, props);
  const t0 = performance.now();
  for (;;) {
    const now = hosts().map(liveText).join('\n');
    if (now !== before && now.includes('Showing')) return now;
    if (performance.now() - t0 > 15000) return now;
    await new Promise((r) => setTimeout(r, 25));
  }
}

const chartsIn = (dash: Element) => [...deep(dash.shadowRoot!)].filter((e) => e.shadowRoot?.querySelector('[aria-live]') && e.localName !== 'inclusion-area-picker');

const CASES: Case[] = [
  {
    tag: 'inclusion-tile',
    make: () => html`<inclusion-tile src=${EHCP} indicator="ehcp-20-weeks" area="Salford"></inclusion-tile>`,
    change: (el) => setAndHear(el, { area: 'Manchester' }),
    suppressed: async () => {
      const el = await mount('inclusion-tile', html`<inclusion-tile src=${ATTENDANCE} indicator="persistent-absence-sen" breakdown="Any special educational need" area="Isles of Scilly" period="2018/19"></inclusion-tile>`);
      return describedBy(el.shadowRoot!.querySelector('figure')!);
    },
  },
  {
    tag: 'inclusion-benchmark',
    make: () => html`<inclusion-benchmark src=${EHCP} indicator="ehcp-20-weeks" area="Salford"></inclusion-benchmark>`,
    change: (el) => setAndHear(el, { area: 'Manchester' }),
    suppressed: async () => walkChart(await mount('inclusion-benchmark', html`<inclusion-benchmark src=${ATTENDANCE} indicator="persistent-absence-sen" breakdown="Any special educational need" area="Isles of Scilly" period="2018/19"></inclusion-benchmark>`)),
  },
  {
    tag: 'inclusion-trend',
    make: () => html`<inclusion-trend src=${ATTENDANCE} indicator="persistent-absence" area="Salford"></inclusion-trend>`,
    change: (el) => setAndHear(el, { area: 'Manchester' }),
    suppressed: async () => walkChart(await mount('inclusion-trend', html`<inclusion-trend src=${ATTENDANCE} indicator="persistent-absence-sen" breakdown="Any special educational need" area="Isles of Scilly"></inclusion-trend>`)),
  },
  {
    tag: 'inclusion-ranking',
    make: () => html`<inclusion-ranking src=${EHCP} indicator="ehcp-20-weeks" area="Salford"></inclusion-ranking>`,
    change: (el) => setAndHear(el, { area: 'Manchester' }),
    suppressed: async () => walkChart(await mount('inclusion-ranking', html`<inclusion-ranking src=${ATTENDANCE} indicator="persistent-absence-sen" breakdown="Any special educational need" area="Isles of Scilly" period="2018/19"></inclusion-ranking>`)),
  },
  {
    tag: 'inclusion-spine',
    make: () => html`<inclusion-spine src=${ALL} area="Salford"></inclusion-spine>`,
    change: (el) => setAndHear(el, { area: 'Manchester' }),
    suppressed: async () => walkChart(await mount('inclusion-spine', html`<inclusion-spine src=${ALL} indicators="persistent-absence-sen persistent-absence" area="E06000059" period="2018/19"></inclusion-spine>`)),
  },
  {
    tag: 'inclusion-breakdown',
    make: () => html`<inclusion-breakdown src=${ATTENDANCE} indicator="persistent-absence-sen" area="Salford"></inclusion-breakdown>`,
    change: (el) => setAndHear(el, { area: 'Manchester' }),
    suppressed: async () => walkChart(await mount('inclusion-breakdown', html`<inclusion-breakdown src=${ATTENDANCE} indicator="persistent-absence-sen" area="Isles of Scilly" period="2018/19"></inclusion-breakdown>`)),
  },
  {
    tag: 'inclusion-table',
    make: () => html`<inclusion-table view="regions" src=${EHCP} indicator="ehcp-20-weeks"></inclusion-table>`,
    change: (el) => setAndHear(el, { indicator: 'ehcp-20-weeks-excluding-exceptions' }),
    // A table cell shows the GSS symbol; the key beside the table says what it means.
    suppressed: async () => {
      const el = await mount('inclusion-table', html`<div><inclusion-benchmark id="scilly" src=${ATTENDANCE} indicator="persistent-absence-sen" breakdown="Any special educational need" area="Isles of Scilly" period="2018/19"></inclusion-benchmark>
        <inclusion-table for="scilly"></inclusion-table></div>`);
      const cells = [...el.shadowRoot!.querySelectorAll('td')].map((td) => td.textContent!.trim());
      expect(cells).to.include('c');
      const k = el.shadowRoot!.querySelector('dl.key')!;
      const terms = [...k.querySelectorAll('dt')].map((dt) => `${dt.textContent}: ${dt.nextElementSibling!.textContent}`);
      return `${k.getAttribute('aria-label')}. ${terms.join(' ')}`;
    },
  },
  {
    tag: 'inclusion-area-picker',
    make: () => html`<inclusion-area-picker .options=${OPTIONS} value="E08000006"></inclusion-area-picker>`,
    // Its "data change" is the list of matches: announced as a count.
    change: async (el) => {
      const input = el.shadowRoot!.querySelector('input')!;
      input.focus();
      input.value = 'man';
      input.dispatchEvent(new Event('input'));
      await (el as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
      const said = liveText(el);
      input.blur();
      return said;
    },
    suppressed: null,
  },
  {
    tag: 'inclusion-dashboard',
    make: () => html`<inclusion-dashboard src=${ALL} area="E08000006" theme="attendance" url-state="off"></inclusion-dashboard>`,
    change: (el) => setAndHear(el, { area: 'E08000003' }),
    suppressed: async () => {
      const el = await mount('inclusion-dashboard', html`<inclusion-dashboard src=${ALL} area="E06000059" theme="attendance" indicator="persistent-absence-sen" url-state="off"></inclusion-dashboard>`);
      // The dashboard shows each indicator's latest year; the withheld figure is Dorset's (LA 838) 2018/19.
      const tile = el.shadowRoot!.querySelector('inclusion-tile[indicator=persistent-absence-sen]')!;
      const bench = el.shadowRoot!.querySelector('inclusion-benchmark')!;
      for (const e of [tile, bench]) e.setAttribute('period', '2018/19');
      await waitFor(() => !!tile.shadowRoot!.textContent!.includes('2018/19') && !!bench.shadowRoot!.querySelector('.chart svg') && bench.shadowRoot!.textContent!.includes('2018/19'));
      return `${describedBy(tile.shadowRoot!.querySelector('figure')!)}\n${await walkChart(bench)}`;
    },
  },
];

// ---- helpers: walking shadow trees, waiting, colours ----

/** Every element under a root, through open shadow roots. */
function* deep(root: ParentNode): Generator<Element> {
  for (const e of root.querySelectorAll('*')) {
    yield e;
    if (e.shadowRoot) yield* deep(e.shadowRoot);
  }
}

function* shadowRoots(el: Element): Generator<ShadowRoot> {
  if (el.shadowRoot) yield el.shadowRoot;
  for (const e of el.shadowRoot ? deep(el.shadowRoot) : []) if (e.shadowRoot) yield e.shadowRoot;
}

/** Loaded and drawn, with every element inside it too. */
function ready(e: Element): boolean {
  const r = e.shadowRoot;
  if (!r) return false;
  if (e.localName === 'inclusion-area-picker') return !!r.querySelector('input');
  if (r.querySelector('[role=alert]')) return true;
  if (e.localName === 'inclusion-dashboard') {
    return !!r.querySelector('nav') && [...deep(r)].filter((c) => c.localName.startsWith('inclusion-')).every(ready);
  }
  const chart = r.querySelector('.chart');
  return !!r.querySelector('figure') && (!chart || !!chart.querySelector('svg'));
}

async function frames(n = 2): Promise<void> {
  for (let i = 0; i < n; i++) await new Promise((r) => requestAnimationFrame(() => r(null)));
}

async function settle(el: Element, ms = 20000): Promise<void> {
  const t0 = performance.now();
  while (!ready(el)) {
    if (performance.now() - t0 > ms) throw new Error(`${el.localName} not ready after ${ms} ms: ${el.shadowRoot?.textContent?.slice(0, 200)}`);
    await new Promise((r) => setTimeout(r, 25));
  }
  await frames(3);
  // A resize observed while drawing redraws once more.
  await new Promise((r) => setTimeout(r, 50));
  await frames(2);
}

/** Renders `t` in a box `width` px wide (or the page's width) and returns the `tag` element once drawn. */
async function mount(tag: string, t: TemplateResult, width?: number): Promise<HTMLElement> {
  const wrapper = await fixture<HTMLDivElement>(width ? html`<div style="width: ${width}px">${t}</div>` : html`<div>${t}</div>`);
  const el = wrapper.querySelector(tag) as HTMLElement;
  for (const other of wrapper.querySelectorAll('*')) if (other !== el && other.localName.startsWith('inclusion-')) await settle(other);
  await settle(el);
  // An error state would pass every check below vacuously.
  const alert = [el, ...deep(el.shadowRoot!)].map((e) => e.shadowRoot?.querySelector('[role=alert]')).find(Boolean);
  if (alert) throw new Error(`${tag} shows an error: ${alert.textContent}`);
  return el;
}

/** The text of the elements an element's aria-describedby points to, in its own root. */
function describedBy(el: Element): string {
  const root = el.getRootNode() as ShadowRoot;
  return (el.getAttribute('aria-describedby') ?? '').split(/\s+/).filter(Boolean)
    .map((id) => root.getElementById(id)?.textContent ?? '').join(' ').replace(/\s+/g, ' ').trim();
}

const WHITE: Rgba = { r: 255, g: 255, b: 255, a: 1 };

/** A system colour as this browser (and its emulated theme) paints it. */
function systemColour(name: string): Rgba {
  const probe = document.createElement('div');
  probe.style.backgroundColor = name;
  document.body.append(probe);
  const c = parseColour(getComputedStyle(probe).backgroundColor) ?? WHITE;
  probe.remove();
  return c;
}

const parentOf = (e: Element): Element | null => e.parentElement ?? ((e.getRootNode() as ShadowRoot).host ?? null);

/** What an element is painted over: the nearest opaque-ish background up the tree, else the page's canvas. */
function backgroundOf(e: Element | null): Rgba {
  const canvas = over(systemColour('Canvas'), WHITE);
  for (let n = e; n; n = parentOf(n)) {
    const c = parseColour(getComputedStyle(n).backgroundColor);
    if (c && c.a > 0.5) return over(c, canvas);
  }
  return canvas;
}

function opacityOf(e: Element): number {
  let o = 1;
  for (let n: Element | null = e; n && n.localName !== 'svg'; n = n.parentElement) o *= parseFloat(getComputedStyle(n).opacity) || 0;
  return o;
}

const name = (e: Element) => `${e.localName}${e.closest('[class]') ? `.${e.closest('[class]')!.getAttribute('class')!.split(' ')[0]}` : ''}`;
const fix = (n: number) => n.toFixed(2);

/** Tints and rules that carry nothing alone: Plot's grid, the spine's row rules, the trend's confidence band. */
const DECORATIVE = '[aria-label$="-grid"] *, g.row-rules *, g.ci-band *';

/** Every drawn shape and text in every SVG under `host` that lacks contrast with what it sits on. */
function invisibleMarks(host: Element): string[] {
  const out: string[] = [];
  const svgs = [...deep(host.shadowRoot!)].filter((e) => e.localName === 'svg');
  expect(svgs.length, 'SVGs checked').to.be.greaterThan(0);
  for (const svg of svgs) {
    const bg = backgroundOf(svg);
    for (const e of svg.querySelectorAll('rect, circle, ellipse, path, line, polyline, polygon, text')) {
      if (e.matches(DECORATIVE)) continue;
      const cs = getComputedStyle(e);
      if (cs.display === 'none' || cs.visibility === 'hidden') continue;
      const box = (e as SVGGraphicsElement).getBBox();
      if (box.width === 0 && box.height === 0) continue;
      const o = opacityOf(e);
      const fill = parseColour(cs.fill);
      const stroke = parseFloat(cs.strokeWidth) > 0 ? parseColour(cs.stroke) : null;
      const paints = [
        fill && e.localName !== 'line' ? over(fill, bg, o * parseFloat(cs.fillOpacity)) : null,
        stroke ? over(stroke, bg, o * parseFloat(cs.strokeOpacity)) : null,
      ];
      const ratios = paints.map((p) => (p ? contrast(p, bg) : 0));
      if (ratios.every((r) => r < 1.01)) continue; // a halo: the background itself, drawn to part marks
      if (e.localName === 'text') {
        if (ratios[0] < 4.5) out.push(`${name(e)} "${e.textContent!.slice(0, 20)}" fill ${cs.fill} on ${JSON.stringify(bg)}: ${fix(ratios[0])}:1`);
      } else if (Math.max(...ratios) < 3) {
        out.push(`${name(e)} fill ${cs.fill} stroke ${cs.stroke} on ${JSON.stringify(bg)}: ${fix(Math.max(...ratios))}:1`);
      }
    }
  }
  return out;
}

const FOCUSABLE = 'a[href], button, input, select, summary, [tabindex]:not([tabindex="-1"])';

/** Focuses each focusable thing in turn; returns those whose focus indicator is not a 2px, 3:1 line. */
function weakFocus(host: Element, forced: boolean): string[] {
  const out: string[] = [];
  const all = [...deep(host.shadowRoot!)].filter((e) => e.matches(FOCUSABLE) && (e as HTMLElement).getClientRects().length);
  // One of each kind is enough: the same styles apply to every link, button or chart.
  const seen = new Set<string>();
  for (const e of all as HTMLElement[]) {
    const kind = `${(e.getRootNode() as ShadowRoot).host.localName} ${e.localName}.${e.className}`;
    if (seen.has(kind)) continue;
    seen.add(kind);
    e.focus();
    expect((e.getRootNode() as ShadowRoot).activeElement, `${kind} takes focus`).to.equal(e);
    const cs = getComputedStyle(e);
    const bg = backgroundOf(parentOf(e));
    const outline = cs.outlineStyle !== 'none' && parseFloat(cs.outlineWidth) >= 2 ? parseColour(cs.outlineColor) : null;
    const outlineOk = !!outline && contrast(over(outline, bg), bg) >= 3;
    // GOV.UK links: a yellow fill with a 4px near-black underline drawn as a box shadow (forced colours drop shadows).
    const shadowOk = !forced && cs.boxShadow !== 'none' && [...cs.boxShadow.matchAll(/rgba?\([^)]*\)/g)]
      .some((m) => contrast(over(parseColour(m[0])!, bg), bg) >= 3) && /[2-9]px|\d\dpx/.test(cs.boxShadow);
    if (!outlineOk && !shadowOk) out.push(`${kind}: outline ${cs.outlineStyle} ${cs.outlineWidth} ${cs.outlineColor}, shadow ${cs.boxShadow}`);
    e.blur();
  }
  expect(seen.size, 'focusable things checked').to.be.greaterThan(0);
  return out;
}

/** Marks the focused point, as pressing an arrow key does, and checks the ring drawn round it. */
function weakRings(host: Element): string[] {
  const out: string[] = [];
  for (const chart of [...deep(host.shadowRoot!)].filter((e) => e.matches('.chart[tabindex]')) as HTMLElement[]) {
    chart.focus();
    key(chart, 'ArrowRight');
    const ring = chart.querySelector('.focus-ring');
    if (!ring) {
      out.push(`${(chart.getRootNode() as ShadowRoot).host.localName}: no focus ring`);
      continue;
    }
    const bg = backgroundOf(chart);
    const cs = getComputedStyle(ring);
    const c = contrast(over(parseColour(cs.stroke)!, bg), bg);
    if (c < 3 || parseFloat(cs.strokeWidth) < 2) out.push(`${(chart.getRootNode() as ShadowRoot).host.localName}: ring ${cs.stroke} ${cs.strokeWidth} ${fix(c)}:1`);
    key(chart, 'Escape');
    chart.blur();
  }
  return out;
}

/** Text in an element with forced-color-adjust: none keeps its author colours, so they must still contrast. */
function unforcedText(host: Element): string[] {
  const out: string[] = [];
  for (const e of deep(host.shadowRoot!)) {
    const cs = getComputedStyle(e);
    if (cs.forcedColorAdjust !== 'none' || e.namespaceURI !== 'http://www.w3.org/1999/xhtml' || !e.textContent?.trim()) continue;
    const bg = backgroundOf(e);
    const c = contrast(over(parseColour(cs.color)!, bg), bg);
    if (c < 4.5) out.push(`${name(e)} ${cs.color} on ${JSON.stringify(bg)}: ${fix(c)}:1`);
  }
  return out;
}

async function emulate(features: { name: string; value: string }[]): Promise<void> {
  await executeServerCommand('emulate-media-features', { features });
}

/** Rendered text smaller than 12 CSS px, in HTML and in SVG (where a scaled-down drawing shrinks its text). */
function smallText(host: Element): string[] {
  const out: string[] = [];
  for (const e of deep(host.shadowRoot!)) {
    const own = [...e.childNodes].some((n) => n.nodeType === Node.TEXT_NODE && n.textContent!.trim());
    if (!own) continue;
    let px = parseFloat(getComputedStyle(e).fontSize);
    const svgText = e.closest('text');
    if (svgText) px *= (svgText as SVGTextElement).getScreenCTM()?.a ?? 1;
    if (px < 11.95) out.push(`${name(e)} "${e.textContent!.trim().slice(0, 24)}": ${px.toFixed(1)}px`);
  }
  return out;
}

const openDetails = (host: Element) => {
  for (const d of deep(host.shadowRoot!)) if (d.localName === 'details') (d as HTMLDetailsElement).open = true;
};

const hidden = (e: Element) => !!e.closest('.visually-hidden, [hidden]');

/** Anything (outside a scrolling data table) that reaches past the edges of the page or of its own host. */
function sideways(host: Element, viewport: number): string[] {
  const out: string[] = [];
  const page = document.documentElement;
  if (page.scrollWidth > viewport + 1) out.push(`page scrolls sideways: ${page.scrollWidth}px in a ${viewport}px viewport`);
  for (const e of deep(host.shadowRoot!)) {
    if (hidden(e) || e.closest('.table-wrap')) continue;
    const r = e.getBoundingClientRect();
    if (r.width === 0 && r.height === 0) continue;
    if (r.left < -1 || r.right > viewport + 1) out.push(`${name(e)} "${(e.textContent ?? '').trim().slice(0, 24)}" spans ${Math.round(r.left)} to ${Math.round(r.right)}`);
  }
  return out;
}

/** Text the WCAG text-spacing override makes overflow a box that hides it. */
function clipped(host: Element): string[] {
  const out: string[] = [];
  for (const e of deep(host.shadowRoot!)) {
    if (e.namespaceURI !== 'http://www.w3.org/1999/xhtml' || hidden(e)) continue;
    const cs = getComputedStyle(e);
    const hides = (v: string) => v === 'hidden' || v === 'clip';
    const h = e as HTMLElement;
    if ((hides(cs.overflowX) && h.scrollWidth > h.clientWidth + 1) || (hides(cs.overflowY) && h.scrollHeight > h.clientHeight + 1)) {
      out.push(`${name(e)} clips: ${h.scrollWidth}x${h.scrollHeight} in ${h.clientWidth}x${h.clientHeight}`);
    }
    if (cs.textOverflow === 'ellipsis' && h.scrollWidth > h.clientWidth + 1) out.push(`${name(e)} truncates with an ellipsis`);
    // A scrolling box (the data table's) may scroll sideways, never hide lines vertically.
    if (cs.overflowY === 'auto' && h.scrollHeight > h.clientHeight + 1 && !e.matches('[role=listbox]')) out.push(`${name(e)} now scrolls vertically`);
  }
  return out;
}

/**
 * Known failures, asserted so that a fix shows up: the spine lays out its SVG text with canvas measurements taken
 * at normal spacing and does not redraw when spacing changes, so its right-hand column runs past the edge.
 */
const KNOWN_SPACING_OVERFLOW: Record<string, string> = {};

const TEXT_SPACING = '* { line-height: 1.5 !important; letter-spacing: 0.12em !important; word-spacing: 0.16em !important; } p { margin-bottom: 2em !important; }';

// ---- the tests ----

describe('accessibility modes, every element', function () {
  this.timeout(60000);

  afterEach(async () => {
    await emulate([]);
    await setViewport({ width: 800, height: 600 });
    document.adoptedStyleSheets = [];
  });

  for (const c of CASES) {
    describe(`<${c.tag}>`, () => {
      for (const scheme of ['light', 'dark']) {
        it(`forced colours (${scheme} theme): marks, text, focus and highlights stay visible`, async () => {
          await emulate([{ name: 'forced-colors', value: 'active' }, { name: 'prefers-color-scheme', value: scheme }]);
          expect(matchMedia('(forced-colors: active)').matches).to.equal(true);
          const el = await mount(c.tag, c.make(), 720);
          openDetails(el);
          if (c.tag !== 'inclusion-area-picker' && c.tag !== 'inclusion-table') expect(invisibleMarks(el)).to.deep.equal([]);
          expect(weakFocus(el, true)).to.deep.equal([]);
          expect(weakRings(el)).to.deep.equal([]);
          expect(unforcedText(el)).to.deep.equal([]);
          if (c.tag === 'inclusion-area-picker') {
            // The highlighted option keeps a visible highlight.
            const input = el.shadowRoot!.querySelector('input')!;
            input.focus();
            key(input, 'ArrowDown');
            await (el as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
            const li = el.shadowRoot!.querySelector('li[aria-selected=true]')!;
            const canvas = over(systemColour('Canvas'), WHITE);
            const bg = backgroundOf(li);
            expect(contrast(bg, canvas), 'highlight against the list').to.be.at.least(3);
            expect(contrast(over(parseColour(getComputedStyle(li).color)!, bg), bg), 'highlighted text').to.be.at.least(4.5);
          }
          if (c.tag === 'inclusion-dashboard') {
            // The current theme's underline (the dashboard is wide enough here for the row of tabs).
            const current = el.shadowRoot!.querySelector('nav a[aria-current=page]')!.closest('li')!;
            const cs = getComputedStyle(current);
            expect(parseFloat(cs.borderBottomWidth)).to.be.at.least(3);
            expect(contrast(over(parseColour(cs.borderBottomColor)!, backgroundOf(current)), backgroundOf(current))).to.be.at.least(3);
          }
        });
      }

      it('without forced colours: every mark and label has its contrast, and focus is visible', async () => {
        const el = await mount(c.tag, c.make(), 720);
        openDetails(el);
        if (c.tag !== 'inclusion-area-picker' && c.tag !== 'inclusion-table') expect(invisibleMarks(el)).to.deep.equal([]);
        expect(weakFocus(el, false)).to.deep.equal([]);
        expect(weakRings(el)).to.deep.equal([]);
      });

      it('prefers-reduced-motion: nothing moves, even what a host page animates through ::part', async () => {
        const host = new CSSStyleSheet();
        host.replaceSync('*::part(figure), *::part(chart), *::part(summary), *::part(table) { transition: opacity 2s linear; }');
        document.adoptedStyleSheets = [host];
        const el = await mount(c.tag, c.make(), 720);
        openDetails(el);
        const parts = [...el.shadowRoot!.querySelectorAll('[part]')]; // the dashboard exports none of its charts' parts
        // Without the preference the host's transition applies (so the check below can see one).
        if (parts.length) expect(parts.some((p) => getComputedStyle(p).transitionDuration === '2s')).to.equal(true);
        await emulate([{ name: 'prefers-reduced-motion', value: 'reduce' }]);
        expect(matchMedia('(prefers-reduced-motion: reduce)').matches).to.equal(true);
        await frames(2);
        const moving = [...deep(el.shadowRoot!)].filter((e) => {
          const cs = getComputedStyle(e);
          const durations = `${cs.transitionDuration},${cs.animationDuration}`.split(',').map(parseFloat);
          return durations.some((d) => d > 0) && (cs.animationName !== 'none' || cs.transitionProperty !== 'none');
        }).map(name);
        expect(moving).to.deep.equal([]);
      });

      it('320 CSS px (400% zoom): reflows with no sideways scrolling, text at least 12px', async () => {
        await setViewport({ width: 320, height: 800 });
        const el = await mount(c.tag, c.make());
        openDetails(el);
        await frames(2);
        expect(sideways(el, 320)).to.deep.equal([]);
        expect(smallText(el)).to.deep.equal([]);
      });

      it('WCAG text spacing reaches inside and clips nothing; text at least 12px at full width', async () => {
        const el = await mount(c.tag, c.make(), 720);
        openDetails(el);
        expect(smallText(el)).to.deep.equal([]);
        const sheet = new CSSStyleSheet();
        sheet.replaceSync(TEXT_SPACING);
        // As a bookmarklet or extension does: on the page only. Letter and word spacing must inherit inside.
        document.adoptedStyleSheets = [sheet];
        const first = [...el.shadowRoot!.querySelectorAll('*')].find((e) => !hidden(e)
          && [...e.childNodes].some((n) => n.nodeType === Node.TEXT_NODE && n.textContent!.trim()))!;
        const cs = getComputedStyle(first);
        const em = parseFloat(getComputedStyle(el).fontSize); // ems resolve on the host, then inherit as lengths
        expect(parseFloat(cs.letterSpacing), `letter-spacing of ${name(first)}`).to.be.closeTo(0.12 * em, 0.05);
        expect(parseFloat(cs.wordSpacing), `word-spacing of ${name(first)}`).to.be.closeTo(0.16 * em, 0.05);
        // As a user style sheet does: every element, including those that set their own line height.
        const roots = [...shadowRoots(el)];
        for (const r of roots) r.adoptedStyleSheets = [...r.adoptedStyleSheets, sheet];
        try {
          await frames(3);
          expect(clipped(el)).to.deep.equal([]);
          const wide = sideways(el, 800);
          const known = KNOWN_SPACING_OVERFLOW[c.tag];
          if (known) expect(wide, `known failure (${known}): remove it from KNOWN_SPACING_OVERFLOW once fixed`).not.to.deep.equal([]);
          else expect(wide).to.deep.equal([]);
        } finally {
          for (const r of roots) r.adoptedStyleSheets = r.adoptedStyleSheets.filter((s) => s !== sheet);
        }
      });

      it('keyboard: the instructions are in the accessible description, with one tab stop per chart', async () => {
        const el = await mount(c.tag, c.make(), 720);
        const charts = [...deep(el.shadowRoot!)].filter((e) => e.matches('[role=application]'));
        if (['inclusion-tile', 'inclusion-table', 'inclusion-area-picker'].includes(c.tag)) {
          // No chart to move through: the tile is text, the table is a table, the picker is a standard combobox.
          expect(charts).to.deep.equal([]);
          if (c.tag === 'inclusion-area-picker') expect(describedBy(el.shadowRoot!.querySelector('[role=combobox]')!)).to.contain('Type a name');
          return;
        }
        expect(charts.length).to.be.greaterThan(0);
        for (const chart of charts) {
          expect(chart.getAttribute('tabindex')).to.equal('0');
          // Nothing inside the drawing takes focus of its own.
          expect(chart.querySelectorAll(FOCUSABLE).length).to.equal(0);
          const d = describedBy(chart);
          for (const words of ['arrow keys', 'Home and End', 'Escape', 'data table']) expect(d).to.contain(words);
          // Sighted keyboard users see the same instructions, always, so focusing the chart moves nothing below it.
          const keys = (chart.getRootNode() as ShadowRoot).getElementById(chart.getAttribute('aria-describedby')!)!;
          expect(keys.getBoundingClientRect().height, 'instructions shown before focus').to.be.greaterThan(10);
          const below = keys.getBoundingClientRect().bottom;
          // preventScroll: only a layout shift, not the page scrolling the chart into view, may move it.
          (chart as HTMLElement).focus({ preventScroll: true });
          expect(keys.getBoundingClientRect().height, 'instructions shown on focus').to.be.greaterThan(10);
          expect(keys.getBoundingClientRect().bottom, 'no layout shift on focus').to.equal(below);
          expect(smallText(el)).to.deep.equal([]);
          (chart as HTMLElement).blur();
          // Keys act only while the chart has focus: the same key on the figure around it announces nothing.
          const host = (chart.getRootNode() as ShadowRoot).host;
          const before = liveText(host);
          key(host.shadowRoot!.querySelector('figure')!, 'ArrowRight');
          await (host as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
          expect(liveText(host)).to.equal(before);
        }
      });

      it('a data change is announced politely', async () => {
        const el = await mount(c.tag, c.make(), 720);
        const said = await c.change(el);
        if (c.tag === 'inclusion-area-picker') expect(said).to.equal('1 result available');
        else if (c.tag === 'inclusion-table') expect(said).to.match(/^Showing .*excluding exceptions/i);
        else if (c.tag === 'inclusion-dashboard') {
          // One sentence for the view, from the dashboard; its charts, which would each say their own, are quiet.
          expect(said).to.equal('Showing Manchester: Attendance and absence');
          await new Promise((r) => setTimeout(r, 500));
          expect(chartsIn(el).length).to.be.greaterThan(2);
          expect(chartsIn(el).map(liveText).filter(Boolean)).to.deep.equal([]);
        }
        else expect(said).to.match(/^Showing .*Manchester/);
        for (const r of [...deep(el.shadowRoot!)].filter((e) => e.matches('[aria-live]'))) {
          expect(r.getAttribute('aria-live')).to.equal('polite');
        }
      });

      if (c.suppressed) it('a suppressed value is given in words', async () => {
        const said = await c.suppressed!();
        if (c.tag === 'inclusion-table') expect(said).to.contain('Key to symbols').and.to.contain('c: Suppressed to protect confidentiality');
        else expect(said).to.contain(SUPPRESSED);
      });
    });
  }
});

/** Until `ok()` holds (15 s at most). */
async function waitFor(ok: () => boolean, ms = 15000): Promise<void> {
  const t0 = performance.now();
  while (!ok()) {
    if (performance.now() - t0 > ms) throw new Error('waited too long');
    await new Promise((r) => setTimeout(r, 20));
  }
}
