import { makeTable, textCell } from '@inclusion-dashboard/core';
import { DEFAULT_RULE, buildLocalExtract, describeRule, writeLocalExtract, type DisclosureRule } from '@inclusion-dashboard/pipeline';
import { existsSync } from 'node:fs';
import { basename, dirname, extname, join, resolve } from 'node:path';
import { list, str, type Parsed } from '../args';
import { CliError, EXIT, dataError, usageError } from '../errors';
import type { Result } from '../output';
import { readText } from '../safe-read';
import { openData, required, type Context } from './common';

export const options = {
  from: { type: 'string' },
  meta: { type: 'string' },
  out: { type: 'string' },
  id: { type: 'string', multiple: true },
  pair: { type: 'string', multiple: true },
  denominator: { type: 'string' },
  only: { type: 'string', multiple: true },
  'min-count': { type: 'string' },
  'min-denominator': { type: 'string' },
} as const;

export const help = `Usage: inclusion-dashboard extract --from DATA.csv [--meta DATA.meta.csv] [--out FILE.arrow] [options]

Turns an LA's own figures, written as a CSV in DfE's open data standard (the layout Explore Education
Statistics takes) with its meta file, into an extract the dashboard elements read beside the national data.
The file is checked against the standard and every problem is listed with its line and column; nothing is
written unless there are none. DfE's small-number rule is applied, as the figures are unpublished. An existing
extract is replaced only by a complete new one (written to a temporary file, then renamed).

  --from FILE          the data CSV
  --meta FILE          its meta file (default: FILE with .meta.csv in place of .csv)
  --out FILE           the extract to write (default: FILE with .arrow in place of .csv)
  --id COL=ID          give an indicator column the id of the national indicator it matches, so the local figure
                       sits beside the national comparators (repeat), e.g. --id fixed_excl_rate=suspension-rate
  --pair RATE=NUM/DEN  the count and denominator columns of a rate, where the names do not say (repeat)
  --denominator COL    the denominator of every rate not paired otherwise (default: headcount, enrolments … if
                       exactly one such column exists)
  --only COL           only these indicator columns become indicators (repeat; default all)
  --min-count N        counts from 1 to N-1, and rates whose count is, are suppressed (default ${DEFAULT_RULE.minCount})
  --min-denominator N  rates with a denominator under N are suppressed (default ${DEFAULT_RULE.minDenominator}).
                       --min-count 0 --min-denominator 0 turns the rule off: only for figures suppressed already.
  --extract PATH…      the national data whose areas and indicators the file is checked against
                       (default: INCLUSION_DATA, else the bundled data)
  --json               the report as JSON

Exit status 4 when the file has problems (nothing written). Step by step: docs/local-extracts.md.
`;

