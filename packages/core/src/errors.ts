import { BenchmarkError, type QueryErrorCode } from './analysis/query';
import { ExtractError, type ExtractErrorCode } from './extract/errors';

/** Fetching an extract: the network, an HTTP status, a timeout, a cancelled wait, a file over the size limit. */
export type LoadErrorCode = 'network' | 'http' | 'timeout' | 'aborted' | 'too-large' | 'bad-attribute';

/**
 * An element's own: `for` names no chart, an unknown `view`, nothing to show, a chart that failed to draw, or a
 * page whose Content Security Policy refuses the Trusted Types policy the elements need (`trusted-types`).
 */
export type UsageErrorCode = 'unknown-target' | 'unknown-view' | 'empty' | 'draw' | 'trusted-types';

/**
 * Every code an `inclusion-error` (or `inclusion-warning`) can carry: one union for core, the CLI and the
 * elements. A query with no data at all (`no-data`) is reported as `empty`; figures that cannot be right are a
 * warning, `out-of-range`; anything unforeseen is `error`.
 */
export type InclusionErrorCode =
  | LoadErrorCode | ExtractErrorCode | Exclude<QueryErrorCode, 'no-data'> | UsageErrorCode | 'out-of-range' | 'error';

/** A failure to fetch an extract, or a problem with one found while loading it (a companion file's name). */
export class LoadError extends Error {
  readonly url?: string;
  readonly status?: number;
  constructor(
    readonly code: LoadErrorCode | ExtractErrorCode,
    message: string,
    extra: { url?: string; status?: number; maxBytes?: number; timeout?: number; cause?: unknown } = {},
  ) {
    super(message, { cause: extra.cause });
    this.name = 'LoadError';
    this.url = extra.url;
    this.status = extra.status;
  }
}

/** An element asked for something it cannot do: a `for` that names no chart, an unknown view, a failed draw. */
export class UsageError extends Error {
  constructor(readonly code: UsageErrorCode, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'UsageError';
  }
}

/** The code of any thrown value, by its class: never by reading its message. */
export function errorCode(e: unknown): InclusionErrorCode {
  if (e instanceof BenchmarkError) return e.code === 'no-data' ? 'empty' : e.code;
  if (e instanceof ExtractError || e instanceof LoadError || e instanceof UsageError) return e.code;
  return 'error';
}
