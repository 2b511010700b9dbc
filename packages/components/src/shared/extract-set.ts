import { ExtractSet } from '@inclusion-dashboard/core';
import { loadDataset } from './dataset';

/** One or more extract URLs (space-separated) as one set; the first names the areas. */
export async function loadSet(src: string): Promise<ExtractSet> {
  const urls = src.split(/\s+/).filter(Boolean);
  const loaded = await Promise.all(urls.map((u) => loadDataset(u)));
  return new ExtractSet(loaded.map((d) => d.data), loaded[0].areas);
}
