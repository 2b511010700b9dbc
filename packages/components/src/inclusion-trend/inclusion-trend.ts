import { property } from 'lit/decorators.js';
import type { Markish } from '@observablehq/plot';
import { Plot, plotLoading } from '../shared/plot-code';
import {
  hasValue, findIndicator, capitalise, describeTrend, formatTick, periodLabel, trend, trendCells, trendHeading, trendMarkerGroups, trendNoFigures, trendNotes,
  trendPeriods, trendPointText, trendSubtitle, trendTable,
  type ExtractSet, type SeriesKey, type Trend, type TrendCell, type TrendMarkerGroup,
} from '@inclusion-dashboard/core';
import { ChartElement, type ChartPoint, type Drawing } from '../shared/chart-element';
import { Comparisons } from '../shared/comparisons';
import { AF, GOVUK, SERIES } from '../shared/palette';
import { withLegend, type SwatchLook, type SymbolName } from '../shared/legend';
import { LINE, measurer, wrap } from '../shared/text-layout';
import { dodgeEndLabels, placeMarkerLabels, xAxis, xTicks, yAxis } from './trend-layout';

/** How each series looks: colour, dash pattern and marker shape all differ, and each line is labelled in words. */
interface Look extends SwatchLook {
  symbol: SymbolName;
  r: number;
}

const LOOK: Record<SeriesKey, Look> = {
  area: { colour: SERIES.selected, dash: 'none', symbol: 'circle', stroke: 3.5, r: 4.5 },
  neighbours: { colour: AF.orange, dash: '8 4', symbol: 'triangle', stroke: 2.25, r: 4.5 },
  group: { colour: AF.darkPink, dash: '6 2 1 2', symbol: 'diamond', stroke: 2.5, r: 4.5, hollow: true },
  region: { colour: AF.turquoise, dash: '2 3', symbol: 'diamond', stroke: 2.5, r: 4.5 },
  england: { colour: AF.darkGrey, dash: '12 3 3 3', symbol: 'square', stroke: 2.25, r: 4, hollow: true },
};

/**
 * Series drawn back to front: the selected LA last, on top. England's hollow squares go over the region and the
 * neighbours, so where the lines meet both markers still show.
 */
const ORDER: SeriesKey[] = ['region', 'neighbours', 'group', 'england', 'area'];

type Row = TrendCell;
type Series = { s: Trend['series'][number]; look: Look; rows: Row[] };
/** A series' last figure, with its label wrapped for the end of its line. */
type End = { x: Series; last: Row & { value: number }; lines: string[]; bold: boolean };

const INSET = 14;

/**
 * Trend: up to 10 years of an LA's figures beside its statistical neighbours' average, its region and England,
 * with gaps for missing years, series breaks and boundary changes marked, and an optional confidence band.
 *
 * @attr src - URL(s) of observations extracts (Arrow IPC files), space-separated.
 * @attr indicator - Indicator id (e.g. `persistent-absence`) or LAIT measure code.
 * @attr area - ONS code, 3-digit LA number or name.
 * @attr period - Optional last period (`201819`, `2018/19` or `2022`); the latest by default.
 * @attr breakdown - Optional breakdown value (e.g. `Primary`); the total by default.
 * @attr years - How many years to show, up to the last period; 10 by default.
 * @attr intervals - Boolean: shade the LA's 95% confidence interval where it is known.
 * @attr compare - Optional LAs whose average is drawn as a line too: names, ONS codes or LA numbers, separated by
 *   commas or spaces.
 * @attr group - Optional comparator group: `region` (the region's other LAs, averaged each year), `neighbours-2021`
 *   or `neighbours-2025` (that statistical-neighbour model for the neighbours' line; the newest by default).
 * @attr group-label - Optional name for the chosen group, e.g. `Greater Manchester`.
 * @csspart figure - The figure.
 * @csspart title - The title.
 * @csspart summary - The plain-English summary.
 * @csspart chart - The chart container.
 * @csspart table - The data table.
 * @fires inclusion-ready - When the chart has drawn; detail is the trend.
 * @fires inclusion-error - When data cannot be shown; detail has `code` and `message`.
 */
