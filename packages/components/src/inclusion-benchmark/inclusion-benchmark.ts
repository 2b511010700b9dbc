import { html } from 'lit';
import { property } from 'lit/decorators.js';
import { Plot, plotLoading } from '../shared/plot-code';
import {
  hasValue, benchmarkRows, benchmarkSubtitle, benchmarkTable, formatTick, formatValue, type Benchmark, type Status,
} from '@inclusion-dashboard/core';
import type { Drawing } from '../shared/chart-element';
import { BenchmarkElement } from '../shared/benchmark-element';
import { AF, GOVUK, SERIES } from '../shared/palette';
import { svgElement } from '../shared/svg';
import { LINE, measurer, wrap } from '../shared/text-layout';
import { benchmarkStyles } from './inclusion-benchmark.styles';

/** The averages are coloured as their lines are in the trend chart, so a reader learns one key for every chart. */
const FILL: Record<string, string> = { area: SERIES.selected, neighbours: AF.orange, group: AF.darkPink, region: AF.turquoise, england: AF.darkGrey };
const fillOf = (r: BarRow) => FILL[r.key] ?? SERIES.comparator;
/** The neighbours' average, the region or England, as against the LA and each neighbour. */
const isAverage = (r: BarRow) => r.key in FILL && r.key !== 'area';

interface BarRow {
  key: string;
  label: string;
  value: number | null;
  status: Status | null;
  selected: boolean;
}

/**
 * Benchmark bars: an LA's value beside its statistical neighbours (their average, or each of them), any group the
 * reader chooses (named LAs or the region's LAs, and their average), its region and England, with the figures in
 * text, a table and the source.
 *
 * @attr src - URL(s) of observations extracts (Arrow IPC files), space-separated.
 * @attr indicator - Indicator id (e.g. `ehcp-20-weeks`) or LAIT measure code.
 * @attr area - ONS code, 3-digit LA number or name.
 * @attr period - Optional period (`201819`, `2018/19` or `2022`); the latest by default.
 * @attr breakdown - Optional breakdown value; the total by default.
 * @attr neighbours - `average` (default) for one neighbour-average bar, `each` for a bar per neighbour too.
 * @attr compare - Optional LAs to compare with, each shown and averaged: names, ONS codes or LA numbers, separated by
 *   commas (`Bolton, Bury, Wigan`) or by spaces (`Bolton Bury Wigan`; multi-word names are found whole).
 * @attr group - Optional comparator group: `region` (the LA's region's other LAs, averaged), or `neighbours-2021` /
 *   `neighbours-2025` for that statistical-neighbour model (the newest by default). The model is always said.
 * @attr group-label - Optional name for the chosen group, e.g. `Greater Manchester`.
 * @csspart figure - The figure.
 * @csspart title - The title.
 * @csspart summary - The plain-English summary.
 * @csspart chart - The chart container.
 * @csspart table - The data table.
 * @fires inclusion-ready - When the chart has drawn; detail is the benchmark.
 * @fires inclusion-error - When data cannot be shown; detail has `code` and `message`.
 */
export class InclusionBenchmark extends BenchmarkElement {
  static override styles = [...BenchmarkElement.styles, benchmarkStyles];
  protected override drawCode() {
    return plotLoading(() => import('../shared/plot-marks'));
  }

  @property() neighbours: 'average' | 'each' = 'average';

  constructor() {
    super();
    this.reloadOn = [...this.reloadOn, 'neighbours'];
  }

  protected subtitle(b: Benchmark): string {
    return benchmarkSubtitle(b);
  }

  protected override lead(b: Benchmark) {
    return html`<p class="big" aria-hidden="true">${formatValue(b.value, b.indicator, b.status)}</p>`;
  }

  private rows(b: Benchmark): BarRow[] {
    return benchmarkRows(b, this.neighbours === 'each');
  }

  protected table(b: Benchmark) {
    return benchmarkTable(b, this.neighbours === 'each');
  }

  protected override jumpsBy(): string {
    return 'between the areas and the averages';
  }

  protected override hasSelected(): boolean {
    return true;
  }

