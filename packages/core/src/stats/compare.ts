import type { IndicatorMeta } from '../indicators';
import { funnelLimits, Z95, Z998 } from './wilson';

/** How an area compares with England: `higher`/`lower` for indicators with no better or worse direction. */
export type Comparison = 'better' | 'similar' | 'worse' | 'higher' | 'lower' | 'not compared';

/** A comparison with England, and, when there is none, why. */
export interface Verdict {
  comparison: Comparison;
  /** Why it is not compared (null when it is): "counts not published". */
  reason: string | null;
}

type Meta = Pick<IndicatorMeta, 'unit' | 'interval' | 'polarity' | 'decimals'>;

/** Round to the indicator's published precision, so comparisons match what is shown. */
export function atPrecision(v: number, decimals: number): number {
  const f = 10 ** decimals;
  return Math.round(v * f + Number.EPSILON * Math.sign(v)) / f;
}

/**
 * The one rule for better, similar or worse than England, used by `benchmark()`, the spine, the breakdown and the
 * tile alike (docs/methods.md): the area's 95% confidence interval, from the published counts, against England's
 * figure. *Similar* when the interval holds England's figure; otherwise *better* or *worse* by polarity (*higher*
 * or *lower* with none). With no interval (counts not published, or a rate of events rather than a proportion)
 * no significance is claimed: *not compared*, with the reason.
 */
export function compareWithEngland(meta: Meta, value: number | null, ci95: readonly [number, number] | null, england: number | null): Verdict {
  const not = (reason: string): Verdict => ({ comparison: 'not compared', reason });
  if (value === null) return not('no figure');
  if (england === null) return not('England\'s figure not available');
  if (meta.unit !== 'percent' || meta.interval === 'none') return not('not a proportion, so no confidence interval');
  if (!ci95) return not('counts not published');
  const side = ci95[0] > england ? 'higher' : ci95[1] < england ? 'lower' : 'similar';
  if (side === 'similar' || meta.polarity === 'none') return { comparison: side, reason: null };
  return { comparison: (side === 'higher') === (meta.polarity === 'high') ? 'better' : 'worse', reason: null };
}

/** Which side of another figure a value lies, both at published precision: a description, not a verdict. */
export function sideOf(meta: Pick<IndicatorMeta, 'decimals'>, value: number, other: number): 'higher' | 'lower' | 'the same' {
  const a = atPrecision(value, meta.decimals);
  const b = atPrecision(other, meta.decimals);
  return a > b ? 'higher' : a < b ? 'lower' : 'the same';
}

export type Direction = 'better' | 'worse' | 'no change' | 'up' | 'down';

export function directionOf(change: number, meta: Pick<IndicatorMeta, 'polarity'>): Direction {
  if (change === 0) return 'no change';
  if (meta.polarity === 'none') return change > 0 ? 'up' : 'down';
  return (change > 0) === (meta.polarity === 'high') ? 'better' : 'worse';
}

/** The change from one published figure to another, both at published precision, and its direction by polarity. */
export function changeOf(meta: Pick<IndicatorMeta, 'decimals' | 'polarity'>, from: number, to: number): { change: number; direction: Direction } {
  const d = meta.decimals;
  const change = atPrecision(atPrecision(to, d) - atPrecision(from, d), d);
  return { change, direction: directionOf(change, meta) };
}

/** Where a value sits against the funnel's control limits at its denominator. */
export type FunnelSide = 'above-998' | 'above-95' | 'within' | 'below-95' | 'below-998';

/** Control limits at one denominator, in percent. */
export interface FunnelLimits {
  ci95: [number, number];
  ci998: [number, number];
}

/** The 95% and 99.8% control limits around England's percentage `p0` for a denominator `n` (docs/methods.md). */
export function funnelAt(p0: number, n: number): FunnelLimits | null {
  const a = funnelLimits(p0 / 100, n, Z95);
  const b = funnelLimits(p0 / 100, n, Z998);
  return a && b ? { ci95: [a[0] * 100, a[1] * 100], ci998: [b[0] * 100, b[1] * 100] } : null;
}

export function funnelSide(value: number, l: FunnelLimits): FunnelSide {
  return value > l.ci998[1] ? 'above-998' : value > l.ci95[1] ? 'above-95'
    : value < l.ci998[0] ? 'below-998' : value < l.ci95[0] ? 'below-95' : 'within';
}

/** The four limit curves from denominator `d0` to `d1`, sampled evenly on a log scale, for drawing. */
export function funnelCurves(p0: number, d0: number, d1: number, steps = 120): { n: number; key: 'lower95' | 'upper95' | 'lower998' | 'upper998'; v: number }[] {
  const out: ReturnType<typeof funnelCurves> = [];
  for (let i = 0; i <= steps; i++) {
    const n = Math.exp(Math.log(d0) + (i / steps) * (Math.log(d1) - Math.log(d0)));
    const l = funnelAt(p0, n);
    if (l) out.push({ n, key: 'lower95', v: l.ci95[0] }, { n, key: 'upper95', v: l.ci95[1] }, { n, key: 'lower998', v: l.ci998[0] }, { n, key: 'upper998', v: l.ci998[1] });
  }
  return out;
}
