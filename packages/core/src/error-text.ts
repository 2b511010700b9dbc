import { BenchmarkError } from './analysis/query';
import { LoadError, UsageError, errorCode, type InclusionErrorCode } from './errors';
import { periodLabel } from './periods';
import { nearest } from './suggest';

// An element's error, in words: what went wrong and what to do. Pure, so the elements only show it.

/** The `detail` of `inclusion-error` (and of `inclusion-warning`). */
export interface InclusionErrorDetail {
  code: InclusionErrorCode;
  /** What went wrong and what to do, as shown in the element. */
  message: string;
  /** The data file concerned, where there is one. */
  url?: string;
  /** The valid choices, for an unknown indicator, area, period or breakdown. */
  choices?: string[];
  /** The HTTP status, for code `http`. */
  status?: number;
}

/** What the attributes asked for, to word advice and suggestions. */
export interface ErrorContext {
  indicator?: string;
  area?: string;
  period?: string;
}

const HEADLINE: Partial<Record<InclusionErrorCode, string>> = {
  draw: 'This chart could not be drawn.',
  network: 'The data could not be loaded.', http: 'The data could not be loaded.', timeout: 'The data could not be loaded.',
  aborted: 'The data could not be loaded.', 'too-large': 'The data file is too large.',
  'not-arrow': 'The data file cannot be read.', 'wrong-kind': 'The data file cannot be read.',
  'missing-column': 'The data file cannot be read.', 'wrong-type': 'The data file cannot be read.', 'bad-metadata': 'The data file cannot be read.',
  'over-limit': 'The data file asks for more than these charts draw.',
  'out-of-range': 'Some figures are not shown.',
  'bad-attribute': 'This chart is not set up correctly.',
  'trusted-types': 'This chart cannot be shown.',
};

/** The bold first words of the visible message. */
export function headline(code: InclusionErrorCode): string {
  return HEADLINE[code] ?? 'This chart cannot be shown.';
}

const REBUILD = 'It may be from another version of these components: rebuild it with `npm run extracts`, or use the extracts released with this version.';

function advice(code: InclusionErrorCode, status?: number): string {
  switch (code) {
    case 'network': return 'Check the address in the src attribute and the connection, then reload the page.';
    case 'http':
      return status === 404 || status === 410 ? 'Check the address in the src attribute.'
        : status !== undefined && status >= 500 ? 'The problem is at the server: try again later.'
          : 'Check the address in the src attribute and that the file can be read without signing in.';
    case 'timeout': return 'The server may be slow or busy: try again later, or allow longer with the timeout attribute.';
    case 'aborted': return 'Loading stopped before it finished: reload the page to try again.';
    case 'too-large': return 'Use a smaller extract, or raise the limit with the max-bytes attribute.';
    case 'not-arrow': return 'Check that src points at an inclusion-dashboard extract (.arrow); the file may be damaged or cut short.';
    case 'wrong-kind': return 'Point src at an observations extract (areas.arrow and neighbours.arrow are found from it).';
    case 'missing-column': case 'wrong-type': case 'bad-metadata': return REBUILD;
    case 'over-limit': return 'Use an extract built by `npm run extracts`, or split this one (the limits are in docs/data-format.md).';
    case 'empty': return 'Choose another area, indicator or period.';
    case 'unknown-target': return 'Give the id of a chart on this page in the for attribute.';
    case 'unknown-view': return '';
    case 'draw': return 'Reload the page to try again; if it happens again, please report it with the address of this page.';
    case 'out-of-range': return '';
    case 'bad-attribute': return 'Correct the attribute in the page\'s HTML.';
    case 'error': return 'Reload the page to try again.';
    default: return '';
  }
}

/** "a, b and 3 more" */
function list(xs: readonly string[], max = 12): string {
  const shown = xs.slice(0, max);
  const more = xs.length - shown.length;
  return `${shown.join(', ')}${more > 0 ? ` and ${more} more` : ''}`;
}

/** A sentence naming what is available instead. */
function available(code: InclusionErrorCode, choices: readonly string[], ctx: ErrorContext): string {
  if (!choices.length) return '';
  switch (code) {
    case 'unknown-indicator': return `Available indicators: ${list(choices)}.`;
    case 'unknown-area': {
      const asked = ctx.area ?? '';
      return `Use a name, ONS code or 3-digit LA number${asked ? `; nearest to "${asked.slice(0, 60)}": ${list(nearest(asked, choices, 5))}` : `, e.g. ${list(choices, 5)}`}.`;
    }
    case 'unknown-period': {
      const labels = choices.map((p) => periodLabel(p));
      return `Periods with figures: ${labels.length > 12 ? `${labels[0]} to ${labels[labels.length - 1]} (${labels.length} periods)` : list(labels)}.`;
    }
    case 'unknown-breakdown': return `Available: ${list(choices)}.`;
    default: return '';
  }
}

/** Any thrown value as the typed detail the element shows and sends: never a bare exception. */
export function errorDetail(e: unknown, ctx: ErrorContext = {}): InclusionErrorDetail {
  let code = errorCode(e);
  // Asked for no particular period, the area has no figures at all: that is an empty result, not a bad period.
  if (code === 'unknown-period' && !ctx.period) code = 'empty';
  const base = e instanceof Error && e.message ? e.message : String(e);
  // Choices the message already names are not listed again.
  const choices = e instanceof BenchmarkError ? e.choices : [];
  const status = e instanceof LoadError ? e.status : undefined;
  const message = [base.trim(), e instanceof BenchmarkError && e.listed ? '' : available(code, choices, ctx), advice(code, status)].filter(Boolean).join(' ');
  const detail: InclusionErrorDetail = { code, message };
  if (e instanceof LoadError && e.url) detail.url = e.url;
  if (choices.length) detail.choices = [...choices];
  if (status !== undefined) detail.status = status;
  return detail;
}

/** A draw that threw after the figures loaded, with the reason given. */
export function drawFailure(e: unknown): UsageError {
  const why = e instanceof Error && e.message ? ` (${e.message})` : '';
  return new UsageError('draw', `The figures loaded, but drawing them failed${why}.`, { cause: e });
}

/**
 * The chart's code (fetched when a chart is first on the page) did not arrive: the reader's words, not the
 * browser's ("Failed to fetch dynamically imported module: …", kept as the cause).
 */
export function chartCodeFailure(e: unknown): UsageError {
  return new UsageError('draw', 'The figures loaded, but the code that draws the chart did not download: check the connection.', { cause: e });
}
