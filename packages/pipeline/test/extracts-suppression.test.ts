// The publication rule: figures DfE published are shown as published, small numbers included; only figures the
// pipeline derives (PA by SEN from the unsuppressed absence bands) get small-number suppression. Missing-value
// symbols never become 0.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, test } from 'node:test';
import { tableFromIPC } from 'apache-arrow';
import { ENGLAND_CODE, parseCell, SUPPRESSION_RULE, type Observation } from '@inclusion-dashboard/core';
import { CURATED, EES_FIRST } from '../src/catalogue';
import { csv, EXTRACTS, extract, num, obs, one, rowsOf, THEMES, where } from './helpers';

const SUPPRESSED_SOURCES = ['persistent-absence-sen', 'persistent-absence-sen-primary', 'persistent-absence-sen-secondary', 'persistent-absence-sen-special'];
const themeOf = (id: string) => CURATED.find((m) => m.id === id)!.theme as Parameters<typeof extract>[0];
const rowsFor = (id: string): Observation[] => rowsOf(extract(themeOf(id))).filter((o) => o.indicator === id);

describe('published figures are shown as published (EHCP 2025 and 2023 files were released unsuppressed)', () => {
  const t = csv('ehcp/ehcp_2025_timeliness_20_week.csv');
  const all = where(t, { breakdown_topic: 'All EHC plans issued' });

  test('only derived indicators describe a suppression; EHC plan timeliness has none', () => {
    assert.deepEqual(SUPPRESSION_RULE, { minDenominator: 10, minCount: 5 });
    for (const m of CURATED) assert.equal(!!m.suppression, SUPPRESSED_SOURCES.includes(m.id), m.id);
  });

  test('Bristol 2019: 0.8% of new EHC plans within 20 weeks (3 of 395), as in LAIT, shown and not withheld', () => {
    const r = one(t, { time_period: '2019', old_la_code: '801', breakdown_topic: 'All EHC plans issued' });
    assert.deepEqual([num(t, r, 'plans_issued_within_20_weeks'), num(t, r, 'plans_issued_den')], [3, 395]);
    const o = obs('ehcp', 'ehcp-20-weeks', 'E06000023', '2019');
    assert.deepEqual([o.value, o.status, o.numerator, o.denominator], [num(t, r, 'pc_plans_issued_within_20_weeks'), null, 3, 395]);
    assert.equal(o.value, 0.8);
  });

  test('small counts DfE published are shown: City of London 2019 (2 plans, 100%), Isles of Scilly', () => {
    const r = one(t, { time_period: '2019', old_la_code: '201', breakdown_topic: 'All EHC plans issued' });
    assert.ok(num(t, r, 'plans_issued_den') < 10);
    const o = obs('ehcp', 'ehcp-20-weeks', 'E09000001', '2019');
    assert.deepEqual([o.value, o.status, o.denominator], [100, null, num(t, r, 'plans_issued_den')]);
    let n = 0;
    for (const r2 of where(t, { old_la_code: '420', breakdown_topic: 'All EHC plans issued' })) {
      const rate = parseCell(t.get(r2, 'pc_plans_issued_within_20_weeks'))!;
      const o2 = obs('ehcp', 'ehcp-20-weeks', 'E06000053', t.get(r2, 'time_period'));
      assert.deepEqual([o2.value, o2.status], [rate.value, rate.status], `Isles of Scilly ${t.get(r2, 'time_period')}`);
      n++;
    }
    assert.ok(n >= 5, String(n));
  });

  test('no EHC plan timeliness row is withheld (c): the files have no c, and we add none', () => {
    for (const r of all) assert.notEqual(t.get(r, 'pc_plans_issued_within_20_weeks'), 'c');
    for (const id of ['ehcp-20-weeks', 'ehcp-20-weeks-excluding-exceptions']) assert.equal(rowsFor(id).filter((o) => o.status === 'c').length, 0, id);
  });

  test('Salford 2014 (2023 SEN2 file): a numerator of 1 to 4 is shown as published', () => {
    const t23 = csv('ehcp/ehcp_2023_sen2_mi.csv');
    const r = one(t23, { time_period: '2014', old_la_code: '355' });
    const n = num(t23, r, 'inc_exc_20week_ehc');
    assert.ok(n >= 1 && n <= 4, String(n));
    const o = obs('ehcp', 'ehcp-20-weeks', 'E08000006', '2014');
    assert.deepEqual([o.value, o.status, o.numerator], [num(t23, r, 'inc_exc_20week_rate'), null, n]);
  });
});