export class InclusionTrend extends Comparisons<ChartElement<Trend>>(ChartElement) {
  protected override drawCode() {
    return plotLoading(() => import('../shared/plot-marks'));
  }

  @property({ type: Number }) years = 10;
  @property({ type: Boolean }) intervals = false;

  constructor() {
    super();
    this.reloadOn = [...this.reloadOn, 'years', 'intervals'];
  }

  protected override ready(): boolean {
    return super.ready() && !!this.area;
  }

  protected compute(set: ExtractSet): Trend {
    const { data, indicator, breakdown } = findIndicator(set, this.indicator, this.breakdown);
    const years = Number.isFinite(this.years) && this.years >= 1 ? Math.floor(this.years) : 10;
    return trend(data, set.areas, { indicator, area: this.area, period: this.period || undefined, breakdown }, years, this.comparison(set));
  }

  protected heading(t: Trend): string {
    return trendHeading(t);
  }

  protected subtitle(t: Trend): string {
    return trendSubtitle(t);
  }

  protected describe(t: Trend): string {
    return describeTrend(t);
  }

  protected override notes(t: Trend): string[] {
    return trendNotes(t, { intervals: this.intervals });
  }

  protected override sources(t: Trend) {
    return [t.indicator];
  }

  protected table(t: Trend) {
    return trendTable(t, { intervals: this.intervals });
  }

  protected override jumpsBy(): string {
    return 'from one line to the next';
  }

  protected override acrossBy(): string {
    return 'to the same year on the next or previous line';
  }

  protected draw(t: Trend, width: number): Drawing {
    const m = t.indicator;
    const periods = trendPeriods(t);
    const n = periods.length;
    const labels = periods.map(periodLabel);
    const all: Series[] = t.series.map((s) => ({ s, look: LOOK[s.key], rows: trendCells(s, periods) }));
    const own = all.find((x) => x.s.key === 'area')!;
    const band = this.intervals ? own.rows.filter((r) => r.lo !== null && r.hi !== null && r.value !== null) : [];
    const measure = measurer(this);
    const measureBold = measurer(this, 'bold');

    // y: from 0, with round ticks; the scale is worked out here so labels can be placed before drawing.
    const plotH = Math.round(Math.max(200, Math.min(340, width * 0.45)));
    const { yMax, ticks } = yAxis(Math.max(0, ...all.flatMap((x) => x.rows.map((r) => r.value ?? 0)), ...band.map((r) => r.hi ?? 0)), plotH);
    const tickText = (d: number) => formatTick(d, m);
    const marginLeft = Math.ceil(Math.max(...ticks.map((d) => measure(tickText(d))))) + 14;
    // Top margin: the unit (wrapped to fit), a line if the LA has no figures, then rows of break labels.
    const unitLines = wrap(capitalise(m.unitLabel), width - 4, measure);
    const ends = this.ends(all, measure, measureBold);
    const noFigures = ends.some((e) => e.x === own) ? [] : wrap(trendNoFigures(own.rows), width - 4, measureBold);
    const xTickW = Math.max(...labels.map(measure)) + 12;
    const endW = Math.ceil(Math.max(0, ...ends.flatMap((e) => e.lines.map(e.bold ? measureBold : measure)))) + 34;

    // End labels beside the plot where they fit (and dodge apart), else a legend below.
    const groups = trendMarkerGroups(t.markers, periods);
    const frame = (marginRight: number) => {
      const x = xAxis(n, marginLeft + INSET, width - marginLeft - marginRight - 2 * INSET);
      const { placed, rows } = placeMarkerLabels(groups, x.px, width, measure);
      const marginTop = (unitLines.length + noFigures.length) * LINE + (noFigures.length ? 4 : 0) + (rows ? rows * LINE + 6 : 0) + 12;
      return { x, placed, rows, marginRight, marginTop, yPx: (v: number) => marginTop + plotH * (1 - v / yMax) };
    };
    const legendRight = Math.max(10, Math.ceil(xTickW / 2 - INSET + 4));
    const beside = width - marginLeft - endW >= Math.max(360, width * 0.55) ? frame(endW) : null;
    const endPos = beside ? dodgeEndLabels(ends.map((e) => ({ y: beside.yPx(e.last.value), h: e.lines.length * 16 })), beside.marginTop, beside.marginTop + plotH) : null;
    const f = beside && endPos ? beside : frame(legendRight);
    const yData = (py: number) => yMax * (1 - (py - f.marginTop) / plotH);

    const marks: Markish[] = [
      ...this.bandMarks(own.rows, band),
      Plot.ruleY([0], { stroke: GOVUK.text }),
      ...this.markerMarks(f.placed, f.rows, f.x.data),
      ...ORDER.flatMap((key) => all.filter((a) => a.s.key === key).flatMap(lineMarks)),
      ...this.headMarks(unitLines, noFigures, marginLeft, f.marginTop),
      ...(endPos ? this.endMarks(ends, endPos, n, f.x, yData) : []),
    ];
    const svg = Plot.plot({
      width,
      height: f.marginTop + plotH + 34,
      marginLeft,
      marginRight: f.marginRight,
      marginTop: f.marginTop,
      marginBottom: 34,
      style: { fontSize: '14px', background: 'transparent', overflow: 'visible' },
      x: { type: 'linear', domain: [f.x.lo, f.x.hi], inset: INSET, ticks: xTicks(n, n > 1 ? f.x.px(1) - f.x.px(0) : f.x.px(1) - f.x.px(-1), xTickW), tickFormat: (i: number) => labels[i] ?? '', tickSize: 5, label: null },
      y: { domain: [0, yMax], ticks, tickFormat: tickText, grid: true, label: null, tickSize: 0, tickPadding: 6 },
      marks,
    }) as SVGSVGElement;

    tagPeriods(svg, own.rows);
    const points = this.keyPoints(t, svg, all, own, groups);
    if (endPos) return { node: svg, points };
    // A legend below: the same colour, dash and marker as each line, with its name.
    return { node: withLegend(svg, all.map((a) => ({ label: a.s.label, look: a.look, selected: a.s.key === 'area' }))), points };
  }

