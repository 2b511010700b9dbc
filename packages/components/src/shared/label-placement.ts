/** A label's box in SVG px, top-left corner and size. */
export interface Box {
  x: number;
  y: number;
  w: number;
  h: number;
}

/** A drawn mark a label should not hide: its centre and radius in SVG px. */
export interface Mark {
  x: number;
  y: number;
  r: number;
  /** How much hiding it costs (1 by default): the selected LA's mark costs most. */
  weight?: number;
}

const covers = (b: Box, m: Mark, pad: number) =>
  m.x + m.r + pad > b.x && m.x - m.r - pad < b.x + b.w && m.y + m.r + pad > b.y && m.y - m.r - pad < b.y + b.h;

/**
 * The index of the candidate box that hides the fewest marks (weighted), the earliest on a tie: candidates are
 * listed in order of preference, so a clear preferred place always wins.
 */
export function leastCovered(candidates: Box[], marks: Mark[], pad = 2): number {
  let best = 0;
  let bestScore = Infinity;
  candidates.forEach((b, i) => {
    let score = 0;
    for (const m of marks) if (covers(b, m, pad)) score += m.weight ?? 1;
    if (score < bestScore) {
      best = i;
      bestScore = score;
    }
  });
  return best;
}

/**
 * Centres for a row of labels (each wanted at `x`, `w` wide) so that none overlaps another or a vertical line at
 * `lineX`: each stays on its own side of the line and is pushed outwards only as far as it must be, then the row
 * is kept within [min, max].
 */
export function dodgeAround(labels: { x: number; w: number }[], lineX: number | null, min: number, max: number, gap = 6): number[] {
  const out = labels.map((l) => l.x);
  if (lineX === null) return out;
  const order = labels.map((l, i) => ({ ...l, i }));
  let limit = lineX - gap;
  for (const l of order.filter((l) => l.x <= lineX).sort((a, b) => b.x - a.x)) {
    out[l.i] = Math.max(min + l.w / 2, Math.min(l.x, limit - l.w / 2));
    limit = out[l.i] - l.w / 2 - gap;
  }
  limit = lineX + gap;
  for (const l of order.filter((l) => l.x > lineX).sort((a, b) => a.x - b.x)) {
    out[l.i] = Math.min(max - l.w / 2, Math.max(l.x, limit + l.w / 2));
    limit = out[l.i] + l.w / 2 + gap;
  }
  return out;
}
