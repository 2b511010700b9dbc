import type { AreaDirectory } from '../area-directory';
import type { Area } from '../extract/areas';
import type { ObservationsExtract } from '../extract/observations';
import type { IndicatorMeta } from '../indicators';
import { periodLabel } from '../periods';
import { goodness, type Band } from '../stats/rank';
import type { Status } from '../status';
import { atPrecision, CrossSection, type AreaValue } from './cross-section';
import { resolveArea, resolveBreakdown, resolveIndicator, resolvePeriod, type Query } from './query';

export interface RankingRow {
  area: Area;
  value: number | null;
  status: Status | null;
  numerator: number | null;
  denominator: number | null;
  rank: number | null;
  band: Band | null;
  selected: boolean;
}

export interface Ranking {
  indicator: IndicatorMeta;
  period: string;
  periodLabel: string;
  breakdown: string;
  /** Best first after polarity (highest first without polarity); areas with no value last. */
  rows: RankingRow[];
  thresholds: [number, number, number] | null;
  /** LAs with a value: ranks and bands are out of this many, nationally. */
  of: number;
  england: AreaValue | null;
  selected: Area | null;
  /** Set when the ranking is restricted to one region's LAs (ranks stay national). */
  region: Area | null;
}

/** Every LA for one indicator and period, ranked nationally; optionally only those in one region. */
export function ranking(data: ObservationsExtract, areas: AreaDirectory, q: Query & { region?: string }): Ranking {
  const meta = resolveIndicator(data, q.indicator);
  const breakdown = resolveBreakdown(meta, q.breakdown);
  const selected = q.area ? resolveArea(areas, q.area) : null;
  const period = resolvePeriod(data, meta, q.period, selected ?? undefined, breakdown);
  const x = CrossSection.of(data, areas, meta, period, breakdown);
  const region = q.region ? resolveArea(areas, q.region) : null;
  const rows: RankingRow[] = [];
  for (const o of x.rows) {
    if (o.level !== 'Local authority') continue;
    const area = areas.find(o.areaCode);
    if (!area) continue;
    if (region && area.regionCode !== region.code) continue;
    rows.push({
      area, value: o.value, status: o.status, numerator: o.numerator, denominator: o.denominator,
      rank: x.rank(o.value), band: x.band(o.value)?.band ?? null, selected: area.code === selected?.code,
    });
  }
  const g = (r: RankingRow) => (r.value === null ? -Infinity : goodness(atPrecision(r.value, meta.decimals), meta.polarity));
  rows.sort((a, b) => g(b) - g(a) || (a.area.name < b.area.name ? -1 : 1));
  const any = x.laValues[0];
  return {
    indicator: meta, period, periodLabel: periodLabel(period), breakdown, rows,
    thresholds: any === undefined ? null : x.band(any)?.thresholds ?? null,
    of: x.laValues.length, england: x.england(), selected, region,
  };
}
