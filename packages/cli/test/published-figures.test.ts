// The CLI against figures read straight from DfE's published files: every case names the file, the row and the column.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { resolve } from 'node:path';
import { CsvTable } from '@inclusion-dashboard/pipeline';
import { main } from '../src/main';

const DATA = resolve(import.meta.dirname, '../../../../shared/data/real');
const EXTRACTS = resolve(import.meta.dirname, '../../sample-data/data');

const tables = new Map<string, CsvTable>();
function table(file: string): CsvTable {
  if (!tables.has(file)) tables.set(file, CsvTable.read(resolve(DATA, file)));
  return tables.get(file)!;
}

/** The one raw cell of `column` in the row of `file` matching every filter. */
function published(file: string, filters: Record<string, string>, column: string): string {
  const t = table(file);
  const rows = t.rows.filter((r) => Object.entries(filters).every(([k, v]) => t.get(r, k).trim() === v));
  assert.equal(rows.length, 1, `${file}: expected one row for ${JSON.stringify(filters)}, found ${rows.length}`);
  return t.get(rows[0], column).trim();
}

const LAIT = 'lait/lait_benchmarks_absence_exclusions_sen_subset.csv';
const lait = (measure: string, year: string, la: string) => published(LAIT, { measure_code: measure, year_label: year, la_number: la }, 'value');

async function cli(...args: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const code = await main(args, { out: (s) => (out += s), err: (s) => (err += s) });
  return { code, out, err };
}

async function bench(indicator: string, area: string, period: string, extra: string[] = []) {
  const r = await cli('benchmark', '--extract', EXTRACTS, '--indicator', indicator, '--area', area, '--period', period, '--json', ...extra);
  assert.equal(r.code, 0, r.err);
  return JSON.parse(r.out);
}

const round = (raw: string, dp: number) => Math.round(Number(raw) * 10 ** dp + 1e-9) / 10 ** dp;

interface Case {
  name: string;
  indicator: string;
  area: string;
  period: string;
  breakdown?: string;
  source: () => string;
  england?: () => string;
  dp: number;
}

const EHCP25 = 'ehcp/ehcp_2025_timeliness_20_week.csv';
const ALL_PLANS = { breakdown_topic: 'All EHC plans issued' };
const EXCL = 'exclusions/exclusions_by_geographic_level_nat_reg_la_200607_201617.csv';
const BANDS = 'absence/absence_bands_by_sen_phase_la_derived.csv';
const PRU = 'absence/absence_2term_pru_la.csv';
const APC = 'alternative_provision/ap_census_la_funded_placements_201718_202223.csv';
const AP_TOTAL = { gender: 'Total', age: 'Total', ethnicity_minor: 'Total', fsm: 'Total' };

