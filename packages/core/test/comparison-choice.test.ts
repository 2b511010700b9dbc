// Issue 17: comparisons the reader chooses (`compare`, `group`, `group-label`), read once in core and shown by the
// benchmark, tile, trend, ranking, spine and map, each with the same average as the statistical neighbours'.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, test } from 'node:test';
import {
  AreaDirectory, ExtractSet, LoadError, ObservationsExtract, benchmark, benchmarkRows, comparisonChoice, comparisonProblem,
  describeBenchmark, describeRanking, describeSpine, mapTable, mapView, markedGroup, rankingChart, rankingTable, readAreas,
  readNeighbours, spineChart, spineTable, tileFacts, trend, trendSubtitle,
} from '../src/index';

const EXTRACTS = resolve(import.meta.dirname, '../../sample-data/data');
const read = (f: string) => readFileSync(resolve(EXTRACTS, f));
const areas = new AreaDirectory(readAreas(read('areas.arrow')), readNeighbours(read('neighbours.arrow')));
const ehcp = new ObservationsExtract(read('ehcp.arrow'));
const attendance = new ObservationsExtract(read('attendance.arrow'));
const set = new ExtractSet(['attendance', 'exclusions', 'ap', 'ehcp', 'context'].map((f) => new ObservationsExtract(read(`${f}.arrow`))), areas);

const GM = 'Bolton Bury Manchester Oldham Rochdale Salford Stockport Tameside Trafford Wigan';
const codes = (names: string) => names.split(' ').map((n) => areas.find(n)!.code);
/** The mean of the members' values as published in the extract's rows. */
const published = (data: ObservationsExtract, indicator: string, period: string, members: string[]) => {
  const xs = data.cross(indicator, period, 'Total').filter((o) => members.includes(o.areaCode) && o.value !== null).map((o) => o.value!);
  return xs.reduce((a, b) => a + b, 0) / xs.length;
};

describe('comparisonChoice: the attributes', () => {
  test('compare lists LAs by comma or by space, with multi-word names, codes and LA numbers; group-label names them', () => {
    const byComma = comparisonChoice(areas, { compare: 'Bolton, Bury, Wigan Council', groupLabel: 'Three towns' });
    const bySpace = comparisonChoice(areas, { compare: 'Bolton Bury Wigan', groupLabel: 'Three towns' });
    assert.deepEqual(byComma, bySpace);
    assert.deepEqual(byComma.group, { kind: 'named', areas: codes('Bolton Bury Wigan'), label: 'Three towns' });
    const mixed = comparisonChoice(areas, { compare: 'Blackburn with Darwen 350 E08000002' });
    assert.deepEqual(mixed.group?.kind === 'named' && mixed.group.areas.map((c) => areas.find(c)!.name), ['Blackburn with Darwen', 'Bolton', 'Bury']);
  });

  test('group picks the region or a neighbour model; nothing chosen leaves the usual comparators', () => {
    assert.deepEqual(comparisonChoice(areas, {}), {});
    assert.deepEqual(comparisonChoice(areas, { group: 'region' }), { group: { kind: 'region', label: undefined } });
    assert.deepEqual(comparisonChoice(areas, { group: 'neighbours-2021' }), { neighbourModel: '2021', neighbours: true });
    assert.deepEqual(comparisonChoice(areas, { group: 'Neighbours-2025', groupLabel: 'Our family' }), { neighbourModel: '2025', neighbours: true, neighbourLabel: 'Our family' });
    assert.deepEqual(markedGroup(comparisonChoice(areas, { group: 'neighbours-2021' })), { kind: 'neighbours', model: '2021', label: undefined });
  });

  test('bad values are a bad-attribute error naming the attribute, never a silent default', () => {
    const bad = (a: Parameters<typeof comparisonChoice>[1], re: RegExp) =>
      assert.throws(() => comparisonChoice(areas, a), (e: unknown) => e instanceof LoadError && e.code === 'bad-attribute' && re.test(e.message));
    bad({ group: 'cousins' }, /^group must be region, neighbours or neighbours-YEAR/);
    bad({ group: 'neighbours-2019' }, /^group: No 2019 statistical-neighbour model.*2021, 2025/);
    bad({ compare: 'Bolton Narnia' }, /^compare: No local authority "Narnia"/);
    bad({ compare: 'Bolton, North West' }, /^compare: "North West" is not a local authority/);
    bad({ compare: 'Bolton', group: 'region' }, /not both/);
    bad({ groupLabel: 'Orphan label' }, /group-label names a group/);
    bad({ compare: 'Bolton', groupLabel: 'x'.repeat(81) }, /group-label is longer than 80/);
    bad({ compare: 'Bolton', groupLabel: 'a\u0007b' }, /control character/);
    bad({ compare: 'Bolton '.repeat(400) }, /compare is longer than 2000/);
    assert.equal(comparisonProblem({ compare: 'Bolton', group: 'neighbours-2021', groupLabel: 'GM' }), null);
  });
});

