// Issue 17: the hexagon layouts are adapted from Open Innovations' MIT-licensed hexmap, whose notice must go with
// every copy: in the generated source, in the LICENSE that the release copies into every package and the site, and
// (the bundles drop comments) as text under every map drawn.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { test } from 'node:test';
import { AreaDirectory, hexLayouts, mapView, ObservationsExtract, readAreas, readNeighbours } from '../src/index';

const root = resolve(import.meta.dirname, '../../..');
const EXTRACTS = resolve(root, 'packages/sample-data/data');
const COPYRIGHT = 'Copyright (c) 2017- Open Innovations';
/** The MIT permission notice's sentences, whatever the line breaks. */
const PERMISSION = [
  'Permission is hereby granted, free of charge, to any person obtaining a copy of this software',
  'The above copyright notice and this permission notice shall be included in all copies or substantial portions of the Software.',
  'THE SOFTWARE IS PROVIDED "AS IS", WITHOUT WARRANTY OF ANY KIND',
];
const flat = (s: string) => s.replace(/^\s*\/\/ ?/gm, '').replace(/\s+/g, ' ');

test('the generated layouts keep the hexmap\'s whole MIT notice', () => {
  const src = flat(readFileSync(resolve(root, 'packages/core/src/analysis/hex-layouts.ts'), 'utf8'));
  assert.ok(src.includes(COPYRIGHT));
  for (const p of PERMISSION) assert.ok(src.includes(p), p);
});

test('the LICENSE (copied into every package and the site by the release) carries the hexmap\'s notice', () => {
  const text = flat(readFileSync(resolve(root, 'LICENSE'), 'utf8'));
  const at = text.indexOf(COPYRIGHT);
  assert.ok(at > 0, 'Open Innovations\' copyright line is in LICENSE');
  assert.ok(text.includes('open-innovations/hexmaps'), 'and names where the layout comes from');
  // The permission notice after Open Innovations' copyright line, not only the project's own above it.
  for (const p of PERMISSION) assert.ok(text.indexOf(p, at) > at, p);
});

test('every map, on every layout, says where its layout comes from and under which licence', () => {
  const read = (f: string) => readFileSync(resolve(EXTRACTS, f));
  const areas = new AreaDirectory(readAreas(read('areas.arrow')), readNeighbours(read('neighbours.arrow')));
  const exclusions = new ObservationsExtract(read('exclusions.arrow'));
  const seen = new Set<string>();
  for (const period of ['201819', '202021', '202122', '202324']) {
    const v = mapView(exclusions, areas, { indicator: 'suspension-rate', period });
    seen.add(v.layout.id);
    assert.ok(v.notes.some((n) => n.includes('Open Innovations') && n.includes('MIT') && n.includes(COPYRIGHT)), `${period}: ${v.notes.join(' | ')}`);
  }
  assert.deepEqual([...seen].sort(), hexLayouts().map((l) => l.id).sort());
});
