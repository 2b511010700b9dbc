/** What an extract says about each indicator it holds (schema metadata, JSON). */

export type Polarity = 'high' | 'low' | 'none';
/** A theme id: the five curated themes below, or one the catalogue declares (with its label). */
export type Theme = string;
/** `value` is anything else DfE publishes (average scores, spend, caseloads): it may be negative and has no upper bound. */
export type Unit = 'percent' | 'count' | 'rate' | 'value';

export interface SeriesBreak {
  /** The first period after the break: a line never joins this period to the one before. */
  period: string;
  note: string;
}

export interface IndicatorMeta {
  id: string;
  label: string;
  theme: Theme;
  unit: Unit;
  /** Shown after values or on axes, e.g. "% of sessions missed". */
  unitLabel: string;
  decimals: number;
  polarity: Polarity;
  definition: string;
  source: { publication: string; url: string; files: string[] };
  latestRelease: string;
  /** Which geographies carry values: `la` means LA, region and England; `national` means England only. */
  coverage: 'la' | 'national';
  /** The breakdown dimension (e.g. "Phase"); `total` is the value that means "all". */
  breakdown: { dimension: string; values: string[]; total: string };
  /** LAIT measure codes that map to this indicator, keyed by breakdown value. */
  lait?: Record<string, string>;
  breaks: SeriesBreak[];
  /**
   * How to give confidence intervals where counts are known: `wilson` for a proportion (pupils with …),
   * `none` for a rate of events (suspensions per 100 pupils can count a pupil twice).
   */
  interval?: 'wilson' | 'none';
  notes: string[];
  /** What the denominator counts, where counts are published ("new EHC plans"): the funnel plot's axis names it. */
  denominatorLabel?: string;
  /** Small-number suppression applied by the pipeline, described in words, to figures it derived. */
  suppression?: string;
  /** An LA's own figures, built from its CSV with `inclusion-dashboard extract`: not published by DfE. */
  local?: boolean;
  /** Finer grouping than the theme, for search: LAIT's topic, or the publication's. */
  topic?: string;
  /** How the periods count time, in words: "Academic year", "Financial year", "Calendar year", "As at 31 March". */
  yearType?: string;
  /** ISO dates of the source's last and next update, where the publisher states them. */
  updated?: { last?: string; next?: string };
  /** Hand-written wording (true) or generated from DfE's data dictionaries. */
  curated?: boolean;
  /**
   * Periods the publisher marks provisional, revised, final or outturn (LAIT's "(prov)", "(Rev)", "(Final)", "(OT)"
   * year labels; a provisional EES release): what is shown for a provisional or revised period says so.
   */
  qualifiers?: Record<string, PeriodQualifier>;
}

export type PeriodQualifier = 'provisional' | 'revised' | 'final' | 'outturn';
export const PERIOD_QUALIFIERS: readonly PeriodQualifier[] = ['provisional', 'revised', 'final', 'outturn'];

export const THEME_LABEL: Record<string, string> = {
  attendance: 'Attendance and absence',
  exclusions: 'Suspensions and permanent exclusions',
  ap: 'Alternative provision',
  ehcp: 'EHC plan timeliness',
  context: 'Context',
};
