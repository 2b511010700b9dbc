// Text is text: an extract whose every text field carries script and event-handler payloads is rendered by
// every element; nothing runs, no <img>/<script> (or other active element) appears anywhere, no link goes to a
// javascript: or data: URL, and the payloads show literally.
import { expect, fixture, html } from '@open-wc/testing';
import '../src/inclusion-dashboard/define';
import '../src/inclusion-table/define';
import { ObservationsExtract, readAreas, type IndicatorMeta, type Observation } from '@inclusion-dashboard/core';
import { writeAreas, writeObservations } from '@inclusion-dashboard/core/write';
import { clearDatasetCache } from '../src/shared/dataset';
import { DATA, key, until } from './helpers';

const P = {
  img: '<img src=x onerror=window.__xss=1>',
  script: '<script>window.__xss=1</script>',
  svg: '"><svg onload=window.__xss=1>',
  js: 'javascript:window.__xss=1',
};
const ALL_PAYLOADS = `${P.img}${P.script}${P.svg}`;
const w = window as unknown as { __xss?: unknown };

const bytesOf = async (p: string) => new Uint8Array(await (await fetch(`${DATA}/${p}`)).arrayBuffer());
const blob = (b: Uint8Array) => URL.createObjectURL(new Blob([b.slice()], { type: 'application/vnd.apache.arrow.file' }));
const rowsOf = (x: ObservationsExtract): Observation[] => Array.from({ length: x.rowCount }, (_, i) => x.row(i));

/** Every payload in every text field of an indicator's metadata; links to javascript: and data: URLs. */
function hostileMeta(m: IndicatorMeta, url: string, tag: (s: string) => string): IndicatorMeta {
  return {
    ...m,
    label: `${m.label} ${P.img}`,
    unitLabel: `${m.unitLabel} ${P.svg}`,
    definition: `${P.script} ${m.definition} ${P.img}`,
    notes: [P.js, `${P.svg} note`, ...m.notes],
    source: { publication: `${m.source.publication} ${P.svg}`, url, files: [P.img] },
    latestRelease: `${m.latestRelease} ${P.script}`,
    breakdown: { dimension: `${m.breakdown.dimension} ${P.img}`, values: m.breakdown.values.map(tag), total: tag(m.breakdown.total) },
    breaks: m.breaks.map((b) => ({ ...b, note: `${b.note} ${P.script}` })),
    suppression: `${P.img} suppressed`,
    lait: undefined,
  };
}

let src = '';

before(async () => {
  const [ehcp, attendance, areas] = await Promise.all([bytesOf('ehcp.arrow'), bytesOf('attendance.arrow'), bytesOf('areas.arrow')]);
  const tag = (s: string) => `${s} ${P.svg}`;
  const e = new ObservationsExtract(ehcp);
  const a = new ObservationsExtract(attendance);
  const indicators = [
    hostileMeta(e.indicator('ehcp-20-weeks')!, 'javascript:window.__xss=1', tag),
    hostileMeta(a.indicator('persistent-absence')!, 'data:text/html,<script>window.__xss=1</script>', tag),
  ];
  const rows = [...rowsOf(e), ...rowsOf(a)]
    .filter((o) => o.indicator === 'ehcp-20-weeks' || o.indicator === 'persistent-absence')
    .map((o) => ({ ...o, breakdown: tag(o.breakdown), periodLabel: `${o.periodLabel} ${P.img}`, areaName: `${o.areaName} ${P.script}` }));
  const hostileAreas = readAreas(areas).map((x) => ({
    ...x, name: `${x.name} ${P.img}`, regionName: x.regionName && `${x.regionName} ${P.svg}`, laType: x.laType && P.script,
    aliases: [...x.aliases, `${x.name} ${P.js}`],
  }));
  // Companions must be http(s) on the extract's own site, so the hostile areas are answered at a same-site path.
  const hostileBytes = writeAreas(hostileAreas, `Areas ${P.script}`, `Licence ${P.img}`);
  const areasUrl = `${location.origin}/__hostile/areas.arrow`;
  const realFetch = window.fetch;
  window.fetch = ((input: RequestInfo | URL, init?: RequestInit) => String(input) === areasUrl
    ? Promise.resolve(new Response(hostileBytes.slice(), { headers: { 'content-type': 'application/vnd.apache.arrow.file' } }))
    : realFetch(input, init)) as typeof fetch;
  src = blob(writeObservations(rows, {
    indicators, areas: areasUrl, neighbours: `${location.origin}${DATA}/neighbours.arrow`,
    title: `Title ${ALL_PAYLOADS}`, licence: `Licence ${P.svg}`,
  }));
});

beforeEach(() => {
  clearDatasetCache();
  delete w.__xss;
});

/** The document and every shadow root inside it, however deep. */
function roots(root: Document | ShadowRoot = document): (Document | ShadowRoot)[] {
  const out: (Document | ShadowRoot)[] = [root];
  for (const el of root.querySelectorAll('*')) if (el.shadowRoot) out.push(...roots(el.shadowRoot));
  return out;
}

const deepText = (el: Element): string => [el.shadowRoot, ...roots(el.shadowRoot!).slice(1)].map((r) => r?.textContent ?? '').join(' ');

async function settle(els: Element[]): Promise<void> {
  for (const el of els) await until(el, el.tagName === 'INCLUSION-TILE' || el.tagName === 'INCLUSION-TABLE' ? 'figure' : '.chart svg');
  // Open every disclosure and walk the charts with the keyboard, so all text (tables, notes, announcements) renders.
  for (const el of els) {
    for (const d of el.shadowRoot!.querySelectorAll('details')) d.open = true;
    const chart = el.shadowRoot!.querySelector('.chart');
    if (chart) { key(chart, 'ArrowRight'); key(chart, 'End'); }
  }
  // An <img src=x> would fail to load and run onerror within a few frames.
  await new Promise((r) => setTimeout(r, 400));
}

