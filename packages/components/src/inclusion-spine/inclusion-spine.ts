import { property } from 'lit/decorators.js';
import * as Plot from '@observablehq/plot';
import {
  BenchmarkError, STATUS_REASON, atPrecision, benchmark, formatValue, makeTable, sentenceCase, spine, textCell, valueCell,
  type ExtractSet, type IndicatorMeta, type Spine, type SpineRow,
} from '@inclusion-dashboard/core';
import { ChartElement, type ChartPoint, type Drawing } from '../shared/chart-element';
import { GOVUK, SERIES } from '../shared/palette';
import { LINE, measurer, wrap } from '../shared/text-layout';
import { spineStyles } from './inclusion-spine.styles';

/** The indicators shown when none are named: one or two per theme, where the extracts hold them. */
export const DEFAULT_SPINE_INDICATORS = [
  'persistent-absence', 'overall-absence', 'suspension-rate', 'permanent-exclusion-rate', 'pru-absence',
  'ehcp-20-weeks', 'ehcp-20-weeks-excluding-exceptions', 'tribunal-appeal-rate', 'ehcp-rate', 'sen-support-rate',
] as const;

/** How the LA compares with England on one row. */
export type SpineComparison = 'better' | 'similar' | 'worse' | 'none' | 'missing';

export interface SpineModel extends Spine {
  comparisons: SpineComparison[];
  /** Whether each comparison came from a 95% confidence interval (counts published) rather than the figures alone. */
  byInterval: boolean[];
  period: string | null;
  /** Labels of the skipped indicators, in the same order as `skipped`. */
  skippedLabels: string[];
  /** Names of the LAs that replaced a terminated one. */
  successors: string[];
}

const COMPARISON_TEXT: Record<SpineComparison, string> = {
  better: 'Better than England',
  similar: 'Similar to England',
  worse: 'Worse than England',
  none: 'No better/worse direction',
  missing: 'Not available',
};

/** Marker shape and fill per comparison: shape and fill carry the meaning, not colour alone. */
const MARKER: Record<Exclude<SpineComparison, 'missing'>, { symbol: string; fill: string; stroke: string; strokeWidth: number; rotate: number; r: number }> = {
  better: { symbol: 'circle', fill: SERIES.selected, stroke: GOVUK.white, strokeWidth: 1.5, rotate: 0, r: 7 },
  similar: { symbol: 'diamond', fill: GOVUK.white, stroke: SERIES.selected, strokeWidth: 2.5, rotate: 0, r: 6.5 },
  worse: { symbol: 'triangle', fill: SERIES.selected, stroke: GOVUK.white, strokeWidth: 1.5, rotate: 180, r: 7 },
  none: { symbol: 'square', fill: GOVUK.white, stroke: SERIES.selected, strokeWidth: 2.5, rotate: 0, r: 6.5 },
};

/** Light grey with a 3:1 outline for the full range; a dark grey (7:1) box for the middle half; England near-black. */
const RANGE_FILL = GOVUK.midGrey;
const RANGE_STROKE = SERIES.comparator;
const IQR_FILL = GOVUK.secondaryText;
const ENGLAND_STROKE = GOVUK.text;

interface TextItem {
  x: number;
  y: number;
  lines: string[];
  anchor?: 'start' | 'middle' | 'end';
  bold?: boolean;
  secondary?: boolean;
  /** `top` (default): y is the top of the first line; `middle`: the block is centred on y. */
  valign?: 'top' | 'middle';
}

interface Placed {
  row: SpineRow;
  cmp: SpineComparison;
  top: number;
  height: number;
  cy: number;
}

const list = (xs: string[]) => (xs.length < 2 ? xs.join('') : `${xs.slice(0, -1).join(', ')} and ${xs.at(-1)}`);

/**
 * Spine chart: many indicators for one LA at once, each against the spread of all LAs and England, oriented so
 * that right is always better. The period, value, England figure and rank are written beside every row.
 *
 * @attr src - URLs of observations extracts (Arrow IPC files), space-separated; they are read as one set.
 * @attr area - ONS code, 3-digit LA number or name of a local authority.
 * @attr indicators - Indicator ids or LAIT codes, space-separated; a default set across themes when empty.
 * @attr period - Optional period for every indicator; the latest with a value for each by default.
 * @csspart figure - The figure.
 * @csspart title - The title.
 * @csspart summary - The plain-English summary.
 * @csspart chart - The chart container.
 * @csspart table - The data table.
 * @fires inclusion-ready - When the chart has drawn; detail is the spine model.
 * @fires inclusion-error - When data cannot be shown; detail has `code` and `message`.
 */
