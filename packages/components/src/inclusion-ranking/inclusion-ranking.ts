import { property } from 'lit/decorators.js';
import type { ChannelValue } from '@observablehq/plot';
import { Plot, plotLoading } from '../shared/plot-code';
import {
  definite, findIndicator, groupLegendLabel, markedGroup, markedName, describeRanking, formatNumber, formatTick, formatValue, rankingAnnounce, rankingChart, rankingHeading,
  rankingMissingLabel, rankingNotes, rankingSelectedDetail, rankingSubtitle, rankingTable,
  type ExtractSet, type FunnelPoint, type RankingChart, type RankingMode, type RankingRow,
} from '@inclusion-dashboard/core';
import { ChartElement, type ChartPoint, type Drawing } from '../shared/chart-element';
import { AF, GOVUK, SERIES } from '../shared/palette';
import { Comparisons } from '../shared/comparisons';
import { svgElement } from '../shared/svg';
import { leastCovered, type Box, type Mark } from '../shared/label-placement';
import { measurer } from '../shared/text-layout';
import { LABEL_TOP, ROW_H, layoutFunnel, layoutStrip } from './ranking-layout';
import { withLegend } from '../shared/legend';
import { rankingStyles } from './inclusion-ranking.styles';

export type { FunnelPoint, FunnelSide, RankingMode } from '@inclusion-dashboard/core';
export type RankingModel = RankingChart;

/** Lighter than the selected LA's dark blue, still 3.3:1 against white (the base `--inclusion-comparator`). */
const COMPARATOR = '#898e92';

/** A line from the selected LA's label down to its dot, drawn under the dots. */
function leader(node: SVGSVGElement | HTMLElement, x: number, y: number, top: number): void {
  const line = svgElement('line', { class: 'selected-leader', x1: x, x2: x, y1: top, y2: y, stroke: SERIES.selected, 'stroke-width': 1.5 });
  // Under the band labels (their white halo breaks the line rather than the text) and under the dots.
  const under = node.querySelector('g.band-rules, g.england, g.las');
  under?.parentNode?.insertBefore(line, under);
}

/**
 * England's label on its rule, put where it hides the fewest dots: above or below the line, at the end of the
 * plot that `prefer` names first. Drawn after the chart so it can see where every dot landed.
 */
function englandLabel(node: SVGSVGElement | HTMLElement, text: string, yE: number, plot: { left: number; right: number }, w: number, marks: Mark[], prefer: 'right' | 'left'): void {
  const h = 17;
  const at = (side: 'right' | 'left', above: boolean): Box => ({
    x: side === 'right' ? plot.right - w - 2 : plot.left + 4, y: above ? yE - 3 - h : yE + 3, w, h,
  });
  const other = prefer === 'right' ? 'left' : 'right';
  // A falling strip leaves the top right and bottom left clear; a rising one the top left and bottom right.
  const candidates = [at(prefer, true), at(other, false), at(prefer, false), at(other, true)];
  const box = candidates[leastCovered(candidates, marks)];
  const g = svgElement('g', { class: 'england-label' }, svgElement('text', {
    x: box.x, y: box.y + h / 2, dy: '0.32em', 'text-anchor': 'start', fill: GOVUK.text,
    stroke: GOVUK.white, 'stroke-width': 4, 'paint-order': 'stroke', 'stroke-linejoin': 'round',
  }, text));
  // Over the other dots, under the selected one.
  const svg = node.querySelector('svg') ?? node;
  const top = svg.querySelector('g.selected');
  if (top) top.before(g);
  else svg.append(g);
}

/** A chosen group's LAs: dark pink diamonds, told apart from the grey dots by shape as well as colour. */
const MEMBER = { fill: AF.darkPink, stroke: GOVUK.white, strokeWidth: 1, symbol: 'diamond' } as const;

/** The key to a chosen group's diamonds, below the chart, in words. */
function groupLegend(node: SVGSVGElement | HTMLElement, m: RankingChart): SVGSVGElement | HTMLElement | HTMLDivElement {
  const g = m.ranking.group;
  if (!g) return node;
  return withLegend(node, [{ label: groupLegendLabel(g, m.ranking.indicator), look: { colour: AF.darkPink, dash: 'none', stroke: 0, symbol: 'diamond', r: 5 } }]);
}

/** Page Up and Page Down go from band to band, in rank order; LAs with no value come last, as one group. */
const bandGroup = (row: RankingRow) => (row.value === null ? 'not ranked' : row.band ?? String(Math.floor(((row.rank ?? 1) - 1) / 10)));

