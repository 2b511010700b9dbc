// The Arrow extract codec: what is written reads back unchanged, bytes depend only on content,
// and anything that is not a well-formed extract of the right kind fails with an ExtractError.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { ExtractError, FORMAT_VERSION, META_KEYS, ObservationsExtract, readAreas, readNeighbours, type Area, type IndicatorMeta, type NeighbourLink, type Observation, type ObservationsMeta } from '../src/index';
import { writeAreas, writeNeighbours, writeObservations } from '../src/write';
import { encodeTable } from '../src/extract/table-encode';

const indicator = (id: string, breakdowns: string[]): IndicatorMeta => ({
  id, label: `Label of ${id}`, theme: 'ehcp', unit: 'percent', unitLabel: '% of new EHC plans', decimals: 1, polarity: 'high',
  definition: 'Percentage of new plans issued within 20 weeks, “quoted”, with commas, and ünïcödé.',
  source: { publication: 'Education, health and care plans', url: 'https://example.org/x', files: ['a.csv', 'b.csv'] },
  latestRelease: 'June 2025', coverage: 'la',
  breakdown: { dimension: 'Plans', values: breakdowns, total: breakdowns[0] },
  lait: { Total: 'SEN_EHC_All_20wks' },
  breaks: [{ period: '2023', note: 'Person-level collection from 2023.' }],
  notes: ['A note.'],
  suppression: 'Suppressed under 10.',
});

const META: ObservationsMeta = {
  indicators: [indicator('ehcp-20-weeks', ['Total']), indicator('pa-sen', ['Total', 'Any special educational need'])],
  areas: 'areas.arrow', neighbours: 'neighbours.arrow', title: 'Test extract', licence: 'OGL v3',
};

const obs = (o: Partial<Observation> & Pick<Observation, 'indicator' | 'period' | 'areaCode'>): Observation => ({
  periodLabel: o.period.length === 6 ? `${o.period.slice(0, 4)}/${o.period.slice(4)}` : o.period,
  level: 'Local authority', laCode: null, areaName: 'Somewhere', breakdown: 'Total',
  value: null, numerator: null, denominator: null, status: null, ...o,
});

// Already in the writer's order (indicator, breakdown, area, period), so read-back order is this order.
const ROWS: Observation[] = [
  obs({ indicator: 'ehcp-20-weeks', period: '2023', areaCode: 'E08000006', laCode: '355', areaName: 'Salford', value: 46.2, numerator: 223, denominator: 483 }),
  obs({ indicator: 'ehcp-20-weeks', period: '2024', areaCode: 'E08000006', laCode: '355', areaName: 'Salford', value: 50.1, numerator: 231, denominator: 461 }),
  obs({ indicator: 'ehcp-20-weeks', period: '2019', areaCode: 'E09000001', laCode: '201', areaName: 'City of London', status: 'c' }),
  obs({ indicator: 'ehcp-20-weeks', period: '2024', areaCode: 'E09000001', laCode: '201', areaName: 'City of London', value: 0, numerator: 0, denominator: 12 }),
  obs({ indicator: 'ehcp-20-weeks', period: '2024', areaCode: 'E12000002', level: 'Regional', areaName: 'North West', value: 49.6 }),
  obs({ indicator: 'ehcp-20-weeks', period: '2024', areaCode: 'E92000001', level: 'National', areaName: 'England', value: 45.9, numerator: 41448, denominator: 90392 }),
  obs({ indicator: 'pa-sen', period: '202223', breakdown: 'Any special educational need', areaCode: 'E06000010', laCode: '810', areaName: 'Kingston upon Hull, City of', value: 34.82, numerator: 2569, denominator: 7377 }),
  obs({ indicator: 'pa-sen', period: '201920', areaCode: 'E06000010', laCode: '810', areaName: 'Kingston upon Hull, City of', status: 'z', denominator: 7000 }),
  obs({ indicator: 'pa-sen', period: '202021', areaCode: 'E06000010', laCode: '810', areaName: 'Kingston upon Hull, City of', status: 'low' }),
  obs({ indicator: 'pa-sen', period: '202122', areaCode: 'E06000010', laCode: '810', areaName: 'Kingston upon Hull, City of', status: 'x' }),
  obs({ indicator: 'pa-sen', period: '202223', areaCode: 'E06000010', laCode: '810', areaName: 'Kingston upon Hull, City of', value: -1.5e-7, numerator: 1e15, denominator: 0.25 }),
];

