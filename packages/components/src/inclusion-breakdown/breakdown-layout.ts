import { formatValue, groupLabel, hasValue, type BreakdownChart } from '@inclusion-dashboard/core';
import type { Status } from '@inclusion-dashboard/core';
import { LINE, wrap } from '../shared/text-layout';

/** Pure layout of the breakdown bars (no DOM): a heading per group, then the LA's bar and England's. */

type Measure = (s: string) => number;

/** One bar: a group's value for the LA or for England. */
export interface Bar {
  group: string;
  label: string;
  series: 'la' | 'england';
  name: string;
  value: number | null;
  status: Status | null;
  ci: [number, number] | null;
  /** The bar's centre line. */
  y: number;
}

export interface BreakdownLayout {
  bars: Bar[];
  heads: { y: number; lines: string[] }[];
  /** Each group's span, for its own zero line (never through a group's label). */
  spans: { y1: number; y2: number }[];
  /** The LA's name, wrapped, left of its bars. */
  nameLines: string[];
  marginLeft: number;
  marginRight: number;
  height: number;
  /** The value axis's top: the largest value, or interval end where intervals are drawn. */
  maxValue: number;
  /** The text at a bar's end: its value, or why there is none. */
  labelText: (b: Bar) => string;
}

export const BAR_H = 22;
export const MARGIN_BOTTOM = 30;

/** The bars of one group: the LA's (unless England is alone) and England's. */
function groupBars(m: BreakdownChart, r: BreakdownChart['rows'][number], label: string): Bar[] {
  const bar = (series: Bar['series'], name: string, value: number | null, status: Status | null, ci: Bar['ci']): Bar =>
    ({ group: r.breakdown, label, series, name, value: status ? null : value, status: value === null ? status ?? 'x' : status, ci, y: 0 });
  return [
    ...(m.alone ? [] : [bar('la', m.area.name, r.value, r.status, r.ci95)]),
    bar('england', 'England', r.england, r.englandStatus, null),
  ];
}

export function layoutBreakdown(m: BreakdownChart, width: number, ci: boolean, measure: Measure, measureBold: Measure): BreakdownLayout {
  const meta = m.indicator;
  // Series names sit left of each bar (wrapped if long); group labels head each group, full width.
  const nameLines = m.alone ? [] : wrap(m.area.name, Math.max(80, width * 0.3), measure);
  const marginLeft = m.alone ? 12 : Math.max(measure('England'), ...nameLines.map(measure)) + 14;
  const gapBar = nameLines.length > 1 ? 14 : 6;
  const heads: BreakdownLayout['heads'] = [];
  const bars: Bar[] = [];
  const spans: BreakdownLayout['spans'] = [];
  let y = 4;
  for (const r of m.rows) {
    const label = groupLabel(meta, r.breakdown);
    const lines = wrap(label, width, measureBold);
    heads.push({ y, lines });
    y += lines.length * LINE + 6;
    const own = groupBars(m, r, label);
    own.forEach((b) => {
      b.y = y + BAR_H / 2;
      y += BAR_H + gapBar;
    });
    bars.push(...own);
    spans.push({ y1: own[0].y - BAR_H / 2 - 3, y2: own.at(-1)!.y + BAR_H / 2 + 3 });
    y += 18 - gapBar;
  }
  const labelText = (b: Bar) => formatValue(b.value, meta, b.value === null ? b.status ?? 'x' : null);
  const marginRight = Math.max(...bars.map((b) => (b.value === null ? 0 : measure(labelText(b))))) + 12;
  const maxValue = Math.max(0, ...bars.filter(hasValue).map((b) => Math.max(b.value, ci && b.ci ? b.ci[1] : 0))) || 1;
  return { bars, heads, spans, nameLines, marginLeft, marginRight, height: Math.ceil(y + MARGIN_BOTTOM), maxValue, labelText };
}
