// Runs inside the benchmark page (bundled by esbuild): each function returns timings in milliseconds.
import { csvParse } from 'd3-dsv';
import { ObservationsExtract, type Observation } from '@inclusion-dashboard/core';
import { writeObservations } from '@inclusion-dashboard/core/write';

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

async function time(fn: () => unknown, runs: number): Promise<number> {
  const t: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    fn();
    t.push(performance.now() - t0);
    await new Promise((r) => setTimeout(r, 0));
  }
  return median(t);
}

/** Decode and filter one LA's series: the library's Arrow path against d3.csvParse and array filtering. */
async function loadAndFilter(arrowUrl: string, csvUrl: string, indicator: string, area: string, runs: number) {
  const bytes = new Uint8Array(await (await fetch(arrowUrl)).arrayBuffer());
  const text = await (await fetch(csvUrl)).text();
  let arrowRows = 0;
  let csvRows = 0;
  const arrow = await time(() => {
    const x = new ObservationsExtract(bytes);
    arrowRows = x.series(indicator, area, 'Total').length;
  }, runs);
  const csv = await time(() => {
    const rows = csvParse(text);
    csvRows = rows.filter((r) => r.indicator === indicator && r.areaCode === area && r.breakdown === 'Total').length;
  }, runs);
  return { arrow, csv, ratio: csv / arrow, arrowRows, csvRows, bytes: bytes.length, csvBytes: text.length };
}

/** A warm one-LA lookup in extracts with 150 and with 1,500 LAs: it should not grow with the others. */
async function filterScaling(runs: number) {
  const make = (nAreas: number) => {
    const rows: Observation[] = [];
    for (let a = 0; a < nAreas; a++) for (let p = 0; p < 10; p++) for (let b = 0; b < 10; b++) {
      rows.push({ indicator: 'x', period: String(2010 + p), periodLabel: String(2010 + p), level: 'Local authority', areaCode: `E${String(a).padStart(8, '0')}`, laCode: null, areaName: `LA ${a}`, breakdown: b ? `G${b}` : 'Total', value: a + p + b, numerator: null, denominator: null, status: null });
    }
    const x = new ObservationsExtract(writeObservations(rows, { indicators: [], areas: '', neighbours: '', title: '', licence: '' }));
    x.series('x', 'E00000007', 'Total'); // builds the index once
    return x;
  };
  const small = make(150);
  const large = make(1500);
  const lookup = (x: ObservationsExtract) => () => { for (let i = 0; i < 100; i++) x.series('x', 'E00000007', 'Total'); };
  const a = (await time(lookup(small), runs)) / 100;
  const b = (await time(lookup(large), runs)) / 100;
  return { lookup150: a, lookup1500: b, ratio: b / a };
}

const settle = (el: Element) => new Promise<void>((resolve) => {
  if (el.shadowRoot?.querySelector('figure, [role=alert]') && el.getAttribute('data-drawn')) return resolve();
  el.addEventListener('inclusion-ready', () => resolve(), { once: true });
  el.addEventListener('inclusion-error', () => resolve(), { once: true });
});

/** From connection to drawn, for one element on the national extract. */
async function firstChart(tag: string, attrs: Record<string, string>) {
  const host = document.getElementById('host')!;
  host.replaceChildren();
  const el = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, v);
  const done = settle(el);
  const t0 = performance.now();
  host.append(el);
  await done;
  return { ms: performance.now() - t0, error: el.shadowRoot?.querySelector('[role=alert]')?.textContent ?? null };
}

/** Sixty elements on one extract: time to all drawn, requests per URL, long tasks, heap after. */
async function sixty(src: string) {
  const host = document.getElementById('host')!;
  host.replaceChildren();
  const longTasks: number[] = [];
  const po = new PerformanceObserver((l) => { for (const e of l.getEntries()) longTasks.push(e.duration); });
  po.observe({ type: 'longtask', buffered: false });
  // Frames that took over 50 ms to present, whether or not one task caused it.
  const frames: number[] = [];
  const fo = new PerformanceObserver((l) => { for (const e of l.getEntries()) frames.push(e.duration); });
  fo.observe({ type: 'long-animation-frame', buffered: false });
  performance.clearResourceTimings();
  const kinds: [string, Record<string, string>][] = [
    ['inclusion-tile', { indicator: 'ehcp-20-weeks' }], ['inclusion-benchmark', { indicator: 'persistent-absence' }],
    ['inclusion-trend', { indicator: 'suspension-rate' }], ['inclusion-ranking', { indicator: 'ehcp-20-weeks' }],
    ['inclusion-breakdown', { indicator: 'persistent-absence' }], ['inclusion-tile', { indicator: 'overall-absence' }],
  ];
  const las = ['Salford', 'Manchester', 'Kent', 'Leeds', 'Camden', 'Cumberland', 'Bolton', 'Surrey', 'Devon', 'Norfolk'];
  const els: Element[] = [];
  for (let i = 0; i < 60; i++) {
    const [tag, attrs] = kinds[i % kinds.length];
    const el = document.createElement(tag);
    el.setAttribute('src', src);
    el.setAttribute('area', las[Math.floor(i / kinds.length) % las.length]);
    for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, v);
    els.push(el);
  }
  const done = Promise.all(els.map(settle));
  const t0 = performance.now();
  host.append(...els);
  await done;
  const ms = performance.now() - t0;
  await new Promise((r) => setTimeout(r, 100));
  po.disconnect();
  fo.disconnect();
  const requests: Record<string, number> = {};
  for (const e of performance.getEntriesByType('resource')) {
    const name = new URL(e.name).pathname;
    if (name.endsWith('.arrow')) requests[name] = (requests[name] ?? 0) + 1;
  }
  const mem = (performance as unknown as { memory?: { usedJSHeapSize: number } }).memory?.usedJSHeapSize ?? null;
  return {
    ms, requests, longTasks: longTasks.length, longestTask: Math.max(0, ...longTasks),
    longFrames: frames.length, longestFrame: Math.max(0, ...frames),
    heapMB: mem === null ? null : mem / 2 ** 20,
  };
}

/** Redraw time on resize, and how many redraws twenty width changes within one frame cause. */
async function resize(src: string) {
  const host = document.getElementById('host')!;
  host.replaceChildren();
  const wrap = document.createElement('div');
  wrap.style.width = '900px';
  const el = document.createElement('inclusion-benchmark');
  for (const [k, v] of Object.entries({ src, indicator: 'ehcp-20-weeks', area: 'Salford', neighbours: 'each' })) el.setAttribute(k, v);
  wrap.append(el);
  const ready = settle(el);
  host.append(wrap);
  await ready;
  const chart = el.shadowRoot!.querySelector('.chart')!;
  let draws = 0;
  const mo = new MutationObserver(() => draws++);
  mo.observe(chart, { childList: true });
  const redraw = async (w: number) => {
    const before = draws;
    const t0 = performance.now();
    wrap.style.width = `${w}px`;
    while (draws === before) await new Promise((r) => requestAnimationFrame(r));
    return performance.now() - t0;
  };
  const times: number[] = [];
  for (let i = 0; i < 10; i++) times.push(await redraw(i % 2 ? 900 : 600));
  draws = 0;
  for (let i = 0; i < 20; i++) {
    wrap.style.width = `${400 + i * 10}px`;
    wrap.getBoundingClientRect();
  }
  for (let i = 0; i < 5; i++) await new Promise((r) => requestAnimationFrame(r));
  mo.disconnect();
  return { redrawMs: median(times), drawsForTwentyChanges: draws };
}

Object.assign(window, { bench: { loadAndFilter, filterScaling, firstChart, sixty, resize } });
