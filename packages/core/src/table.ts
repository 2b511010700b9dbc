import type { IndicatorMeta } from './indicators';
import { formatCell, formatNumber } from './format';
import type { Status } from './status';

export interface TableColumn {
  key: string;
  label: string;
  numeric?: boolean;
}

/** One cell: the text shown, the value to sort by, and what a CSV download gets. */
export interface TableCell {
  text: string;
  sort: number | string | null;
  csv: string;
  status?: Status | null;
}

export interface TableModel {
  caption: string;
  columns: TableColumn[];
  rows: TableCell[][];
  /** The column whose cells are row headers (`th scope="row"`). */
  rowHeader: number;
  /** Statuses that appear, for the key. */
  statuses: Status[];
}

export const textCell = (text: string, sort: string | number | null = text): TableCell => ({ text, sort, csv: text });

/** A figure: formatted as shown, the status symbol where there is no value, CSV at published precision. */
export function valueCell(value: number | null, meta: Pick<IndicatorMeta, 'unit' | 'decimals'>, status?: Status | null): TableCell {
  const text = formatCell(value, meta, status);
  if (value === null || status) return { text, sort: null, csv: status ?? 'x', status: status ?? 'x' };
  return { text, sort: value, csv: formatNumber(value, meta.decimals).replace(/,/g, ''), status: null };
}

export function makeTable(caption: string, columns: TableColumn[], rows: TableCell[][], rowHeader = 0): TableModel {
  const statuses = [...new Set(rows.flat().map((c) => c.status).filter((s): s is Status => !!s))].sort();
  return { caption, columns, rows, rowHeader, statuses };
}

/** RFC 4180 CSV of exactly the table shown, with a header row. Cells that a spreadsheet would run as formulas are quoted and prefixed. */
export function toCsv(t: TableModel): string {
  const esc = (s: string) => {
    // Only a cell that is wholly a number may start with '-': "-2+3+cmd|' /C calc'!A0" is a formula.
    const safe = /^[=+\-@\t\r]/.test(s) && !/^-?\d+(\.\d+)?$/.test(s) ? `'${s}` : s;
    return /[",\r\n]/.test(safe) || safe !== s ? `"${safe.replace(/"/g, '""')}"` : safe;
  };
  const lines = [t.columns.map((c) => esc(c.label)), ...t.rows.map((r) => r.map((c) => esc(c.csv)))];
  return `${lines.map((l) => l.join(',')).join('\r\n')}\r\n`;
}

/** Rows sorted by one column; missing values always last. */
export function sortRows(rows: TableCell[][], column: number, direction: 'ascending' | 'descending'): TableCell[][] {
  const sign = direction === 'ascending' ? 1 : -1;
  return [...rows].sort((a, b) => {
    const x = a[column]?.sort ?? null;
    const y = b[column]?.sort ?? null;
    if (x === null || y === null) return x === y ? 0 : x === null ? 1 : -1;
    return (x < y ? -1 : x > y ? 1 : 0) * sign;
  });
}
