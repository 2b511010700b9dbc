import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, it } from 'node:test';
import { AreaDirectory } from '../src/area-directory';
import { areaChoices } from '../src/area-choices';
import { readAreas } from '../src/extract/areas';

// The areas built from DfE's files (packages/sample-data).
const DATA = resolve(import.meta.dirname, '../../sample-data/data');
const dir = new AreaDirectory(readAreas(readFileSync(resolve(DATA, 'areas.arrow'))));
const choices = areaChoices(dir);

describe('areaChoices: the LAs a picker offers', () => {
  it('lists every live LA once, and no region or England', () => {
    const live = dir.localAuthorities().filter((a) => a.live);
    assert.equal(new Set(choices.map((c) => c.value)).size, choices.length);
    for (const a of live) assert.ok(choices.some((c) => c.value === a.code), a.name);
    assert.ok(choices.every((c) => dir.find(c.value)?.level === 'Local authority'));
  });

  it('keeps a former LA with successors, with the year it ended, and its former codes as keys', () => {
    const cumbria = choices.find((c) => c.hint.endsWith(', 909'));
    assert.equal(cumbria?.label, 'Cumbria (until 2023)');
    const bucks = choices.find((c) => c.label === 'Buckinghamshire');
    assert.ok(bucks?.keys.length, 'Buckinghamshire keeps its former code');
  });

  it('is in British English alphabetical order', () => {
    const labels = choices.map((c) => c.label);
    assert.deepEqual(labels, [...labels].sort(new Intl.Collator('en-GB').compare));
    assert.equal(labels[0], 'Barking and Dagenham');
  });

  it('hints with the ONS code and the LA number', () => {
    assert.equal(choices.find((c) => c.label === 'Salford')?.hint, 'E08000006, 355');
  });
});
