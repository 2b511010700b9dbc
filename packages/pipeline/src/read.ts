// The one generic reader: interprets a SourceEntry over a tidy EES CSV.
import type { AreaDirectory, Observation, PeriodQualifier } from '@inclusion-dashboard/core';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { CsvTable } from './csv';
import type { BreakdownRule, IndicatorRead, PeriodFilter, SourceEntry, Where } from './declare';
import { EntryError } from './errors';
import { declaredIn, headerOf, missingColumns, missingFile } from './reference';
import { cellAt, eesArea, observation, periodAt } from './rows';

/** Every column an entry reads, so a moved or renamed column stops the build before any row is read. */
export function columnsOf(entry: SourceEntry): string[] {
  const cols = new Set<string>(['time_period', 'geographic_level', ...Object.keys(entry.where ?? {}), ...(entry.version ? [entry.version.column] : [])]);
  for (const i of entry.indicators) {
    for (const c of [i.melt ? '' : i.value, i.numerator, i.denominator, ...Object.keys(i.where ?? {}), ...Object.values(i.melt ?? {})]) if (c) cols.add(c);
    if (typeof i.breakdown !== 'string') cols.add(i.breakdown.column);
    if (i.split) { cols.add(i.split.column); cols.add(i.split.by); }
  }
  return [...cols];
}

/**
 * Checks every entry against its file's header (the first line only) before anything is read: a missing file or
 * a moved column stops the build at once, in one line.
 */
export function checkEntries(dir: string, entries: readonly SourceEntry[]): void {
  for (const entry of entries) {
    const path = join(dir, entry.file);
    if (!existsSync(path)) missingFile(entry);
    checkColumns(entry, headerOf(path, entry.file));
  }
}

function checkColumns(entry: SourceEntry, header: readonly string[]): void {
  const have = new Set(header);
  const missing = columnsOf(entry).filter((c) => !have.has(c));
  if (missing.length) missingColumns(entry, missing, header.length);
}

const tables = new Map<string, CsvTable>();
/** Reads (once per build) and checks an entry's file. */
export function tableFor(dir: string, entry: SourceEntry): CsvTable {
  const path = join(dir, entry.file);
  if (!existsSync(path)) missingFile(entry);
  let t = tables.get(path);
  if (!t) tables.set(path, (t = CsvTable.read(path)));
  checkColumns(entry, t.header);
  return t;
}

export function clearTables(): void {
  tables.clear();
}

function matches(where: Where | undefined, get: (c: string) => string): boolean {
  if (!where) return true;
  for (const [c, v] of Object.entries(where)) {
    const x = get(c);
    if (Array.isArray(v) ? !v.includes(x) : x !== v) return false;
  }
  return true;
}

function inPeriods(f: PeriodFilter | undefined, p: string): boolean {
  return !f || ((f.from === undefined || p >= f.from) && (f.before === undefined || p < f.before));
}

function breakdownOf(rule: BreakdownRule, get: (c: string) => string): string | null {
  if (typeof rule === 'string') return rule;
  const v = get(rule.column);
  if (!rule.map) return v;
  return rule.map[v] ?? null;
}

/** Lower-case slug of a topic, for split ids. */
export const slug = (s: string) => s.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '');

/** The indicator id and breakdown a row gives one IndicatorRead, or null to skip it. */
function target(ind: IndicatorRead, get: (c: string) => string): { id: string; breakdown: string; topic?: string }[] | null {
  if (!ind.split) {
    const b = breakdownOf(ind.breakdown, get);
    return b === null ? null : [{ id: ind.id, breakdown: b }];
  }
  const topic = get(ind.split.column);
  if (ind.split.skip?.includes(topic)) return null;
  if (topic === ind.split.total) {
    // The total row is the "Total" of every split indicator: the caller fans it out once the topics are known.
    return [{ id: ind.id, breakdown: 'Total', topic: '' }];
  }
  return [{ id: `${ind.id}-by-${slug(topic)}`, breakdown: get(ind.split.by), topic }];
}

export interface EntryRows {
  /** Observations by indicator id. */
  byIndicator: Map<string, Observation[]>;
  /** For split reads: the topics found, by the base id. */
  topics: Map<string, Set<string>>;
  /** Periods the file's version column marks provisional or revised. */
  qualifiers: Map<string, PeriodQualifier>;
}

