import { resolveArea, resolveBreakdown, resolvePeriod, BenchmarkError } from './query';
import { confidenceInterval } from '../benchmark';
import { compareWithEngland, type Verdict } from '../stats/compare';
import { Z95 } from '../stats/wilson';
import type { ExtractSet } from '../extract-set';
import type { Area } from '../extract/areas';
import type { IndicatorMeta } from '../indicators';
import { periodLabel } from '../periods';
import { quantile, type Band } from '../stats/rank';
import type { Status } from '../status';
import { atPrecision, CrossSection } from './cross-section';
import { groupAverage, type GroupSpec } from './groups';
import { markedName } from '../describe/group';

export interface SpineRow {
  indicator: IndicatorMeta;
  breakdown: string;
  period: string;
  periodLabel: string;
  value: number | null;
  status: Status | null;
  england: number | null;
  /** In published units: the worst and best LA, the quartiles, and the median. */
  worst: number;
  best: number;
  q25: number;
  q75: number;
  rank: number | null;
  of: number;
  band: Band | null;
  /** The LA's 95% confidence interval, where the counts are published. */
  ci95: [number, number] | null;
  /** Better, similar or worse than England, by the one rule (`compareWithEngland`). */
  verdict: Verdict;
  /**
   * Positions from 0 to 1 where 1 is better (higher without polarity): England at 0.5, the LA furthest
   * from England at an edge.
   */
  pos: { value: number | null; worst: number; best: number; q25: number; q75: number; england: number; group: number | null };
  /** The chosen group's average for this indicator (`compare`, `group`), as the neighbours' is worked out. */
  group: { label: string; mean: number | null; n: number; size: number } | null;
}

export interface Spine {
  area: Area;
  rows: SpineRow[];
  /** Indicators asked for that have no England figure or LA spread to draw. */
  skipped: { id: string; reason: string }[];
  /** The chosen group's name (with its model, for neighbours), when one is shown. */
  group: string | null;
}

/** Why an indicator asked for is left off a spine. */
export interface SpineSkip {
  id: string;
  reason: string;
}

/**
 * One indicator's row of the spine of `area`, or why it is left off. A spine is one row per indicator, so a page
 * can compute it a row at a time and yield between rows (`<inclusion-spine>` over hundreds of indicators).
 */
export function spineRow(set: ExtractSet, area: Area, id: string, period?: string, chosen?: GroupSpec): SpineRow | SpineSkip {
  const found = set.find(id);
  if (!found) throw new BenchmarkError('unknown-indicator', `No indicator "${id}".`, set.names());
  const { data, meta } = found;
  const breakdown = resolveBreakdown(meta, found.breakdown);
  let p: string;
  try {
    p = resolvePeriod(data, meta, period, area, breakdown);
  } catch {
    return { id, reason: `no figures for ${area.name}` };
  }
  const x = CrossSection.of(data, set.areas, meta, p, breakdown);
  const england = x.england()?.value ?? null;
  const sorted = [...x.laValues].sort((a, b) => a - b);
  if (england === null || sorted.length < 4) return { id, reason: 'no England figure or too few LAs to compare' };
  const flip = meta.polarity === 'low';
  const [lo, hi] = [sorted[0], sorted.at(-1)!];
  // An average lies among its parts; a figure of more than twice every council's is England's total (a count, a
  // spend), which would put England in the centre and every council at the left edge.
  if (Math.abs(england) > 2 * Math.max(Math.abs(lo), Math.abs(hi))) return { id, reason: NATIONAL_TOTAL };
  const [worst, best] = flip ? [hi, lo] : [lo, hi];
  const q25 = quantile(sorted, flip ? 0.75 : 0.25);
  const q75 = quantile(sorted, flip ? 0.25 : 0.75);
  const e = atPrecision(england, meta.decimals);
  const reach = Math.max(Math.abs(hi - e), Math.abs(lo - e)) || 1;
  const at = (v: number) => 0.5 + ((flip ? e - v : v - e) / reach) * 0.5;
  const own = x.get(area);
  const value = own?.value ?? null;
  const ci95 = confidenceInterval(meta, own, Z95);
  const g = chosen ? groupAverage(x, area, chosen) : null;
  const group = g ? { label: markedName(g), mean: g.mean, n: g.n, size: g.values.length } : null;
  return {
    indicator: meta, breakdown, period: p, periodLabel: periodLabel(p), value, status: own ? own.status : 'x', england,
    worst, best, q25, q75, rank: x.rank(value), of: x.laValues.length, band: x.band(value)?.band ?? null,
    ci95, verdict: compareWithEngland(meta, value, ci95, england),
    pos: {
      value: value === null ? null : at(atPrecision(value, meta.decimals)), worst: at(worst), best: at(best), q25: at(q25), q75: at(q75), england: 0.5,
      group: group?.mean == null ? null : at(group.mean),
    },
    group,
  };
}

