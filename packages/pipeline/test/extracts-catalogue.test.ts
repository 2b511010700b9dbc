// The catalogue and the per-indicator extracts: every listed file is there, read back as published; the EES
// files beyond the curated indicators; derived rates and their suppression.
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { tableFromIPC } from 'apache-arrow';
import { AreaDirectory, ENGLAND_CODE, findInCatalogue, mustSuppress, ObservationsExtract, parseCatalogue, parseCell, readAreas, type Observation } from '@inclusion-dashboard/core';
import { csv, EXTRACTS, num, one, where } from './helpers';

const catalogue = parseCatalogue(JSON.parse(readFileSync(join(EXTRACTS, 'catalogue.json'), 'utf8')));
const areas = new AreaDirectory(readAreas(readFileSync(join(EXTRACTS, 'areas.arrow'))));
const cache = new Map<string, ObservationsExtract>();
const extract = (id: string) => {
  let x = cache.get(id);
  if (!x) cache.set(id, (x = new ObservationsExtract(readFileSync(join(EXTRACTS, `indicators/${id}.arrow`)))));
  return x;
};
const cell = (id: string, area: string, period: string, breakdown = 'Total'): Observation => {
  const found = extract(id).series(id, area, breakdown).filter((o) => o.period === period);
  assert.equal(found.length, 1, `${id} ${area} ${period} ${breakdown}: ${found.length} rows`);
  return found[0];
};
const SALFORD = 'E08000006';
const INNER_2016 = 14.5; // lait_bds_long.parquet: PrevRegCPR, 2016, LA Number 987

describe('catalogue.json', () => {
  test('sorted, unique ids; every file exists with the listed size; nothing else in indicators/', () => {
    const ids = catalogue.indicators.map((i) => i.id);
    assert.deepEqual(ids, [...ids].sort());
    assert.equal(new Set(ids).size, ids.length);
    for (const i of catalogue.indicators) {
      assert.equal(statSync(join(EXTRACTS, i.file)).size, i.bytes, i.id);
      const x = extract(i.id);
      assert.equal(x.rowCount, i.rows, i.id);
      assert.deepEqual(x.meta.indicators.map((m) => m.id), [i.id]);
      assert.equal(x.meta.areas, '../areas.arrow');
      assert.ok(catalogue.themes.some((t) => t.id === i.theme), i.id);
    }
    // Each indicator's whole extract and its latest-figures extract (extracts-latest.test.ts), and nothing else.
    assert.deepEqual(readdirSync(join(EXTRACTS, 'indicators')).sort(), catalogue.indicators.flatMap((i) => [i.file, i.latest!.file]).map((f) => f.replace('indicators/', '')).sort());
    assert.ok(existsSync(join(EXTRACTS, catalogue.areas)) && existsSync(join(EXTRACTS, catalogue.neighbours)));
  });

  test('columns empty for an indicator are left out: a LAIT measure has no counts; an EHCP rate keeps them', () => {
    const names = (id: string) => tableFromIPC(readFileSync(join(EXTRACTS, `indicators/${id}.arrow`))).schema.fields.map((f) => f.name);
    const lait = findInCatalogue(catalogue, 'SEN_CASES_JAN')!.entry.id;
    assert.ok(!names(lait).includes('numerator') && !names(lait).includes('denominator'), names(lait).join());
    assert.ok(names('ehcp-20-weeks').includes('numerator') && names('ehcp-20-weeks').includes('denominator'));
  });

  test('LAIT codes resolve to curated indicators and their breakdowns, and to generated ones', () => {
    assert.deepEqual([findInCatalogue(catalogue, 'SFPriPerAbNew')?.entry.id, findInCatalogue(catalogue, 'SFPriPerAbNew')?.breakdown], ['persistent-absence', 'Primary']);
    assert.equal(findInCatalogue(catalogue, 'sen_ehc_all_20wks')?.entry.id, 'ehcp-20-weeks');
    assert.equal(findInCatalogue(catalogue, 'SEN_CASES_JAN')?.entry.id, 'lait-sen-cases-jan');
  });
});