/**
 * Every local authority ranked for one indicator and period, best to worst after polarity, as a strip of dots
 * (one per LA, in rank order) with the quartile bands, England and the selected LA marked; or, in funnel mode,
 * each LA's value against its denominator with 95% and 99.8% control limits around England.
 *
 * @attr src - URL(s) of observations extracts (Arrow IPC files), space-separated.
 * @attr indicator - Indicator id (e.g. `ehcp-20-weeks`) or LAIT measure code.
 * @attr area - Optional LA to highlight: ONS code, 3-digit LA number or name.
 * @attr period - Optional period (`201819`, `2018/19` or `2022`); the latest by default.
 * @attr breakdown - Optional breakdown value; the total by default.
 * @attr region - Optional region (code or name): show only its LAs. Ranks and bands stay national.
 * @attr mode - `ranking` (default) or `funnel`: value against denominator with control limits, where counts are published.
 * @attr compare - Optional LAs to mark (diamonds) with their average: names, ONS codes or LA numbers, separated by
 *   commas or spaces.
 * @attr group - Optional group to mark: `region` (the selected LA's region's other LAs), `neighbours`,
 *   `neighbours-2021` or `neighbours-2025` (the selected LA's statistical neighbours in that model).
 * @attr group-label - Optional name for the marked group, e.g. `Greater Manchester`.
 * @csspart figure - The figure.
 * @csspart title - The title.
 * @csspart summary - The plain-English summary.
 * @csspart chart - The chart container.
 * @csspart table - The data table.
 * @fires inclusion-ready - When the chart has drawn; detail is the ranking model.
 * @fires inclusion-error - When data cannot be shown; detail has `code` and `message`.
 */
export class InclusionRanking extends Comparisons<ChartElement<RankingModel>>(ChartElement) {
  static override styles = [...ChartElement.styles, rankingStyles];
  protected override drawCode() {
    return plotLoading(() => import('../shared/plot-marks'));
  }
  protected override pointsGiveTheirPlace = true;

  @property() region = '';
  @property() mode: RankingMode = 'ranking';

  constructor() {
    super();
    this.reloadOn = [...this.reloadOn, 'region', 'mode'];
  }

  protected compute(set: ExtractSet): RankingModel {
    const { data, indicator, breakdown } = findIndicator(set, this.indicator, this.breakdown);
    return rankingChart(data, set.areas, {
      indicator, area: this.area || undefined, period: this.period || undefined, breakdown, region: this.region || undefined, mode: this.mode,
      group: markedGroup(this.comparison(set)),
    });
  }

  protected heading(m: RankingModel): string {
    return rankingHeading(m);
  }

  protected subtitle(m: RankingModel): string {
    return rankingSubtitle(m);
  }

  protected describe(m: RankingModel): string {
    return describeRanking(m);
  }

  protected override notes(m: RankingModel): string[] {
    return rankingNotes(m);
  }

  protected override sources(m: RankingModel) {
    return [m.ranking.indicator];
  }

  protected table(m: RankingModel) {
    return rankingTable(m);
  }

  protected override jumpsBy(m: RankingModel): string {
    return m.ranking.thresholds ? 'from one quartile band to the next' : 'ten local authorities at a time';
  }

  protected override hasSelected(m: RankingModel): boolean {
    return m.ranking.rows.some((x) => x.selected);
  }

  protected draw(m: RankingModel, width: number): Drawing {
    return m.funnel ? this.drawFunnel(m, m.funnel, width) : this.drawRanking(m, width);
  }

