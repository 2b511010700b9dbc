import type { AreaDirectory } from '../area-directory';
import type { Area } from '../extract/areas';
import type { ObservationsExtract } from '../extract/observations';
import type { IndicatorMeta } from '../indicators';
import { comparePeriods, periodLabel } from '../periods';
import type { Band } from '../stats/rank';
import { CrossSection, type AreaValue } from './cross-section';
import { groupAverage, type GroupSpec } from './groups';
import { resolveBreakdown, resolveIndicator, resolvePeriod, type Query } from './query';

export interface CompareRow extends AreaValue {
  area: Area;
  numerator: number | null;
  denominator: number | null;
  /** National rank and quartile band among LAs with a value, as in `benchmark`. */
  rank: number | null;
  band: Band | null;
}

export interface CompareGroup {
  label: string;
  /** The simple mean of the members with a value, computed as the statistical-neighbour average is. */
  mean: number | null;
  /** Members with a value: the mean's divisor. */
  n: number;
  rows: CompareRow[];
  /** The statistical-neighbour model, for a neighbour group. */
  model: string | null;
}

export interface AreaComparison {
  indicator: IndicatorMeta;
  period: string;
  periodLabel: string;
  breakdown: string;
  rows: CompareRow[];
  group: CompareGroup | null;
  england: AreaValue | null;
  /** LAs with a value nationally: ranks are out of this many. */
  of: number;
}

/**
 * Several areas side by side for one indicator and period, optionally against a group (named LAs, a region,
 * statistical neighbours) whose average is the simple mean of its members' published values.
 */
export function compareAreas(data: ObservationsExtract, areas: AreaDirectory, q: Omit<Query, 'area'>, members: Area[], group?: GroupSpec): AreaComparison {
  const meta = resolveIndicator(data, q.indicator);
  const breakdown = resolveBreakdown(meta, q.breakdown);
  let period: string;
  if (q.period) period = resolvePeriod(data, meta, q.period, undefined, breakdown);
  else {
    // The latest period in which any of the areas has a value.
    const latest = members
      .map((a) => data.series(meta.id, a.code, breakdown).filter((o) => o.value !== null).at(-1)?.period)
      .filter((p): p is string => !!p)
      .sort(comparePeriods)
      .at(-1);
    period = latest ?? resolvePeriod(data, meta, undefined, undefined, breakdown);
  }
  const x = CrossSection.of(data, areas, meta, period, breakdown);
  const row = (a: Area): CompareRow => {
    const v = x.valueOf(a);
    const o = x.get(a);
    const isLa = a.level === 'Local authority';
    return {
      ...v, area: a, numerator: o?.numerator ?? null, denominator: o?.denominator ?? null,
      rank: isLa ? x.rank(v.value) : null, band: isLa ? x.band(v.value)?.band ?? null : null,
    };
  };
  let g: CompareGroup | null = null;
  if (group) {
    // The one group average (groups.ts), as the elements and the neighbour average work it out.
    const avg = groupAverage(x, members[0] ?? null, group);
    g = { label: avg.label, mean: avg.mean, n: avg.n, rows: avg.members.map(row), model: avg.model };
  }
  return {
    indicator: meta, period, periodLabel: periodLabel(period), breakdown,
    rows: members.map(row), group: g, england: x.england(), of: x.laValues.length,
  };
}