describe('EES files beyond the curated indicators', () => {
  test('KS4 destinations keep their published decimal: state-place funded AP 2021/22 is 58.8, not 59', () => {
    const o = cell('ks4-sustained-destination-ap', ENGLAND_CODE, '202122', 'State-place funded alternative provision');
    assert.equal(o.value, 58.8);
    assert.equal(catalogue.indicators.find((i) => i.id === 'ks4-sustained-destination-ap')!.decimals, 1);
    assert.equal(cell('ks4-sustained-ap', ENGLAND_CODE, '202122', 'State-place funded alternative provision').value, 58.8);
  });

  test('absence of children in need, by phase including AP: Salford as published, with its counts', () => {
    const t = csv('absence/cin_cla_absence_la_201819_202425.csv');
    let n = 0;
    for (const r of where(t, { old_la_code: '355', social_care_group: 'CINO at 31 March' })) {
      const phase = { Total: 'Total', 'State-funded primary': 'Primary', 'State-funded secondary': 'Secondary', Special: 'Special', 'State-funded alternative provision school': 'Alternative provision' }[t.get(r, 'phase_type_grouping')]!;
      const o = cell('cin-absence', SALFORD, t.get(r, 'time_period'), phase);
      const c = parseCell(t.get(r, 'pt_overall'))!;
      assert.deepEqual([o.value, o.status], [c.value, c.status], `line ${r.line}`);
      n++;
    }
    assert.ok(n >= 30, String(n));
  });

  test('in-year attendance 2025/26 and 2024/25: every row as published', () => {
    for (const year of ['202425', '202526']) {
      const t = csv(`absence/attendance_ytd_${year}_la_phase.csv`);
      for (const r of t.rows) {
        const level = t.get(r, 'geographic_level');
        const area = level === 'National' ? ENGLAND_CODE : level === 'Regional' ? t.get(r, 'region_code') : areas.find(t.get(r, 'old_la_code'))!.code;
        const o = cell('attendance-ytd-persistent-absence', area, year, t.get(r, 'education_phase'));
        const c = parseCell(t.get(r, 'pa_perc'))!;
        assert.deepEqual([o.value, o.status], [c.value, c.status], `${year} line ${r.line}`);
      }
    }
  });

  test('EHC plans by setting: Salford January 2025, AP or PRU as published', () => {
    const t = csv('ehcp/ehcp_2025_caseload.csv');
    const r = one(t, { time_period: '202425', old_la_code: '355', breakdown_topic: 'All EHC plans' });
    assert.equal(cell('ehcp-caseload-by-setting', SALFORD, '202425', 'Alternative provision or PRU').value, num(t, r, 'ap_pru_total'));
    assert.equal(cell('ehcp-caseload-by-setting', SALFORD, '202425').value, num(t, r, 'ehcplans'));
  });

  test('Inner and Outer London are areas with figures where a file publishes them', () => {
    assert.equal(areas.find('E13000001')?.level, 'Sub-regional');
    // LAIT's 987 (Inner London): children becoming subject to a child protection plan for a second time, year to March 2016.
    assert.equal(cell('lait-prevregcpr', 'E13000001', '201516').value, INNER_2016);
    const t = csv('exclusions/exclusions_by_geographic_level_nat_reg_la_200607_201617.csv');
    const r = one(t, { time_period: '201314', geographic_level: 'Regional', region_code: 'E13000002', school_type: 'Total' });
    assert.equal(cell('suspension-rate', 'E13000002', '201314').value, num(t, r, 'fixed_excl_rate'));
  });
});

describe('derived rates: AP placements per 10,000 pupils (not published by DfE, so suppressed when small)', () => {
  const ap = csv('alternative_provision/ap_census_la_funded_placements_201718_202223.csv');
  const bands = csv('absence/absence_bands_by_sen_phase_la_derived.csv');

  test('Salford 2022/23: placements ÷ pupil enrolments × 10,000, to one decimal, with both counts', () => {
    const n = num(ap, one(ap, { time_period: '202223', old_la_code: '355', gender: 'Total', age: 'Total', ethnicity_minor: 'Total', fsm: 'Total' }), 'number_of_pupils');
    const d = num(bands, one(bands, { time_period: '202223', old_la_code: '355', school_type: 'Total', sen_status: 'Total' }), 'enrolments');
    const o = cell('ap-la-funded-pupils-per-10000', SALFORD, '202223');
    assert.deepEqual([o.value, o.numerator, o.denominator], [Math.round((n / d) * 100_000) / 10, n, d]);
  });

  test('no shown rate rests on 1 to 4 placements; those are withheld (c), and the catalogue says derived', () => {
    const x = extract('ap-la-funded-pupils-per-10000');
    let withheld = 0;
    for (let i = 0; i < x.rowCount; i++) {
      const o = x.row(i);
      if (o.status === 'c') { withheld++; assert.equal(o.numerator, null); continue; }
      if (o.value !== null) assert.ok(!mustSuppress(o.numerator, o.denominator), `${o.areaName} ${o.period}`);
    }
    assert.ok(withheld > 0, 'some LAs have 1 to 4 pupils in LA-funded AP');
    assert.equal(catalogue.indicators.find((i) => i.id === 'ap-la-funded-pupils-per-10000')!.derived, true);
  });
});
