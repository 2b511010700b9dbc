/**
 * DfE's rule for small numbers, applied to an LA's unpublished figures before they leave the LA: a count of 1 to
 * (minCount - 1) is suppressed, and so is a rate whose numerator is 1 to (minCount - 1) or whose denominator is
 * under minDenominator. Suppressed cells carry status `c`. Zero is not suppressed: it discloses nothing about a
 * person. The defaults match the pipeline's rule for DfE sources published unsuppressed (core/suppression.ts).
 */
export interface DisclosureRule {
  /** Counts from 1 to minCount - 1 are suppressed; 0 turns the count rule off. */
  minCount: number;
  /** Rates with a denominator under this are suppressed; 0 turns the denominator rule off. */
  minDenominator: number;
}

export const DEFAULT_RULE: DisclosureRule = { minCount: 5, minDenominator: 10 };

export const ruleIsOff = (r: DisclosureRule) => r.minCount <= 1 && r.minDenominator <= 0;

export function smallCount(n: number | null, r: DisclosureRule): boolean {
  return n !== null && n > 0 && n < r.minCount;
}

/** Whether a rate must be withheld, given its counts. */
export function suppressRate(numerator: number | null, denominator: number | null, r: DisclosureRule): boolean {
  return smallCount(numerator, r) || (denominator !== null && denominator < r.minDenominator);
}

/** The rule in words, for the extract's metadata and the analyst's report. */
export function describeRule(r: DisclosureRule): string {
  if (ruleIsOff(r)) return 'No small-number suppression was applied when this local extract was made: the figures were suppressed already.';
  const parts = [];
  if (r.minCount > 1) parts.push(`counts of 1 to ${r.minCount - 1}`, `rates whose count is 1 to ${r.minCount - 1}`);
  if (r.minDenominator > 0) parts.push(`rates with fewer than ${r.minDenominator} in the denominator`);
  const list = parts.length > 1 ? `${parts.slice(0, -1).join(', ')} and ${parts.at(-1)}` : parts[0];
  return `These are the local authority's own unpublished figures. Following DfE's rule for small numbers, ${list} are withheld (c).`;
}
