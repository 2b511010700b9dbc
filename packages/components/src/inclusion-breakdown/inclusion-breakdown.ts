import { property } from 'lit/decorators.js';
import type { Markish } from '@observablehq/plot';
import { Plot, plotLoading } from '../shared/plot-code';
import {
  hasValue, findIndicator, breakdownChart, breakdownNotes, breakdownPointText, breakdownSubtitle, breakdownTable, describeBreakdown, formatTick, groupLabel,
  type BreakdownChart, type ExtractSet, type IndicatorMeta,
} from '@inclusion-dashboard/core';
import { ChartElement, type ChartPoint, type Drawing } from '../shared/chart-element';
import { GOVUK, SERIES } from '../shared/palette';
import { LINE, measurer } from '../shared/text-layout';
import { BAR_H, MARGIN_BOTTOM, layoutBreakdown, type Bar } from './breakdown-layout';
import { breakdownStyles } from './inclusion-breakdown.styles';

export { groupLabel };
export type BreakdownModel = BreakdownChart;

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
  protected override drawCode() {
    return plotLoading(() => import('../shared/plot-marks'));
  }

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
    const ci = this.showCi(m);
    const l = layoutBreakdown(m, width, ci, measurer(this), measurer(this, 'bold'));
    const drawn = l.bars.filter(hasValue);
    const tip = (b: Bar & { value: number }) => Math.max(b.value, ci && b.ci ? b.ci[1] : 0);
    const bar = (series: Bar['series'], fill: string, className: string) =>
      Plot.rectX(drawn.filter((b) => b.series === series), { x1: 0, x2: 'value', y1: (b: Bar) => b.y - BAR_H / 2, y2: (b: Bar) => b.y + BAR_H / 2, fill, className });
    const node = Plot.plot({
      width,
      height: l.height,
      marginLeft: l.marginLeft,
      marginRight: l.marginRight,
      marginTop: 0,
      marginBottom: MARGIN_BOTTOM,
      style: { fontSize: '14px', background: 'transparent', overflow: 'visible' },
      x: { domain: [0, l.maxValue], nice: true, label: null, ticks: Math.max(3, Math.floor((width - l.marginLeft - l.marginRight) / 80)), tickFormat: (d: number) => formatTick(d, meta) },
      y: { type: 'identity', axis: null },
      marks: [
        bar('la', SERIES.selected, 'la-bars'),
        bar('england', SERIES.comparator, 'england-bars'),
        ...whiskers(ci ? drawn.filter((b) => b.ci) : []),
        // The zero line, one per group, so it never runs through a group's label.
        Plot.ruleX(l.spans, { x: 0, y1: 'y1', y2: 'y2', stroke: GOVUK.text, className: 'zero' }),
        Plot.text(drawn, { x: tip, y: 'y', text: l.labelText, dx: 6, textAnchor: 'start', fill: GOVUK.text, className: 'values' }),
        Plot.text(l.bars.filter((b) => b.value === null), { x: 0, y: 'y', text: l.labelText, dx: 6, textAnchor: 'start', fill: GOVUK.text, className: 'missing' }),
        Plot.text(l.heads, { x: 0, y: 'y', text: (h: { lines: string[] }) => h.lines.join('\n'), frameAnchor: 'left', dx: -l.marginLeft, lineAnchor: 'top', lineHeight: LINE / 14, textAnchor: 'start', fill: GOVUK.text, fontWeight: 'bold', className: 'groups' }),
        m.alone ? null : Plot.text(l.bars, {
          y: 'y', text: (b: Bar) => (b.series === 'la' ? l.nameLines.join('\n') : 'England'), frameAnchor: 'left', dx: -8,
          textAnchor: 'end', lineAnchor: 'middle', lineHeight: LINE / 14, fill: GOVUK.text, className: 'series',
        }),
      ],
    });
    const x = Plot.scaleOf(node, 'x');
    const points: ChartPoint[] = l.bars.map((b) => ({
      x: x(b.value ?? 0), y: b.y, group: b.group,
      // The bar's box, for its focus ring and its pointer target.
      box: { x: x(0), y: b.y - BAR_H / 2, width: x(b.value ?? 0) - x(0), height: BAR_H },
      text: breakdownPointText(meta, b.group, b.name, b.value, b.status, b.series === 'la' ? b.ci : null),
    }));
    return { node, points };
  }
}

/** Whiskers: a white halo under a near-black line, so they show on the dark bar and on white alike. */
function whiskers(withCi: Bar[]): Markish[] {
  return [{ stroke: GOVUK.white, w: 5, halo: true }, { stroke: GOVUK.text, w: 2, halo: false }].flatMap(({ stroke, w, halo }) => [
    Plot.ruleY(withCi, { y: 'y', x1: (b: Bar) => b.ci![0], x2: (b: Bar) => b.ci![1], stroke, strokeWidth: w, className: halo ? 'ci-halo' : 'ci' }),
    Plot.ruleX(withCi.flatMap((b) => [{ x: b.ci![0], y: b.y }, { x: b.ci![1], y: b.y }]), {
      x: 'x', y1: (d: { y: number }) => d.y - 6, y2: (d: { y: number }) => d.y + 6, stroke, strokeWidth: w, className: halo ? 'ci-halo' : 'ci-ends',
    }),
  ]);
}