const CASES: Case[] = [
  // Attendance
  { name: 'Salford persistent absence 2022/23 (LAIT 2023)', indicator: 'persistent-absence', area: 'Salford', period: '2022/23', dp: 2, source: () => lait('TotPerAbNew', '2023', '355'), england: () => lait('TotPerAbNew', '2023', '970') },
  { name: 'Kent primary overall absence 2018/19', indicator: 'PriTotAbs', area: '886', period: '201819', dp: 2, source: () => lait('PriTotAbs', '2019', '886') },
  { name: 'Camden secondary persistent absence 2023/24', indicator: 'persistent-absence', area: 'E09000007', period: '2023/24', breakdown: 'Secondary', dp: 2, source: () => lait('SFSecPerAbNew', '2024', '202') },
  { name: 'Manchester severe persistent absence 2024/25', indicator: 'TotSevPerAbNew', area: 'Manchester', period: '2024/25', dp: 2, source: () => lait('TotSevPerAbNew', '2025', '352') },
  { name: 'Cumbria (predecessor) persistent absence 2021/22', indicator: 'persistent-absence', area: '909', period: '2021/22', dp: 2, source: () => lait('TotPerAbNew', '2022', '909') },
  { name: 'Salford PA, pupils with SEN, 2022/23 (absence distributions)', indicator: 'persistent-absence-sen', area: 'Salford', period: '202223', breakdown: 'Any special educational need', dp: 2,
    source: () => published(BANDS, { time_period: '202223', old_la_code: '355', school_type: 'Total', sen_status: 'Any special educational need' }, 'enrolments_pa_10_percent') },
  // Exclusions
  { name: 'Salford suspension rate 2018/19: "7.25% … compared to 5.36% nationally"', indicator: 'TotFixedEx', area: 'Salford', period: '2018/19', dp: 2, source: () => lait('TotFixedEx', '2018/19', '355'), england: () => lait('TotFixedEx', '2018/19', '970') },
  { name: 'Birmingham permanent exclusion rate 2022/23', indicator: 'permanent-exclusion-rate', area: 'Birmingham', period: '2022/23', dp: 2, source: () => lait('TotPermEx', '2022/23', '330') },
  { name: 'Leeds secondary suspensions 2023/24', indicator: 'SecFixedEx', area: 'Leeds', period: '2023/24', dp: 2, source: () => lait('SecFixedEx', '2023/24', '383') },
  { name: 'Northamptonshire (predecessor) suspension rate 2019/20', indicator: 'suspension-rate', area: '928', period: '2019/20', dp: 2, source: () => lait('TotFixedEx', '2019/20', '928') },
  { name: 'Poole (predecessor) pupils with one or more suspensions 2016/17', indicator: 'one-or-more-suspensions', area: '836', period: '2016/17', dp: 2, source: () => lait('Total_ Pup_FixedEx', '2016/17', '836') },
  { name: 'Salford suspension rate 2010/11 (2016/17 release)', indicator: 'suspension-rate', area: 'Salford', period: '2010/11', dp: 2,
    source: () => published(EXCL, { time_period: '201011', old_la_code: '355', school_type: 'Total' }, 'fixed_excl_rate'),
    england: () => published(EXCL, { time_period: '201011', geographic_level: 'National', school_type: 'Total' }, 'fixed_excl_rate') },
  { name: 'Kent permanent exclusion rate 2008/09 (2016/17 release)', indicator: 'permanent-exclusion-rate', area: 'Kent', period: '200809', dp: 2,
    source: () => published(EXCL, { time_period: '200809', old_la_code: '886', school_type: 'Total' }, 'perm_excl_rate') },
  // Alternative provision
  { name: 'Salford pupils in LA-funded AP 2022/23', indicator: 'ap-la-funded-pupils', area: 'Salford', period: '2022/23', dp: 0,
    source: () => published(APC, { time_period: '202223', old_la_code: '355', ...AP_TOTAL }, 'number_of_pupils') },
  { name: 'Kent school-arranged AP placements 2022/23', indicator: 'ap-school-arranged-placements', area: 'Kent', period: '2022/23', dp: 0,
    source: () => published('alternative_provision/spc_school_arranged_ap_setting_202223.csv', { old_la_code: '886', setting_type: 'Total' }, 'placements') },
  { name: 'Manchester PRU absence 2022/23', indicator: 'pru-absence', area: 'Manchester', period: '2022/23', dp: 2,
    source: () => published(PRU, { time_period: '202223', old_la_code: '352' }, 'sess_overall_percent') },
  { name: 'Salford PRU persistent absence 2022/23', indicator: 'pru-persistent-absence', area: 'Salford', period: '2022/23', dp: 2,
    source: () => published(PRU, { time_period: '202223', old_la_code: '355' }, 'enrolments_pa_10_exact_percent'),
    england: () => published(PRU, { time_period: '202223', geographic_level: 'National' }, 'enrolments_pa_10_exact_percent') },
  // EHCP timeliness
  { name: 'Salford EHC plans within 20 weeks 2024', indicator: 'ehcp-20-weeks', area: 'E08000006', period: '2024', dp: 1,
    source: () => published(EHCP25, { time_period: '2024', old_la_code: '355', ...ALL_PLANS }, 'pc_plans_issued_within_20_weeks'),
    england: () => published(EHCP25, { time_period: '2024', geographic_level: 'National', ...ALL_PLANS }, 'pc_plans_issued_within_20_weeks') },
  { name: 'Salford EHC plans within 20 weeks excluding exceptions 2024 (LAIT code)', indicator: 'SEN_EHC_Excpt_20wks', area: 'Salford', period: '2024', dp: 1,
    source: () => published(EHCP25, { time_period: '2024', old_la_code: '355', ...ALL_PLANS }, 'PC_plans_issued_20_weeks_ex') },
  { name: 'Cumbria (predecessor) EHC plans within 20 weeks 2022', indicator: 'ehcp-20-weeks', area: 'Cumbria', period: '2022', dp: 1,
    source: () => published(EHCP25, { time_period: '2022', old_la_code: '909', ...ALL_PLANS }, 'pc_plans_issued_within_20_weeks') },
  { name: 'Westmorland and Furness EHC plans within 20 weeks 2024', indicator: 'ehcp-20-weeks', area: '943', period: '2024', dp: 1,
    source: () => published(EHCP25, { time_period: '2024', old_la_code: '943', ...ALL_PLANS }, 'pc_plans_issued_within_20_weeks') },
  { name: 'Salford EHC plans within 20 weeks 2016 (2023 release)', indicator: 'ehcp-20-weeks', area: 'Salford', period: '2016', dp: 1,
    source: () => published('ehcp/ehcp_2023_sen2_mi.csv', { time_period: '2016', old_la_code: '355' }, 'inc_exc_20week_rate') },
  // Context
  { name: 'Salford pupils with an EHC plan, January 2025', indicator: 'ehcp-rate', area: 'Salford', period: '2024/25', dp: 1, source: () => lait('SEN_TotStat', '2025', '355') },
  { name: 'Salford SEND Tribunal appeal rate 2023', indicator: 'tribunal-appeal-rate', area: 'Salford', period: '2023', dp: 2, source: () => lait('SEN_AppealableDec', '2023', '355') },
];