/** Why a row whose England figure is the national total is left off: a spine places each council against England. */
export const NATIONAL_TOTAL = 'England’s figure is the national total, which one council’s cannot be placed against (its ranking compares councils)';

const isSkip = (r: SpineRow | SpineSkip): r is SpineSkip => 'reason' in r;

/** A spine from its rows, in the order asked. */
export function spineOf(area: Area, parts: readonly (SpineRow | SpineSkip)[]): Spine {
  const rows = parts.filter((r): r is SpineRow => !isSkip(r));
  return { area, rows, skipped: parts.filter(isSkip), group: rows.find((r) => r.group)?.group!.label ?? null };
}

/** Many indicators for one LA, each against the spread of all LAs and England (PHE spine-chart style). */
export function spine(set: ExtractSet, areaQuery: string, ids: readonly string[], period?: string, chosen?: GroupSpec): Spine {
  const area = resolveArea(set.areas, areaQuery);
  return spineOf(area, ids.map((id) => spineRow(set, area, id, period, chosen)));
}

/** The indicators shown when none are named: one or two per theme, where the extracts hold them. */
export const DEFAULT_SPINE_INDICATORS = [
  'persistent-absence', 'overall-absence', 'suspension-rate', 'permanent-exclusion-rate', 'pru-absence',
  'ehcp-20-weeks', 'ehcp-20-weeks-excluding-exceptions', 'tribunal-appeal-rate', 'ehcp-rate', 'sen-support-rate',
] as const;

/** A spine with what its text needs: the period asked for, and names for the skipped indicators and successors. */
export interface SpineChart extends Spine {
  /** The period asked for, or null for the latest of each indicator. */
  period: string | null;
  /** Labels of the skipped indicators, in the same order as `skipped`. */
  skippedLabels: string[];
  /** Names of the LAs that replaced a terminated one. */
  successors: string[];
}

/** The indicators a spine shows: those named (space-separated ids or LAIT codes), or the defaults the extracts hold. */
export function spineIds(set: ExtractSet, indicators = ''): string[] {
  const asked = indicators.split(/\s+/).filter(Boolean);
  const ids = asked.length ? asked : DEFAULT_SPINE_INDICATORS.filter((id) => set.find(id));
  if (!ids.length) throw new BenchmarkError('unknown-indicator', 'None of the default indicators is in this data: name some in the indicators attribute.', set.names());
  return ids;
}

/** The spine chart from its rows (`spineRow` for each of `spineIds`): throws when there is nothing to show. */
export function spineChartOf(set: ExtractSet, area: Area, parts: readonly (SpineRow | SpineSkip)[], period?: string): SpineChart {
  const s = spineOf(area, parts);
  if (s.area.level !== 'Local authority') {
    throw new BenchmarkError('unknown-area', `${s.area.name} is not a local authority: a spine chart places one local authority among all of them.`);
  }
  const skippedLabels = s.skipped.map((k) => set.find(k.id)?.meta.label ?? k.id);
  if (!s.rows.length) {
    throw new BenchmarkError('no-data', `No figures to show for ${s.area.name}${period ? ` in ${period}` : ''}. ${s.skipped.map((k, i) => `${skippedLabels[i]}: ${k.reason}`).join('; ')}.`);
  }
  const successors = s.area.successors.map((c) => set.areas.find(c)?.name ?? c);
  return { ...s, period: period || null, skippedLabels, successors };
}

/**
 * The spine chart of one LA: `indicators` (space-separated ids or LAIT codes; the default set held by the
 * extracts when empty). Throws a `BenchmarkError` when it has nothing to show, or the area is not an LA.
 */
export function spineChart(set: ExtractSet, areaQuery: string, indicators = '', period?: string, group?: GroupSpec): SpineChart {
  const ids = spineIds(set, indicators);
  const area = resolveArea(set.areas, areaQuery);
  return spineChartOf(set, area, ids.map((id) => spineRow(set, area, id, period, group)), period);
}
