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
 * RFC 4180 records with their line numbers. Unlike the pipeline's parser for DfE's own files, it never stops at
 * the first fault: a row with the wrong number of fields or an unclosed quote is reported and the rest is read.
 */
export function readRecords(text: string, file: string, problems: Problem[]): { header: string[]; rows: CsvRecord[] } {
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  const records: CsvRecord[] = [];
  let cells: string[] = [];
  let cell = '';
  let line = 1;
  let start = 1;
  let quoted = false;
  let strayQuote = false;
  const end = () => {
    cells.push(cell);
    if (!(cells.length === 1 && cells[0] === '')) records.push({ line: start, cells });
    cells = [];
    cell = '';
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
    else if (ch === '"') { cell += ch; strayQuote = true; }
    else if (ch === ',') { cells.push(cell); cell = ''; }
    else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && text[i + 1] === '\n') i++;
      if (strayQuote) problems.push({ file, line: start, column: '', message: 'a quote appears in the middle of an unquoted field.' });
      strayQuote = false;
      end();
      line++;
      start = line;
    } else cell += ch;
  }
  if (quoted) problems.push({ file, line: start, column: '', message: 'a quoted field is never closed (the file may be truncated).' });
  if (cell !== '' || cells.length) end();
  const [head, ...rows] = records;
  if (!head) {
    problems.push({ file, line: 1, column: '', message: 'the file is empty: expected a header row.' });
    return { header: [], rows: [] };
  }
  const header = head.cells.map((h) => h.trim());
  const ok: CsvRecord[] = [];
  for (const r of rows) {
    // Rows of empty cells (",,,,", as spreadsheets leave below the data) are not data.
    if (r.cells.every((c) => c.trim() === '')) continue;
    if (r.cells.length === header.length + 1 && r.cells.at(-1) === '') r.cells.pop();
    if (r.cells.length !== header.length) {
      const column = r.cells.length < header.length ? header[r.cells.length] : `field ${header.length + 1}`;
      problems.push({ file, line: r.line, column, message: `expected ${header.length} fields as in the header, found ${r.cells.length}.` });
    } else ok.push(r);
  }
  return { header, rows: ok };
}
