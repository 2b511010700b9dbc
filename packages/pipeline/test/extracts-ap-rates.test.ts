// Issue 12: "Counts that depend on an LA's size (AP placements) also get a rate per 10,000 pupils from published pupil
// numbers, so ranks and neighbour averages compare like with like." Every derived AP rate, every row: the published
// count over the published pupil enrolments × 10,000 to one decimal, or withheld (c) when the counts are small.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { AreaDirectory, benchmark, ObservationsExtract, readAreas, readNeighbours } from '@inclusion-dashboard/core';
import { DERIVED_RATES } from '../src/derived';
import { csv, EXTRACTS, num, one } from './helpers';

const catalogue = JSON.parse(readFileSync(join(EXTRACTS, 'catalogue.json'), 'utf8')) as { indicators: { id: string; file: string; derived?: boolean }[] };
const load = (id: string) => new ObservationsExtract(readFileSync(join(EXTRACTS, catalogue.indicators.find((i) => i.id === id)!.file)));
const areas = new AreaDirectory(readAreas(readFileSync(join(EXTRACTS, 'areas.arrow'))), readNeighbours(readFileSync(join(EXTRACTS, 'neighbours.arrow'))));

test('every AP count has a rate per 10,000 pupils: placements (AP census, school-arranged) and school-arranged pupils', () => {
  assert.deepEqual(DERIVED_RATES.map((d) => d.count).sort(), ['ap-la-funded-pupils', 'ap-school-arranged-placements', 'ap-school-arranged-pupils']);
  for (const d of DERIVED_RATES) {
    const entry = catalogue.indicators.find((i) => i.id === d.id);
    assert.ok(entry?.derived, `${d.id} is in the catalogue, marked derived`);
    const rate = load(d.id);
    const count = load(d.count);
    let shown = 0;
    for (let i = 0; i < rate.rowCount; i++) {
      const o = rate.row(i);
      const c = count.series(d.count, o.areaCode, 'Total').find((x) => x.period === o.period)!;
      if (o.value === null) {
        assert.equal(o.status, c.value === null ? (c.status ?? 'x') : 'c', `${d.id} ${o.areaCode} ${o.period}`);
        continue;
      }
      assert.equal(o.numerator, c.value, `${d.id} ${o.areaCode} ${o.period}: the published count`);
      assert.ok(o.numerator! === 0 || o.numerator! >= 5, 'no shown rate on 1 to 4');
      assert.equal(o.value, Math.round((o.numerator! / o.denominator!) * 100_000) / 10, `${d.id} ${o.areaCode} ${o.period}`);
      shown++;
    }
    assert.ok(shown > 50, `${d.id}: ${shown} rates shown`);
  }
});

test('Salford 2022/23 school-arranged AP pupils per 10,000: the characteristics file over the school census enrolments, ranked', () => {
  const ap = csv('alternative_provision/spc_school_arranged_ap_characteristics_202223.csv');
  const bands = csv('absence/absence_bands_by_sen_phase_la_derived.csv');
  // The file repeats each characteristic under the grouping "Total"; the all-pupils row is Total three times over.
  const n = num(ap, one(ap, { time_period: '202223', old_la_code: '355', setting_type: 'Total', characteristic_grouping: 'Total', pupil_characteristic: 'Total' }), 'pupils');
  assert.equal(n, 126);
  const d = num(bands, one(bands, { time_period: '202223', old_la_code: '355', school_type: 'Total', sen_status: 'Total' }), 'enrolments');
  const b = benchmark(load('ap-school-arranged-pupils-per-10000'), areas, { indicator: 'ap-school-arranged-pupils-per-10000', area: 'Salford', period: '202223' });
  assert.deepEqual([b.value, b.numerator, b.denominator], [Math.round((n / d) * 100_000) / 10, n, d]);
  assert.ok(b.rank !== null && b.of > 50 && b.neighbours.n > 0, 'ranked among LAs, with a neighbour average');
  // The count itself, as published (it read 4, the first of the repeated rows, before the entry named the total row).
  const count = benchmark(load('ap-school-arranged-pupils'), areas, { indicator: 'ap-school-arranged-pupils', area: 'Salford', period: '202223' });
  assert.equal(count.value, 126);
  const eng = one(ap, { time_period: '202223', geographic_level: 'National', setting_type: 'Total', characteristic_grouping: 'Total', pupil_characteristic: 'Total' });
  assert.equal(count.england?.value, num(ap, eng, 'pupils'));
});
