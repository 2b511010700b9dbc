import type { AreaDirectory } from '../area-directory';
import type { Area } from '../extract/areas';
import type { Observation, ObservationsExtract } from '../extract/observations';
import { ENGLAND_CODE } from '../geography';
import type { IndicatorMeta } from '../indicators';
import { atPrecision } from '../stats/compare';
import { bandInSorted, rankInSorted, type Banding } from '../stats/rank';
import type { Status } from '../status';
import { hasValue } from '../figure';

export interface AreaValue {
  code: string;
  laCode: string | null;
  name: string;
  value: number | null;
  status: Status | null;
}

export interface NeighbourGroup {
  model: string | null;
  mean: number | null;
  /** Neighbours with a value: the mean's divisor. */
  n: number;
  values: (AreaValue & { rank: number })[];
}

export { atPrecision };

export function meanOf(values: readonly number[]): number | null {
  return values.length ? values.reduce((a, b) => a + b, 0) / values.length : null;
}

const asValue = (o: Observation | undefined, fallback: Area): AreaValue =>
  o
    ? { code: o.areaCode, laCode: o.laCode, name: o.areaName, value: o.value, status: o.status }
    : { code: fallback.code, laCode: fallback.laCode, name: fallback.name, value: null, status: 'x' };

/** Cross-sections already made, per extract and area directory: many elements on a page ask for the same ones. */
const made = new WeakMap<ObservationsExtract, WeakMap<AreaDirectory, Map<string, CrossSection>>>();
/**
 * How many are kept, the least recently asked for going first: kept for as long as their extract, a spine of every
 * indicator held 470 of them (80,000 observations) for the page's life, marked again by each full garbage collection.
 */
export const CROSS_SECTIONS_KEPT = 100;
/** The kept ones, least recently asked for first, each with the map that holds it. */
const recent = new Map<CrossSection, { byKey: Map<string, CrossSection>; key: string }>();

/** Every area's figure for one indicator, period and breakdown, with the comparators derived from them. */
export class CrossSection {
  readonly rows: readonly Observation[];
  private readonly byCode: Map<string, Observation>;
  /** LA values with a figure, at published precision. */
  readonly laValues: readonly number[];
  private sorted?: number[];

  /** The same as `new CrossSection(…)`, made once per extract, areas, indicator, period and breakdown. */
  static of(data: ObservationsExtract, areas: AreaDirectory, meta: IndicatorMeta, period: string, breakdown: string): CrossSection {
    let byAreas = made.get(data);
    if (!byAreas) made.set(data, (byAreas = new WeakMap()));
    let byKey = byAreas.get(areas);
    if (!byKey) byAreas.set(areas, (byKey = new Map()));
    const key = JSON.stringify([meta.id, period, breakdown]);
    let x = byKey.get(key);
    if (!x || x.meta !== meta) {
      if (x) recent.delete(x);
      byKey.set(key, (x = new CrossSection(data, areas, meta, period, breakdown)));
    }
    recent.delete(x);
    recent.set(x, { byKey, key });
    for (const [old, at] of recent) {
      if (recent.size <= CROSS_SECTIONS_KEPT) break;
      recent.delete(old);
      if (at.byKey.get(at.key) === old) at.byKey.delete(at.key);
    }
    return x;
  }

  constructor(
    data: ObservationsExtract,
    readonly areas: AreaDirectory,
    readonly meta: IndicatorMeta,
    readonly period: string,
    readonly breakdown: string,
  ) {
    this.rows = data.cross(meta.id, period, breakdown);
    this.byCode = new Map(this.rows.map((o) => [o.areaCode, o] as const));
    this.laValues = this.rows
      .filter((o) => o.level === 'Local authority')
      .filter(hasValue)
      .map((o) => atPrecision(o.value, meta.decimals));
  }

  get(area: Area): Observation | undefined {
    return this.byCode.get(area.code);
  }

  valueOf(area: Area): AreaValue {
    return asValue(this.byCode.get(area.code), area);
  }

  england(): AreaValue | null {
    const e = this.areas.find(ENGLAND_CODE);
    return e && this.byCode.has(e.code) ? this.valueOf(e) : null;
  }

  region(area: Area): AreaValue | null {
    const r = this.areas.region(area);
    return r && this.byCode.has(r.code) ? this.valueOf(r) : null;
  }

  /** The statistical neighbours' average (the newest model, or the one named): `average` of its members. */
  neighbours(area: Area, model?: string): NeighbourGroup {
    const group = this.areas.neighbours(area, model);
    return { model: group?.model ?? null, ...this.average(group?.areas ?? []) };
  }

  /**
   * Any comparator group's average, the one way: the simple mean of the members' published values, leaving out
   * members with no value (suppressed, not collected), never counting them as 0. Neighbours and user-chosen groups
   * (named LAs, a region's LAs) both come here.
   */
  average(members: readonly { area: Area; rank: number }[]): Omit<NeighbourGroup, 'model'> {
    const values = members.map(({ area: a, rank }) => ({ ...this.valueOf(a), rank }));
    const present = values.filter(hasValue).map((v) => v.value);
    return { mean: meanOf(present), n: present.length, values };
  }

  /** LA values sorted ascending, once: ranks and bands are then binary searches, O(n log n) for every LA. */
  private ascending(): number[] {
    return (this.sorted ??= [...this.laValues].sort((a, b) => a - b));
  }

  rank(value: number | null): number | null {
    return value === null ? null : rankInSorted(atPrecision(value, this.meta.decimals), this.ascending(), this.meta.polarity);
  }

  band(value: number | null): Banding | null {
    if (value === null) return null;
    return bandInSorted(atPrecision(value, this.meta.decimals), this.ascending(), this.meta.polarity);
  }
}
