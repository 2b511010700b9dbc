// Getting a chart out: "Download the chart (SVG)" and "(PNG)" give files with the title, subtitle, source line and
// alt text around the drawn chart; printing shows the chart, summary and table without keyboard help or buttons.
// Salford's EHC plans issued within 20 weeks in 2024: 50.1% (231 of 461), as the CLI prints. The CSV download: the published
// figures behind each chart element, with area codes, period, unit, value, status and its reason, and source.
import { emulateMedia } from '@web/test-runner-commands';
import '../../components/src/define-all';
import { csvParseRows } from 'd3-dsv';
import { readText } from '../../components/src/shared/png-text';
import { check, download } from './download-helpers';

export {};

async function drawn(el: HTMLElement): Promise<ShadowRoot> {
  const t0 = performance.now();
  while (!el.shadowRoot?.querySelector('.chart svg, [role=alert]')) {
    check(performance.now() - t0 < 20000, 'the chart did not draw within 20 s');
    await new Promise((r) => setTimeout(r, 25));
  }
  check(!el.shadowRoot.querySelector('[role=alert]'), el.shadowRoot.textContent ?? '');
  return el.shadowRoot;
}

describe('chart downloads and print', () => {
  let el: HTMLElement;
  let root: ShadowRoot;

  before(async () => {
    el = document.createElement('inclusion-benchmark');
    for (const [k, v] of Object.entries({ src: '/packages/sample-data/data/ehcp.arrow', indicator: 'ehcp-20-weeks', area: 'Salford', period: '2024' })) el.setAttribute(k, v);
    el.style.width = '700px';
    document.body.append(el);
    root = await drawn(el);
  });
  after(() => el.remove());

  it('SVG: a standalone image with the title, subtitle, chart, source line and the summary as alt text', async () => {
    const { name, blob } = await download(root, 'Download the chart (SVG)');
    check(name.endsWith('.svg') && name.includes('salford'), `file name ${name}`);
    const doc = new DOMParser().parseFromString(await blob.text(), 'image/svg+xml');
    check(!doc.querySelector('parsererror'), 'well-formed XML');
    const svg = doc.documentElement;
    check(svg.getAttribute('role') === 'img' && svg.getAttribute('aria-labelledby') === 'export-title export-desc', 'labelled image');
    const title = root.querySelector('.title')!.textContent!.trim();
    const subtitle = root.querySelector('.subtitle')!.textContent!.trim();
    const summary = root.querySelector('[part=summary]')!.textContent!.trim();
    check(svg.querySelector('title')!.textContent === `${title}: ${subtitle}`, `<title>: ${svg.querySelector('title')!.textContent}`);
    check(svg.querySelector('desc')!.textContent === summary, `<desc>: ${svg.querySelector('desc')!.textContent}`);
    check(summary.includes('50.1%'), `summary: ${summary}`);
    const words = [...svg.querySelectorAll('text')].map((t) => t.textContent).join(' ');
    check(words.includes(title.split(' ')[0]) && words.includes('Salford'), `text drawn: ${words.slice(0, 200)}`);
    check(/Source: Department for Education, .*Open Government Licence v3\.0/.test(words.replace(/\s+/g, ' ')), `source line: ${words.slice(-300)}`);
    // The chart itself: its bars, with colours written onto them (the shadow CSS does not travel).
    check(svg.querySelectorAll('svg rect, svg path').length > 4, 'the chart marks');
    check([...svg.querySelectorAll('svg [style*="fill"]')].length > 4, 'computed fills inlined');
    check(!svg.querySelector('.focus-layer, [tabindex]'), 'no focus ring or tab stops');
  });

  it('PNG: an image at twice the size, of the same composition', async () => {
    const { name, blob } = await download(root, 'Download the chart (PNG)');
    check(name.endsWith('.png'), name);
    check(blob.type === 'image/png', blob.type);
    const bitmap = await createImageBitmap(blob);
    const svgFile = await download(root, 'Download the chart (SVG)');
    const svg = new DOMParser().parseFromString(await svgFile.blob.text(), 'image/svg+xml').documentElement;
    check(bitmap.width === 2 * Number(svg.getAttribute('width')) && bitmap.height === 2 * Number(svg.getAttribute('height')), `${bitmap.width}x${bitmap.height}`);
    // Not blank: the title's dark text is drawn near the top left.
    const c = new OffscreenCanvas(bitmap.width, bitmap.height);
    const ctx = c.getContext('2d')!;
    ctx.drawImage(bitmap, 0, 0);
    const px = ctx.getImageData(0, 0, bitmap.width, 80).data;
    let dark = 0;
    for (let i = 0; i < px.length; i += 4) if (px[i] < 80 && px[i + 1] < 80 && px[i + 2] < 80) dark++;
    check(dark > 200, `dark title pixels: ${dark}`);
    // The words a canvas cannot hold travel in the file: the title, the summary as its description, the source.
    const words = readText(new Uint8Array(await blob.arrayBuffer()));
    const summary = root.querySelector('[part=summary]')!.textContent!.trim();
    check(words.Description === summary && summary.includes('50.1%'), `Description: ${words.Description}`);
    check(words.Title === svg.querySelector('title')!.textContent, `Title: ${words.Title}`);
    check(/^Source: Department for Education, .*Open Government Licence v3\.0\.$/.test(words.Copyright ?? ''), `Copyright: ${words.Copyright}`);
  });


  it('print: chart, summary and table; no keyboard help, no buttons', async () => {
    await emulateMedia({ media: 'print' });
    try {
      const shown = (sel: string) => { const n = root.querySelector(sel) as HTMLElement | null; return !!n && n.getClientRects().length > 0 && getComputedStyle(n).display !== 'none'; };
      check(shown('.chart svg'), 'the chart prints');
      check(shown('[part=table]'), 'the table prints, though its details were never opened');
      check(!shown('.keys'), 'no keyboard help');
      check(!shown('.actions'), 'no download buttons');
      check(![...root.querySelectorAll('summary')].some((s) => s.getClientRects().length > 0), 'no "Show the data" toggles');
      const sort = root.querySelector('th button.sort')!;
      check(getComputedStyle(sort, '::after').content === 'none', 'no sort arrows');
    } finally {
      await emulateMedia({ media: 'screen' });
    }
  });
});

