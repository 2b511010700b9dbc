import type { AreaDirectory } from '../area-directory';
import type { Area } from '../extract/areas';
import type { ObservationsExtract } from '../extract/observations';
import type { IndicatorMeta } from '../indicators';
import { periodLabel } from '../periods';
import { funnelAt, funnelSide, type FunnelLimits, type FunnelSide } from '../stats/compare';
import { goodness, type Band } from '../stats/rank';
import type { Status } from '../status';
import { atPrecision, CrossSection, type AreaValue } from './cross-section';
import { groupAverage, type ComparisonGroup, type GroupSpec } from './groups';
import { BenchmarkError, resolveArea, resolveBreakdown, resolveIndicator, resolvePeriod, type Query } from './query';
import { sentenceCase } from '../format';
import { hasValue } from '../figure';

export interface RankingRow {
  area: Area;
  value: number | null;
  status: Status | null;
  numerator: number | null;
  denominator: number | null;
  rank: number | null;
  band: Band | null;
  selected: boolean;
  /** In the group the reader chose (`compare`, `group`): marked in the chart and the table. */
  member: boolean;
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
  /** The group the reader chose, averaged as the neighbours are; its members are marked in `rows`. */
  group: ComparisonGroup | null;
}

/** Every LA for one indicator and period, ranked nationally; optionally only those in one region. */
export function ranking(data: ObservationsExtract, areas: AreaDirectory, q: Query & { region?: string; group?: GroupSpec }): Ranking {
  const meta = resolveIndicator(data, q.indicator);
  const breakdown = resolveBreakdown(meta, q.breakdown);
  const selected = q.area ? resolveArea(areas, q.area) : null;
  const period = resolvePeriod(data, meta, q.period, selected ?? undefined, breakdown);
  const x = CrossSection.of(data, areas, meta, period, breakdown);
  const region = q.region ? resolveArea(areas, q.region) : null;
  const group = q.group ? groupAverage(x, selected, q.group) : null;
  const members = new Set(group?.members.map((a) => a.code));
  const rows: RankingRow[] = [];
  for (const o of x.rows) {
    if (o.level !== 'Local authority') continue;
    const area = areas.find(o.areaCode);
    if (!area) continue;
    if (region && area.regionCode !== region.code) continue;
    rows.push({
      area, value: o.value, status: o.status, numerator: o.numerator, denominator: o.denominator,
      rank: x.rank(o.value), band: x.band(o.value)?.band ?? null, selected: area.code === selected?.code, member: members.has(area.code),
    });
  }
  const g = (r: RankingRow) => (r.value === null ? -Infinity : goodness(atPrecision(r.value, meta.decimals), meta.polarity));
  rows.sort((a, b) => g(b) - g(a) || (a.area.name < b.area.name ? -1 : 1));
  const any = x.laValues[0];
  return {
    indicator: meta, period, periodLabel: periodLabel(period), breakdown, rows,
    thresholds: any === undefined ? null : x.band(any)?.thresholds ?? null,
    of: x.laValues.length, england: x.england(), selected, region, group,
  };
}

export type RankingMode = 'ranking' | 'funnel';
export type { FunnelSide };

export interface FunnelPoint {
  row: RankingRow;
  /** Control limits at this LA's denominator, in published units. */
  limits95: [number, number];
  limits998: [number, number];
  side: FunnelSide;
}

/** A ranking as drawn: national positions and band spans, and the funnel plot where one can be drawn. */
export interface RankingChart {
  ranking: Ranking;
  /** Position of every LA with a value in the national order, 1 = best: the x of the ranking strip. */
  position: Map<string, number>;
  /** Each quartile band's span of national positions. */
  bands: { band: Band; from: number; to: number }[];
  mode: RankingMode;
  /** Why a funnel plot was asked for but cannot be drawn. */
  funnelBlocked: string | null;
  funnel: { p0: number; points: FunnelPoint[] } | null;
}

/** The funnel plot of a ranking: each LA with a denominator against the control limits around England. */
export function rankingFunnel(r: Ranking): { funnel: RankingChart['funnel']; blocked: string | null } {
  const m = r.indicator;
  const counted = r.rows.filter((x): x is RankingRow & { value: number; denominator: number } => hasValue(x) && x.denominator !== null && x.denominator > 0);
  const p0 = r.england?.value ?? null;
  const blocked = (why: string) => ({ funnel: null, blocked: `${why}: the ranking is shown instead.` });
  if (!counted.length) return blocked(`Counts (numerators and denominators) are not published for ${sentenceCase(m.label)}, so a funnel plot cannot be drawn`);
  if (m.unit !== 'percent' || m.interval === 'none') return blocked(`${m.label} is not a proportion of the pupils counted (one pupil can count more than once), so a funnel plot does not apply`);
  if (p0 === null) return blocked(`England's figure is not available for ${r.periodLabel}, so there is no centre line for a funnel plot`);
  const points = counted.map((row): FunnelPoint => {
    const l: FunnelLimits = funnelAt(p0, row.denominator) ?? { ci95: [0, 100], ci998: [0, 100] };
    return { row, limits95: l.ci95, limits998: l.ci998, side: funnelSide(row.value, l) };
  });
  return { funnel: { p0, points }, blocked: null };
}

/** Every LA ranked, as the ranking element draws it: optionally one region's LAs, or a funnel plot. */
export function rankingChart(data: ObservationsExtract, areas: AreaDirectory, q: Query & { region?: string; mode?: string; group?: GroupSpec }): RankingChart {
  if (q.region) {
    const reg = areas.find(q.region);
    if (reg && reg.level !== 'Regional') {
      const regions = areas.areas.filter((a) => a.level === 'Regional').map((a) => a.name);
      throw new BenchmarkError('unknown-area', `"${q.region}" is not a region. Regions: ${regions.join(', ')}.`, regions, true);
    }
  }
  const r = ranking(data, areas, q);
  // Positions and bands are national, whatever the region shown.
  const national = r.region ? ranking(data, areas, { ...q, region: undefined, period: r.period, group: undefined }) : r;
  const position = new Map<string, number>();
  const bands: RankingChart['bands'] = [];
  national.rows.forEach((row, i) => {
    if (row.value === null) return;
    position.set(row.area.code, i + 1);
    const last = bands.at(-1);
    if (row.band && last?.band === row.band) last.to = i + 1;
    else if (row.band) bands.push({ band: row.band, from: i + 1, to: i + 1 });
  });
  const { funnel, blocked } = q.mode === 'funnel' ? rankingFunnel(r) : { funnel: null, blocked: null };
  return { ranking: r, position, bands, mode: funnel ? 'funnel' : 'ranking', funnelBlocked: blocked, funnel };
}
