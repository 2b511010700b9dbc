// Every command on the real data, with the bundled data found by default (a catalogue once it exists, the theme
// extracts before). Expected figures are read from DfE's files in ../shared/data/real.
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, it } from 'node:test';
import { CsvTable, parseCsv } from '@inclusion-dashboard/pipeline';
import { BUNDLED, defaultData } from '../src/data';
import { USAGE } from '../src/main';
import { DATA, assertNoStack, cli } from './helpers';

const EHCP = CsvTable.read(resolve(DATA, 'ehcp/ehcp_2025_timeliness_20_week.csv'));
const ehcp2024 = EHCP.rows.filter((r) => EHCP.get(r, 'time_period') === '2024' && EHCP.get(r, 'geographic_level') === 'Local authority' && EHCP.get(r, 'breakdown_topic') === 'All EHC plans issued');
const ehcpOf = (la: string) => Number(EHCP.get(ehcp2024.find((r) => EHCP.get(r, 'old_la_code') === la)!, 'pc_plans_issued_within_20_weeks'));
const LAIT = CsvTable.read(resolve(DATA, 'lait/lait_benchmarks_absence_exclusions_sen_subset.csv'));
const lait = (measure: string, year: string, la: string) => {
  const r = LAIT.rows.find((x) => LAIT.get(x, 'measure_code') === measure && LAIT.get(x, 'year_label') === year && LAIT.get(x, 'la_number') === la);
  return Number(LAIT.get(r!, 'value'));
};
/** LAIT carries more decimals than DfE publishes: the CLI gives the published precision. */
const dp2 = (v: number) => Math.round(v * 100 + 1e-9) / 100;
const json = async (args: string[]) => {
  const r = await cli([...args, '--json']);
  assert.equal(r.code, 0, r.err);
  return JSON.parse(r.out);
};

describe('data found by default', () => {
  it('uses INCLUSION_DATA, else the bundled catalogue, else the bundled theme extracts', () => {
    assert.deepEqual(defaultData({ INCLUSION_DATA: '/some/where' }), ['/some/where']);
    const bundled = defaultData({});
    assert.deepEqual(bundled, [existsSync(join(BUNDLED, 'catalogue.json')) ? join(BUNDLED, 'catalogue.json') : BUNDLED]);
  });

  it('needs no --extract, and reads INCLUSION_DATA when set', async () => {
    const a = await json(['benchmark', '--indicator', 'ehcp-20-weeks', '--area', 'Salford', '--period', '2024']);
    const r = await cli(['benchmark', '--indicator', 'ehcp-20-weeks', '--area', 'Salford', '--period', '2024', '--json'], { INCLUSION_DATA: BUNDLED });
    assert.deepEqual(JSON.parse(r.out), a);
    const missing = await cli(['indicators'], { INCLUSION_DATA: '/no/such/place' });
    assert.equal(missing.code, 3);
    assert.equal(missing.err.trim(), 'No such file or folder: /no/such/place');
  });
});