  /** Each series' last figure with its wrapped label; series with no figure have none. */
  private ends(all: Series[], measure: (s: string) => number, measureBold: (s: string) => number): End[] {
    return all.flatMap((x) => {
      const last = [...x.rows].reverse().find(hasValue);
      const bold = x.s.key === 'area';
      return last ? [{ x, last, lines: wrap(x.s.label, 168, bold ? measureBold : measure), bold }] : [];
    });
  }

  /** The confidence band (and a bar where a year's interval has no neighbour in its segment). */
  private bandMarks(rows: Row[], band: Row[]): Markish[] {
    if (!band.length) return [];
    const alone = band.filter((r) => !band.some((o) => o.segment === r.segment && Math.abs(o.i - r.i) === 1));
    return [
      Plot.areaY(rows, {
        x: 'i', y1: (r: Row) => (r.value === null ? null : r.lo), y2: (r: Row) => (r.value === null ? null : r.hi), z: 'segment',
        fill: SERIES.selected, fillOpacity: 0.16, className: 'ci-band',
      }),
      alone.length ? Plot.ruleX(alone, { x: 'i', y1: 'lo', y2: 'hi', stroke: SERIES.selected, strokeOpacity: 0.5, strokeWidth: 6, className: 'ci-band' }) : null,
    ];
  }

  /** Series breaks and boundary changes: a dashed rule between the two years, labelled above the plot. */
  private markerMarks(placed: (TrendMarkerGroup & { left: number; row: number })[], rows: number, xData: (px: number) => number): Markish[] {
    if (!placed.length) return [];
    return [
      Plot.ruleX(placed, { x: (g: TrendMarkerGroup) => g.i - 0.5, stroke: GOVUK.secondaryText, strokeWidth: 1.5, strokeDasharray: '5 4', insetTop: -4, className: 'markers' }),
      ...Array.from({ length: rows }, (_, row) => Plot.text(placed.filter((g) => g.row === row), {
        x: (g: { left: number }) => xData(g.left), frameAnchor: 'top', dy: -8 - row * LINE, text: 'text', textAnchor: 'start', lineAnchor: 'bottom',
        fill: GOVUK.text, className: 'marker-labels',
      })),
    ];
  }

