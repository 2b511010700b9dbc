import { property } from 'lit/decorators.js';
import type { Markish } from '@observablehq/plot';
import { Plot, plotLoading } from '../shared/plot-code';
import {
  definite, DEFAULT_SPINE_INDICATORS, markedGroup, describeSpine, resolveArea, spineAnnounce, spineChart, spineChartOf, spineHeading, spineIds, spineNotes, spineRow, spineSubtitle, spineTable,
  type ExtractSet, type IndicatorMeta, type SpineChart, type SpineMark, type SpineRow, type SpineSkip,
} from '@inclusion-dashboard/core';
import { ChartElement, type ChartPoint, type Drawing } from '../shared/chart-element';
import { AF, GOVUK, SERIES } from '../shared/palette';
import { Comparisons } from '../shared/comparisons';
import { queueDraw, queued } from '../shared/draw-queue';
import { withLegend } from '../shared/legend';
import { LINE, layoutWidth, measurer, scaleDrawing } from '../shared/text-layout';
import { layoutSpine, layoutSpineSteps, spineSlices, ORDER, type Drawn, type KeyGlyph, type Placed, type SpineLayout, type SpineSlice, type TextItem } from './spine-layout';
import { checkedDrawing } from '../shared/svg';
import { spineStyles } from './inclusion-spine.styles';

export { DEFAULT_SPINE_INDICATORS } from '@inclusion-dashboard/core';

/** How the LA compares with England on one row (core's verdict), or `missing`. */
export type SpineComparison = SpineMark;
export type SpineModel = SpineChart;

/** Marker shape and fill per verdict: shape and fill carry the meaning, not colour alone. */
const MARKER: Record<Drawn, { symbol: string; fill: string; stroke: string; strokeWidth: number; rotate: number; r: number }> = {
  better: { symbol: 'circle', fill: SERIES.selected, stroke: GOVUK.white, strokeWidth: 1.5, rotate: 0, r: 7 },
  similar: { symbol: 'diamond', fill: GOVUK.white, stroke: SERIES.selected, strokeWidth: 2.5, rotate: 0, r: 6.5 },
  worse: { symbol: 'triangle', fill: SERIES.selected, stroke: GOVUK.white, strokeWidth: 1.5, rotate: 180, r: 7 },
  higher: { symbol: 'triangle', fill: GOVUK.white, stroke: SERIES.selected, strokeWidth: 2.5, rotate: 0, r: 6.5 },
  lower: { symbol: 'triangle', fill: GOVUK.white, stroke: SERIES.selected, strokeWidth: 2.5, rotate: 180, r: 6.5 },
  'not compared': { symbol: 'square', fill: GOVUK.white, stroke: SERIES.selected, strokeWidth: 2.5, rotate: 0, r: 6.5 },
};
const look = (c: Drawn) => MARKER[c];

/**
 * Rows drawn per turn of the page-wide queue: a spine of every indicator (470 rows) drawn whole took a second at 4x
 * CPU, and the dashboard's first forty rows 77 ms of a 170 ms task. Twenty a part were 40 to 60 ms at 4x, which a
 * full garbage collection falling in the same task took past 100 ms.
 */
export const ROWS_PER_PART = 12;
/** The first part is drawn while the chart code is still cold (run by the interpreter), so it holds fewer rows. */
export const ROWS_FIRST = 6;
/** The class of a marker's group: `la-not-compared`. */
const markClass = (c: Drawn) => `la-${c.replace(' ', '-')}`;

/** Light grey with a 3:1 outline for the full range; a dark grey (7:1) box for the middle half; England near-black. */
const RANGE_FILL = GOVUK.midGrey;
const RANGE_STROKE = SERIES.comparator;
const IQR_FILL = GOVUK.secondaryText;
const ENGLAND_STROKE = GOVUK.text;
/** A chosen group's average: dashed, dark pink, on a white halo, told from England's solid black line by dash too. */
const GROUP_LINE = { stroke: AF.darkPink, strokeWidth: 3, strokeDasharray: '4,2', className: 'spine-group' };
const GROUP_HALO = { stroke: GOVUK.white, strokeWidth: 6, strokeDasharray: undefined, className: 'spine-group-halo' };

