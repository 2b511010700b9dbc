// User-chosen comparison groups: a group's average is the simple mean of its members' published values, the same
// way as the statistical-neighbour average, whether the group is named LAs, a region or a neighbour model.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, test } from 'node:test';
import { CsvTable } from '@inclusion-dashboard/pipeline';
import {
  AreaDirectory, BenchmarkError, comparisonGroup, CrossSection, groupAverage, groupSpec, ObservationsExtract, parseAreaList,
  readAreas, readNeighbours, type GroupSpec,
} from '../src/index';

const DATA = resolve(import.meta.dirname, '../../../../shared/data/real');
const EXTRACTS = resolve(import.meta.dirname, '../../sample-data/data');
const extract = (file: string) => new ObservationsExtract(readFileSync(resolve(EXTRACTS, file)));
const areas = new AreaDirectory(
  readAreas(readFileSync(resolve(EXTRACTS, 'areas.arrow'))),
  readNeighbours(readFileSync(resolve(EXTRACTS, 'neighbours.arrow'))),
);
const files = { ehcp: extract('ehcp.arrow'), attendance: extract('attendance.arrow'), exclusions: extract('exclusions.arrow'), context: extract('context.arrow'), ap: extract('ap.arrow') };

const GM = ['Bolton', 'Bury', 'Manchester', 'Oldham', 'Rochdale', 'Salford', 'Stockport', 'Tameside', 'Trafford', 'Wigan'];

/** The mean of the members' figures read straight from the extract's rows, as published. */
function publishedMean(data: ObservationsExtract, indicator: string, period: string, codes: string[]): number | null {
  const meta = data.indicator(indicator)!;
  const rows = data.cross(indicator, period, meta.breakdown.total).filter((o) => codes.includes(o.areaCode) && o.value !== null);
  return rows.length ? rows.reduce((a, o) => a + (o.value as number), 0) / rows.length : null;
}