export class InclusionSpine extends ChartElement<SpineModel> {
  static override styles = [...ChartElement.styles, spineStyles];

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

  protected override wanted(): readonly string[] {
    const asked = this.asked();
    return asked.length ? asked : DEFAULT_SPINE_INDICATORS;
  }

  private indicatorIds(set: ExtractSet): string[] {
    const asked = this.asked();
    return asked.length ? asked : DEFAULT_SPINE_INDICATORS.filter((id) => set.find(id));
  }

  protected compute(set: ExtractSet): SpineModel {
    const ids = this.indicatorIds(set);
    if (!ids.length) throw new BenchmarkError('unknown-indicator', 'None of the default indicators is in this data: name some in the indicators attribute.', set.names());
    const s = spine(set, this.area, ids, this.period || undefined);
    if (s.area.level !== 'Local authority') {
      throw new BenchmarkError('unknown-area', `${s.area.name} is not a local authority: a spine chart places one local authority among all of them.`);
    }
    if (!s.rows.length) {
      throw new BenchmarkError('no-data', `No figures to show for ${s.area.name}${this.period ? ` in ${this.period}` : ''}. ${s.skipped.map((k) => `${k.id}: ${k.reason}`).join('; ')}.`);
    }
    const comparisons: SpineComparison[] = [];
    const byInterval: boolean[] = [];
    for (const row of s.rows) {
      const [cmp, ci] = compare(set, s, row);
      comparisons.push(cmp);
      byInterval.push(ci);
    }
    const skippedLabels = s.skipped.map((k) => set.find(k.id)?.meta.label ?? k.id);
    const successors = s.area.successors.map((c) => set.areas.find(c)?.name ?? c);
    return { ...s, comparisons, byInterval, period: this.period || null, skippedLabels, successors };
  }

  protected heading(m: SpineModel): string {
    return `${m.area.name} across inclusion indicators`;
  }

  protected subtitle(m: SpineModel): string {
    const n = m.rows.length;
    const when = m.period ? `in ${m.rows[0]?.periodLabel ?? m.period}` : 'latest year for each';
    return `${n} indicator${n === 1 ? '' : 's'}, ${when}, against England and every local authority. Right is better.`;
  }

  protected describe(m: SpineModel): string {
    const name = m.area.name;
    const label = (r: SpineRow) => sentenceCase(r.indicator.label);
    const directed = m.rows.filter((r) => r.indicator.polarity !== 'none' && r.value !== null);
    const bandA = directed.filter((r) => r.band === 'A');
    const bandD = directed.filter((r) => r.band === 'D');
    const quarter = (rows: SpineRow[]) => (rows.length ? `${rows.length} of ${directed.length} (${list(rows.map(label))})` : `none of ${directed.length}`);
    const parts: string[] = [
      `${name} on ${m.rows.length} indicator${m.rows.length === 1 ? '' : 's'}, each against England and every local authority.`,
    ];
    if (directed.length) {
      parts.push(`In the best quarter of local authorities (band A): ${quarter(bandA)}. In the worst quarter (band D): ${quarter(bandD)}.`);
    }
    const worse = m.rows
      .map((r, i) => ({ r, cmp: m.comparisons[i] }))
      .filter(({ r }) => r.indicator.polarity !== 'none' && r.pos.value !== null && r.pos.value < 0.5)
      .sort((a, b) => (a.r.pos.value as number) - (b.r.pos.value as number))
      .slice(0, 3);
    if (worse.length) {
      const fmt = (r: SpineRow) => `${label(r)} (${formatValue(r.value, r.indicator)} against England's ${formatValue(r.england, r.indicator)})`;
      parts.push(`Furthest from England in the worse direction, relative to the spread of local authorities: ${list(worse.map(({ r }) => fmt(r)))}.`);
    } else if (directed.length) {
      parts.push('No indicator is on the worse side of England.');
    }
    const count = (c: SpineComparison) => m.comparisons.filter((x) => x === c).length;
    const tally = (['better', 'similar', 'worse'] as const).map((c) => `${c} on ${count(c)}`);
    if (directed.length) parts.push(`Compared with England: ${list(tally)}.`);
    const none = m.rows.filter((r) => r.indicator.polarity === 'none');
    if (none.length) parts.push(`${list(none.map(label)).replace(/^./, (c) => c.toUpperCase())} ${none.length === 1 ? 'has' : 'have'} no better or worse direction.`);
    const missing = m.rows.filter((r) => r.value === null);
    if (missing.length) parts.push(`Not available for ${name}: ${list(missing.map((r) => (r.status && r.status !== 'x' ? `${label(r)} (${STATUS_REASON[r.status]})` : label(r))))}.`);
    if (m.skipped.length) parts.push(`Not shown: ${list(m.skippedLabels.map(sentenceCase))}.`);
    return parts.join(' ');
  }