  /** The unit above the y axis, and where the LA has no figure at all, a line saying so. */
  private headMarks(unitLines: string[], noFigures: string[], marginLeft: number, marginTop: number): Markish[] {
    const head = (lines: string[], dy: number, className: string, bold = false) => Plot.text([lines.join('\n')], {
      text: (d: string) => d, frameAnchor: 'top-left', dx: -marginLeft + 2, dy, textAnchor: 'start', lineAnchor: 'top', lineHeight: LINE / 14,
      fill: GOVUK.text, fontWeight: bold ? 'bold' : 'normal', className,
    });
    return [
      head(unitLines, -marginTop + 2, 'unit-label'),
      noFigures.length ? head(noFigures, -marginTop + 6 + unitLines.length * LINE, 'no-figures', true) : null,
    ];
  }

  /** Labels at the end of each line, with a leader from the last point where it is the last year. */
  private endMarks(ends: End[], pos: { top: number; h: number }[], n: number, x: { px: (i: number) => number; data: (px: number) => number }, yData: (py: number) => number): Markish[] {
    const lastX = x.px(n - 1);
    const labelled = ends.map((e, k) => ({ e, ...pos[k] }));
    type Labelled = (typeof labelled)[number];
    return [
      ...[false, true].map((bold) => Plot.text(labelled.filter((d) => d.e.bold === bold), {
        x: x.data(lastX + 30), y: (d: Labelled) => yData(d.top), text: (d: Labelled) => d.e.lines.join('\n'),
        textAnchor: 'start', lineAnchor: 'top', lineHeight: 16 / 14, fill: GOVUK.text, fontWeight: bold ? 'bold' : 'normal', className: 'end-labels',
      })),
      Plot.link(labelled.filter((d) => d.e.last.i === n - 1), {
        x1: x.data(lastX + 8), y1: (d: Labelled) => d.e.last.value, x2: x.data(lastX + 26), y2: (d: Labelled) => yData(d.top + d.h / 2),
        stroke: (d: Labelled) => d.e.x.look.colour, strokeWidth: 1.5, className: 'leaders',
      }),
    ];
  }

  /** Keyboard points: the LA's line first, then the comparators, each announced by core's words. */
  private keyPoints(t: Trend, svg: SVGSVGElement, all: Series[], own: Series, groups: TrendMarkerGroup[]): ChartPoint[] {
    const x = Plot.scaleOf(svg, 'x');
    const y = Plot.scaleOf(svg, 'y');
    const england = all.find((a) => a.s.key === 'england');
    return [own, ...all.filter((z) => z !== own)].flatMap((a) => a.rows.map((r) => ({
      x: x(r.i), y: y(r.value ?? 0), group: a.s.key,
      text: trendPointText(t, r, { england: england?.rows[r.i] ?? null, intervals: this.intervals, marker: groups.find((z) => z.i === r.i) ?? null }),
    })));
  }
}

/** Each LA point carries its period, so tests and styles can find a year. */
function tagPeriods(svg: SVGSVGElement, rows: Row[]): void {
  const drawn = rows.filter((r) => r.value !== null);
  svg.querySelectorAll('g.area-points circle').forEach((el, k) => {
    if (drawn[k]) el.setAttribute('data-period', drawn[k].period);
  });
}

/** A series' line, broken at gaps and breaks, and its markers. */
function lineMarks({ s, look, rows }: Series): Markish[] {
  return [
    Plot.lineY(rows, {
      x: 'i', y: 'value', z: 'segment', stroke: look.colour, strokeWidth: look.stroke, strokeDasharray: look.dash === 'none' ? undefined : look.dash,
      strokeLinecap: 'butt', className: `line-${s.key}`,
    }),
    Plot.dot(rows.filter((r) => r.value !== null), {
      x: 'i', y: 'value', r: look.r, symbol: look.symbol,
      fill: look.hollow ? GOVUK.white : look.colour, stroke: look.hollow ? look.colour : GOVUK.white, strokeWidth: look.hollow ? 2 : 1.25,
      className: s.key === 'area' ? 'area-points' : `points-${s.key}`,
    }),
  ];
}
