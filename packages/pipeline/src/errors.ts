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
