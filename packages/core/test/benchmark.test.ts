// The benchmark engine over the committed extracts, checked against the published DfE CSVs.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, test } from 'node:test';
import { CsvTable } from '@inclusion-dashboard/pipeline';
import {
  AreaDirectory, benchmark, BenchmarkError, ObservationsExtract, quantile, readAreas, readNeighbours, wilson, Z95,
} from '../src/index';

const DATA = resolve(import.meta.dirname, '../../../../shared/data/real');
const EXTRACTS = resolve(import.meta.dirname, '../../sample-data/data');

const extract = (file: string) => new ObservationsExtract(readFileSync(resolve(EXTRACTS, file)));
const directory = new AreaDirectory(
  readAreas(readFileSync(resolve(EXTRACTS, 'areas.arrow'))),
  readNeighbours(readFileSync(resolve(EXTRACTS, 'neighbours.arrow'))),
);
const ehcp = extract('ehcp.arrow');
const attendance = extract('attendance.arrow');

// ehcp/ehcp_2025_timeliness_20_week.csv, one row per area and year ("All EHC plans issued").
const timeliness = CsvTable.read(resolve(DATA, 'ehcp/ehcp_2025_timeliness_20_week.csv'));
const allPlans = timeliness.rows.filter((r) => timeliness.get(r, 'breakdown_topic') === 'All EHC plans issued');
const ehcpRow = (year: string, level: string, code: string) => {
  const col = level === 'Regional' ? 'region_code' : 'old_la_code';
  const found = allPlans.filter((r) => timeliness.get(r, 'time_period') === year && timeliness.get(r, 'geographic_level') === level && (level === 'National' || timeliness.get(r, col) === code));
  assert.equal(found.length, 1, `one ${level} row for ${code} in ${year}`);
  const num = (c: string) => Number(timeliness.get(found[0], c));
  return { value: num('pc_plans_issued_within_20_weeks'), numerator: num('plans_issued_within_20_weeks'), denominator: num('plans_issued_den') };
};

// statistical_neighbours/statistical_neighbours_2025_long_derived.csv: Salford (355)'s ten neighbours, in rank order.
const sn = CsvTable.read(resolve(DATA, 'statistical_neighbours/statistical_neighbours_2025_long_derived.csv'));
const salfordNeighbours = sn.rows
  .filter((r) => sn.get(r, 'la_number') === '355')
  .map((r) => ({ rank: Number(sn.get(r, 'sn_rank')), la: sn.get(r, 'sn_la_number'), code: sn.get(r, 'sn_new_la_code') }))
  .sort((a, b) => a.rank - b.rank);