describe('help and arguments', () => {
  it('prints help for the whole CLI and exits 0', async () => {
    for (const args of [['--help'], ['-h'], ['help']]) {
      const r = await cli(args);
      assert.equal(r.code, 0);
      assert.equal(r.out, USAGE);
    }
    assert.match(USAGE, /Exit status: 0 answered; 1 the data cannot answer/);
  });

  for (const command of ['indicators', 'benchmark', 'ranking', 'compare', 'trend', 'extract']) {
    it(`prints help for ${command} and exits 0`, async () => {
      for (const args of [[command, '--help'], ['help', command], [command, '--indicator', 'x', '-h']]) {
        const r = await cli(args);
        assert.equal(r.code, 0, r.err);
        assert.match(r.out, new RegExp(`^Usage: inclusion-dashboard ${command}`));
      }
    });
  }

  it('with no command, prints usage to stderr and exits 2', async () => {
    const r = await cli([]);
    assert.equal(r.code, 2);
    assert.match(r.err, /^Usage:/);
  });

  it('rejects an unknown option, naming the nearest valid one', async () => {
    const r = await cli(['ranking', '--indicator', 'ehcp-20-weeks', '--csvv']);
    assert.equal(r.code, 2);
    assert.match(r.err, /^Unknown option --csvv for "ranking"\. Did you mean --csv\?/);
    const a = await cli(['benchmark', '--indicator', 'ehcp-20-weeks', '--are', 'Salford']);
    assert.match(a.err, /Did you mean --area\?/);
  });

  it('rejects an unknown command, naming the nearest', async () => {
    const r = await cli(['rank', '--indicator', 'x']);
    assert.equal(r.code, 2);
    assert.match(r.err, /Unknown command "rank"\. Did you mean "ranking"\?/);
  });

  it('says which option needs a value', async () => {
    const r = await cli(['benchmark', '--indicator', 'ehcp-20-weeks', '--area']);
    assert.equal(r.code, 2);
    assert.match(r.err, /^Option --area needs a value\./);
    const m = await cli(['benchmark', '--indicator', 'ehcp-20-weeks']);
    assert.equal(m.code, 2);
    assert.match(m.err, /^Missing --area/);
  });

  it('gives errors as JSON in --json mode, with the exit status and choices', async () => {
    const r = await cli(['benchmark', '--indicator', 'ehcp-20-weeks', '--area', 'Salfrod', '--json']);
    assert.equal(r.code, 1);
    assert.equal(r.out, '');
    const e = JSON.parse(r.err).error;
    assert.equal(e.exit, 1);
    assert.equal(e.code, 'unknown-area');
    assert.equal(e.choices[0], 'Salford');
    const u = JSON.parse((await cli(['ranking', '--bogus', '--json'])).err).error;
    assert.equal(u.exit, 2);
    assert.match(u.message, /Unknown option --bogus/);
  });

  it('reads a word after --extract as a search word unless it names data', async () => {
    const r = await cli(['indicators', '--extract', BUNDLED, 'persistent', '--json']);
    assert.equal(r.code, 0, r.err);
    const hits = JSON.parse(r.out);
    // The word searched for, found in ids, labels, units and breakdowns (exclusion reasons include "persistent disruptive behaviour").
    const ids = hits.map((i: { id: string }) => i.id);
    assert.ok(hits.length >= 2 && ids.includes('persistent-absence') && !ids.includes('ehcp-20-weeks'), ids.join(' '));
  });

  it('takes several paths after one --extract', async () => {
    const r = await cli(['indicators', '--extract', join(BUNDLED, 'ehcp.arrow'), join(BUNDLED, 'context.arrow'), '--json']);
    if (existsSync(join(BUNDLED, 'ehcp.arrow'))) {
      assert.equal(r.code, 0, r.err);
      const themes = new Set(JSON.parse(r.out).map((i: { theme: string }) => i.theme));
      assert.deepEqual([...themes].sort(), ['context', 'ehcp']);
    }
  });
});

describe('indicators', () => {
  it('searches by words, theme and LAIT code', async () => {
    const abs = await json(['indicators', 'persistent', 'absence']);
    assert.ok(abs.length >= 2 && abs.every((i: { label: string; id: string }) => /persistent/i.test(i.label + i.id)));
    const ehcp = await json(['indicators', '--theme', 'ehcp']);
    assert.ok(ehcp.some((i: { id: string }) => i.id === 'ehcp-20-weeks') && ehcp.every((i: { theme: string }) => i.theme === 'ehcp'));
    const byLabel = await json(['indicators', '--theme', 'EHC plans']);
    assert.deepEqual(byLabel.map((i: { id: string }) => i.id), ehcp.map((i: { id: string }) => i.id));
    const code = await json(['indicators', 'SEN_EHC_All_20wks']);
    assert.deepEqual(code.map((i: { id: string }) => i.id), ['ehcp-20-weeks']);
  });

  it('gives breakdowns, periods and coverage, and says which are England only', async () => {
    const all = await json(['indicators']);
    const pa = all.find((i: { id: string }) => i.id === 'persistent-absence');
    assert.deepEqual(pa.breakdown.values, ['Total', 'Primary', 'Secondary', 'Special']);
    assert.equal(pa.coverage, 'la');
    assert.ok(all.some((i: { coverage: string }) => i.coverage === 'national'));
    const text = await cli(['indicators', '--theme', 'exclusions']);
    assert.match(text.out, /suspension-rate-sen .*England only/);
  });

  it('describes one indicator: definition, source, breaks', async () => {
    const r = await cli(['indicators', '--indicator', 'ehcp-20-weeks']);
    assert.equal(r.code, 0);
    assert.match(r.out, /definition +Percentage of new education, health and care plans issued within 20 weeks/);
    assert.match(r.out, /break +2023: From 2023 the EHC plan collection \(SEN2\) changed to person-level data/);
    assert.match(r.out, /better +higher/);
  });

  it('says when nothing matches', async () => {
    const r = await cli(['indicators', 'zebra']);
    assert.equal(r.code, 1);
    assert.match(r.err, /No indicator matches "zebra"/);
  });

  it('lists as CSV', async () => {
    const r = await cli(['indicators', '--csv']);
    const t = parseCsv(r.out);
    assert.deepEqual(t.header.slice(0, 3), ['id', 'label', 'theme']);
  });
});

