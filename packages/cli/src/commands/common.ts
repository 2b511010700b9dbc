import {
  BenchmarkError, areaLabel, boundaryNote, nearest, periodLabel, periodStart, readPeriod, searchArea,
  type Area, type FoundIndicator,
} from '@inclusion-dashboard/core';
import { list, str, stringOptions, type Parsed } from '../args';
import { Dataset, defaultData } from '../data';
import { noAnswer, usageError } from '../errors';

export interface Context {
  env: Record<string, string | undefined>;
}

/** The data named by --extract, else INCLUSION_DATA, else the bundled data. */
export function openData(values: Parsed['values'], ctx: Context): Dataset {
  const paths = list(values.extract);
  return new Dataset(paths.length ? paths : defaultData(ctx.env));
}

export function required(values: Parsed['values'], name: string, example: string): string {
  const v = str(values[name]);
  if (v === undefined || v.trim() === '') throw usageError(`Missing --${name} (for example --${name} ${example}).`);
  return v;
}

export function findIndicator(ds: Dataset, id: string): FoundIndicator {
  const found = ds.find(id);
  if (!found) {
    throw noAnswer(`No indicator "${id}". Run "inclusion-dashboard indicators" to list them.`, { code: 'unknown-indicator', choices: nearest(id, [...new Set(ds.names())], 8) });
  }
  return found;
}

/** An area as people name it, or a message naming the nearest ones. */
export function findArea(ds: Dataset, query: string): Area {
  const m = searchArea(ds.areas, query);
  if (m.found) return m.found;
  if (m.ambiguous.length) throw noAnswer(`"${query}" could be ${m.ambiguous.length} areas; give an ONS code or LA number.`, { code: 'ambiguous-area', choices: m.ambiguous.map(areaLabel) });
  throw noAnswer(`No area "${query}".`, { code: 'unknown-area', choices: m.suggestions });
}

export interface PeriodChoice {
  period: string | undefined;
  assumed: string[];
}

/** A --period in any published form, checked against the indicator's periods. Undefined means "the latest". */
export function choosePeriod(found: FoundIndicator, input: string | undefined): PeriodChoice {
  if (input === undefined) return { period: undefined, assumed: [] };
  const available = found.data.periods(found.meta.id);
  const r = readPeriod(input, available);
  if (!r) throw usageError(`"${input}" is not a period: give it as 2023/24, 202324, 2023-24 or 2023.`);
  if (!available.includes(r.period)) {
    throw noAnswer(`No figures for ${found.meta.label} in ${periodLabel(r.period)}.${r.assumed ? ` (${r.assumed})` : ''}`, {
      code: 'unknown-period', choices: nearestPeriods(r.period, available).map(periodLabel),
    });
  }
  return { period: r.period, assumed: r.assumed ? [r.assumed] : [] };
}

/** Periods closest in time to the one asked for, newest first among equals. */
export function nearestPeriods(asked: string, periods: readonly string[]): string[] {
  const year = periodStart(asked);
  if (Number.isNaN(year)) return [...periods].reverse().slice(0, 8);
  return [...periods].sort((a, b) => Math.abs(periodStart(a) - year) - Math.abs(periodStart(b) - year) || periodStart(b) - periodStart(a)).slice(0, 8);
}

/** National-only indicators say so, rather than "no figures for Salford". */
export function checkCoverage(found: FoundIndicator, area: Area | null, what = 'LA'): void {
  if (found.meta.coverage === 'national' && (!area || area.level !== 'National')) {
    throw noAnswer(`${found.meta.label} is published for England only: DfE gives no ${area ? `figure for ${area.name}` : `figures for ${what}s`}. Use --area England.`, { code: 'national-only' });
  }
}

/** An area with no figure in a period because it was abolished or not yet formed: say so, naming its successors. */
export function checkBoundary(ds: Dataset, found: FoundIndicator, area: Area, period: string | undefined, breakdown?: string): string | null {
  if (!period) return null;
  const note = boundaryNote(ds.areas, area, period);
  if (!note) return null;
  const has = found.data.series(found.meta.id, area.code, breakdown ?? found.breakdown).some((o) => o.period === period && o.value !== null);
  if (!has) throw noAnswer(note, { code: 'boundary-change', choices: [...area.successors, ...area.predecessors].flatMap((c) => ds.areas.find(c) ?? []).map(areaLabel) });
  return note;
}

/** A core BenchmarkError as a one-line answer with choices. */
export function fromBenchmarkError(e: BenchmarkError, asked: Record<string, string | undefined>): never {
  const key = e.code.replace('unknown-', '');
  const q = asked[key] ?? '';
  const choices = e.code === 'unknown-period' ? nearestPeriods(readPeriod(q, e.choices)?.period ?? q, e.choices).map(periodLabel) : nearest(q, [...new Set(e.choices)], 8);
  throw noAnswer(e.message, { code: e.code, choices });
}

/** The options of a command about one indicator in one area. */
export const FIGURE_OPTIONS = stringOptions('indicator', 'area', 'period', 'breakdown');

/** One indicator in one area, as asked: the data, the indicator, the area (its coverage checked), the period and breakdown. */
export function askFigure(values: Parsed['values'], ctx: Context, example: { indicator: string; area: string }) {
  const ds = openData(values, ctx);
  const found = findIndicator(ds, required(values, 'indicator', example.indicator));
  const area = findArea(ds, required(values, 'area', example.area));
  checkCoverage(found, area);
  const { period, assumed } = choosePeriod(found, str(values.period));
  return { ds, found, area, period, assumed, breakdown: breakdownArg(values, found) };
}

/** Core's answer; a question the data cannot answer (a BenchmarkError) becomes a one-line answer with choices. */
export function answer<T>(query: () => T, asked: Record<string, string | undefined>): T {
  try {
    return query();
  } catch (e) {
    if (e instanceof BenchmarkError) fromBenchmarkError(e, asked);
    throw e;
  }
}

export const breakdownArg = (values: Parsed['values'], found: FoundIndicator) => str(values.breakdown) ?? found.breakdown;
