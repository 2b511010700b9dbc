// Figures in the committed extracts read back exactly as published in the DfE files they come from.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { AreaDirectory, ENGLAND_CODE, isStatus, parseCell, type Observation } from '@inclusion-dashboard/core';
import { CURATED, EES_FIRST } from '../src/catalogue';
import type { CsvRow, CsvTable } from '../src/csv';
import { areas, csv, extract, num, obs, one, rowsOf, THEMES, where } from './helpers';

const directory = new AreaDirectory(areas());
const SALFORD = 'E08000006';
const themeOf = (id: string) => CURATED.find((m) => m.id === id)!.theme;

/** The extract's observation for a cell, or undefined. */
const lookup = (() => {
  const index = new Map<string, Observation>();
  for (const theme of THEMES) {
    const x = extract(theme);
    for (let i = 0; i < x.rowCount; i++) {
      const o = x.row(i);
      index.set(`${o.indicator}|${o.period}|${o.areaCode}|${o.breakdown}`, o);
    }
  }
  return (indicator: string, period: string, areaCode: string, breakdown = 'Total') => index.get(`${indicator}|${period}|${areaCode}|${breakdown}`);
})();

/** The area an EES row is about, keyed on old_la_code / region_code, as SOURCES.md advises. */
function eesAreaCode(t: CsvTable, r: CsvRow): string | null {
  const level = t.get(r, 'geographic_level');
  if (level === 'National') return ENGLAND_CODE;
  if (level === 'Regional') return t.get(r, 'region_code'); // E13: Inner and Outer London, carried as areas
  const a = directory.find(t.get(r, 'old_la_code'));
  assert.ok(a?.level === 'Local authority', `LA ${t.get(r, 'old_la_code')}`);
  return a.code;
}

/** The published small-number rule for sources DfE released unsuppressed (EHCP 2025, PA by SEN). */
const withheld = (numerator: number | null, denominator: number | null) =>
  (denominator !== null && denominator < 10) || (numerator !== null && numerator >= 1 && numerator <= 4);

/** Checks a published cell against the extract: the number, or no value with the symbol's status. */
function expectCell(o: Observation | undefined, raw: string, where: string, opts: { numerator?: string; denominator?: string; suppress?: boolean } = {}) {
  assert.ok(o, `no extract row for ${where}`);
  const cell = parseCell(raw);
  assert.ok(cell, `${where}: "${raw}"`);
  const n = opts.numerator === undefined ? null : parseCell(opts.numerator)!.value;
  const d = opts.denominator === undefined ? null : parseCell(opts.denominator)!.value;
  if (cell.value !== null && opts.suppress && withheld(n, d)) {
    assert.deepEqual([o.value, o.status, o.numerator], [null, 'c', null], where);
    return 'suppressed';
  }
  assert.equal(o.value, cell.value, where);
  assert.equal(o.status, cell.status, where);
  if (opts.numerator !== undefined) assert.equal(o.numerator, n, `${where} numerator`);
  if (opts.denominator !== undefined) assert.equal(o.denominator, d, `${where} denominator`);
  return cell.value === null ? 'missing' : 'value';
}

