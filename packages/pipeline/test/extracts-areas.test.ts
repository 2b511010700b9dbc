// Areas, boundary changes and code changes: rows are joined on the stable 3-digit LA code and carry current codes.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, test } from 'node:test';
import { AreaDirectory, ENGLAND_CODE, periodStart, readNeighbours, type Observation } from '@inclusion-dashboard/core';
import { areas, csv, EXTRACTS, extract, num, obs, one, rowsOf, THEMES, where } from './helpers';

const AREAS = areas();
const directory = new AreaDirectory(AREAS);
const byLa = (la: string) => {
  const a = AREAS.find((x) => x.laCode === la);
  assert.ok(a, `area ${la}`);
  return a;
};
const ALL: Observation[] = THEMES.flatMap((t) => rowsOf(extract(t)));
const rowsOfArea = (code: string) => ALL.filter((o) => o.areaCode === code);

describe('areas.arrow', () => {
  const current = csv('lookups/la_lookup_current_derived.csv');
  const regions = csv('lookups/dfe_regions.csv');

  test('England, 9 regions, Inner and Outer London, the 153 live LAs and 7 predecessors', () => {
    assert.equal(AREAS.length, 172);
    // Inner and Outer London are statistical sub-regions of London, never an LA's region.
    assert.deepEqual(AREAS.filter((a) => a.level === 'Sub-regional').map((a) => [a.code, a.name, a.regionCode]),
      [['E13000001', 'Inner London', 'E12000007'], ['E13000002', 'Outer London', 'E12000007']]);
    assert.ok(AREAS.filter((a) => a.level === 'Local authority' && a.regionName === 'London').every((a) => a.regionCode === 'E12000007'));
    assert.deepEqual(AREAS.filter((a) => a.level === 'National').map((a) => a.code), [ENGLAND_CODE]);
    const e12 = regions.rows.map((r) => regions.get(r, 'region_code')).filter((c) => c.startsWith('E12')).sort();
    assert.deepEqual(AREAS.filter((a) => a.level === 'Regional').map((a) => a.code).sort(), e12);
    assert.equal(e12.length, 9);
    const live = AREAS.filter((a) => a.level === 'Local authority' && a.live);
    assert.equal(live.length, 153);
    assert.equal(current.rows.length, 153);
    // The live LAs are exactly those of la_lookup_current_derived.csv, with the same current codes.
    assert.deepEqual(
      live.map((a) => `${a.laCode} ${a.code}`).sort(),
      current.rows.map((r) => `${current.get(r, 'old_la_code')} ${current.get(r, 'new_la_code')}`).sort(),
    );
    assert.equal(AREAS.filter((a) => a.level === 'Local authority' && !a.live).length, 7);
  });

  test('predecessors and their successors (SOURCES.md caveat 1)', () => {
    const expected: Record<string, string[]> = {
      '820': ['822', '823'], '875': ['895', '896'], '835': ['838'], '836': ['839'], '837': ['839'], '928': ['940', '941'], '909': ['942', '943'],
    };
    const terminated = AREAS.filter((a) => a.level === 'Local authority' && !a.live);
    assert.deepEqual(Object.fromEntries(terminated.map((a) => [a.laCode, a.successors])), expected);
    for (const [from, tos] of Object.entries(expected)) for (const to of tos) assert.ok(byLa(to).predecessors.includes(from), `${to} from ${from}`);
  });

  test('Cumbria (909) ended 31 March 2023 and became Cumberland (942) and Westmorland and Furness (943)', () => {
    const cumbria = byLa('909');
    assert.deepEqual([cumbria.code, cumbria.name, cumbria.live, cumbria.to, cumbria.successors], ['E10000006', 'Cumbria', false, '2023-03-31', ['942', '943']]);
    assert.deepEqual([byLa('942').name, byLa('942').predecessors, byLa('942').from], ['Cumberland', ['909'], '2023-04-01']);
    assert.deepEqual([byLa('943').name, byLa('943').predecessors], ['Westmorland and Furness', ['909']]);
  });

  test('code changes keep the LA and record the former code', () => {
    const cases: [string, string, string][] = [
      ['815', 'E06000065', 'E10000023'], // North Yorkshire, 2023
      ['370', 'E08000038', 'E08000016'], // Barnsley, May 2025
      ['373', 'E08000039', 'E08000019'], // Sheffield, May 2025
      ['825', 'E06000060', 'E10000002'], // Buckinghamshire, 2020
      ['933', 'E06000066', 'E10000027'], // Somerset, 2023
    ];
    for (const [la, code, former] of cases) {
      const a = byLa(la);
      assert.equal(a.code, code, a.name);
      assert.ok(a.formerCodes.includes(former), `${a.name}: ${a.formerCodes}`);
      assert.equal(directory.find(former), a);
    }
  });

  test('every LA\'s region is one of the nine; LAIT\'s names (e.g. "Durham") find the LA', () => {
    for (const a of AREAS.filter((x) => x.level === 'Local authority')) assert.equal(directory.find(a.regionCode!)?.level, 'Regional', a.name);
    for (const r of current.rows) {
      assert.equal(directory.find(current.get(r, 'lait_la_name'))?.laCode, current.get(r, 'old_la_code'), current.get(r, 'lait_la_name'));
    }
    assert.equal(directory.find('Durham')?.code, 'E06000047');
    // "Dorset" is both the county (835, to 2019) and the unitary authority (838): the name means the live one.
    assert.equal(directory.find('Dorset')?.laCode, '838');
    assert.equal(directory.find('835')?.name, 'Dorset');
  });
});

