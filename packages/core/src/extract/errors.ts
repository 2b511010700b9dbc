export type ExtractErrorCode =
  | 'not-arrow'
  | 'wrong-kind'
  | 'missing-column'
  | 'wrong-type'
  | 'bad-metadata'
  | 'too-large'
  /** The file asks for more areas, indicators, periods, rows or text than the limits allow (limits.ts). */
  | 'over-limit';

/** A problem with an extract's bytes or shape, with a code that elements map to a message. */
export class ExtractError extends Error {
  readonly code: ExtractErrorCode;
  constructor(code: ExtractErrorCode, message: string) {
    super(message);
    this.name = 'ExtractError';
    this.code = code;
  }
}
