// Failure cases: every way the data can fail shows a short visible message saying what went wrong and what to
// do, fires `inclusion-error` with a typed detail, throws nothing uncaught, leaves other elements alone and
// recovers when the attributes change. Fixtures: the wtr plugin in scripts/wtr-fixtures-plugin.mjs.
import { expect, fixture, html } from '@open-wc/testing';
import '../src/inclusion-benchmark/define';
import '../src/inclusion-tile/define';
import '../src/inclusion-trend/define';
import '../src/inclusion-ranking/define';
import '../src/inclusion-spine/define';
import '../src/inclusion-breakdown/define';
import '../src/inclusion-table/define';
import { ObservationsExtract, type Observation, type ObservationsMeta } from '@inclusion-dashboard/core';
import { writeObservations } from '@inclusion-dashboard/core/write';
import { encodeTable } from '../../core/src/extract/table-encode';
import { META_KEYS } from '../../core/src/extract/observations';
import { clearDatasetCache, loadDataset } from '../src/shared/dataset';
import type { InclusionErrorDetail } from '@inclusion-dashboard/core';
import { DATA, until } from './helpers';

const EHCP = `${DATA}/ehcp.arrow`;
const ABS = (p: string) => `${location.origin}${p}`;

type Detail = InclusionErrorDetail;

const uncaught: string[] = [];
const onError = (e: ErrorEvent) => uncaught.push(`error: ${e.message}`);
const onRejection = (e: PromiseRejectionEvent) => uncaught.push(`unhandled rejection: ${String(e.reason?.message ?? e.reason)}`);

/** Mounts an element with the given properties, waiting for its error event and its visible message. */
async function failing(tag: string, props: Record<string, unknown>): Promise<{ el: HTMLElement; detail: Detail; alert: string }> {
  const wrapper = await fixture<HTMLDivElement>(html`<div style="width: 720px"></div>`);
  const el = document.createElement(tag);
  const event = new Promise<Detail>((resolve) => el.addEventListener('inclusion-error', (e) => resolve((e as CustomEvent<Detail>).detail), { once: true }));
  Object.assign(el, props);
  wrapper.append(el);
  const detail = await event;
  await until(el, '[role=alert]');
  return { el, detail, alert: alertText(el) };
}

const alertText = (el: Element) => (el.shadowRoot?.querySelector('[role=alert]')?.textContent ?? '').replace(/\s+/g, ' ').trim();

/** An in-memory extract as a blob: URL. Companions are named absolutely: a blob: URL has no folder to be relative to. */
function blobUrl(bytes: Uint8Array): string {
  return URL.createObjectURL(new Blob([bytes.slice()], { type: 'application/vnd.apache.arrow.file' }));
}

let ehcp: ObservationsExtract;
let ehcpBytes: Uint8Array;
const rowsOf = (x: ObservationsExtract): Observation[] => Array.from({ length: x.rowCount }, (_, i) => x.row(i));
const metaOf = (x: ObservationsExtract): ObservationsMeta => ({
  ...x.meta, areas: ABS(`${DATA}/areas.arrow`), neighbours: ABS(`${DATA}/neighbours.arrow`),
});

before(async () => {
  ehcpBytes = new Uint8Array(await (await fetch(EHCP)).arrayBuffer());
  ehcp = new ObservationsExtract(ehcpBytes);
  window.addEventListener('error', onError);
  window.addEventListener('unhandledrejection', onRejection);
});

after(() => {
  window.removeEventListener('error', onError);
  window.removeEventListener('unhandledrejection', onRejection);
});

beforeEach(() => clearDatasetCache());
afterEach(() => {
  expect(uncaught, 'no uncaught exceptions or unhandled rejections').to.deep.equal([]);
});