describe('benchmark: Salford, EHC plans issued within 20 weeks, 2024', () => {
  const b = benchmark(ehcp, directory, { indicator: 'ehcp-20-weeks', area: 'Salford', period: '2024' });
  const csv = ehcpRow('2024', 'Local authority', '355');

  test('value, numerator and denominator are the published figures', () => {
    assert.equal(b.area.code, 'E08000006');
    assert.equal(b.period, '2024');
    assert.equal(b.periodLabel, '2024');
    assert.equal(b.breakdown, 'Total');
    assert.deepEqual([b.value, b.numerator, b.denominator, b.status], [csv.value, csv.numerator, csv.denominator, null]);
    assert.deepEqual([csv.value, csv.numerator, csv.denominator], [50.1, 231, 461]);
  });

  test('England is 45.9 (the published national figure)', () => {
    assert.equal(b.england?.value, 45.9);
    assert.equal(b.england?.value, ehcpRow('2024', 'National', '').value);
    assert.equal(b.england?.code, 'E92000001');
  });

  test('region is North West, with the CSV\'s Regional row for E12000002', () => {
    assert.equal(b.region?.code, 'E12000002');
    assert.equal(b.region?.name, 'North West');
    assert.equal(b.region?.value, ehcpRow('2024', 'Regional', 'E12000002').value);
  });

  test('ten statistical neighbours from the 2025 model, each with its published value', () => {
    assert.equal(salfordNeighbours.length, 10);
    assert.equal(b.neighbours.model, '2025');
    assert.equal(b.neighbours.n, 10);
    assert.deepEqual(b.neighbours.values.map((v) => v.laCode), salfordNeighbours.map((n) => n.la));
    assert.deepEqual(b.neighbours.values.map((v) => v.rank), salfordNeighbours.map((n) => n.rank));
    // Sheffield (373) is listed with its current code E08000039 in the neighbour file.
    assert.deepEqual(b.neighbours.values.map((v) => v.code), salfordNeighbours.map((n) => n.code));
    for (const v of b.neighbours.values) {
      assert.equal(v.value, ehcpRow('2024', 'Local authority', v.laCode!).value, v.name);
      assert.equal(v.status, null, v.name);
    }
  });

  test('neighbour mean is the simple mean of the ten values', () => {
    const values = salfordNeighbours.map((n) => ehcpRow('2024', 'Local authority', n.la).value);
    const mean = values.reduce((a, v) => a + v, 0) / values.length;
    assert.ok(b.neighbours.mean !== null && Math.abs(b.neighbours.mean - mean) < 1e-9, `${b.neighbours.mean} vs ${mean}`);
  });

  test('rank, of and quartile band follow from the published LA figures', () => {
    // LAs with a figure: every number the file publishes (DfE did not suppress it, and nor do we).
    const shown = allPlans
      .filter((r) => timeliness.get(r, 'time_period') === '2024' && timeliness.get(r, 'geographic_level') === 'Local authority')
      .map((r) => Number(timeliness.get(r, 'pc_plans_issued_within_20_weeks')))
      .filter((v) => Number.isFinite(v));
    assert.ok(b.rank !== null && Number.isInteger(b.rank) && b.rank >= 1 && b.rank <= b.of, `rank ${b.rank} of ${b.of}`);
    assert.equal(b.of, shown.length);
    assert.equal(b.rank, 1 + shown.filter((v) => v > csv.value).length); // polarity high: higher is better
    const sorted = [...shown].sort((x, y) => x - y);
    assert.deepEqual(b.thresholds, [quantile(sorted, 0.25), quantile(sorted, 0.5), quantile(sorted, 0.75)]);
    assert.ok(b.band && ['A', 'B', 'C', 'D'].includes(b.band));
    const [q1, q2, q3] = b.thresholds!;
    assert.equal(b.band, csv.value >= q3 ? 'A' : csv.value >= q2 ? 'B' : csv.value >= q1 ? 'C' : 'D');
  });

  test('change since 2023 (both years after the 2023 series break)', () => {
    const prev = ehcpRow('2023', 'Local authority', '355').value;
    assert.equal(b.previous?.period, '2023');
    assert.equal(b.previous?.value, prev);
    assert.equal(b.change, Math.round((csv.value - prev) * 10) / 10);
    assert.equal(b.direction, csv.value > prev ? 'better' : csv.value < prev ? 'worse' : 'no change');
  });

  test('95% interval is the Wilson interval of 231 / 461, and the comparison with England follows it', () => {
    const w = wilson(csv.numerator, csv.denominator, Z95)!;
    assert.deepEqual(b.ci95, [w[0] * 100, w[1] * 100]);
    assert.ok(b.ci95![0] <= csv.value && csv.value <= b.ci95![1]);
    assert.ok(b.ci998![0] <= b.ci95![0] && b.ci95![1] <= b.ci998![1]);
    const e = b.england!.value!;
    assert.equal(b.comparison, b.ci95![0] > e ? 'better' : b.ci95![1] < e ? 'worse' : 'similar');
  });

  test('the same result by ONS code and by 3-digit LA number', () => {
    for (const area of ['E08000006', '355', 'salford']) {
      const again = benchmark(ehcp, directory, { indicator: 'ehcp-20-weeks', area, period: '2024' });
      assert.deepEqual([again.area.code, again.value, again.rank], [b.area.code, b.value, b.rank]);
    }
  });

  test('without a period, the latest period is used', () => {
    assert.equal(benchmark(ehcp, directory, { indicator: 'ehcp-20-weeks', area: 'Salford' }).period, '2024');
  });
});

