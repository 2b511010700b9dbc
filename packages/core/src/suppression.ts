/**
 * Small-number suppression for sources DfE published unsuppressed (EHCP 2025, the PA-by-SEN derivation).
 * A rate is withheld when its denominator is under 10 or its numerator is 1 to 4: both could identify pupils.
 */
export const SUPPRESSION_RULE = { minDenominator: 10, minCount: 5 } as const;

export const SUPPRESSION_TEXT =
  `DfE published these figures without suppressing small numbers, so here a figure is withheld (c) where fewer than ` +
  `${SUPPRESSION_RULE.minDenominator} pupils or plans are counted, or where 1 to ${SUPPRESSION_RULE.minCount - 1} pupils or plans meet the measure.`;

export function mustSuppress(numerator: number | null, denominator: number | null): boolean {
  if (denominator !== null && denominator < SUPPRESSION_RULE.minDenominator) return true;
  return numerator !== null && numerator > 0 && numerator < SUPPRESSION_RULE.minCount;
}
