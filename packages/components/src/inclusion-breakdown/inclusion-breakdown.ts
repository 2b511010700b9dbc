import { property } from 'lit/decorators.js';
import * as Plot from '@observablehq/plot';
import {
  breakdownChart, breakdownNotes, breakdownPointText, breakdownSubtitle, breakdownTable, describeBreakdown, formatTick, formatValue, groupLabel,
  type BreakdownChart, type ExtractSet, type IndicatorMeta, type Status,
  findIndicator,
} from '@inclusion-dashboard/core';
import { ChartElement, type ChartPoint, type Drawing } from '../shared/chart-element';
import { GOVUK, SERIES } from '../shared/palette';
import { scaleOf } from '../shared/plot-scales';
import { LINE, measurer, wrap } from '../shared/text-layout';
import { breakdownStyles } from './inclusion-breakdown.styles';

export { groupLabel };
export type BreakdownModel = BreakdownChart;

/** One bar: a group's value for the LA or for England. */
interface Bar {
  group: string;
  label: string;
  series: 'la' | 'england';
  name: string;
  value: number | null;
  status: Status | null;
  ci: [number, number] | null;
  y: number;
}

/**
 * Breakdown bars: one indicator split by its breakdown (phase, SEN status or SEN provision), the LA's bar beside
 * England's for every group, with the values written on the bars, a table and the source. Indicators published
 * for England only show England alone.
 *
 * @attr src - URL(s) of observations extracts (Arrow IPC files), space-separated.
 * @attr indicator - Indicator id (e.g. `persistent-absence-sen`) or LAIT measure code.
 * @attr area - ONS code, 3-digit LA number or name; England when empty.
 * @attr period - Optional period (`201819`, `2018/19` or `2022`); the latest with a value by default.
 * @attr intervals - Boolean: draw 95% confidence interval whiskers on the LA's bars where the counts are published.
 * @csspart figure - The figure.
 * @csspart title - The title.
 * @csspart summary - The plain-English summary.
 * @csspart chart - The chart container.
 * @csspart table - The data table.
 * @fires inclusion-ready - When the chart has drawn; detail is the breakdown model.
 * @fires inclusion-error - When data cannot be shown; detail has `code` and `message`.
 */
export class InclusionBreakdown extends ChartElement<BreakdownModel> {
  static override styles = [...ChartElement.styles, breakdownStyles];

  /** Draw 95% confidence interval whiskers where they are known. */
  @property({ type: Boolean }) intervals = false;

  constructor() {
    super();
    this.reloadOn = [...this.reloadOn, 'intervals'];
  }

  protected compute(set: ExtractSet): BreakdownModel {
    const { data, indicator } = findIndicator(set, this.indicator);
    return breakdownChart(data, set.areas, { indicator, area: this.area || undefined, period: this.period || undefined });
  }

  protected heading(m: BreakdownModel): string {
    return m.indicator.label;
  }

  protected subtitle(m: BreakdownModel): string {
    return breakdownSubtitle(m);
  }

  protected describe(m: BreakdownModel): string {
    return describeBreakdown(m);
  }

  protected override notes(m: BreakdownModel): string[] {
    return breakdownNotes(m, { intervals: this.intervals });
  }

  protected override sources(m: BreakdownModel): IndicatorMeta[] {
    return [m.indicator];
  }

  private showCi(m: BreakdownModel): boolean {
    return this.intervals && !m.alone && m.rows.some((r) => r.ci95);
  }

  protected table(m: BreakdownModel) {
    return breakdownTable(m, { intervals: this.intervals });
  }

  protected override jumpsBy(): string {
    return 'from one group to the next';
  }

  protected override acrossBy(): string {
    return 'to the same bar in the group above or below';
  }

