import type { AreaDirectory } from './area-directory';
import type { Catalogue } from './catalogue';
import type { ObservationsExtract } from './extract/observations';
import type { IndicatorMeta } from './indicators';

export interface FoundIndicator {
  data: ObservationsExtract;
  meta: IndicatorMeta;
  /** Set when the id was a LAIT measure code, which also fixes the breakdown. */
  breakdown?: string;
}

/**
 * Several observations extracts (e.g. one per theme, or the few indicators an element asked a catalogue for) that
 * share one set of areas. With a catalogue, `names()` lists everything the catalogue holds, so an unknown id gets
 * "did you mean" choices from the whole national list, not only from what was loaded.
 */
export class ExtractSet {
  constructor(
    readonly extracts: readonly ObservationsExtract[],
    readonly areas: AreaDirectory,
    readonly catalogue?: Catalogue,
  ) {}

  get indicators(): IndicatorMeta[] {
    return this.extracts.flatMap((e) => e.meta.indicators);
  }

  /** By indicator id, or by LAIT measure code (e.g. `TotFixedEx`) so LAIT users need no lookup table. */
  find(id: string): FoundIndicator | undefined {
    const q = id.trim().toLowerCase();
    for (const data of this.extracts) {
      const meta = data.meta.indicators.find((m) => m.id.toLowerCase() === q);
      if (meta) return { data, meta };
    }
    for (const data of this.extracts) {
      for (const meta of data.meta.indicators) {
        for (const [breakdown, code] of Object.entries(meta.lait ?? {})) {
          if (code.toLowerCase() === q) return { data, meta, breakdown };
        }
      }
    }
    return undefined;
  }

  /** Every id and LAIT code, for "did you mean" messages. */
  names(): string[] {
    const listed = this.catalogue?.indicators ?? this.indicators;
    return listed.flatMap((m) => [m.id, ...Object.values(m.lait ?? {})]);
  }
}
