// The declarative form of a source: what one DfE file gives, read by one generic reader (read.ts).
// A new year of data is a new file and an edited entry; no code changes.
import type { IndicatorMeta, PeriodQualifier } from '@inclusion-dashboard/core';

/** Keep rows whose column holds one of these values (after trimming). */
export type Where = Record<string, string | string[]>;

/** Keep periods in [from, before) (EES codes, compared as text within one form). */
export interface PeriodFilter {
  from?: string;
  before?: string;
}

/**
 * Where a row's breakdown value comes from: a fixed value ("Total"), or a column, optionally mapped
 * (a value the map does not list, or maps to null, drops the row).
 */
export type BreakdownRule = string | { column: string; map?: Record<string, string | null> };

/** Metadata for an indicator that has no hand-written entry (see catalogue.ts for those). */
export type GeneratedMeta = Omit<IndicatorMeta, 'id' | 'breaks' | 'notes' | 'coverage' | 'breakdown' | 'latestRelease' | 'source' | 'decimals' | 'theme'> &
  Partial<Pick<IndicatorMeta, 'breaks' | 'notes' | 'coverage' | 'decimals' | 'theme'>> & {
    /** The breakdown dimension ("Phase", "Setting") and the value meaning "all" (default "Total"). */
    dimension?: string;
    total?: string;
  };

export interface IndicatorRead {
  /** A curated indicator's id, or the id of the indicator this entry generates. */
  id: string;
  /** Only for generated indicators: their wording. */
  meta?: GeneratedMeta;
  where?: Where;
  periods?: PeriodFilter;
  breakdown: BreakdownRule;
  /**
   * One indicator per value of `column` (e.g. EES's breakdown_topic): rows with `total` there give the
   * "Total" breakdown of each, rows with another value give that indicator the breakdown `by` holds.
   * Ids get `-by-<topic>`; labels get " by <topic>".
   */
  split?: { column: string; total: string; by: string; skip?: string[] };
  /** The column holding the figure (unless `melt` gives one column per breakdown value). */
  value: string;
  /** A wide file: breakdown value → the column holding it (e.g. one column per placement type). */
  melt?: Record<string, string>;
  numerator?: string;
  denominator?: string;
  /**
   * A rate the pipeline computes (per `per` of the denominator), which DfE did not publish: it is derived,
   * so small-number suppression applies. `value` then names the count column.
   */
  rate?: { per: number; denominator: { file: string; note: string } };
  /** The figures are our derivation, not DfE's (subject to small-number suppression). */
  derived?: boolean;
}

/** One DfE file and everything read from it. */
export interface SourceEntry {
  /** How messages name this entry. */
  name: string;
  /** Path under the data folder. */
  file: string;
  /** The file declaring this entry, for messages (default packages/pipeline/src/sources.ts). */
  declaredIn?: string;
  /** The release, for the indicators this file generates. */
  source?: IndicatorMeta['source'];
  latestRelease?: string;
  /** The column holding the EES period, and geography columns: the EES defaults unless said. */
  where?: Where;
  periods?: PeriodFilter;
  /** Provisional figures: every period of the file ('all': in-year statistics), or the periods named. */
  provisional?: 'all' | string[];
  /** A column saying, row by row, whether the figures are provisional or revised (EES's "version"). */
  version?: { column: string; map: Record<string, PeriodQualifier> };
  /** Notes for every indicator this file generates (e.g. "Provisional figures"). */
  notes?: string[];
  /** Theme and search topic for the indicators this file generates. */
  theme?: string;
  topic?: string;
  yearType?: string;
  breaks?: IndicatorMeta['breaks'];
  /** The file's own column descriptions (EES .meta.csv), used for generated labels. */
  metaCsv?: string;
  indicators: IndicatorRead[];
}
