// Small-number suppression of sources DfE published unsuppressed, and missing-value symbols that must never become 0.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, test } from 'node:test';
import { tableFromIPC } from 'apache-arrow';
import { ENGLAND_CODE, parseCell, SUPPRESSION_RULE, type Observation } from '@inclusion-dashboard/core';
import { CATALOGUE } from '../src/catalogue';
import { csv, EXTRACTS, extract, num, obs, one, rowsOf, THEMES, where } from './helpers';

const SUPPRESSED_SOURCES = ['ehcp-20-weeks', 'ehcp-20-weeks-excluding-exceptions', 'persistent-absence-sen', 'persistent-absence-sen-primary', 'persistent-absence-sen-secondary', 'persistent-absence-sen-special'];
const themeOf = (id: string) => CATALOGUE.find((d) => d.meta.id === id)!.meta.theme as Parameters<typeof extract>[0];
const rowsFor = (id: string): Observation[] => rowsOf(extract(themeOf(id))).filter((o) => o.indicator === id);

describe('small-number suppression (EHCP 2025 and PA by SEN were published unsuppressed)', () => {
  const t = csv('ehcp/ehcp_2025_timeliness_20_week.csv');
  const all = where(t, { breakdown_topic: 'All EHC plans issued' });
  const COLS = ['plans_issued_den', 'plans_issued_within_20_weeks', 'pc_plans_issued_within_20_weeks', 'plans_issued_den_ex', 'plans_issued_20_weeks_ex', 'PC_plans_issued_20_weeks_ex'];

  test('the rule is: withhold when fewer than 10 are counted or 1 to 4 meet the measure', () => {
    assert.deepEqual(SUPPRESSION_RULE, { minDenominator: 10, minCount: 5 });
    for (const id of SUPPRESSED_SOURCES) assert.ok(CATALOGUE.find((d) => d.meta.id === id)!.meta.suppression, `${id} describes its suppression`);
  });

  test('the EHCP 2025 timeliness file is unsuppressed: no "c" anywhere, and small counts are published', () => {
    for (const r of all) for (const c of COLS) assert.notEqual(t.get(r, c), 'c', `line ${r.line} ${c}`);
    const small = all.filter((r) => t.get(r, 'geographic_level') === 'Local authority' && Number(t.get(r, 'plans_issued_den')) < 10 && parseCell(t.get(r, 'pc_plans_issued_within_20_weeks'))?.value != null);
    assert.ok(small.length > 0);
    // Mostly City of London and Isles of Scilly, but also Isle of Wight in 2024 (7 plans).
    const las = new Set(small.map((r) => t.get(r, 'old_la_code')));
    assert.ok(las.has('201') && las.has('420') && las.has('921'), [...las].join(', '));
    for (const r of small) {
      const area = { '201': 'E09000001', '420': 'E06000053', '921': 'E06000046' }[t.get(r, 'old_la_code')]!;
      const o = obs('ehcp', 'ehcp-20-weeks', area, t.get(r, 'time_period'));
      assert.deepEqual([o.value, o.status], [null, 'c'], `${t.get(r, 'la_name')} ${t.get(r, 'time_period')}`);
    }
  });

  test('City of London 2019: 2 plans, 100% in the file → withheld (c) in ehcp.arrow, counts too', () => {
    const r = one(t, { time_period: '2019', old_la_code: '201', breakdown_topic: 'All EHC plans issued' });
    assert.ok(num(t, r, 'plans_issued_den') < 10);
    assert.equal(num(t, r, 'pc_plans_issued_within_20_weeks'), 100);
    for (const id of ['ehcp-20-weeks', 'ehcp-20-weeks-excluding-exceptions']) {
      const o = obs('ehcp', id, 'E09000001', '2019');
      assert.deepEqual([o.value, o.status, o.numerator, o.denominator], [null, 'c', null, null], id);
    }
  });

  test('Isles of Scilly: every year with fewer than 10 plans and a published rate is withheld', () => {
    let n = 0;
    for (const r of where(t, { old_la_code: '420', breakdown_topic: 'All EHC plans issued' })) {
      const den = num(t, r, 'plans_issued_den');
      const rate = parseCell(t.get(r, 'pc_plans_issued_within_20_weeks'))!;
      if (den >= 10 || rate.value === null) continue;
      const o = obs('ehcp', 'ehcp-20-weeks', 'E06000053', t.get(r, 'time_period'));
      assert.deepEqual([o.value, o.status], [null, 'c'], `Isles of Scilly ${t.get(r, 'time_period')}`);
      n++;
    }
    assert.ok(n >= 2, String(n));
  });

  test('Salford 2014 (2023 SEN2 file): 1 plan of 41... within 20 weeks → withheld for the numerator of 1', () => {
    const t23 = csv('ehcp/ehcp_2023_sen2_mi.csv');
    const r = one(t23, { time_period: '2014', old_la_code: '355' });
    const n = num(t23, r, 'inc_exc_20week_ehc');
    assert.ok(n >= 1 && n <= 4, String(n));
    const o = obs('ehcp', 'ehcp-20-weeks', 'E08000006', '2014');
    assert.deepEqual([o.value, o.status, o.numerator], [null, 'c', null]);
  });

  test('no EHCP or PA-by-SEN row has a value with a denominator under 10 or a numerator of 1 to 4', () => {
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
    for (const def of CATALOGUE) {
      const lait = def.sources.find((s) => s.kind === 'lait');
      if (!lait || lait.kind !== 'lait') continue;
      const codes = new Set(Object.keys(lait.measures));
      const dashes = t.rows.filter((r) => codes.has(t.get(r, 'measure_code')) && !['987', '988'].includes(t.get(r, 'la_number')) && t.get(r, 'value_raw') === '-');
      assert.ok(dashes.every((r) => t.get(r, 'value') === ''), 'LAIT leaves value empty for "-"');
      // Exclusion measures also read an older EES file (its own "x" cells) for years before 2015/16.
      const x = rowsFor(def.meta.id).filter((o) => o.status === 'x' && (def.meta.theme !== 'exclusions' || o.period >= '201516'));
      assert.equal(x.length, dashes.length, def.meta.id);
      assert.ok(rowsFor(def.meta.id).every((o) => o.status === null || o.status === 'x'), `${def.meta.id}: LAIT has only "-"`);
    }
  });

  test('the older exclusions file\'s "x" and "." cells became status x, not 0', () => {
    const t = csv('exclusions/exclusions_by_geographic_level_nat_reg_la_200607_201617.csv');
    const xs = t.rows.filter((r) => ['x', '.'].includes(t.get(r, 'fixed_excl_rate')) && t.get(r, 'time_period') < '201516' &&
      // Inner/Outer London regional rows are not carried (London LAs list E13 region codes too, and are).
      !(t.get(r, 'geographic_level') === 'Regional' && t.get(r, 'region_code').startsWith('E13')));
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