describe('EHC plans issued within 20 weeks', () => {
  const t = csv('ehcp/ehcp_2025_timeliness_20_week.csv');
  const all = where(t, { breakdown_topic: 'All EHC plans issued' });

  test('Salford 2024 (old_la_code 355): value, numerator and denominator as published', () => {
    const r = one(t, { time_period: '2024', old_la_code: '355', breakdown_topic: 'All EHC plans issued' });
    const o = obs('ehcp', 'ehcp-20-weeks', SALFORD, '2024');
    assert.deepEqual(
      [o.value, o.numerator, o.denominator, o.status, o.laCode, o.areaName],
      [num(t, r, 'pc_plans_issued_within_20_weeks'), num(t, r, 'plans_issued_within_20_weeks'), num(t, r, 'plans_issued_den'), null, '355', 'Salford'],
    );
    const ex = obs('ehcp', 'ehcp-20-weeks-excluding-exceptions', SALFORD, '2024');
    assert.deepEqual(
      [ex.value, ex.numerator, ex.denominator],
      [num(t, r, 'PC_plans_issued_20_weeks_ex'), num(t, r, 'plans_issued_20_weeks_ex'), num(t, r, 'plans_issued_den_ex')],
    );
  });

  test('England 2024: 45.9% including exceptions, 46.4% excluding (SOURCES.md)', () => {
    const r = one(t, { time_period: '2024', geographic_level: 'National', breakdown_topic: 'All EHC plans issued' });
    assert.equal(obs('ehcp', 'ehcp-20-weeks', ENGLAND_CODE, '2024').value, 45.9);
    assert.equal(obs('ehcp', 'ehcp-20-weeks-excluding-exceptions', ENGLAND_CODE, '2024').value, 46.4);
    assert.equal(num(t, r, 'pc_plans_issued_within_20_weeks'), 45.9);
    assert.equal(num(t, r, 'PC_plans_issued_20_weeks_ex'), 46.4);
  });

  test('every area-year of the 2025 file (2019–2024) is in ehcp.arrow exactly as published: DfE did not suppress it, nor do we', () => {
    const tally: Record<string, number> = {};
    for (const r of all) {
      const area = eesAreaCode(t, r)!;
      const at = `${t.file} line ${r.line}`;
      for (const [id, v, n, d] of [
        ['ehcp-20-weeks', 'pc_plans_issued_within_20_weeks', 'plans_issued_within_20_weeks', 'plans_issued_den'],
        ['ehcp-20-weeks-excluding-exceptions', 'PC_plans_issued_20_weeks_ex', 'plans_issued_20_weeks_ex', 'plans_issued_den_ex'],
      ]) {
        const k = expectCell(lookup(id, t.get(r, 'time_period'), area), t.get(r, v), `${id} ${at}`, { numerator: t.get(r, n), denominator: t.get(r, d) });
        tally[k] = (tally[k] ?? 0) + 1;
      }
    }
    assert.equal(all.length, 970);
    assert.ok(tally.value > 1900 && !tally.suppressed && tally.missing > 0, JSON.stringify(tally));
  });

  test('years before 2019 come from the 2023 SEN2 file: Salford 2018', () => {
    const t23 = csv('ehcp/ehcp_2023_sen2_mi.csv');
    const r = one(t23, { time_period: '2018', old_la_code: '355' });
    const o = obs('ehcp', 'ehcp-20-weeks', SALFORD, '2018');
    assert.deepEqual([o.value, o.numerator, o.denominator], [num(t23, r, 'inc_exc_20week_rate'), num(t23, r, 'inc_exc_20week_ehc'), num(t23, r, 'tot_inc_exc_ehc')]);
    const ex = obs('ehcp', 'ehcp-20-weeks-excluding-exceptions', SALFORD, '2018');
    assert.deepEqual([ex.value, ex.numerator, ex.denominator], [num(t23, r, 'no_exc_20week_rate'), num(t23, r, 'no_exc_20week_ehc'), num(t23, r, 'tot_no_exc_ehc')]);
  });

  test('every area-year 2014–2018 of the 2023 SEN2 file is in ehcp.arrow', () => {
    const t23 = csv('ehcp/ehcp_2023_sen2_mi.csv');
    let n = 0;
    for (const r of t23.rows) {
      const year = t23.get(r, 'time_period');
      if (year >= '2019') continue;
      const area = eesAreaCode(t23, r);
      if (!area) continue;
      expectCell(lookup('ehcp-20-weeks', year, area), t23.get(r, 'inc_exc_20week_rate'), `${t23.file} line ${r.line}`,
        { numerator: t23.get(r, 'inc_exc_20week_ehc'), denominator: t23.get(r, 'tot_inc_exc_ehc') });
      n++;
    }
    assert.equal(n, 810);
  });

  test('the 2023 and 2025 files agree for 2019–2022 (SOURCES.md), so the choice of source does not matter', () => {
    const t23 = csv('ehcp/ehcp_2023_sen2_mi.csv');
    let compared = 0;
    for (const r of t23.rows) {
      const year = t23.get(r, 'time_period');
      if (year < '2019' || t23.get(r, 'geographic_level') !== 'Local authority') continue;
      const a = parseCell(t23.get(r, 'inc_exc_20week_rate'))!;
      const r25 = where(t, { time_period: year, old_la_code: t23.get(r, 'old_la_code'), breakdown_topic: 'All EHC plans issued' });
      if (a.value === null || r25.length !== 1) continue;
      const b = parseCell(t.get(r25[0], 'pc_plans_issued_within_20_weeks'))!;
      if (b.value === null) continue;
      // The 2023 file carries more decimals (" 47.665"); the 2025 file rounds to one.
      assert.ok(Math.abs(a.value - b.value) <= 0.05 + 1e-9, `${t23.get(r, 'la_name')} ${year}: ${a.value} vs ${b.value}`);
      compared++;
    }
    assert.ok(compared > 500, String(compared));
  });
});