function readAll(x: ObservationsExtract): Observation[] {
  return Array.from({ length: x.rowCount }, (_, i) => x.row(i));
}

/** A deterministic shuffle (seeded LCG), so a failure reproduces. */
function shuffled<T>(xs: readonly T[], seed: number): T[] {
  const out = [...xs];
  for (let i = out.length - 1; i > 0; i--) {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    const j = seed % (i + 1);
    [out[i], out[j]] = [out[j], out[i]];
  }
  return out;
}

function assertExtractError(fn: () => unknown, code?: ExtractError['code']) {
  assert.throws(fn, (e: unknown) => {
    assert.ok(e instanceof ExtractError, `expected an ExtractError, got ${e instanceof Error ? `${e.name}: ${e.message}` : String(e)}`);
    assert.equal(typeof e.code, 'string');
    if (code) assert.equal(e.code, code, e.message);
    return true;
  });
}

describe('observations extract: round trip', () => {
  const bytes = writeObservations(ROWS, META);
  const x = new ObservationsExtract(bytes);

  test('reads back identical rows, including null values with a status and null numerators', () => {
    assert.equal(x.rowCount, ROWS.length);
    assert.deepEqual(readAll(x), ROWS);
  });

  test('a zero stays a zero; a suppressed cell stays null with status c', () => {
    const rows = readAll(x);
    const zero = rows.find((r) => r.areaCode === 'E09000001' && r.period === '2024')!;
    assert.equal(zero.value, 0);
    assert.equal(zero.status, null);
    const c = rows.find((r) => r.areaCode === 'E09000001' && r.period === '2019')!;
    assert.equal(c.value, null);
    assert.equal(c.status, 'c');
    assert.equal(c.numerator, null);
    assert.equal(c.denominator, null);
  });

  test('metadata reads back: indicators, companions, title, licence', () => {
    assert.deepEqual(x.meta, META);
    assert.deepEqual(x.indicator('pa-sen'), META.indicators[1]);
    assert.equal(x.indicator('nope'), undefined);
  });

  test('series, cross, periods and areaCodes', () => {
    assert.deepEqual(x.series('ehcp-20-weeks', 'E08000006').map((o) => [o.period, o.value]), [['2023', 46.2], ['2024', 50.1]]);
    assert.deepEqual(x.series('pa-sen', 'E06000010').map((o) => o.period), ['201920', '202021', '202122', '202223']);
    assert.deepEqual(x.series('pa-sen', 'E06000010', 'Any special educational need').map((o) => o.value), [34.82]);
    assert.deepEqual(x.cross('ehcp-20-weeks', '2024').map((o) => o.areaCode).sort(), ['E08000006', 'E09000001', 'E12000002', 'E92000001']);
    assert.deepEqual(x.cross('ehcp-20-weeks', '2024', undefined, 'Local authority').map((o) => o.areaCode).sort(), ['E08000006', 'E09000001']);
    assert.deepEqual(x.periods('ehcp-20-weeks'), ['2019', '2023', '2024']);
    assert.deepEqual(x.periods('unknown'), []);
    assert.deepEqual(x.areaCodes('ehcp-20-weeks').sort(), ['E08000006', 'E09000001', 'E12000002', 'E92000001']);
    assert.deepEqual(x.series('ehcp-20-weeks', 'E99999999'), []);
  });

  test('the schema records kind and format version', () => {
    const text = new TextDecoder('latin1').decode(bytes);
    assert.ok(text.includes(META_KEYS.kind) && text.includes('observations'));
    assert.equal(FORMAT_VERSION, '1');
  });

  test('bytes are identical when the same rows are written in a different order', () => {
    for (const seed of [1, 2, 3, 42, 2024]) {
      const again = writeObservations(shuffled(ROWS, seed), META);
      assert.ok(Buffer.from(again).equals(Buffer.from(bytes)), `seed ${seed}`);
    }
    assert.ok(Buffer.from(writeObservations([...ROWS].reverse(), META)).equals(Buffer.from(bytes)));
  });

  test('different content gives different bytes', () => {
    const changed = ROWS.map((r, i) => (i === 1 ? { ...r, value: 50.2 } : r));
    assert.ok(!Buffer.from(writeObservations(changed, META)).equals(Buffer.from(bytes)));
  });

  test('no value and no status reads back as not available (x), never 0', () => {
    const y = new ObservationsExtract(writeObservations([obs({ indicator: 'ehcp-20-weeks', period: '2024', areaCode: 'E1' })], META));
    assert.deepEqual([y.row(0).value, y.row(0).status], [null, 'x']);
  });

  test('a value written with a status reads back with no value', () => {
    const y = new ObservationsExtract(writeObservations([obs({ indicator: 'ehcp-20-weeks', period: '2024', areaCode: 'E1', value: 5, status: 'c' })], META));
    assert.deepEqual([y.row(0).value, y.row(0).status], [null, 'c']);
  });

  test('an extract with no rows reads back empty', () => {
    const y = new ObservationsExtract(writeObservations([], META));
    assert.equal(y.rowCount, 0);
    assert.deepEqual(y.meta, META);
    assert.deepEqual(y.series('ehcp-20-weeks', 'E08000006'), []);
    assert.deepEqual(y.periods('ehcp-20-weeks'), []);
  });

  test('more than 127 distinct values (wider dictionary keys) round-trip; more than the limits are refused', () => {
    // 400 areas (16-bit keys): the most an extract may name (extract/limits.ts).
    const many = Array.from({ length: 20000 }, (_, i) =>
      obs({ indicator: 'ehcp-20-weeks', period: String(1000 + Math.floor(i / 400)), areaCode: `A${String(i % 400).padStart(6, '0')}`, areaName: `Area ${i % 400}`, value: i / 7 }));
    const y = new ObservationsExtract(writeObservations(many, META));
    assert.equal(y.rowCount, many.length);
    const back = new Map(readAll(y).map((o) => [`${o.areaCode} ${o.period}`, o]));
    for (const o of [many[0], many[127], many[128], many[399], many[19999]]) assert.deepEqual(back.get(`${o.areaCode} ${o.period}`), o);
    // 40,000 areas (32-bit keys) are more than an extract may name: refused before the file is read.
    const wide = Array.from({ length: 40000 }, (_, i) => obs({ indicator: 'ehcp-20-weeks', period: '2024', areaCode: `A${String(i).padStart(6, '0')}`, value: 1 }));
    assert.throws(() => new ObservationsExtract(writeObservations(wide, META)), (e: unknown) => e instanceof ExtractError && e.code === 'over-limit');
  });
});

