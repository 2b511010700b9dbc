import type { ExtractSet } from '@inclusion-dashboard/core';
import { loadExtracts, type SetOptions } from './dataset';

/** One or more extract or catalogue URLs (space-separated) as one set; the first names the areas. */
export function loadSet(src: string, opts: SetOptions = {}): Promise<ExtractSet> {
  return loadExtracts(src, opts);
}