describe('benchmark: other cases', () => {
  test('England EHCP 2024 excluding exceptions is 46.4; England has no rank', () => {
    const b = benchmark(ehcp, directory, { indicator: 'ehcp-20-weeks-excluding-exceptions', area: 'England', period: '2024' });
    assert.equal(b.value, 46.4);
    assert.equal(b.rank, null);
    assert.equal(b.band, null);
  });

  test('2023 is not compared with 2022 across the series break', () => {
    const b = benchmark(ehcp, directory, { indicator: 'ehcp-20-weeks', area: 'Salford', period: '2023' });
    assert.equal(b.previous?.period, '2022');
    assert.equal(b.change, null);
    assert.equal(b.direction, null);
    assert.ok(b.notes.some((n) => n.includes('2022')), b.notes.join(' | '));
  });

  test('Cumberland (formed 2023 from Cumbria) is not compared with earlier years', () => {
    const b = benchmark(ehcp, directory, { indicator: 'ehcp-20-weeks', area: '942', period: '2023' });
    assert.equal(b.area.name, 'Cumberland');
    assert.equal(b.value, ehcpRow('2023', 'Local authority', '942').value);
    assert.equal(b.previous, null);
    assert.ok(b.notes.some((n) => n.includes('predecessor')), b.notes.join(' | '));
  });

  test('Salford persistent absence 2022/23 (LAIT TotPerAbNew, year label 2023)', () => {
    const b = benchmark(attendance, directory, { indicator: 'persistent-absence', area: 'Salford', period: '202223' });
    assert.equal(b.value, 23.97);
    assert.equal(b.england?.value, 21.22);
    assert.equal(b.region?.value, 21.28); // LAIT 981, North West
    assert.equal(b.periodLabel, '2022/23');
    assert.ok(b.rank !== null && b.rank >= 1 && b.rank <= b.of);
    // Polarity low: lower is better.
    const las = attendance.cross('persistent-absence', '202223', 'Total', 'Local authority').filter((o) => o.value !== null);
    assert.equal(b.of, las.length);
    assert.equal(b.rank, 1 + las.filter((o) => o.value! < 23.97).length);
  });
});

describe('benchmark: unknown indicator, area, period or breakdown', () => {
  const expectError = (q: Parameters<typeof benchmark>[2], code: BenchmarkError['code'], includes: string) => {
    assert.throws(() => benchmark(ehcp, directory, q), (e: unknown) => {
      assert.ok(e instanceof BenchmarkError, String(e));
      assert.equal(e.code, code);
      assert.ok(e.choices.length > 0);
      assert.ok(e.choices.includes(includes), `${includes} in ${e.choices.slice(0, 12).join(', ')}…`);
      return true;
    });
  };

  test('unknown indicator lists the indicators', () => {
    expectError({ indicator: 'ehcp-20-week', area: 'Salford' }, 'unknown-indicator', 'ehcp-20-weeks');
  });

  test('unknown area lists the LAs', () => {
    expectError({ indicator: 'ehcp-20-weeks', area: 'Salfrod' }, 'unknown-area', 'Salford');
  });

  test('unknown period lists the periods', () => {
    expectError({ indicator: 'ehcp-20-weeks', area: 'Salford', period: '2013' }, 'unknown-period', '2024');
    expectError({ indicator: 'ehcp-20-weeks', area: 'Salford', period: '202324' }, 'unknown-period', '2014');
  });

  test('unknown breakdown lists the breakdowns', () => {
    expectError({ indicator: 'ehcp-20-weeks', area: 'Salford', breakdown: 'Primary' }, 'unknown-breakdown', 'Total');
  });
});