describe('areas and neighbours extracts: round trip', () => {
  const AREAS: Area[] = [
    { code: 'E06000063', laCode: '942', name: 'Cumberland', level: 'Local authority', regionCode: 'E12000002', regionName: 'North West', laType: 'Unitary Authorities', live: true, from: '2023-04-01', to: null, formerCodes: [], successors: [], predecessors: ['909'], aliases: [] },
    { code: 'E08000038', laCode: '370', name: 'Barnsley', level: 'Local authority', regionCode: 'E12000003', regionName: 'Yorkshire and The Humber', laType: 'Metropolitan Districts', live: true, from: '2009-01-01', to: null, formerCodes: ['E08000016'], successors: [], predecessors: [], aliases: [] },
    { code: 'E10000006', laCode: '909', name: 'Cumbria', level: 'Local authority', regionCode: 'E12000002', regionName: 'North West', laType: 'Counties', live: false, from: '2009-01-01', to: '2023-03-31', formerCodes: [], successors: ['942', '943'], predecessors: [], aliases: ['Cumbria County'] },
    { code: 'E92000001', laCode: null, name: 'England', level: 'National', regionCode: null, regionName: null, laType: null, live: true, from: null, to: null, formerCodes: [], successors: [], predecessors: [], aliases: [] },
  ];
  const LINKS: NeighbourLink[] = [
    { model: '2021', laCode: '355', rank: 1, neighbour: '350', closeness: 'Very close' },
    { model: '2025', laCode: '355', rank: 1, neighbour: '354', closeness: 'Extremely close' },
    { model: '2025', laCode: '355', rank: 2, neighbour: '350', closeness: 'Close' },
  ];

  test('areas read back identical (sorted by code), bytes independent of order', () => {
    const bytes = writeAreas(AREAS, 'Areas', 'OGL');
    assert.deepEqual(readAreas(bytes), AREAS);
    assert.ok(Buffer.from(writeAreas([...AREAS].reverse(), 'Areas', 'OGL')).equals(Buffer.from(bytes)));
  });

  test('neighbours read back identical, bytes independent of order', () => {
    const bytes = writeNeighbours(LINKS, 'Neighbours', 'OGL');
    assert.deepEqual(readNeighbours(bytes), LINKS);
    assert.ok(Buffer.from(writeNeighbours(shuffled(LINKS, 7), 'Neighbours', 'OGL')).equals(Buffer.from(bytes)));
  });
});

