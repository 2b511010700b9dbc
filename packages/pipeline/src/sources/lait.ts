import type { AreaDirectory, Observation } from '@inclusion-dashboard/core';
import { academicYearEnding, parsePeriod } from '@inclusion-dashboard/core';
import { join } from 'node:path';
import { LAIT_REGIONS } from '../areas';
import { CsvTable } from '../csv';
import { SourceError } from '../errors';
import { cellAt, observation } from '../rows';

export const LAIT_FILE = 'lait/lait_benchmarks_absence_exclusions_sen_subset.csv';

/**
 * LAIT year labels: absence and January-census measures name the ending year (2017 = 2016/17),
 * exclusions use "2015/16", calendar-year measures (EHCP timeliness, tribunals) name the year.
 */
export type LaitYears = 'academic-ending' | 'academic' | 'calendar';

export interface LaitSpec {
  indicator: string;
  years: LaitYears;
  /** LAIT measure code → breakdown value. */
  measures: Record<string, string>;
  periods?: (period: string) => boolean;
}

function laitPeriod(label: string, years: LaitYears): string | undefined {
  if (years === 'academic-ending') return /^\d{4}$/.test(label) ? academicYearEnding(Number(label)) : undefined;
  if (years === 'academic') return /^\d{4}\/\d{2}$/.test(label) ? parsePeriod(label) : undefined;
  return /^\d{4}$/.test(label) ? label : undefined;
}

let cache: { dir: string; table: CsvTable } | undefined;
function laitTable(dir: string): CsvTable {
  if (cache?.dir !== dir) cache = { dir, table: CsvTable.read(join(dir, LAIT_FILE)).require('measure_code', 'year_label', 'la_number', 'value_raw', 'value') };
  return cache.table;
}

export function readLait(dir: string, spec: LaitSpec, areas: AreaDirectory): Observation[] {
  const t = laitTable(dir);
  const out: Observation[] = [];
  for (const r of t.rows) {
    const breakdown = spec.measures[t.get(r, 'measure_code')];
    if (breakdown === undefined) continue;
    const label = t.get(r, 'year_label').trim();
    const period = laitPeriod(label, spec.years);
    if (!period) throw new SourceError(t.file, r.line, 'year_label', `unexpected year label "${label}" for a ${spec.years} measure.`);
    if (spec.periods && !spec.periods(period)) continue;
    const num = t.get(r, 'la_number').trim();
    if (num === '987' || num === '988') continue; // Inner and Outer London
    const area = areas.find(LAIT_REGIONS[num] ?? num);
    if (!area) throw new SourceError(t.file, r.line, 'la_number', `unknown LA number "${num}".`);
    // `value` is LAIT's text already converted to a number; `value_raw` keeps the "-" that says why it is empty.
    const cell = t.get(r, 'value').trim() === '' ? cellAt(t, r, 'value_raw') : cellAt(t, r, 'value');
    out.push(observation(spec.indicator, period, area, breakdown, cell));
  }
  return out;
}
