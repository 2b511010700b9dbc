import { BenchmarkError, nearest, type ExtractSet, type ObservationsExtract } from '@inclusion-dashboard/core';

/** The extract holding an indicator (by id or LAIT code), and the breakdown a LAIT code implies. */
export function resolveIn(set: ExtractSet, id: string, breakdown?: string): { data: ObservationsExtract; indicator: string; breakdown?: string } {
  const found = set.find(id);
  if (!found) {
    const names = set.names();
    const ids = (set.catalogue?.indicators ?? set.indicators).map((m) => m.id);
    // A catalogue holds hundreds: name the nearest, not all.
    const hint = ids.length <= 12 ? `Available: ${ids.join(', ')}` : `Nearest available: ${nearest(id, names, 5).join(', ')}`;
    throw new BenchmarkError('unknown-indicator', `No indicator "${id}" in this data. ${hint}.`, names);
  }
  return { data: found.data, indicator: found.meta.id, breakdown: breakdown || found.breakdown };
}