  protected override notes(m: SpineModel): string[] {
    const notes = [
      'Right is better: each row runs from the worst local authority on the left to the best on the right, with England in the centre. The dark box is the middle half of local authorities (25th to 75th percentile, counted from the worst).',
      'Better, similar or worse than England: by the 95% confidence interval where the counts are published, otherwise by the published figures.',
    ];
    m.skipped.forEach((k, i) => notes.push(`Not shown: ${m.skippedLabels[i]}, ${k.reason}.`));
    if (m.area.to) {
      const successors = m.successors.length ? ` It was replaced by ${list(m.successors)}.` : '';
      notes.push(`${m.area.name} existed until ${formatDate(m.area.to)}; its latest figures are from before then.${successors}`);
    }
    // One note per suppression rule, naming the indicators it hides a figure in.
    const rules = new Map<string, string[]>();
    for (const r of m.rows) if (r.status === 'c' && r.indicator.suppression) rules.set(r.indicator.suppression, [...(rules.get(r.indicator.suppression) ?? []), r.indicator.label]);
    for (const [rule, labels] of rules) notes.push(`${list(labels)}: ${rule}`);
    return notes;
  }

  protected override sources(m: SpineModel): IndicatorMeta[] {
    // One source line per publication.
    const seen = new Set<string>();
    return m.rows.map((r) => r.indicator).filter((x) => !seen.has(x.source.url) && !!seen.add(x.source.url));
  }

  protected table(m: SpineModel) {
    const rows = m.rows.map((r) => {
      const meta = r.indicator;
      return [
        textCell(meta.label),
        textCell(r.periodLabel, r.period),
        valueCell(r.value, meta, r.value === null ? r.status ?? 'x' : null),
        valueCell(r.england, meta),
        valueCell(r.worst, meta),
        valueCell(r.q25, meta),
        valueCell(r.q75, meta),
        valueCell(r.best, meta),
        r.rank === null ? textCell('x', null) : textCell(`${r.rank} of ${r.of}`, r.rank),
        textCell(r.band ?? (meta.polarity === 'none' ? 'no direction' : 'x'), r.band),
      ];
    });
    return makeTable(
      `${m.area.name} across inclusion indicators, with England and the spread of local authorities`,
      [
        { key: 'indicator', label: 'Indicator' },
        { key: 'period', label: 'Period' },
        { key: 'value', label: 'Value', numeric: true },
        { key: 'england', label: 'England', numeric: true },
        { key: 'worst', label: 'Worst LA value', numeric: true },
        { key: 'q25', label: '25th percentile', numeric: true },
        { key: 'q75', label: '75th percentile', numeric: true },
        { key: 'best', label: 'Best LA value', numeric: true },
        { key: 'rank', label: 'Rank', numeric: true },
        { key: 'band', label: 'Band' },
      ],
      rows,
    );
  }

