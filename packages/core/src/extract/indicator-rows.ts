import { comparePeriods } from '../periods';
import type { DictColumn } from './table-codec';

/** One indicator's row numbers by area key and by period key, and its periods oldest first. */
export interface IndicatorRows {
  byArea: Map<number, number[]>;
  byPeriod: Map<number, number[]>;
  periods: readonly string[];
}

/** The rows whose indicator key is `k`, grouped in one pass over the indicator column. */
export function groupIndicatorRows(k: number, indicator: DictColumn, area: DictColumn, period: DictColumn): IndicatorRows {
  const byArea = new Map<number, number[]>();
  const byPeriod = new Map<number, number[]>();
  const add = (m: Map<number, number[]>, key: number, i: number) => {
    const list = m.get(key);
    if (list) list.push(i);
    else m.set(key, [i]);
  };
  const { keys } = indicator;
  for (let i = 0; i < keys.length; i++) {
    if (keys[i] !== k) continue;
    add(byArea, area.keys[i], i);
    add(byPeriod, period.keys[i], i);
  }
  const periods = [...byPeriod.keys()].map((p) => period.dict[p]).sort(comparePeriods);
  return { byArea, byPeriod, periods };
}
