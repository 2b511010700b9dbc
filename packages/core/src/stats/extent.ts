/** Lowest and highest, in one pass: spreading 100,000 values into Math.min would overflow the call stack. */
export function extent(values: readonly number[]): [number, number] | null {
  if (!values.length) return null;
  let lo = values[0];
  let hi = values[0];
  for (const x of values) {
    if (x < lo) lo = x;
    if (x > hi) hi = x;
  }
  return [lo, hi];
}
