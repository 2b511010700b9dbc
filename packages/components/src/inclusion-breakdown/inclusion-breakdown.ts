import { property } from 'lit/decorators.js';
import * as Plot from '@observablehq/plot';
import {
  STATUS_REASON, atPrecision, breakdownComparison, formatNumber, formatTick, formatValue, makeTable, sentenceCase, textCell, valueCell,
  type BreakdownComparison, type BreakdownRow, type ExtractSet, type IndicatorMeta, type Status, type TableCell,
} from '@inclusion-dashboard/core';
import { ChartElement, type ChartPoint, type Drawing } from '../shared/chart-element';
import { resolveIn } from '../shared/resolve';
import { GOVUK, SERIES } from '../shared/palette';
import { scaleOf } from '../shared/plot-scales';
import { LINE, measurer, wrap } from '../shared/text-layout';
import { breakdownStyles } from './inclusion-breakdown.styles';

export interface BreakdownModel extends BreakdownComparison {
  /** The area asked for, when the indicator is published for England only and so it cannot be shown. */
  asked: string | null;
}

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

/** "EHC plan or statement" → "Pupils with an EHC plan or statement"; "Primary" → "Primary schools". */
export function groupLabel(meta: IndicatorMeta, value: string): string {
  const dim = meta.breakdown.dimension.toLowerCase();
  const total = value === meta.breakdown.total;
  if (dim.includes('phase')) return total ? 'All schools' : `${value} schools`;
  if (/\bsen\b|special educational/.test(dim)) {
    if (total) return 'All pupils';
    if (/^unclassified$/i.test(value)) return 'Pupils whose SEN status is unclassified';
    const lower = /^[A-Z][a-z]/.test(value) ? value.charAt(0).toLowerCase() + value.slice(1) : value;
    return `Pupils with ${/^EHC/.test(value) ? 'an ' : ''}${lower}`;
  }
  return total ? 'All' : value;
}

/** "Suspension rate by SEN provision" stays as it is; "Suspension rate" gains "by phase". */
function titleOf(meta: IndicatorMeta): string {
  const by = `by ${sentenceCase(meta.breakdown.dimension)}`;
  return meta.label.toLowerCase().includes(by.toLowerCase()) ? meta.label : `${meta.label} ${by}`;
}

function formatDate(iso: string): string {
  const d = new Date(`${iso}T00:00:00Z`);
  return Number.isNaN(d.getTime()) ? iso : d.toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
}

/** Why a value is missing, without repeating "not available". */
function missingText(s: Status | null): string {
  const st = s ?? 'x';
  return st === 'x' ? 'not available' : `not available (${STATUS_REASON[st]})`;
}

