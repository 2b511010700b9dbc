import type { AreaDirectory, Observation } from '@inclusion-dashboard/core';
import { join } from 'node:path';
import { CsvTable, type CsvRow } from '../csv';
import { cellAt, eesArea, observation, periodAt } from '../rows';

/** How one indicator is read from one tidy EES file. */
export interface EesSpec {
  indicator: string;
  file: string;
  value: string;
  numerator?: string;
  denominator?: string;
  /** The breakdown value for a row, or null to skip the row. */
  breakdown: (get: (column: string) => string) => string | null;
  /** Keep only these periods (e.g. the years another source does not cover). */
  periods?: (period: string) => boolean;
  /** Apply small-number suppression: the source was published unsuppressed. */
  suppress?: boolean;
}

export function readEes(dir: string, spec: EesSpec, areas: AreaDirectory): Observation[] {
  const t = CsvTable.read(join(dir, spec.file));
  t.require('time_period', 'geographic_level', spec.value,
    ...[spec.numerator, spec.denominator].filter((c): c is string => !!c));
  const out: Observation[] = [];
  for (const r of t.rows) {
    const get = (c: string) => t.get(r, c).trim();
    const breakdown = spec.breakdown(get);
    if (breakdown === null) continue;
    const period = periodAt(t, r);
    if (spec.periods && !spec.periods(period)) continue;
    const area = eesArea(t, r, areas);
    if (!area) continue;
    out.push(observation(
      spec.indicator, period, area, breakdown,
      cellAt(t, r, spec.value),
      spec.numerator ? cellAt(t, r, spec.numerator) : null,
      spec.denominator ? cellAt(t, r, spec.denominator) : null,
      spec.suppress,
    ));
  }
  return out;
}

export type { CsvRow };