  protected draw(m: BreakdownModel, width: number): Drawing {
    const meta = m.indicator;
    const alone = m.alone;
    const ci = this.showCi(m);
    const measure = measurer(this);
    const measureBold = measurer(this, 'bold');

    // Series names sit left of each bar (wrapped if long); group labels head each group, full width.
    const nameLines = alone ? [] : wrap(m.area.name, Math.max(80, width * 0.3), measure);
    const marginLeft = alone ? 12 : Math.max(measure('England'), ...nameLines.map(measure)) + 14;
    const barH = 22;
    const gapBar = nameLines.length > 1 ? 14 : 6;
    const gapGroup = 18;
    const heads: { y: number; lines: string[] }[] = [];
    const bars: Bar[] = [];
    let y = 4;
    for (const r of m.rows) {
      const label = groupLabel(meta, r.breakdown);
      const lines = wrap(label, width, measureBold);
      heads.push({ y, lines });
      y += lines.length * LINE + 6;
      const series: Bar[] = [];
      if (!alone) series.push({ group: r.breakdown, label, series: 'la', name: m.area.name, value: r.status ? null : r.value, status: r.value === null ? r.status ?? 'x' : r.status, ci: r.ci95, y: 0 });
      series.push({ group: r.breakdown, label, series: 'england', name: 'England', value: r.englandStatus ? null : r.england, status: r.england === null ? r.englandStatus ?? 'x' : r.englandStatus, ci: null, y: 0 });
      for (const b of series) {
        b.y = y + barH / 2;
        bars.push(b);
        y += barH + gapBar;
      }
      y += gapGroup - gapBar;
    }
    const groupSpans = m.rows.map((r) => {
      const own = bars.filter((b) => b.group === r.breakdown);
      return { y1: own[0].y - barH / 2 - 3, y2: own.at(-1)!.y + barH / 2 + 3 };
    });
    const marginBottom = 30;
    const height = Math.ceil(y + marginBottom);

    const drawn = bars.filter((b) => b.value !== null);
    const labelText = (b: Bar) => formatValue(b.value, meta, b.value === null ? b.status ?? 'x' : null);
    const marginRight = Math.max(...bars.map((b) => (b.value === null ? 0 : measure(labelText(b))))) + 12;
    const maxValue = Math.max(0, ...drawn.map((b) => Math.max(b.value as number, ci && b.ci ? b.ci[1] : 0))) || 1;
    const tip = (b: Bar) => Math.max(b.value as number, ci && b.ci ? b.ci[1] : 0);
    const plotW = width - marginLeft - marginRight;
    const withCi = ci ? drawn.filter((b) => b.ci) : [];

    const node = Plot.plot({
      width,
      height,
      marginLeft,
      marginRight,
      marginTop: 0,
      marginBottom,
      style: { fontSize: '14px', background: 'transparent', overflow: 'visible' },
      x: { domain: [0, maxValue], nice: true, label: null, ticks: Math.max(3, Math.floor(plotW / 80)), tickFormat: (d: number) => formatTick(d, meta) },
      y: { type: 'identity', axis: null },
      marks: [
        Plot.rectX(drawn.filter((b) => b.series === 'la'), { x1: 0, x2: 'value', y1: (b: Bar) => b.y - barH / 2, y2: (b: Bar) => b.y + barH / 2, fill: SERIES.selected, className: 'la-bars' }),
        Plot.rectX(drawn.filter((b) => b.series === 'england'), { x1: 0, x2: 'value', y1: (b: Bar) => b.y - barH / 2, y2: (b: Bar) => b.y + barH / 2, fill: SERIES.comparator, className: 'england-bars' }),
        // Whiskers: a white halo under a near-black line, so they show on the dark bar and on white alike.
        ...[{ stroke: GOVUK.white, w: 5, halo: true }, { stroke: GOVUK.text, w: 2, halo: false }].flatMap(({ stroke, w, halo }) => [
          Plot.ruleY(withCi, { y: 'y', x1: (b: Bar) => b.ci![0], x2: (b: Bar) => b.ci![1], stroke, strokeWidth: w, className: halo ? 'ci-halo' : 'ci' }),
          Plot.ruleX(withCi.flatMap((b) => [{ x: b.ci![0], y: b.y }, { x: b.ci![1], y: b.y }]), {
            x: 'x', y1: (d: { y: number }) => d.y - 6, y2: (d: { y: number }) => d.y + 6, stroke, strokeWidth: w, className: halo ? 'ci-halo' : 'ci-ends',
          }),
        ]),
        // The zero line, one per group, so it never runs through a group's label.
        Plot.ruleX(groupSpans, { x: 0, y1: 'y1', y2: 'y2', stroke: GOVUK.text, className: 'zero' }),
        Plot.text(drawn, { x: tip, y: 'y', text: labelText, dx: 6, textAnchor: 'start', fill: GOVUK.text, className: 'values' }),
        Plot.text(bars.filter((b) => b.value === null), { x: 0, y: 'y', text: labelText, dx: 6, textAnchor: 'start', fill: GOVUK.text, className: 'missing' }),
        Plot.text(heads, { x: 0, y: 'y', text: (h: { lines: string[] }) => h.lines.join('\n'), frameAnchor: 'left', dx: -marginLeft, lineAnchor: 'top', lineHeight: LINE / 14, textAnchor: 'start', fill: GOVUK.text, fontWeight: 'bold', className: 'groups' }),
        alone ? null : Plot.text(bars, {
          y: 'y', text: (b: Bar) => (b.series === 'la' ? nameLines.join('\n') : 'England'), frameAnchor: 'left', dx: -8,
          textAnchor: 'end', lineAnchor: 'middle', lineHeight: LINE / 14, fill: GOVUK.text, className: 'series',
        }),
      ],
    });

    const x = scaleOf(node, 'x');
    const points: ChartPoint[] = bars.map((b) => ({
      x: x(b.value ?? 0),
      y: b.y,
      text: breakdownPointText(meta, b.group, b.name, b.value, b.status, b.series === 'la' ? b.ci : null),
      group: b.group,
    }));
    return { node, points };
  }
}