const isOther = (meta: IndicatorMeta, b: string) => b === meta.breakdown.total || /unclassified|unknown/i.test(b);

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
    const { data, indicator } = resolveIn(set, this.indicator);
    const b = breakdownComparison(data, set.areas, { indicator, area: this.area || undefined, period: this.period || undefined });
    const asked = b.englandOnly && this.area ? set.areas.find(this.area)?.name ?? this.area : null;
    return { ...b, asked: asked && asked !== b.area.name ? asked : null };
  }

  /** Whether only England is drawn: an England-only indicator, or England asked for. */
  private alone(m: BreakdownModel): boolean {
    return m.englandOnly || m.area.level === 'National';
  }

  protected heading(m: BreakdownModel): string {
    return m.indicator.label;
  }

  protected subtitle(m: BreakdownModel): string {
    const meta = m.indicator;
    const unit = meta.unitLabel.charAt(0).toUpperCase() + meta.unitLabel.slice(1);
    const by = `by ${sentenceCase(meta.breakdown.dimension)}`;
    if (m.englandOnly) return `England only (not published for local authorities), ${by}, ${m.periodLabel}. ${unit}.`;
    if (this.alone(m)) return `England, ${by}, ${m.periodLabel}. ${unit}.`;
    return `${m.area.name} and England, ${by}, ${m.periodLabel}. ${unit}.`;
  }

  protected describe(m: BreakdownModel): string {
    const meta = m.indicator;
    const fmt = (v: number | null, s?: Status | null) => (v === null || s ? missingText(s ?? 'x') : formatValue(v, meta));
    const alone = this.alone(m);
    const subject = alone ? 'England' : m.area.name;
    const valueOf = (r: BreakdownRow) => (alone ? r.england : r.value);
    const statusOf = (r: BreakdownRow) => (alone ? r.englandStatus : r.status);
    const groups = m.rows.filter((r) => !isOther(meta, r.breakdown) && valueOf(r) !== null && !statusOf(r));
    const lbl = (r: BreakdownRow) => sentenceCase(groupLabel(meta, r.breakdown));
    const parts: string[] = [];
    parts.push(`${titleOf(meta)}, ${subject}, ${m.periodLabel}.`);
    if (groups.length >= 2) {
      const sorted = [...groups].sort((a, b) => (valueOf(b) as number) - (valueOf(a) as number));
      const hi = sorted[0];
      const lo = sorted.at(-1)!;
      parts.push(`Highest: ${lbl(hi)} (${fmt(valueOf(hi))}); lowest: ${lbl(lo)} (${fmt(valueOf(lo))}).`);
      // The ratio of the highest group to the "no SEN" group, where there is one.
      const ref = groups.find((r) => /^no\b/i.test(r.breakdown));
      const ratioOf = (a: number | null, b: number | null) => {
        if (a === null || b === null) return null;
        const x = atPrecision(a, meta.decimals);
        const y = atPrecision(b, meta.decimals);
        return y > 0 ? x / y : null;
      };
      if (ref && ref !== hi) {
        const r = ratioOf(valueOf(hi), valueOf(ref));
        if (r !== null) {
          let s = `${sentenceCase(groupLabel(meta, hi.breakdown)).replace(/^./, (c) => c.toUpperCase())}: ${formatNumber(r, 1)} times the figure for ${lbl(ref)}`;
          const e = alone ? null : ratioOf(hi.england, ref.england);
          if (e !== null) s += ` (England: ${formatNumber(e, 1)} times)`;
          parts.push(`${s}.`);
        }
      }
    }
    if (!alone) {
      const compared = m.rows.filter((r) => !/unclassified|unknown/i.test(r.breakdown));
      const full = compared.every((r) => r.value !== null && !r.status && r.england !== null && !r.englandStatus);
      const sides = full ? [...new Set(compared.map((r) => this.side(m, r)))] : [];
      if (sides.length === 1 && /^(higher|lower)/.test(sides[0])) {
        // One direction throughout: say it once.
        const [word, judgement] = sides[0].split(', ');
        const figures = compared.map((r) => `${lbl(r)} ${fmt(r.value)} against ${fmt(r.england)}`);
        parts.push(`${m.area.name} was ${word} than England${judgement ? ` (${judgement})` : ''} in every group: ${figures.join('; ')}.`);
      } else {
        const comps = compared.map((r) => {
          if (r.value === null || r.status) return `${lbl(r)} ${fmt(null, r.status ?? 'x')}`;
          if (r.england === null || r.englandStatus) return `${lbl(r)} ${fmt(r.value)} (England not available)`;
          return `${lbl(r)} ${fmt(r.value)} against ${fmt(r.england)} (${this.side(m, r)})`;
        });
        parts.push(`${m.area.name} against England: ${comps.join('; ')}.`);
      }
    } else {
      const total = m.rows.find((r) => r.breakdown === meta.breakdown.total);
      if (total && total.england !== null) parts.push(`${lbl(total).replace(/^./, (c) => c.toUpperCase())}: ${fmt(total.england, total.englandStatus)}.`);
    }
    if (m.asked) parts.push(`${meta.label} is published for England only, so ${m.asked} cannot be shown.`);
    return parts.join(' ');
  }

  /** Higher, lower or similar than England, and better or worse where the indicator has a direction. */
  private side(m: BreakdownModel, r: BreakdownRow): string {
    const meta = m.indicator;
    const v = atPrecision(r.value as number, meta.decimals);
    const e = atPrecision(r.england as number, meta.decimals);
    if (r.ci95 && r.ci95[0] <= e && e <= r.ci95[1]) return 'similar: England is within the 95% confidence interval';
    if (v === e) return 'the same';
    const higher = v > e;
    const word = higher ? 'higher' : 'lower';
    if (meta.polarity === 'none') return word;
    return `${word}, ${higher === (meta.polarity === 'high') ? 'better' : 'worse'}`;
  }

  protected override notes(m: BreakdownModel): string[] {
    const meta = m.indicator;
    const notes: string[] = [];
    const unclassified = m.rows.find((r) => /unclassified|unknown/i.test(r.breakdown) && (r.value !== null || r.england !== null));
    if (unclassified) notes.push(`${groupLabel(meta, unclassified.breakdown)} are shown but left out of the highest and lowest.`);
    if (this.intervals && !this.alone(m)) {
      notes.push(m.rows.some((r) => r.ci95)
        ? `Whiskers show 95% confidence intervals for ${m.area.name}, from the published counts.`
        : 'No confidence intervals: the counts behind these figures are not published, or the measure is a rate of events.');
    }
    if (m.rows.some((r) => r.status === 'c' || r.englandStatus === 'c') && meta.suppression) notes.push(meta.suppression);
    if (m.area.to && !this.alone(m)) notes.push(`${m.area.name} existed until ${formatDate(m.area.to)}; it has no figures after that.`);
    return [...notes, ...meta.notes];
  }

  protected override sources(m: BreakdownModel): IndicatorMeta[] {
    return [m.indicator];
  }

  private showCi(m: BreakdownModel): boolean {
    return this.intervals && !this.alone(m) && m.rows.some((r) => r.ci95);
  }

  protected table(m: BreakdownModel) {
    const meta = m.indicator;
    const alone = this.alone(m);
    const ci = this.showCi(m);
    const ciCell = (r: BreakdownRow, i: 0 | 1): TableCell => (r.ci95 ? valueCell(r.ci95[i], meta) : textCell('x', null));
    const rows = m.rows.map((r) => [
      textCell(groupLabel(meta, r.breakdown)),
      ...(alone ? [] : [valueCell(r.value, meta, r.status)]),
      ...(ci ? [ciCell(r, 0), ciCell(r, 1)] : []),
      valueCell(r.england, meta, r.englandStatus),
    ]);
    return makeTable(
      `${titleOf(meta)}, ${alone ? 'England' : `${m.area.name} and England`}, ${m.periodLabel} (${meta.unitLabel})`,
      [
        { key: 'group', label: 'Group' },
        ...(alone ? [] : [{ key: 'value', label: `${m.area.name} value`, numeric: true }]),
        ...(ci ? [{ key: 'lower', label: '95% CI lower', numeric: true }, { key: 'upper', label: '95% CI upper', numeric: true }] : []),
        { key: 'england', label: 'England value', numeric: true },
      ],
      rows,
    );
  }

  protected override jumpsBy(): string {
    return 'from one group to the next';
  }

  protected override acrossBy(): string {
    return 'to the same bar in the group above or below';
  }

  protected draw(m: BreakdownModel, width: number): Drawing {
    const meta = m.indicator;
    const alone = this.alone(m);
    const ci = this.showCi(m);
    const measure = measurer(this);
    const measureBold = measurer(this, 'bold');
    const fmt = (v: number) => formatValue(v, meta);
    const missing = missingText;

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
    const labelText = (b: Bar) => (b.value === null ? missing(b.status) : fmt(b.value));
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
      text: `${b.label}: ${b.name} ${b.value === null ? missing(b.status) : fmt(b.value)}${b.series === 'la' && b.ci && b.value !== null
        ? ` (95% confidence interval ${fmt(b.ci[0])} to ${fmt(b.ci[1])})` : ''}`,
      group: b.group,
    }));
    return { node, points };
  }
}