  protected draw(m: SpineModel, width: number): Drawing {
    const measure = measurer(this);
    const measureBold = measurer(this, 'bold');
    const name = m.area.name;
    const texts: TextItem[] = [];
    const pad = 16;
    const inset = 10; // room for a marker at either end of a spine
    const layout = width >= 880 ? 'wide' : width >= 560 ? 'medium' : 'narrow';

    // Column geometry.
    const cols = [
      { key: 'period', label: 'Period', w: 64, anchor: 'start' as const },
      { key: 'value', label: name, w: 80, anchor: 'end' as const },
      { key: 'england', label: 'England', w: 76, anchor: 'end' as const },
      { key: 'rank', label: 'Rank, band', w: 104, anchor: 'end' as const },
    ];
    const colGap = 14;
    const numW = layout === 'wide' ? cols.reduce((a, c) => a + c.w, 0) + colGap * cols.length : 0;
    const labelW = layout === 'wide' ? clamp(width * 0.26, 170, 300) : layout === 'medium' ? clamp(width * 0.32, 150, 260) : width;
    const sx0 = layout === 'narrow' ? inset : labelW + pad + inset;
    const sx1 = width - numW - inset;
    const sx = (p: number) => sx0 + p * (sx1 - sx0);
    const colX: number[] = [];
    {
      let x = sx1 + inset + colGap;
      for (const c of cols) {
        colX.push(c.anchor === 'end' ? x + c.w : x);
        x += c.w + colGap;
      }
    }

    // The key: which comparisons appear, then the parts of a spine.
    let y = 0;
    const used = [...new Set(m.comparisons)].filter((c): c is Exclude<SpineComparison, 'missing'> => c !== 'missing');
    const order: Exclude<SpineComparison, 'missing'>[] = ['better', 'similar', 'worse', 'none'];
    const keyItems: { kind: 'marker' | 'england' | 'iqr' | 'range'; cmp?: Exclude<SpineComparison, 'missing'>; text: string }[] = [
      ...order.filter((c) => used.includes(c)).map((c) => ({ kind: 'marker' as const, cmp: c, text: `${name}: ${lowerFirst(COMPARISON_TEXT[c])}` })),
      { kind: 'england', text: 'England' },
      { kind: 'iqr', text: 'Middle half of local authorities' },
      { kind: 'range', text: 'Worst to best local authority' },
    ];
    const keyGlyphs: { kind: string; cmp?: Exclude<SpineComparison, 'missing'>; x: number; y: number }[] = [];
    {
      let x = 0;
      // Items flow along lines; an item too long for the width wraps its words (never truncated).
      let rowH = 24;
      y = 4;
      for (const k of keyItems) {
        const lines = wrap(k.text, width - 28, measure);
        const w = 28 + Math.max(...lines.map(measure));
        if (x > 0 && x + w > width) {
          x = 0;
          y += rowH;
          rowH = 24;
        }
        keyGlyphs.push({ kind: k.kind, cmp: k.cmp, x: x + 10, y: y + 9 });
        texts.push({ x: x + 26, y: y + 9 - LINE / 2, lines });
        rowH = Math.max(rowH, lines.length * LINE + 6);
        x += w + 18;
      }
      y += rowH + 8;
    }

    // Column headings.
    {
      const headTop = y;
      let h = LINE;
      if (layout !== 'narrow') texts.push({ x: 0, y: headTop, lines: ['Indicator'], bold: true });
      texts.push({ x: sx0 - inset, y: headTop, lines: ['\u2190 Worse'], bold: true });
      texts.push({ x: sx(0.5), y: headTop, lines: ['England'], bold: true, anchor: 'middle' });
      texts.push({ x: sx1 + inset, y: headTop, lines: ['Better \u2192'], bold: true, anchor: 'end' });
      if (layout === 'wide') {
        cols.forEach((c, i) => {
          const lines = wrap(c.label, c.w, measureBold);
          texts.push({ x: colX[i], y: headTop, lines, bold: true, anchor: c.anchor });
          h = Math.max(h, lines.length * LINE);
        });
      }
      y = headTop + h + 6;
    }
    const headRule = y;

    // Rows.
    const placed: Placed[] = [];
    const padY = 8;
    const spineH = 30;
    m.rows.forEach((row, i) => {
      const cmp = m.comparisons[i];
      const meta = row.indicator;
      const top = y;
      const cmpText = cmp === 'missing' ? `${name}: ${valueText(null, meta, row.status)}` : cmp === 'none' ? `${COMPARISON_TEXT.none} (right is higher)` : COMPARISON_TEXT[cmp];
      const details = [
        row.periodLabel,
        `${name}\u00a0${valueText(row.value, meta, row.status)}`,
        `England\u00a0${formatValue(row.england, meta)}`,
        rankText(row).replace(/ /g, '\u00a0'),
      ].join(' \u00b7 ');
      let height: number;
      let cy: number;
      if (layout === 'narrow') {
        const label = wrap(meta.label, width, measureBold);
        texts.push({ x: 0, y: top + padY, lines: label, bold: true });
        cy = top + padY + label.length * LINE + spineH / 2;
        const detail = wrap(`${cmpText}. ${details}`, width, measure);
        texts.push({ x: 0, y: cy + spineH / 2, lines: detail, secondary: true });
        height = padY + label.length * LINE + spineH + detail.length * LINE + padY;
      } else {
        const label = wrap(meta.label, labelW, measure);
        const cmpLines = wrap(cmpText, labelW, measure);
        texts.push({ x: 0, y: top + padY, lines: label });
        texts.push({ x: 0, y: top + padY + label.length * LINE, lines: cmpLines, secondary: true });
        const left = (label.length + cmpLines.length) * LINE;
        if (layout === 'wide') {
          height = padY * 2 + Math.max(left, spineH);
          cy = top + height / 2;
          const cells = [row.periodLabel, formatCellText(row.value, meta, row.status), formatValue(row.england, meta), shortRank(row)];
          cells.forEach((t, c) => texts.push({ x: colX[c], y: cy, lines: [t], anchor: cols[c].anchor, valign: 'middle' }));
        } else {
          const detail = wrap(details, sx1 - sx0 + 2 * inset, measure);
          const right = spineH + detail.length * LINE;
          height = padY * 2 + Math.max(left, right);
          cy = top + padY + spineH / 2;
          texts.push({ x: sx0 - inset, y: cy + spineH / 2, lines: detail, secondary: true });
        }
      }
      placed.push({ row, cmp, top, height, cy });
      y = top + height;
    });
    const height = Math.ceil(y + 2);

    const half = 7;
    const markers = (c: Exclude<SpineComparison, 'missing'>) => {
      const st = MARKER[c];
      return Plot.dot(placed.filter((p) => p.cmp === c), {
        x: (p: Placed) => sx(p.row.pos.value as number), y: 'cy', symbol: st.symbol, r: st.r, rotate: st.rotate,
        fill: st.fill, stroke: st.stroke, strokeWidth: st.strokeWidth, className: `la-${c}`,
      });
    };
    const node = Plot.plot({
      width,
      height,
      margin: 0,
      style: { fontSize: '14px', background: 'transparent', overflow: 'visible' },
      x: { type: 'identity', axis: null },
      y: { type: 'identity', axis: null },
      marks: [
        Plot.ruleY([headRule, ...placed.map((p) => p.top + p.height)], { x1: 0, x2: width, stroke: GOVUK.border, className: 'row-rules' }),
        // The spine: worst to best, the middle half, England, then the LA.
        Plot.rect(placed, { x1: (p: Placed) => sx(p.row.pos.worst), x2: (p: Placed) => sx(p.row.pos.best), y1: (p: Placed) => p.cy - half, y2: (p: Placed) => p.cy + half, fill: RANGE_FILL, stroke: RANGE_STROKE, className: 'spine-range' }),
        Plot.rect(placed, { x1: (p: Placed) => sx(p.row.pos.q25), x2: (p: Placed) => sx(p.row.pos.q75), y1: (p: Placed) => p.cy - half, y2: (p: Placed) => p.cy + half, fill: IQR_FILL, className: 'spine-iqr' }),
        // England: a white halo keeps the line distinct where it crosses the dark box.
        Plot.ruleX(placed, { x: () => sx(0.5), y1: (p: Placed) => p.cy - 13, y2: (p: Placed) => p.cy + 13, stroke: GOVUK.white, strokeWidth: 6 }),
        Plot.ruleX(placed, { x: () => sx(0.5), y1: (p: Placed) => p.cy - 13, y2: (p: Placed) => p.cy + 13, stroke: ENGLAND_STROKE, strokeWidth: 2.5, className: 'spine-england' }),
        ...order.map(markers),
        // The key's glyphs.
        Plot.rect(keyGlyphs.filter((k) => k.kind === 'range'), { x1: (k) => k.x - 9, x2: (k) => k.x + 9, y1: (k) => k.y - half, y2: (k) => k.y + half, fill: RANGE_FILL, stroke: RANGE_STROKE }),
        Plot.rect(keyGlyphs.filter((k) => k.kind === 'iqr'), { x1: (k) => k.x - 9, x2: (k) => k.x + 9, y1: (k) => k.y - half, y2: (k) => k.y + half, fill: IQR_FILL }),
        Plot.ruleX(keyGlyphs.filter((k) => k.kind === 'england'), { x: 'x', y1: (k) => k.y - 10, y2: (k) => k.y + 10, stroke: ENGLAND_STROKE, strokeWidth: 2.5 }),
        ...order.map((c) => {
          const st = MARKER[c];
          return Plot.dot(keyGlyphs.filter((k) => k.cmp === c), { x: 'x', y: 'y', symbol: st.symbol, r: st.r, rotate: st.rotate, fill: st.fill, stroke: st.stroke === GOVUK.white ? SERIES.selected : st.stroke, strokeWidth: st.strokeWidth });
        }),
        ...textMarks(texts),
      ],
    });

    const points: ChartPoint[] = placed.map((p) => ({
      x: sx(p.row.pos.value ?? 0.5),
      y: p.cy,
      text: announce(p.row, p.cmp, name),
    }));
    return { node, points };
  }
}

