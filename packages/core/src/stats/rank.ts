import type { Polarity } from '../indicators';

/** Higher is better after polarity; `none` ranks the highest value first. */
export function goodness(value: number, polarity: Polarity): number {
  return polarity === 'low' ? -value : value;
}

/** Rank 1 = best; ties share the lowest rank (1, 2, 2, 4). */
export function rankOf(value: number, all: readonly number[], polarity: Polarity): number {
  const g = goodness(value, polarity);
  let better = 0;
  for (const v of all) if (goodness(v, polarity) > g) better++;
  return better + 1;
}

/** First index in `sorted` (ascending) whose value is >= x (`strict`: > x): a binary search. */
function bound(sorted: readonly number[], x: number, strict: boolean): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (strict ? sorted[mid] <= x : sorted[mid] < x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * `rankOf` against values already sorted ascending, in O(log n): ranking every LA is then O(n log n), not
 * quadratic (100,000 areas took 86 s one value at a time). Same result as `rankOf` for finite values.
 */
export function rankInSorted(value: number, sorted: readonly number[], polarity: Polarity): number {
  // Better after polarity: higher (high, none), or lower (low).
  const better = polarity === 'low' ? bound(sorted, value, false) : sorted.length - bound(sorted, value, true);
  return better + 1;
}

/** The p-quantile by linear interpolation between order statistics (R type 7, as d3.quantile). */
export function quantile(sorted: readonly number[], p: number): number {
  const n = sorted.length;
  if (!n) return NaN;
  const h = (n - 1) * p;
  const lo = Math.floor(h);
  return sorted[lo] + (h - lo) * ((sorted[Math.min(lo + 1, n - 1)] ?? sorted[lo]) - sorted[lo]);
}

export type Band = 'A' | 'B' | 'C' | 'D';

export interface Banding {
  /** Quartiles of the values in published units: lower quartile, median, upper quartile. */
  thresholds: [number, number, number];
  band: Band;
}

/**
 * Quartile band: A is the best quarter after polarity. A value on a threshold goes to the better band.
 * Indicators without polarity get no band.
 */
export function bandOf(value: number, all: readonly number[], polarity: Polarity): Banding | null {
  if (polarity === 'none' || all.length < 4) return null;
  return bandInSorted(value, [...all].sort((a, b) => a - b), polarity);
}

/** `bandOf` for values already sorted ascending: for banding many values against the same ones. */
export function bandInSorted(value: number, sorted: readonly number[], polarity: Polarity): Banding | null {
  if (polarity === 'none' || sorted.length < 4) return null;
  const thresholds: [number, number, number] = [quantile(sorted, 0.25), quantile(sorted, 0.5), quantile(sorted, 0.75)];
  const [q1, q2, q3] = thresholds;
  let band: Band;
  if (polarity === 'high') band = value >= q3 ? 'A' : value >= q2 ? 'B' : value >= q1 ? 'C' : 'D';
  else band = value <= q1 ? 'A' : value <= q2 ? 'B' : value <= q3 ? 'C' : 'D';
  return { thresholds, band };
}
