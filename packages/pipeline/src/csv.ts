import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { SourceError } from './errors';

export interface CsvRow {
  /** 1-based line in the file where the record starts. */
  line: number;
  cells: string[];
}

/** RFC 4180 parsing, with a byte-order mark stripped and every record's line number kept. */
export function parseCsv(text: string, file = 'input.csv'): { header: string[]; rows: CsvRow[] } {
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  const records: CsvRow[] = [];
  let cells: string[] = [];
  let cell = '';
  let line = 1;
  let start = 1;
  let quoted = false;
  let i = 0;
  const endRecord = () => {
    cells.push(cell);
    if (!(cells.length === 1 && cells[0] === '')) records.push({ line: start, cells });
    cells = [];
    cell = '';
  };
  while (i < text.length) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"') {
        if (text[i + 1] === '"') { cell += '"'; i += 2; continue; }
        quoted = false;
      } else {
        if (ch === '\n') line++;
        cell += ch;
      }
      i++;
      continue;
    }
    if (ch === '"') {
      if (cell !== '') throw new SourceError(file, line, columnName(records, cells.length), 'a quote appears in the middle of an unquoted field.');
      quoted = true;
    } else if (ch === ',') {
      cells.push(cell);
      cell = '';
    } else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && text[i + 1] === '\n') i++;
      endRecord();
      line++;
      start = line;
    } else {
      cell += ch;
    }
    i++;
  }
  if (quoted) throw new SourceError(file, start, columnName(records, cells.length), 'a quoted field is never closed (the file may be truncated).');
  if (cell !== '' || cells.length) endRecord();
  const [head, ...rows] = records;
  if (!head) throw new SourceError(file, 1, '', 'the file is empty: expected a header row.');
  const header = head.cells.map((h) => h.trim());
  for (const r of rows) {
    // A trailing empty column (as in some DfE files) is tolerated; anything else must match the header.
    if (r.cells.length === header.length + 1 && r.cells.at(-1) === '') r.cells.pop();
    if (r.cells.length !== header.length) {
      // Name the first column that is missing, or the first field past the last column.
      const column = r.cells.length < header.length ? header[r.cells.length] : `field ${header.length + 1} (after "${header.at(-1)}")`;
      throw new SourceError(file, r.line, column, `expected ${header.length} fields as in the header, found ${r.cells.length}.`);
    }
  }
  return { header, rows };
}

/** The header's name for field i, once the header has been read; otherwise its position. */
function columnName(records: CsvRow[], i: number): string {
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
