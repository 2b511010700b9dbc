import { terminalBlock, terminalJsonReplacer, terminalText, toCsv, type TableModel } from '@inclusion-dashboard/core';

export type Format = 'table' | 'json' | 'csv';

/** What a command returns: a table (for the text and CSV forms), a JSON value, and lines to print around the table. */
export interface Result {
  table?: TableModel;
  json: unknown;
  /** Printed before the table in text form (a heading). */
  head?: string[];
  /** Printed after the table in text form (a summary sentence, notes). */
  foot?: string[];
  /** Column keys shown in CSV and JSON but not on screen, where indentation says the same. */
  csvOnly?: string[];
  /** Printed as text instead of the table (which CSV still gets), e.g. a benchmark report or one indicator's description. */
  text?: string[];
}

/** A table as aligned columns: numbers right-aligned, every cell cleaned for the terminal. */
export function textTable(t: TableModel): string {
  const head = t.columns.map((c) => terminalText(c.label));
  const rows = t.rows.map((r) => r.map((c) => terminalText(c.text)));
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const line = (r: string[]) => r.map((s, i) => (t.columns[i]?.numeric ? s.padStart(widths[i]) : s.padEnd(widths[i]))).join('  ').trimEnd();
  return [line(head), line(widths.map((w) => '-'.repeat(w))), ...rows.map(line)].join('\n');
}

export function render(r: Result, format: Format): string {
  if (format === 'json') return `${JSON.stringify(r.json, terminalJsonReplacer, 2)}\n`;
  if (format === 'csv') {
    if (!r.table) return `${JSON.stringify(r.json, terminalJsonReplacer, 2)}\n`;
    // Cleaned of controls per cell (a CSV cell may not hold an escape sequence either), then quoted by core.
    const clean: TableModel = {
      ...r.table,
      columns: r.table.columns.map((c) => ({ ...c, label: terminalText(c.label) })),
      rows: r.table.rows.map((row) => row.map((c) => ({ ...c, csv: terminalText(c.csv) }))),
    };
    return toCsv(clean);
  }
  const parts = [
    ...(r.head ?? []).map(terminalText),
    ...(r.text ?? []).map((l) => terminalText(l)),
    ...(r.table && !r.text ? [textTable(withoutColumns(r.table, r.csvOnly ?? []))] : []),
    ...(r.foot ?? []).map(terminalText),
  ];
  return `${terminalBlock(parts.join('\n'))}\n`;
}

function withoutColumns(t: TableModel, keys: string[]): TableModel {
  const keep = t.columns.map((c, i) => (keys.includes(c.key) ? -1 : i)).filter((i) => i >= 0);
  return { ...t, columns: keep.map((i) => t.columns[i]), rows: t.rows.map((r) => keep.map((i) => r[i])) };
}