describe('benchmark', () => {
  it('finds areas as people name them, old codes and LA numbers included', async () => {
    for (const [area, code] of [['Kent County Council', 'E10000016'], ['Bristol', 'E06000023'], ['Salford City Council', 'E08000006'], ['E10000023', 'E06000065'], ['355', 'E08000006'], ['Bournemouth, Christchurch and Poole Council', 'E06000058']]) {
      const b = await json(['benchmark', '--indicator', 'ehcp-20-weeks', '--area', area, '--period', '2024']);
      assert.equal(b.area.code, code, area);
    }
  });

  it('answers "Salford City Council" with the published figure and a sentence', async () => {
    const b = await json(['benchmark', '--indicator', 'ehcp-20-weeks', '--area', 'Salford City Council', '--period', '2024']);
    assert.equal(b.value, ehcpOf('355'));
    assert.match(b.summary, /^Salford's EHC plans issued within 20 weeks in 2024 was 50\.1%\. England was 45\.9%\./);
  });

  it('reads a LAIT year label for an absence measure as the year ending, and says so', async () => {
    const b = await json(['benchmark', '--indicator', 'persistent-absence', '--area', 'Salford', '--period', '2023']);
    assert.equal(b.periodLabel, '2022/23');
    assert.equal(b.value, dp2(lait('TotPerAbNew', '2023', '355')));
    assert.match(b.notes[0], /2023 is read as 2022\/23, the academic year ending in 2023/);
    // A calendar-year indicator takes the year as it is.
    const e = await json(['benchmark', '--indicator', 'ehcp-20-weeks', '--area', 'Salford', '--period', '2023']);
    assert.equal(e.periodLabel, '2023');
    for (const p of ['2022/23', '202223', '2022-23', '2022/2023']) {
      assert.equal((await json(['benchmark', '--indicator', 'persistent-absence', '--area', 'Salford', '--period', p])).value, b.value, p);
    }
  });

  it('answers Cumbria in 2023/24 with its successors', async () => {
    const r = await cli(['benchmark', '--indicator', 'persistent-absence', '--area', 'Cumbria', '--period', '2023/24']);
    assert.equal(r.code, 1);
    assert.match(r.err, /^Cumbria \(LA 909\) was abolished on 31 March 2023; for 2023\/24 see its successors Cumberland \(LA 942\) and Westmorland and Furness \(LA 943\)\./);
    // Before, it answers as usual.
    const before = await json(['benchmark', '--indicator', 'persistent-absence', '--area', 'Cumbria', '--period', '2021/22']);
    assert.equal(before.value, dp2(lait('TotPerAbNew', '2022', '909')));
    // With no period, its last year, and its successors named.
    const last = await json(['benchmark', '--indicator', 'persistent-absence', '--area', 'Cumbria']);
    assert.equal(last.periodLabel, '2022/23');
    assert.ok(last.notes.includes('Cumbria (LA 909) was abolished on 31 March 2023; its successors are Cumberland (LA 942) and Westmorland and Furness (LA 943).'));
  });

  it('says a national-only indicator has no LA figures', async () => {
    const r = await cli(['benchmark', '--indicator', 'suspension-rate-sen', '--area', 'Salford']);
    assert.equal(r.code, 1);
    assert.match(r.err, /^Suspension rate by SEN provision is published for England only: DfE gives no figure for Salford\. Use --area England\./);
    const england = await json(['benchmark', '--indicator', 'suspension-rate-sen', '--area', 'England']);
    assert.equal(england.area.name, 'England');
  });

  it('names the nearest periods when there are no figures', async () => {
    const r = await cli(['benchmark', '--indicator', 'ehcp-20-weeks', '--area', 'Salford', '--period', '2030']);
    assert.equal(r.code, 1);
    assert.match(r.err, /No figures for EHC plans issued within 20 weeks in 2030\.\nNearest valid choices: 2024, 2023/);
    const bad = await cli(['benchmark', '--indicator', 'ehcp-20-weeks', '--area', 'Salford', '--period', 'last year']);
    assert.equal(bad.code, 2);
  });

  it('gives the comparator table as CSV', async () => {
    const r = await cli(['benchmark', '--indicator', 'ehcp-20-weeks', '--area', 'Salford', '--period', '2024', '--csv']);
    const t = parseCsv(r.out);
    assert.deepEqual(t.header, ['Area', 'Value']);
    assert.deepEqual(t.rows[0].cells, ['Salford', String(ehcpOf('355'))]);
    assert.deepEqual(t.rows.at(-1)!.cells, ['England', '45.9']);
  });
});

describe('ranking', () => {
  it('answers "which LAs were worst on EHC plan timeliness in 2024" in one call, under 2 s', async () => {
    const r = await cli(['ranking', '--indicator', 'ehcp-20-weeks', '--period', '2024', '--json']);
    assert.equal(r.code, 0, r.err);
    assert.ok(r.ms < 2000, `took ${Math.round(r.ms)} ms`);
    const k = JSON.parse(r.out);
    assert.equal(k.rows.length, ehcp2024.length);
    // Best first; the worst with a value is last before those with none.
    const ranked = k.rows.filter((x: { rank: number | null }) => x.rank !== null);
    for (let i = 1; i < ranked.length; i++) assert.ok(ranked[i - 1].value >= ranked[i].value);
    const worst = ranked.at(-1);
    assert.equal(worst.rank, k.of);
    assert.equal(worst.value, Math.min(...ranked.map((x: { value: number }) => x.value)));
    assert.equal(worst.band, 'D');
    for (const row of ranked) assert.equal(row.value, ehcpOf(row.laCode), row.name);
    // LAs whose figure was withheld come last, with the reason.
    assert.ok(k.rows.slice(ranked.length).every((x: { status: string }) => x.status === 'c' || x.status === 'x'));
  });

  it('prints a CSV that opens as a table: header, one row an LA, quoted where needed', async () => {
    const r = await cli(['ranking', '--indicator', 'SEN_EHC_All_20wks', '--period', '2024', '--csv']);
    assert.equal(r.code, 0);
    const t = parseCsv(r.out);
    assert.deepEqual(t.header, ['Rank', 'Local authority', 'LA', 'Value', 'Band']);
    assert.equal(t.rows.length, ehcp2024.length);
    const bristol = t.rows.find((x) => x.cells[2] === '801')!;
    assert.equal(bristol.cells[1], 'Bristol, City of');
    assert.match(r.out, /"Bristol, City of"/);
    assert.ok(r.out.endsWith('\r\n'));
  });

  it('limits to a region with national ranks, and marks an LA', async () => {
    const k = await json(['ranking', '--indicator', 'ehcp-20-weeks', '--period', '2024', '--region', 'North West', '--area', 'Salford']);
    assert.equal(k.region.name, 'North West');
    assert.ok(k.rows.length > 20 && k.rows.length < 30 && k.rows.every((x: { code: string }) => /^E(06|08|10)\d{6}$/.test(x.code)), JSON.stringify(k.rows.map((x: { code: string }) => x.code)));
    const s = k.rows.find((x: { selected: boolean }) => x.selected);
    assert.equal(s.name, 'Salford');
    const national = await json(['benchmark', '--indicator', 'ehcp-20-weeks', '--area', 'Salford', '--period', '2024']);
    assert.equal(s.rank, national.rank);
    const text = await cli(['ranking', '--indicator', 'ehcp-20-weeks', '--period', '2024', '--area', 'Salford', '--top', '3']);
    assert.match(text.out, /Salford: rank \d+ of \d+, band [A-D]\./);
  });

  it('says a national-only indicator has no LA ranking', async () => {
    const r = await cli(['ranking', '--indicator', 'suspension-rate-sen']);
    assert.equal(r.code, 1);
    assert.match(r.err, /published for England only/);
  });
});

describe('compare', () => {
  it('puts Manchester against its statistical neighbours, averaged as the benchmark averages them', async () => {
    const c = await json(['compare', '--indicator', 'suspension-rate', '--area', 'Manchester', '--against', 'neighbours', '--period', '2023/24']);
    const b = await json(['benchmark', '--indicator', 'suspension-rate', '--area', 'Manchester', '--period', '2023/24']);
    assert.equal(c.areas[0].value, b.value);
    assert.equal(c.areas[0].value, dp2(lait('TotFixedEx', '2023/24', '352')));
    assert.equal(c.group.mean, b.neighbours.mean);
    assert.deepEqual(c.group.members.map((m: { laCode: string }) => m.laCode), b.neighbours.values.map((v: { laCode: string }) => v.laCode));
    for (const m of c.group.members) assert.equal(m.value, dp2(lait('TotFixedEx', '2023/24', m.laCode)), m.name);
    assert.equal(c.areas[0].rank, b.rank);
  });

  it('uses the 2021 neighbours when asked', async () => {
    const c = await json(['compare', '--indicator', 'ehcp-20-weeks', '--area', 'Salford', '--against', 'neighbours:2021', '--period', '2024']);
    assert.equal(c.group.label, 'Statistical neighbours (2021 model)');
    assert.deepEqual(c.group.members.slice(0, 3).map((m: { laCode: string }) => m.laCode), ['341', '806', '393']);
    const values = c.group.members.map((m: { value: number }) => m.value);
    assert.equal(c.group.mean, Math.round((values.reduce((a: number, v: number) => a + v, 0) / values.length) * 10) / 10);
    const bad = await cli(['compare', '--indicator', 'ehcp-20-weeks', '--area', 'Salford', '--against', 'neighbours:2019']);
    assert.equal(bad.code, 2);
    assert.match(bad.err, /No statistical-neighbour model "2019"; the data has 2021 and 2025/);
  });

  it('compares an LA with its region, named LAs, or several LAs side by side', async () => {
    const reg = await json(['compare', '--indicator', 'ehcp-20-weeks', '--area', 'Salford', '--against', 'region', '--period', '2024']);
    assert.equal(reg.group.label, 'Other LAs in North West');
    assert.ok(!reg.group.members.some((m: { name: string }) => m.name === 'Salford' || m.name === 'Cumbria'));
    const named = await json(['compare', '--indicator', 'ehcp-20-weeks', '--area', 'Salford', '--with', 'Bolton', '--with', 'Wigan Council', '--period', '2024']);
    assert.deepEqual(named.group.members.map((m: { value: number }) => m.value), [ehcpOf('350'), ehcpOf('359')]);
    const side = await json(['compare', '--indicator', 'ehcp-20-weeks', '--area', 'Salford', '--area', 'Bristol', '--area', 'Kent County Council', '--period', '2024']);
    assert.deepEqual(side.areas.map((a: { value: number }) => a.value), [ehcpOf('355'), ehcpOf('801'), ehcpOf('886')]);
    const csv = parseCsv((await cli(['compare', '--indicator', 'ehcp-20-weeks', '--area', 'Salford', '--against', 'neighbours', '--period', '2024', '--csv'])).out);
    assert.deepEqual(csv.header, ['Area', 'LA', 'Value', 'Rank of 153', 'Band', 'Row']);
    assert.ok(csv.rows.every((r) => r.cells[0] === r.cells[0].trim()));
  });
});

describe('trend', () => {
  it('gives the series with the COVID break marked and never joined', async () => {
    const t = await json(['trend', '--indicator', 'persistent-absence', '--area', 'Salford', '--years', '8']);
    assert.equal(t.periods.length, 8);
    assert.ok(t.markers.some((m: { kind: string; periodLabel: string }) => m.kind === 'series break' && m.periodLabel === '2020/21'));
    const area = t.series.find((s: { key: string }) => s.key === 'area');
    const p = area.points.find((x: { periodLabel: string }) => x.periodLabel === '2022/23');
    assert.equal(p.value, dp2(lait('TotPerAbNew', '2023', '355')));
    const before = area.points.find((x: { periodLabel: string }) => x.periodLabel === '2018/19');
    assert.notEqual(p.segment, before.segment);
    const text = await cli(['trend', '--indicator', 'persistent-absence', '--area', 'Salford']);
    assert.match(text.out, /\| 2020\/21: series break: There are no 2019\/20 figures/);
  });

  it('marks a boundary change for a new LA', async () => {
    const t = await json(['trend', '--indicator', 'persistent-absence', '--area', 'Westmorland and Furness']);
    assert.ok(t.markers.some((m: { kind: string; note: string }) => m.kind === 'boundary change' && /from Cumbria/.test(m.note)));
  });

  it('takes --period as the last period and checks --years', async () => {
    const t = await json(['trend', '--indicator', 'ehcp-20-weeks', '--area', 'Salford', '--period', '2022', '--years', '3']);
    assert.deepEqual(t.periods, ['2020', '2021', '2022']);
    const bad = await cli(['trend', '--indicator', 'ehcp-20-weeks', '--area', 'Salford', '--years', 'ten']);
    assert.equal(bad.code, 2);
    assertNoStack(bad.err);
  });
});
