import { AreaDirectory, ObservationsExtract, readAreas, readNeighbours } from '@inclusion-dashboard/core';

/** An observations extract with the area and neighbour lookups it names. */
export interface Dataset {
  url: string;
  data: ObservationsExtract;
  areas: AreaDirectory;
}

const bytesCache = new Map<string, Promise<Uint8Array>>();
const datasetCache = new Map<string, Promise<Dataset>>();

/** Fetch once per absolute URL, shared by every element on the page. */
export function fetchBytes(url: string): Promise<Uint8Array> {
  let p = bytesCache.get(url);
  if (!p) {
    p = fetch(url, { credentials: 'omit' }).then(async (res) => {
      if (!res.ok) throw new Error(`The data file could not be loaded (HTTP ${res.status}).`);
      return new Uint8Array(await res.arrayBuffer());
    });
    // A failed load is not cached, so a later attempt can recover.
    p.catch(() => bytesCache.delete(url));
    bytesCache.set(url, p);
  }
  return p;
}

export function resolveUrl(src: string, base = document.baseURI): string {
  return new URL(src, base).href;
}

/** Load and decode an extract and its companions, once per URL. */
export function loadDataset(src: string): Promise<Dataset> {
  const url = resolveUrl(src);
  let p = datasetCache.get(url);
  if (!p) {
    p = (async () => {
      const data = new ObservationsExtract(await fetchBytes(url));
      const [areas, links] = await Promise.all([
        fetchBytes(new URL(data.meta.areas, url).href),
        fetchBytes(new URL(data.meta.neighbours, url).href),
      ]);
      return { url, data, areas: new AreaDirectory(readAreas(areas), readNeighbours(links)) };
    })();
    p.catch(() => datasetCache.delete(url));
    datasetCache.set(url, p);
  }
  return p;
}

/** For tests: forget everything loaded. */
export function clearDatasetCache(): void {
  bytesCache.clear();
  datasetCache.clear();
}