describe('fetch failures', () => {
  it('404: says the file was not found and to check src', async () => {
    const { detail, alert } = await failing('inclusion-benchmark', { src: `${DATA}/no-such-file.arrow`, indicator: 'ehcp-20-weeks', area: 'Salford' });
    expect(detail.code).to.equal('http');
    expect(detail.status).to.equal(404);
    expect(detail.url).to.match(/no-such-file\.arrow$/);
    expect(alert).to.contain('The data could not be loaded.');
    expect(alert).to.contain('no-such-file.arrow could not be loaded: the server answered 404');
    expect(alert).to.contain('Check the address in the src attribute.');
    expect(detail.message).to.equal(alert.replace('The data could not be loaded. ', ''));
  });

  it('500: says the server failed and to try again later', async () => {
    const { detail, alert } = await failing('inclusion-benchmark', { src: '/__fixtures/status/500', indicator: 'ehcp-20-weeks', area: 'Salford' });
    expect(detail.code).to.equal('http');
    expect(detail.status).to.equal(500);
    expect(alert).to.contain('the server answered 500');
    expect(alert).to.contain('The problem is at the server: try again later.');
  });

  it('network: a refused connection says the file could not be fetched', async () => {
    const { detail, alert } = await failing('inclusion-benchmark', { src: 'http://127.0.0.2:1/x.arrow', indicator: 'ehcp-20-weeks', area: 'Salford' });
    expect(detail.code).to.equal('network');
    expect(detail.url).to.equal('http://127.0.0.2:1/x.arrow');
    expect(alert).to.contain('x.arrow could not be fetched from 127.0.0.2:1');
    expect(alert).to.contain('Check the address in the src attribute and the connection');
  });

  it('CORS: a cross-origin file without CORS headers says so', async () => {
    // The same test server under its other loopback name is another origin; it answers, without CORS headers.
    const other = location.hostname === 'localhost' ? '127.0.0.1' : 'localhost';
    const id = `cors-${Date.now()}`;
    const src = `${location.protocol}//${other}:${location.port}/__fixtures/slow/0/${id}${DATA}/ehcp.arrow`;
    const { detail, alert } = await failing('inclusion-benchmark', { src, indicator: 'ehcp-20-weeks', area: 'Salford' });
    expect(detail.code).to.equal('network');
    expect(alert).to.contain('it does not allow this page to read its files (it must send CORS headers)');
    // The server was reached: the browser refused to hand over the response.
    const log = await (await fetch(`/__fixtures/log/${id}`)).json();
    expect(log.hits).to.equal(1);
  });

  it('timeout: gives up after the timeout attribute and says how to allow longer', async () => {
    const t0 = performance.now();
    const { detail, alert } = await failing('inclusion-benchmark', {
      src: `/__fixtures/slow/5000/timeout${EHCP}`, indicator: 'ehcp-20-weeks', area: 'Salford', timeout: 300,
    });
    expect(performance.now() - t0).to.be.below(3000);
    expect(detail.code).to.equal('timeout');
    expect(alert).to.contain('took longer than 0.3 seconds to load');
    expect(alert).to.contain('allow longer with the timeout attribute');
  });

  it('timeout is an attribute (default 20 s) and max-bytes too (default 20 MB)', async () => {
    const el = await fixture<HTMLElement & { timeout: number; maxBytes: number }>(html`<inclusion-benchmark timeout="1500" max-bytes="5000"></inclusion-benchmark>`);
    expect([el.timeout, el.maxBytes]).to.deep.equal([1500, 5000]);
    const plain = await fixture<HTMLElement & { timeout: number; maxBytes: number }>(html`<inclusion-benchmark></inclusion-benchmark>`);
    expect([plain.timeout, plain.maxBytes]).to.deep.equal([20000, 20 * 1024 * 1024]);
  });

  it('aborted: a load made stale by an attribute change is cancelled, silently, and the new one shows', async () => {
    const id = `stale-${Date.now()}`;
    const wrapper = await fixture<HTMLDivElement>(html`<div style="width: 720px"></div>`);
    const el = document.createElement('inclusion-benchmark');
    const errors: Detail[] = [];
    el.addEventListener('inclusion-error', (e) => errors.push((e as CustomEvent<Detail>).detail));
    Object.assign(el, { src: `/__fixtures/slow/8000/${id}${EHCP}`, indicator: 'ehcp-20-weeks', area: 'Salford' });
    wrapper.append(el);
    await new Promise((r) => setTimeout(r, 300));
    expect((await (await fetch(`/__fixtures/log/${id}`)).json()).hits).to.equal(1);
    el.setAttribute('src', EHCP);
    await until(el, '.chart svg');
    await new Promise((r) => setTimeout(r, 200));
    expect(errors).to.deep.equal([]);
    expect(el.shadowRoot!.querySelector('[role=alert]')).to.equal(null);
    // The server saw the browser give up on the stale request.
    expect((await (await fetch(`/__fixtures/log/${id}`)).json()).aborted).to.equal(1);
  });

  it('aborted: loadDataset rejects with code aborted when its signal fires', async () => {
    const c = new AbortController();
    const p = loadDataset(`/__fixtures/slow/5000/api-${Date.now()}${EHCP}`, { signal: c.signal });
    c.abort();
    const e = await p.then(() => null, (x: { code?: string; message?: string }) => x);
    expect(e?.code).to.equal('aborted');
    expect(e?.message).to.equal('Loading was cancelled.');
  });

  it('a shared download is not aborted while another element still waits for it', async () => {
    const id = `shared-${Date.now()}`;
    const src = `/__fixtures/slow/1500/${id}${EHCP}`;
    const wrapper = await fixture<HTMLDivElement>(html`<div style="width: 720px"></div>`);
    const [a, b] = ['inclusion-benchmark', 'inclusion-tile'].map((t) => {
      const el = document.createElement(t);
      Object.assign(el, { src, indicator: 'ehcp-20-weeks', area: 'Salford' });
      wrapper.append(el);
      return el;
    });
    await new Promise((r) => setTimeout(r, 300));
    a.setAttribute('area', 'Manchester');
    a.setAttribute('src', EHCP);
    await until(b, 'figure');
    await until(a, '.chart svg');
    expect(b.shadowRoot!.textContent).to.contain('Salford');
    expect(a.shadowRoot!.textContent).to.contain('Manchester');
    // One request each for the extract and its two companions, none abandoned.
    expect(await (await fetch(`/__fixtures/log/${id}`)).json()).to.deep.equal({ hits: 3, aborted: 0 });
  });

  it('changing only the area mid-load keeps the download going: no second request, none abandoned', async () => {
    const id = `area-${Date.now()}`;
    const wrapper = await fixture<HTMLDivElement>(html`<div style="width: 720px"></div>`);
    const el = document.createElement('inclusion-benchmark');
    Object.assign(el, { src: `/__fixtures/slow/800/${id}${EHCP}`, indicator: 'ehcp-20-weeks', area: 'Salford' });
    wrapper.append(el);
    await new Promise((r) => setTimeout(r, 200));
    el.setAttribute('area', 'Bolton');
    await until(el, '.chart svg');
    expect(el.shadowRoot!.querySelector('.subtitle')!.textContent).to.contain('Bolton');
    expect(await (await fetch(`/__fixtures/log/${id}`)).json()).to.deep.equal({ hits: 3, aborted: 0 });
  });

  it('taken off the page mid-load, it stops waiting; put back, it loads', async () => {
    const id = `detach-${Date.now()}`;
    const wrapper = await fixture<HTMLDivElement>(html`<div style="width: 720px"></div>`);
    const el = document.createElement('inclusion-benchmark');
    const errors: Detail[] = [];
    el.addEventListener('inclusion-error', (e) => errors.push((e as CustomEvent<Detail>).detail));
    Object.assign(el, { src: `/__fixtures/slow/600/${id}${EHCP}`, indicator: 'ehcp-20-weeks', area: 'Salford' });
    wrapper.append(el);
    await new Promise((r) => setTimeout(r, 200));
    el.remove();
    await new Promise((r) => setTimeout(r, 200));
    expect(await (await fetch(`/__fixtures/log/${id}`)).json()).to.deep.equal({ hits: 1, aborted: 1 });
    wrapper.append(el);
    await until(el, '.chart svg');
    expect(errors).to.deep.equal([]);
  });

  it('too large by Content-Length: says the limit and how to raise it', async () => {
    const { detail, alert } = await failing('inclusion-benchmark', { src: EHCP, indicator: 'ehcp-20-weeks', area: 'Salford', maxBytes: 1000 });
    expect(detail.code).to.equal('too-large');
    expect(alert).to.contain('The data file is too large.');
    expect(alert).to.contain('more than the 1000 bytes allowed');
    expect(alert).to.contain('raise the limit with the max-bytes attribute');
  });

  it('too large as it streams in, when no Content-Length is sent', async () => {
    const src = `/__fixtures/chunked${EHCP}`;
    const res = await fetch(src);
    expect(res.headers.get('content-length')).to.equal(null);
    await res.arrayBuffer();
    const { detail, alert } = await failing('inclusion-benchmark', { src, indicator: 'ehcp-20-weeks', area: 'Salford', maxBytes: 50_000 });
    expect(detail.code).to.equal('too-large');
    expect(alert).to.contain('is over 48.8 KB, more than the 48.8 KB allowed');
  });
});

