import { csvRecords, fieldCountFault } from '../csv';

/** One problem in an LA's file, located to the file, line and column, so that every one can be fixed in one pass. */
export interface Problem {
  file: string;
  /** 1-based line in the file (the header is line 1); 0 for the file as a whole. */
  line: number;
  column: string;
  message: string;
}

export interface CsvRecord {
  line: number;
  cells: string[];
}

/**
 * RFC 4180 records with their line numbers (the pipeline's reader, csv.ts). Unlike the pipeline's parser for DfE's
 * own files, it never stops at the first fault: a row with the wrong number of fields or an unclosed quote is
 * reported and the rest is read.
 */
export function readRecords(text: string, file: string, problems: Problem[]): { header: string[]; rows: CsvRecord[] } {
  const records = csvRecords(text, (f) => problems.push({ file, line: f.start, column: f.column, message: f.message }));
  const [head, ...rows] = records;
  if (!head) return { header: [], rows: [] };
  const header = head.cells.map((h) => h.trim());
  const ok: CsvRecord[] = [];
  for (const r of rows) {
    // Rows of empty cells (",,,,", as spreadsheets leave below the data) are not data.
    if (r.cells.every((c) => c.trim() === '')) continue;
    const bad = fieldCountFault(header, r);
    if (bad) problems.push({ file, line: r.line, ...bad });
    else ok.push(r);
  }
  return { header, rows: ok };
}
