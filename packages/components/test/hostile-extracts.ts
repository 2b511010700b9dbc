// Generates hostile extracts in the test browser from the real EHCP extract (nothing is committed), and serves
// them from the test server's memory (/__fixtures/store/<id>/, scripts/wtr-fixtures-plugin.mjs) beside copies of
// the real areas and neighbours, so an element loads them as it would any extract: fetch, decode, companions.
import { ObservationsExtract, readAreas, type Area, type IndicatorMeta, type Observation } from '@inclusion-dashboard/core';
import { writeAreas, writeObservations } from '@inclusion-dashboard/core/write';
import { DATA } from './helpers';

export const INDICATOR = 'ehcp-20-weeks';
export const PERIOD = '2024';

interface Base {
  meta: IndicatorMeta;
  /** The real rows of ehcp-20-weeks, 2024, total: England, regions and every LA. */
  rows: Observation[];
  areas: Area[];
  areasBytes: Uint8Array;
  neighboursBytes: Uint8Array;
}

let base: Promise<Base> | null = null;
const bytes = async (url: string) => new Uint8Array(await (await fetch(url)).arrayBuffer());

function loadBase(): Promise<Base> {
  return (base ??= (async () => {
    const x = new ObservationsExtract(await bytes(`${DATA}/ehcp.arrow`));
    const meta = x.indicator(INDICATOR)!;
    const areasBytes = await bytes(`${DATA}/areas.arrow`);
    return {
      meta, rows: x.cross(INDICATOR, PERIOD), areas: readAreas(areasBytes), areasBytes, neighboursBytes: await bytes(`${DATA}/neighbours.arrow`),
    };
  })());
}

/** `n` made-up LAs (codes and names that no real LA has), in the first real region. */
function madeUpAreas(b: Base, n: number): Area[] {
  const region = b.areas.find((a) => a.level === 'Regional')!;
  return Array.from({ length: n }, (_, i) => ({
    code: `E99${String(i).padStart(6, '0')}`, laCode: `X${i}`, name: `Made-up LA ${i}`, level: 'Local authority', regionCode: region.code,
    regionName: region.name, laType: null, live: true, from: null, to: null, formerCodes: [], successors: [], predecessors: [], aliases: [],
  }));
}

const laRow = (b: Base, a: Area, value: number): Observation => ({
  indicator: INDICATOR, period: PERIOD, periodLabel: PERIOD, level: 'Local authority', areaCode: a.code, laCode: a.laCode, areaName: a.name,
  breakdown: b.meta.breakdown.total, value, numerator: null, denominator: null, status: null,
});

export interface Hostile {
  /** The extract's URL, with its companions beside it. */
  src: string;
  /** Bytes of the extract. */
  size: number;
}

/** Writes the case's extract (and areas, if given) to the test server; companions are the real ones otherwise. */
async function serve(id: string, rows: Observation[], indicators: IndicatorMeta[], areas?: Uint8Array): Promise<Hostile> {
  const b = await loadBase();
  const extract = writeObservations(rows, { indicators, areas: 'areas.arrow', neighbours: 'neighbours.arrow', title: `Hostile: ${id}`, licence: 'OGL' });
  const folder = `/__fixtures/store/${id}-${Math.random().toString(36).slice(2)}`;
  const put = (name: string, body: Uint8Array) => fetch(`${folder}/${name}`, { method: 'PUT', body: body.slice() });
  await Promise.all([put('x.arrow', extract), put('areas.arrow', areas ?? b.areasBytes), put('neighbours.arrow', b.neighboursBytes)]);
  return { src: `${folder}/x.arrow`, size: extract.byteLength };
}

/** Each case: what it is, and how it is made. */
export const CASES: Record<string, () => Promise<Hostile>> = {
  /** The case that froze a page for 86 s: 100,000 areas in one cross-section. */
  'areas-100000': async () => {
    const b = await loadBase();
    return serve('areas-100000', madeUpAreas(b, 100_000).map((a, i) => laRow(b, a, (i % 1000) / 10)), [b.meta]);
  },
  /** Its neighbour at the limit: 400 areas in the areas file, every LA among them ranked and drawn. */
  'areas-400': async () => {
    const b = await loadBase();
    // The areas file holds at most 400 too: the real 172 and made-up LAs to fill it.
    const extra = madeUpAreas(b, 400 - b.areas.length);
    const rows = [...b.rows, ...extra.map((a, i) => laRow(b, a, (i * 37 % 1000) / 10))];
    return serve('areas-400', rows, [b.meta], writeAreas([...b.areas, ...extra], 'Hostile areas', 'OGL'));
  },
  /** A 5 MB indicator label (32 s frozen, 587 MB of heap before). */
  'label-5mb': async () => {
    const b = await loadBase();
    return serve('label-5mb', b.rows, [{ ...b.meta, label: 'L'.repeat(5_000_000) }]);
  },
  /** Its neighbour: the longest label allowed, 500 characters. */
  'label-500': async () => {
    const b = await loadBase();
    return serve('label-500', b.rows, [{ ...b.meta, label: `Long label ${'word '.repeat(98)}`.slice(0, 500) }]);
  },
  /** A 5 MB area name in the data. */
  'name-5mb': async () => {
    const b = await loadBase();
    return serve('name-5mb', b.rows.map((o) => (o.areaName === 'Salford' ? { ...o, areaName: 'S'.repeat(5_000_000) } : o)), [b.meta]);
  },
  /** 2,000 indicators described by one extract (a 2.7 s task drawing 2,000 tiles before). */
  'indicators-2000': async () => {
    const b = await loadBase();
    return serve('indicators-2000', b.rows, [b.meta, ...Array.from({ length: 1999 }, (_, i) => ({ ...b.meta, id: `made-up-${i}`, label: `Made-up ${i}` }))]);
  },
  /** Its neighbour at the limit: 100. */
  'indicators-100': async () => {
    const b = await loadBase();
    return serve('indicators-100', b.rows, [b.meta, ...Array.from({ length: 99 }, (_, i) => ({ ...b.meta, id: `made-up-${i}`, label: `Made-up ${i}` }))]);
  },
  /** Counts near 1e302: Salford's figure, and every LA's numerator and denominator. */
  'huge-counts': async () => {
    const b = await loadBase();
    return serve('huge-counts', b.rows.map((o) => (o.level !== 'Local authority' ? o
      : o.areaName === 'Salford' ? { ...o, value: 1e302, numerator: 1e302, denominator: 1e302 }
        : { ...o, numerator: 1e302, denominator: 1.5e302 })), [b.meta]);
  },
  /** Its neighbour: counts at the largest magnitude taken as real (1e15). */
  'large-counts': async () => {
    const b = await loadBase();
    return serve('large-counts', b.rows.map((o) => (o.level === 'Local authority' && o.value !== null ? { ...o, numerator: Math.round(o.value * 1e13), denominator: 1e15 } : o)), [b.meta]);
  },
  /** Zero denominators everywhere (and zero numerators), England included. */
  'zero-denominators': async () => {
    const b = await loadBase();
    return serve('zero-denominators', b.rows.map((o) => ({ ...o, numerator: 0, denominator: 0 })), [b.meta]);
  },
  /** NaN and infinities stored as figures. */
  'nan-values': async () => {
    const b = await loadBase();
    let i = 0;
    return serve('nan-values', b.rows.map((o) => (o.level === 'Local authority' && i++ % 3 === 0 ? { ...o, value: [NaN, Infinity, -Infinity][i % 3] } : o)), [b.meta]);
  },
};
