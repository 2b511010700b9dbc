import { STATUS_REASON, type Status } from './status';
import { UsageError } from './errors';

/** A row's figure, tagged: a number, or no number with the status and the reason it has none. */
export type Figure = { kind: 'value'; value: number } | { kind: 'missing'; status: Status; reason: string };

/** What a row (an Observation, a benchmark or chart row) holds: a value, or null with a status. */
export interface FigureRow {
  value: number | null;
  status?: Status | null;
  /** Why a stored value was set aside (validate.ts), a finer reason than the status gives. */
  flagReason?: string;
}

/** A row's figure, read without casts: `figure(row).kind === 'value'` narrows to the number. */
export function figure(row: FigureRow): Figure {
  if (row.value !== null && Number.isFinite(row.value)) return { kind: 'value', value: row.value };
  const status = row.status ?? 'x';
  return { kind: 'missing', status, reason: row.flagReason ?? STATUS_REASON[status] };
}

/** Narrows a row to one with a value: `rows.filter(hasValue)` keeps the rows a chart can place. */
export function hasValue<T extends FigureRow>(row: T): row is T & { value: number } {
  return figure(row).kind === 'value';
}

/**
 * A number the caller's own filter guarantees (a funnel point has a denominator): a broken guarantee throws, so
 * the element ends in its error state rather than drawing a missing figure as 0.
 */
export function definite(value: number | null | undefined, what: string): number {
  if (typeof value === 'number' && Number.isFinite(value)) return value;
  throw new UsageError('draw', `A ${what} that should have a value has none.`);
}
