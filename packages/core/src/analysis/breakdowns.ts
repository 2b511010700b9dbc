import type { AreaDirectory } from '../area-directory';
import { confidenceInterval } from '../benchmark';
import type { Area } from '../extract/areas';
import type { ObservationsExtract } from '../extract/observations';
import type { IndicatorMeta } from '../indicators';
import { periodLabel } from '../periods';
import type { Status } from '../status';
import { compareWithEngland, type Verdict } from '../stats/compare';
import { Z95 } from '../stats/wilson';
import { CrossSection } from './cross-section';
import { resolveArea, resolveIndicator, resolvePeriod, type Query } from './query';

export interface BreakdownRow {
  breakdown: string;
  value: number | null;
  status: Status | null;
  ci95: [number, number] | null;
  england: number | null;
  englandStatus: Status | null;
  /** Better, similar or worse than England, by the one rule (`compareWithEngland`). */
  verdict: Verdict;
}

export interface BreakdownComparison {
  indicator: IndicatorMeta;
  area: Area;
  period: string;
  periodLabel: string;
  rows: BreakdownRow[];
  /** True when the indicator is published for England only, so the area is England. */
  englandOnly: boolean;
}

/** One indicator split by its breakdown (phase, SEN status …), the area beside England for each. */
export function breakdownComparison(data: ObservationsExtract, areas: AreaDirectory, q: Query): BreakdownComparison {
  const meta = resolveIndicator(data, q.indicator);
  const englandOnly = meta.coverage === 'national';
  const area = englandOnly ? areas.england! : resolveArea(areas, q.area ?? 'England');
  const period = resolvePeriod(data, meta, q.period, area, meta.breakdown.total);
  const england = areas.england!;
  const rows = meta.breakdown.values.map((b): BreakdownRow => {
    const x = CrossSection.of(data, areas, meta, period, b);
    const o = x.get(area);
    const e = x.get(england);
    const value = o?.value ?? null;
    const ci95 = confidenceInterval(meta, o, Z95);
    const englandValue = e?.value ?? null;
    return {
      breakdown: b, value, status: o ? o.status : 'x', ci95, england: englandValue, englandStatus: e ? e.status : 'x',
      verdict: area.level === 'National' ? { comparison: 'not compared', reason: 'this is England' } as const : compareWithEngland(meta, value, ci95, englandValue),
    };
  });
  return { indicator: meta, area, period, periodLabel: periodLabel(period), rows, englandOnly };
}

/** A breakdown as the element shows it: with the area asked for when it cannot be shown, and whether England is alone. */
export interface BreakdownChart extends BreakdownComparison {
  /** The area asked for, when the indicator is published for England only and so it cannot be shown. */
  asked: string | null;
  /** Only England is drawn: an England-only indicator, or England asked for. */
  alone: boolean;
}

export function breakdownChart(data: ObservationsExtract, areas: AreaDirectory, q: Query): BreakdownChart {
  const b = breakdownComparison(data, areas, q);
  const asked = b.englandOnly && q.area ? areas.find(q.area)?.name ?? q.area : null;
  return { ...b, asked: asked && asked !== b.area.name ? asked : null, alone: b.englandOnly || b.area.level === 'National' };
}