describe('LAIT measures (lait_benchmarks_absence_exclusions_sen_subset.csv)', () => {
  const t = csv('lait/lait_benchmarks_absence_exclusions_sen_subset.csv');
  // LAIT year labels (SOURCES.md): absence and January-census measures name the ending year, exclusions use
  // "2015/16", EHCP and tribunal measures are calendar years.
  const YEARS: Record<string, (label: string) => string> = {};
  const ending = (l: string) => `${Number(l) - 1}${l.slice(2)}`;
  const slash = (l: string) => l.replace('/', '');
  const calendar = (l: string) => l;
  for (const id of ['overall-absence', 'persistent-absence', 'severe-persistent-absence', 'ehcp-rate', 'sen-support-rate']) YEARS[id] = ending;
  for (const id of ['suspension-rate', 'permanent-exclusion-rate', 'one-or-more-suspensions']) YEARS[id] = slash;
  YEARS['tribunal-appeal-rate'] = calendar;

  test('the year-label rules above cover every LAIT-sourced indicator', () => {
    const lait = CURATED.filter((m) => m.lait && !EES_FIRST.has(m.id)).map((m) => m.id).sort();
    assert.deepEqual(lait, Object.keys(YEARS).sort());
  });

  test('Salford persistent absence 2022/23 = LAIT TotPerAbNew, year label 2023', () => {
    const r = one(t, { measure_code: 'TotPerAbNew', year_label: '2023', la_number: '355' });
    assert.equal(obs('attendance', 'persistent-absence', SALFORD, '202223').value, num(t, r, 'value'));
    assert.equal(num(t, r, 'value'), 23.97);
  });

  test('England persistent absence 2016/17 to 2022/23 = 10.79, 11.17, 10.86, 12.08, 22.51, 21.22 (SOURCES.md); 2019/20 not available', () => {
    const series = extract('attendance').series('persistent-absence', ENGLAND_CODE).map((o) => [o.period, o.value, o.status]);
    for (const [p, v] of [['201617', 10.79], ['201718', 11.17], ['201819', 10.86], ['202021', 12.08], ['202122', 22.51], ['202223', 21.22]] as const) {
      assert.deepEqual(series.find((s) => s[0] === p), [p, v, null]);
    }
    assert.deepEqual(series.find((s) => s[0] === '201920'), ['201920', null, 'x']);
  });

  test('Salford suspension rate 2018/19 = LAIT TotFixedEx "2018/19", and its phases', () => {
    for (const [code, phase] of [['TotFixedEx', 'Total'], ['PriFixedEx', 'Primary'], ['SecFixedEx', 'Secondary'], ['SpecFixedEx', 'Special']]) {
      const r = one(t, { measure_code: code, year_label: '2018/19', la_number: '355' });
      expectCell(obs('exclusions', 'suspension-rate', SALFORD, '201819', phase), t.get(r, 'value') || t.get(r, 'value_raw'), `${code} line ${r.line}`);
    }
    assert.equal(obs('exclusions', 'suspension-rate', SALFORD, '201819').value, 7.24686);
  });

  test('Salford EHC plan rate (SEN_TotStat, label 2025 = 2024/25) and tribunal appeal rate (SEN_AppealableDec, calendar 2024)', () => {
    assert.equal(obs('context', 'ehcp-rate', SALFORD, '202425').value, num(t, one(t, { measure_code: 'SEN_TotStat', year_label: '2025', la_number: '355' }), 'value'));
    assert.equal(obs('context', 'tribunal-appeal-rate', SALFORD, '2024').value, num(t, one(t, { measure_code: 'SEN_AppealableDec', year_label: '2024', la_number: '355' }), 'value'));
  });

  test('every LAIT cell of every LAIT-sourced indicator is in the extracts: its number, or status x for "-"', () => {
    let checked = 0;
    let dashes = 0;
    for (const m of CURATED) {
      if (!m.lait || EES_FIRST.has(m.id)) continue;
      const def = { meta: m };
      const breakdownOf = new Map(Object.entries(m.lait).map(([b, code]) => [code, b]));
      for (const r of t.rows) {
        const breakdown = breakdownOf.get(t.get(r, 'measure_code'));
        if (breakdown === undefined) continue;
        const la = t.get(r, 'la_number');
        const area = la === '987' ? directory.find('E13000001') : la === '988' ? directory.find('E13000002') : la === '970' ? directory.find(ENGLAND_CODE) : t.get(r, 'geographic_level') === 'Regional' ? directory.find(t.get(r, 'area_name')) : directory.find(la);
        assert.ok(area, `line ${r.line}: area ${la} ${t.get(r, 'area_name')}`);
        const period = YEARS[def.meta.id](t.get(r, 'year_label'));
        // LAIT's float noise (3.6999999999999997) is read to 15 significant digits: the published 3.7.
        const raw = t.get(r, 'value') === '' ? t.get(r, 'value_raw') : String(Number(Number(t.get(r, 'value')).toPrecision(15)));
        if (raw === '-') dashes++;
        expectCell(lookup(def.meta.id, period, area.code, breakdown), raw, `${def.meta.id} ${t.file} line ${r.line}`);
        checked++;
      }
    }
    assert.ok(checked > 40000 && dashes > 1000, `${checked} cells, ${dashes} dashes`);
  });

  test('LAIT\'s EHCP timeliness measures agree with the EES figures in ehcp.arrow (SOURCES.md)', () => {
    let compared = 0;
    for (const [id, code] of [['ehcp-20-weeks', 'SEN_EHC_All_20wks'], ['ehcp-20-weeks-excluding-exceptions', 'SEN_EHC_Excpt_20wks']]) {
      assert.equal(CURATED.find((m) => m.id === id)!.lait?.Total, code);
      for (const r of where(t, { measure_code: code })) {
        const la = t.get(r, 'la_number');
        const area = la === '970' ? directory.find(ENGLAND_CODE) : t.get(r, 'geographic_level') === 'Regional' ? directory.find(t.get(r, 'area_name')) : directory.find(la);
        const o = area && lookup(id, t.get(r, 'year_label'), area.code);
        const v = parseCell(t.get(r, 'value'));
        if (!o || o.value === null || !v || v.value === null) continue;
        assert.ok(Math.abs(o.value - v.value) <= 0.05 + 1e-9, `${id} ${t.get(r, 'area_name')} ${t.get(r, 'year_label')}: ${o.value} vs LAIT ${v.value}`);
        compared++;
      }
    }
    assert.ok(compared > 2000, String(compared));
  });
});

