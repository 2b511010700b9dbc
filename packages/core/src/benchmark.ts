import type { AreaDirectory } from './area-directory';
import type { Area } from './extract/areas';
import type { Observation, ObservationsExtract } from './extract/observations';
import type { IndicatorMeta } from './indicators';
import { comparePeriods, parsePeriod, periodLabel } from './periods';
import { bandOf, rankOf, type Band } from './stats/rank';
import { sentenceCase } from './format';
import { funnelLimits, wilson, Z95, Z998 } from './stats/wilson';
import type { Status } from './status';

export interface AreaValue {
  code: string;
  laCode: string | null;
  name: string;
  value: number | null;
  status: Status | null;
}

export type Direction = 'better' | 'worse' | 'no change' | 'up' | 'down';
export type Comparison = 'better' | 'similar' | 'worse' | 'higher' | 'lower' | 'not compared';

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
  neighbours: { model: string | null; mean: number | null; n: number; values: (AreaValue & { rank: number })[] };
  rank: number | null;
  of: number;
  band: Band | null;
  thresholds: [number, number, number] | null;
  previous: { period: string; periodLabel: string; value: number | null } | null;
  change: number | null;
  direction: Direction | null;
  ci95: [number, number] | null;
  ci998: [number, number] | null;
  comparison: Comparison;
  funnel: { ci95: [number, number]; ci998: [number, number] } | null;
  /** Plain-English caveats: series breaks, boundary changes, suppression. */
  notes: string[];
}

export class BenchmarkError extends Error {
  constructor(
    readonly code: 'unknown-indicator' | 'unknown-area' | 'unknown-period' | 'unknown-breakdown' | 'no-data',
    message: string,
    readonly choices: string[] = [],
  ) {
    super(message);
    this.name = 'BenchmarkError';
  }
}

export interface BenchmarkQuery {
  indicator: string;
  area: string;
  period?: string;
  breakdown?: string;
}

const valueOf = (o: Observation | undefined): AreaValue | null =>
  o ? { code: o.areaCode, laCode: o.laCode, name: o.areaName, value: o.value, status: o.status } : null;

/** Round to the indicator's published precision, so comparisons match what is shown. */
export function atPrecision(v: number, decimals: number): number {
  const f = 10 ** decimals;
  return Math.round(v * f + Number.EPSILON * Math.sign(v)) / f;
}

