import type { Catalogue, CatalogueIndicator, IndicatorMeta, Observation, PeriodQualifier } from '@inclusion-dashboard/core';
import { AreaDirectory, CATALOGUE_FORMAT, comparePeriods, indicatorFile, INDICATOR_ID, latestFile, latestRows } from '@inclusion-dashboard/core';
import { writeAreas, writeNeighbours, writeObservations } from '@inclusion-dashboard/core/write';
import { closeSync, fsyncSync, openSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { buildAreas, buildNeighbours } from './areas';
import { CURATED, EES_FIRST, THEME_FILES, THEMES } from './catalogue';
import type { SourceEntry } from './declare';
import { generatedMeta, GENERATED_SOURCES } from './generated';
import { decimalsOf, laitIds, laitMeta, readLaitDictionary, readLaitMeasures, readLaitParquet, type LaitCell } from './lait';
import { checkEntries, clearTables, readEntry, slug } from './read';
import { CURATED_SOURCES } from './sources';
import { derivedRates, PUPILS } from './derived';
import { publishSet } from './publish';
import { checkReferences } from './reference';

export const LICENCE = 'Contains public sector information licensed under the Open Government Licence v3.0. Source: Department for Education.';
const TITLE = 'SEND and AP inclusion dashboard extract';

export interface WrittenExtract {
  file: string;
  rows: number;
  indicators: number;
  periods: string[];
  bytes: number;
}

export interface BuildSummary {
  files: WrittenExtract[];
  catalogue: Catalogue;
  /** LAIT rows left out because their year label names no period (with their measure codes). */
  skipped: LaitCell[];
}

/** One file on its own (a local extract): written to a temporary file, synced, then renamed over the old. */
export function writeAtomic(path: string, bytes: Uint8Array): void {
  const tmp = `${path}.tmp-${process.pid}`;
  try {
    const fd = openSync(tmp, 'w');
    try {
      writeFileSync(fd, bytes);
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
    renameSync(tmp, path);
  } catch (e) {
    rmSync(tmp, { force: true });
    throw e;
  }
}

/** One indicator and its rows, the first source listed winning where two give the same cell. */
class Collected {
  readonly rows: Observation[] = [];
  private readonly seen = new Set<string>();
  /** Whether any row came from an EES file (whose published text sets the decimals). */
  ees = false;
  /** One of the per-topic indicators a split read gives (by age, by sex, by ethnicity…): only in the full build. */
  split = false;
  /** Periods the publisher marks provisional, revised, final or outturn. */
  readonly qualifiers = new Map<string, PeriodQualifier>();
  constructor(public meta: IndicatorMeta) {}
  qualify(periods: Iterable<[string, PeriodQualifier]>): void {
    for (const [p, q] of periods) this.qualifiers.set(p, q);
  }
  add(rows: readonly Observation[], ees: boolean): void {
    for (const o of rows) {
      const key = `${o.period}|${o.areaCode}|${o.breakdown}`;
      if (this.seen.has(key)) continue;
      this.seen.add(key);
      this.rows.push(o);
    }
    if (ees && rows.length) this.ees = true;
  }
}

/** Every indicator: curated, every other LAIT measure, and every other EES figure declared in the sources. */
export async function collect(dir: string, areas: AreaDirectory): Promise<{ indicators: Collected[]; skipped: LaitCell[] }> {
  clearTables();
  checkEntries(dir, [...CURATED_SOURCES, ...GENERATED_SOURCES, PUPILS]);
  const byId = new Map<string, Collected>();
  const skipped: LaitCell[] = [];
  const mapped = new Set<string>();
  for (const m of CURATED) byId.set(m.id, new Collected(m));
  // EES files first: where LAIT repeats a cell, the EES row (with its counts) is kept.
  for (const entry of CURATED_SOURCES) addEntry(dir, entry, areas, byId, true);
  const lait = await readLaitParquet(dir);
  const dict = readLaitDictionary(dir);
  for (const m of CURATED) {
    if (!m.lait) continue;
    const measures = Object.fromEntries(Object.entries(m.lait).map(([b, code]) => [code, b]));
    Object.keys(measures).forEach((code) => mapped.add(code));
    const r = readLaitMeasures(lait, dict, m.id, measures, areas);
    // Where EES files carry an indicator, LAIT adds only the areas they do not publish (Inner and Outer London).
    const c = byId.get(m.id)!;
    c.add(EES_FIRST.has(m.id) ? r.rows.filter((o) => o.level === 'Sub-regional') : r.rows, false);
    c.qualify(r.qualifiers);
    skipped.push(...r.skipped);
  }

  // Every LAIT measure no curated indicator carries.
  const codes = [...lait.byCode.keys()].filter((c) => !mapped.has(c)).sort();
  const ids = laitIds(lait.byCode.keys());
  for (const code of codes) {
    const id = ids.get(code)!;
    const d = dict.get(code);
    const r = readLaitMeasures(lait, dict, id, { [code]: 'Total' }, areas);
    skipped.push(...r.skipped);
    const values = r.rows.map((o) => o.value).filter((v): v is number => v !== null);
    const c = new Collected(laitMeta(id, d!, values, r.qualifiers));
    c.add(r.rows, false);
    c.qualify(r.qualifiers);
    byId.set(id, c);
  }
  for (const entry of GENERATED_SOURCES) addEntry(dir, entry, areas, byId, false);
  for (const d of derivedRates(dir, areas, new Map([...byId].map(([k, v]) => [k, v.rows])))) {
    const c = new Collected(d.meta);
    c.add(d.rows, true);
    byId.set(d.meta.id, c);
  }
  return { indicators: [...byId.values()].filter((c) => c.rows.length), skipped };
}

function addEntry(dir: string, entry: SourceEntry, areas: AreaDirectory, byId: Map<string, Collected>, curated: boolean): void {
  const read = readEntry(dir, entry, areas);
  const splits = new Set([...read.topics].flatMap(([base, topics]) => [...topics].map((t) => `${base}-by-${slug(t)}`)));
  for (const [id, rows] of read.byIndicator) {
    let c = byId.get(id);
    if (!c) {
      if (curated) throw new Error(`Entry "${entry.name}" names indicator "${id}", which is not in catalogue.ts.`);
      c = new Collected(generatedMeta(entry, id, rows, read.topics));
      c.split = splits.has(id);
      byId.set(id, c);
    }
    c.add(rows, true);
    // A provisional release (or in-year figures): every period it gives, or the periods it names.
    if (entry.provisional) c.qualify(rows.filter((o) => entry.provisional === 'all' || entry.provisional!.includes(o.period)).map((o) => [o.period, 'provisional']));
    c.qualify(rows.filter((o) => read.qualifiers.has(o.period)).map((o) => [o.period, read.qualifiers.get(o.period)!]));
  }
}

/** "Week 8" before "Week 10", "age 2" before "age 10": numbers compared as numbers, the rest as text. */
export function natural(a: string, b: string): number {
  const pa = a.split(/(\d+)/);
  const pb = b.split(/(\d+)/);
  for (let i = 0; i < Math.min(pa.length, pb.length); i++) {
    const d = i % 2 ? Number(pa[i]) - Number(pb[i]) : pa[i] < pb[i] ? -1 : pa[i] > pb[i] ? 1 : 0;
    if (d) return d;
  }
  return pa.length - pb.length;
}

/** Decimals as published: an EES file's text sets them (58.8 has one), never fewer than the entry declares. */
function finalMeta(c: Collected): IndicatorMeta {
  const q = [...c.qualifiers].sort(([a], [b]) => comparePeriods(a, b));
  const m = q.length ? { ...c.meta, qualifiers: Object.fromEntries(q) } : c.meta;
  if (!c.ees) return m;
  const published = Math.max(0, ...c.rows.map((o) => (o.value === null ? 0 : Math.min(2, decimalsOf(o.value)))));
  const values = [...new Set(c.rows.map((o) => o.breakdown))];
  const order = new Map(m.breakdown.values.map((v, i) => [v, i]));
  // Breakdown values in the declared order, then any others met in the file, sorted.
  const extra = values.filter((v) => !order.has(v)).sort(natural);
  return {
    ...m,
    decimals: Math.max(m.decimals, published),
    breakdown: { ...m.breakdown, values: [...m.breakdown.values.filter((v) => values.includes(v)), ...extra] },
  };
}

/**
 * Build every extract from the DfE files in `dir` into `outDir`: the five theme files of the curated indicators,
 * one extract per indicator under indicators/, catalogue.json, areas and neighbours. Nothing is written unless
 * every source reads cleanly. The committed sample leaves out the per-topic splits of the EES files (EHC plans by
 * age, sex, ethnicity…, about 15 MB); `full` builds them too.
 */
export async function buildExtracts(dir: string, outDir: string, { full = false } = {}): Promise<BuildSummary> {
  // Every declared file and the columns read from it, before any is read.
  checkReferences(dir);
  checkEntries(dir, [...CURATED_SOURCES, ...GENERATED_SOURCES, PUPILS]);
  const areaList = buildAreas(dir);
  const directory = new AreaDirectory(areaList);
  const links = buildNeighbours(dir, directory);
  const files: { file: string; bytes: Uint8Array; rows: number; indicators: number; periods: string[] }[] = [];
  files.push({ file: 'areas.arrow', bytes: writeAreas(areaList, 'England, regions and local authorities', LICENCE), rows: areaList.length, indicators: 0, periods: [] });
  files.push({ file: 'neighbours.arrow', bytes: writeNeighbours(links, 'DfE children\'s services statistical neighbours, 2021 and 2025 models', LICENCE), rows: links.length, indicators: 0, periods: [] });

  const { indicators: all, skipped } = await collect(dir, directory);
  const indicators = full ? all : all.filter((c) => !c.split);
  const periodsOf = (rows: readonly Observation[]) => [...new Set(rows.map((r) => r.period))].sort(comparePeriods);

  // The curated indicators, theme by theme, as before.
  for (const [theme, file] of Object.entries(THEME_FILES)) {
    const list = indicators.filter((c) => CURATED.some((m) => m.id === c.meta.id) && c.meta.theme === theme);
    const rows = list.flatMap((c) => c.rows);
    files.push({
      file, rows: rows.length, indicators: list.length, periods: [...new Set(rows.map((r) => r.period))].sort(),
      bytes: writeObservations(rows, { indicators: list.map(finalMeta), areas: 'areas.arrow', neighbours: 'neighbours.arrow', title: `${TITLE}: ${theme}`, licence: LICENCE }),
    });
  }

  // One extract per indicator, and the catalogue.
  const entries: CatalogueIndicator[] = [];
  for (const c of [...indicators].sort((a, b) => (a.meta.id < b.meta.id ? -1 : 1))) {
    const m = finalMeta(c);
    if (!INDICATOR_ID.test(m.id)) throw new Error(`Indicator id "${m.id}" is not a lower-case slug.`);
    const file = indicatorFile(m.id);
    const write = (rows: readonly Observation[]) => writeObservations(rows, { indicators: [m], areas: '../areas.arrow', neighbours: '../neighbours.arrow', title: `${TITLE}: ${m.label}`, licence: LICENCE }, { dropEmpty: true });
    const bytes = write(c.rows);
    const periods = periodsOf(c.rows);
    files.push({ file, bytes, rows: c.rows.length, indicators: 1, periods });
    // What a tile or benchmark with no period reads: the same figures, a fraction of the bytes.
    const recent = latestRows(c.rows, [m], (code) => !directory.find(code)?.to);
    const latest = { file: latestFile(m.id), bytes: write(recent), rows: recent.length };
    files.push({ file: latest.file, bytes: latest.bytes, rows: latest.rows, indicators: 1, periods: periodsOf(recent) });
    entries.push({
      id: m.id, label: m.label, theme: m.theme, topic: m.topic ?? THEMES.find((t) => t.id === m.theme)?.label ?? m.theme,
      unit: m.unit, unitLabel: m.unitLabel, polarity: m.polarity, coverage: m.coverage, curated: !!m.curated,
      ...(m.lait ? { lait: m.lait } : {}),
      breakdown: m.breakdown, periods,
      las: new Set(c.rows.filter((o) => o.level === 'Local authority' && o.value !== null).map((o) => o.areaCode)).size,
      file, bytes: bytes.byteLength, rows: c.rows.length,
      latest: { file: latest.file, bytes: latest.bytes.byteLength, rows: latest.rows },
      decimals: m.decimals, latestRelease: m.latestRelease,
      ...(m.yearType ? { yearType: m.yearType } : {}), ...(m.updated ? { updated: m.updated } : {}),
      ...(m.suppression ? { derived: true } : {}),
    });
  }
  const usedThemes = new Set(entries.map((e) => e.theme));
  const catalogue: Catalogue = {
    kind: 'catalogue', format: CATALOGUE_FORMAT, title: 'SEND and AP inclusion dashboard: the national catalogue', licence: LICENCE,
    areas: 'areas.arrow', neighbours: 'neighbours.arrow',
    themes: THEMES.filter((t) => usedThemes.has(t.id)),
    indicators: entries,
  };
  // One indicator a line: small, and a rebuild's diff reads indicator by indicator.
  const { indicators: list, ...head } = catalogue;
  const text = `${JSON.stringify({ ...head, indicators: [] }).slice(0, -3)}[\n${list.map((i) => JSON.stringify(i)).join(',\n')}\n]}\n`;
  const json = new TextEncoder().encode(text);
  files.push({ file: 'catalogue.json', bytes: json, rows: entries.length, indicators: entries.length, periods: [] });

  // The whole set is staged, synced and swapped in (publish.ts): a build killed at any point leaves the old set or
  // the new, never a mix, and extracts of indicators that no longer exist go with the old set.
  publishSet(outDir, files);
  return {
    files: files.map(({ file, rows, indicators: n, periods, bytes }) => ({ file, rows, indicators: n, periods, bytes: bytes.byteLength })),
    catalogue, skipped,
  };
}