describe('neighbours.arrow', () => {
  const links = readNeighbours(readFileSync(resolve(EXTRACTS, 'neighbours.arrow')));

  test('one link per row of the 2021 and 2025 long neighbour files', () => {
    const n21 = csv('statistical_neighbours/statistical_neighbours_2021_long_derived.csv').rows.length;
    const n25 = csv('statistical_neighbours/statistical_neighbours_2025_long_derived.csv').rows.length;
    assert.deepEqual([n21, n25], [1560, 1580]);
    assert.equal(links.filter((l) => l.model === '2021').length, n21);
    assert.equal(links.filter((l) => l.model === '2025').length, n25);
  });

  test('Salford\'s 2025 neighbours in rank order, with closeness normalised', () => {
    const t = csv('statistical_neighbours/statistical_neighbours_2025_long_derived.csv');
    const expected = where(t, { la_number: '355' }).map((r) => [Number(t.get(r, 'sn_rank')), t.get(r, 'sn_la_number'), t.get(r, 'closeness')]);
    const got = links.filter((l) => l.model === '2025' && l.laCode === '355').map((l) => [l.rank, l.neighbour, l.closeness]);
    assert.deepEqual(got, expected);
    // The files mix "Very close" / "Very Close"; the extract has one spelling of each.
    const spellings = [...new Set(links.map((l) => l.closeness))].sort();
    assert.ok(spellings.every((c) => c === c.charAt(0).toUpperCase() + c.slice(1).toLowerCase()), spellings.join(', '));
    for (const file of ['2021', '2025']) {
      const f = csv(`statistical_neighbours/statistical_neighbours_${file}_long_derived.csv`);
      const raw = new Set(f.rows.map((r) => f.get(r, 'closeness').trim().toLowerCase()));
      for (const c of raw) assert.ok(spellings.some((s) => s.toLowerCase() === c), c);
    }
    assert.ok(new Set(csv('statistical_neighbours/statistical_neighbours_2025_long_derived.csv').rows.map((r) => r.cells.at(-1))).size > spellings.length);
  });
});

