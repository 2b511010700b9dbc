import {
  AreaDirectory, ExtractSet, INDICATOR_ID, ObservationsExtract, findInCatalogue, indicatorFile, latestFile, parseCatalogue, readAreasAsync, readNeighboursAsync,
  type Catalogue,
} from '@inclusion-dashboard/core';
import { pauser, yieldToMain } from './draw-queue';
import { LoadError } from '@inclusion-dashboard/core';
import { Shared, stopped } from './shared-work';
import {
  DEFAULT_TIMEOUT, bytesByKey, checkFetchable, clearBytesCache, companion, fileName, key, request, resolveUrl, unkey,
  type LoadOptions, type Request,
} from './fetch-bytes';

export { DEFAULT_MAX_BYTES, DEFAULT_TIMEOUT, fetchBytes, resolveUrl, type LoadOptions } from './fetch-bytes';

/** An observations extract with the area and neighbour lookups it names. */
export interface Dataset {
  url: string;
  data: ObservationsExtract;
  areas: AreaDirectory;
}

/** The area and neighbour lookups, decoded once per pair of files however many extracts name them. */
const directoryCache = new Shared<AreaDirectory>(async (k, signal) => {
  const [areasReq, neighboursReq] = (JSON.parse(k) as [string, string]).map(unkey);
  const [areas, links] = await Promise.all([bytesByKey(key(areasReq), signal), bytesByKey(key(neighboursReq), signal)]);
  await yieldToMain();
  const list = await readAreasAsync(areas, yieldToMain);
  await yieldToMain();
  const neighbours = await readNeighboursAsync(links, yieldToMain);
  await yieldToMain();
  const directory = new AreaDirectory(list, neighbours);
  // The elements compute as soon as this resolves: in a task of their own, not after building the directory.
  await yieldToMain();
  return directory;
});

/** Where a catalogue built by the pipeline keeps its areas and neighbours, relative to the catalogue. */
const CATALOGUE_COMPANIONS = { areas: 'areas.arrow', neighbours: 'neighbours.arrow' };

/** The areas and neighbours a file names beside itself: same site, also after redirects. */
function directory(meta: { areas: string; neighbours: string }, req: Request, signal?: AbortSignal): Promise<AreaDirectory> {
  const within = new URL(req.url).origin;
  const companionReq = (name: string, what: string) => key({ ...req, url: companion(name, req.url, what), within });
  return directoryCache.get(JSON.stringify([companionReq(meta.areas, 'areas'), companionReq(meta.neighbours, 'neighbours')]), signal);
}

// Decoded in steps with yields between them: a 3 MB extract would otherwise be one long task. Each file starts in
// a task of its own: downloads that finish together would otherwise decode one after another in one task.
const extractCache = new Shared<ObservationsExtract>(async (k, signal) => {
  const bytes = await bytesByKey(k, signal);
  await yieldToMain();
  return ObservationsExtract.read(bytes, yieldToMain);
});

const datasetCache = new Shared<Dataset>(async (k, signal) => {
  const data = await extractCache.get(k, signal);
  return { url: unkey(k).url, data, areas: await directory(data.meta, unkey(k), signal) };
});

const catalogueCache = new Shared<{ catalogue: Catalogue; areas: AreaDirectory }>(async (k, signal) => {
  const req = unkey(k);
  let json: unknown;
  try {
    json = JSON.parse(new TextDecoder().decode(await bytesByKey(k, signal)));
  } catch (e) {
    if (e instanceof LoadError) throw e;
    throw new LoadError('not-arrow', `${fileName(req.url)} is not a catalogue: it is not JSON.`, { url: req.url, cause: e });
  }
  // Checking 508 entries after parsing 394 KB of JSON (and the garbage collection parsing leaves) was one task of
  // 90 to 150 ms at 4x CPU: each is a task of its own.
  await yieldToMain();
  const catalogue = parseCatalogue(json);
  return { catalogue, areas: await directory(catalogue, req, signal) };
});

/** Runs `work` with the caller's signal and a timer that aborts it with a timeout error after `opts.timeout` ms. */
function timed<T>(url: string, opts: LoadOptions, work: (signal: AbortSignal) => Promise<T>): Promise<T> {
  const timeout = opts.timeout ?? DEFAULT_TIMEOUT;
  // Our own signal: aborted by the caller's, or by the timer with a timeout error as its reason.
  const controller = new AbortController();
  const onAbort = () => controller.abort(opts.signal?.reason);
  if (opts.signal?.aborted) onAbort();
  opts.signal?.addEventListener('abort', onAbort);
  const timer = setTimeout(() => controller.abort(new LoadError('timeout', `${fileName(url)} took longer than ${+(timeout / 1000).toFixed(1)} seconds to load.`, { url, timeout })), timeout);
  const p = work(controller.signal);
  const tidy = () => { clearTimeout(timer); opts.signal?.removeEventListener('abort', onAbort); };
  p.then(tidy, tidy);
  return p.catch((e: unknown) => {
    // A decoding error has no URL: say which file it was.
    if (e && typeof e === 'object' && !('url' in e && (e as { url?: string }).url)) Object.assign(e, { url });
    throw e;
  });
}

/** Load and decode an extract and its companions, once per URL; times out after `timeout` ms. */
export function loadDataset(src: string, opts: LoadOptions = {}): Promise<Dataset> {
  const url = resolveUrl(src);
  checkFetchable(url);
  return timed(url, opts, (signal) => datasetCache.get(key(request(url, opts)), signal));
}

/** Load a catalogue (the index of every indicator) and its area lookups, once per URL. */
export async function loadCatalogue(src: string, opts: LoadOptions = {}): Promise<{ url: string; catalogue: Catalogue; areas: AreaDirectory }> {
  const url = resolveUrl(src);
  checkFetchable(url);
  return { url, ...await timed(url, opts, (signal) => catalogueCache.get(key(request(url, opts)), signal)) };
}