/**
 * Spine chart: many indicators for one LA at once, each against the spread of all LAs and England, oriented so
 * that right is always better. The period, value, England figure and rank are written beside every row.
 *
 * @attr src - URLs of observations extracts (Arrow IPC files), space-separated; they are read as one set.
 * @attr area - ONS code, 3-digit LA number or name of a local authority.
 * @attr indicators - Indicator ids or LAIT codes, space-separated; a default set across themes when empty.
 * @attr period - Optional period for every indicator; the latest with a value for each by default.
 * @attr compare - Optional LAs whose average is marked on every row: names, ONS codes or LA numbers, separated by
 *   commas or spaces.
 * @attr group - Optional group whose average is marked: `region` (the LA's region's other LAs), `neighbours`,
 *   `neighbours-2021` or `neighbours-2025` (its statistical neighbours in that model).
 * @attr group-label - Optional name for the group, e.g. `Greater Manchester`.
 * @csspart figure - The figure.
 * @csspart title - The title.
 * @csspart summary - The plain-English summary.
 * @csspart chart - The chart container.
 * @csspart table - The data table.
 * @fires inclusion-ready - When the chart has drawn; detail is the spine model.
 * @fires inclusion-error - When data cannot be shown; detail has `code` and `message`.
 */
export class InclusionSpine extends Comparisons<ChartElement<SpineModel>>(ChartElement) {
  static override styles = [...ChartElement.styles, spineStyles];
  protected override drawCode() {
    return plotLoading(() => import('../shared/plot-marks'));
  }

  /** Space-separated indicator ids or LAIT codes (the `indicators` attribute). */
  @property() indicators = '';

  constructor() {
    super();
    this.reloadOn = [...this.reloadOn, 'indicators'];
  }

  protected override ready(): boolean {
    return !!this.src && !!this.area;
  }

  private asked(): string[] {
    return this.indicators.split(/\s+/).filter(Boolean);
  }

  /** With no period asked for, core reads only the latest figures (and the year before, for the direction of travel). */
  protected override latestOnly(): boolean {
    return !this.period;
  }

  protected override wanted(): readonly string[] {
    const asked = this.asked();
    return asked.length ? asked : DEFAULT_SPINE_INDICATORS;
  }

  /** A row a turn: a spine of hundreds of indicators never holds the page for long. */
  protected override async computeInTurn(set: ExtractSet): Promise<SpineModel> {
    const period = this.period || undefined;
    const [ids, area, group] = await queued(() => [spineIds(set, this.indicators), resolveArea(set.areas, this.area), markedGroup(this.comparison(set))] as const);
    const parts: (SpineRow | SpineSkip)[] = [];
    for (const id of ids) parts.push(await queued(() => spineRow(set, area, id, period, group)));
    const model = await queued(() => spineChartOf(set, area, parts, period));
    // Laid out here, a part's rows a turn, for the width it will be drawn at: laid out whole in the draw, a spine
    // of every indicator was 300 ms of one task at 4x CPU. A draw at another width or text spacing lays out anew.
    const width = layoutWidth(this.size.drawWidth(), this.size.textPx);
    const spacing = this.size.spacing;
    const steps = layoutSpineSteps(model, width, measurer(this), measurer(this, 'bold'), ROWS_PER_PART);
    let r = await queued(() => steps.next());
    while (!r.done) r = await queued(() => steps.next());
    this.laidOut = { model, width, spacing, layout: r.value };
    return model;
  }

  private laidOut: { model: SpineModel; width: number; spacing: string; layout: SpineLayout } | null = null;

  protected compute(set: ExtractSet): SpineModel {
    return spineChart(set, this.area, this.indicators, this.period || undefined, markedGroup(this.comparison(set)));
  }

  protected heading(m: SpineModel): string {
    return spineHeading(m);
  }

  protected subtitle(m: SpineModel): string {
    return spineSubtitle(m);
  }

  protected describe(m: SpineModel): string {
    return describeSpine(m);
  }

