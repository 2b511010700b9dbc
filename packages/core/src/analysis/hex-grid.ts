import { periodStart } from '../periods';
import { HEX_LAYOUT_DATA, HEX_NOTICE } from './hex-layouts';

/** A hexagon in odd-r offset coordinates: odd rows sit half a hex to the right; r counts up from the south. */
export interface HexCell {
  q: number;
  r: number;
}

export interface HexLayout {
  /** `pre-2019`, `2019`, `2021` or `2023`. */
  id: string;
  /** The first year (from April) the layout applies to; null for the earliest. */
  from: number | null;
  /** Which boundaries, in words. */
  label: string;
  /** Each LA's hex, keyed by its 3-digit LA number. */
  hexes: ReadonlyMap<string, HexCell>;
  notice: string;
}

export type HexDirection = 'left' | 'right' | 'up' | 'down';

let parsed: HexLayout[] | null = null;

/** Every boundary set's layout, oldest first. */
export function hexLayouts(): readonly HexLayout[] {
  parsed ??= HEX_LAYOUT_DATA.map((d) => ({
    id: d.id, from: d.from, label: d.label, notice: HEX_NOTICE,
    hexes: new Map(d.hexes.split(',').map((t) => {
      const [la, q, r] = t.split(' ');
      return [la, { q: Number(q), r: Number(r) }] as const;
    })),
  }));
  return parsed;
}

/**
 * The layout for a period's boundaries. Boundary changes take effect in April (Bournemouth, Christchurch and Poole
 * 2019; North and West Northamptonshire 2021; Cumberland, and Westmorland and Furness 2023), and DfE publishes an
 * academic year (`202324`) or a calendar year (`2023`) on the boundaries in force as it starts: the year a period
 * starts in picks the layout.
 */
export function layoutFor(period: string): HexLayout {
  const year = periodStart(period);
  const all = hexLayouts();
  return [...all].reverse().find((l) => l.from === null || year >= l.from) ?? all[0];
}

/** The column a hex's centre sits in, in hex widths: odd rows are shifted right by half. */
export const hexColumn = (h: HexCell): number => h.q + (h.r & 1 ? 0.5 : 0);

/** Centre of a pointy-top hex of circumradius 1, with y growing downwards (north at the top) from row `top`. */
export function hexCentre(h: HexCell, top: number): { x: number; y: number } {
  return { x: Math.sqrt(3) * hexColumn(h), y: 1.5 * (top - h.r) };
}

/**
 * The hex the arrow key `dir` goes to from `cells[from]`: left and right along the row to the nearest hex; up and
 * down to a touching hex in the next row, the one in the same offset column when two touch (so Up then Down comes
 * back). Past a gap (the sea, the edge of England) the first hex further on within a column of it, else the nearest
 * hex on that side; none at all: stay.
 */
export function hexStep(cells: readonly HexCell[], from: number, dir: HexDirection): number {
  const c = cells[from];
  if (!c) return from;
  if (dir === 'left' || dir === 'right') {
    const s = dir === 'right' ? 1 : -1;
    let best = from;
    let bestD = Infinity;
    cells.forEach((d, i) => {
      const dx = (d.q - c.q) * s;
      if (d.r === c.r && dx > 0 && dx < bestD) [best, bestD] = [i, dx];
    });
    return best;
  }
  const s = dir === 'up' ? 1 : -1;
  const x0 = hexColumn(c);
  const better = (i: number, j: number): boolean => {
    // Nearer column first; on a tie the hex in the same offset column, then the one to the right.
    const [a, b] = [cells[i], cells[j]];
    const da = Math.abs(hexColumn(a) - x0);
    const db = Math.abs(hexColumn(b) - x0);
    if (da !== db) return da < db;
    if ((a.q === c.q) !== (b.q === c.q)) return a.q === c.q;
    return hexColumn(a) > hexColumn(b);
  };
  const rows = cells.map((d) => (d.r - c.r) * s).filter((k) => k > 0);
  const last = rows.length ? Math.max(...rows) : 0;
  for (let k = 1; k <= last; k++) {
    let best = -1;
    cells.forEach((d, i) => {
      if ((d.r - c.r) * s !== k || Math.abs(hexColumn(d) - x0) > 1) return;
      if (best < 0 || better(i, best)) best = i;
    });
    if (best >= 0) return best;
  }
  // Nothing in the cone: the nearest hex on that side, by distance on the page.
  let best = -1;
  let bestD = Infinity;
  cells.forEach((d, i) => {
    const dy = (d.r - c.r) * s;
    if (dy <= 0) return;
    const dist = Math.hypot(Math.sqrt(3) * (hexColumn(d) - x0), 1.5 * dy);
    if (dist < bestD) [best, bestD] = [i, dist];
  });
  return best >= 0 ? best : from;
}