describe('comparison groups', () => {
  // A sample of indicators across the themes, each at its latest period and an older one.
  const sample: [keyof typeof files, string, string][] = [
    ['ehcp', 'ehcp-20-weeks', '2024'], ['ehcp', 'ehcp-20-weeks', '2019'],
    ['attendance', 'persistent-absence', '202425'], ['attendance', 'overall-absence', '201819'],
    ['exclusions', 'suspension-rate', '202324'], ['exclusions', 'permanent-exclusion-rate', '201617'],
    ['context', 'ehcp-rate', '202425'], ['ap', 'pru-absence', '202223'],
  ];
  const named = parseAreaList(areas, GM.join(' '));

  for (const [file, indicator, period] of sample) {
    test(`${indicator} ${period}: a named group's average is the mean of its members' published values`, () => {
      const g = comparisonGroup(files[file], areas, { indicator, period }, { kind: 'named', areas: named.map((a) => a.code), label: 'Greater Manchester' });
      assert.equal(g.label, 'Greater Manchester');
      assert.equal(g.model, null);
      assert.equal(g.members.length, 10);
      const expected = publishedMean(files[file], indicator, period, named.map((a) => a.code));
      assert.notEqual(expected, null);
      assert.equal(g.mean, expected);
      assert.equal(g.n, g.values.filter((v) => v.value !== null).length);
    });
  }

  test('EHC plans in 20 weeks, 2024: Greater Manchester from the published CSV, not the extract', () => {
    const csv = CsvTable.read(resolve(DATA, 'ehcp/ehcp_2025_timeliness_20_week.csv'));
    const laNumbers = named.map((a) => a.laCode);
    const values = csv.rows
      .filter((r) => csv.get(r, 'time_period') === '2024' && csv.get(r, 'geographic_level') === 'Local authority'
        && csv.get(r, 'breakdown_topic') === 'All EHC plans issued' && laNumbers.includes(csv.get(r, 'old_la_code')))
      .map((r) => Number(csv.get(r, 'pc_plans_issued_within_20_weeks')));
    assert.equal(values.length, 10);
    const g = comparisonGroup(files.ehcp, areas, { indicator: 'ehcp-20-weeks', period: '2024' }, { kind: 'named', areas: GM });
    assert.equal(g.mean, values.reduce((a, b) => a + b, 0) / values.length);
    assert.equal(g.label, 'Bolton, Bury, Manchester, Oldham, Rochdale, Salford, Stockport, Tameside, Trafford and Wigan');
  });

  test('the newest neighbour model gives exactly the neighbour average; 2021 and 2025 can each be chosen and are reported', () => {
    const meta = files.ehcp.indicator('ehcp-20-weeks')!;
    const x = CrossSection.of(files.ehcp, areas, meta, '2024', 'Total');
    const salford = areas.find('Salford')!;
    const usual = x.neighbours(salford);
    const newest = groupAverage(x, salford, { kind: 'neighbours' });
    assert.equal(newest.model, '2025');
    assert.equal(newest.mean, usual.mean);
    assert.deepEqual(newest.values, usual.values);
    assert.equal(newest.label, 'Statistical neighbours (2025 model)');

    const sn = CsvTable.read(resolve(DATA, 'statistical_neighbours/statistical_neighbours_2021_long_derived.csv'));
    const codes2021 = sn.rows.filter((r) => sn.get(r, 'la_number') === '355').sort((a, b) => Number(sn.get(a, 'sn_rank')) - Number(sn.get(b, 'sn_rank')))
      .map((r) => areas.find(sn.get(r, 'sn_la_number'))!.code);
    assert.equal(codes2021.length, 10);
    const old = groupAverage(x, salford, { kind: 'neighbours', model: '2021' });
    assert.equal(old.model, '2021');
    assert.deepEqual(old.members.map((a) => a.code), codes2021);
    assert.equal(old.mean, publishedMean(files.ehcp, 'ehcp-20-weeks', '2024', codes2021));
    assert.notDeepEqual(old.members.map((a) => a.code), newest.members.map((a) => a.code));
  });

  test("a region group is the region's LAs in that period, averaged the same way", () => {
    const meta = files.attendance.indicator('persistent-absence')!;
    for (const period of ['202223', '202324']) {
      const x = CrossSection.of(files.attendance, areas, meta, period, 'Total');
      const g = groupAverage(x, areas.find('Salford')!, { kind: 'region' });
      assert.equal(g.label, 'Other LAs in North West');
      const names = g.members.map((a) => a.name);
      assert.ok(!names.includes('Salford'), 'the compared LA is not in its own group');
      // Cumbria until 2022/23; Cumberland, and Westmorland and Furness from 2023/24.
      if (period === '202223') assert.ok(names.includes('Cumbria') && !names.includes('Cumberland'));
      else assert.ok(!names.includes('Cumbria') && names.includes('Cumberland') && names.includes('Westmorland and Furness'));
      // Members are in name order, the extract's rows in code order: the same sum, added in another order.
      assert.ok(Math.abs(g.mean! - publishedMean(files.attendance, 'persistent-absence', period, g.members.map((a) => a.code))!) < 1e-12);
      assert.equal(g.n, g.members.length);
    }
  });

  test('attributes: compare names LAs (multi-word names too), group picks region or a model, group-label names it', () => {
    const parsed = parseAreaList(areas, 'Blackburn with Darwen Bolton Bury');
    assert.deepEqual(parsed.map((a) => a.name), ['Blackburn with Darwen', 'Bolton', 'Bury']);
    assert.deepEqual(parseAreaList(areas, '801; 800').map((a) => a.name), ['Bristol, City of', 'Bath and North East Somerset']);
    const spec = groupSpec(areas, { compare: 'Bolton Bury Wigan', label: 'Three towns' }) as Extract<GroupSpec, { kind: 'named' }>;
    assert.equal(spec.kind, 'named');
    assert.equal(spec.label, 'Three towns');
    assert.equal(spec.areas.length, 3);
    assert.deepEqual(groupSpec(areas, { group: 'region' }), { kind: 'region', label: undefined });
    assert.deepEqual(groupSpec(areas, { group: 'neighbours-2021' }), { kind: 'neighbours', model: '2021', label: undefined });
    assert.deepEqual(groupSpec(areas, { group: 'neighbours' }), { kind: 'neighbours', model: undefined, label: undefined });
    assert.equal(groupSpec(areas, {}), undefined);
    assert.throws(() => groupSpec(areas, { group: 'neighbours-2019' }), (e: unknown) => e instanceof BenchmarkError && /Models: 2021, 2025/.test(e.message));
    assert.throws(() => parseAreaList(areas, 'Bolton Narnia'), (e: unknown) => e instanceof BenchmarkError && e.code === 'unknown-area');
    assert.throws(() => parseAreaList(areas, 'North West, Bolton'), /not a local authority/);
  });

  test('a member with no value is left out of the mean and counted out of n, never as 0', () => {
    // Isles of Scilly's 2018/19 persistent absence of pupils with SEN is withheld (a small derived figure).
    const g = comparisonGroup(files.attendance, areas, { indicator: 'persistent-absence-sen', period: '201819', breakdown: 'Any special educational need' }, { kind: 'named', areas: ['Isles of Scilly', 'Cornwall', 'Devon'] });
    assert.equal(g.n, 2);
    assert.equal(g.values.find((v) => v.name === 'Isles of Scilly')!.status, 'c');
    const rows = files.attendance.cross('persistent-absence-sen', '201819', 'Any special educational need').filter((o) => g.members.some((a) => a.code === o.areaCode) && o.value !== null);
    assert.equal(g.mean, rows.reduce((t, o) => t + o.value!, 0) / rows.length);
  });
});
