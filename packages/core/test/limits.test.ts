// What an extract may ask of the page (extract/limits.ts): the real extracts pass, and a generated file just over
// any limit fails with `over-limit` before any statistic is worked out; one at the limit still loads.
// FULL_EXTRACTS=<dir> also checks a full build (`npm run extracts -- --full --to <dir>`).
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, test } from 'node:test';
import { ExtractError, LIMITS, ObservationsExtract, parseCatalogue, readAreas, readNeighbours, type Area, type IndicatorMeta, type Observation } from '../src/index';
import { writeAreas, writeNeighbours, writeObservations } from '../src/write';
import { valueProblem } from '../src/validate';

const SAMPLE = resolve(import.meta.dirname, '../../sample-data/data');
const ehcp = new ObservationsExtract(readFileSync(join(SAMPLE, 'ehcp.arrow')));
const META = ehcp.meta.indicators[0];

const overLimit = (f: () => unknown, says: RegExp) => assert.throws(f, (e: unknown) => e instanceof ExtractError && e.code === 'over-limit' && says.test(e.message));

function readEvery(dir: string): number {
  let n = 0;
  for (const f of [...readdirSync(dir).filter((x) => x !== 'indicators'), ...readdirSync(join(dir, 'indicators')).map((x) => `indicators/${x}`)]) {
    const bytes = readFileSync(join(dir, f));
    if (f === 'catalogue.json') parseCatalogue(JSON.parse(bytes.toString('utf8')));
    else if (f === 'areas.arrow') readAreas(bytes);
    else if (f === 'neighbours.arrow') readNeighbours(bytes);
    else if (f.endsWith('.arrow')) new ObservationsExtract(bytes);
    else continue;
    n++;
  }
  return n;
}

/** Observations of one indicator: `areas` LAs × `periods` periods × `breakdowns` breakdown values. */
function rows(meta: IndicatorMeta, { areas = 3, periods = 2, breakdowns = 1, name = (i: number) => `LA ${i}` } = {}): Observation[] {
  const out: Observation[] = [];
  for (let a = 0; a < areas; a++) {
    for (let p = 0; p < periods; p++) {
      for (let b = 0; b < breakdowns; b++) {
        out.push({
          indicator: meta.id, period: String(1900 + p), periodLabel: String(1900 + p), level: 'Local authority',
          areaCode: `E${String(a).padStart(8, '0')}`, laCode: String(a), areaName: name(a), breakdown: b ? `B${b}` : meta.breakdown.total,
          value: 50, numerator: null, denominator: null, status: null,
        });
      }
    }
  }
  return out;
}

const write = (r: Observation[], indicators: IndicatorMeta[] = [META]) =>
  writeObservations(r, { indicators, areas: 'areas.arrow', neighbours: 'neighbours.arrow', title: 'Generated', licence: 'OGL' });

