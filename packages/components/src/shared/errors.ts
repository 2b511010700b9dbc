import { LoadError, type InclusionErrorCode } from '@inclusion-dashboard/core';

/** Why an element shows no chart: the `code` of an `inclusion-error` event (one union, from core). */
export type { InclusionErrorCode };
/** Loading failures are thrown as core's `LoadError`: checked with `instanceof` and its code. */
export { LoadError };
/** An error in words (core's): the event's detail, the headline and the message shown. */
export { errorDetail, headline, type ErrorContext, type InclusionErrorDetail } from '@inclusion-dashboard/core';
