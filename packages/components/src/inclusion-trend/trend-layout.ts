import type { TrendMarkerGroup } from '@inclusion-dashboard/core';

/** Pure layout of the trend chart (no DOM): the y scale, break-label rows and end-label positions. */

type Measure = (s: string) => number;

/** A round step giving about `count` ticks from 0 to `max`. */
export function tickStep(max: number, count: number): number {
  const raw = max / Math.max(1, count);
  const p = 10 ** Math.floor(Math.log10(raw));
  const e = raw / p;
  return (e >= Math.sqrt(50) ? 10 : e >= Math.sqrt(10) ? 5 : e >= Math.SQRT2 ? 2 : 1) * p;
}

/** The y axis from 0 to a round top above `maxValue`, with about one tick every 55 px of `plotH`. */
export function yAxis(maxValue: number, plotH: number): { yMax: number; ticks: number[] } {
  const step = tickStep(maxValue || 1, Math.max(3, Math.round(plotH / 55)));
  const yMax = Math.max(step, Math.ceil(maxValue / step - 1e-9) * step);
  const ticks = Array.from({ length: Math.round(yMax / step) + 1 }, (_, k) => Number((k * step).toPrecision(12)));
  return { yMax, ticks };
}

/** The x of a period's index, for a plot `plotW` wide starting at `left` (one period sits in the middle). */
export function xAxis(n: number, left: number, plotW: number): { lo: number; hi: number; px: (i: number) => number; data: (px: number) => number } {
  const lo = n > 1 ? 0 : -1;
  const hi = n > 1 ? n - 1 : 1;
  return { lo, hi, px: (i) => left + ((i - lo) / (hi - lo)) * plotW, data: (p) => lo + ((p - left) / plotW) * (hi - lo) };
}

/** Break labels in rows, so none overlaps another: each centred on its rule and kept inside the width. */
export function placeMarkerLabels(groups: TrendMarkerGroup[], px: (i: number) => number, width: number, measure: Measure): { placed: (TrendMarkerGroup & { left: number; row: number })[]; rows: number } {
  const rowsEnd: number[] = [];
  const placed = groups.map((g) => {
    const w = measure(g.text);
    const left = Math.min(Math.max(px(g.i - 0.5) - w / 2, 2), width - w - 2);
    let row = rowsEnd.findIndex((end) => end + 10 <= left);
    if (row < 0) row = rowsEnd.push(0) - 1;
    rowsEnd[row] = left + w;
    return { ...g, left, row };
  });
  return { placed, rows: rowsEnd.length };
}

/**
 * End labels dodged apart vertically (each wanted centred at `y`, `h` tall) within [top − 8, bottom + 8]; null
 * when they cannot all fit beside the plot.
 */
export function dodgeEndLabels(labels: { y: number; h: number }[], top: number, bottom: number): { top: number; h: number }[] | null {
  const order = labels.map((l, k) => ({ k, y: l.y, h: l.h, top: l.y - l.h / 2 })).sort((a, b) => a.y - b.y);
  for (let k = 1; k < order.length; k++) order[k].top = Math.max(order[k].top, order[k - 1].top + order[k - 1].h + 2);
  let limit = bottom + 8;
  for (let k = order.length - 1; k >= 0; k--) {
    if (order[k].top + order[k].h > limit) order[k].top = limit - order[k].h;
    limit = order[k].top - 2;
  }
  if (order.length && order[0].top < top - 8) return null;
  const out: { top: number; h: number }[] = [];
  for (const o of order) out[o.k] = { top: o.top, h: o.h };
  return out;
}

/** x ticks: every k-th of `n` periods, counted back from the latest, so labels `tickW` wide never overlap. */
export function xTicks(n: number, spacing: number, tickW: number): number[] {
  const every = Math.max(1, Math.ceil(tickW / spacing));
  return Array.from({ length: n }, (_, i) => i).filter((i) => (n - 1 - i) % every === 0);
}
