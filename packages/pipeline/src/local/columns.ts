import type { IndicatorMeta, Unit } from '@inclusion-dashboard/core';
import { INDICATOR_ID } from '@inclusion-dashboard/core';
import { ruleIsOff, type DisclosureRule } from './disclosure';
import type { MetaFile, MetaRow } from './meta-file';
import type { Problem } from './records';
import { COLUMN_NAME, NATIONAL_COLUMNS, STANDARD_COLUMNS, TIME_COLUMNS } from './standard';
import type { LocalOptions } from './convert';

const DENOMINATOR_NAMES = ['headcount', 'enrolments', 'pupils', 'num_pupils', 'pupil_count', 'pupil_headcount', 'denominator', 'cohort', 'population'];
const RATE_AFFIXES: [RegExp, string][] = [[/_(rate|percent|perc|pct|pc)$/, ''], [/^(pc|perc|pct|percent)_/, '']];

/** An indicator column's unit, from its indicator_unit and indicator_dp. */
export const unitOf = (m: MetaRow): Unit => (m.unit === '%' ? 'percent' : m.unit === 'pp' ? 'rate' : m.unit === '' && (m.dp ?? 0) > 0 ? 'rate' : 'count');
/** A count of people (no unit, no decimals): the disclosure rule hides small ones. */
export const isPeopleCount = (m: MetaRow) => m.unit === '' && (m.dp === null || m.dp === 0);

/** What the data file's columns are, checked against the meta file and the options. */
export interface Columns {
  header: string[];
  col: Map<string, number>;
  filters: MetaRow[];
  /** Every indicator column, and those chosen to become indicators. */
  indicatorCols: MetaRow[];
  chosen: MetaRow[];
  idOf: Map<string, string>;
  /** The counts behind each rate, where known. */
  pairs: Map<string, { numerator: string | null; denominator: string | null }>;
  /** The national indicator a column is mapped to. */
  nationalOf: Map<string, IndicatorMeta>;
}

/**
 * Checks the data file's header against the standard and the meta file, and works out each chosen indicator's
 * id, the counts behind each rate (for the disclosure rule) and the national indicator it sits beside.
 */
export function readColumns(header: string[], meta: MetaFile, opts: LocalOptions, rule: DisclosureRule, problems: Problem[]): Columns {
  const p = (file: string, line: number, column: string, message: string) => problems.push({ file, line, column, message });
  const D = opts.file;
  const M = opts.metaFile;
  const col = new Map(header.map((h, i) => [h, i] as const));
  if (header.length) {
    for (const c of [...TIME_COLUMNS, ...NATIONAL_COLUMNS]) if (!col.has(c)) p(D, 1, c, `the data file has no "${c}" column, which the standard requires.`);
    const twice = header.filter((h, i) => header.indexOf(h) !== i);
    for (const h of new Set(twice)) p(D, 1, h, `the column "${h}" appears twice in the header.`);
    for (const h of header) {
      if (!COLUMN_NAME.test(h)) p(D, 1, h, `"${h}" is not a valid column name: use lower-case letters, digits and underscores, starting with a letter.`);
      else if (!STANDARD_COLUMNS.has(h) && !meta.names.has(h)) p(D, 1, h, `the column "${h}" is not described in the meta file.`);
    }
  }
  for (const m of meta.rows) if (header.length && !col.has(m.name)) p(M, m.line, 'col_name', `"${m.name}" is described but is not a column of the data file.`);
  const filters = meta.rows.filter((m) => m.type === 'Filter' && col.has(m.name));
  const indicatorCols = meta.rows.filter((m) => m.type === 'Indicator' && col.has(m.name));
  for (const o of opts.only ?? []) if (!indicatorCols.some((m) => m.name === o)) p('(options)', 0, o, `"${o}" is not an indicator column of ${D}.`);
  const chosen = opts.only?.length ? indicatorCols.filter((m) => opts.only!.includes(m.name)) : indicatorCols;

  // Indicator ids, units and the counts behind each rate.
  for (const k of Object.keys(opts.ids ?? {})) if (!indicatorCols.some((m) => m.name === k)) p('(options)', 0, k, `an id is given for "${k}", which is not an indicator column of ${D}.`);
  const idOf = new Map<string, string>();
  for (const m of chosen) {
    const id = opts.ids?.[m.name] ?? m.name.replace(/_/g, '-');
    if (!INDICATOR_ID.test(id)) p('(options)', 0, m.name, `"${id}" cannot be an indicator id: use lower-case letters, digits and hyphens.`);
    if ([...idOf.values()].includes(id)) p('(options)', 0, m.name, `two columns would both become the indicator "${id}".`);
    idOf.set(m.name, id);
  }
  const countCols = new Set(indicatorCols.filter(isPeopleCount).map((m) => m.name));
  const defaultDen = opts.denominator ?? (() => {
    const found = DENOMINATOR_NAMES.filter((n) => countCols.has(n));
    return found.length === 1 ? found[0] : undefined;
  })();
  if (opts.denominator && !countCols.has(opts.denominator)) p('(options)', 0, opts.denominator, `the denominator "${opts.denominator}" is not a count column of ${D}.`);
  const pairs = new Map<string, { numerator: string | null; denominator: string | null }>();
  for (const m of chosen) {
    if (isPeopleCount(m) || m.unit === '£' || m.unit === '£m') continue;
    const given = opts.pairs?.[m.name];
    let numerator = given?.numerator ?? null;
    if (!numerator) for (const [re, to] of RATE_AFFIXES) { const n = m.name.replace(re, to); if (n !== m.name && countCols.has(n)) { numerator = n; break; } }
    const denominator = given?.denominator ?? defaultDen ?? null;
    for (const [what, c] of [['count', numerator], ['denominator', denominator]] as const) {
      if (c && !countCols.has(c)) p('(options)', 0, m.name, `the ${what} "${c}" given for "${m.name}" is not a count column of ${D}.`);
    }
    if (!ruleIsOff(rule) && (!numerator || !denominator)) {
      p(M, m.line, 'col_name', `the disclosure rule cannot be applied to "${m.name}": its ${!numerator ? 'count (numerator)' : 'denominator'} is not known. ` +
        `Name both (CLI: --pair ${m.name}=COUNT_COLUMN/DENOMINATOR_COLUMN), or turn the rule off only if the figures are suppressed already.`);
    }
    pairs.set(m.name, { numerator, denominator });
  }
  for (const k of Object.keys(opts.pairs ?? {})) if (!chosen.some((m) => m.name === k)) p('(options)', 0, k, `a pair is given for "${k}", which is not a rate column of ${D}.`);

  // National indicators the local columns are mapped to: their breakdown values, unit and polarity.
  const nationalOf = new Map<string, IndicatorMeta>();
  for (const m of chosen) {
    const n = opts.ids?.[m.name] ? opts.national?.(idOf.get(m.name)!) : undefined;
    if (!n) continue;
    if (n.unit !== unitOf(m)) p(M, m.line, 'indicator_unit', `"${m.name}" is mapped to ${n.id}, which is in ${n.unit === 'percent' ? '%' : n.unit}s, but its indicator_unit says ${unitOf(m)}.`);
    nationalOf.set(m.name, n);
  }

  return { header, col, filters, indicatorCols, chosen, idOf, pairs, nationalOf };
}
