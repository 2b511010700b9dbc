import { nearest } from '../suggest';
import type { AreaDirectory } from '../area-directory';
import type { Area } from '../extract/areas';
import type { ObservationsExtract } from '../extract/observations';
import type { ExtractSet } from '../extract-set';
import { sentenceCase } from '../format';
import type { IndicatorMeta } from '../indicators';
import { parsePeriod, periodLabel } from '../periods';

export type QueryErrorCode = 'unknown-indicator' | 'unknown-area' | 'unknown-period' | 'unknown-breakdown' | 'no-data';

/** A question the data cannot answer, with the valid choices to offer instead. */
export class BenchmarkError extends Error {
  constructor(
    readonly code: QueryErrorCode,
    message: string,
    readonly choices: string[] = [],
    /** The message already names the choices, so they are not listed again. */
    readonly listed = false,
  ) {
    super(message);
    this.name = 'BenchmarkError';
  }
}

export interface Query {
  indicator: string;
  area?: string;
  period?: string;
  breakdown?: string;
}

export function resolveIndicator(data: ObservationsExtract, id: string): IndicatorMeta {
  const meta = data.indicator(id);
  if (!meta) throw new BenchmarkError('unknown-indicator', `No indicator "${id}" in this extract.`, data.meta.indicators.map((m) => m.id));
  return meta;
}

export function resolveArea(areas: AreaDirectory, query: string): Area {
  const area = areas.find(query);
  if (!area) throw new BenchmarkError('unknown-area', `No area "${query}".`, areas.localAuthorities().map((a) => a.name));
  return area;
}

export function resolveBreakdown(meta: IndicatorMeta, breakdown: string | undefined): string {
  const b = breakdown || meta.breakdown.total;
  if (!meta.breakdown.values.includes(b)) {
    throw new BenchmarkError('unknown-breakdown', `"${meta.label}" has no breakdown "${b}".`, meta.breakdown.values);
  }
  return b;
}

/** The period asked for (any accepted spelling), or else the latest one the area has a value in. */
export function resolvePeriod(data: ObservationsExtract, meta: IndicatorMeta, asked: string | undefined, area?: Area, breakdown?: string): string {
  const periods = data.periods(meta.id);
  const wanted = asked ? parsePeriod(asked) ?? asked : undefined;
  let period = wanted;
  if (!period) {
    const series = area ? data.series(meta.id, area.code, breakdown) : [];
    period = series.filter((o) => o.value !== null).at(-1)?.period ?? series.at(-1)?.period ?? (area ? undefined : periods.at(-1));
  }
  if (!period || !periods.includes(period)) {
    throw new BenchmarkError('unknown-period', wanted
      ? `No figures for ${sentenceCase(meta.label)} in ${periodLabel(wanted)}.`
      : `No figures for ${sentenceCase(meta.label)}${area ? ` for ${area.name}` : ''}.`, periods);
  }
  return period;
}

/** The extract holding an indicator (by id or LAIT code), with its id and the breakdown a LAIT code implies. */
export function findIndicator(set: ExtractSet, id: string, breakdown?: string): { data: ObservationsExtract; indicator: string; breakdown?: string } {
  const found = set.find(id);
  if (!found) {
    // From a catalogue, the choices are the whole national list: name the nearest, not all of them.
    const ids = (set.catalogue?.indicators ?? set.indicators).map((m) => m.id);
    const hint = ids.length > 12 ? ` Nearest available: ${nearest(id, set.names(), 5).join(', ')}.` : '';
    throw new BenchmarkError('unknown-indicator', `No indicator "${id}" in this data.${hint}`, ids);
  }
  return { data: found.data, indicator: found.meta.id, breakdown: breakdown || found.breakdown };
}
