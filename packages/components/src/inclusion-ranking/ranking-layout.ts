import {
  definite, formatTick, hasValue, formatValue, funnelCurves, rankingAxisTitle, rankingSelectedDetail, type Band, type RankingChart, type RankingRow,
} from '@inclusion-dashboard/core';
import { dodgeAround } from '../shared/label-placement';
import { wrap } from '../shared/text-layout';

/** Pure layout of the ranking strip and the funnel's frame (no DOM), for a width and a text measurer. */

type Measure = (s: string) => number;
const BANDS: Band[] = ['A', 'B', 'C', 'D'];
export const ROW_H = 20;
export const LABEL_TOP = 8;

/** Pixels per line of the selected LA's label (Plot draws 14px text one em apart; a little more for descenders). */
const LABEL_LINE = 17;

/**
 * Lines of at most `width`, broken after a comma where it can be ("7.28%, rank 124 of 153," / "band D"), so a
 * part is never split from its number; a part too long for a line alone is wrapped at its spaces.
 */
export function wrapAtCommas(text: string, width: number, measure: Measure): string[] {
  const lines: string[] = [];
  let line = '';
  for (const part of text.split(', ')) {
    const next = line ? `${line}, ${part}` : part;
    if (!line || measure(`${next},`) <= width) line = next;
    else {
      lines.push(`${line},`);
      line = part;
    }
  }
  if (line) lines.push(line);
  return lines.flatMap((l) => (measure(l) <= width ? [l] : wrap(l, width, measure)));
}

/**
 * The selected LA's label, its name over its value, rank and band, centred over `px` and kept inside the chart:
 * where the chart is too narrow (320 px, or wide text spacing) it takes more lines rather than running past the
 * edge. Null with no LA selected.
 */
export function selectedLabel(m: RankingChart, px: number, width: number, measure: Measure, measureBold: Measure) {
  const detail = rankingSelectedDetail(m);
  if (!m.ranking.selected || detail === null) return null;
  const room = width - 8;
  const lines = [...wrap(m.ranking.selected.name, room, measureBold), ...wrapAtCommas(detail, room, measure)];
  const w = Math.min(room, Math.max(...lines.map((l, i) => (i === 0 ? measureBold(l) : measure(l)))));
  const left = Math.max(4, Math.min(width - 4 - w, px - w / 2));
  return { text: lines.join('\n'), dx: left - px, height: lines.length * LABEL_LINE + 8 };
}

/** The threshold between two adjacent bands, in published units: A|B is the upper quartile when high is good. */
export function threshold(m: RankingChart, a: Band, b: Band): number | null {
  const r = m.ranking;
  if (!r.thresholds) return null;
  const [q1, q2, q3] = r.thresholds;
  const high = r.indicator.polarity === 'high';
  return [high ? q3 : q1, q2, high ? q1 : q3][Math.min(BANDS.indexOf(a), BANDS.indexOf(b))] ?? null;
}

/** The y domain: every value, England and the thresholds, padded, within 0–100 for percentages. */
export function valueDomain(m: RankingChart): [number, number] {
  const r = m.ranking;
  const ys = [...r.rows.filter(hasValue).map((x) => x.value), ...(r.england?.value != null ? [r.england.value] : []), ...(r.thresholds ?? [])];
  const lo = Math.min(...ys);
  const hi = Math.max(...ys);
  const pad = (hi - lo) * 0.04 || 1;
  const percent = r.indicator.unit === 'percent';
  return [percent ? Math.max(0, lo - pad) : lo - pad, percent ? Math.min(100, hi + pad) : hi + pad];
}

