// The spine's indexed set (analysis/spine.ts): the same answers as the set's own find, from a map built once.
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { test } from 'node:test';
import { AreaDirectory, ExtractSet, ObservationsExtract, indexedSet, readAreas, readNeighbours, spineChart } from '../src/index';

const DATA = resolve(import.meta.dirname, '../../sample-data/data');
const areas = new AreaDirectory(readAreas(readFileSync(resolve(DATA, 'areas.arrow'))), readNeighbours(readFileSync(resolve(DATA, 'neighbours.arrow'))));
const files = readdirSync(resolve(DATA, 'indicators')).filter((f) => f.endsWith('.arrow') && !f.includes('.latest')).sort().slice(0, 120);
const set = new ExtractSet(files.map((f) => new ObservationsExtract(readFileSync(resolve(DATA, 'indicators', f)))), areas);

test('indexedSet finds every id (any case, spaces around), every LAIT code and no unknown one as the set does', () => {
  const indexed = indexedSet(set);
  assert.ok(indexed instanceof ExtractSet);
  assert.equal(indexedSet(indexed), indexed, 'indexed once');
  assert.equal(indexed.areas, set.areas);
  assert.deepEqual(indexed.indicators.map((m) => m.id), set.indicators.map((m) => m.id));
  const asked = set.indicators.flatMap((m) => [m.id, ` ${m.id.toUpperCase()} `, ...Object.values(m.lait ?? {})]);
  assert.ok(asked.length > 120);
  for (const q of [...asked, 'no-such-indicator']) {
    const [a, b] = [indexed.find(q), set.find(q)];
    assert.equal(a?.meta, b?.meta, q);
    assert.equal(a?.data, b?.data, q);
    assert.equal(a?.breakdown, b?.breakdown, q);
  }
});

test('an id held twice (a local extract beside the published one) is still merged by the set', () => {
  const published = set.extracts[0];
  const id = published.meta.indicators[0].id;
  const local = new ObservationsExtract(readFileSync(resolve(DATA, 'indicators', files[0])));
  (local.meta.indicators[0] as { local?: boolean }).local = true;
  const both = new ExtractSet([published, local], areas);
  assert.equal(indexedSet(both).find(id), both.find(id));
});

test('a spine over the indexed set is the spine over the set', () => {
  const ids = set.indicators.filter((m) => m.coverage !== 'national').slice(0, 30).map((m) => m.id).join(' ');
  assert.deepEqual(spineChart(indexedSet(set), 'Salford', ids), spineChart(set, 'Salford', ids));
});