describe('small-number suppression of what we derive (PA by SEN from the unsuppressed absence bands)', () => {
  test('no PA-by-SEN row has a value with a denominator under 10 or a numerator of 1 to 4', () => {
    for (const id of SUPPRESSED_SOURCES) {
      const rows = rowsFor(id);
      assert.ok(rows.length > 0);
      for (const o of rows) {
        if (o.value === null) continue;
        assert.ok(o.denominator !== null, `${id} ${o.areaName} ${o.period} ${o.breakdown}: a shown rate keeps its denominator`);
        assert.ok(o.denominator >= 10, `${id} ${o.areaName} ${o.period} ${o.breakdown}: ${o.value} over ${o.denominator}`);
        assert.ok(!(o.numerator !== null && o.numerator >= 1 && o.numerator <= 4), `${id} ${o.areaName} ${o.period}: numerator ${o.numerator}`);
      }
    }
  });

  test('no row of those indicators, shown or not, gives away a count of 1 to 4 or a denominator of 1 to 9', () => {
    for (const id of SUPPRESSED_SOURCES) {
      for (const o of rowsFor(id)) {
        const at = `${id} ${o.areaName} ${o.period} ${o.breakdown}`;
        assert.ok(!(o.numerator !== null && o.numerator >= 1 && o.numerator <= 4), `${at}: numerator ${o.numerator}`);
        assert.ok(!(o.denominator !== null && o.denominator >= 1 && o.denominator <= 9), `${at}: denominator ${o.denominator}`);
      }
    }
  });

  test('some PA-by-SEN cells are withheld (LAs, and even regions for special-school pupils with no SEN); England\'s never are', () => {
    const c = SUPPRESSED_SOURCES.filter((id) => id.startsWith('persistent')).flatMap(rowsFor).filter((o) => o.status === 'c');
    assert.ok(c.some((o) => o.level === 'Local authority'));
    assert.ok(c.filter((o) => o.level === 'Regional').every((o) => o.indicator === 'persistent-absence-sen-special' && o.breakdown === 'No identified special educational need'));
    assert.ok(c.every((o) => o.level !== 'National'));
  });

  test('sources that DfE suppressed themselves are not suppressed again (LAIT absence keeps small numbers as published)', () => {
    const rows = rowsOf(extract('attendance')).filter((o) => o.indicator === 'persistent-absence');
    assert.equal(rows.filter((o) => o.status === 'c').length, 0);
  });
});

describe('missing symbols never become 0', () => {
  test('in the stored Arrow columns, every row with a status has a null value (not 0, not NaN)', () => {
    for (const theme of THEMES) {
      const table = tableFromIPC(readFileSync(resolve(EXTRACTS, `${theme}.arrow`)));
      const value = table.getChild('value')!;
      const status = table.getChild('status')!;
      let withStatus = 0;
      for (let i = 0; i < table.numRows; i++) {
        const s = status.get(i) as string | null;
        const v = value.get(i) as number | null;
        if (s !== null) {
          withStatus++;
          assert.equal(v, null, `${theme} row ${i}: status ${s} but value ${v}`);
        } else {
          assert.ok(v !== null && Number.isFinite(v), `${theme} row ${i}: no status and no value`);
        }
      }
      if (theme !== 'ap') assert.ok(withStatus > 0, theme);
    }
  });

  test('LAIT "-" cells became status x: the counts match measure by measure', () => {
    const t = csv('lait/lait_benchmarks_absence_exclusions_sen_subset.csv');
    for (const m of CURATED) {
      if (!m.lait || EES_FIRST.has(m.id)) continue;
      const def = { meta: m };
      const codes = new Set(Object.values(m.lait));
      const dashes = t.rows.filter((r) => codes.has(t.get(r, 'measure_code')) && t.get(r, 'value_raw') === '-');
      assert.ok(dashes.every((r) => t.get(r, 'value') === ''), 'LAIT leaves value empty for "-"');
      // Exclusion measures also read an older EES file (its own "x" cells) for years before 2015/16.
      const x = rowsFor(def.meta.id).filter((o) => o.status === 'x' && (def.meta.theme !== 'exclusions' || o.period >= '201516'));
      assert.equal(x.length, dashes.length, def.meta.id);
      assert.ok(rowsFor(def.meta.id).every((o) => o.status === null || o.status === 'x'), `${def.meta.id}: LAIT has only "-"`);
    }
  });

  test('the older exclusions file\'s "x" and "." cells became status x, not 0', () => {
    const t = csv('exclusions/exclusions_by_geographic_level_nat_reg_la_200607_201617.csv');
    // Inner/Outer London regional rows (E13) are carried too, as sub-regional areas.
    const xs = t.rows.filter((r) => ['x', '.'].includes(t.get(r, 'fixed_excl_rate')) && t.get(r, 'time_period') < '201516');
    assert.ok(xs.some((r) => t.get(r, 'fixed_excl_rate') === '.') && xs.some((r) => t.get(r, 'fixed_excl_rate') === 'x'));
    assert.ok(xs.length > 0);
    const early = rowsFor('suspension-rate').filter((o) => o.period < '201516' && o.status === 'x');
    assert.equal(early.length, xs.length);
    assert.ok(early.every((o) => o.value === null));
  });

  test('"z" (not applicable) in the 2023 SEN2 file stays z', () => {
    const t = csv('ehcp/ehcp_2023_sen2_mi.csv');
    const zs = t.rows.filter((r) => t.get(r, 'time_period') < '2019' && t.get(r, 'inc_exc_20week_rate') === 'z');
    assert.ok(zs.length > 0);
    assert.equal(rowsFor('ehcp-20-weeks').filter((o) => o.status === 'z').length, zs.length);
  });

  test('"x" in the EHCP 2025 file stays x: Norfolk 2022', () => {
    const t = csv('ehcp/ehcp_2025_timeliness_20_week.csv');
    const r = one(t, { time_period: '2022', old_la_code: '926', breakdown_topic: 'All EHC plans issued' });
    assert.equal(t.get(r, 'pc_plans_issued_within_20_weeks'), 'x');
    const o = obs('ehcp', 'ehcp-20-weeks', 'E10000020', '2022');
    assert.deepEqual([o.value, o.status], [null, 'x']);
  });

  test('England 2019/20 persistent absence ("-" in LAIT: not collected) is x', () => {
    const o = obs('attendance', 'persistent-absence', ENGLAND_CODE, '201920');
    assert.deepEqual([o.value, o.status], [null, 'x']);
  });
});