describe('unreadable extracts throw ExtractError with a code', () => {
  const good = writeObservations(ROWS, META);
  const areas = writeAreas([], 'Areas', 'OGL');
  const neighbours = writeNeighbours([], 'Neighbours', 'OGL');

  test('empty bytes', () => {
    assertExtractError(() => new ObservationsExtract(new Uint8Array(0)), 'not-arrow');
    assertExtractError(() => readAreas(new Uint8Array(0)), 'not-arrow');
    assertExtractError(() => readNeighbours(new Uint8Array(0)), 'not-arrow');
  });

  test('garbage bytes', () => {
    for (const g of [new TextEncoder().encode('not an arrow file'), new TextEncoder().encode('{"rows": []}'), new Uint8Array(4096), Uint8Array.from({ length: 512 }, (_, i) => (i * 37) % 256)]) {
      assertExtractError(() => new ObservationsExtract(g), 'not-arrow');
      assertExtractError(() => readAreas(g), 'not-arrow');
    }
  });

  test('truncated bytes, at every length', () => {
    for (let n = 0; n < good.length; n += 7) assertExtractError(() => new ObservationsExtract(good.subarray(0, n)));
    assertExtractError(() => new ObservationsExtract(good.subarray(0, good.length - 1)));
  });

  test('bytes with the start cut off', () => {
    for (const n of [1, 6, 8, 64]) assertExtractError(() => new ObservationsExtract(good.subarray(n)));
  });

  test('an areas or neighbours extract passed as observations is the wrong kind', () => {
    assertExtractError(() => new ObservationsExtract(areas), 'wrong-kind');
    assertExtractError(() => new ObservationsExtract(neighbours), 'wrong-kind');
    assertExtractError(() => readAreas(good), 'wrong-kind');
    assertExtractError(() => readNeighbours(areas), 'wrong-kind');
  });

  test('an Arrow file without inclusion metadata is the wrong kind', () => {
    const plain = encodeTable([{ name: 'value', kind: 'f64', values: [1, 2] }], {});
    assertExtractError(() => new ObservationsExtract(plain), 'wrong-kind');
  });

  test('a missing column, a column of the wrong type, and bad indicator metadata', () => {
    const meta = { [META_KEYS.kind]: 'observations', [META_KEYS.indicators]: JSON.stringify(META.indicators) };
    assertExtractError(() => new ObservationsExtract(encodeTable([{ name: 'indicator', kind: 'dict', values: ['a'] }], meta)), 'missing-column');
    const cols = ['indicator', 'time_period', 'time_label', 'geographic_level', 'area_code', 'old_la_code', 'area_name', 'breakdown', 'status']
      .map((name) => ({ name, kind: 'dict' as const, values: ['a'] }));
    const nums = (kind: 'f64' | 'dict') => ['value', 'numerator', 'denominator'].map((name) => (kind === 'f64' ? { name, kind, values: [1] } : { name, kind, values: ['1'] }));
    assert.equal(new ObservationsExtract(encodeTable([...cols, ...nums('f64')], meta)).rowCount, 1);
    assertExtractError(() => new ObservationsExtract(encodeTable([...cols, ...nums('dict')], meta)), 'wrong-type');
    for (const bad of [undefined, 'not json', '{"id":"x"}', '[{"label":"no id"}]']) {
      const m: Record<string, string> = { [META_KEYS.kind]: 'observations' };
      if (bad !== undefined) m[META_KEYS.indicators] = bad;
      assertExtractError(() => new ObservationsExtract(encodeTable([...cols, ...nums('f64')], m)), 'bad-metadata');
    }
  });
});

