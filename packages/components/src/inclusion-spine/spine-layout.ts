import {
  qualifierKey, sentenceCase, spineCells, spineDetails, spineMark, spineVerdictText, verdictLabel,
  type SpineChart, type SpineMark, type SpineRow,
} from '@inclusion-dashboard/core';
import { LINE, wrap } from '../shared/text-layout';

/** Pure layout of the spine chart (no DOM): where every text, key glyph and row goes for a width and a text measurer. */

export type Drawn = Exclude<SpineMark, 'missing'>;
export const ORDER: Drawn[] = ['better', 'similar', 'worse', 'higher', 'lower', 'not compared'];
type Measure = (s: string) => number;

export interface TextItem {
  x: number;
  y: number;
  lines: string[];
  anchor?: 'start' | 'middle' | 'end';
  bold?: boolean;
  secondary?: boolean;
  /** `top` (default): y is the top of the first line; `middle`: the block is centred on y. */
  valign?: 'top' | 'middle';
}

export interface Placed {
  row: SpineRow;
  mark: SpineMark;
  top: number;
  height: number;
  cy: number;
}

export interface KeyGlyph {
  kind: 'marker' | 'england' | 'iqr' | 'range' | 'qualifier';
  mark?: Drawn;
  /** A qualifier's mark (`[p]`), drawn as bold text where the other entries have a glyph. */
  text?: string;
  x: number;
  y: number;
}

export interface SpineLayout {
  texts: TextItem[];
  keyGlyphs: KeyGlyph[];
  placed: Placed[];
  /** The rule under the column headings. */
  headRule: number;
  height: number;
  /** x of a position from 0 (worst) to 1 (best). */
  sx: (p: number) => number;
}

const clamp = (v: number, lo: number, hi: number) => Math.max(lo, Math.min(hi, v));
const COLS = [
  { label: 'Period', w: 64, anchor: 'start' as const },
  { label: '', w: 80, anchor: 'end' as const },
  { label: 'England', w: 76, anchor: 'end' as const },
  { label: 'Rank, band', w: 104, anchor: 'end' as const },
];
const COL_GAP = 14;
const INSET = 10; // room for a marker at either end of a spine
const PAD_Y = 8;
const SPINE_H = 30;

interface Columns {
  layout: 'wide' | 'medium' | 'narrow';
  labelW: number;
  sx0: number;
  sx1: number;
  colX: number[];
}

/** The spine's span and the number columns: wide (columns at the right), medium (label left) or narrow (stacked). */
export function spineColumns(width: number): Columns {
  const layout = width >= 880 ? 'wide' : width >= 560 ? 'medium' : 'narrow';
  const numW = layout === 'wide' ? COLS.reduce((a, c) => a + c.w, 0) + COL_GAP * COLS.length : 0;
  const labelW = layout === 'wide' ? clamp(width * 0.26, 170, 300) : layout === 'medium' ? clamp(width * 0.32, 150, 260) : width;
  const sx0 = layout === 'narrow' ? INSET : labelW + 16 + INSET;
  const sx1 = width - numW - INSET;
  const colX: number[] = [];
  let x = sx1 + INSET + COL_GAP;
  for (const c of COLS) {
    colX.push(c.anchor === 'end' ? x + c.w : x);
    x += c.w + COL_GAP;
  }
  return { layout, labelW, sx0, sx1, colX };
}

