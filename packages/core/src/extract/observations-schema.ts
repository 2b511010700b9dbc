// The observations extract's shape: one published figure per row, the file's metadata keys, its optional columns.
import type { GeoLevel } from '../geography';
import type { IndicatorMeta } from '../indicators';
import { comparePeriods } from '../periods';
import type { Status } from '../status';
import type { ValueFlag } from '../validate';

export const FORMAT_VERSION = '1';

/** One published figure. `value` is null exactly when `status` says why. */
export interface Observation {
  indicator: string;
  period: string;
  periodLabel: string;
  level: GeoLevel;
  areaCode: string;
  laCode: string | null;
  areaName: string;
  breakdown: string;
  value: number | null;
  numerator: number | null;
  denominator: number | null;
  status: Status | null;
  /**
   * Set when the extract holds a value that cannot be right (NaN, infinite, a negative count or rate, a
   * percentage over 100): the value is then null with status `x`, and `flagReason` says what was stored.
   */
  flag?: ValueFlag;
  flagReason?: string;
}

export interface ObservationsMeta {
  indicators: IndicatorMeta[];
  /** URLs of the companion extracts, relative to this one. */
  areas: string;
  neighbours: string;
  title: string;
  licence: string;
}

export const META_KEYS = {
  kind: 'inclusion.kind',
  format: 'inclusion.format',
  indicators: 'inclusion.indicators',
  areas: 'inclusion.areas',
  neighbours: 'inclusion.neighbours',
  title: 'inclusion.title',
  licence: 'inclusion.licence',
} as const;

/**
 * Columns a reader can do without: left out when no row has a value in them (a LAIT measure has no counts, and
 * usually no status), so a one-indicator extract carries only what it uses.
 */
export const OPTIONAL_COLUMNS = ['old_la_code', 'numerator', 'denominator', 'status'] as const;

/** The order rows are kept in, so an extract's bytes depend only on its content. */
export const ROW_ORDER = (a: Observation, b: Observation) =>
  cmp(a.indicator, b.indicator) || cmp(a.breakdown, b.breakdown) || cmp(a.areaCode, b.areaCode) ||
  comparePeriods(a.period, b.period);

function cmp(a: string, b: string) {
  return a < b ? -1 : a > b ? 1 : 0;
}
