// EES figures with no hand-written wording: entries carry short wording, or the file's .meta.csv labels.
import type { IndicatorMeta, Observation } from '@inclusion-dashboard/core';
import type { SourceEntry } from './declare';

export const GENERATED_SOURCES: SourceEntry[] = [];

export function generatedMeta(entry: SourceEntry, id: string, _rows: Observation[], _topics: Map<string, Set<string>>): IndicatorMeta {
  throw new Error(`Entry "${entry.name}" gives indicator "${id}" with no wording.`);
}