describe('a one-indicator extract leaves out the columns it does not use', () => {
  const lait = ROWS.filter((o) => o.indicator === 'ehcp-20-weeks' && o.status === null).map((o) => ({ ...o, numerator: null, denominator: null, laCode: null }));
  const bytes = writeObservations(lait, { ...META, indicators: [META.indicators[0]] }, { dropEmpty: true });

  test('numerator, denominator, status and old_la_code are absent when empty for every row', async () => {
    const { tableFromIPC } = await import('apache-arrow');
    const names = tableFromIPC(bytes).schema.fields.map((f) => f.name);
    for (const c of ['numerator', 'denominator', 'status', 'old_la_code']) assert.ok(!names.includes(c), c);
    assert.ok(names.includes('value') && names.includes('area_code'));
  });

  test('the reader accepts their absence: they read as null, and values as written', () => {
    const x = new ObservationsExtract(bytes);
    assert.deepEqual(readAll(x), lait);
    assert.ok(bytes.byteLength < writeObservations(lait, { ...META, indicators: [META.indicators[0]] }).byteLength);
  });

  test('a column that is required (value, area_code…) is still required', () => {
    const t = encodeTable([{ name: 'indicator', kind: 'dict', values: ['a'] }], { [META_KEYS.kind]: 'observations', [META_KEYS.format]: FORMAT_VERSION, [META_KEYS.indicators]: JSON.stringify(META.indicators) });
    assert.throws(() => new ObservationsExtract(t), ExtractError);
  });
});

describe('ObservationsExtract.fromRows', () => {
  test('answers exactly as the encoded extract of the same rows does', async () => {
    const { ObservationsExtract: X } = await import('../src/index');
    const { writeObservations: w } = await import('../src/write');
    const { readFileSync } = await import('node:fs');
    const x = new X(readFileSync(new URL('../../sample-data/data/ehcp.arrow', import.meta.url)));
    const rows = Array.from({ length: x.rowCount }, (_, i) => x.row(i));
    const mem = X.fromRows(rows, x.meta);
    const enc = new X(w(rows, x.meta));
    assert.equal(mem.rowCount, enc.rowCount);
    for (let i = 0; i < enc.rowCount; i++) assert.deepEqual(mem.row(i), enc.row(i));
    assert.deepEqual(mem.series('ehcp-20-weeks', 'E08000006'), enc.series('ehcp-20-weeks', 'E08000006'));
    assert.deepEqual(mem.periods('ehcp-20-weeks'), enc.periods('ehcp-20-weeks'));
  });
});
