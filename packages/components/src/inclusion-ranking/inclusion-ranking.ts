import { property } from 'lit/decorators.js';
import * as Plot from '@observablehq/plot';
import {
  BenchmarkError, STATUS_REASON, Z95, Z998, formatNumber, formatTick, formatValue, funnelLimits, makeTable, ranking, sentenceCase, textCell, valueCell,
  type Band, type ExtractSet, type IndicatorMeta, type Ranking, type RankingRow, type TableCell, type TableColumn,
} from '@inclusion-dashboard/core';
import { ChartElement, type ChartPoint, type Drawing } from '../shared/chart-element';
import { resolveIn } from '../shared/resolve';
import { GOVUK, SERIES } from '../shared/palette';
import { scaleOf } from '../shared/plot-scales';
import { svgElement } from '../shared/svg';
import { dodgeAround, leastCovered, type Box, type Mark } from '../shared/label-placement';
import { measurer } from '../shared/text-layout';
import { withLegend } from '../shared/legend';
import { legendStyles } from '../shared/legend.styles';
import { rankingStyles } from './inclusion-ranking.styles';

/** Lighter than the selected LA's dark blue, still 3.3:1 against white (the base `--inclusion-comparator`). */
const COMPARATOR = '#898e92';
const BANDS: Band[] = ['A', 'B', 'C', 'D'];

export type RankingMode = 'ranking' | 'funnel';
/** Where an LA sits against the funnel's control limits. */
export type FunnelSide = 'above-998' | 'above-95' | 'within' | 'below-95' | 'below-998';

export interface FunnelPoint {
  row: RankingRow;
  /** Control limits at this LA's denominator, in published units. */
  limits95: [number, number];
  limits998: [number, number];
  side: FunnelSide;
}

export interface RankingModel {
  ranking: Ranking;
  /** Position of every LA with a value in the national order, 1 = best: the x of the ranking strip. */
  position: Map<string, number>;
  /** Each quartile band's span of national positions. */
  bands: { band: Band; from: number; to: number }[];
  mode: RankingMode;
  /** Why a funnel plot was asked for but cannot be drawn. */
  funnelBlocked: string | null;
  funnel: { p0: number; points: FunnelPoint[] } | null;
}

const SIDE_TEXT: Record<FunnelSide, string> = {
  'above-998': 'above the upper 99.8% limit',
  'above-95': 'above the upper 95% limit',
  within: 'within the 95% limits',
  'below-95': 'below the lower 95% limit',
  'below-998': 'below the lower 99.8% limit',
};

/** "a, b and c", or with semicolons when a name has its own comma ("Bournemouth, Christchurch and Poole"). */
function listOf(names: string[]): string {
  if (names.length < 2) return names.join('');
  const sep = names.some((n) => n.includes(',')) ? '; ' : ', ';
  return `${names.slice(0, -1).join(sep)}${sep === '; ' ? '; and ' : ' and '}${names.at(-1)}`;
}

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

/** Page Up and Page Down go from band to band, in rank order; LAs with no value come last, as one group. */
const bandGroup = (row: RankingRow) => (row.value === null ? 'not ranked' : row.band ?? String(Math.floor(((row.rank ?? 1) - 1) / 10)));

/** A rough width in px of 14px Arial text, to keep labels inside the chart. */
const textWidth = (s: string, bold = false) => s.length * (bold ? 8.2 : 7.6);

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
 * @csspart figure - The figure.
 * @csspart title - The title.
 * @csspart summary - The plain-English summary.
 * @csspart chart - The chart container.
 * @csspart table - The data table.
 * @fires inclusion-ready - When the chart has drawn; detail is the ranking model.
 * @fires inclusion-error - When data cannot be shown; detail has `code` and `message`.
 */
export class InclusionRanking extends ChartElement<RankingModel> {
  static override styles = [...ChartElement.styles, legendStyles, rankingStyles];

  @property() region = '';
  @property() mode: RankingMode = 'ranking';

  constructor() {
    super();
    this.reloadOn = [...this.reloadOn, 'region', 'mode'];
  }