/** Every comparison for one indicator, area and period, computed from the extracts alone. */
export function benchmark(data: ObservationsExtract, areas: AreaDirectory, q: BenchmarkQuery): Benchmark {
  const meta = data.indicator(q.indicator);
  if (!meta) {
    const ids = data.meta.indicators.map((m) => m.id);
    throw new BenchmarkError('unknown-indicator', `No indicator "${q.indicator}" in this extract.`, ids);
  }
  const area = areas.find(q.area);
  if (!area) throw new BenchmarkError('unknown-area', `No area "${q.area}".`, areas.localAuthorities().map((a) => a.name));
  const breakdown = q.breakdown ?? meta.breakdown.total;
  if (!meta.breakdown.values.includes(breakdown)) {
    throw new BenchmarkError('unknown-breakdown', `"${meta.label}" has no breakdown "${breakdown}".`, meta.breakdown.values);
  }
  const series = data.series(meta.id, area.code, breakdown);
  const periods = data.periods(meta.id);
  const asked = q.period === undefined ? undefined : parsePeriod(q.period) ?? q.period;
  const period = asked ?? series.filter((o) => o.value !== null).at(-1)?.period ?? series.at(-1)?.period;
  if (!period || !periods.includes(period)) {
    throw new BenchmarkError('unknown-period', q.period
      ? `No figures for ${sentenceCase(meta.label)} in ${periodLabel(asked ?? q.period)}.`
      : `No figures for ${sentenceCase(meta.label)} for ${area.name}.`, periods);
  }
  const all = data.cross(meta.id, period, breakdown);
  const own = all.find((o) => o.areaCode === area.code);
  const notes: string[] = [];
  const d = meta.decimals;
  const value = own?.value ?? null;
  const status = own ? own.status : 'x';
  if (!own) notes.push(`${area.name} has no row for ${periodLabel(period)}.`);

  const byCode = new Map(all.map((o) => [o.areaCode, o] as const));
  const england = valueOf(byCode.get(areas.england?.code ?? 'E92000001'));
  const regionArea = areas.region(area);
  const region = regionArea ? valueOf(byCode.get(regionArea.code)) : null;

  const group = areas.neighbours(area);
  const nValues = (group?.areas ?? []).map(({ area: n, rank }) => {
    const o = byCode.get(n.code);
    return { code: n.code, laCode: n.laCode, name: n.name, value: o?.value ?? null, status: o ? o.status : 'x' as Status, rank };
  });
  const present = nValues.filter((v) => v.value !== null).map((v) => v.value as number);
  const mean = present.length ? present.reduce((a, b) => a + b, 0) / present.length : null;
  if (group && present.length < group.areas.length) {
    notes.push(`Neighbour average uses ${present.length} of ${group.areas.length} neighbours; the others have no published figure.`);
  }

  const laValues = all.filter((o) => o.level === 'Local authority' && o.value !== null).map((o) => o.value as number);
  const shown = laValues.map((v) => atPrecision(v, d));
  const mine = value === null ? null : atPrecision(value, d);
  const rank = mine !== null && area.level === 'Local authority' ? rankOf(mine, shown, meta.polarity) : null;
  const banding = mine !== null && area.level === 'Local authority' ? bandOf(mine, shown, meta.polarity) : null;

  // Direction of travel: the latest earlier period in the series, unless a break or boundary change lies between.
  const earlier = series.filter((o) => comparePeriods(o.period, period) < 0);
  const prevObs = earlier.at(-1);
  let change: number | null = null;
  let direction: Direction | null = null;
  const brk = meta.breaks.find((b) => prevObs && comparePeriods(b.period, prevObs.period) > 0 && comparePeriods(b.period, period) <= 0);
  if (brk) notes.push(`Not compared with ${prevObs ? periodLabel(prevObs.period) : 'earlier years'}: ${brk.note}`);
  if (!prevObs && area.predecessors.length) {
    notes.push(`${area.name} was formed in ${area.from?.slice(0, 4) ?? 'a boundary change'}; earlier figures belong to its predecessor and are not compared.`);
  }
  if (prevObs && !brk && value !== null && prevObs.value !== null) {
    change = atPrecision(value, d) - atPrecision(prevObs.value, d);
    change = atPrecision(change, d);
    if (change === 0) direction = 'no change';
    else if (meta.polarity === 'none') direction = change > 0 ? 'up' : 'down';
    else direction = (change > 0) === (meta.polarity === 'high') ? 'better' : 'worse';
  }

  // Confidence intervals where the indicator is a proportion with a known numerator and denominator.
  const num = own?.numerator ?? null;
  const den = own?.denominator ?? null;
  const scale = meta.unit === 'percent' ? 100 : 1;
  const ci = (z: number) => {
    if (value === null || num === null || den === null || meta.unit !== 'percent') return null;
    const w = wilson(num, den, z);
    return w ? ([w[0] * scale, w[1] * scale] as [number, number]) : null;
  };
  const ci95 = ci(Z95);
  const ci998 = ci(Z998);
  let comparison: Comparison = 'not compared';
  if (ci95 && england?.value != null) {
    const e = england.value;
    const side = ci95[0] > e ? 'higher' : ci95[1] < e ? 'lower' : 'similar';
    comparison = side === 'similar' || meta.polarity === 'none' ? side : (side === 'higher') === (meta.polarity === 'high') ? 'better' : 'worse';
  }
  let funnel: Benchmark['funnel'] = null;
  if (den !== null && england?.value != null && meta.unit === 'percent') {
    const a = funnelLimits(england.value / scale, den, Z95);
    const b = funnelLimits(england.value / scale, den, Z998);
    if (a && b) funnel = { ci95: [a[0] * scale, a[1] * scale], ci998: [b[0] * scale, b[1] * scale] };
  }
  if (status === 'c') notes.push(`${area.name}'s figure is suppressed to protect confidentiality.`);

  return {
    indicator: meta, area, period, periodLabel: periodLabel(period), breakdown,
    value, status, numerator: num, denominator: den,
    england, region,
    neighbours: { model: group?.model ?? null, mean, n: present.length, values: nValues },
    rank, of: shown.length, band: banding?.band ?? null, thresholds: banding?.thresholds ?? null,
    previous: prevObs ? { period: prevObs.period, periodLabel: periodLabel(prevObs.period), value: prevObs.value } : null,
    change, direction, ci95, ci998, comparison, funnel, notes,
  };
}
