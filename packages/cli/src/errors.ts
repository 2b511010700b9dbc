/** Exit codes, as documented in docs/cli.md. */
export const EXIT = {
  ok: 0,
  /** The data cannot answer the question: unknown indicator, area, period or breakdown; no figures; national only. */
  noAnswer: 1,
  /** The command line is wrong: unknown command or option, missing or bad value. */
  usage: 2,
  /** A data file cannot be read: missing, not a file, too large, not an extract, a companion outside its folder. */
  data: 3,
  /** `extract`: the CSV or its meta file breaks the open data standard; nothing was written. */
  invalidCsv: 4,
  /** A bug: please report it. */
  internal: 70,
} as const;

/** A failure to report in one line (plus optional detail lines) with its exit code. */
export class CliError extends Error {
  constructor(
    readonly exitCode: number,
    message: string,
    readonly detail: { choices?: string[]; problems?: unknown[]; assumed?: string[]; [k: string]: unknown } = {},
  ) {
    super(message);
    this.name = 'CliError';
  }
}

export const usageError = (message: string, detail: CliError['detail'] = {}) => new CliError(EXIT.usage, message, detail);
export const dataError = (message: string) => new CliError(EXIT.data, message);
export const noAnswer = (message: string, detail: CliError['detail'] = {}) => new CliError(EXIT.noAnswer, message, detail);
