import { ObservationsExtract, type AreaDirectory, type IndicatorMeta, type Observation, type Unit } from '@inclusion-dashboard/core';
import { writeObservations } from '@inclusion-dashboard/core/write';
import { DEFAULT_RULE, type DisclosureRule } from './disclosure';
import { readRecords, type Problem } from './records';
import { readMeta } from './meta-file';
import { readColumns } from './columns';
import { observe } from './observe';
import { localIndicators } from './indicator-meta';

// The stages of a local extract, each in its own file: the meta file (meta-file.ts), the data file's columns
// (columns.ts), its rows (observe.ts), the indicators' metadata (indicator-meta.ts); writing it out is here.

export interface LocalOptions {
  /** Names used in messages and in the extract's source. */
  file: string;
  metaFile: string;
  /** The national areas: LA rows are joined on old_la_code and checked against them. */
  areas?: AreaDirectory;
  /** col_name → indicator id, e.g. fixed_excl_rate → suspension-rate, so the local figure sits beside the national one. */
  ids?: Record<string, string>;
  /** The national indicator with an id, where there is one: its unit, polarity and breakdowns are matched. */
  national?: (id: string) => IndicatorMeta | undefined;
  /** rate col_name → its count columns, where the names do not say (fixed_excl_rate → fixed_excl / headcount). */
  pairs?: Record<string, { numerator: string; denominator?: string }>;
  /** The denominator of every rate not paired otherwise (e.g. headcount). */
  denominator?: string;
  /** Only these indicator columns become indicators (default: all). */
  only?: string[];
  rule?: DisclosureRule;
}

export interface LocalIndicatorSummary {
  id: string;
  column: string;
  label: string;
  unit: Unit;
  rows: number;
  suppressed: number;
  numerator: string | null;
  denominator: string | null;
  national: boolean;
}

export interface LocalExtract {
  problems: Problem[];
  warnings: string[];
  indicators: LocalIndicatorSummary[];
  observations: Observation[];
  /** The extract, or null when there are problems: an extract is only ever made from a file without any. */
  bytes: Uint8Array | null;
  rule: DisclosureRule;
}

/** Reads an LA's CSV in the open data standard with its meta file, checks it, and makes an observations extract. */
export function buildLocalExtract(csvText: string, metaText: string, opts: LocalOptions): LocalExtract {
  const rule = opts.rule ?? DEFAULT_RULE;
  const problems: Problem[] = [];
  const warnings: string[] = [];
  const p = (file: string, line: number, column: string, message: string) => problems.push({ file, line, column, message });
  const D = opts.file;
  const meta = readMeta(metaText, opts.metaFile, problems);
  const data = readRecords(csvText, D, problems);
  const columns = readColumns(data.header, meta, opts, rule, problems);
  const observed = observe(data.rows, columns, opts, rule, problems, warnings);
  const { observations } = observed;
  const { owner, indicators, summaries } = localIndicators(data.rows, columns, observed, opts, rule);

  let bytes: Uint8Array | null = null;
  if (!problems.length) {
    if (!observations.length) p(D, 0, '', 'no rows at national, regional or local authority level: there is nothing to make an extract of.');
    else {
      bytes = writeObservations(observations, {
        indicators, areas: 'areas.arrow', neighbours: 'neighbours.arrow',
        title: `${owner}: local data, not published by DfE`,
        licence: `${owner}'s own data. Not published by DfE and not official statistics; ask ${owner} before sharing it further.`,
      });
      // Read it back: an extract is only handed over once it is known to load.
      const back = new ObservationsExtract(bytes);
      if (back.rowCount !== observations.length) throw new Error(`The local extract read back ${back.rowCount} rows, not ${observations.length}.`);
    }
  }
  return { problems: problems.sort(byPlace), warnings, indicators: summaries, observations, bytes: problems.length ? null : bytes, rule };
}

const byPlace = (a: Problem, b: Problem) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0) || a.line - b.line;