  protected override notes(m: SpineModel): string[] {
    return spineNotes(m);
  }

  protected override sources(m: SpineModel): IndicatorMeta[] {
    return m.rows.map((r) => r.indicator);
  }

  protected table(m: SpineModel) {
    return spineTable(m);
  }

  /** The parts after the first, as the last draw left them for `paint` to add; paints begun. */
  private rest: { y: number; plot: () => SVGSVGElement }[] = [];
  private paints = 0;

  protected draw(m: SpineModel, width: number): Drawing {
    const l = this.laidOut;
    const layout = l?.model === m && l.width === width && l.spacing === this.size.spacing ? l.layout : layoutSpine(m, width, measurer(this), measurer(this, 'bold'));
    const { placed, height, sx } = layout;
    const [first, ...rest] = spineSlices(layout, ROWS_PER_PART, ROWS_FIRST);
    const plotPart = (part: SpineSlice) => this.plotRows(m, part, width, sx);
    // The first part (the key and the first rows) in an SVG sized for every row; the rest follow in later turns.
    const node = plotPart(first);
    node.setAttribute('height', String(height));
    node.setAttribute('viewBox', `0 0 ${width} ${height}`);
    this.rest = rest.map((part) => ({ y: part.y0, plot: () => plotPart(part) }));
    const frame = document.createElement('div');
    frame.className = 'spine-parts';
    frame.append(node);
    const points: ChartPoint[] = placed.map((p) => ({ x: sx(p.row.pos.value ?? 0.5), y: p.cy, text: spineAnnounce(p.row, m.area.name) }));
    const legend = m.group ? withLegend(frame, [{ label: `${m.group} average`, look: { colour: AF.darkPink, dash: GROUP_LINE.strokeDasharray, stroke: GROUP_LINE.strokeWidth } }]) : frame;
    return { node: legend, points };
  }

  /**
   * The first part drawn, the rest follow one a turn of the page-wide queue, each an SVG of its own laid over the
   * first's height: put into one SVG, each part made the browser paint and layerize all of it again, frames of up
   * to 160 ms at 4x CPU by the end of a spine of every indicator. The first stays on top, for the focus ring.
   */
  protected override paint(m: SpineModel): Promise<void> | void {
    const gen = ++this.paints;
    this.rest = [];
    super.paint(m);
    const rest = this.rest;
    const first = this.renderRoot.querySelector<SVGSVGElement>('.spine-parts > svg');
    if (!rest.length || !first) return;
    const scale = Number(first.getAttribute('width')) / first.viewBox.baseVal.width;
    const height = first.viewBox.baseVal.height;
    let last: Element = first;
    return new Promise<void>((resolve, reject) => {
      const next = (k: number) => queueDraw(() => {
        if (gen !== this.paints) return resolve();
        try {
          const part = checkedDrawing(rest[k].plot());
          if (scale !== 1) scaleDrawing(part, scale);
          part.setAttribute('class', 'chart-part');
          part.setAttribute('data-y', String(rest[k].y));
          // Placed as a share of the first's height: the page may draw both a pixel narrower than asked (max-width).
          part.style.top = `${(100 * rest[k].y) / height}%`;
          last.after(part);
          last = part;
        } catch (e) {
          reject(e);
          return;
        }
        if (k + 1 < rest.length) next(k + 1);
        else resolve();
      }, { alone: true });
      next(0);
    });
  }