describe('the elements\' models show the chosen group', () => {
  const gm = comparisonChoice(areas, { compare: GM, groupLabel: 'Greater Manchester' });
  const mean2024 = published(ehcp, 'ehcp-20-weeks', '2024', codes(GM));

  test('benchmark and tile: the group average is the mean of the members\' published values, each member shown', () => {
    const b = benchmark(ehcp, areas, { indicator: 'ehcp-20-weeks', area: 'Salford', period: '2024' }, gm);
    assert.equal(b.group?.mean, mean2024);
    assert.equal(b.group?.n, 10);
    const rows = benchmarkRows(b, false);
    assert.deepEqual(rows.filter((r) => /^g\d/.test(r.key)).map((r) => r.label), GM.split(' ').filter((n) => n !== 'Salford'));
    assert.equal(rows.find((r) => r.key === 'group')?.label, 'Greater Manchester average');
    assert.equal(rows.find((r) => r.key === 'neighbours')?.label, 'Statistical neighbours (2025 model) average');
    assert.match(describeBenchmark(b), /Greater Manchester \(Bolton, Bury, .* and Wigan\) averaged \d+\.\d% \(10 of 10 with a figure\)/);
    assert.deepEqual(tileFacts(b).filter((f) => f.key === 'group' || f.key === 'neighbours').map((f) => f.term), ['Statistical neighbours (2025 model)', 'Greater Manchester average']);
  });

  test('benchmark with group="neighbours-2021": the 2021 model\'s neighbours, and it says so', () => {
    const b = benchmark(ehcp, areas, { indicator: 'ehcp-20-weeks', area: 'Salford', period: '2024' }, comparisonChoice(areas, { group: 'neighbours-2021' }));
    assert.equal(b.neighbours.model, '2021');
    assert.equal(b.group, null);
    assert.match(describeBenchmark(b), /statistical neighbours \(2021 model\) averaged 63\.9%/);
    assert.equal(benchmarkRows(b, false).find((r) => r.key === 'neighbours')?.label, 'Statistical neighbours (2021 model) average');
  });

  test('trend: a line for the group, each year the mean of its members with a figure', () => {
    const t = trend(attendance, areas, { indicator: 'persistent-absence', area: 'Salford' }, 10, gm);
    const g = t.series.find((s) => s.key === 'group')!;
    assert.equal(g.label, 'Greater Manchester average');
    for (const p of g.points.filter((x) => x.value !== null)) assert.equal(p.value, published(attendance, 'persistent-absence', p.period, codes(GM)));
    assert.match(trendSubtitle(t), /2025-model statistical neighbours' average/);
    assert.match(trendSubtitle(t), /Greater Manchester average/);
  });

  test('ranking: members marked, in the table and the summary', () => {
    const m = rankingChart(ehcp, areas, { indicator: 'ehcp-20-weeks', period: '2024', group: gm.group });
    assert.equal(m.ranking.rows.filter((r) => r.member).length, 10);
    assert.equal(m.ranking.group?.mean, mean2024);
    assert.match(describeRanking(m), /Greater Manchester \(10 LAs, marked with diamonds\): ranks \d+ to \d+ of \d+; average/);
    const t = rankingTable(m);
    assert.equal(t.rows.filter((r) => r[t.columns.findIndex((c) => c.key === 'group')].text === 'In the group').length, 10);
  });

  test('spine: the group\'s average on every row, in the table and the summary', () => {
    const s = spineChart(set, 'Salford', 'ehcp-20-weeks persistent-absence', undefined, gm.group);
    assert.equal(s.group, 'Greater Manchester');
    const row = s.rows.find((r) => r.indicator.id === 'ehcp-20-weeks')!;
    assert.equal(row.group?.mean, published(ehcp, 'ehcp-20-weeks', row.period, codes(GM)));
    assert.ok(row.pos.group! >= 0 && row.pos.group! <= 1);
    assert.match(describeSpine(s), /Against the Greater Manchester average: better on \d of 2 indicators/);
    assert.ok(spineTable(s).columns.some((c) => c.label === 'Greater Manchester average'));
  });

  test('map: the group outlined instead of the neighbours, named in the table and summary', () => {
    const v = mapView(ehcp, areas, { indicator: 'ehcp-20-weeks', area: 'Salford', period: '2024', group: gm.group });
    assert.equal(v.neighbours, null);
    assert.equal(v.hexes.filter((h) => h.neighbour && !h.selected).length, 9);
    assert.match(v.summary, /Greater Manchester \(10 LAs, marked with a dashed outline\)/);
    assert.ok(mapTable(v).rows.some((r) => r.some((c) => c.text === 'In Greater Manchester')));
    const old = mapView(ehcp, areas, { indicator: 'ehcp-20-weeks', area: 'Salford', period: '2024', group: markedGroup(comparisonChoice(areas, { group: 'neighbours-2021' })) });
    assert.equal(old.neighbours?.model, '2021');
  });
});
