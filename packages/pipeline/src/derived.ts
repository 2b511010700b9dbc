// Figures the pipeline computes that DfE did not publish (placeholder until rates are declared).
import type { IndicatorMeta, Observation } from '@inclusion-dashboard/core';

export function derivedRates(_rows: Map<string, Observation[]>): { meta: IndicatorMeta; rows: Observation[] }[] {
  return [];
}