/** The key: each verdict shown, then the parts of a spine, flowing along lines (long items wrap, never cut). */
function layoutKey(m: SpineChart, width: number, measure: Measure, texts: TextItem[]): { glyphs: KeyGlyph[]; bottom: number } {
  const used = new Set(m.rows.map(spineMark));
  const items: { kind: KeyGlyph['kind']; mark?: Drawn; glyph?: string; text: string }[] = [
    ...ORDER.filter((c) => used.has(c)).map((c) => ({ kind: 'marker' as const, mark: c, text: `${m.area.name}: ${sentenceCase(verdictLabel({ comparison: c, reason: null }))}` })),
    { kind: 'england', text: 'England' },
    { kind: 'iqr', text: 'Middle half of local authorities' },
    { kind: 'range', text: 'Worst to best local authority' },
    // The marks after a row's period: what "[p]" and "[r]" stand for, where a row has one.
    ...qualifierKey(m.rows).map((q) => ({ kind: 'qualifier' as const, glyph: q.mark, text: q.text })),
  ];
  const glyphs: KeyGlyph[] = [];
  let x = 0;
  let y = 4;
  let rowH = 24;
  for (const k of items) {
    const lines = wrap(k.text, width - 28, measure);
    const w = 28 + Math.max(...lines.map(measure));
    if (x > 0 && x + w > width) {
      x = 0;
      y += rowH;
      rowH = 24;
    }
    glyphs.push({ kind: k.kind, mark: k.mark, text: k.glyph, x: x + 10, y: y + 9 });
    texts.push({ x: x + 26, y: y + 9 - LINE / 2, lines });
    rowH = Math.max(rowH, lines.length * LINE + 6);
    x += w + 18;
  }
  return { glyphs, bottom: y + rowH + 8 };
}

/** Column headings; returns where the rows start. */
function layoutHeadings(m: SpineChart, c: Columns, top: number, measureBold: Measure, texts: TextItem[]): number {
  const sx = (p: number) => c.sx0 + p * (c.sx1 - c.sx0);
  let h = LINE;
  if (c.layout !== 'narrow') texts.push({ x: 0, y: top, lines: ['Indicator'], bold: true });
  texts.push({ x: c.sx0 - INSET, y: top, lines: ['\u2190 Worse'], bold: true });
  texts.push({ x: sx(0.5), y: top, lines: ['England'], bold: true, anchor: 'middle' });
  texts.push({ x: c.sx1 + INSET, y: top, lines: ['Better \u2192'], bold: true, anchor: 'end' });
  if (c.layout === 'wide') {
    COLS.forEach((col, i) => {
      const lines = wrap(col.label || m.area.name, col.w, measureBold);
      texts.push({ x: c.colX[i], y: top, lines, bold: true, anchor: col.anchor });
      h = Math.max(h, lines.length * LINE);
    });
  }
  return top + h + 6;
}

/** One row's texts; returns its height and the centre line of its spine. */
function layoutRow(m: SpineChart, row: SpineRow, c: Columns, top: number, width: number, measure: Measure, measureBold: Measure, texts: TextItem[]): { height: number; cy: number } {
  const name = m.area.name;
  const cmpText = spineVerdictText(row, name);
  if (c.layout === 'narrow') {
    const label = wrap(row.indicator.label, width, measureBold);
    texts.push({ x: 0, y: top + PAD_Y, lines: label, bold: true });
    const cy = top + PAD_Y + label.length * LINE + SPINE_H / 2;
    const detail = wrap(`${cmpText}. ${spineDetails(row, name)}`, width, measure);
    texts.push({ x: 0, y: cy + SPINE_H / 2, lines: detail, secondary: true });
    return { height: PAD_Y + label.length * LINE + SPINE_H + detail.length * LINE + PAD_Y, cy };
  }
  const label = wrap(row.indicator.label, c.labelW, measure);
  const cmpLines = wrap(cmpText, c.labelW, measure);
  texts.push({ x: 0, y: top + PAD_Y, lines: label });
  texts.push({ x: 0, y: top + PAD_Y + label.length * LINE, lines: cmpLines, secondary: true });
  const left = (label.length + cmpLines.length) * LINE;
  if (c.layout === 'wide') {
    const height = PAD_Y * 2 + Math.max(left, SPINE_H);
    const cy = top + height / 2;
    // The period wraps its mark ("2024/25 [p]") under it; the row is at least two lines high.
    spineCells(row).forEach((t, i) => texts.push({ x: c.colX[i], y: cy, lines: i === 0 ? wrap(t, COLS[i].w, measure) : [t], anchor: COLS[i].anchor, valign: 'middle' }));
    return { height, cy };
  }
  const detail = wrap(spineDetails(row, name), c.sx1 - c.sx0 + 2 * INSET, measure);
  const cy = top + PAD_Y + SPINE_H / 2;
  texts.push({ x: c.sx0 - INSET, y: cy + SPINE_H / 2, lines: detail, secondary: true });
  return { height: PAD_Y * 2 + Math.max(left, SPINE_H + detail.length * LINE), cy };
}