describe('files that are not extracts', () => {
  it('garbage bytes: says the file is not a readable extract', async () => {
    const junk = Uint8Array.from({ length: 4096 }, (_, i) => (i * 7919) % 251);
    const { detail, alert } = await failing('inclusion-benchmark', { src: blobUrl(junk), indicator: 'ehcp-20-weeks', area: 'Salford' });
    expect(detail.code).to.equal('not-arrow');
    expect(alert).to.contain('The data file cannot be read.');
    expect(alert).to.contain('Not a readable Arrow file');
    expect(alert).to.contain('Check that src points at an inclusion-dashboard extract');
  });

  it('a data: URL is not fetched at all (only https:, this site and loopback are)', async () => {
    const { detail, alert } = await failing('inclusion-trend', { src: 'data:text/plain,hello', indicator: 'ehcp-20-weeks', area: 'Salford' });
    expect(detail.code).to.equal('network');
    expect(alert).to.contain('only https: addresses');
  });

  it('a truncated extract: says it is cut short', async () => {
    const { detail, alert } = await failing('inclusion-benchmark', { src: blobUrl(ehcpBytes.slice(0, ehcpBytes.length >> 1)), indicator: 'ehcp-20-weeks', area: 'Salford' });
    expect(detail.code).to.equal('not-arrow');
    expect(alert).to.contain('The file is cut short');
  });

  it('the wrong kind of extract (areas for observations): says which to use', async () => {
    const { detail, alert } = await failing('inclusion-benchmark', { src: `${DATA}/areas.arrow`, indicator: 'ehcp-20-weeks', area: 'Salford' });
    expect(detail.code).to.equal('wrong-kind');
    expect(alert).to.contain('Expected an extract of observations, but this file holds areas.');
    expect(alert).to.contain('Point src at an observations extract');
  });

  it('a missing column: names it and says to rebuild', async () => {
    const metadata = { [META_KEYS.kind]: 'observations', [META_KEYS.format]: '1', [META_KEYS.indicators]: JSON.stringify(ehcp.meta.indicators) };
    const bytes = encodeTable([{ name: 'indicator', kind: 'dict', values: ['ehcp-20-weeks'] }], metadata);
    const { detail, alert } = await failing('inclusion-benchmark', { src: blobUrl(bytes), indicator: 'ehcp-20-weeks', area: 'Salford' });
    expect(detail.code).to.equal('missing-column');
    expect(alert).to.contain('The extract has no "time_period" column.');
    expect(alert).to.contain('rebuild it with `npm run extracts`');
  });

  it('a column of the wrong type', async () => {
    const metadata = { [META_KEYS.kind]: 'observations', [META_KEYS.format]: '1', [META_KEYS.indicators]: JSON.stringify(ehcp.meta.indicators) };
    const cols = ['indicator', 'time_period', 'time_label', 'geographic_level', 'area_code', 'old_la_code', 'area_name', 'breakdown', 'status']
      .map((name) => ({ name, kind: 'dict' as const, values: ['x'] }));
    const bytes = encodeTable([...cols, { name: 'value', kind: 'dict', values: ['12'] }], metadata);
    const { detail, alert } = await failing('inclusion-benchmark', { src: blobUrl(bytes), indicator: 'ehcp-20-weeks', area: 'Salford' });
    expect(detail.code).to.equal('wrong-type');
    expect(alert).to.contain('Column "value" should hold numbers');
  });

  it('indicator metadata of the wrong shape', async () => {
    const broken = ehcp.meta.indicators.map((m) => ({ ...m, breakdown: 'Total' }));
    const bytes = writeObservations(rowsOf(ehcp).slice(0, 10), { ...metaOf(ehcp), indicators: broken as never });
    const { detail, alert } = await failing('inclusion-benchmark', { src: blobUrl(bytes), indicator: 'ehcp-20-weeks', area: 'Salford' });
    expect(detail.code).to.equal('bad-metadata');
    expect(alert).to.contain('The indicator metadata for "ehcp-20-weeks" has no breakdown.');
  });

  it('companion files on another site are refused', async () => {
    const bytes = writeObservations(rowsOf(ehcp).slice(0, 10), { ...metaOf(ehcp), areas: 'https://example.org/areas.arrow' });
    const { detail, alert } = await failing('inclusion-benchmark', { src: blobUrl(bytes), indicator: 'ehcp-20-weeks', area: 'Salford' });
    expect(detail.code).to.equal('bad-metadata');
    expect(alert).to.contain('on another site: companion files must sit beside the extract');
  });
});