export function run(values: Parsed['values'], ctx: Context): Result {
  const from = resolve(required(values, 'from', 'my-data.csv'));
  const metaPath = resolve(str(values.meta) ?? siblingMeta(from));
  const out = resolve(str(values.out) ?? join(dirname(from), `${basename(from, extname(from))}.arrow`));
  if (out === from || out === metaPath) throw usageError(`--out ${out} is one of the input files: choose another.`);
  const rule: DisclosureRule = { minCount: whole(values, 'min-count', DEFAULT_RULE.minCount), minDenominator: whole(values, 'min-denominator', DEFAULT_RULE.minDenominator) };
  const ids = Object.fromEntries(list(values.id).map((s) => split(s, '=', '--id COL=ID')));
  const pairs = Object.fromEntries(list(values.pair).map((s) => {
    const [rate, rest] = split(s, '=', '--pair RATE=NUM/DEN');
    const [numerator, denominator] = rest.split('/').map((x) => x.trim());
    if (!numerator) throw usageError(`--pair needs RATE=NUM/DEN, e.g. --pair fixed_excl_rate=fixed_excl/headcount, not "${s}".`);
    return [rate, { numerator, denominator: denominator || undefined }];
  }));

  const csv = readText(from, 'data file', 64 * 1024 * 1024);
  const metaText = readText(metaPath, 'meta file', 4 * 1024 * 1024);
  for (const [path, text] of [[from, csv], [metaPath, metaText]]) {
    // Excel's "CSV (Comma delimited)" is Windows-1252, not UTF-8: a £ or an accent would be misread.
    const bad = text.indexOf('\uFFFD');
    if (bad >= 0) {
      const line = text.slice(0, bad).split('\n').length;
      throw new CliError(EXIT.invalidCsv, `${basename(path)} is not UTF-8 text (line ${line}): save it as "CSV UTF-8" and run again. Nothing was written.`, { code: 'not-utf8' });
    }
  }
  const ds = openData(values, ctx);
  const local = buildLocalExtract(csv, metaText, {
    file: basename(from), metaFile: basename(metaPath), areas: ds.areas,
    ids, pairs, denominator: str(values.denominator), only: list(values.only), rule,
    national: (id) => { try { return ds.find(id)?.meta; } catch { return undefined; } },
  });
  const problems = local.problems.map((p) => `${p.file}${p.line ? `, line ${p.line}` : ''}${p.column ? `, column "${p.column}"` : ''}: ${p.message}`);
  if (!local.bytes) {
    throw new CliError(EXIT.invalidCsv, `${basename(from)} cannot become an extract: ${local.problems.length} problem${local.problems.length === 1 ? '' : 's'}, listed below. Nothing was written${existsSync(out) ? `; ${basename(out)} is unchanged` : ''}.`, {
      code: 'invalid-csv', problems: local.problems, lines: problems,
    });
  }
  let replaced: boolean;
  try {
    replaced = writeLocalExtract(out, local.bytes).replaced;
  } catch (e) {
    throw dataError(e instanceof Error ? e.message : String(e));
  }
  const table = makeTable('Indicators in the local extract', [
    { key: 'id', label: 'id' }, { key: 'column', label: 'column' }, { key: 'label', label: 'label' }, { key: 'unit', label: 'unit' },
    { key: 'rows', label: 'rows', numeric: true }, { key: 'suppressed', label: 'suppressed (c)', numeric: true }, { key: 'counts', label: 'rate from' },
  ], local.indicators.map((i) => [
    textCell(i.id), textCell(i.column), textCell(`${i.label}${i.national ? ' (beside the national indicator)' : ''}`), textCell(i.unit),
    textCell(String(i.rows), i.rows), textCell(String(i.suppressed), i.suppressed),
    textCell(i.numerator ? `${i.numerator} / ${i.denominator ?? '?'}` : '-'),
  ]));
  const suppressed = local.indicators.reduce((a, i) => a + i.suppressed, 0);
  return {
    table,
    head: [`${replaced ? 'Replaced' : 'Wrote'} ${out}: ${local.observations.length} figures, ${local.indicators.length} indicators, ${suppressed} suppressed.`, ''],
    foot: ['', describeRule(local.rule), ...local.warnings.map((w) => `warning: ${w}`)],
    json: { out, replaced, figures: local.observations.length, suppressed, indicators: local.indicators, warnings: local.warnings, rule: local.rule, problems: [] },
  };
}

function siblingMeta(csv: string): string {
  return csv.endsWith('.csv') ? `${csv.slice(0, -4)}.meta.csv` : `${csv}.meta.csv`;
}

function split(s: string, sep: string, form: string): [string, string] {
  const i = s.indexOf(sep);
  if (i <= 0 || i === s.length - 1) throw usageError(`Expected ${form}, not "${s}".`);
  return [s.slice(0, i).trim(), s.slice(i + 1).trim()];
}

function whole(values: Parsed['values'], name: string, fallback: number): number {
  const v = str(values[name]);
  if (v === undefined) return fallback;
  if (!/^\d+$/.test(v.trim())) throw usageError(`--${name} needs a whole number, not "${v}".`);
  return Number(v);
}
