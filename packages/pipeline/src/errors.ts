/** A problem in a source file, located to the file, line and column so an analyst can fix it. */
export class SourceError extends Error {
  constructor(
    readonly file: string,
    readonly line: number,
    readonly column: string,
    readonly problem: string,
  ) {
    super(`${file}, line ${line}${column ? `, column "${column}"` : ''}: ${problem}`);
    this.name = 'SourceError';
  }
}

/** A source entry that no longer fits its file (missing file, renamed or moved column): one line, and what to do. */
export class EntryError extends Error {
  constructor(
    readonly entry: { name: string; file: string },
    readonly problem: string,
  ) {
    super(`${entry.file} (entry "${entry.name}"): ${problem}`);
    this.name = 'EntryError';
  }
}