describe('limits on what an extract may ask', () => {
  test('every committed extract and the catalogue are within the limits', () => {
    assert.ok(readEvery(SAMPLE) > 500);
  });

  test('a full build is within the limits (FULL_EXTRACTS)', { skip: !process.env.FULL_EXTRACTS }, () => {
    assert.ok(readEvery(process.env.FULL_EXTRACTS!) > 800);
  });

  test('areas: at the limit loads, one more fails before any work', () => {
    assert.equal(new ObservationsExtract(write(rows(META, { areas: LIMITS.areas, periods: 1 }))).rowCount, LIMITS.areas);
    overLimit(() => new ObservationsExtract(write(rows(META, { areas: LIMITS.areas + 1, periods: 1 }))), /401 areas, where at most 400/);
    // 100,000 areas, the case that froze the page for 86 s.
    overLimit(() => new ObservationsExtract(write(rows(META, { areas: 100_000, periods: 1 }))), /100,000 different values/);
  });

  test('periods and breakdowns', () => {
    new ObservationsExtract(write(rows(META, { areas: 1, periods: LIMITS.periods })));
    overLimit(() => new ObservationsExtract(write(rows(META, { areas: 1, periods: LIMITS.periods + 1 }))), /periods/);
    const many = (n: number) => ({ ...META, breakdown: { ...META.breakdown, values: [META.breakdown.total, ...Array.from({ length: n - 1 }, (_, i) => `B${i + 1}`)] } });
    new ObservationsExtract(write(rows(META, { areas: 1, periods: 1, breakdowns: LIMITS.breakdowns }), [many(LIMITS.breakdowns)]));
    overLimit(() => new ObservationsExtract(write(rows(META, { areas: 1, periods: 1, breakdowns: 2 }), [many(LIMITS.breakdowns + 1)])), /breakdown values/);
    overLimit(() => new ObservationsExtract(write(rows(META, { areas: 1, periods: 1, breakdowns: LIMITS.breakdowns + 1 }))), /501 different values in one column/);
  });

  test('indicators: 100 load, 101 or 2,000 fail', () => {
    const list = (n: number) => Array.from({ length: n }, (_, i) => ({ ...META, id: `indicator-${i}` }));
    assert.equal(new ObservationsExtract(write(rows(META), list(LIMITS.indicators))).meta.indicators.length, LIMITS.indicators);
    overLimit(() => new ObservationsExtract(write(rows(META), list(LIMITS.indicators + 1))), /101 indicators/);
    overLimit(() => new ObservationsExtract(write(rows(META), list(2000))), /indicators|metadata value/);
  });

  test('text: a 5 MB label fails before it is parsed; 501 characters fail; 500 load', () => {
    overLimit(() => new ObservationsExtract(write(rows(META), [{ ...META, label: 'x'.repeat(5_000_000) }])), /bytes in one metadata value/);
    overLimit(() => new ObservationsExtract(write(rows(META), [{ ...META, label: 'x'.repeat(LIMITS.shortText + 1) }])), /characters in the label/);
    new ObservationsExtract(write(rows(META), [{ ...META, label: 'x'.repeat(LIMITS.shortText) }]));
    overLimit(() => new ObservationsExtract(write(rows(META), [{ ...META, definition: 'x'.repeat(LIMITS.longText + 1) }])), /definition/);
    overLimit(() => new ObservationsExtract(write(rows(META), [{ ...META, notes: Array(LIMITS.list + 1).fill('n') }])), /notes/);
    // A 5 MB area name in a column.
    overLimit(() => new ObservationsExtract(write(rows(META, { areas: 1, name: () => 'x'.repeat(5_000_000) }))), /bytes of text in one column \(1 different values\)/);
    new ObservationsExtract(write(rows(META, { areas: 1, name: () => 'x'.repeat(LIMITS.shortText) })));
  });

  test('rows: over the limit fails from the row count alone', () => {
    overLimit(() => new ObservationsExtract(write(rows(META, { areas: 400, periods: 100, breakdowns: 13 }))), /520,000 rows/);
  });

  test('areas.arrow and neighbours.arrow', () => {
    const area = (i: number): Area => ({
      code: `E${String(i).padStart(8, '0')}`, laCode: String(i), name: `LA ${i}`, level: 'Local authority', regionCode: null, regionName: null,
      laType: null, live: true, from: null, to: null, formerCodes: [], successors: [], predecessors: [], aliases: [],
    });
    assert.equal(readAreas(writeAreas(Array.from({ length: LIMITS.areas }, (_, i) => area(i)), 't', 'l')).length, LIMITS.areas);
    overLimit(() => readAreas(writeAreas(Array.from({ length: LIMITS.areas + 1 }, (_, i) => area(i)), 't', 'l')), /401 areas/);
    overLimit(() => readAreas(writeAreas([{ ...area(1), name: 'x'.repeat(LIMITS.shortText + 1) }], 't', 'l')), /characters/);
    const links = Array.from({ length: LIMITS.neighbours + 1 }, (_, i) => ({ model: '2021', laCode: String(i % 150), rank: i, neighbour: '1', closeness: 'Close' }));
    overLimit(() => readNeighbours(writeNeighbours(links, 't', 'l')), /statistical-neighbour links/);
  });

  test('catalogue: indicators, curated ones, and their text', () => {
    const cat = JSON.parse(readFileSync(join(SAMPLE, 'catalogue.json'), 'utf8'));
    const entry = cat.indicators[0];
    const many = (n: number, curated = false) => ({ ...cat, indicators: Array.from({ length: n }, (_, i) => ({ ...entry, id: `x-${i}`, curated })) });
    parseCatalogue(many(LIMITS.catalogueIndicators));
    overLimit(() => parseCatalogue(many(2000)), /2,000 indicators in the catalogue/);
    overLimit(() => parseCatalogue(many(LIMITS.curated + 1, true)), /curated/);
    overLimit(() => parseCatalogue({ ...cat, indicators: [{ ...entry, label: 'x'.repeat(5_000_000) }] }), /label/);
  });

  test('figures beyond any published one are set aside, not drawn; counts beyond it read as absent', () => {
    assert.equal(valueProblem(16_012_355_892, { unit: 'count' }), null); // the largest real figure
    assert.equal(valueProblem(1e302, { unit: 'count' }), 'larger than any published figure');
    assert.equal(valueProblem(-1e302, { unit: 'value' }), 'larger than any published figure');
    const r = rows(META, { areas: 2, periods: 1 });
    Object.assign(r[0], { value: 1e302, numerator: 1e302, denominator: 1e303 });
    Object.assign(r[1], { value: 0, numerator: 0, denominator: 0 });
    const x = new ObservationsExtract(write(r));
    const [a, b] = x.cross(META.id, '1900');
    assert.deepEqual([a.value, a.status, a.flag, a.numerator, a.denominator], [null, 'x', 'out-of-range', null, null]);
    assert.deepEqual([b.value, b.numerator, b.denominator], [0, 0, 0]);
  });
});