  protected compute(set: ExtractSet): RankingModel {
    const { data, indicator, breakdown } = resolveIn(set, this.indicator, this.breakdown);
    const q = { indicator, area: this.area || undefined, period: this.period || undefined, breakdown };
    if (this.region) {
      const reg = set.areas.find(this.region);
      if (reg && reg.level !== 'Regional') {
        const regions = set.areas.areas.filter((a) => a.level === 'Regional').map((a) => a.name);
        throw new BenchmarkError('unknown-area', `"${this.region}" is not a region. Regions: ${regions.join(', ')}.`, regions);
      }
    }
    const r = ranking(data, set.areas, { ...q, region: this.region || undefined });
    // Positions and bands are national, whatever the region shown.
    const national = r.region ? ranking(data, set.areas, { ...q, period: r.period }) : r;
    const position = new Map<string, number>();
    const bands: RankingModel['bands'] = [];
    national.rows.forEach((row, i) => {
      if (row.value === null) return;
      position.set(row.area.code, i + 1);
      const last = bands.at(-1);
      if (row.band && last?.band === row.band) last.to = i + 1;
      else if (row.band) bands.push({ band: row.band, from: i + 1, to: i + 1 });
    });

    const mode: RankingMode = this.mode === 'funnel' ? 'funnel' : 'ranking';
    let funnelBlocked: string | null = null;
    let funnel: RankingModel['funnel'] = null;
    if (mode === 'funnel') {
      const m = r.indicator;
      const counted = r.rows.filter((x) => x.value !== null && x.denominator !== null && x.denominator > 0);
      const p0 = r.england?.value ?? null;
      if (!counted.length) {
        funnelBlocked = `Counts (numerators and denominators) are not published for ${sentenceCase(m.label)}, so a funnel plot cannot be drawn: the ranking is shown instead.`;
      } else if (m.unit !== 'percent' || m.interval === 'none') {
        funnelBlocked = `${m.label} is not a proportion of the pupils counted (one pupil can count more than once), so a funnel plot does not apply: the ranking is shown instead.`;
      } else if (p0 === null) {
        funnelBlocked = `England's figure is not available for ${r.periodLabel}, so there is no centre line for a funnel plot: the ranking is shown instead.`;
      } else {
        const points = counted.map((row) => {
          const n = row.denominator as number;
          const l95 = funnelLimits(p0 / 100, n, Z95) ?? [0, 1];
          const l998 = funnelLimits(p0 / 100, n, Z998) ?? [0, 1];
          const limits95: [number, number] = [l95[0] * 100, l95[1] * 100];
          const limits998: [number, number] = [l998[0] * 100, l998[1] * 100];
          const v = row.value as number;
          const side: FunnelSide = v > limits998[1] ? 'above-998' : v > limits95[1] ? 'above-95'
            : v < limits998[0] ? 'below-998' : v < limits95[0] ? 'below-95' : 'within';
          return { row, limits95, limits998, side };
        });
        funnel = { p0, points };
      }
    }
    return { ranking: r, position, bands, mode: funnel ? 'funnel' : 'ranking', funnelBlocked, funnel };
  }

  protected heading(m: RankingModel): string {
    return `${m.ranking.indicator.label}: ${m.mode === 'funnel' ? 'funnel plot' : 'local authorities ranked'}`;
  }

  protected subtitle(m: RankingModel): string {
    const r = m.ranking;
    const meta = r.indicator;
    const when = `${r.periodLabel}${r.breakdown !== meta.breakdown.total ? `, ${r.breakdown}` : ''}`;
    const order = meta.polarity === 'none' ? 'highest to lowest' : 'best to worst';
    const scope = r.region
      ? `${r.region.name} local authorities only; ranks are out of all ${r.of} in England`
      : m.mode === 'funnel'
        ? `Each local authority's value against its denominator, with control limits around England`
        : `All ${r.of} local authorities with a value, ${order}`;
    const sel = r.selected ? `, ${r.selected.name} highlighted` : '';
    const unit = meta.unitLabel.charAt(0).toUpperCase() + meta.unitLabel.slice(1);
    return `${when}. ${scope}${sel}. ${unit}.`;
  }

