import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { SourceError } from './errors';

export interface CsvRow {
  /** 1-based line in the file where the record starts. */
  line: number;
  cells: string[];
}

/** A fault in a CSV file: where it is (the record's first line, and the field) and what is wrong. */
export interface CsvFault {
  /** The line the fault is on. */
  line: number;
  /** The line the record starts on. */
  start: number;
  /** The header's name for the field (its position before the header is read), or '' for the file as a whole. */
  column: string;
  message: string;
}

export const CSV_FAULT = {
  strayQuote: 'a quote appears in the middle of an unquoted field.',
  unclosed: 'a quoted field is never closed (the file may be truncated).',
  empty: 'the file is empty: expected a header row.',
} as const;

/**
 * RFC 4180 records with the line each starts on, a byte-order mark stripped and blank lines skipped. A fault goes
 * to `fault`, which throws (DfE's own files: stop at the first) or collects and reads on (an LA's file): a stray
 * quote is then kept as text (reported once a record), an unclosed quote runs to the end of the file.
 */
export function csvRecords(text: string, fault: (f: CsvFault) => void): CsvRow[] {
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  const records: CsvRow[] = [];
  let cells: string[] = [];
  let cell = '';
  let line = 1;
  let start = 1;
  let quoted = false;
  let strayQuote = false;
  const endRecord = () => {
    cells.push(cell);
    if (!(cells.length === 1 && cells[0] === '')) records.push({ line: start, cells });
    cells = [];
    cell = '';
    strayQuote = false;
  };
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"') {
        if (text[i + 1] === '"') { cell += '"'; i++; } else quoted = false;
      } else {
        if (ch === '\n') line++;
        cell += ch;
      }
    } else if (ch === '"' && cell === '') quoted = true;
    else if (ch === '"') {
      if (!strayQuote) fault({ line, start, column: columnName(records, cells.length), message: CSV_FAULT.strayQuote });
      strayQuote = true;
      cell += ch;
    } else if (ch === ',') {
      cells.push(cell);
      cell = '';
    } else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && text[i + 1] === '\n') i++;
      endRecord();
      line++;
      start = line;
    } else cell += ch;
  }
  if (quoted) fault({ line: start, start, column: columnName(records, cells.length), message: CSV_FAULT.unclosed });
  if (cell !== '' || cells.length) endRecord();
  if (!records.length) fault({ line: 1, start: 1, column: '', message: CSV_FAULT.empty });
  return records;
}

/**
 * A record with one field too many that is empty (as some DfE files end every row with a comma) loses it; the
 * number of fields that is still not the header's is the message, with the column it names, or null.
 */
export function fieldCountFault(header: readonly string[], r: CsvRow): { column: string; message: string } | null {
  if (r.cells.length === header.length + 1 && r.cells.at(-1) === '') r.cells.pop();
  if (r.cells.length === header.length) return null;
  // Name the first column that is missing, or the first field past the last column.
  const column = r.cells.length < header.length ? header[r.cells.length] : `field ${header.length + 1} (after "${header.at(-1)}")`;
  return { column, message: `expected ${header.length} fields as in the header, found ${r.cells.length}.` };
}

/** RFC 4180 parsing that stops at the first fault, naming the file, line and column. */
export function parseCsv(text: string, file = 'input.csv'): { header: string[]; rows: CsvRow[] } {
  const records = csvRecords(text, (f) => {
    throw new SourceError(file, f.line, f.column, f.message);
  });
  const [head, ...rows] = records;
  const header = head.cells.map((h) => h.trim());
  for (const r of rows) {
    const bad = fieldCountFault(header, r);
    if (bad) throw new SourceError(file, r.line, bad.column, bad.message);
  }
  return { header, rows };
}

/** The header's name for field i, once the header has been read; otherwise its position. */
function columnName(records: readonly CsvRow[], i: number): string {
  return records[0]?.cells[i]?.trim() || `field ${i + 1}`;
}

/** A parsed CSV whose cells are read by column name, never by position. */
export class CsvTable {
  readonly header: string[];
  readonly rows: CsvRow[];
  private readonly cols: Map<string, number>;

  constructor(readonly file: string, text: string) {
    const parsed = parseCsv(text, file);
    this.header = parsed.header;
    this.rows = parsed.rows;
    this.cols = new Map(this.header.map((h, i) => [h, i]));
  }

  static read(path: string): CsvTable {
    return new CsvTable(basename(path), readFileSync(path, 'utf8'));
  }

  /** Fails with the file and the missing names when the source changed shape. */
  require(...names: string[]): this {
    const missing = names.filter((n) => !this.cols.has(n));
    if (missing.length) throw new SourceError(this.file, 1, missing[0], `missing column${missing.length > 1 ? 's' : ''} ${missing.map((m) => `"${m}"`).join(', ')}.`);
    return this;
  }

  get(row: CsvRow, name: string): string {
    const i = this.cols.get(name);
    if (i === undefined) throw new SourceError(this.file, 1, name, `missing column "${name}".`);
    return row.cells[i];
  }
}