  private drawRanking(m: RankingModel, width: number): Drawing {
    const r = m.ranking;
    const meta = r.indicator;
    const measure = measurer(this);
    const l = layoutStrip(m, width, measure, measurer(this, 'bold'));
    const { pos, sel, label, marginTop, marginBottom, height } = l;
    const valued = r.rows.filter((x) => x.value !== null);
    const missing = r.rows.length - valued.length;
    const fmt = (v: number) => formatValue(v, meta);
    const eng = r.england?.value ?? null;
    const bandText = (data: object[], dy: number, text: ChannelValue, className: string, bold = false) =>
      Plot.text(data, { x: 'labelX', frameAnchor: 'top', dy, text, fill: GOVUK.text, stroke: GOVUK.white, strokeWidth: 4, fontWeight: bold ? 'bold' : undefined, className });
    const node = Plot.plot({
      width, height, marginLeft: l.marginLeft, marginRight: l.marginRight, marginTop, marginBottom,
      style: { fontSize: '14px', background: 'transparent' },
      x: { domain: [0.5, l.of + 0.5], ticks: l.ticks, tickFormat: (d: number) => String(d), label: null, tickSize: 4 },
      y: { domain: l.domainY, nice: true, grid: true, ticks: Math.max(3, Math.round((height - marginTop - marginBottom) / 60)), tickFormat: (d: number) => formatTick(d, meta), label: null },
      r: { type: 'identity' },
      marks: [
        // Quartile bands: a dashed rule between bands, the threshold value above it, the band letters above that.
        l.banded ? Plot.ruleX(l.boundaries, { x: 'x', stroke: GOVUK.text, strokeDasharray: '5,4', strokeWidth: 1, className: 'band-rules' }) : null,
        l.banded ? bandText(l.boundaries, -(ROW_H / 2 + 2), (d: { value: number | null }) => (d.value === null ? '' : fmt(d.value)), 'threshold-labels') : null,
        l.banded ? bandText(l.bandLabels, -(ROW_H + ROW_H / 2 + 4), 'text', 'band-labels', true) : null,
        eng !== null ? Plot.ruleY([eng], { stroke: GOVUK.text, strokeWidth: 2, className: 'england' }) : null,
        Plot.dot(valued.filter((x) => !x.selected && !x.member), { x: pos, y: 'value', r: l.dotR, fill: COMPARATOR, className: 'las' }),
        Plot.dot(valued.filter((x) => !x.selected && x.member), { x: pos, y: 'value', r: l.dotR + 2.5, ...MEMBER, className: 'las members' }),
        label ? Plot.text([label], {
          x: () => (sel && sel.value !== null ? pos(sel) : 0.5), frameAnchor: 'top', dy: LABEL_TOP - marginTop, dx: label.dx, textAnchor: 'start', lineAnchor: 'top',
          text: 'text', fill: SERIES.selected, fontWeight: 'bold', className: 'selected-label',
        }) : null,
        Plot.text([l.axisTitle], { frameAnchor: 'bottom-left', dy: 30 + ROW_H / 2, textAnchor: 'start', text: (d: string) => d, fill: GOVUK.text, className: 'x-label' }),
        // The selected LA last, over every label.
        Plot.dot(valued.filter((x) => x.selected), { x: pos, y: 'value', r: 7, fill: SERIES.selected, stroke: GOVUK.white, strokeWidth: 2, className: 'las selected' }),
        missing ? Plot.text([rankingMissingLabel(missing)], { frameAnchor: 'bottom-left', dy: 30 + ROW_H * 1.5, textAnchor: 'start', text: (d: string) => d, fill: GOVUK.text, className: 'missing-label' }) : null,
      ],
    });
    const x = Plot.scaleOf(node, 'x');
    const y = Plot.scaleOf(node, 'y');
    if (sel && sel.value !== null) leader(node, x(pos(sel)), y(sel.value), LABEL_TOP + l.labelH - 6);
    if (eng !== null) {
      const dots: Mark[] = valued.map((row) => ({ x: x(pos(row)), y: y(row.value), r: row.selected ? 7 : l.dotR, weight: row.selected ? 10 : 1 }));
      if (sel && sel.value !== null) for (let py = marginTop; py < y(sel.value); py += 6) dots.push({ x: x(pos(sel)), y: py, r: 1, weight: 2 });
      // Better over a dashed band rule than over a dot, but better still over neither.
      if (l.banded) for (const b of l.boundaries) for (let py = marginTop; py < height - marginBottom; py += 4) dots.push({ x: x(b.x), y: py, r: 0.5, weight: 0.25 });
      const text = `England ${fmt(eng)}`;
      englandLabel(node, text, y(eng), { left: l.marginLeft, right: width - l.marginRight }, measure(text), dots, meta.polarity !== 'low' ? 'right' : 'left');
    }
    const missingAt = { x: l.marginLeft - 12, y: height - marginBottom + 30 + ROW_H * 1.5 };
    const points: ChartPoint[] = r.rows.map((row) => ({
      ...(row.value === null ? missingAt : { x: x(pos(row)), y: y(row.value) }),
      text: rankingAnnounce(m, row), group: bandGroup(row), selected: row.selected,
    }));
    return { node: groupLegend(node, m), points };
  }