/** Reads every indicator of an entry in one pass over its file. */
export function readEntry(dir: string, entry: SourceEntry, areas: AreaDirectory): EntryRows {
  const t = tableFor(dir, entry);
  const byIndicator = new Map<string, Observation[]>();
  const topics = new Map<string, Set<string>>();
  const totals = new Map<string, Observation[]>();
  const qualifiers = new Map<string, PeriodQualifier>();
  const ownTotals: { o: Observation; topic: string }[] = [];
  // One figure per indicator, period, area and breakdown: two rows that give different figures for the same cell
  // mean the entry's filters let through rows it should not (a total row repeated under another grouping).
  const lineOf = new WeakMap<Observation, number>();
  const seen = new Map<string, Observation>();
  const push = (id: string, o: Observation) => {
    const key = `${id}|${o.period}|${o.areaCode}|${o.breakdown}`;
    const was = seen.get(key);
    if (was && (was.value !== o.value || was.status !== o.status)) {
      throw new EntryError(entry, `lines ${lineOf.get(was)} and ${lineOf.get(o)} give two figures (${was.value ?? was.status} and ${o.value ?? o.status}) for indicator "${id}", ${o.areaName}, ${o.period}, breakdown "${o.breakdown}". Narrow the where of entry "${entry.name}" in ${declaredIn(entry)} so that one row gives each figure.`);
    }
    if (was) return;
    seen.set(key, o);
    let l = byIndicator.get(id);
    if (!l) byIndicator.set(id, (l = []));
    l.push(o);
  };
  const at = (o: Observation, line: number) => (lineOf.set(o, line), o);
  for (const r of t.rows) {
    const get = (c: string) => t.get(r, c).trim();
    if (!matches(entry.where, get)) continue;
    let period: string | undefined;
    if (entry.version) {
      const q = entry.version.map[get(entry.version.column)];
      if (q) qualifiers.set((period = periodAt(t, r)), q);
    }
    let area: ReturnType<typeof eesArea> | undefined;
    for (const ind of entry.indicators) {
      if (!matches(ind.where, get)) continue;
      const targets = target(ind, get);
      if (!targets) continue;
      period ??= periodAt(t, r);
      if (!inPeriods(entry.periods, period) || !inPeriods(ind.periods, period)) continue;
      if (area === undefined) area = eesArea(t, r, areas);
      if (!area) continue;
      const num = ind.numerator ? cellAt(t, r, ind.numerator) : null;
      const den = ind.denominator ? cellAt(t, r, ind.denominator) : null;
      if (ind.melt) {
        for (const [b, col] of Object.entries(ind.melt)) push(ind.id, at(observation(ind.id, period, area, b, cellAt(t, r, col), null, null, !!ind.derived), r.line));
        continue;
      }
      const value = cellAt(t, r, ind.value);
      for (const x of targets) {
        const o = at(observation(x.id, period, area, x.breakdown, value, num, den, !!ind.derived), r.line);
        if (x.topic === '') {
          let l = totals.get(ind.id);
          if (!l) totals.set(ind.id, (l = []));
          l.push(o);
        } else if (x.topic && x.breakdown === 'Total') {
          // A topic's own total row (KS4's "SEN Primary Need: Total" is every pupil with a recorded need): kept
          // below, under its own name where it differs from the all-pupils total.
          ownTotals.push({ o, topic: x.topic });
        } else {
          if (x.topic) {
            let s = topics.get(ind.id);
            if (!s) topics.set(ind.id, (s = new Set()));
            s.add(x.topic);
          }
          push(x.id, o);
        }
      }
    }
  }
  // Each split indicator carries the all-pupils row as its Total.
  for (const [base, rows] of totals) {
    for (const topic of topics.get(base) ?? []) {
      const id = `${base}-by-${slug(topic)}`;
      for (const o of rows) push(id, at({ ...o, indicator: id }, lineOf.get(o)!));
    }
  }
  for (const { o, topic } of ownTotals) {
    const all = seen.get(`${o.indicator}|${o.period}|${o.areaCode}|Total`);
    if (all && all.value === o.value && all.status === o.status) continue;
    if (!all) { push(o.indicator, o); continue; }
    push(o.indicator, at({ ...o, breakdown: `${topic}: all recorded` }, lineOf.get(o)!));
  }
  return { byIndicator, topics, qualifiers };
}
