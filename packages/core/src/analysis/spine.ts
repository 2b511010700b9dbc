import { resolveArea, resolveBreakdown, resolvePeriod, BenchmarkError } from './query';
import type { ExtractSet } from '../extract-set';
import type { Area } from '../extract/areas';
import type { IndicatorMeta } from '../indicators';
import { periodLabel } from '../periods';
import { quantile, type Band } from '../stats/rank';
import type { Status } from '../status';
import { atPrecision, CrossSection } from './cross-section';

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
  /**
   * Positions from 0 to 1 where 1 is better (higher without polarity): England at 0.5, the LA furthest
   * from England at an edge.
   */
  pos: { value: number | null; worst: number; best: number; q25: number; q75: number; england: number };
}

export interface Spine {
  area: Area;
  rows: SpineRow[];
  /** Indicators asked for that have no England figure or LA spread to draw. */
  skipped: { id: string; reason: string }[];
}

/** Many indicators for one LA, each against the spread of all LAs and England (PHE spine-chart style). */
export function spine(set: ExtractSet, areaQuery: string, ids: readonly string[], period?: string): Spine {
  const area = resolveArea(set.areas, areaQuery);
  const rows: SpineRow[] = [];
  const skipped: Spine['skipped'] = [];
  for (const id of ids) {
    const found = set.find(id);
    if (!found) throw new BenchmarkError('unknown-indicator', `No indicator "${id}".`, set.names());
    const { data, meta } = found;
    const breakdown = resolveBreakdown(meta, found.breakdown);
    let p: string;
    try {
      p = resolvePeriod(data, meta, period, area, breakdown);
    } catch {
      skipped.push({ id, reason: `no figures for ${area.name}` });
      continue;
    }
    const x = CrossSection.of(data, set.areas, meta, p, breakdown);
    const england = x.england()?.value ?? null;
    const sorted = [...x.laValues].sort((a, b) => a - b);
    if (england === null || sorted.length < 4) {
      skipped.push({ id, reason: 'no England figure or too few LAs to compare' });
      continue;
    }
    const flip = meta.polarity === 'low';
    const [lo, hi] = [sorted[0], sorted.at(-1)!];
    const [worst, best] = flip ? [hi, lo] : [lo, hi];
    const q25 = quantile(sorted, flip ? 0.75 : 0.25);
    const q75 = quantile(sorted, flip ? 0.25 : 0.75);
    const e = atPrecision(england, meta.decimals);
    const reach = Math.max(Math.abs(hi - e), Math.abs(lo - e)) || 1;
    const at = (v: number) => 0.5 + ((flip ? e - v : v - e) / reach) * 0.5;
    const own = x.get(area);
    const value = own?.value ?? null;
    rows.push({
      indicator: meta, breakdown, period: p, periodLabel: periodLabel(p), value, status: own ? own.status : 'x', england,
      worst, best, q25, q75, rank: x.rank(value), of: x.laValues.length, band: x.band(value)?.band ?? null,
      pos: { value: value === null ? null : at(atPrecision(value, meta.decimals)), worst: at(worst), best: at(best), q25: at(q25), q75: at(q75), england: 0.5 },
    });
  }
  return { area, rows, skipped };
}