describe('extract rows join on old_la_code and carry current codes', () => {
  test('every row\'s area is in areas.arrow, with its level, LA number and name', () => {
    const byCode = new Map(AREAS.map((a) => [a.code, a]));
    for (const o of ALL) {
      const a = byCode.get(o.areaCode);
      assert.ok(a, `${o.indicator} ${o.areaCode}`);
      assert.deepEqual([o.level, o.laCode, o.areaName], [a.level, a.laCode, a.name], o.areaCode);
    }
  });

  test('no row uses a former code', () => {
    const former = new Set(AREAS.flatMap((a) => a.formerCodes));
    assert.ok(former.has('E10000023') && former.has('E08000016'));
    assert.deepEqual(ALL.filter((o) => former.has(o.areaCode)).map((o) => `${o.indicator} ${o.areaCode}`).slice(0, 5), []);
  });

  test('North Yorkshire 2010/11: source row has E10000023, the extract E06000065', () => {
    const t = csv('exclusions/exclusions_by_geographic_level_nat_reg_la_200607_201617.csv');
    const r = one(t, { time_period: '201011', old_la_code: '815', school_type: 'Total' });
    assert.equal(t.get(r, 'new_la_code'), 'E10000023');
    const o = obs('exclusions', 'suspension-rate', 'E06000065', '201011');
    assert.deepEqual([o.value, o.numerator, o.laCode, o.areaName], [num(t, r, 'fixed_excl_rate'), num(t, r, 'fixed_excl'), '815', 'North Yorkshire']);
  });

  test('North Yorkshire and Barnsley EHCP 2024: the 2025 release still uses E10000023 and E08000016', () => {
    const t = csv('ehcp/ehcp_2025_timeliness_20_week.csv');
    for (const [la, old, now] of [['815', 'E10000023', 'E06000065'], ['370', 'E08000016', 'E08000038']]) {
      const r = one(t, { time_period: '2024', old_la_code: la, breakdown_topic: 'All EHC plans issued' });
      assert.equal(t.get(r, 'new_la_code'), old);
      assert.equal(obs('ehcp', 'ehcp-20-weeks', now, '2024').value, num(t, r, 'pc_plans_issued_within_20_weeks'));
    }
  });

  test('Barnsley has rows under E08000038 in every theme', () => {
    for (const theme of THEMES) {
      const rows = rowsOf(extract(theme)).filter((o) => o.laCode === '370');
      assert.ok(rows.length > 0, theme);
      assert.ok(rows.every((o) => o.areaCode === 'E08000038'), theme);
    }
  });
});

describe('boundary changes: predecessors keep their own rows', () => {
  const valuePeriods = (code: string) => rowsOfArea(code).filter((o) => o.value !== null).map((o) => o.period);

  test('Cumbria (E10000006) has figures only for periods before 2023', () => {
    const p = valuePeriods('E10000006');
    assert.ok(p.length > 100, String(p.length));
    assert.ok(p.every((x) => periodStart(x) < 2023), [...new Set(p)].filter((x) => periodStart(x) >= 2023).join(', '));
    assert.ok(p.includes('202223') && p.includes('2022') && p.includes('200607'));
  });

  test('Cumberland (942) and Westmorland and Furness (943) have figures only from 2023 on', () => {
    for (const code of ['E06000063', 'E06000064']) {
      const p = valuePeriods(code);
      assert.ok(p.length > 10, `${code} ${p.length}`);
      assert.ok(p.every((x) => periodStart(x) >= 2023), `${code}: ${[...new Set(p)].filter((x) => periodStart(x) < 2023).join(', ')}`);
      assert.ok(p.includes('2023') && p.includes('202324'), code);
    }
  });

  test('Cumbria\'s last AP census (January 2023) is its own, as published', () => {
    const t = csv('alternative_provision/ap_census_la_funded_placements_201718_202223.csv');
    const r = one(t, { time_period: '202223', old_la_code: '909', gender: 'Total', age: 'Total', ethnicity_minor: 'Total', fsm: 'Total' });
    assert.equal(obs('ap', 'ap-la-funded-pupils', 'E10000006', '202223').value, num(t, r, 'number_of_pupils'));
  });

  test('Northamptonshire (928) appears with its own code E10000021 until 2020/21; its successors from 2021/22', () => {
    const p = valuePeriods('E10000021');
    assert.ok(p.length > 50);
    assert.ok(p.every((x) => periodStart(x) <= 2020), [...new Set(p)].filter((x) => periodStart(x) > 2020).join(', '));
    assert.ok(rowsOfArea('E10000021').every((o) => o.laCode === '928' && o.areaName === 'Northamptonshire'));
    for (const code of ['E06000061', 'E06000062']) {
      const q = valuePeriods(code);
      assert.ok(q.length > 10 && q.every((x) => periodStart(x) >= 2021), code);
    }
    const t = csv('exclusions/exclusions_by_geographic_level_nat_reg_la_200607_201617.csv');
    const r = one(t, { time_period: '201011', old_la_code: '928', school_type: 'Total' });
    assert.equal(obs('exclusions', 'suspension-rate', 'E10000021', '201011').value, num(t, r, 'fixed_excl_rate'));
  });

  test('Bournemouth, Poole and old Dorset have their own rows before BCP and new Dorset (2019)', () => {
    for (const code of ['E06000028', 'E06000029', 'E10000009']) {
      const p = valuePeriods(code);
      assert.ok(p.length > 0 && p.every((x) => periodStart(x) < 2019), code);
    }
  });
});