/** RFC 4180 records (d3-dsv) read back as objects keyed by the header row. */
function parseCsv(csv: string): { head: string[]; rows: Record<string, string>[] } {
  const [head, ...body] = csvParseRows(csv);
  return { head, rows: body.map((r) => Object.fromEntries(head.map((h, i) => [h, r[i]]))) };
}

const COLUMNS = ['indicator_id', 'indicator', 'geographic_level', 'area_code', 'old_la_code', 'area_name', 'time_period', 'time_label',
  'breakdown_dimension', 'breakdown', 'unit', 'unit_label', 'value', 'numerator', 'denominator', 'status', 'status_reason', 'source', 'source_url'];
const DATA = '/packages/sample-data/data';
const ALL = ['attendance', 'exclusions', 'ap', 'ehcp', 'context'].map((f) => `${DATA}/${f}.arrow`).join(' ');
type Row = Record<string, string>;
const salford2024 = (rows: Row[]) => rows.find((r) => r.old_la_code === '355' && r.time_period === '2024' && r.indicator_id === 'ehcp-20-weeks');
// EHC plans issued within 20 weeks, Salford 2024: 50.1 (231 of 461) in ehcp_2025_timeliness_20_week.csv. The same
// measure excluding exceptions is published as "x" for City of London (201) in 2024. Persistent absence of pupils
// with any SEN in the Isles of Scilly (420), 2017/18, is suppressed ("c").
const CASES: { tag: string; attrs: Record<string, string>; expect: (rows: Row[]) => void }[] = [
  { tag: 'inclusion-tile', attrs: { src: `${DATA}/ehcp.arrow`, indicator: 'ehcp-20-weeks', area: 'Salford', period: '2024' }, expect: (rows) => {
    const s = salford2024(rows);
    check(s?.value === '50.1' && s.numerator === '231' && s.denominator === '461' && s.area_code === 'E08000006' && s.status === '', `Salford: ${JSON.stringify(s)}`);
    check(rows.some((r) => r.area_name === 'England' && r.area_code === 'E92000001'), 'England');
  } },
  { tag: 'inclusion-benchmark', attrs: { src: `${DATA}/ehcp.arrow`, indicator: 'ehcp-20-weeks', area: 'Salford', period: '2024' }, expect: (rows) => {
    check(salford2024(rows)?.value === '50.1', 'Salford 50.1');
    check(rows.some((r) => r.geographic_level === 'Regional' && r.area_name === 'North West'), 'the region');
  } },
  { tag: 'inclusion-trend', attrs: { src: `${DATA}/ehcp.arrow`, indicator: 'ehcp-20-weeks', area: 'Salford' }, expect: (rows) => {
    check(salford2024(rows)?.value === '50.1', 'Salford 2024 in the trend');
    check(rows.filter((r) => r.old_la_code === '355').length >= 5, 'several years');
  } },
  { tag: 'inclusion-ranking', attrs: { src: `${DATA}/ehcp.arrow`, indicator: 'ehcp-20-weeks-excluding-exceptions', area: 'Salford', period: '2024' }, expect: (rows) => {
    const city = rows.find((r) => r.old_la_code === '201');
    check(city?.value === '' && city.status === 'x' && city.status_reason === 'not available', `City of London: ${JSON.stringify(city)}`);
    check(rows.filter((r) => r.geographic_level === 'Local authority').length >= 150, 'every LA');
  } },
  { tag: 'inclusion-map', attrs: { src: `${DATA}/ehcp.arrow`, indicator: 'ehcp-20-weeks-excluding-exceptions', area: 'Salford', period: '2024' }, expect: (rows) => {
    const city = rows.find((r) => r.old_la_code === '201');
    check(city?.value === '' && city.status === 'x', `City of London: ${JSON.stringify(city)}`);
  } },
  { tag: 'inclusion-breakdown', attrs: { src: `${DATA}/attendance.arrow`, indicator: 'persistent-absence-sen', area: 'Isles of Scilly', period: '2017/18' }, expect: (rows) => {
    const sen = rows.find((r) => r.old_la_code === '420' && r.breakdown === 'Any special educational need');
    check(sen?.value === '' && sen.status === 'c' && sen.status_reason === 'suppressed' && sen.time_label === '2017/18', `Scilly: ${JSON.stringify(sen)}`);
  } },
  { tag: 'inclusion-spine', attrs: { src: ALL, area: 'Salford' }, expect: (rows) => {
    check(salford2024(rows)?.value === '50.1', 'Salford 50.1 among the spine indicators');
    check(new Set(rows.map((r) => r.indicator_id)).size >= 3, 'several indicators');
  } },
];

