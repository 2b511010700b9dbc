// Issue 17: the map says which neighbour model it outlines, and a `group-label` given with `group="neighbours-…"`
// names them in the map's key and words as the benchmark names them (the label, with its model), not dropped.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { test } from 'node:test';
import { AreaDirectory, comparisonChoice, mapView, markedGroup, neighbourAverageName, ObservationsExtract, readAreas, readNeighbours } from '../src/index';

const EXTRACTS = resolve(import.meta.dirname, '../../sample-data/data');
const read = (f: string) => readFileSync(resolve(EXTRACTS, f));
const areas = new AreaDirectory(readAreas(read('areas.arrow')), readNeighbours(read('neighbours.arrow')));
const ehcp = new ObservationsExtract(read('ehcp.arrow'));
const q = { indicator: 'ehcp-20-weeks', area: 'Salford', period: '2024' };

test('the map names the neighbour model it outlines, the newest by default', () => {
  for (const [model, expect] of [[undefined, '2025'], ['2021', '2021'], ['2025', '2025']] as const) {
    const v = mapView(ehcp, areas, { ...q, neighbourModel: model });
    assert.equal(v.neighbours!.model, expect);
    assert.equal(v.neighbours!.name, `Statistical neighbours (${expect} model)`);
    assert.ok(v.summary.includes(`Its 10 statistical neighbours (${expect} model) have an outline.`), v.summary);
    assert.ok(v.notes.some((n) => n.includes(`its statistical neighbours (${expect} model) a dashed one`)));
  }
});

test('group="neighbours-2021" with group-label: the map names them as the benchmark does, with the model', () => {
  const choice = comparisonChoice(areas, { group: 'neighbours-2021', groupLabel: 'Our comparators' });
  const v = mapView(ehcp, areas, { ...q, group: markedGroup(choice) });
  assert.equal(v.neighbours!.model, '2021');
  assert.equal(v.neighbours!.name, 'Our comparators (statistical neighbours, 2021 model)');
  // The benchmark's row for the same choice.
  assert.equal(`${v.neighbours!.name} average`, neighbourAverageName('2021', 'Our comparators'));
  assert.ok(v.summary.includes('Its 10 Our comparators (statistical neighbours, 2021 model) have an outline.'), v.summary);
  assert.equal(v.hexes.filter((h) => h.neighbour).length, 10);
});