/** A value with its unit, or why there is none ("not available (suppressed)"; never "not available (not available)"). */
function valueText(value: number | null, meta: IndicatorMeta, status: SpineRow['status']): string {
  if (value !== null) return formatValue(value, meta);
  const st = status ?? 'x';
  return st === 'x' ? 'not available' : `not available (${STATUS_REASON[st]})`;
}

function lowerFirst(s: string): string {
  return s.charAt(0).toLowerCase() + s.slice(1);
}

function clamp(v: number, lo: number, hi: number): number {
  return Math.max(lo, Math.min(hi, v));
}

function formatDate(iso: string): string {
  const d = new Date(`${iso}T00:00:00Z`);
  return Number.isNaN(d.getTime()) ? iso : d.toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
}

function formatCellText(value: number | null, meta: IndicatorMeta, status: SpineRow['status']): string {
  return value === null ? (status ?? 'x') : formatValue(value, meta);
}

function shortRank(r: SpineRow): string {
  if (r.rank === null) return 'not ranked';
  return `${r.rank} of ${r.of}${r.band ? `, ${r.band}` : ''}`;
}

function rankText(r: SpineRow): string {
  if (r.rank === null) return 'not ranked';
  const tail = r.band ? `, band ${r.band}` : r.indicator.polarity === 'none' ? ' (1 is highest)' : '';
  return `rank ${r.rank} of ${r.of}${tail}`;
}