function assertInert(scriptsBefore: number): void {
  expect(w.__xss, 'a payload ran').to.equal(undefined);
  const all = roots();
  expect(all.length).to.be.above(1);
  expect(document.querySelectorAll('script').length, 'no new <script> in the document').to.equal(scriptsBefore);
  expect(document.querySelectorAll('img, iframe, object, embed').length).to.equal(0);
  for (const r of all.slice(1)) {
    expect(r.querySelectorAll('img, script, iframe, object, embed, foreignObject').length, 'active elements in a shadow root').to.equal(0);
    for (const el of r.querySelectorAll('*')) {
      for (const a of el.attributes) {
        expect(a.name.startsWith('on'), `event handler attribute ${a.name} on <${el.localName}>`).to.equal(false);
        // A URL the browser would follow or load (our own elements' src is the extract, which the test chose).
        if (['href', 'src', 'xlink:href', 'action', 'formaction'].includes(a.name) && !el.localName.includes('-')) {
          const u = new URL(a.value, location.href);
          expect(['https:', 'http:'].includes(u.protocol) && (u.protocol === 'https:' || u.origin === location.origin), `${a.name}=${a.value}`).to.equal(true);
        }
      }
    }
  }
}

describe('hostile text in an extract', () => {
  it('every chart element shows it as text and runs nothing', async () => {
    const scripts = document.querySelectorAll('script').length;
    const wrapper = await fixture<HTMLDivElement>(html`<div style="width: 900px">
      <inclusion-tile src=${src} indicator="ehcp-20-weeks" area="E08000006"></inclusion-tile>
      <inclusion-benchmark id="b1" src=${src} indicator="ehcp-20-weeks" area="E08000006" neighbours="each"></inclusion-benchmark>
      <inclusion-trend src=${src} indicator="persistent-absence" area="E08000006" intervals></inclusion-trend>
      <inclusion-ranking src=${src} indicator="ehcp-20-weeks" area="E08000006"></inclusion-ranking>
      <inclusion-ranking src=${src} indicator="ehcp-20-weeks" area="E08000006" mode="funnel"></inclusion-ranking>
      <inclusion-spine src=${src} area="E08000006" indicators="ehcp-20-weeks persistent-absence"></inclusion-spine>
      <inclusion-breakdown src=${src} indicator="persistent-absence" area="E08000006" intervals></inclusion-breakdown>
      <inclusion-table view="regions" src=${src} indicator="ehcp-20-weeks"></inclusion-table>
      <inclusion-table for="b1"></inclusion-table>
    </div>`);
    const els = [...wrapper.children];
    await settle(els);
    for (const el of els) {
      expect(el.shadowRoot!.querySelector('[role=alert]'), `${el.localName}: ${el.shadowRoot!.textContent}`).to.equal(null);
      const t = deepText(el);
      // Labels, area names and breakdowns carry the payloads: every element shows some of them literally.
      expect([P.img, P.svg, P.script].some((p) => t.includes(p)), `${el.localName} shows payload text`).to.equal(true);
    }
    const t = els.map(deepText).join(' ');
    for (const p of [P.img, P.svg, P.script, P.js]) expect(t, p).to.contain(p);
    // The source is named, but a javascript: or data: URL is never made a link.
    const benchmark = els[1];
    expect(benchmark.shadowRoot!.querySelector('.source')!.textContent).to.contain(P.svg);
    expect(benchmark.shadowRoot!.querySelector('.source a')).to.equal(null);
    assertInert(scripts);
  });

  for (const mode of ['la', 'national'] as const) {
    it(`the dashboard (${mode} view), with its picker, definitions and menus, shows it as text and runs nothing`, async () => {
      const scripts = document.querySelectorAll('script').length;
      const wrapper = await fixture<HTMLDivElement>(html`<div style="width: 1000px">
        <inclusion-dashboard src=${src} area="E08000006" theme=${mode === 'la' ? 'ehcp' : 'attendance'} mode=${mode} url-state="off"></inclusion-dashboard></div>`);
      const dash = wrapper.firstElementChild!;
      await until(dash, 'nav');
      const charts = [...dash.shadowRoot!.querySelectorAll('inclusion-tile, inclusion-benchmark, inclusion-trend, inclusion-ranking, inclusion-breakdown, inclusion-table')];
      expect(charts.length).to.be.above(2);
      await settle(charts);
      for (const d of dash.shadowRoot!.querySelectorAll('details')) d.open = true;
      const picker = dash.shadowRoot!.querySelector('inclusion-area-picker');
      if (picker) {
        await (picker as unknown as { updateComplete: Promise<unknown> }).updateComplete;
        const input = picker.shadowRoot!.querySelector('input')!;
        input.focus();
        input.value = 'Sal';
        input.dispatchEvent(new Event('input'));
        await (picker as unknown as { updateComplete: Promise<unknown> }).updateComplete;
        expect(picker.shadowRoot!.querySelector('[role=listbox]')!.textContent).to.contain(`Salford ${P.img}`);
      }
      await new Promise((r) => setTimeout(r, 400));
      const t = deepText(dash);
      expect(t).to.contain(P.img);
      expect(t).to.contain(P.script);
      expect(dash.shadowRoot!.querySelector('.definitions')!.textContent).to.contain(P.script);
      assertInert(scripts);
    });
  }
});
