import type { AreaDirectory } from '../area-directory';
import { confidenceInterval } from '../benchmark';
import type { Area } from '../extract/areas';
import type { ObservationsExtract } from '../extract/observations';
import type { IndicatorMeta } from '../indicators';
import { comparePeriods, isAcademic, periodLabel, periodStart } from '../periods';
import type { Status } from '../status';
import { Z95 } from '../stats/wilson';
import { CrossSection } from './cross-section';
import { groupAverage } from './groups';
import type { ComparisonChoice } from '../comparison-choice';
import { groupAverageName, neighbourAverageName } from '../describe/group';
import { BenchmarkError, resolveArea, resolveBreakdown, resolveIndicator, resolvePeriod, type Query } from './query';
import { sentenceCase } from '../format';

export type SeriesKey = 'area' | 'neighbours' | 'group' | 'region' | 'england';

export interface TrendPoint {
  period: string;
  periodLabel: string;
  value: number | null;
  status: Status | null;
  ci95: [number, number] | null;
  /** Points in different segments are never joined: a series break or boundary change lies between. */
  segment: number;
}

export interface TrendSeries {
  key: SeriesKey;
  label: string;
  /** The statistical-neighbour model, for the neighbours' series. */
  model?: string;
  points: TrendPoint[];
}

export interface TrendMarker {
  period: string;
  periodLabel: string;
  kind: 'series break' | 'boundary change';
  note: string;
}

export interface Trend {
  indicator: IndicatorMeta;
  area: Area;
  breakdown: string;
  periods: string[];
  series: TrendSeries[];
  markers: TrendMarker[];
}

/** The first period starting on or after a date (academic years start 1 September, others 1 January). */
function firstPeriodFrom(date: string, academic: boolean): string {
  const [y, m, d] = date.split('-').map(Number);
  if (!academic) return String(m === 1 && d === 1 ? y : y + 1);
  const start = m < 9 || (m === 9 && d === 1) ? y : y + 1;
  return `${start}${String((start + 1) % 100).padStart(2, '0')}`;
}

function nextDay(date: string): string {
  const t = new Date(`${date}T00:00:00Z`);
  t.setUTCDate(t.getUTCDate() + 1);
  return t.toISOString().slice(0, 10);
}

/** Up to `years` periods of the area, its neighbours' average, its region and England, with breaks marked. */
export function trend(data: ObservationsExtract, areas: AreaDirectory, q: Query & { area: string }, years = 10, choice: ComparisonChoice = {}): Trend {
  const meta = resolveIndicator(data, q.indicator);
  const area = resolveArea(areas, q.area);
  const breakdown = resolveBreakdown(meta, q.breakdown);
  const all = data.periods(meta.id);
  if (!all.length) throw new BenchmarkError('no-data', `There are no figures for ${sentenceCase(meta.label)} in this data.`);
  const last = q.period ? resolvePeriod(data, meta, q.period, area, breakdown) : all.at(-1)!;
  const periods = all.filter((p) => comparePeriods(p, last) <= 0).slice(-years);
  const academic = periods.some(isAcademic);

  const markers: TrendMarker[] = [];
  for (const b of meta.breaks) {
    if (periods.includes(b.period) && periods[0] !== b.period) markers.push({ period: b.period, periodLabel: periodLabel(b.period), kind: 'series break', note: b.note });
  }
  const name = (code: string) => areas.find(code)?.name ?? code;
  if (area.predecessors.length && area.from) {
    const p = firstPeriodFrom(area.from, academic);
    if (periods.some((x) => comparePeriods(x, p) < 0)) {
      markers.push({ period: p, periodLabel: periodLabel(p), kind: 'boundary change', note: `${area.name} was formed on ${area.from} from ${area.predecessors.map(name).join(' and ')}; earlier figures are theirs.` });
    }
  }
  if (area.successors.length && area.to) {
    const p = firstPeriodFrom(nextDay(area.to), academic);
    if (periodStart(p) <= periodStart(last)) {
      markers.push({ period: p, periodLabel: periodLabel(p), kind: 'boundary change', note: `${area.name} was replaced by ${area.successors.map(name).join(' and ')} on ${area.to}.` });
    }
  }
  const cuts = markers.map((m) => m.period).sort(comparePeriods);
  const segmentOf = (p: string) => cuts.filter((c) => comparePeriods(p, c) >= 0).length;

  const sections = periods.map((p) => CrossSection.of(data, areas, meta, p, breakdown));
  const point = (p: string, value: number | null, status: Status | null, ci: [number, number] | null = null): TrendPoint =>
    ({ period: p, periodLabel: periodLabel(p), value, status: value === null ? status ?? 'x' : null, ci95: ci, segment: segmentOf(p) });

  const series: TrendSeries[] = [{
    key: 'area', label: area.name,
    points: sections.map((x) => {
      const o = x.get(area);
      return point(x.period, o?.value ?? null, o ? o.status : 'x', confidenceInterval(meta, o, Z95));
    }),
  }];
  const model = area.level === 'Local authority' ? areas.neighbours(area, choice.neighbourModel)?.model : undefined;
  if (model) {
    series.push({
      key: 'neighbours', label: neighbourAverageName(model, choice.neighbourLabel), model,
      points: sections.map((x) => point(x.period, x.neighbours(area, model).mean, 'x')),
    });
  }
  if (choice.group) {
    // Each year's average is of the members with a figure that year, as the neighbours' is.
    const spec = choice.group;
    const each = sections.map((x) => groupAverage(x, area, spec));
    series.push({ key: 'group', label: groupAverageName(each[0]), points: each.map((g, i) => point(sections[i].period, g.mean, 'x')) });
  }
  const region = areas.region(area);
  if (region) {
    series.push({ key: 'region', label: region.name, points: sections.map((x) => { const v = x.valueOf(region); return point(x.period, v.value, v.status); }) });
  }
  const england = areas.england;
  if (england && area.level !== 'National') {
    series.push({ key: 'england', label: 'England', points: sections.map((x) => { const v = x.valueOf(england); return point(x.period, v.value, v.status); }) });
  }
  return { indicator: meta, area, breakdown, periods, series, markers };
}
