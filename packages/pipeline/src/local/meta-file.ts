import type { CsvRecord, Problem } from './records';
import { readRecords } from './records';
import { COLUMN_NAME, INDICATOR_UNITS, META_COLUMNS, STANDARD_COLUMNS } from './standard';

/** One row of the meta file: a filter or an indicator column of the data file. */
export interface MetaRow {
  line: number;
  name: string;
  type: 'Filter' | 'Indicator';
  label: string;
  unit: string;
  dp: number | null;
}

export interface MetaFile {
  /** Whether the file had a header at all (an unreadable file is one problem, not one a column). */
  read: boolean;
  rows: MetaRow[];
  /** Every col_name described, with its line. */
  names: Map<string, number>;
}

/** Reads and checks the meta file of the open data standard: problems go in `problems`, named by `M`'s lines. */
export function readMeta(metaText: string, M: string, problems: Problem[]): MetaFile {
  const p = (file: string, line: number, column: string, message: string) => problems.push({ file, line, column, message });
  const meta = readRecords(metaText, M, problems);
  for (const c of META_COLUMNS) if (meta.header.length && !meta.header.includes(c)) p(M, 1, c, `the meta file has no "${c}" column.`);
  const mcol = (r: CsvRecord, name: string) => {
    const i = meta.header.indexOf(name);
    return i < 0 ? '' : (r.cells[i] ?? '').trim();
  };
  const metaRows: MetaRow[] = [];
  const seenNames = new Map<string, number>();
  const seenLabels = new Map<string, number>();
  for (const r of meta.rows) {
    const name = mcol(r, 'col_name');
    const type = mcol(r, 'col_type');
    const label = mcol(r, 'label');
    const unit = mcol(r, 'indicator_unit');
    const dpText = mcol(r, 'indicator_dp');
    if (!name) { p(M, r.line, 'col_name', 'col_name is blank.'); continue; }
    if (!COLUMN_NAME.test(name)) p(M, r.line, 'col_name', `"${name}" is not a valid column name: use lower-case letters, digits and underscores, starting with a letter.`);
    if (STANDARD_COLUMNS.has(name)) p(M, r.line, 'col_name', `"${name}" is a time or geography column: the meta file describes only filters and indicators.`);
    if (seenNames.has(name)) p(M, r.line, 'col_name', `"${name}" is described twice (also on line ${seenNames.get(name)}).`);
    seenNames.set(name, r.line);
    if (type !== 'Filter' && type !== 'Indicator') p(M, r.line, 'col_type', `col_type must be Filter or Indicator, found "${type}".`);
    if (!label) p(M, r.line, 'label', `"${name}" has no label.`);
    else if (seenLabels.has(label.toLowerCase())) p(M, r.line, 'label', `the label "${label}" is used twice (also on line ${seenLabels.get(label.toLowerCase())}).`);
    seenLabels.set(label.toLowerCase(), r.line);
    let dp: number | null = null;
    if (type === 'Indicator') {
      if (!INDICATOR_UNITS.includes(unit)) p(M, r.line, 'indicator_unit', `indicator_unit must be blank, %, £, £m or pp, found "${unit}".`);
      if (dpText !== '') {
        if (!/^\d+$/.test(dpText) || Number(dpText) > 10) p(M, r.line, 'indicator_dp', `indicator_dp must be a whole number from 0 to 10, found "${dpText}".`);
        else dp = Number(dpText);
      }
      if (mcol(r, 'filter_hint') || mcol(r, 'filter_grouping_column')) p(M, r.line, mcol(r, 'filter_hint') ? 'filter_hint' : 'filter_grouping_column', `"${name}" is an indicator, so filter_hint and filter_grouping_column must be blank.`);
    } else if (type === 'Filter') {
      if (unit) p(M, r.line, 'indicator_unit', `"${name}" is a filter, so indicator_unit must be blank.`);
      if (dpText) p(M, r.line, 'indicator_dp', `"${name}" is a filter, so indicator_dp must be blank.`);
    }
    if (type === 'Filter' || type === 'Indicator') metaRows.push({ line: r.line, name, type, label, unit, dp });
  }
  if (meta.header.length && !metaRows.some((m) => m.type === 'Indicator')) p(M, 0, '', 'the meta file describes no indicators.');

  return { read: meta.header.length > 0, rows: metaRows, names: seenNames };
}