  private fmt(v: number | null, meta: IndicatorMeta, status?: RankingRow['status']): string {
    return formatValue(v, meta, status);
  }

  protected describe(m: RankingModel): string {
    const r = m.ranking;
    const meta = r.indicator;
    const parts: string[] = [];
    if (m.funnelBlocked) parts.push(m.funnelBlocked);
    const eng = r.england?.value ?? null;
    const sel = r.rows.find((x) => x.selected);
    const topic = `${sentenceCase(meta.label)}${r.breakdown !== meta.breakdown.total ? ` (${r.breakdown})` : ''} in ${r.periodLabel}`;
    if (r.selected && !sel) {
      parts.push(`${r.selected.name} is not in ${r.region?.name ?? 'this data'}.`);
    } else if (sel && sel.value === null) {
      parts.push(`${sel.area.name}'s ${topic} is ${this.fmt(null, meta, sel.status)}, so it is not ranked.`);
    } else if (sel) {
      const v = sel.value as number;
      const vs = eng === null ? '' : `, ${v > eng ? 'higher than' : v < eng ? 'lower than' : 'the same as'} England (${this.fmt(eng, meta)})`;
      let s = `${sel.area.name}'s ${topic} was ${this.fmt(v, meta)}${vs}. Rank ${sel.rank} of ${r.of} local authorities`;
      s += sel.band ? `, quartile band ${sel.band} (A is best).` : meta.polarity === 'none' ? ' (1 is highest).' : '.';
      parts.push(s);
    } else {
      parts.push(`${r.of} local authorities are ranked for ${topic}${eng === null ? '' : `; England's figure was ${this.fmt(eng, meta)}`}.`);
    }

    const valued = r.rows.filter((x) => x.value !== null);
    if (valued.length) {
      const best = valued.filter((x) => x.rank === valued[0].rank);
      const worstRank = valued.at(-1)!.rank;
      const worst = valued.filter((x) => x.rank === worstRank);
      const names = (xs: RankingRow[]) => (xs.length > 3 ? `${xs[0].area.name} and ${xs.length - 1} others` : listOf(xs.map((x) => x.area.name)));
      const hi = meta.polarity === 'none' ? 'highest' : 'best';
      const lo = meta.polarity === 'none' ? 'lowest' : 'worst';
      if (r.region) {
        parts.push(`Of the ${valued.length} ${r.region.name} local authorities with a value, the ${hi} ${best.length > 1 ? 'are' : 'is'} ${names(best)} (${this.fmt(best[0].value, meta)}, rank ${best[0].rank} nationally) and the ${lo} ${worst.length > 1 ? 'are' : 'is'} ${names(worst)} (${this.fmt(worst[0].value, meta)}, rank ${worstRank}).`);
      } else {
        parts.push(`${hi.charAt(0).toUpperCase()}${hi.slice(1)}: ${names(best)} (${this.fmt(best[0].value, meta)}); ${lo}: ${names(worst)} (${this.fmt(worst[0].value, meta)}).`);
      }
    }
    if (r.thresholds && m.mode === 'ranking') {
      const [q1, q2, q3] = r.thresholds.map((t) => this.fmt(t, meta));
      parts.push(meta.polarity === 'high'
        ? `Quartile bands: A at ${q3} or more, B from ${q2}, C from ${q1}, D below ${q1}.`
        : `Quartile bands: A at ${q1} or less, B up to ${q2}, C up to ${q3}, D above ${q3}.`);
    }

    if (m.funnel) {
      const f = m.funnel;
      const own = f.points.find((p) => p.row.selected);
      if (own) {
        const row = own.row;
        parts.push(`${row.area.name} (${formatNumber(row.numerator ?? 0, 0)} of ${formatNumber(row.denominator ?? 0, 0)}) is ${SIDE_TEXT[own.side]}; at its size the 95% limits around England's ${this.fmt(f.p0, meta)} are ${this.fmt(own.limits95[0], meta)} to ${this.fmt(own.limits95[1], meta)} and the 99.8% limits ${this.fmt(own.limits998[0], meta)} to ${this.fmt(own.limits998[1], meta)}.`);
      }
      const count = (s: FunnelSide) => f.points.filter((p) => p.side === s).length;
      const [a998, a95, b95, b998] = [count('above-998'), count('above-95'), count('below-95'), count('below-998')];
      const la = (n: number) => `${n} local authorit${n === 1 ? 'y is' : 'ies are'}`;
      parts.push(`Of the ${f.points.length} local authorities in the funnel, ${la(a998)} above the upper 99.8% limit and ${b998} below the lower 99.8% limit${meta.polarity === 'none' ? '' : ` (${meta.polarity === 'high' ? 'above' : 'below'} is better)`}; a further ${a95 + b95} ${a95 + b95 === 1 ? 'is' : 'are'} outside the 95% limits only.`);
      const uncounted = valued.length - f.points.length;
      if (uncounted > 0) parts.push(`${uncounted} local authorit${uncounted === 1 ? 'y has' : 'ies have'} a value but no published denominator, so ${uncounted === 1 ? 'is' : 'are'} not in the funnel.`);
    }

    const missing = r.rows.filter((x) => x.value === null);
    if (missing.length) {
      const groups = new Map<string, string[]>();
      for (const x of missing) {
        const why = STATUS_REASON[x.status ?? 'x'];
        groups.set(why, [...(groups.get(why) ?? []), x.area.name]);
      }
      const n = missing.length;
      const head = `${n} local authorit${n === 1 ? 'y has' : 'ies have'} no value`;
      parts.push(n <= 8
        ? `${head}: ${[...groups].map(([why, xs]) => `${listOf(xs)} (${why})`).join('; ')}.`
        : `${head} (${[...groups].map(([why, xs]) => `${xs.length} ${why}`).join(', ')}); they are listed in the table.`);
    } else {
      parts.push('Every local authority has a value.');
    }
    return parts.join(' ');
  }

  protected override notes(m: RankingModel): string[] {
    const r = m.ranking;
    const out: string[] = [];
    if (m.mode === 'ranking') {
      out.push(r.thresholds
        ? 'Each dot is a local authority, in rank order. Dashed vertical lines divide the quartile bands (A is the best quarter); the figure above each line is the threshold between bands.'
        : 'Each dot is a local authority, in rank order. This indicator has no better or worse direction, so there are no quartile bands.');
    } else {
      out.push('Control limits are Wilson score intervals around England\'s value for each denominator: 95% (dashed) and 99.8% (solid). A local authority outside the 99.8% limits is unlikely to differ from England by chance alone.');
    }
    if (r.region) out.push(`Ranks and bands are out of all ${r.of} local authorities in England with a value.`);
    if (r.indicator.suppression && r.rows.some((x) => x.status === 'c')) out.push(r.indicator.suppression);
    return out;
  }

  protected override sources(m: RankingModel) {
    return [m.ranking.indicator];
  }

  protected table(m: RankingModel) {
    const r = m.ranking;
    const meta = r.indicator;
    const banded = meta.polarity !== 'none';
    const funnel = m.funnel ? new Map(m.funnel.points.map((p) => [p.row.area.code, p] as const)) : null;
    const count = (n: number | null): TableCell => (n === null
      ? { text: 'x', sort: null, csv: 'x', status: 'x' }
      : { text: formatNumber(n, 0), sort: n, csv: String(n) });
    const columns: TableColumn[] = [
      { key: 'rank', label: 'Rank', numeric: true },
      { key: 'area', label: 'Local authority' },
      { key: 'region', label: 'Region' },
      { key: 'value', label: 'Value', numeric: true },
      ...(banded ? [{ key: 'band', label: 'Band' }] : []),
      ...(funnel ? [
        { key: 'numerator', label: 'Numerator', numeric: true },
        { key: 'denominator', label: 'Denominator', numeric: true },
        { key: 'limits', label: 'Against the control limits' },
      ] : []),
    ];
    const rows = r.rows.map((x) => {
      const p = funnel?.get(x.area.code);
      return [
        x.rank === null ? textCell('Not ranked', null) : textCell(String(x.rank), x.rank),
        textCell(x.area.name),
        textCell(x.area.regionName ?? ''),
        valueCell(x.value, meta, x.status),
        ...(banded ? [x.band ? textCell(x.band) : textCell('No band', null)] : []),
        ...(funnel ? [count(x.numerator), count(x.denominator), p ? textCell(SIDE_TEXT[p.side]) : textCell('Not in the funnel', null)] : []),
      ];
    });
    const where = r.region ? `${r.region.name} local authorities` : 'Local authorities';
    return makeTable(`${meta.label}: ${where} ranked, ${r.periodLabel} (${meta.unitLabel})`, columns, rows, 1);
  }

  /** What the keyboard announces for one LA. */
  private announce(m: RankingModel, x: RankingRow, p?: FunnelPoint): string {
    const meta = m.ranking.indicator;
    if (x.value === null) return `Not ranked: ${x.area.name}, ${this.fmt(null, meta, x.status)}`;
    const counts = p ? ` (${formatNumber(x.numerator ?? 0, 0)} of ${formatNumber(x.denominator ?? 0, 0)})` : '';
    return `Rank ${x.rank} of ${m.ranking.of}: ${x.area.name}, ${this.fmt(x.value, meta)}${counts}${x.band ? `, band ${x.band}` : ''}${p ? `, ${SIDE_TEXT[p.side]}` : ''}${x.selected ? ' (selected)' : ''}`;
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

  /** The selected LA's two-line label, placed in the top margin and kept inside the chart. */
  private selectedLabel(m: RankingModel, sel: RankingRow | undefined, px: number | null, width: number) {
    const meta = m.ranking.indicator;
    if (!m.ranking.selected) return null;
    const name = m.ranking.selected.name;
    const detail = !sel ? `not in ${m.ranking.region?.name ?? 'this data'}`
      : sel.value === null ? this.fmt(null, meta, sel.status)
        : `${this.fmt(sel.value, meta)}, rank ${sel.rank} of ${m.ranking.of}${sel.band ? `, band ${sel.band}` : ''}`;
    const w = Math.max(textWidth(name, true), textWidth(detail));
    const at = px ?? 0;
    const left = Math.max(4, Math.min(width - 4 - w, at - w / 2));
    return { text: `${name}\n${detail}`, dx: left - at, lines: 2 };
  }

  private drawRanking(m: RankingModel, width: number): Drawing {
    const r = m.ranking;
    const meta = r.indicator;
    const of = Math.max(r.of, 1);
    const narrow = width < 480;
    const descending = meta.polarity !== 'low';
    const valued = r.rows.filter((x) => x.value !== null);
    const missing = r.rows.filter((x) => x.value === null);
    const sel = r.rows.find((x) => x.selected);
    const pos = (x: RankingRow) => m.position.get(x.area.code) ?? 0;
    const fmt = (v: number) => this.fmt(v, meta);

    const ys = [...valued.map((x) => x.value as number), ...(r.england?.value != null ? [r.england.value] : []), ...(r.thresholds ?? [])];
    const lo = Math.min(...ys);
    const hi = Math.max(...ys);
    const pad = (hi - lo) * 0.04 || 1;
    const domainY: [number, number] = [meta.unit === 'percent' ? Math.max(0, lo - pad) : lo - pad, meta.unit === 'percent' ? Math.min(100, hi + pad) : hi + pad];

    const marginLeft = 8 + Math.max(...[domainY[0], domainY[1]].map((v) => textWidth(formatTick(v, meta)))) + 8;
    const marginRight = 12;
    const plotW = width - marginLeft - marginRight;
    const pxOf = (p: number) => marginLeft + ((p - 0.5) / of) * plotW;

    const dataOf = (px: number) => 0.5 + ((px - marginLeft) / plotW) * of;
    const leaderPx = sel && sel.value !== null ? pxOf(pos(sel)) : null;
    const label = this.selectedLabel(m, sel, leaderPx ?? marginLeft, width);
    const measure = measurer(this);
    const measureBold = measurer(this, 'bold');
    /** Labels in one row (x in ranks), each moved aside where the selected LA's leader line would run through it. */
    const besideLeader = <T extends { x: number; w: number }>(row: T[]): (T & { labelX: number })[] => {
      const px = dodgeAround(row.map((l) => ({ x: pxOf(l.x), w: l.w })), leaderPx, 4, width - 4);
      return row.map((l, i) => ({ ...l, labelX: dataOf(px[i]) }));
    };
    const banded = !!r.thresholds && m.bands.length > 0;
    const rowH = 20;
    const labelTop = 8;
    const labelH = label ? 2 * 17 + 8 : 0;
    const marginTop = labelTop + labelH + (banded ? 2 * rowH + 4 : 10);
    const xLabel = meta.polarity === 'none' ? 'Local authorities, highest to lowest →' : 'Local authorities, best to worst →';
    const marginBottom = 30 + rowH + (missing.length ? rowH : 0) + 4;
    const height = marginTop + marginBottom + Math.max(200, Math.min(320, Math.round(width * 0.42)));

    const step = narrow ? 50 : 25;
    const ticks = [1, ...Array.from({ length: Math.floor(of / step) }, (_, i) => (i + 1) * step)].filter((t) => t <= of);
    const boundaries = besideLeader(m.bands.slice(1).map((b, i) => {
      const value = r.thresholds ? this.threshold(r, m.bands[i].band, b.band) : null;
      return { x: b.from - 0.5, value, w: value === null ? 0 : measure(fmt(value)) };
    }));
    const bandLabels = besideLeader(m.bands.map((b) => {
      const text = b.band === 'A' ? (narrow ? 'A' : 'A best') : b.band === 'D' ? (narrow ? 'D' : 'D worst') : b.band;
      return { x: (b.from + b.to) / 2, text, w: measureBold(text) };
    }));
    const dotR = plotW / of >= 4 ? 3.5 : 2.5;
    const others = valued.filter((x) => !x.selected);
    const chosen = valued.filter((x) => x.selected);
    const eng = r.england?.value ?? null;
    const bandRowDy = -(rowH + rowH / 2 + 4);
    const thresholdRowDy = -(rowH / 2 + 2);
    const labelDy = labelTop - marginTop;

    const node = Plot.plot({
      width, height, marginLeft, marginRight, marginTop, marginBottom,
      style: { fontSize: '14px', background: 'transparent' },
      x: { domain: [0.5, of + 0.5], ticks, tickFormat: (d: number) => String(d), label: null, tickSize: 4 },
      y: { domain: domainY, nice: true, grid: true, ticks: Math.max(3, Math.round((height - marginTop - marginBottom) / 60)), tickFormat: (d: number) => formatTick(d, meta), label: null },
      r: { type: 'identity' },
      marks: [
        // Quartile bands: a dashed rule between bands, the threshold value above it, the band letters above that.
        banded ? Plot.ruleX(boundaries, { x: 'x', stroke: GOVUK.text, strokeDasharray: '5,4', strokeWidth: 1, className: 'band-rules' }) : null,
        banded ? Plot.text(boundaries, { x: 'labelX', frameAnchor: 'top', dy: thresholdRowDy, text: (d: { value: number | null }) => (d.value === null ? '' : fmt(d.value)), fill: GOVUK.text, stroke: GOVUK.white, strokeWidth: 4, className: 'threshold-labels' }) : null,
        banded ? Plot.text(bandLabels, { x: 'labelX', frameAnchor: 'top', dy: bandRowDy, text: 'text', fill: GOVUK.text, stroke: GOVUK.white, strokeWidth: 4, fontWeight: 'bold', className: 'band-labels' }) : null,
        eng !== null ? Plot.ruleY([eng], { stroke: GOVUK.text, strokeWidth: 2, className: 'england' }) : null,
        Plot.dot(others, { x: pos, y: 'value', r: dotR, fill: COMPARATOR, className: 'las' }),
        label ? Plot.text([label], {
          x: () => (sel && sel.value !== null ? pos(sel) : 0.5), frameAnchor: 'top', dy: labelDy, dx: label.dx, textAnchor: 'start', lineAnchor: 'top',
          text: 'text', fill: SERIES.selected, fontWeight: 'bold', className: 'selected-label',
        }) : null,
        Plot.text([xLabel], { frameAnchor: 'bottom-left', dy: 30 + rowH / 2, textAnchor: 'start', text: (d: string) => d, fill: GOVUK.text, className: 'x-label' }),
        // The selected LA last, over every label.
        Plot.dot(chosen, { x: pos, y: 'value', r: 7, fill: SERIES.selected, stroke: GOVUK.white, strokeWidth: 2, className: 'las selected' }),
        missing.length ? Plot.text([`Not shown: ${missing.length} with no value`], { frameAnchor: 'bottom-left', dy: 30 + rowH * 1.5, textAnchor: 'start', text: (d: string) => d, fill: GOVUK.text, className: 'missing-label' }) : null,
      ],
    });
    const x = scaleOf(node, 'x');
    const y = scaleOf(node, 'y');
    if (sel && sel.value !== null) leader(node, x(pos(sel)), y(sel.value), labelTop + labelH - 6);
    if (eng !== null) {
      const dots: Mark[] = valued.map((row) => ({ x: x(pos(row)), y: y(row.value), r: row.selected ? 7 : dotR, weight: row.selected ? 10 : 1 }));
      if (sel && sel.value !== null) for (let py = marginTop; py < y(sel.value); py += 6) dots.push({ x: x(pos(sel)), y: py, r: 1, weight: 2 });
      // Better over a dashed band rule than over a dot, but better still over neither.
      if (banded) for (const b of boundaries) for (let py = marginTop; py < height - marginBottom; py += 4) dots.push({ x: x(b.x), y: py, r: 0.5, weight: 0.25 });
      const text = `England ${fmt(eng)}`;
      englandLabel(node, text, y(eng), { left: marginLeft, right: width - marginRight }, measure(text), dots, descending ? 'right' : 'left');
    }
    const missingAt = { x: marginLeft - 12, y: height - marginBottom + 30 + rowH * 1.5 };
    const points: ChartPoint[] = r.rows.map((row) => ({
      ...(row.value === null ? missingAt : { x: x(pos(row)), y: y(row.value) }),
      text: this.announce(m, row), group: bandGroup(row), selected: row.selected,
    }));
    return { node, points };
  }

  /** The threshold between two adjacent bands, in published units. */
  private threshold(r: Ranking, a: Band, b: Band): number | null {
    if (!r.thresholds) return null;
    const [q1, q2, q3] = r.thresholds;
    const i = Math.min(BANDS.indexOf(a), BANDS.indexOf(b));
    // A|B is the upper quartile when high is good, the lower quartile when low is good.
    const high = r.indicator.polarity === 'high';
    return [high ? q3 : q1, q2, high ? q1 : q3][i] ?? null;
  }

  private drawFunnel(m: RankingModel, f: NonNullable<RankingModel['funnel']>, width: number): Drawing {
    const r = m.ranking;
    const meta = r.indicator;
    const narrow = width < 480;
    const fmt = (v: number) => this.fmt(v, meta);
    const dens = f.points.map((p) => p.row.denominator as number);
    const d0 = Math.max(1, Math.min(...dens) / 1.3);
    const d1 = Math.max(...dens) * 1.3;
    // Limit curves, sampled evenly on the log scale.
    const curves: { n: number; key: string; v: number }[] = [];
    for (let i = 0; i <= 120; i++) {
      const n = Math.exp(Math.log(d0) + (i / 120) * (Math.log(d1) - Math.log(d0)));
      const a = funnelLimits(f.p0 / 100, n, Z95);
      const b = funnelLimits(f.p0 / 100, n, Z998);
      if (!a || !b) continue;
      curves.push({ n, key: 'lower95', v: a[0] * 100 }, { n, key: 'upper95', v: a[1] * 100 }, { n, key: 'lower998', v: b[0] * 100 }, { n, key: 'upper998', v: b[1] * 100 });
    }
    const vals = [...f.points.map((p) => p.row.value as number), f.p0];
    const edge = curves.filter((c) => c.n === curves[0].n).map((c) => c.v);
    const lo = Math.max(0, Math.min(...vals, ...edge) - 2);
    const hi = Math.min(100, Math.max(...vals, ...edge) + 2);

    const sel = f.points.find((p) => p.row.selected);
    const selRow = r.rows.find((x) => x.selected);
    const marginLeft = 8 + Math.max(textWidth(formatTick(lo, meta)), textWidth(formatTick(hi, meta))) + 8;
    const marginRight = 12;
    const plotW = width - marginLeft - marginRight;
    const pxOf = (n: number) => marginLeft + ((Math.log(n) - Math.log(d0)) / (Math.log(d1) - Math.log(d0))) * plotW;
    const label = this.selectedLabel(m, selRow, sel ? pxOf(sel.row.denominator as number) : marginLeft, width);
    const labelTop = 8;
    const labelH = label ? 2 * 17 + 8 : 0;
    const marginTop = labelTop + labelH + 12;
    const marginBottom = 30 + 24;
    const height = marginTop + marginBottom + Math.max(260, Math.min(360, Math.round(width * 0.5)));

    const ticks: number[] = [];
    for (let p = 10 ** Math.floor(Math.log10(d0)); p <= d1; p *= 10) {
      for (const k of narrow ? [1] : [1, 2, 5]) if (p * k >= d0 && p * k <= d1) ticks.push(p * k);
    }
    const counted = meta.denominatorLabel ?? 'pupils or plans counted';
    const long = `Number of ${counted} (log scale) →`;
    // Kept on one line: the shorter form where the longer would run past the edge.
    const axisTitle = measurer(this)(long) <= width - marginLeft - 4 ? long : `${counted.charAt(0).toUpperCase()}${counted.slice(1)} (log scale) →`;
    const den = (p: FunnelPoint) => p.row.denominator as number;
    const val = (p: FunnelPoint) => p.row.value as number;

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
        Plot.dot(f.points.filter((p) => !p.row.selected), { x: den, y: val, r: 3.5, fill: COMPARATOR, stroke: GOVUK.white, strokeWidth: 0.75, className: 'las' }),
        label ? Plot.text([label], {
          x: () => (sel ? den(sel) : d0), frameAnchor: 'top', dy: labelTop - marginTop, dx: label.dx, textAnchor: 'start', lineAnchor: 'top',
          text: 'text', fill: SERIES.selected, fontWeight: 'bold', className: 'selected-label',
        }) : null,
        // The selected LA last, over every label.
        sel ? Plot.dot([sel], { x: den, y: val, r: 7, fill: SERIES.selected, stroke: GOVUK.white, strokeWidth: 2, className: 'las selected' }) : null,
        Plot.text([axisTitle], { frameAnchor: 'bottom-left', dy: 40, textAnchor: 'start', text: (d: string) => d, fill: GOVUK.text, className: 'x-label' }),
      ],
    });
    const x = scaleOf(node, 'x');
    const y = scaleOf(node, 'y');
    if (sel) leader(node, x(den(sel)), y(val(sel)), labelTop + labelH - 6);
    const byCode = new Map(f.points.map((p) => [p.row.area.code, p] as const));
    const points: ChartPoint[] = r.rows.map((row) => {
      const p = byCode.get(row.area.code);
      const at = p ? { x: x(den(p)), y: y(val(p)) } : { x: marginLeft - 12, y: height - 14 };
      const text = p ? this.announce(m, row, p) : row.value === null ? this.announce(m, row) : `${this.announce(m, row)}, not in the funnel (no denominator)`;
      return { ...at, text, group: bandGroup(row), selected: row.selected };
    });
    // The key to the lines, in words below the chart: labels on the lines would cut through them and hide dots,
    // as every limit converges on England's line.
    return {
      node: withLegend(node, [
        { label: `England (${fmt(f.p0)})`, look: { colour: GOVUK.text, dash: 'none', stroke: 2 } },
        { label: '95% control limits', look: { colour: GOVUK.secondaryText, dash: '6,4', stroke: 1.5 } },
        { label: '99.8% control limits', look: { colour: GOVUK.secondaryText, dash: 'none', stroke: 1.5 } },
      ]),
      points,
    };
  }
}
