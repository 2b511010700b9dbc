import { comparePeriods } from '../periods';
import type { DictColumn } from './table-codec';

/**
 * Row numbers grouped by a dictionary key, in two typed arrays (the rows of key k are `rows[start[k + 1] ..
 * start[k + 2])`, key -1 being a missing value): a spine of every indicator kept a `Map` of arrays per indicator
 * for its areas, about 80,000 small arrays the garbage collector marked again on every full collection.
 */
export class KeyedRows {
  private constructor(private readonly start: Int32Array, private readonly rows: Int32Array) {}

  /** The `rows` (ascending) grouped by `keys[row]`, for keys from -1 to `size - 1`. */
  static group(rows: Int32Array, keys: Int32Array, size: number): KeyedRows {
    const start = new Int32Array(size + 2);
    for (const i of rows) start[keys[i] + 2]++;
    for (let k = 2; k < start.length; k++) start[k] += start[k - 1];
    const out = new Int32Array(rows.length);
    const at = start.slice(0, -1);
    for (const i of rows) out[at[keys[i] + 1]++] = i;
    return new KeyedRows(start, out);
  }

  /** The rows of one key, ascending; empty for a key with none (or out of range). */
  get(key: number): Int32Array {
    if (key < -1 || key + 2 >= this.start.length) return new Int32Array(0);
    return this.rows.subarray(this.start[key + 1], this.start[key + 2]);
  }

  /** The keys that have rows, ascending. */
  keys(): number[] {
    const out: number[] = [];
    for (let k = -1; k + 2 < this.start.length; k++) if (this.start[k + 2] > this.start[k + 1]) out.push(k);
    return out;
  }
}

/** One indicator's rows by area key and by period key, and its periods oldest first. */
export interface IndicatorRows {
  /** Every row of the indicator, ascending. */
  all: Int32Array;
  byArea: KeyedRows;
  byPeriod: KeyedRows;
  periods: readonly string[];
}

/** The rows whose indicator key is `k`, grouped by area and by period. */
export function groupIndicatorRows(k: number, indicator: DictColumn, area: DictColumn, period: DictColumn): IndicatorRows {
  const { keys } = indicator;
  let n = 0;
  for (let i = 0; i < keys.length; i++) if (keys[i] === k) n++;
  const all = new Int32Array(n);
  for (let i = 0, j = 0; i < keys.length; i++) if (keys[i] === k) all[j++] = i;
  const byPeriod = KeyedRows.group(all, period.keys, period.dict.length);
  const periods = byPeriod.keys().map((p) => period.dict[p]).sort(comparePeriods);
  return { all, byArea: KeyedRows.group(all, area.keys, area.dict.length), byPeriod, periods };
}