describe('CSV download: the published figures behind each chart, with codes, period, unit, status and source', () => {
  for (const c of CASES) {
    it(`${c.tag}`, async () => {
      const el = document.createElement(c.tag);
      for (const [k, v] of Object.entries(c.attrs)) el.setAttribute(k, v);
      el.style.width = '700px';
      document.body.append(el);
      try {
        const t0 = performance.now();
        while (!el.shadowRoot?.querySelector('.actions button, [role=alert]')) {
          check(performance.now() - t0 < 20000, 'did not draw within 20 s');
          await new Promise((r) => setTimeout(r, 25));
        }
        check(!el.shadowRoot.querySelector('[role=alert]'), el.shadowRoot.textContent ?? '');
        const { name, blob } = await download(el.shadowRoot, 'Download the data (CSV)');
        check(name.endsWith('.csv') && blob.type.startsWith('text/csv'), `${name} ${blob.type}`);
        const { head, rows } = parseCsv(await blob.text());
        check(head.join() === COLUMNS.join(), `columns: ${head.join()}`);
        check(rows.length > 0, 'rows');
        for (const r of rows) {
          check(/^[EWSN]\d{8}$/.test(r.area_code), `area code ${r.area_code}`);
          check(r.geographic_level !== 'Local authority' || /^\d{3}$/.test(r.old_la_code), `old_la_code ${r.old_la_code} for ${r.area_name}`);
          check(r.time_period !== '' && r.time_label !== '' && r.unit !== '' && r.source.startsWith('Department for Education'), JSON.stringify(r));
          // Never a 0 in place of a missing figure: a value, or a status with its reason.
          check((r.value !== '') !== (r.status !== ''), `value or status: ${JSON.stringify(r)}`);
          check(r.status === '' || r.status_reason !== '', `reason for ${r.status}`);
        }
        c.expect(rows);
      } finally {
        el.remove();
      }
    });
  }
});
