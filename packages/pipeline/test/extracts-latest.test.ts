// Each indicator's latest-figures extract (catalogue.ts `latestFile`) gives a benchmark or tile with no period, and
// the spine, exactly what the whole extract gives: same figures, ranks, averages, notes and sentences, for England,
// every region and every current LA. That is what lets the elements fetch it instead of the whole extract (issue
// 12); a former LA reads the whole extract (`latestServes`).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import {
  AreaDirectory, ExtractSet, ObservationsExtract, benchmark, benchmarkTable, describeBenchmark, latestFile, latestServes, readAreas, readNeighbours, spineChart,
  type Catalogue,
} from '@inclusion-dashboard/core';
import { EXTRACTS } from './helpers';

const catalogue = JSON.parse(readFileSync(resolve(EXTRACTS, 'catalogue.json'), 'utf8')) as Catalogue;
const areas = new AreaDirectory(readAreas(readFileSync(resolve(EXTRACTS, 'areas.arrow'))), readNeighbours(readFileSync(resolve(EXTRACTS, 'neighbours.arrow'))));
const read = (file: string) => new ObservationsExtract(readFileSync(resolve(EXTRACTS, file)));
const current = areas.areas.filter((a) => !a.to);

/** What an element shows, or the error it would show, as one comparable value. */
function shown<T>(f: () => T): T | { error: string } {
  try {
    return f();
  } catch (e) {
    return { error: (e as Error).message };
  }
}

test('every indicator in the catalogue has a latest-figures extract, listed with its size and rows', () => {
  for (const i of catalogue.indicators) {
    assert.equal(i.latest?.file, latestFile(i.id), i.id);
    const bytes = readFileSync(resolve(EXTRACTS, i.latest!.file));
    assert.equal(bytes.byteLength, i.latest!.bytes, i.id);
    assert.equal(read(i.latest!.file).rowCount, i.latest!.rows, i.id);
    assert.ok(i.latest!.rows <= i.rows, i.id);
  }
});

test('a benchmark with no period is the same from the latest figures as from the whole extract, for every current area', () => {
  // Every curated indicator, and every fourth of the others: about 170 indicators, 153 LAs each.
  const ids = catalogue.indicators.filter((i, k) => i.curated || k % 4 === 0);
  let compared = 0;
  for (const i of ids) {
    const whole = read(i.file);
    const latest = read(i.latest!.file);
    for (const breakdown of [undefined, ...i.breakdown.values.filter((b) => b !== i.breakdown.total).slice(0, 1)]) {
      for (const a of current) {
        const q = { indicator: i.id, area: a.code, breakdown };
        const w = shown(() => benchmark(whole, areas, q));
        const l = shown(() => benchmark(latest, areas, q));
        if ('error' in w) {
          assert.ok('error' in l, `${i.id} ${a.name}: the whole extract has no figure, the latest has one`);
          continue;
        }
        assert.deepEqual(l, w, `${i.id} ${breakdown ?? ''} ${a.name}`);
        assert.equal(describeBenchmark(l as typeof w), describeBenchmark(w), `${i.id} ${a.name}`);
        assert.deepEqual(benchmarkTable(l as typeof w, true, { facts: true }), benchmarkTable(w, true, { facts: true }), `${i.id} ${a.name}`);
        compared++;
      }
    }
  }
  assert.ok(compared > 20000, `only ${compared} benchmarks compared`);
});

test('former LAs read the whole extract; current areas, and names that match none, the latest figures', () => {
  for (const a of ['Cumbria', 'Northamptonshire', 'Poole', 'Aylesbury Vale']) assert.equal(latestServes(areas, a), !areas.find(a) || !areas.find(a)!.to, a);
  assert.equal(latestServes(areas, 'Cumbria'), false);
  for (const a of ['Salford', 'Cumberland', 'North Northamptonshire', 'England', 'North West', 'Nowhere at all']) assert.equal(latestServes(areas, a), true, a);
});

test('the spine of the default indicators is the same from the latest figures', () => {
  const whole = new ExtractSet(catalogue.indicators.map((i) => read(i.file)), areas, catalogue);
  const latest = new ExtractSet(catalogue.indicators.map((i) => read(i.latest!.file)), areas, catalogue);
  for (const a of ['Salford', 'Kent', 'Cumberland', 'North Yorkshire', 'Isles of Scilly', 'City of London']) {
    assert.deepEqual(shown(() => spineChart(latest, a)), shown(() => spineChart(whole, a)), a);
  }
});

test('the latest figures are a fraction of the whole for indicators with many years', () => {
  // 53% when written (1 December 2026): an LA whose latest figure is years old (the Isles of Scilly, the City of
  // London, Inner London in some files) keeps its year, and the one before, for every area.
  const big = catalogue.indicators.filter((i) => i.periods.length >= 8);
  const ratio = big.reduce((s, i) => s + i.latest!.bytes, 0) / big.reduce((s, i) => s + i.bytes, 0);
  assert.ok(ratio < 0.6, `latest files are ${(ratio * 100).toFixed(0)}% of the whole for ${big.length} indicators with 8+ years`);
  // The demo pages' indicators, measured by the phone bench.
  for (const [id, most] of [['ehcp-20-weeks', 0.4], ['persistent-absence', 0.3], ['suspension-rate', 0.4]] as const) {
    const i = catalogue.indicators.find((x) => x.id === id)!;
    assert.ok(i.latest!.bytes < most * i.bytes, `${id}: ${i.latest!.bytes} of ${i.bytes} bytes`);
  }
});