/** The whole layout: key, headings, then a row per indicator. */
export function layoutSpine(m: SpineChart, width: number, measure: Measure, measureBold: Measure): SpineLayout {
  return layoutSpineSteps(m, width, measure, measureBold).next().value as SpineLayout;
}

/** The same layout, pausing after every `rows` rows: a long spine laid out over several turns of the page. */
export function* layoutSpineSteps(m: SpineChart, width: number, measure: Measure, measureBold: Measure, rows = Infinity): Generator<void, SpineLayout> {
  const c = spineColumns(width);
  const texts: TextItem[] = [];
  const key = layoutKey(m, width, measure, texts);
  const headRule = layoutHeadings(m, c, key.bottom, measureBold, texts);
  let y = headRule;
  const placed: Placed[] = [];
  for (const row of m.rows) {
    if (placed.length && placed.length % rows === 0) yield;
    const top = y;
    const { height, cy } = layoutRow(m, row, c, top, width, measure, measureBold, texts);
    y = top + height;
    placed.push({ row, mark: spineMark(row), top, height, cy });
  }
  return { texts, keyGlyphs: key.glyphs, placed, headRule, height: Math.ceil(y + 2), sx: (p) => c.sx0 + p * (c.sx1 - c.sx0) };
}

/** One part of a spine drawn on its own: its rows, texts, key glyphs and row rules, from its own top (`y0`). */
export interface SpineSlice {
  y0: number;
  y1: number;
  placed: Placed[];
  texts: TextItem[];
  keyGlyphs: KeyGlyph[];
  rules: number[];
}

/**
 * The layout cut between rows into parts of at most `rows` rows (the first, `first`), each shifted to start at 0;
 * the first part keeps the key and headings above the rows. Drawn part by part, then stacked at each part's `y0`,
 * it is the same drawing.
 */
export function spineSlices(l: SpineLayout, rows: number, first = rows): SpineSlice[] {
  const cuts = [0];
  for (let k = first; k < l.placed.length; k += rows) cuts.push(l.placed[k].top);
  cuts.push(l.height);
  const parts: SpineSlice[] = cuts.slice(0, -1).map((y0, i) => ({ y0, y1: cuts[i + 1], placed: [], texts: [], keyGlyphs: [], rules: [] }));
  // Each item to the part it starts in (the last also takes anything below it), by binary search: filtering every
  // item for each part was 27 ms of the first draw of a spine of every indicator at 4x CPU.
  const partOf = (y: number): SpineSlice | undefined => {
    if (y < 0) return undefined;
    let lo = 0;
    let hi = parts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (cuts[mid] <= y) lo = mid;
      else hi = mid - 1;
    }
    return parts[lo];
  };
  for (const p of l.placed) {
    const s = partOf(p.top);
    s?.placed.push({ ...p, top: p.top - s.y0, cy: p.cy - s.y0 });
  }
  for (const t of l.texts) {
    const s = partOf(t.y);
    s?.texts.push({ ...t, y: t.y - s.y0 });
  }
  for (const k of l.keyGlyphs) {
    const s = partOf(k.y);
    s?.keyGlyphs.push({ ...k, y: k.y - s.y0 });
  }
  for (const y of [l.headRule, ...l.placed.map((p) => p.top + p.height)]) {
    const s = partOf(y);
    s?.rules.push(y - s.y0);
  }
  return parts;
}
