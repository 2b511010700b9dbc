import { property } from 'lit/decorators.js';
import * as Plot from '@observablehq/plot';
import {
  STATUS_REASON, comparePeriods, directionOf, formatNumber, formatTick, formatValue, makeTable, periodLabel, previousPeriod,
  sentenceCase, textCell, trend, valueCell,
  type ExtractSet, type IndicatorMeta, type SeriesKey, type Status, type TableColumn, type TableCell, type Trend,
  type TrendMarker, type TrendSeries,
} from '@inclusion-dashboard/core';
import { ChartElement, type ChartPoint, type Drawing } from '../shared/chart-element';
import { resolveIn } from '../shared/resolve';
import { AF, GOVUK, SERIES } from '../shared/palette';
import { scaleOf } from '../shared/plot-scales';
import { withLegend, type SwatchLook, type SymbolName } from '../shared/legend';
import { legendStyles } from '../shared/legend.styles';

/** How each series looks: colour, dash pattern and marker shape all differ, and each line is labelled in words. */
interface Look extends SwatchLook {
  symbol: SymbolName;
  r: number;
}

const LOOK: Record<SeriesKey, Look> = {
  area: { colour: SERIES.selected, dash: 'none', symbol: 'circle', stroke: 3.5, r: 4.5 },
  neighbours: { colour: AF.orange, dash: '8 4', symbol: 'triangle', stroke: 2.25, r: 4.5 },
  region: { colour: AF.turquoise, dash: '2 3', symbol: 'diamond', stroke: 2.5, r: 4.5 },
  england: { colour: AF.darkGrey, dash: '12 3 3 3', symbol: 'square', stroke: 2.25, r: 4, hollow: true },
};

/**
 * Series drawn back to front: the selected LA last, on top. England's hollow squares go over the region and the
 * neighbours, so where the lines meet both markers still show.
 */
const ORDER: SeriesKey[] = ['region', 'neighbours', 'england', 'area'];

interface Row {
  key: SeriesKey;
  label: string;
  i: number;
  period: string;
  periodLabel: string;
  value: number | null;
  status: Status | null;
  lo: number | null;
  hi: number | null;
  segment: number;
}

interface MarkerGroup {
  i: number;
  period: string;
  periodLabel: string;
  text: string;
}

const CHAR = 7.6; // average width of a 14px Arial character, in px
const LINE = 17; // line height of 14px text
const textWidth = (s: string, bold = false) => s.length * (bold ? 8.3 : CHAR);
const join = (parts: string[], and = 'and') => (parts.length < 2 ? parts.join('') : `${parts.slice(0, -1).join(', ')} ${and} ${parts.at(-1)}`);
const capital = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/** Words into lines of at most `max` characters (a longer word keeps its own line). */
function wrap(text: string, max: number): string[] {
  const lines: string[] = [];
  for (const word of text.split(/\s+/)) {
    const last = lines.at(-1);
    if (last !== undefined && `${last} ${word}`.length <= max) lines[lines.length - 1] = `${last} ${word}`;
    else lines.push(word);
  }
  return lines;
}

/** A round step giving about `count` ticks from 0 to `max`. */
function tickStep(max: number, count: number): number {
  const raw = max / Math.max(1, count);
  const p = 10 ** Math.floor(Math.log10(raw));
  const e = raw / p;
  return (e >= Math.sqrt(50) ? 10 : e >= Math.sqrt(10) ? 5 : e >= Math.SQRT2 ? 2 : 1) * p;
}

/** Every period from the first to the last, so a year with no data keeps its place on the axis. */
function periodsOf(t: Trend): string[] {
  const first = t.periods[0];
  const out = [t.periods.at(-1)!];
  while (comparePeriods(out[0], first) > 0 && out.length < 200) out.unshift(previousPeriod(out[0]));
  return out;
}

