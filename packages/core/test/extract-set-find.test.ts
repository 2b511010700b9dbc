// ExtractSet.find answers from an index of ids built once (a spine of 475 indicators scanned every extract for
// every row): the same answers as a scan of every extract, for ids in any case, LAIT codes and unknown names.
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { test } from 'node:test';
import { AreaDirectory, ExtractSet, ObservationsExtract, readAreas, readNeighbours, type FoundIndicator } from '../src/index';

const DATA = resolve(import.meta.dirname, '../../sample-data/data');
const areas = new AreaDirectory(readAreas(readFileSync(resolve(DATA, 'areas.arrow'))), readNeighbours(readFileSync(resolve(DATA, 'neighbours.arrow'))));
const files = readdirSync(resolve(DATA, 'indicators')).filter((f) => f.endsWith('.arrow') && !f.includes('.latest')).sort().slice(0, 120);
const read = (f: string) => new ObservationsExtract(readFileSync(resolve(DATA, 'indicators', f)));
const set = new ExtractSet(files.map(read), areas);

/** What find answered before the index: the first extract whose indicator has the id, else the first LAIT code. */
function scan(s: ExtractSet, id: string): FoundIndicator | undefined {
  const q = id.trim().toLowerCase();
  for (const data of s.extracts) for (const meta of data.meta.indicators) if (meta.id.toLowerCase() === q) return { data, meta };
  for (const data of s.extracts) {
    for (const meta of data.meta.indicators) {
      for (const [breakdown, code] of Object.entries(meta.lait ?? {})) if (code.toLowerCase() === q) return { data, meta, breakdown };
    }
  }
  return undefined;
}

test('find gives every id (any case, spaces around), every LAIT code and no unknown name as a scan does', () => {
  const asked = set.indicators.flatMap((m) => [m.id, ` ${m.id.toUpperCase()} `, ...Object.values(m.lait ?? {})]);
  assert.ok(asked.length > 120);
  for (const q of [...asked, 'no-such-indicator']) {
    const [a, b] = [set.find(q), scan(set, q)];
    assert.equal(a?.meta, b?.meta, q);
    assert.equal(a?.data, b?.data, q);
    assert.equal(a?.breakdown, b?.breakdown, q);
  }
});

test('an id held twice (a local extract beside the published one) is answered from both, once', () => {
  const published = read(files[0]);
  const local = read(files[0]);
  (local.meta.indicators[0] as { local?: boolean }).local = true;
  const both = new ExtractSet([published, local], areas);
  const id = published.meta.indicators[0].id;
  const found = both.find(id)!;
  assert.notEqual(found.data, published);
  assert.notEqual(found.data, local);
  assert.equal(both.find(id.toUpperCase()), found);
});