  private drawFunnel(m: RankingModel, f: NonNullable<RankingModel['funnel']>, width: number): Drawing {
    const r = m.ranking;
    const meta = r.indicator;
    const fmt = (v: number) => formatValue(v, meta);
    const l = layoutFunnel(m, f, width, measurer(this), measurer(this, 'bold'));
    const { d0, d1, curves, marginLeft, marginRight, marginTop, marginBottom, height, ticks, axisTitle, sel, label, labelH } = l;
    const [lo, hi] = l.domainY;
    const den = (p: FunnelPoint) => definite(p.row.denominator, 'funnel point denominator');
    const val = (p: FunnelPoint) => definite(p.row.value, 'funnel point value');

    const node = Plot.plot({
      width, height, marginLeft, marginRight, marginTop, marginBottom,
      style: { fontSize: '14px', background: 'transparent' },
      x: { type: 'log', domain: [d0, d1], ticks, tickFormat: (d: number) => formatNumber(d, 0), label: null, tickSize: 4 },
      y: { domain: [lo, hi], nice: true, grid: true, ticks: Math.max(3, Math.round((height - marginTop - marginBottom) / 60)), tickFormat: (d: number) => formatTick(d, meta), label: null },
      r: { type: 'identity' },
      marks: [
        Plot.ruleY([f.p0], { stroke: GOVUK.text, strokeWidth: 2, className: 'england' }),
        Plot.line(curves.filter((c) => c.key.endsWith('95')), { x: 'n', y: 'v', z: 'key', stroke: GOVUK.secondaryText, strokeWidth: 1.5, strokeDasharray: '6,4', className: 'limits-95' }),
        Plot.line(curves.filter((c) => c.key.endsWith('998')), { x: 'n', y: 'v', z: 'key', stroke: GOVUK.secondaryText, strokeWidth: 1.5, className: 'limits-998' }),
        Plot.dot(f.points.filter((p) => !p.row.selected && !p.row.member), { x: den, y: val, r: 3.5, fill: COMPARATOR, stroke: GOVUK.white, strokeWidth: 0.75, className: 'las' }),
        Plot.dot(f.points.filter((p) => !p.row.selected && p.row.member), { x: den, y: val, r: 6, ...MEMBER, className: 'las members' }),
        label ? Plot.text([label], {
          x: () => (sel ? den(sel) : d0), frameAnchor: 'top', dy: LABEL_TOP - marginTop, dx: label.dx, textAnchor: 'start', lineAnchor: 'top',
          text: 'text', fill: SERIES.selected, fontWeight: 'bold', className: 'selected-label',
        }) : null,
        // The selected LA last, over every label.
        sel ? Plot.dot([sel], { x: den, y: val, r: 7, fill: SERIES.selected, stroke: GOVUK.white, strokeWidth: 2, className: 'las selected' }) : null,
        Plot.text([axisTitle], { frameAnchor: 'bottom-left', dy: 40, textAnchor: 'start', text: (d: string) => d, fill: GOVUK.text, className: 'x-label' }),
      ],
    });
    const x = Plot.scaleOf(node, 'x');
    const y = Plot.scaleOf(node, 'y');
    if (sel) leader(node, x(den(sel)), y(val(sel)), LABEL_TOP + labelH - 6);
    const byCode = new Map(f.points.map((p) => [p.row.area.code, p] as const));
    const points: ChartPoint[] = r.rows.map((row) => {
      const p = byCode.get(row.area.code);
      const at = p ? { x: x(den(p)), y: y(val(p)) } : { x: marginLeft - 12, y: height - 14 };
      const text = p ? rankingAnnounce(m, row, p) : row.value === null ? rankingAnnounce(m, row) : `${rankingAnnounce(m, row)}, not in the funnel (no denominator)`;
      return { ...at, text, group: bandGroup(row), selected: row.selected };
    });
    // The key to the lines, in words below the chart: labels on the lines would cut through them and hide dots,
    // as every limit converges on England's line.
    return {
      node: withLegend(node, [
        { label: `England (${fmt(f.p0)})`, look: { colour: GOVUK.text, dash: 'none', stroke: 2 } },
        { label: '95% control limits', look: { colour: GOVUK.secondaryText, dash: '6,4', stroke: 1.5 } },
        { label: '99.8% control limits', look: { colour: GOVUK.secondaryText, dash: 'none', stroke: 1.5 } },
        ...(r.group ? [{ label: markedName(r.group), look: { colour: AF.darkPink, dash: 'none', stroke: 0, symbol: 'diamond' as const, r: 5 } }] : []),
      ]),
      points,
    };
  }
}