describe('suspensions and exclusions before 2015/16 (exclusions_by_geographic_level_nat_reg_la_200607_201617.csv)', () => {
  const t = csv('exclusions/exclusions_by_geographic_level_nat_reg_la_200607_201617.csv');
  const PHASE: Record<string, string> = { Total: 'Total', 'State-funded primary': 'Primary', 'State-funded secondary': 'Secondary', Special: 'Special' };

  test('Salford suspension rate 2010/11: fixed_excl_rate, with fixed_excl and headcount', () => {
    const r = one(t, { time_period: '201011', old_la_code: '355', school_type: 'Total' });
    const o = obs('exclusions', 'suspension-rate', SALFORD, '201011');
    assert.deepEqual([o.value, o.numerator, o.denominator], [num(t, r, 'fixed_excl_rate'), num(t, r, 'fixed_excl'), num(t, r, 'headcount')]);
    assert.deepEqual([o.value, o.numerator, o.denominator], [2.35, 728, 30937]);
    const p = one(t, { time_period: '201011', old_la_code: '355', school_type: 'State-funded primary' });
    assert.equal(obs('exclusions', 'suspension-rate', SALFORD, '201011', 'Primary').value, num(t, p, 'fixed_excl_rate'));
  });

  test('every row from 2006/07 to 2014/15, for all three measures and four school types', () => {
    let n = 0;
    for (const r of t.rows) {
      const period = t.get(r, 'time_period');
      const area = eesAreaCode(t, r);
      if (period >= '201516' || !area) continue;
      for (const [id, v, c] of [['suspension-rate', 'fixed_excl_rate', 'fixed_excl'], ['permanent-exclusion-rate', 'perm_excl_rate', 'perm_excl'], ['one-or-more-suspensions', 'one_plus_fixed_rate', 'one_plus_fixed']]) {
        expectCell(lookup(id, period, area, PHASE[t.get(r, 'school_type')]), t.get(r, v), `${id} line ${r.line}`, { numerator: t.get(r, c), denominator: t.get(r, 'headcount') });
        n++;
      }
    }
    assert.ok(n > 15000, String(n));
  });

  test('from 2015/16 the LAIT figures are used, not this file', () => {
    const r = one(t, { time_period: '201516', old_la_code: '355', school_type: 'Total' });
    const o = obs('exclusions', 'suspension-rate', SALFORD, '201516');
    assert.equal(o.numerator, null); // LAIT has rates only
    assert.ok(Math.abs(o.value! - num(t, r, 'fixed_excl_rate')) < 0.01, `${o.value} vs ${num(t, r, 'fixed_excl_rate')}`);
  });

  test('national suspension rates by SEN provision (exclusions_by_characteristic_national_201112_201617.csv)', () => {
    const c = csv('exclusions/exclusions_by_characteristic_national_201112_201617.csv');
    const r = one(c, { time_period: '201617', school_type: 'Total', characteristic: 'SEN provision SEN with statement EHC' });
    const o = obs('exclusions', 'suspension-rate-sen', ENGLAND_CODE, '201617', 'EHC plan or statement');
    assert.deepEqual([o.value, o.numerator, o.denominator], [num(c, r, 'fixed_excl_rate'), num(c, r, 'fixed_excl'), num(c, r, 'headcount')]);
    // The national total agrees with the geographic file's England row.
    assert.equal(obs('exclusions', 'suspension-rate-sen', ENGLAND_CODE, '201617').value, num(t, one(t, { time_period: '201617', geographic_level: 'National', school_type: 'Total' }), 'fixed_excl_rate'));
  });
});

