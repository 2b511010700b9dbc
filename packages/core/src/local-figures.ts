import { ObservationsExtract, type Observation } from './extract/observations';
import type { FoundIndicator } from './extract-set';
import type { IndicatorMeta } from './indicators';

/** Shown on every chart that includes an LA's own figures. */
export const LOCAL_DATA_LABEL = "Includes the local authority's own figures, which DfE has not published.";

/**
 * An LA's own (local, unpublished) figures for a national indicator, shown with DfE's published figures for every
 * other area: the published rows, with the LA's rows in place of any for the same area, period and breakdown.
 * The CLI and the elements answer a local extract beside the national data with this one function.
 */
export function withLocal(national: FoundIndicator, local: FoundIndicator): FoundIndicator {
  const id = national.meta.id;
  const rows = new Map<string, Observation>();
  const key = (o: Observation) => `${o.areaCode}\u0000${o.period}\u0000${o.breakdown}`;
  const localAreas = new Set<string>();
  for (const [data, mine] of [[national.data, false], [local.data, true]] as const) {
    const m = data.indicator(id)!;
    for (const code of data.areaCodes(id)) {
      for (const b of m.breakdown.values) {
        for (const o of data.series(id, code, b)) {
          // An LA's file replaces its own figures only: a copy of England's or a region's keeps DfE's.
          if (mine && o.level !== 'Local authority' && rows.has(key(o))) continue;
          rows.set(key(o), o);
          if (mine) localAreas.add(o.areaName);
        }
      }
    }
  }
  const l = local.meta;
  const n = national.meta;
  const meta: IndicatorMeta = {
    ...n,
    local: true,
    breakdown: { ...n.breakdown, values: [...new Set([...n.breakdown.values, ...l.breakdown.values])] },
    notes: [`${[...localAreas].join(', ')}: the LA's own unpublished figures (${l.latestRelease}), shown with DfE's published figures for every other area.`, ...l.notes, ...n.notes],
    suppression: l.suppression,
  };
  return { data: ObservationsExtract.fromRows([...rows.values()], { ...national.data.meta, indicators: [meta] }), meta, breakdown: local.breakdown ?? national.breakdown };
}
