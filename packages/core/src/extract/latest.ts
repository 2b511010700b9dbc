import type { IndicatorMeta } from '../indicators';
import { comparePeriods } from '../periods';
import { valueProblem } from '../validate';
import type { Observation } from './observations';
import type { AreaDirectory } from '../area-directory';
import { resolveArea } from '../analysis/query';

/**
 * The rows a latest-figures extract keeps: every row of each period that some current area (`current`: England,
 * the regions and today's LAs) shows by default in some breakdown (its latest period with a value the reader
 * accepts, or its latest row when it has none) or compares with (the row before that: the direction of travel),
 * and of the latest period of all. A benchmark or tile of a current area with no period asked for reads only these
 * rows, so it gives the same figures, ranks, averages and sentences from this file as from the whole extract
 * (packages/pipeline/test/extracts-latest.test.ts). A former LA's last figures are older: it reads the whole one.
 */
export function latestRows(rows: readonly Observation[], metas: readonly IndicatorMeta[], current: (areaCode: string) => boolean): Observation[] {
  const metaOf = new Map(metas.map((m) => [m.id, m]));
  const series = new Map<string, Observation[]>();
  for (const r of rows) {
    if (!current(r.areaCode)) continue;
    const k = `${r.indicator}\u0000${r.breakdown}\u0000${r.areaCode}`;
    const list = series.get(k);
    if (list) list.push(r);
    else series.set(k, [r]);
  }
  const shown = (o: Observation) => o.value !== null && Number.isFinite(o.value) && !valueProblem(o.value, metaOf.get(o.indicator));
  const keep = new Set<string>();
  const last = rows.reduce<string | null>((p, r) => (p === null || comparePeriods(r.period, p) > 0 ? r.period : p), null);
  if (last !== null) keep.add(last);
  for (const list of series.values()) {
    list.sort((a, b) => comparePeriods(a.period, b.period));
    let i = list.length - 1;
    while (i >= 0 && !shown(list[i])) i--;
    if (i < 0) i = list.length - 1;
    keep.add(list[i].period);
    if (i > 0) keep.add(list[i - 1].period);
  }
  return rows.filter((r) => keep.has(r.period));
}

/** Whether latest-figures extracts give `areaQuery` what the whole ones give: not for a former LA. */
export function latestServes(areas: AreaDirectory, areaQuery: string): boolean {
  try {
    return !resolveArea(areas, areaQuery).to;
  } catch {
    return true; // an unknown area is the same error from either file
  }
}