/** The ranking strip: margins, the rank axis, the band rules and labels (dodging the selected LA's leader). */
export function layoutStrip(m: RankingChart, width: number, measure: Measure, measureBold: Measure) {
  const r = m.ranking;
  const meta = r.indicator;
  const of = Math.max(r.of, 1);
  const narrow = width < 480;
  const domainY = valueDomain(m);
  const marginLeft = 8 + Math.max(...domainY.map((v) => measure(formatTick(v, meta)))) + 8;
  const marginRight = 12;
  const plotW = width - marginLeft - marginRight;
  const pos = (x: RankingRow) => m.position.get(x.area.code) ?? 0;
  const pxOf = (p: number) => marginLeft + ((p - 0.5) / of) * plotW;
  const dataOf = (px: number) => 0.5 + ((px - marginLeft) / plotW) * of;
  const sel = r.rows.find((x) => x.selected);
  const leaderPx = sel && sel.value !== null ? pxOf(pos(sel)) : null;
  const label = selectedLabel(m, leaderPx ?? marginLeft, width, measure, measureBold);
  /** Labels in one row (x in ranks), each moved aside where the selected LA's leader line would run through it. */
  const besideLeader = <T extends { x: number; w: number }>(row: T[]): (T & { labelX: number })[] => {
    const px = dodgeAround(row.map((l) => ({ x: pxOf(l.x), w: l.w })), leaderPx, 4, width - 4);
    return row.map((l, i) => ({ ...l, labelX: dataOf(px[i]) }));
  };
  const banded = !!r.thresholds && m.bands.length > 0;
  const labelH = label?.height ?? 0;
  const marginTop = LABEL_TOP + labelH + (banded ? 2 * ROW_H + 4 : 10);
  const missing = r.rows.some((x) => x.value === null);
  const marginBottom = 30 + ROW_H + (missing ? ROW_H : 0) + 4;
  const height = marginTop + marginBottom + Math.max(200, Math.min(320, Math.round(width * 0.42)));
  // The axis title keeps its arrow: the shorter form where the longer would run past the edge.
  const long = rankingAxisTitle(m);
  const axisTitle = measure(long) <= width - marginLeft - 4 ? long : rankingAxisTitle(m, { short: true });
  const step = narrow ? 50 : 25;
  const ticks = [1, ...Array.from({ length: Math.floor(of / step) }, (_, i) => (i + 1) * step)].filter((t) => t <= of);
  const boundaries = besideLeader(m.bands.slice(1).map((b, i) => {
    const value = threshold(m, m.bands[i].band, b.band);
    return { x: b.from - 0.5, value, w: value === null ? 0 : measure(formatValue(value, meta)) };
  }));
  const bandLabels = besideLeader(m.bands.map((b) => {
    const text = b.band === 'A' ? (narrow ? 'A' : 'A best') : b.band === 'D' ? (narrow ? 'D' : 'D worst') : b.band;
    return { x: (b.from + b.to) / 2, text, w: measureBold(text) };
  }));
  return {
    of, domainY, marginLeft, marginRight, marginTop, marginBottom, height, ticks, pos, sel, label, labelH, banded, boundaries, bandLabels, axisTitle,
    dotR: plotW / of >= 4 ? 3.5 : 2.5,
  };
}

/** The funnel's frame: a log axis of denominators with round ticks, the limit curves, margins and the axis title. */
export function layoutFunnel(m: RankingChart, f: NonNullable<RankingChart['funnel']>, width: number, measure: Measure, measureBold: Measure) {
  const meta = m.ranking.indicator;
  const dens = f.points.map((p) => definite(p.row.denominator, 'funnel point denominator'));
  // Below the smallest denominator, so an LA with one plan (Isles of Scilly) is not drawn on the axis.
  const d0 = Math.max(0.5, Math.min(...dens) / 1.3);
  const d1 = Math.max(...dens) * 1.3;
  // Limit curves from core, sampled evenly on the log scale.
  const curves = funnelCurves(f.p0, d0, d1);
  const vals = [...f.points.map((p) => definite(p.row.value, 'funnel point value')), f.p0];
  const edge = curves.filter((c) => c.n === curves[0].n).map((c) => c.v);
  const domainY: [number, number] = [Math.max(0, Math.min(...vals, ...edge) - 2), Math.min(100, Math.max(...vals, ...edge) + 2)];
  const marginLeft = 8 + Math.max(...domainY.map((v) => measure(formatTick(v, meta)))) + 8;
  const marginRight = 12;
  const plotW = width - marginLeft - marginRight;
  const pxOf = (n: number) => marginLeft + ((Math.log(n) - Math.log(d0)) / (Math.log(d1) - Math.log(d0))) * plotW;
  const sel = f.points.find((p) => p.row.selected);
  const label = selectedLabel(m, sel ? pxOf(definite(sel.row.denominator, 'funnel point denominator')) : marginLeft, width, measure, measureBold);
  const labelH = label?.height ?? 0;
  const marginTop = LABEL_TOP + labelH + 12;
  const marginBottom = 30 + 24;
  const ticks: number[] = [];
  for (let p = 10 ** Math.floor(Math.log10(d0)); p <= d1; p *= 10) {
    for (const k of width < 480 ? [1] : [1, 2, 5]) if (p * k >= d0 && p * k <= d1) ticks.push(p * k);
  }
  const long = rankingAxisTitle(m);
  // Kept on one line: the shorter form where the longer would run past the edge.
  const axisTitle = measure(long) <= width - marginLeft - 4 ? long : rankingAxisTitle(m, { short: true });
  return {
    d0, d1, curves, domainY, marginLeft, marginRight, marginTop, marginBottom, ticks, axisTitle, sel, label, labelH,
    height: marginTop + marginBottom + Math.max(260, Math.min(360, Math.round(width * 0.5))),
  };
}
