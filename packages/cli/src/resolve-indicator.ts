import type { IndicatorMeta } from '@inclusion-dashboard/core';
import type { Loaded } from './load';

export interface ResolvedIndicator {
  loaded: Loaded;
  meta: IndicatorMeta;
  /** Set when the id was a LAIT measure code, which also fixes the breakdown. */
  breakdown?: string;
}

/** An indicator id, or a LAIT measure code (e.g. `TotFixedEx`) so LAIT users need no lookup table. */
export function resolveIndicator(id: string, extracts: Loaded[]): ResolvedIndicator | undefined {
  const q = id.trim().toLowerCase();
  for (const loaded of extracts) {
    for (const meta of loaded.data.meta.indicators) {
      if (meta.id.toLowerCase() === q) return { loaded, meta };
    }
  }
  for (const loaded of extracts) {
    for (const meta of loaded.data.meta.indicators) {
      for (const [breakdown, code] of Object.entries(meta.lait ?? {})) {
        if (code.toLowerCase() === q) return { loaded, meta, breakdown };
      }
    }
  }
  return undefined;
}

export function allIndicatorNames(extracts: Loaded[]): string[] {
  return extracts.flatMap((l) => l.data.meta.indicators.flatMap((m) => [m.id, ...Object.values(m.lait ?? {})]));
}