describe('asking for what the data does not have', () => {
  it('an unknown indicator: lists those available', async () => {
    const { detail, alert } = await failing('inclusion-trend', { src: EHCP, indicator: 'no-such-indicator', area: 'Salford' });
    expect(detail.code).to.equal('unknown-indicator');
    expect(alert).to.contain('No indicator "no-such-indicator" in this data. Available indicators: ehcp-20-weeks, ehcp-20-weeks-excluding-exceptions');
    expect(detail.choices).to.include('ehcp-20-weeks');
  });

  it('an unknown area: suggests the nearest names', async () => {
    const { detail, alert } = await failing('inclusion-benchmark', { src: EHCP, indicator: 'ehcp-20-weeks', area: 'Salfrod' });
    expect(detail.code).to.equal('unknown-area');
    expect(alert).to.contain('No area "Salfrod".');
    expect(alert).to.match(/nearest to "Salfrod": Salford/);
    expect(detail.choices).to.include('Salford');
  });

  it('an unknown period: gives the periods with figures', async () => {
    const { detail, alert } = await failing('inclusion-tile', { src: EHCP, indicator: 'ehcp-20-weeks', area: 'Salford', period: '1999' });
    expect(detail.code).to.equal('unknown-period');
    expect(alert).to.contain('in 1999');
    expect(alert).to.match(/Periods with figures: \d{4}/);
    expect(detail.choices).to.include('2024');
  });

  it('an empty result: an area with no rows at all for the indicator', async () => {
    const bytes = writeObservations(rowsOf(ehcp).filter((o) => o.areaName !== 'Salford'), metaOf(ehcp));
    const { detail, alert } = await failing('inclusion-benchmark', { src: blobUrl(bytes), indicator: 'ehcp-20-weeks', area: 'Salford' });
    expect(detail.code).to.equal('empty');
    expect(alert).to.contain('No figures for');
    expect(alert).to.contain('for Salford');
    expect(alert).to.contain('Choose another area, indicator or period.');
  });
});