  /** The rows of one part (and, in the first, the key), drawn from its own top. */
  private plotRows(m: SpineModel, part: SpineSlice, width: number, sx: (p: number) => number): SVGSVGElement {
    const { placed, texts, keyGlyphs, rules } = part;
    const half = 7;
    const at = (p: Placed) => sx(definite(p.row.pos.value, 'spine mark'));
    const band = (from: (p: Placed) => number, to: (p: Placed) => number) => ({ x1: from, x2: to, y1: (p: Placed) => p.cy - half, y2: (p: Placed) => p.cy + half });
    const england = (stroke: string, strokeWidth: number, className?: string) =>
      Plot.ruleX(placed, { x: () => sx(0.5), y1: (p: Placed) => p.cy - 13, y2: (p: Placed) => p.cy + 13, stroke, strokeWidth, className });
    const key = (kind: KeyGlyph['kind']) => keyGlyphs.filter((k) => k.kind === kind);
    return Plot.plot({
      width,
      height: part.y1 - part.y0,
      margin: 0,
      style: { fontSize: '14px', background: 'transparent', overflow: 'visible' },
      x: { type: 'identity', axis: null },
      y: { type: 'identity', axis: null },
      marks: [
        Plot.ruleY(rules, { x1: 0, x2: width, stroke: GOVUK.border, className: 'row-rules' }),
        // The spine: worst to best, the middle half, England, then the LA.
        Plot.rect(placed, { ...band((p) => sx(p.row.pos.worst), (p) => sx(p.row.pos.best)), fill: RANGE_FILL, stroke: RANGE_STROKE, className: 'spine-range' }),
        Plot.rect(placed, { ...band((p) => sx(p.row.pos.q25), (p) => sx(p.row.pos.q75)), fill: IQR_FILL, className: 'spine-iqr' }),
        // England: a white halo keeps the line distinct where it crosses the dark box.
        england(GOVUK.white, 6),
        england(ENGLAND_STROKE, 2.5, 'spine-england'),
        // A chosen group's average: a dashed pink line, under the LA's marker.
        ...(m.group ? [GROUP_HALO, GROUP_LINE].map((st) => Plot.ruleX(placed.flatMap((p) => (p.row.pos.group === null ? [] : [{ ...p, group: p.row.pos.group }])), {
          x: (p: Placed & { group: number }) => sx(p.group), y1: (p: Placed) => p.cy - 11, y2: (p: Placed) => p.cy + 11, ...st,
        })) : []),
        ...ORDER.map((c) => Plot.dot(placed.filter((p) => p.mark === c), { x: at, y: 'cy', ...look(c), className: markClass(c) })),
        // The key's glyphs.
        Plot.rect(key('range'), { x1: (k) => k.x - 9, x2: (k) => k.x + 9, y1: (k) => k.y - half, y2: (k) => k.y + half, fill: RANGE_FILL, stroke: RANGE_STROKE }),
        Plot.rect(key('iqr'), { x1: (k) => k.x - 9, x2: (k) => k.x + 9, y1: (k) => k.y - half, y2: (k) => k.y + half, fill: IQR_FILL }),
        Plot.ruleX(key('england'), { x: 'x', y1: (k) => k.y - 10, y2: (k) => k.y + 10, stroke: ENGLAND_STROKE, strokeWidth: 2.5 }),
        ...ORDER.map((c) => {
          const st = look(c);
          return Plot.dot(keyGlyphs.filter((k) => k.mark === c), { x: 'x', y: 'y', ...st, stroke: st.stroke === GOVUK.white ? SERIES.selected : st.stroke });
        }),
        Plot.text(key('qualifier'), { x: 'x', y: 'y', text: 'text', fontWeight: 'bold', fill: GOVUK.text }),
        ...textMarks(texts),
      ],
    }) as SVGSVGElement;
  }
}

/** Plot text marks, one per style, with pre-wrapped lines. */
function textMarks(items: TextItem[]): Markish[] {
  const groups = new Map<string, TextItem[]>();
  for (const t of items) {
    const k = `${t.anchor ?? 'start'}|${t.bold ? 'b' : ''}|${t.secondary ? 's' : ''}|${t.valign ?? 'top'}`;
    groups.set(k, [...(groups.get(k) ?? []), t]);
  }
  return [...groups.values()].map((g) => {
    const t = g[0];
    return Plot.text(g, {
      x: 'x', y: 'y', text: (d: TextItem) => d.lines.join('\n'),
      textAnchor: t.anchor ?? 'start', lineAnchor: t.valign === 'middle' ? 'middle' : 'top', lineHeight: LINE / 14,
      fill: t.secondary ? GOVUK.secondaryText : GOVUK.text, fontWeight: t.bold ? 'bold' : 'normal',
    });
  });
}