  protected draw(b: Benchmark, width: number): Drawing {
    const m = b.indicator;
    const rows = this.rows(b);
    const drawn = rows.filter(hasValue);
    const fmt = (v: number | null, s: Status | null = null) => formatValue(v, m, s);
    // Labels sit left of the bars when they fit in 40% of the width, otherwise above each bar: never truncated.
    const measure = measurer(this);
    const longest = Math.max(...rows.map((r) => measure(r.label))) + 12;
    const above = longest > width * 0.4;
    // The 0 tick's label is centred on the left edge: room for its half, with the reader's letter spacing.
    const marginLeft = above ? Math.max(10, Math.ceil(measure(formatTick(0, m)) / 2) + 2) : longest;
    // Names above the bars wrap to the chart's width, so a long one (a named group, the neighbour model) stays inside.
    const names = new Map(rows.map((r) => [r.label, above ? wrap(r.label, width - marginLeft - 4, measurer(this, 'bold')).join('\n') : r.label]));
    const lines = Math.max(...[...names.values()].map((t) => t.split('\n').length));
    const band = above ? 58 + LINE * (lines - 1) : 40;
    const max = Math.max(...drawn.map((r) => r.value), 0) || 1;
    const node = Plot.plot({
      width,
      height: 30 + rows.length * band,
      marginLeft,
      marginRight: 64,
      marginTop: 6,
      style: { fontSize: '14px', background: 'transparent' },
      x: { label: null, grid: true, nice: true, domain: [0, max], ticks: Math.max(2, Math.floor(width / 90)), tickFormat: (d: number) => formatTick(d, m) },
      y: { label: null, domain: rows.map((r) => r.label), tickSize: 0, axis: above ? null : 'left', padding: above ? 0.5 : 0.3, align: above ? 1 : 0.5 },
      marks: [
        Plot.barX(drawn, { x: 'value', y: 'label', fill: fillOf, className: 'bars' }),
        Plot.text(drawn, { x: 'value', y: 'label', text: (r: BarRow) => fmt(r.value), dx: 6, textAnchor: 'start', fill: 'currentColor' }),
        Plot.text(rows.filter((r) => r.value === null), {
          x: 0, y: 'label', text: (r: BarRow) => fmt(null, r.status), dx: 6, textAnchor: 'start', fill: 'currentColor',
        }),
        // Names above the bars, on a white halo so the grid lines behind them break rather than cross the words.
        above ? Plot.text(rows, {
          x: 0, y: 'label', text: (r: BarRow) => names.get(r.label), textAnchor: 'start', lineAnchor: 'bottom', dy: -band * 0.25 - 2,
          fill: 'currentColor', fontWeight: 'bold', stroke: GOVUK.white, strokeWidth: 4,
        }) : null,
        Plot.ruleX([0]),
      ],
    });
    const x = Plot.scaleOf(node, 'x');
    const y = Plot.scaleOf(node, 'y');
    // Each neighbour, then the averages: a rule between the two groups.
    const firstAverage = rows.findIndex(isAverage);
    if (firstAverage > 1 && rows[firstAverage - 1].key !== 'area') {
      // Between the bars, or, with names above the bars, between the last neighbour's bar and the first average's name.
      // Plot's text lines are 1em, 14px.
      const between = above ? y(rows[firstAverage].label) - band * 0.25 - 6 - lines * 14 : (y(rows[firstAverage - 1].label) + y(rows[firstAverage].label)) / 2;
      // A rule between rows, as the spine's: it separates, every bar is named, so it needs no contrast of its own.
      node.append(svgElement('g', { class: 'row-rules' },
        svgElement('line', { x1: 0, x2: width, y1: between, y2: between, stroke: GOVUK.midGrey, 'stroke-width': 1, class: 'group-rule' })));
    }
    // Each bar's box, for its focus ring and its pointer target: the bar's band, from 0 to its value.
    const barH = (node as unknown as { scale(n: 'y'): { bandwidth?: number } }).scale('y').bandwidth ?? 0;
    const points = rows.map((r) => ({
      x: x(r.value ?? 0), y: y(r.label),
      box: { x: x(0), y: y(r.label) - barH / 2, width: x(r.value ?? 0) - x(0), height: barH },
      text: `${r.label}: ${fmt(r.value, r.status)}${r.selected ? ' (selected)' : ''}`,
      // Each neighbour, then the averages: two groups for Page Up and Page Down.
      group: isAverage(r) ? 'averages' : 'areas', selected: r.selected,
    }));
    return { node, points };
  }
}
