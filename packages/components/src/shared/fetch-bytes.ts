// Fetching a data file: the URL rules (https: or this site; companions beside their extract, also after redirects),
// the page's referrer policy, the size cap and one download per file however many elements ask for it.
import { isFetchableUrl } from '@inclusion-dashboard/core';
import { LoadError } from '@inclusion-dashboard/core';
import { Shared, stopped } from './shared-work';
import { pauser } from './draw-queue';

export interface LoadOptions {
  /** Stops waiting (with code `aborted`); the download itself stops only when nothing else waits for it. */
  signal?: AbortSignal;
  /** Milliseconds before giving up with code `timeout`. */
  timeout?: number;
  /** Largest file accepted, in bytes (code `too-large`). */
  maxBytes?: number;
  /** Sent with each request; by default none is set, so the page's own policy (e.g. `no-referrer`) holds. */
  referrerPolicy?: ReferrerPolicy;
}

/** What one download is: the cache key holds all of it, so no caller is handed a file fetched under other rules. */
export interface Request {
  url: string;
  maxBytes: number;
  referrerPolicy?: ReferrerPolicy;
  /** A companion's origin: the file must come from there, also after any redirect. */
  within?: string;
}

export const DEFAULT_TIMEOUT = 20_000;
export const DEFAULT_MAX_BYTES = 20 * 1024 * 1024;

export function fileName(url: string): string {
  try {
    const u = new URL(url);
    return u.protocol === 'blob:' || u.protocol === 'data:' ? `the ${u.protocol.slice(0, -1)}: address` : decodeURIComponent(u.pathname.split('/').pop() || u.host);
  } catch {
    return url;
  }
}

function crossOrigin(url: string): boolean {
  try {
    const u = new URL(url);
    return (u.protocol === 'http:' || u.protocol === 'https:') && u.origin !== location.origin;
  } catch {
    return false;
  }
}

/** Downloads with the cap enforced twice: by Content-Length up front, and by counting what actually arrives. */
async function download({ url, maxBytes, referrerPolicy, within }: Request, signal: AbortSignal): Promise<Uint8Array> {
  const name = fileName(url);
  let res: Response;
  try {
    // No cookies or other credentials go with the request, whatever the host page's origin.
    res = await fetch(url, { credentials: 'omit', signal, ...(referrerPolicy ? { referrerPolicy } : {}) });
  } catch (e) {
    if (signal.aborted) throw stopped(signal);
    const host = (() => { try { return new URL(url).host; } catch { return ''; } })();
    throw new LoadError('network', crossOrigin(url)
      ? `${name} could not be fetched from ${host}: the server may be unreachable, or it does not allow this page to read its files (it must send CORS headers).`
      : `${name} could not be fetched: the network or the server may be down.`, { url, cause: e });
  }
  // fetch follows redirects: where the file finally came from must pass the same rules as the address asked for.
  if (res.redirected && res.url) {
    void res.body?.cancel().catch(() => {});
    const final = new URL(res.url);
    if (within !== undefined ? final.origin !== within : !fetchable(final)) {
      throw new LoadError(within !== undefined ? 'bad-metadata' : 'network', `${name} was redirected to ${final.host}, which is not allowed: ${within !== undefined ? 'companion files must come from the same site as the extract' : 'only https: addresses and this site\'s own are fetched'}.`, { url });
    }
  }
  if (!res.ok) {
    throw new LoadError('http', `${name} could not be loaded: the server answered ${res.status}${res.statusText ? ` ${res.statusText}` : ''}.`, { url, status: res.status });
  }
  const tooLarge = (n: number) => new LoadError('too-large', `${name} is ${n > maxBytes ? `over ${formatBytes(maxBytes)}` : formatBytes(n)}, more than the ${formatBytes(maxBytes)} allowed.`, { url, maxBytes });
  const declared = Number(res.headers.get('content-length'));
  if (Number.isFinite(declared) && declared > maxBytes) {
    void res.body?.cancel().catch(() => {});
    throw tooLarge(declared);
  }
  if (!res.body) {
    const buf = new Uint8Array(await res.arrayBuffer());
    if (buf.byteLength > maxBytes) throw tooLarge(buf.byteLength);
    return buf;
  }
  const reader = res.body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  // Chunks already arrived are handed over in microtasks, all in one task: a large file read at once from a fast
  // connection (or the browser's cache) took 100 ms, 435 ms at 4x CPU. Reading yields to the page every few ms.
  const pause = pauser();
  try {
    for (;;) {
      await pause();
      const { done, value } = await reader.read();
      if (done) break;
      total += value.byteLength;
      if (total > maxBytes) {
        void reader.cancel().catch(() => {});
        throw tooLarge(total);
      }
      chunks.push(value);
    }
  } catch (e) {
    if (e instanceof LoadError) throw e;
    if (signal.aborted) throw stopped(signal);
    throw new LoadError('network', `${name} stopped arriving part way through: the connection was lost.`, { url, cause: e });
  }
  if (chunks.length === 1) return chunks[0];
  const out = new Uint8Array(total);
  let at = 0;
  for (const c of chunks) {
    await pause();
    out.set(c, at);
    at += c.byteLength;
  }
  return out;
}

