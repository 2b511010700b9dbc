// Where the keys beyond Left and Right go among a chart's points (the keyboard controller).

/** A point the keyboard can visit: where it is drawn (SVG units) and what is announced. */
export interface ChartPoint {
  x: number;
  y: number;
  text: string;
  /** Page Up and Page Down jump between groups (a quartile band, a line); without one, ten points at a time. */
  group?: string;
  /** The selected area's mark, which S jumps to. */
  selected?: boolean;
  /** Its row in the table model, for T; without one, the row whose header the point's words name. */
  row?: number;
  /**
   * The mark's box, for a bar: the focus ring goes round it (a ring on the bar's end would cover its value label)
   * and a pointer anywhere on it reads it. A bar with no value has a box of no width where it would start.
   */
  box?: Box;
}

/** A rectangle in the drawing's units. */
export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** Up (−1) or Down (+1) from point `i`: the point in the same place in the previous or next group (the same year on the next line). */
export function across(points: ChartPoint[], i: number, direction: 1 | -1): number {
  if (i < 0) return 0;
  const groups: number[][] = [];
  const index = new Map<string, number>();
  points.forEach((p, k) => {
    const g = p.group ?? '';
    if (!index.has(g)) index.set(g, groups.push([]) - 1);
    groups[index.get(g)!].push(k);
  });
  const own = index.get(points[i].group ?? '')!;
  const target = groups[own + direction];
  return target ? target[Math.min(groups[own].indexOf(i), target.length - 1)] : i;
}

/** Where Page Down (+1) or Page Up (−1) goes from point `i` (−1 when none is focused yet). */
export function jump(points: ChartPoint[], i: number, direction: 1 | -1): number {
  const n = points.length;
  const group = (k: number) => points[k].group ?? String(Math.floor(k / 10));
  if (i < 0) return direction > 0 ? 0 : n - 1;
  if (direction > 0) {
    for (let k = i + 1; k < n; k++) if (group(k) !== group(i)) return k;
    return n - 1;
  }
  const start = (k: number) => { while (k > 0 && group(k - 1) === group(k)) k--; return k; };
  const own = start(i);
  return own < i ? own : own > 0 ? start(own - 1) : 0;
}

/** The point (or box) nearest (x, y) within `reach` (all in the drawing's units), or −1: what a pointer is over. */
export function nearestPoint(points: readonly ChartPoint[], x: number, y: number, reach: number): number {
  let best = -1;
  let bestD = reach;
  points.forEach((p, k) => {
    // To a box, the distance to its nearest edge (0 inside it); to a point, the straight distance.
    const b = p.box;
    const d = b ? Math.hypot(Math.max(b.x - x, 0, x - b.x - b.width), Math.max(b.y - y, 0, y - b.y - b.height)) : Math.hypot(p.x - x, p.y - y);
    if (d <= bestD) { best = k; bestD = d; }
  });
  return best;
}
