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
