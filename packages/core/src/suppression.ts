/**
 * Small-number suppression, for figures the pipeline DERIVES that DfE never published (the PA-by-SEN rates from
 * the unsuppressed absence bands, rates per 10,000 pupils we compute). A figure DfE published is never withheld,
 * whatever its size. A derived rate is withheld when its denominator is under 10 or its numerator is 1 to 4.
 */
export const SUPPRESSION_RULE = { minDenominator: 10, minCount: 5 } as const;

export const SUPPRESSION_TEXT =
  `These figures are derived by us, not published by DfE, from data without small-number suppression, so a figure is withheld (c) where fewer than ` +
  `${SUPPRESSION_RULE.minDenominator} pupils or plans are counted, or where 1 to ${SUPPRESSION_RULE.minCount - 1} pupils or plans meet the measure.`;

export function mustSuppress(numerator: number | null, denominator: number | null): boolean {
  if (denominator !== null && denominator < SUPPRESSION_RULE.minDenominator) return true;
  return numerator !== null && numerator > 0 && numerator < SUPPRESSION_RULE.minCount;
}