describe('CLI benchmark reproduces published figures', () => {
  for (const c of CASES) {
    it(c.name, async () => {
      const b = await bench(c.indicator, c.area, c.period, c.breakdown ? ['--breakdown', c.breakdown] : []);
      assert.equal(b.status, null);
      assert.equal(b.value, round(c.source(), c.dp));
      if (c.england) assert.equal(b.england, round(c.england(), c.dp));
      assert.ok(b.rank >= 1 && b.rank <= b.of, `rank ${b.rank} of ${b.of}`);
    });
  }

  it('has at least 20 cases across all four themes', () => {
    assert.ok(CASES.length >= 20);
  });

  it('shows and ranks a figure DfE published unsuppressed, however small the count (Isles of Scilly 2024)', async () => {
    // DfE published this unsuppressed: Isles of Scilly issued fewer than 10 plans in 2024. It is shown as published.
    const den = Number(published(EHCP25, { time_period: '2024', old_la_code: '420', ...ALL_PLANS }, 'plans_issued_den'));
    assert.ok(den < 10);
    const b = await bench('ehcp-20-weeks', 'Isles of Scilly', '2024');
    assert.equal(b.value, round(published(EHCP25, { time_period: '2024', old_la_code: '420', ...ALL_PLANS }, 'pc_plans_issued_within_20_weeks'), 1));
    assert.equal(b.status, null);
    assert.ok(b.rank >= 1 && b.rank <= b.of);
    const salford = await bench('ehcp-20-weeks', 'Salford', '2024');
    const published2024 = table(EHCP25).rows.filter((r) => table(EHCP25).get(r, 'time_period') === '2024' && table(EHCP25).get(r, 'geographic_level') === 'Local authority' && table(EHCP25).get(r, 'breakdown_topic') === 'All EHC plans issued' && Number.isFinite(Number(table(EHCP25).get(r, 'pc_plans_issued_within_20_weeks'))));
    assert.equal(salford.of, published2024.length, 'every LA with a published figure is ranked');
  });

  it('Bristol 2019: 0.8% of new EHC plans within 20 weeks (3 of 395), shown and ranked, as in LAIT', async () => {
    const b = await bench('ehcp-20-weeks', '801', '2019');
    assert.equal(b.value, 0.8);
    assert.equal(b.status, null);
    assert.equal(Number(published(EHCP25, { time_period: '2019', old_la_code: '801', ...ALL_PLANS }, 'plans_issued_within_20_weeks')), 3);
    assert.equal(Number(published(EHCP25, { time_period: '2019', old_la_code: '801', ...ALL_PLANS }, 'plans_issued_den')), 395);
    assert.equal(b.value, Number(lait('SEN_EHC_All_20wks', '2019', '801')));
    assert.ok(Number.isInteger(b.rank) && b.rank === b.of, `rank ${b.rank} of ${b.of}: the lowest in England`);
  });

  it('gives the statistical-neighbour mean with how many neighbours it used', async () => {
    const b = await bench('ehcp-20-weeks', 'Salford', '2024');
    assert.equal(b.neighbours.n, 10);
    const values = b.neighbours.values.map((v: { value: number }) => v.value);
    const mean = values.reduce((a: number, v: number) => a + v, 0) / values.length;
    assert.equal(b.neighbours.mean, Math.round(mean * 10) / 10);
    for (const v of b.neighbours.values) {
      assert.equal(v.value, round(published(EHCP25, { time_period: '2024', old_la_code: v.laCode, ...ALL_PLANS }, 'pc_plans_issued_within_20_weeks'), 1));
    }
  });

  it('does not compare across a boundary change or a series break', async () => {
    const wf = await bench('ehcp-20-weeks', 'Westmorland and Furness', '2023');
    assert.equal(wf.change, null);
    assert.match(wf.notes.join(' '), /predecessor/);
    const pa = await bench('persistent-absence', 'Salford', '2020/21');
    assert.equal(pa.change, null);
    assert.match(pa.notes.join(' '), /COVID-19/);
    const ehcp = await bench('ehcp-20-weeks', 'Salford', '2023');
    assert.equal(ehcp.change, null);
    assert.match(ehcp.notes.join(' '), /person-level/);
  });

  it('gives Wilson confidence intervals and a comparison with England where counts are known', async () => {
    const b = await bench('ehcp-20-weeks', 'Salford', '2024');
    assert.ok(b.ci95[0] < b.value && b.value < b.ci95[1]);
    assert.ok(b.ci998[0] < b.ci95[0] && b.ci95[1] < b.ci998[1]);
    assert.ok(['better', 'similar', 'worse'].includes(b.comparison));
    assert.ok(b.funnel.ci95[0] < b.england && b.england < b.funnel.ci95[1]);
  });
});

