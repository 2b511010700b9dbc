import type { AreaDirectory } from './area-directory';
import { CrossSection, type AreaValue, type NeighbourGroup } from './analysis/cross-section';
import { groupAverage, type ComparisonGroup } from './analysis/groups';
import type { ComparisonChoice } from './comparison-choice';
import { resolveArea, resolveBreakdown, resolveIndicator, resolvePeriod, type Query } from './analysis/query';
import type { Area } from './extract/areas';
import type { Observation, ObservationsExtract } from './extract/observations';
import { qualifierNote } from './describe/qualifiers';
import type { IndicatorMeta } from './indicators';
import { comparePeriods, periodLabel } from './periods';
import type { Band } from './stats/rank';
import { changeOf, compareWithEngland, funnelAt, type Comparison, type Direction, type FunnelLimits, type Verdict } from './stats/compare';
import { wilson, Z95, Z998 } from './stats/wilson';
import type { Status } from './status';

export { directionOf, type Comparison, type Direction } from './stats/compare';

export interface Benchmark {
  indicator: IndicatorMeta;
  area: Area;
  period: string;
  periodLabel: string;
  breakdown: string;
  value: number | null;
  status: Status | null;
  numerator: number | null;
  denominator: number | null;
  england: AreaValue | null;
  region: AreaValue | null;
  neighbours: NeighbourGroup;
  /** The `group-label` given to the neighbours, if any (their model is still said). */
  neighbourLabel?: string;
  /** A group the reader chose (`compare`, `group="region"`), averaged as the neighbours are; null without one. */
  group: ComparisonGroup | null;
  rank: number | null;
  of: number;
  band: Band | null;
  thresholds: [number, number, number] | null;
  previous: { period: string; periodLabel: string; value: number | null } | null;
  change: number | null;
  direction: Direction | null;
  ci95: [number, number] | null;
  ci998: [number, number] | null;
  /** Better, similar or worse than England, by `compareWithEngland` (the one rule). */
  comparison: Comparison;
  /** The same comparison with the reason it is not made, where it is not. */
  verdict: Verdict;
  funnel: FunnelLimits | null;
  /** Plain-English caveats: series breaks, boundary changes, suppression. */
  notes: string[];
}

export type BenchmarkQuery = Query & { area: string };

/** A proportion's Wilson interval in the indicator's units, where the counts are known. */
export function confidenceInterval(meta: IndicatorMeta, o: Pick<Observation, 'value' | 'numerator' | 'denominator'> | undefined, z: number): [number, number] | null {
  if (!o || o.value === null || o.numerator === null || o.denominator === null || meta.unit !== 'percent' || meta.interval === 'none') return null;
  const w = wilson(o.numerator, o.denominator, z);
  return w ? [w[0] * 100, w[1] * 100] : null;
}

/** Why a change is not compared: a series break or a boundary change between the two periods. */
export function changeBlocker(meta: IndicatorMeta, from: string, to: string): string | null {
  const brk = meta.breaks.find((b) => comparePeriods(b.period, from) > 0 && comparePeriods(b.period, to) <= 0);
  return brk ? `Not compared with ${periodLabel(from)}: ${brk.note}` : null;
}

/** Every comparison for one indicator, area and period, computed from the extracts alone. */
export function benchmark(data: ObservationsExtract, areas: AreaDirectory, q: BenchmarkQuery, choice: ComparisonChoice = {}): Benchmark {
  const meta = resolveIndicator(data, q.indicator);
  const area = resolveArea(areas, q.area);
  const breakdown = resolveBreakdown(meta, q.breakdown);
  const period = resolvePeriod(data, meta, q.period, area, breakdown);
  const x = CrossSection.of(data, areas, meta, period, breakdown);
  const own = x.get(area);
  const notes: string[] = [];
  const value = own?.value ?? null;
  const status = own ? own.status : 'x';
  if (!own) notes.push(`${area.name} has no row for ${periodLabel(period)}.`);

  const england = x.england();
  const region = x.region(area);
  const neighbours = x.neighbours(area, choice.neighbourModel);
  if (choice.neighbourModel && area.level === 'Local authority' && !neighbours.values.length) {
    notes.push(`${area.name} has no statistical neighbours in the ${choice.neighbourModel} model.`);
  }
  const group = choice.group ? groupAverage(x, area, choice.group) : null;
  if (group && group.n < group.values.length) {
    notes.push(`The ${group.label} average uses ${group.n} of ${group.values.length} LAs; the others have no published figure.`);
  }
  if (neighbours.values.length && neighbours.n < neighbours.values.length) {
    notes.push(`Neighbour average uses ${neighbours.n} of ${neighbours.values.length} neighbours; the others have no published figure.`);
  }
  const isLa = area.level === 'Local authority';
  const rank = isLa ? x.rank(value) : null;
  const banding = isLa ? x.band(value) : null;

  // Direction of travel: the latest earlier period in the series, unless a break or boundary change lies between.
  const series = data.series(meta.id, area.code, breakdown);
  const prevObs = series.filter((o) => comparePeriods(o.period, period) < 0).at(-1);
  let change: number | null = null;
  let direction: Direction | null = null;
  const blocker = prevObs ? changeBlocker(meta, prevObs.period, period) : null;
  if (blocker) notes.push(blocker);
  if (!prevObs && area.predecessors.length) {
    notes.push(`${area.name} was formed in ${area.from?.slice(0, 4) ?? 'a boundary change'}; earlier figures belong to its predecessor and are not compared.`);
  }
  if (prevObs && !blocker && value !== null && prevObs.value !== null) {
    ({ change, direction } = changeOf(meta, prevObs.value, value));
  }

  const ci95 = confidenceInterval(meta, own, Z95);
  const ci998 = confidenceInterval(meta, own, Z998);
  const verdict = compareWithEngland(meta, value, ci95, england?.value ?? null);
  const den = own?.denominator ?? null;
  const funnel = den !== null && england?.value != null && meta.unit === 'percent' && meta.interval !== 'none' ? funnelAt(england.value, den) : null;
  if (status === 'c') notes.push(`${area.name}'s figure is suppressed to protect confidentiality.`);
  if (own?.flag) notes.push(`${area.name}'s figure for ${periodLabel(period)} in this data cannot be right (${own.flagReason}), so it is not shown.`);
  const qualified = qualifierNote(meta, [period]);
  if (qualified) notes.push(qualified);

  return {
    indicator: meta, area, period, periodLabel: periodLabel(period), breakdown,
    value, status, numerator: own?.numerator ?? null, denominator: den,
    england, region, neighbours, neighbourLabel: choice.neighbourLabel, group,
    rank, of: x.laValues.length, band: banding?.band ?? null, thresholds: banding?.thresholds ?? null,
    previous: prevObs ? { period: prevObs.period, periodLabel: periodLabel(prevObs.period), value: prevObs.value } : null,
    change, direction, ci95, ci998, comparison: verdict.comparison, verdict, funnel, notes,
  };
}