function formatBytes(n: number): string {
  return n >= 1024 * 1024 ? `${+(n / 1024 / 1024).toFixed(1)} MB` : n >= 1024 ? `${+(n / 1024).toFixed(1)} KB` : `${n} bytes`;
}

/** Cache keys carry every rule of the request: an element with a smaller cap must not be handed a larger file. */
export const request = (url: string, opts: LoadOptions, within?: string): Request =>
  ({ url, maxBytes: opts.maxBytes ?? DEFAULT_MAX_BYTES, referrerPolicy: opts.referrerPolicy, within });
export const key = (r: Request) => JSON.stringify([r.url, r.maxBytes, r.referrerPolicy ?? '', r.within ?? null]);
export const unkey = (k: string): Request => {
  const [url, maxBytes, referrerPolicy, within] = JSON.parse(k) as [string, number, ReferrerPolicy | '', string | null];
  return { url, maxBytes, referrerPolicy: referrerPolicy || undefined, within: within ?? undefined };
};

const bytesCache = new Shared<Uint8Array>((k, signal) => download(unkey(k), signal));

/** One download, by its cache key (`key(request)`), shared with every other caller. */
export const bytesByKey = (k: string, signal?: AbortSignal): Promise<Uint8Array> => bytesCache.get(k, signal);

/** For tests: forget every download. */
export const clearBytesCache = (): void => bytesCache.clear();

/** Fetch once per absolute URL, shared by every element on the page. */
export function fetchBytes(url: string, opts: LoadOptions & { within?: string } = {}): Promise<Uint8Array> {
  return bytesCache.get(key(request(url, opts, opts.within)), opts.signal);
}

const fetchable = (u: URL) => isFetchableUrl(u.href, location.origin);

export function checkFetchable(url: string): void {
  if (!fetchable(new URL(url))) {
    throw new LoadError('network', `${fileName(url)} is not fetched: only https: addresses and addresses on this site are allowed.`, { url });
  }
}

export function resolveUrl(src: string, base = document.baseURI): string {
  try {
    return new URL(src, base).href;
  } catch {
    throw new LoadError('network', `"${src}" is not a web address.`, { url: src });
  }
}

/**
 * A companion extract (areas, neighbours) named inside an extract, resolved against the extract's URL. It must be
 * on the same origin as the extract, so a tampered extract cannot send the page's requests anywhere else.
 */
export function companion(name: string, base: string, what: string): string {
  let u: URL;
  try {
    u = new URL(name, base);
  } catch {
    throw new LoadError('bad-metadata', `The extract names its ${what} file as "${name}", which cannot be found relative to ${fileName(base)}.`, { url: base });
  }
  if (u.origin !== new URL(base).origin || u.origin === 'null' || !/^https?:$/.test(u.protocol)) {
    throw new LoadError('bad-metadata', `The extract names its ${what} file as "${name}", on another site: companion files must sit beside the extract.`, { url: base });
  }
  return u.href;
}