/** A `src` entry names a catalogue when its path ends in `.json`; anything else is an extract. */
export function isCatalogueUrl(src: string): boolean {
  try {
    return new URL(src, document.baseURI).pathname.toLowerCase().endsWith('.json');
  } catch {
    return false;
  }
}

export interface SetOptions extends LoadOptions {
  /**
   * The indicators (ids or LAIT codes) an element will draw. A catalogue then fetches only their extracts: an id
   * goes straight to `indicators/<id>.arrow` without the catalogue itself, which is read only to look up a LAIT
   * code or to list the choices for an unknown id. Leave it out to get the whole catalogue (the dashboard).
   */
  indicators?: readonly string[];
  /**
   * The element shows each indicator's latest figures only (no period asked for): a catalogue then fetches each
   * one's latest-figures extract, which gives the same figures in a fraction of the bytes, or the whole extract
   * where a catalogue folder has none.
   */
  latest?: boolean;
}

interface Part {
  extracts: ObservationsExtract[];
  areas: AreaDirectory;
  catalogue?: Catalogue;
}

async function fromCatalogue(src: string, opts: SetOptions): Promise<Part> {
  const url = resolveUrl(src);
  if (!opts.indicators) {
    const c = await loadCatalogue(url, opts);
    return { extracts: [], areas: c.areas, catalogue: c.catalogue };
  }
  // The area and neighbour files the pipeline writes beside a catalogue (the names every extract of it gives),
  // asked for now, beside the extracts, rather than once the first extract has been read: a round trip sooner on
  // a slow connection. A catalogue whose extracts name other files costs two unused requests.
  directory(CATALOGUE_COMPANIONS, request(url, opts)).catch(() => {});
  let index: Promise<Awaited<ReturnType<typeof loadCatalogue>>> | null = null;
  const catalogue = () => (index ??= loadCatalogue(url, opts));
  const gone = (e: unknown) => e instanceof LoadError && (e.status === 404 || e.status === 410);
  // The whole extract serves an element that needs only the latest figures when another element on the page is
  // fetching it anyway (asked in the same task or the one before): one download, not two.
  const wholeWanted = (file: string) => datasetCache.has(key(request(new URL(file, url).href, opts)));
  const one = async (id: string): Promise<Dataset | null> => {
    if (INDICATOR_ID.test(id)) {
      const files = opts.latest && !wholeWanted(indicatorFile(id)) ? [latestFile(id), indicatorFile(id)] : [indicatorFile(id)];
      for (const file of files) {
        try {
          return await loadDataset(new URL(file, url).href, opts);
        } catch (e) {
          if (!gone(e)) throw e;
        }
      }
    }
    const found = findInCatalogue((await catalogue()).catalogue, id);
    const file = (opts.latest && found?.entry.latest?.file) || found?.entry.file;
    return file ? loadDataset(new URL(file, url).href, opts) : null;
  };
  if (opts.latest) await yieldToMain();
  const ids = [...new Set(opts.indicators.map((i) => i.trim()).filter(Boolean))];
  const pending: Promise<Dataset | null>[] = [];
  // A spine of hundreds of indicators starts its requests a few a task: each fetch() takes milliseconds on a phone
  // (eight a task were tasks of 50 to 120 ms at 4x CPU).
  const pause = pauser();
  for (const id of ids) {
    await pause();
    if (opts.signal?.aborted) throw stopped(opts.signal);
    const p = one(id);
    p.catch(() => {}); // Promise.all below reports it; this keeps a failure during a yield from looking unhandled
    pending.push(p);
  }
  const loaded = await Promise.all(pending);
  const data = loaded.filter((d): d is Dataset => !!d);
  // Unknown ids, or none asked: the catalogue names what there is.
  const c = index || !data.length ? await catalogue() : null;
  return { extracts: data.map((d) => d.data), areas: data[0]?.areas ?? c!.areas, catalogue: c?.catalogue };
}

/**
 * Extract URLs and catalogues (space-separated) as one set; the first names the areas. A local extract can sit
 * beside a catalogue (`catalogue.json local.arrow`).
 */
export async function loadExtracts(src: string, opts: SetOptions = {}): Promise<ExtractSet> {
  const urls = src.split(/\s+/).filter(Boolean);
  if (!urls.length) throw new LoadError('network', 'No data address: set the src attribute.', { url: src });
  const parts = await Promise.all(urls.map(async (u, i): Promise<Part | ObservationsExtract> => {
    if (isCatalogueUrl(u)) return fromCatalogue(u, opts);
    if (i === 0) {
      const d = await loadDataset(u, opts);
      return { extracts: [d.data], areas: d.areas };
    }
    // The first names the areas: a later extract (say an LA's own, made elsewhere) need not sit beside them.
    return loadExtract(u, opts);
  }));
  const first = parts[0] as Part;
  const extracts = parts.flatMap((p) => (p instanceof ObservationsExtract ? [p] : p.extracts));
  return new ExtractSet(extracts, first.areas, parts.find((p): p is Part => !(p instanceof ObservationsExtract) && !!p.catalogue)?.catalogue);
}

/** An extract alone, without its companions. */
function loadExtract(src: string, opts: LoadOptions): Promise<ObservationsExtract> {
  const url = resolveUrl(src);
  checkFetchable(url);
  return timed(url, opts, (signal) => extractCache.get(key(request(url, opts)), signal));
}

/** For tests: forget everything loaded. */
export function clearDatasetCache(): void {
  clearBytesCache();
  datasetCache.clear();
  extractCache.clear();
  directoryCache.clear();
  catalogueCache.clear();
}