function rowsOf(s: TrendSeries, periods: string[]): Row[] {
  const byPeriod = new Map(s.points.map((p) => [p.period, p]));
  let segment = 0;
  return periods.map((period, i) => {
    const p = byPeriod.get(period);
    if (p) segment = p.segment;
    return {
      key: s.key, label: s.label, i, period, periodLabel: periodLabel(period),
      value: p?.value ?? null, status: p ? (p.value === null ? p.status ?? 'x' : null) : 'x',
      lo: p?.ci95?.[0] ?? null, hi: p?.ci95?.[1] ?? null, segment,
    };
  });
}

/** Breaks and boundary changes in the same period share one rule and one label. */
function markerGroups(markers: TrendMarker[], periods: string[]): MarkerGroup[] {
  const groups: MarkerGroup[] = [];
  for (const p of [...new Set(markers.map((m) => m.period))]) {
    const i = periods.indexOf(p);
    if (i < 1) continue;
    const kinds = [...new Set(markers.filter((m) => m.period === p).map((m) => m.kind))];
    groups.push({ i, period: p, periodLabel: periodLabel(p), text: capital(join(kinds)) });
  }
  return groups.sort((a, b) => a.i - b.i);
}

/** "23.97%", or why there is no figure: "not available (suppressed)". */
function say(value: number | null, m: IndicatorMeta, status: Status | null): string {
  if (value !== null && !status) return formatValue(value, m);
  return status && status !== 'x' ? `not available (${STATUS_REASON[status]})` : 'not available';
}

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
 * @csspart figure - The figure.
 * @csspart title - The title.
 * @csspart summary - The plain-English summary.
 * @csspart chart - The chart container.
 * @csspart table - The data table.
 * @fires inclusion-ready - When the chart has drawn; detail is the trend.
 * @fires inclusion-error - When data cannot be shown; detail has `code` and `message`.
 */
