import { ExtractError } from './extract/errors';
import { LIMITS } from './extract/limits';
import type { Observation, ObservationsExtract } from './extract/observations';
import { PERIOD_QUALIFIERS, type IndicatorMeta } from './indicators';
import { periodLabel } from './periods';

/** Why a stored value is not drawn although it has no status: it cannot be right for its indicator. */
export type ValueFlag = 'out-of-range';

/**
 * Why a value cannot be right for its indicator, or null when it can. A percentage of pupils (or sessions) lies
 * between 0 and 100; a rate of events per 100 pupils (`interval: 'none'`) can pass 100, as one pupil can be
 * suspended many times, but is never negative; nor is a count.
 */
export function valueProblem(value: number, meta: Pick<IndicatorMeta, 'unit' | 'interval'> | undefined): string | null {
  if (!Number.isFinite(value)) return 'not a finite number';
  // Near 1e302, sums and scales overflow to Infinity and charts get NaN sizes: no published figure is that large.
  if (Math.abs(value) > LIMITS.magnitude) return 'larger than any published figure';
  if (meta?.unit === 'value') return null;
  if (value < 0) return meta?.unit === 'count' ? 'a negative count' : meta?.unit === 'rate' ? 'a negative rate' : 'a negative percentage';
  if (meta?.unit === 'percent' && meta.interval !== 'none' && value > 100) return 'a percentage over 100';
  return null;
}

const cache = new WeakMap<ObservationsExtract, Map<string, Observation[]>>();

/** Every row of an indicator (all areas, periods and breakdowns) whose value was set aside as out of range. */
export function outOfRange(data: ObservationsExtract, indicator: string): Observation[] {
  let byIndicator = cache.get(data);
  if (!byIndicator) cache.set(data, (byIndicator = new Map()));
  let found = byIndicator.get(indicator);
  if (!found) {
    const meta = data.indicator(indicator);
    const breakdowns = meta?.breakdown.values.length ? meta.breakdown.values : [undefined];
    found = [];
    // Nearly always nothing is found: a scan of the raw columns says so without building every row.
    if (data.anyOutOfRange(indicator)) {
      for (const area of data.areaCodes(indicator)) {
        for (const b of breakdowns) found.push(...data.series(indicator, area, b).filter((o) => o.flag));
      }
    }
    byIndicator.set(indicator, found);
  }
  return found;
}

/** A warning for readers: how many figures were left out, with the first few named. */
export function describeOutOfRange(meta: IndicatorMeta, rows: readonly Observation[]): string | null {
  if (!rows.length) return null;
  const named = rows.slice(0, 3).map((o) => `${o.areaName}${o.breakdown && o.breakdown !== meta.breakdown.total ? ` (${o.breakdown})` : ''}, ${periodLabel(o.period)}: ${o.flagReason ?? 'out of range'}`);
  const more = rows.length > named.length ? `, and ${rows.length - named.length} more` : '';
  const n = rows.length === 1 ? 'One figure' : `${rows.length} figures`;
  return `${n} for ${meta.label} in this data cannot be right and ${rows.length === 1 ? 'is' : 'are'} not shown (${named.join('; ')}${more}). They are left out of averages and ranks; check the data with its publisher.`;
}

/** Checks the shape of one indicator's metadata, so that a hostile or damaged extract fails cleanly at load. */
export function checkIndicatorMeta(m: unknown): asserts m is IndicatorMeta {
  const o = m as Record<string, unknown> | null;
  const fail = (what: string) => {
    throw new ExtractError('bad-metadata', `The indicator metadata ${typeof o?.id === 'string' ? `for "${o.id.slice(0, 60)}" ` : ''}${what}.`);
  };
  if (!o || typeof o !== 'object') fail('is not an object');
  const obj = o as Record<string, unknown>;
  for (const k of ['id', 'label', 'unitLabel', 'definition', 'latestRelease']) if (typeof obj[k] !== 'string') fail(`has no text "${k}"`);
  if (!['percent', 'count', 'rate', 'value'].includes(obj.unit as string)) fail('has an unknown unit');
  if (!['high', 'low', 'none'].includes(obj.polarity as string)) fail('has an unknown polarity');
  if (typeof obj.decimals !== 'number' || !Number.isInteger(obj.decimals) || obj.decimals < 0 || obj.decimals > 10) fail('has a bad number of decimals');
  const src = obj.source as Record<string, unknown> | undefined;
  if (!src || typeof src.publication !== 'string' || typeof src.url !== 'string' || !Array.isArray(src.files)) fail('has no source');
  const b = obj.breakdown as Record<string, unknown> | undefined;
  if (!b || typeof b.dimension !== 'string' || typeof b.total !== 'string' || !Array.isArray(b.values) || !b.values.every((v) => typeof v === 'string')) fail('has no breakdown');
  if (!Array.isArray(obj.breaks) || !obj.breaks.every((x) => x && typeof x.period === 'string' && typeof x.note === 'string')) fail('has bad series breaks');
  if (!Array.isArray(obj.notes) || !obj.notes.every((x) => typeof x === 'string')) fail('has bad notes');
  if (obj.suppression !== undefined && typeof obj.suppression !== 'string') fail('has bad suppression text');
  if (obj.denominatorLabel !== undefined && typeof obj.denominatorLabel !== 'string') fail('has a bad denominator label');
  if (obj.lait !== undefined && (typeof obj.lait !== 'object' || obj.lait === null || !Object.values(obj.lait).every((x) => typeof x === 'string'))) fail('has bad LAIT codes');
  if (obj.coverage !== 'la' && obj.coverage !== 'national') fail('has an unknown coverage');
  const q = obj.qualifiers;
  if (q !== undefined && (typeof q !== 'object' || q === null || Array.isArray(q) || !Object.values(q).every((x) => (PERIOD_QUALIFIERS as readonly unknown[]).includes(x)))) fail('has bad period qualifiers');
}
