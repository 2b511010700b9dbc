import type { AreaDirectory } from '../area-directory';
import type { ObservationsExtract } from '../extract/observations';
import type { IndicatorMeta } from '../indicators';
import { periodLabel } from '../periods';
import { CrossSection, type AreaValue } from './cross-section';
import { resolveBreakdown, resolveIndicator, resolvePeriod, type Query } from './query';

export interface RegionsOverview {
  indicator: IndicatorMeta;
  period: string;
  periodLabel: string;
  breakdown: string;
  england: AreaValue | null;
  regions: AreaValue[];
}

/** England and each of the nine regions for one indicator and period: the national overview. */
export function regionsOverview(data: ObservationsExtract, areas: AreaDirectory, q: Query): RegionsOverview {
  const meta = resolveIndicator(data, q.indicator);
  const breakdown = resolveBreakdown(meta, q.breakdown);
  const period = resolvePeriod(data, meta, q.period, areas.england, breakdown);
  const x = CrossSection.of(data, areas, meta, period, breakdown);
  const regions = areas.areas.filter((a) => a.level === 'Regional').map((r) => x.valueOf(r));
  return { indicator: meta, period, periodLabel: periodLabel(period), breakdown, england: x.england(), regions };
}