describe('values out of range', () => {
  it('are not plotted: flagged in the notes, with a visible warning and an inclusion-warning event', async () => {
    const rows = rowsOf(ehcp).map((o) => {
      if (o.indicator !== 'ehcp-20-weeks' || o.period !== '2024' || o.breakdown !== 'Total') return o;
      if (o.areaName === 'Salford') return { ...o, value: 140, status: null };
      if (o.areaName === 'Manchester') return { ...o, value: -3, status: null };
      if (o.areaName === 'Bolton') return { ...o, value: Number.POSITIVE_INFINITY, status: null };
      return o;
    });
    const wrapper = await fixture<HTMLDivElement>(html`<div style="width: 720px"></div>`);
    const el = document.createElement('inclusion-benchmark');
    const warned = new Promise<Detail>((r) => el.addEventListener('inclusion-warning', (e) => r((e as CustomEvent<Detail>).detail), { once: true }));
    Object.assign(el, { src: blobUrl(writeObservations(rows, metaOf(ehcp))), indicator: 'ehcp-20-weeks', area: 'Salford', period: '2024' });
    wrapper.append(el);
    const detail = await warned;
    await until(el, '.chart svg');
    expect(detail.code).to.equal('out-of-range');
    const warning = el.shadowRoot!.querySelector('[part=warning]')!.textContent!.replace(/\s+/g, ' ');
    expect(warning).to.contain('Some figures are not shown.');
    expect(warning).to.contain('3 figures for EHC plans issued within 20 weeks in this data cannot be right');
    expect(warning).to.contain('140 is a percentage over 100');
    expect(warning).to.contain('-3 is a negative percentage');
    expect(warning).to.contain('not a finite number');
    const notes = el.shadowRoot!.querySelector('.notes')!.textContent!;
    expect(notes).to.contain("Salford's figure for 2024 in this data cannot be right (140 is a percentage over 100), so it is not shown.");
    // Not plotted: the selected bar is missing and the table shows the "not available" symbol.
    expect(el.shadowRoot!.querySelector('.chart svg')!.textContent).to.contain('not available');
    const salford = [...el.shadowRoot!.querySelectorAll('tbody tr')].find((tr) => tr.textContent!.includes('Salford'))!;
    expect(salford.textContent).to.contain('x');
    expect(salford.textContent).not.to.contain('140');
    expect(el.shadowRoot!.querySelector('[role=alert]')).to.equal(null);
  });
});

