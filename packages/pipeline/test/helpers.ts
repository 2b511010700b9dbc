// Shared by the pipeline tests: where the real DfE files and the committed extracts are, and small readers for both.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { ObservationsExtract, readAreas, type Observation } from '@inclusion-dashboard/core';
import { CsvTable, type CsvRow } from '../src/csv';
import { CURATED } from '../src/catalogue';

/** A curated indicator's metadata, by id. */
export const curated = (id: string) => CURATED.find((m) => m.id === id)!;

/** The real DfE files described in SOURCES.md (repo at /work/main, data at /work/shared/data/real). */
export const DATA = resolve(import.meta.dirname, '../../../../shared/data/real');
/** The committed extracts, built by `npm run extracts`. */
export const EXTRACTS = resolve(import.meta.dirname, '../../sample-data/data');
export const THEMES = ['attendance', 'exclusions', 'ap', 'ehcp', 'context'] as const;

const tables = new Map<string, CsvTable>();
/** A DfE CSV, parsed once per test file. */
export function csv(file: string): CsvTable {
  let t = tables.get(file);
  if (!t) tables.set(file, (t = CsvTable.read(resolve(DATA, file))));
  return t;
}

/** Rows of a CSV whose named columns equal the given values (after trimming). */
export function where(t: CsvTable, match: Record<string, string>): CsvRow[] {
  const entries = Object.entries(match);
  return t.rows.filter((r) => entries.every(([c, v]) => t.get(r, c).trim() === v));
}

/** The single row matching; fails the test if there is not exactly one. */
export function one(t: CsvTable, match: Record<string, string>): CsvRow {
  const rows = where(t, match);
  if (rows.length !== 1) throw new Error(`${t.file}: expected one row for ${JSON.stringify(match)}, found ${rows.length}`);
  return rows[0];
}

/** A numeric cell as published (fails on a symbol: use only where the file has a number). */
export function num(t: CsvTable, r: CsvRow, column: string): number {
  const raw = t.get(r, column).trim();
  const n = Number(raw);
  if (raw === '' || !Number.isFinite(n)) throw new Error(`${t.file} line ${r.line} ${column}: "${raw}" is not a number`);
  return n;
}

const extracts = new Map<string, ObservationsExtract>();
export function extract(theme: (typeof THEMES)[number]): ObservationsExtract {
  let x = extracts.get(theme);
  if (!x) extracts.set(theme, (x = new ObservationsExtract(readFileSync(resolve(EXTRACTS, `${theme}.arrow`)))));
  return x;
}

export const areas = () => readAreas(readFileSync(resolve(EXTRACTS, 'areas.arrow')));

/** Every row of an extract. */
export function rowsOf(x: ObservationsExtract): Observation[] {
  return Array.from({ length: x.rowCount }, (_, i) => x.row(i));
}

/** The one observation for an indicator, area, period and breakdown; fails if absent or duplicated. */
export function obs(theme: (typeof THEMES)[number], indicator: string, areaCode: string, period: string, breakdown = 'Total'): Observation {
  const found = extract(theme).series(indicator, areaCode, breakdown).filter((o) => o.period === period);
  if (found.length !== 1) throw new Error(`${theme}.arrow: expected one ${indicator} row for ${areaCode} ${period} ${breakdown}, found ${found.length}`);
  return found[0];
}

/** Seeded generator (mulberry32), so a sample is the same on every run. */
export function random(seed: number): () => number {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
