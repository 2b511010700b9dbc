// The work split up or shared so that a page of many elements makes no long task (issue 7): decoding in steps
// gives exactly what decoding at once gives, shared cross-sections answer as fresh ones, and the quick scan for
// out-of-range values agrees with the full one.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, test } from 'node:test';
import { AreaDirectory, CROSS_SECTIONS_KEPT, CrossSection, ObservationsExtract, bandOf, outOfRange, readAreas, readAreasAsync, readNeighbours, readNeighboursAsync, type IndicatorMeta, type Observation } from '../src/index';
import { writeObservations } from '../src/write';
import { bandInSorted } from '../src/stats/rank';
import { DecodedTable, finish } from '../src/extract/table-codec';

const DATA = new URL('../../sample-data/data/', import.meta.url);
const bytes = (name: string) => new Uint8Array(readFileSync(new URL(name, DATA)));
const THEMES = ['attendance', 'exclusions', 'ap', 'ehcp', 'context'];
const areas = new AreaDirectory(readAreas(bytes('areas.arrow')), readNeighbours(bytes('neighbours.arrow')));

const rows = (x: ObservationsExtract) => Array.from({ length: x.rowCount }, (_, i) => x.row(i));

describe('decoding in steps', () => {
  for (const theme of THEMES) {
    test(`${theme}: ObservationsExtract.read gives the same rows as the constructor, pausing between steps`, async () => {
      const b = bytes(`${theme}.arrow`);
      let pauses = 0;
      const x = await ObservationsExtract.read(b, async () => { pauses++; }, 0);
      const y = new ObservationsExtract(b);
      assert.ok(pauses >= 12, `paused ${pauses} times`);
      assert.deepEqual(x.meta, y.meta);
      assert.equal(x.rowCount, y.rowCount);
      assert.deepEqual(rows(x), rows(y));
    });
  }

  test('the areas and neighbours files read in steps give what reading at once gives', async () => {
    let pauses = 0;
    const pause = async () => { pauses++; };
    assert.deepEqual(await readAreasAsync(bytes('areas.arrow'), pause, 0), readAreas(bytes('areas.arrow')));
    assert.ok(pauses >= 3, `areas: paused ${pauses} times`);
    pauses = 0;
    assert.deepEqual(await readNeighboursAsync(bytes('neighbours.arrow'), pause, 0), readNeighbours(bytes('neighbours.arrow')));
    assert.ok(pauses >= 3, `neighbours: paused ${pauses} times`);
  });

  test('a file is checked in one step and read in the next; a damaged one fails at the check, before any pause', () => {
    const b = bytes('ehcp.arrow');
    const g = DecodedTable.open(b);
    assert.equal(g.next().done, false);
    const r = g.next();
    assert.ok(r.done);
    assert.equal(r.value.numRows, new DecodedTable(b).numRows);
    const damaged = b.slice();
    damaged.fill(0xff, 8, 200);
    assert.throws(() => DecodedTable.open(damaged).next(), { name: 'ExtractError' });
  });

  test('a column read in steps of a few rows is the column read at once', () => {
    const t = new DecodedTable(bytes('ehcp.arrow'));
    let steps = 0;
    const stepped = <T>(g: Generator<void, T>) => {
      for (;;) {
        const r = g.next();
        if (r.done) return r.value;
        steps++;
      }
    };
    assert.deepEqual(stepped(t.dictSteps('area_code', 1000)), t.dict('area_code'));
    assert.deepEqual(stepped(t.f64Steps('value', 1000)), t.f64('value'));
    assert.ok(steps >= 2 * Math.floor((t.numRows - 1) / 1000), `${steps} steps for ${t.numRows} rows`);
    assert.deepEqual(finish(t.dictSteps('status', 7)), t.dict('status'));
  });
});