describe('values out of range in a spine', () => {
  it('are looked for in every indicator it shows, not only the first from each publication', async () => {
    // Both EHC plan indicators come from one publication; the bad figure is in the second.
    const rows = rowsOf(ehcp).map((o) => (o.indicator === 'ehcp-20-weeks-excluding-exceptions' && o.areaName === 'Bolton' && o.breakdown === 'Total'
      ? { ...o, value: 140, status: null } : o));
    const wrapper = await fixture<HTMLDivElement>(html`<div style="width: 720px"></div>`);
    const el = document.createElement('inclusion-spine');
    const ready = new Promise((r) => el.addEventListener('inclusion-ready', r, { once: true }));
    const warnings: Detail[] = [];
    el.addEventListener('inclusion-warning', (e) => warnings.push((e as CustomEvent<Detail>).detail));
    Object.assign(el, { src: blobUrl(writeObservations(rows, metaOf(ehcp))), indicators: 'ehcp-20-weeks ehcp-20-weeks-excluding-exceptions', area: 'Salford' });
    wrapper.append(el);
    await ready;
    expect(warnings.map((w) => w.code)).to.deep.equal(['out-of-range']);
    expect(warnings[0].message).to.contain('EHC plans issued within 20 weeks (excluding exceptions)').and.to.contain('140 is a percentage over 100');
  });
});

describe('isolation and recovery', () => {
  it('other elements on the page keep working when one fails', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div style="width: 720px">
      <inclusion-tile src=${EHCP} indicator="ehcp-20-weeks" area="Salford"></inclusion-tile>
      <inclusion-benchmark src="/__fixtures/status/500" indicator="ehcp-20-weeks" area="Salford"></inclusion-benchmark>
      <inclusion-trend src=${EHCP} indicator="ehcp-20-weeks" area="Salford"></inclusion-trend>
    </div>`);
    const [tile, broken, trend] = [...wrapper.children] as HTMLElement[];
    await until(broken, '[role=alert]');
    await until(tile, 'figure');
    await until(trend, '.chart svg');
    expect(tile.shadowRoot!.querySelector('[role=alert]')).to.equal(null);
    expect(trend.shadowRoot!.querySelector('[role=alert]')).to.equal(null);
    expect(alertText(broken)).to.contain('500');
  });

  it('a later attribute change recovers', async () => {
    const { el } = await failing('inclusion-benchmark', { src: `${DATA}/missing.arrow`, indicator: 'ehcp-20-weeks', area: 'Salford' });
    const ready = new Promise((r) => el.addEventListener('inclusion-ready', r, { once: true }));
    el.setAttribute('src', EHCP);
    await ready;
    await until(el, '.chart svg');
    expect(el.shadowRoot!.querySelector('[role=alert]')).to.equal(null);
    el.setAttribute('indicator', 'nope');
    await until(el, '[role=alert]');
    el.setAttribute('indicator', 'ehcp-20-weeks');
    await until(el, '.chart svg');
    expect(el.shadowRoot!.querySelector('[role=alert]')).to.equal(null);
  });

  for (const [tag, extra] of [
    ['inclusion-tile', {}], ['inclusion-benchmark', {}], ['inclusion-trend', {}], ['inclusion-ranking', {}],
    ['inclusion-spine', { indicators: 'ehcp-20-weeks' }], ['inclusion-breakdown', {}], ['inclusion-table', { view: 'regions' }],
  ] as const) {
    it(`<${tag}> shows the message and fires inclusion-error`, async () => {
      const { detail, alert } = await failing(tag, { src: `${DATA}/gone.arrow`, indicator: 'ehcp-20-weeks', area: 'Salford', ...extra });
      expect(detail.code).to.equal('http');
      expect(alert).to.contain('gone.arrow could not be loaded: the server answered 404');
    });
  }
});