describe('alternative provision', () => {
  test('LA-funded AP pupils: every all-pupils total in the AP census file (gender, age, ethnicity and FSM all "Total")', () => {
    const t = csv('alternative_provision/ap_census_la_funded_placements_201718_202223.csv');
    const totals = where(t, { gender: 'Total', age: 'Total', ethnicity_minor: 'Total', fsm: 'Total' });
    let n = 0;
    for (const r of totals) {
      const area = eesAreaCode(t, r);
      if (!area) continue;
      expectCell(lookup('ap-la-funded-pupils', t.get(r, 'time_period'), area), t.get(r, 'number_of_pupils'), `line ${r.line}`);
      n++;
    }
    assert.equal(n, rowsOfIndicator('ap', 'ap-la-funded-pupils').length);
    const salford = one(t, { time_period: '202223', old_la_code: '355', gender: 'Total', age: 'Total', ethnicity_minor: 'Total', fsm: 'Total' });
    assert.equal(obs('ap', 'ap-la-funded-pupils', SALFORD, '202223').value, num(t, salford, 'number_of_pupils'));
    assert.equal(obs('ap', 'ap-la-funded-pupils', ENGLAND_CODE, '202223').value, 40904);
  });

  test('school-arranged AP placements 2022/23 (setting_type Total)', () => {
    const t = csv('alternative_provision/spc_school_arranged_ap_setting_202223.csv');
    for (const r of where(t, { setting_type: 'Total' })) {
      const area = eesAreaCode(t, r);
      if (area) expectCell(lookup('ap-school-arranged-placements', t.get(r, 'time_period'), area), t.get(r, 'placements'), `line ${r.line}`);
    }
  });

  test('PRU absence and PRU persistent absence: every row of absence_2term_pru_la.csv, with sessions and enrolments', () => {
    const t = csv('absence/absence_2term_pru_la.csv');
    let n = 0;
    for (const r of t.rows) {
      const area = eesAreaCode(t, r);
      if (!area) continue;
      const p = t.get(r, 'time_period');
      expectCell(lookup('pru-absence', p, area), t.get(r, 'sess_overall_percent'), `pru-absence line ${r.line}`, { numerator: t.get(r, 'sess_overall'), denominator: t.get(r, 'sess_possible') });
      expectCell(lookup('pru-persistent-absence', p, area), t.get(r, 'enrolments_pa_10_exact_percent'), `pru-pa line ${r.line}`, { numerator: t.get(r, 'enrolments_pa_10_exact'), denominator: t.get(r, 'enrolments') });
      n++;
    }
    assert.equal(n, rowsOfIndicator('ap', 'pru-absence').length);
    const r = one(t, { time_period: '202223', old_la_code: '355' });
    assert.equal(obs('ap', 'pru-absence', SALFORD, '202223').value, num(t, r, 'sess_overall_percent'));
  });

  test('KS4 sustained destinations of AP pupils (national, percentages)', () => {
    const t = csv('alternative_provision/ks4_destinations_national_201011_202122_prov.csv');
    const rows = where(t, { institution_group: 'Alternative provision', breakdown_topic: 'Total', data_type: 'Percentage' });
    for (const r of rows) {
      expectCell(lookup('ks4-sustained-destination-ap', t.get(r, 'time_period'), ENGLAND_CODE, t.get(r, 'institution_type')), t.get(r, 'overall'), `line ${r.line}`);
    }
    assert.equal(rows.length, rowsOfIndicator('ap', 'ks4-sustained-destination-ap').length);
  });
});