describe('CLI arguments', () => {
  it('accepts the period as 201819, 2018/19 and the latest by default', async () => {
    const a = await bench('suspension-rate', 'Salford', '201819');
    const b = await bench('suspension-rate', 'Salford', '2018/19');
    assert.deepEqual(a, b);
    const latest = await cli('benchmark', '--extract', EXTRACTS, '--indicator', 'suspension-rate', '--area', 'Salford', '--json');
    assert.equal(JSON.parse(latest.out).periodLabel, '2023/24');
  });

  it('prints every field the JSON contract names', async () => {
    const b = await bench('ehcp-20-weeks', 'Salford', '2024');
    for (const k of ['value', 'england', 'region', 'neighbours', 'rank', 'of', 'band', 'change', 'direction', 'ci95', 'comparison', 'status']) {
      assert.ok(k in b, k);
    }
    for (const k of ['mean', 'n', 'values']) assert.ok(k in b.neighbours, k);
  });

  for (const [what, args, expected] of [
    ['indicator', ['--indicator', 'ehcp-20-wekes', '--area', 'Salford'], /No indicator "ehcp-20-wekes"[\s\S]*Nearest valid choices: ehcp-20-weeks/],
    ['area', ['--indicator', 'ehcp-20-weeks', '--area', 'Salfrod'], /No area "Salfrod"[\s\S]*Nearest valid choices: Salford/],
    ['period', ['--indicator', 'ehcp-20-weeks', '--area', 'Salford', '--period', '2030'], /Nearest valid choices: .*2024/],
  ] as const) {
    it(`exits non-zero with the nearest choices for an unknown ${what}`, async () => {
      const r = await cli('benchmark', '--extract', EXTRACTS, ...args);
      assert.notEqual(r.code, 0);
      assert.match(r.err, expected);
    });
  }

  it('lists indicators with unit, polarity, decimals and periods', async () => {
    const r = await cli('indicators', '--extract', EXTRACTS, '--json');
    assert.equal(r.code, 0);
    const list = JSON.parse(r.out);
    const e = list.find((i: { id: string }) => i.id === 'ehcp-20-weeks');
    assert.deepEqual([e.unit, e.polarity], ['percent', 'high']);
    assert.deepEqual(e.periods.slice(-2), ['2023', '2024']);
    // A catalogue lists no decimals: the full description of one indicator gives them.
    const one = JSON.parse((await cli('indicators', '--extract', EXTRACTS, '--indicator', 'ehcp-20-weeks', '--json')).out);
    assert.equal(one.decimals, 1);
    const text = await cli('indicators', '--extract', EXTRACTS);
    assert.match(text.out, /suspension-rate\s+Suspension rate\s+exclusions\s+percent\s+low\s+LA/);
  });
});
