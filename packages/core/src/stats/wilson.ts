export const Z95 = 1.959963984540054;
export const Z998 = 3.090232306167813;

/** Wilson score interval for a proportion numerator/denominator, as fractions (0-1). */
export function wilson(numerator: number, denominator: number, z: number): [number, number] | null {
  if (!(denominator > 0) || numerator < 0 || numerator > denominator) return null;
  const n = denominator;
  const p = numerator / n;
  const z2 = z * z;
  const centre = p + z2 / (2 * n);
  const half = z * Math.sqrt((p * (1 - p)) / n + z2 / (4 * n * n));
  const d = 1 + z2 / n;
  return [Math.max(0, (centre - half) / d), Math.min(1, (centre + half) / d)];
}

/**
 * Funnel-plot control limits around a target proportion p0 for a denominator n: the Wilson interval
 * of an observation at p0 with that denominator, as used in public-health benchmarking funnels.
 */
export function funnelLimits(p0: number, n: number, z: number): [number, number] | null {
  if (!(n > 0) || !(p0 >= 0 && p0 <= 1)) return null;
  return wilson(p0 * n, n, z);
}