describe('persistent absence by SEN status (absence_bands_by_sen_phase_la_derived.csv)', () => {
  const t = csv('absence/absence_bands_by_sen_phase_la_derived.csv');
  const ID: Record<string, string> = {
    Total: 'persistent-absence-sen', 'State-funded primary': 'persistent-absence-sen-primary',
    'State-funded secondary': 'persistent-absence-sen-secondary', Special: 'persistent-absence-sen-special',
  };

  test('national totals equal LAIT\'s published persistent absence rates', () => {
    for (const [p, v] of [['201617', 10.79], ['201718', 11.17], ['201819', 10.86], ['202021', 12.08], ['202122', 22.51], ['202223', 21.22]] as const) {
      assert.equal(obs('attendance', 'persistent-absence-sen', ENGLAND_CODE, p).value, v, p);
    }
  });

  test('Salford 2022/23, pupils with any SEN: the derived percentage with enrolments_pa_10 and enrolments', () => {
    const r = one(t, { time_period: '202223', old_la_code: '355', school_type: 'Total', sen_status: 'Any special educational need' });
    const o = obs('attendance', 'persistent-absence-sen', SALFORD, '202223', 'Any special educational need');
    assert.deepEqual([o.value, o.numerator, o.denominator], [num(t, r, 'enrolments_pa_10_percent'), num(t, r, 'enrolments_pa_10'), num(t, r, 'enrolments')]);
  });

  test('every row, for all four phases and four SEN statuses, as published or withheld as a small number', () => {
    const tally: Record<string, number> = {};
    for (const r of t.rows) {
      const area = eesAreaCode(t, r);
      if (!area) continue;
      const id = ID[t.get(r, 'school_type')];
      assert.ok(id, t.get(r, 'school_type'));
      const k = expectCell(lookup(id, t.get(r, 'time_period'), area, t.get(r, 'sen_status')), t.get(r, 'enrolments_pa_10_percent'), `${id} line ${r.line}`,
        { numerator: t.get(r, 'enrolments_pa_10'), denominator: t.get(r, 'enrolments'), suppress: true });
      tally[k] = (tally[k] ?? 0) + 1;
    }
    const total = Object.values(ID).reduce((a, id) => a + rowsOfIndicator('attendance', id).length, 0);
    assert.equal(Object.values(tally).reduce((a, b) => a + b, 0), total);
    assert.ok(tally.suppressed > 0, JSON.stringify(tally));
  });
});

describe('extract contents', () => {
  test('every indicator in the catalogue has rows in its theme\'s extract, and nothing else is there', () => {
    for (const theme of THEMES) {
      const ids = CURATED.filter((m) => m.theme === theme).map((m) => m.id).sort();
      assert.deepEqual(extract(theme).meta.indicators.map((m) => m.id).sort(), ids, theme);
      const seen = new Set<string>();
      const x = extract(theme);
      for (let i = 0; i < x.rowCount; i++) seen.add(x.row(i).indicator);
      assert.deepEqual([...seen].sort(), ids, theme);
    }
  });

  test('every status is one of the five; periods and labels agree', () => {
    for (const theme of THEMES) {
      const x = extract(theme);
      for (let i = 0; i < x.rowCount; i++) {
        const o = x.row(i);
        assert.ok(o.status === null || isStatus(o.status));
        assert.equal(o.periodLabel, o.period.length === 6 ? `${o.period.slice(0, 4)}/${o.period.slice(4)}` : o.period);
        assert.equal(themeOf(o.indicator), theme);
      }
    }
  });
});

function rowsOfIndicator(theme: (typeof THEMES)[number], id: string): Observation[] {
  return rowsOf(extract(theme)).filter((o) => o.indicator === id);
}
