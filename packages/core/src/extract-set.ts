import type { AreaDirectory } from './area-directory';
import type { Catalogue } from './catalogue';
import { withLocal } from './local-figures';
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

  private readonly merged = new Map<string, FoundIndicator>();

  get indicators(): IndicatorMeta[] {
    return this.extracts.flatMap((e) => e.meta.indicators);
  }

  /**
   * By indicator id, or by LAIT measure code (e.g. `TotFixedEx`) so LAIT users need no lookup table. A local
   * extract's indicator with the id of a published one is answered from both (see `withLocal`).
   */
  find(id: string): FoundIndicator | undefined {
    const q = id.trim().toLowerCase();
    const byId = (this.byId ??= this.index()).get(q) ?? [];
    const local = byId.find((f) => f.meta.local);
    const published = byId.find((f) => !f.meta.local);
    if (local && published) {
      let merged = this.merged.get(q);
      if (!merged) this.merged.set(q, (merged = withLocal(published, local)));
      return merged;
    }
    if (byId.length) return byId[0];
    for (const data of this.extracts) {
      for (const meta of data.meta.indicators) {
        for (const [breakdown, code] of Object.entries(meta.lait ?? {})) {
          if (code.toLowerCase() === q) return { data, meta, breakdown };
        }
      }
    }
    return undefined;
  }

  /**
   * Every indicator by lower-case id, built on first use: a spine of 475 indicators, and the check of its figures,
   * each looked every one up by scanning every extract, 100 ms at 4x CPU. LAIT codes, asked for rarely, are looked
   * for in turn.
   */
  private byId?: Map<string, FoundIndicator[]>;
  private index(): Map<string, FoundIndicator[]> {
    const ids = new Map<string, FoundIndicator[]>();
    for (const data of this.extracts) {
      for (const meta of data.meta.indicators) {
        const k = meta.id.toLowerCase();
        ids.set(k, [...(ids.get(k) ?? []), { data, meta }]);
      }
    }
    return ids;
  }

  /** Every id and LAIT code, for "did you mean" messages. */
  names(): string[] {
    const listed = this.catalogue?.indicators ?? this.indicators;
    return listed.flatMap((m) => [m.id, ...Object.values(m.lait ?? {})]);
  }
}