describe('shared cross-sections', () => {
  const data = new ObservationsExtract(bytes('ehcp.arrow'));
  const meta = data.indicator('ehcp-20-weeks')!;
  const period = data.periods(meta.id).at(-1)!;

  test('one per extract, areas, indicator, period and breakdown', () => {
    const a = CrossSection.of(data, areas, meta, period, meta.breakdown.total);
    assert.equal(CrossSection.of(data, areas, meta, period, meta.breakdown.total), a);
    assert.notEqual(CrossSection.of(data, areas, meta, data.periods(meta.id).at(-2)!, meta.breakdown.total), a);
    const other = new AreaDirectory(readAreas(bytes('areas.arrow')), readNeighbours(bytes('neighbours.arrow')));
    assert.notEqual(CrossSection.of(data, other, meta, period, meta.breakdown.total), a);
  });

  test(`the ${CROSS_SECTIONS_KEPT} asked for most recently are kept, no more`, () => {
    const a = CrossSection.of(data, areas, meta, period, meta.breakdown.total);
    // Other area directories stand for other cross-sections: each asked for once.
    const others = Array.from({ length: CROSS_SECTIONS_KEPT }, () => new AreaDirectory(areas.areas));
    const first = CrossSection.of(data, others[0], meta, period, meta.breakdown.total);
    for (const o of others.slice(1, -1)) CrossSection.of(data, o, meta, period, meta.breakdown.total);
    // Asked for again, the first is the most recent; one more, and the least recent (the first other) goes.
    assert.equal(CrossSection.of(data, areas, meta, period, meta.breakdown.total), a);
    CrossSection.of(data, others.at(-1)!, meta, period, meta.breakdown.total);
    assert.equal(CrossSection.of(data, areas, meta, period, meta.breakdown.total), a);
    assert.notEqual(CrossSection.of(data, others[0], meta, period, meta.breakdown.total), first);
  });

  test('ranks and bands as a fresh cross-section does', () => {
    const shared = CrossSection.of(data, areas, meta, period, meta.breakdown.total);
    const fresh = new CrossSection(data, areas, meta, period, meta.breakdown.total);
    assert.deepEqual(shared.rows, fresh.rows);
    for (const o of fresh.rows) {
      assert.equal(shared.rank(o.value), fresh.rank(o.value));
      assert.deepEqual(shared.band(o.value), o.value === null ? null : bandOf(o.value, fresh.laValues, meta.polarity));
    }
  });

  test('bandInSorted is bandOf on sorted values', () => {
    const values = [3, 1, 4, 1, 5, 9, 2, 6, 5, 3, 5];
    const sorted = [...values].sort((a, b) => a - b);
    for (const polarity of ['high', 'low', 'none'] as const) {
      for (const v of [-1, 0, 1, 2.5, 3, 5, 9, 10]) assert.deepEqual(bandInSorted(v, sorted, polarity), bandOf(v, values, polarity));
    }
  });
});

describe('the quick scan for out-of-range values', () => {
  /** The full scan, as outOfRange did it before the quick one: every row built and checked. */
  const slow = (x: ObservationsExtract, id: string) => {
    const meta = x.indicator(id);
    const breakdowns = meta?.breakdown.values.length ? meta.breakdown.values : [undefined];
    return x.areaCodes(id).flatMap((a) => breakdowns.flatMap((b) => x.series(id, a, b).filter((o) => o.flag)));
  };

  test('agrees with the full scan on every indicator of the sample extracts', () => {
    for (const theme of THEMES) {
      const x = new ObservationsExtract(bytes(`${theme}.arrow`));
      for (const m of x.meta.indicators) {
        const found = slow(x, m.id);
        assert.equal(x.anyOutOfRange(m.id), found.length > 0, `${theme} ${m.id}`);
        assert.deepEqual(outOfRange(x, m.id), found);
      }
    }
  });

  test('finds a percentage over 100, a negative rate and a stored infinity, and not a suppressed value', () => {
    const meta = (id: string, unit: IndicatorMeta['unit']): IndicatorMeta => ({
      id, label: id, theme: 'ehcp', unit, unitLabel: unit, decimals: 1, polarity: 'high', definition: '',
      source: { publication: 'p', url: 'https://example.org/', files: [] }, latestRelease: '2025', coverage: 'la',
      breakdown: { dimension: 'All', values: ['Total'], total: 'Total' }, breaks: [], notes: [], suppression: '',
    });
    const o = (indicator: string, areaCode: string, value: number | null, status: Observation['status'] = null): Observation => ({
      indicator, period: '2024', periodLabel: '2024', level: 'Local authority', areaCode, laCode: null, areaName: areaCode,
      breakdown: 'Total', value, numerator: null, denominator: null, status,
    });
    const x = new ObservationsExtract(writeObservations([
      o('pct', 'E1', 50), o('pct', 'E2', 120),
      o('rate', 'E1', 3), o('rate', 'E2', -1),
      o('inf', 'E1', Infinity),
      o('ok', 'E1', 99), o('ok', 'E2', null, 'c'),
    ], { indicators: [meta('pct', 'percent'), meta('rate', 'rate'), meta('inf', 'count'), meta('ok', 'percent')], areas: '', neighbours: '', title: '', licence: '' }));
    for (const id of ['pct', 'rate', 'inf']) {
      assert.equal(x.anyOutOfRange(id), true, id);
      assert.equal(outOfRange(x, id).length, 1, id);
    }
    assert.equal(x.anyOutOfRange('ok'), false);
    assert.deepEqual(outOfRange(x, 'ok'), []);
    assert.equal(x.anyOutOfRange('nothing'), false);
  });
});