export class InclusionTrend extends ChartElement<Trend> {
  static override styles = [...ChartElement.styles, legendStyles];

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
    const { data, indicator, breakdown } = resolveIn(set, this.indicator, this.breakdown);
    const years = Number.isFinite(this.years) && this.years >= 1 ? Math.floor(this.years) : 10;
    return trend(data, set.areas, { indicator, area: this.area, period: this.period || undefined, breakdown }, years);
  }

  protected heading(t: Trend): string {
    return `${t.indicator.label} over time`;
  }

  private span(t: Trend): string {
    const first = periodLabel(t.periods[0]);
    const last = periodLabel(t.periods.at(-1)!);
    return first === last ? first : `${first} to ${last}`;
  }

  protected subtitle(t: Trend): string {
    const m = t.indicator;
    const comps = t.series.filter((s) => s.key !== 'area').map((s) => (s.key === 'neighbours' ? 'statistical neighbours\' average' : s.label));
    return `${t.area.name}${t.breakdown !== m.breakdown.total ? `, ${t.breakdown}` : ''}, ${this.span(t)}${comps.length ? `, compared with ${join(comps)}` : ''}. ${capital(m.unitLabel)}.`;
  }

  protected describe(t: Trend): string {
    const m = t.indicator;
    const name = t.area.name;
    const own = t.series.find((s) => s.key === 'area')!;
    const withValue = own.points.filter((p) => p.value !== null);
    const subject = `${name}'s ${sentenceCase(m.label)}${t.breakdown !== m.breakdown.total ? ` (${t.breakdown})` : ''}`;
    const parts: string[] = [];
    const first = withValue[0];
    const latest = withValue.at(-1);
    const at = (v: number) => Number(formatNumber(v, m.decimals).replace(/,/g, ''));

    const reasons = (ps: { status: Status | null }[]) => join([...new Set(ps.map((p) => STATUS_REASON[p.status ?? 'x']))], 'or');
    let mentioned: TrendMarker[] = [];
    if (!first || !latest) {
      parts.push(`There is no figure for ${subject} in any year from ${this.span(t)} (${reasons(own.points)}).`);
    } else if (first === latest) {
      parts.push(`${subject} was ${formatValue(first.value, m)} in ${first.periodLabel}, the only year with a figure.`);
    } else {
      const between = mentioned = t.markers.filter((k) => comparePeriods(k.period, first.period) > 0 && comparePeriods(k.period, latest.period) <= 0);
      /** "rose from 11.97% in 2020/21 to 20.57% in 2024/25 (up 8.60 percentage points, worse)", or null if unchanged. */
      const moved = (a: typeof first, b: typeof first) => {
        const change = at(b.value!) - at(a.value!);
        if (change === 0) return null;
        const dir = directionOf(change, m);
        const size = `${formatNumber(Math.abs(change), m.decimals)}${m.unit === 'percent' ? ' percentage points' : ''}`;
        return `${change > 0 ? 'rose' : 'fell'} from ${formatValue(a.value, m)} in ${a.periodLabel} to ${formatValue(b.value, m)} in ${b.periodLabel} (${change > 0 ? 'up' : 'down'} ${size}${dir === 'better' || dir === 'worse' ? `, ${dir}` : ''})`;
      };
      if (between.length) {
        // No change is worked out across a break: the two ends are given, then the change since the last break.
        let s = `${subject} was ${formatValue(first.value, m)} in ${first.periodLabel} and ${formatValue(latest.value, m)} in ${latest.periodLabel}, but with ${join(between.map((k) => `a ${k.kind} in ${k.periodLabel}`))} the two are not directly comparable (see the notes).`;
        const last = between.at(-1)!;
        const since = withValue.filter((p) => comparePeriods(p.period, last.period) >= 0);
        const sinceMoved = since.length > 1 ? moved(since[0], since.at(-1)!) : null;
        if (sinceMoved) s += ` Since the ${last.kind} it ${sinceMoved}.`;
        else if (since.length > 1) s += ` Since the ${last.kind} it was the same in ${since[0].periodLabel} and ${latest.periodLabel}.`;
        parts.push(s);
      } else {
        const s = moved(first, latest);
        parts.push(s ? `${subject} ${s}.` : `${subject} was ${formatValue(first.value, m)} in both ${first.periodLabel} and ${latest.periodLabel}.`);
      }
    }

    // The latest period with an LA figure, or the last period, against the comparators.
    const period = latest?.period ?? t.periods.at(-1)!;
    const comps = t.series.filter((s) => s.key !== 'area').map((s) => {
      const p = s.points.find((x) => x.period === period);
      return { name: s.key === 'neighbours' ? 'its statistical neighbours\' average' : s.label, value: p?.value ?? null };
    }).filter((c): c is { name: string; value: number } => c.value !== null);
    if (comps.length) {
      const fig = (c: { name: string; value: number }) => `${c.name} (${formatValue(c.value, m)})`;
      if (latest) {
        const rel = (c: { value: number }) => (at(latest.value!) > at(c.value) ? 'higher than' : at(latest.value!) < at(c.value) ? 'lower than' : 'the same as');
        const groups = ['higher than', 'lower than', 'the same as'].map((r) => ({ r, cs: comps.filter((c) => rel(c) === r) })).filter((g) => g.cs.length);
        parts.push(`In ${latest.periodLabel} ${name} (${formatValue(latest.value, m)}) was ${join(groups.map((g) => `${g.r} ${join(g.cs.map(fig))}`), 'and')}.`);
      } else {
        parts.push(`In ${periodLabel(period)} ${join(comps.map((c) => `${c.name} was ${formatValue(c.value, m)}`))}.`);
      }
    }

    // Years with no LA figure, as runs ("2015/16 to 2022/23") by reason, when some years have one.
    if (withValue.length) {
      const runs: { from: Row; to: Row; status: Status }[] = [];
      for (const r of rowsOf(own, periodsOf(t))) {
        const prev = runs.at(-1);
        if (r.value !== null) continue;
        if (prev && prev.to.i === r.i - 1 && prev.status === r.status) prev.to = r;
        else runs.push({ from: r, to: r, status: r.status ?? 'x' });
      }
      for (const status of [...new Set(runs.map((r) => r.status))]) {
        const these = runs.filter((r) => r.status === status);
        const many = these.length > 1 || these[0].from !== these[0].to;
        const text = these.map((r) => (r.from === r.to ? r.from.periodLabel : `${r.from.periodLabel} to ${r.to.periodLabel}`));
        parts.push(`There ${many ? 'are no figures' : 'is no figure'} for ${join(text)} (${STATUS_REASON[status]}).`);
      }
    }
    const others = t.markers.filter((k) => !mentioned.includes(k));
    if (others.length) {
      parts.push(`The chart marks ${join(others.map((k) => `a ${k.kind} at ${k.periodLabel}`))}; see the notes.`);
    }
    return parts.join(' ');
  }

  protected override notes(t: Trend): string[] {
    const m = t.indicator;
    const own = t.series.find((s) => s.key === 'area')!;
    const notes = t.markers.map((k) => `${capital(k.kind)} (${k.periodLabel}): ${k.note}`);
    if (t.series.some((s) => s.key === 'neighbours')) {
      notes.push('The statistical neighbours\' average is the mean of those neighbours with a published figure in each year.');
    }
    if (this.intervals) {
      notes.push(own.points.some((p) => p.ci95)
        ? `The shaded band is the 95% confidence interval for ${t.area.name}, shown for years where the numbers behind the percentage are published.`
        : `No confidence interval can be shown for ${t.area.name}: the numbers behind this figure are not published.`);
    }
    if (m.suppression && own.points.some((p) => p.status === 'c')) notes.push(m.suppression);
    return notes;
  }

  protected override sources(t: Trend) {
    return [t.indicator];
  }

  protected table(t: Trend) {
    const m = t.indicator;
    const periods = periodsOf(t);
    const rows = t.series.map((s) => rowsOf(s, periods));
    const own = rows[0];
    const showCi = this.intervals && own.some((r) => r.lo !== null);
    const groups = markerGroups(t.markers, periods);
    const columns: TableColumn[] = [
      { key: 'period', label: 'Period' },
      ...t.series.map((s) => ({ key: s.key, label: s.label, numeric: true })),
    ];
    if (showCi) columns.push({ key: 'lo', label: 'Lower 95% limit', numeric: true }, { key: 'hi', label: 'Upper 95% limit', numeric: true });
    if (groups.length) columns.push({ key: 'note', label: 'Note' });
    const body = periods.map((p, i): TableCell[] => {
      const cells = [textCell(periodLabel(p), p), ...rows.map((r) => valueCell(r[i].value, m, r[i].status))];
      if (showCi) cells.push(...[own[i].lo, own[i].hi].map((v) => (v === null ? textCell('', null) : valueCell(v, m))));
      if (groups.length) cells.push(textCell(groups.find((g) => g.i === i)?.text ?? ''));
      return cells;
    });
    return makeTable(`${m.label}, ${t.area.name} and comparators, ${this.span(t)} (${m.unitLabel})`, columns, body);
  }

  protected override jumpsBy(): string {
    return 'from one line to the next';
  }

  protected override acrossBy(): string {
    return 'to the same year on the next or previous line';
  }

  protected draw(t: Trend, width: number): Drawing {
    const m = t.indicator;
    const periods = periodsOf(t);
    const n = periods.length;
    const labels = periods.map(periodLabel);
    const all = t.series.map((s) => ({ s, look: LOOK[s.key], rows: rowsOf(s, periods) }));
    const own = all.find((x) => x.s.key === 'area')!;
    const band = this.intervals ? own.rows.filter((r) => r.lo !== null && r.hi !== null && r.value !== null) : [];
    const groups = markerGroups(t.markers, periods);

    // y: from 0, with round ticks; the scale is worked out here so labels can be placed before drawing.
    const plotH = Math.round(Math.max(200, Math.min(340, width * 0.45)));
    const maxValue = Math.max(0, ...all.flatMap((x) => x.rows.map((r) => r.value ?? 0)), ...band.map((r) => r.hi ?? 0));
    const step = tickStep(maxValue || 1, Math.max(3, Math.round(plotH / 55)));
    const yMax = Math.max(step, Math.ceil(maxValue / step - 1e-9) * step);
    const ticks = Array.from({ length: Math.round(yMax / step) + 1 }, (_, k) => Number((k * step).toPrecision(12)));
    const tickText = (d: number) => formatTick(d, m);
    const marginLeft = Math.ceil(Math.max(...ticks.map((d) => textWidth(tickText(d))))) + 14;

    // Top margin: the unit (wrapped to fit), then rows of break labels, nearest the plot first.
    const unitLines = wrap(capital(m.unitLabel), Math.max(10, Math.floor((width - 4) / CHAR)));
    const inset = 14;
    const xTickW = Math.max(...labels.map((l) => textWidth(l))) + 12;

    // End labels, or a legend below when they would not fit.
    const ends = all.map((x) => {
      const last = [...x.rows].reverse().find((r) => r.value !== null);
      return { x, last, lines: wrap(x.s.label, 22), bold: x.s.key === 'area' };
    }).filter((e): e is typeof e & { last: Row } => !!e.last);
    const endW = Math.ceil(Math.max(0, ...ends.flatMap((e) => e.lines.map((l) => textWidth(l, e.bold))))) + 34;
    // Where the LA has no figure at all, say so above the plot rather than over the lines.
    const noFigures = ends.some((e) => e.x === own) ? [] : wrap(
      `No figures for ${own.s.label} (${join([...new Set(own.rows.map((r) => STATUS_REASON[r.status ?? 'x']))], 'or')})`,
      Math.max(10, Math.floor((width - 4) / 8.3)),
    );
    const headLines = unitLines.length + noFigures.length;
    const plotTopFor = (rows: number) => headLines * LINE + (noFigures.length ? 4 : 0) + (rows ? rows * LINE + 6 : 0) + 12;

    // Break labels go in rows so they never overlap; their x depends on the margins, so place them per layout.
    const layout = (marginRight: number) => {
      const plotW = width - marginLeft - marginRight - 2 * inset;
      const lo = n > 1 ? 0 : -1;
      const hi = n > 1 ? n - 1 : 1;
      const px = (i: number) => marginLeft + inset + ((i - lo) / (hi - lo)) * plotW;
      const rowsEnd: number[] = [];
      const placed = groups.map((g) => {
        const w = textWidth(g.text);
        const left = Math.min(Math.max(px(g.i - 0.5) - w / 2, 2), width - w - 2);
        let row = rowsEnd.findIndex((end) => end + 10 <= left);
        if (row < 0) row = rowsEnd.push(0) - 1;
        rowsEnd[row] = left + w;
        return { ...g, left, row };
      });
      return { plotW, lo, hi, px, placed, rows: rowsEnd.length };
    };

    const directFits = width - marginLeft - endW >= Math.max(360, width * 0.55);
    let direct = directFits;
    let marginRight = direct ? endW : Math.max(10, Math.ceil(xTickW / 2 - inset + 4));
    let lay = layout(marginRight);
    let marginTop = plotTopFor(lay.rows);
    const yPx = (v: number) => marginTop + plotH * (1 - v / yMax);
    const yData = (py: number) => yMax * (1 - (py - marginTop) / plotH);

    // Dodge the end labels apart vertically; fall back to the legend if they cannot fit beside the plot.
    let endPos: { top: number; h: number }[] = [];
    if (direct) {
      const sorted = [...ends].sort((a, b) => yPx(a.last.value!) - yPx(b.last.value!));
      const pos = sorted.map((e) => ({ e, h: e.lines.length * 16, top: yPx(e.last.value!) - (e.lines.length * 16) / 2 }));
      for (let k = 1; k < pos.length; k++) pos[k].top = Math.max(pos[k].top, pos[k - 1].top + pos[k - 1].h + 2);
      let limit = marginTop + plotH + 8;
      for (let k = pos.length - 1; k >= 0; k--) {
        if (pos[k].top + pos[k].h > limit) pos[k].top = limit - pos[k].h;
        limit = pos[k].top - 2;
      }
      if (pos.length && pos[0].top < marginTop - 8) direct = false;
      else endPos = ends.map((e) => pos.find((p) => p.e === e)!);
    }
    if (!direct && directFits) {
      marginRight = Math.max(10, Math.ceil(xTickW / 2 - inset + 4));
      lay = layout(marginRight);
      marginTop = plotTopFor(lay.rows);
    }
    const xData = (p: number) => lay.lo + ((p - marginLeft - inset) / lay.plotW) * (lay.hi - lay.lo);

    // x ticks: every k-th year, counted back from the latest, so labels never overlap.
    const spacing = n > 1 ? lay.plotW / (n - 1) : lay.plotW;
    const every = Math.max(1, Math.ceil(xTickW / spacing));
    const xTicks = periods.map((_, i) => i).filter((i) => (n - 1 - i) % every === 0);

    const marks: Plot.Markish[] = [];
    // The confidence band (and a bar where a year's interval has no neighbour in its segment).
    if (band.length) {
      marks.push(Plot.areaY(own.rows, {
        x: 'i', y1: (r: Row) => (r.value === null ? null : r.lo), y2: (r: Row) => (r.value === null ? null : r.hi), z: 'segment',
        fill: SERIES.selected, fillOpacity: 0.16, className: 'ci-band',
      }));
      const alone = band.filter((r) => !band.some((o) => o.segment === r.segment && Math.abs(o.i - r.i) === 1));
      if (alone.length) marks.push(Plot.ruleX(alone, { x: 'i', y1: 'lo', y2: 'hi', stroke: SERIES.selected, strokeOpacity: 0.5, strokeWidth: 6, className: 'ci-band' }));
    }
    marks.push(Plot.ruleY([0], { stroke: GOVUK.text }));
    // Series breaks and boundary changes: a dashed rule between the two years, labelled above the plot.
    if (lay.placed.length) {
      marks.push(Plot.ruleX(lay.placed, { x: (g: MarkerGroup) => g.i - 0.5, stroke: GOVUK.secondaryText, strokeWidth: 1.5, strokeDasharray: '5 4', insetTop: -4, className: 'markers' }));
      for (let row = 0; row < lay.rows; row++) {
        marks.push(Plot.text(lay.placed.filter((g) => g.row === row), {
          x: (g: { left: number }) => xData(g.left), frameAnchor: 'top', dy: -8 - row * LINE, text: 'text', textAnchor: 'start', lineAnchor: 'bottom',
          fill: GOVUK.text, className: 'marker-labels',
        }));
      }
    }
    for (const key of ORDER) {
      const x = all.find((a) => a.s.key === key);
      if (!x) continue;
      const { look, rows } = x;
      marks.push(Plot.lineY(rows, {
        x: 'i', y: 'value', z: 'segment', stroke: look.colour, strokeWidth: look.stroke, strokeDasharray: look.dash === 'none' ? undefined : look.dash,
        strokeLinecap: 'butt', className: `line-${key}`,
      }));
      marks.push(Plot.dot(rows.filter((r) => r.value !== null), {
        x: 'i', y: 'value', r: look.r, symbol: look.symbol,
        fill: look.hollow ? GOVUK.white : look.colour, stroke: look.hollow ? look.colour : GOVUK.white, strokeWidth: look.hollow ? 2 : 1.25,
        className: key === 'area' ? 'area-points' : `points-${key}`,
      }));
    }
    // The unit, above the y axis.
    marks.push(Plot.text([unitLines.join('\n')], {
      text: (d: string) => d, frameAnchor: 'top-left', dx: -marginLeft + 2, dy: -marginTop + 2, textAnchor: 'start', lineAnchor: 'top', lineHeight: LINE / 14,
      fill: GOVUK.text, className: 'unit-label',
    }));
    if (noFigures.length) {
      marks.push(Plot.text([noFigures.join('\n')], {
        text: (d: string) => d, frameAnchor: 'top-left', dx: -marginLeft + 2, dy: -marginTop + 6 + unitLines.length * LINE, textAnchor: 'start',
        lineAnchor: 'top', lineHeight: LINE / 14, fill: GOVUK.text, fontWeight: 'bold', className: 'no-figures',
      }));
    }
    if (direct) {
      const lastX = lay.px(n - 1);
      const labelled = ends.map((e, k) => ({ e, ...endPos[k] }));
      type Labelled = (typeof labelled)[number];
      for (const bold of [false, true]) {
        marks.push(Plot.text(labelled.filter((d) => d.e.bold === bold), {
          x: xData(lastX + 30), y: (d: Labelled) => yData(d.top), text: (d: Labelled) => d.e.lines.join('\n'),
          textAnchor: 'start', lineAnchor: 'top', lineHeight: 16 / 14, fill: GOVUK.text, fontWeight: bold ? 'bold' : 'normal',
          className: 'end-labels',
        }));
      }
      const leaders = labelled.filter((d) => d.e.last.i === n - 1);
      marks.push(Plot.link(leaders, {
        x1: xData(lastX + 8), y1: (d: Labelled) => d.e.last.value!, x2: xData(lastX + 26), y2: (d: Labelled) => yData(d.top + d.h / 2),
        stroke: (d: Labelled) => d.e.x.look.colour, strokeWidth: 1.5, className: 'leaders',
      }));
    }

    const svg = Plot.plot({
      width,
      height: marginTop + plotH + 34,
      marginLeft,
      marginRight,
      marginTop,
      marginBottom: 34,
      style: { fontSize: '14px', background: 'transparent', overflow: 'visible' },
      x: { type: 'linear', domain: [lay.lo, lay.hi], inset, ticks: xTicks, tickFormat: (i: number) => labels[i] ?? '', tickSize: 5, label: null },
      y: { domain: [0, yMax], ticks, tickFormat: tickText, grid: true, label: null, tickSize: 0, tickPadding: 6 },
      marks,
    }) as SVGSVGElement;

    // Each LA point carries its period, so tests and styles can find a year.
    const ownDrawn = own.rows.filter((r) => r.value !== null);
    svg.querySelectorAll('g.area-points circle').forEach((el, k) => {
      if (ownDrawn[k]) el.setAttribute('data-period', ownDrawn[k].period);
    });

    const x = scaleOf(svg, 'x');
    const y = scaleOf(svg, 'y');
    const england = all.find((a) => a.s.key === 'england');
    const points: ChartPoint[] = [];
    for (const a of [own, ...all.filter((z) => z !== own)]) {
      for (const r of a.rows) {
        let text = `${a.s.label}, ${r.periodLabel}: ${say(r.value, m, r.status)}`;
        if (a === own && r.value !== null) {
          const extra: string[] = [];
          const e = england?.rows[r.i];
          if (e?.value != null) extra.push(`England ${formatValue(e.value, m)}`);
          if (this.intervals && r.lo !== null && r.hi !== null) extra.push(`95% confidence interval ${formatValue(r.lo, m)} to ${formatValue(r.hi, m)}`);
          if (extra.length) text += ` (${extra.join('; ')})`;
        }
        const g = groups.find((z) => z.i === r.i);
        if (g) text += `. ${g.text} before this year`;
        points.push({ x: x(r.i), y: y(r.value ?? 0), text, group: a.s.key });
      }
    }

    if (direct) return { node: svg, points };
    // A legend below: the same colour, dash and marker as each line, with its name.
    return { node: withLegend(svg, all.map((a) => ({ label: a.s.label, look: a.look, selected: a.s.key === 'area' }))), points };
  }
}
