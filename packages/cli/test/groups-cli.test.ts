// Issue 17: the CLI's `compare` gives a user-defined group's average from the same core code as the elements:
// the mean of its members' published values.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, test } from 'node:test';
import { AreaDirectory, ObservationsExtract, comparisonGroup, readAreas, readNeighbours } from '@inclusion-dashboard/core';
import { cli } from './helpers';

const EXTRACTS = resolve(import.meta.dirname, '../../sample-data/data');
const read = (f: string) => readFileSync(resolve(EXTRACTS, f));
const areas = new AreaDirectory(readAreas(read('areas.arrow')), readNeighbours(read('neighbours.arrow')));
const GM = ['Bolton', 'Bury', 'Manchester', 'Oldham', 'Rochdale', 'Salford', 'Stockport', 'Tameside', 'Trafford', 'Wigan'];

describe('compare: a named group', () => {
  for (const [file, indicator, period] of [['ehcp.arrow', 'ehcp-20-weeks', '2024'], ['attendance.arrow', 'persistent-absence', '202324'], ['exclusions.arrow', 'suspension-rate', '202223']] as const) {
    test(`${indicator} ${period}: the CLI's Greater Manchester average is core's and the mean of the published values`, async () => {
      const data = new ObservationsExtract(read(file));
      const codes = GM.map((n) => areas.find(n)!.code);
      const published = data.cross(indicator, period, 'Total').filter((o) => codes.includes(o.areaCode) && o.value !== null).map((o) => o.value!);
      const mean = published.reduce((a, v) => a + v, 0) / published.length;
      const core = comparisonGroup(data, areas, { indicator, area: 'Salford', period }, { kind: 'named', areas: codes, label: 'Greater Manchester' });
      assert.ok(Math.abs(core.mean! - mean) < 1e-9);
      const r = await cli(['compare', '--indicator', indicator, '--area', 'Salford', ...GM.flatMap((n) => ['--with', n]), '--period', period, '--json']);
      assert.equal(r.code, 0, r.err);
      const group = JSON.parse(r.out).group;
      assert.equal(group.n, published.length);
      const dp = data.indicator(indicator)!.decimals;
      assert.equal(group.mean, Number(mean.toFixed(dp)));
    });
  }
});

describe('compare: the group as the elements name it', () => {
  test('--with takes a list as compare does ("A, B" or "A B"), --label names it, and the figure is the same', async () => {
    const asList = await cli(['compare', '--indicator', 'ehcp-20-weeks', '--area', 'Salford', '--with', GM.join(', '), '--label', 'Greater Manchester', '--period', '2024', '--json']);
    const bySpace = await cli(['compare', '--indicator', 'ehcp-20-weeks', '--area', 'Salford', '--with', GM.join(' '), '--label', 'Greater Manchester', '--period', '2024', '--json']);
    assert.equal(asList.code, 0, asList.err);
    const a = JSON.parse(asList.out).group;
    assert.deepEqual(a, JSON.parse(bySpace.out).group);
    assert.equal(a.label, 'Greater Manchester');
    assert.equal(a.members.length, 10);
    const text = await cli(['compare', '--indicator', 'ehcp-20-weeks', '--area', 'Salford', '--with', GM.join(', '), '--label', 'Greater Manchester', '--period', '2024']);
    assert.match(text.out, new RegExp(`against the Greater Manchester average of ${a.mean.toFixed(1)}%`));
  });

  test('--against neighbours:2021 says its model', async () => {
    const r = await cli(['compare', '--indicator', 'ehcp-20-weeks', '--area', 'Salford', '--against', 'neighbours:2021', '--period', '2024', '--json']);
    assert.equal(JSON.parse(r.out).group.label, 'Statistical neighbours (2021 model)');
  });
});