function announce(r: SpineRow, cmp: SpineComparison, name: string): string {
  const meta = r.indicator;
  const value = valueText(r.value, meta, r.status);
  const word = cmp === 'missing' ? '' : `, ${lowerFirst(COMPARISON_TEXT[cmp])}`;
  return `${meta.label}, ${r.periodLabel}: ${name} ${value}, England ${formatValue(r.england, meta)}, ${rankText(r)}${word}`;
}

/** Better, similar or worse than England: by the LA's 95% interval where counts are published, else by the figures. */
function compare(set: ExtractSet, s: Spine, row: SpineRow): [SpineComparison, boolean] {
  const meta = row.indicator;
  if (row.value === null) return ['missing', false];
  if (meta.polarity === 'none') return ['none', false];
  const found = set.find(meta.id);
  if (found) {
    try {
      const b = benchmark(found.data, set.areas, { indicator: meta.id, area: s.area.code, period: row.period, breakdown: row.breakdown });
      if (b.comparison === 'better' || b.comparison === 'similar' || b.comparison === 'worse') return [b.comparison, true];
    } catch {
      // Fall back to the figures.
    }
  }
  const v = atPrecision(row.value, meta.decimals);
  const e = atPrecision(row.england as number, meta.decimals);
  if (v === e) return ['similar', false];
  return [(v > e) === (meta.polarity === 'high') ? 'better' : 'worse', false];
}

/** Plot text marks, one per style, with pre-wrapped lines. */
function textMarks(items: TextItem[]): Plot.Markish[] {
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
