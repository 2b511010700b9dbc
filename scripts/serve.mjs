// A small static server for the demo sites, tests and the bench: no dependencies, loopback only.
// Text and Arrow files go out compressed (brotli or gzip, as the client accepts), as a real host should send them
// (docs/hosting.md): the compressed bytes are made once per file and kept until the file changes.
import { createHash } from 'node:crypto';
import { createServer } from 'node:http';
import { createReadStream, mkdirSync, readFile, stat, writeFile } from 'node:fs';
import { extname, join, normalize, resolve } from 'node:path';
import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';
import { modulePreloader } from './module-preload.mjs';

const TYPES = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8', '.json': 'application/json', '.map': 'application/json',
  '.arrow': 'application/vnd.apache.arrow.file', '.svg': 'image/svg+xml', '.png': 'image/png', '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8', '.csv': 'text/csv; charset=utf-8',
};
/** Worth compressing: text, and Arrow (dictionary keys and offsets shrink to a sixth or less). PNG is compressed already. */
export const COMPRESSIBLE = new Set(['.arrow', '.js', '.mjs', '.json', '.map', '.css', '.html', '.svg', '.txt', '.csv']);

/** The strict policy an LA CMS might send: nothing inline, nothing third-party. */
export const STRICT_CSP = "default-src 'self'; style-src 'self'; script-src 'self'; img-src 'self' data:; object-src 'none'; base-uri 'self'";

/**
 * Quick settings for `npm start` and the tests, where the first request of a file pays for it. The bench asks
 * for `BEST`, what a host that compresses at build time sends (docs/hosting.md precompresses at these levels).
 */
export const FAST = { brotliQuality: 5, gzipLevel: 6, maxBytes: 16e6 };
export const BEST = { brotliQuality: 11, gzipLevel: 9, maxBytes: 16e6 };

const statAsync = promisify(stat);
const readAsync = promisify(readFile);
const writeAsync = promisify(writeFile);
const brotliAsync = promisify(brotliCompress);
const gzipAsync = promisify(gzip);

/**
 * The coding to send for an Accept-Encoding header: 'br', 'gzip' or null (as is). Brotli wins a tie, a q of 0
 * refuses, and `*` stands for any coding not named.
 */
export function chooseEncoding(header) {
  if (!header) return null;
  const q = new Map();
  for (const part of String(header).split(',')) {
    const [name, ...params] = part.trim().toLowerCase().split(';');
    if (!name) continue;
    const qp = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
    const value = qp ? Number(qp.slice(2)) : 1;
    q.set(name, Number.isFinite(value) ? value : 0);
  }
  const of = (c) => q.get(c) ?? q.get('*') ?? 0;
  const best = ['br', 'gzip'].filter((c) => of(c) > 0).sort((a, b) => of(b) - of(a))[0];
  return best ?? null;
}

/** file + coding + level → { mtimeMs, size, bytes: Promise<Buffer> }: one compression per file version, shared by concurrent requests. */
const cache = new Map();

function compressed(file, st, encoding, opts) {
  const level = encoding === 'br' ? opts.brotliQuality : opts.gzipLevel;
  const key = `${encoding}${level}\0${file}`;
  const hit = cache.get(key);
  if (hit && hit.mtimeMs === st.mtimeMs && hit.size === st.size) return hit.bytes;
  const make = () => readAsync(file).then((buf) => (encoding === 'br'
    ? brotliAsync(buf, { params: { [constants.BROTLI_PARAM_QUALITY]: level, [constants.BROTLI_PARAM_SIZE_HINT]: buf.length } })
    : gzipAsync(buf, { level })));
  // `diskCache`: a folder that keeps the result between runs (brotli 11 of a megabyte takes seconds).
  let bytes;
  if (opts.diskCache) {
    mkdirSync(opts.diskCache, { recursive: true });
    const kept = join(opts.diskCache, `${createHash('sha256').update(`${key}\0${st.size}\0${st.mtimeMs}`).digest('hex').slice(0, 32)}.${encoding}`);
    bytes = readAsync(kept).catch(() => make().then(async (b) => { await writeAsync(kept, b); return b; }));
  } else {
    bytes = make();
  }
  // A failed read (the file went away) is not kept.
  bytes.catch(() => cache.delete(key));
  cache.set(key, { mtimeMs: st.mtimeMs, size: st.size, bytes });
  return bytes;
}

/**
 * Serve `routes` (URL prefix → folder) on 127.0.0.1. Every response carries the strict CSP,
 * so the demo proves the elements need nothing more (`csp: null` for Storybook, whose own pages are inline scripts).
 * `compression`: FAST (default), BEST, or false to send every file as it is. `preload`: `{ base, dir }` of the
 * per-element entries (default: `/dist/elements/` when `/dist` is routed), whose chunks each HTML page's
 * `Link` header names (scripts/module-preload.mjs); false for none.
 */
export function serve(routes, { port = 0, csp = STRICT_CSP, compression = FAST, preload } = {}) {
  const table = Object.entries(routes).map(([p, d]) => [p, resolve(d)]).sort(([a], [b]) => b.length - a.length);
  const hints = preload === false ? null
    : preload ? modulePreloader(preload)
      : routes['/dist'] ? modulePreloader({ base: '/dist/elements/', dir: join(resolve(routes['/dist']), 'elements') }) : null;
  const server = createServer(async (req, res) => {
    let path;
    try {
      path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    } catch {
      return send404(res);
    }
    const hit = table.find(([prefix]) => path === prefix || path.startsWith(prefix.endsWith('/') ? prefix : `${prefix}/`));
    if (!hit) return send404(res);
    const [prefix, dir] = hit;
    let file = normalize(join(dir, path.slice(prefix.length)));
    if (!file.startsWith(dir)) return send404(res);
    try {
      let st = await statAsync(file);
      if (st.isDirectory()) {
        file = join(file, 'index.html');
        st = await statAsync(file);
      }
      const ext = extname(file);
      const encoding = compression && COMPRESSIBLE.has(ext) && st.size <= compression.maxBytes
        ? chooseEncoding(req.headers['accept-encoding']) : null;
      const body = encoding ? await compressed(file, st, encoding, compression) : null;
      // Each coding is its own representation, so it has its own validator.
      const etag = `W/"${st.size.toString(16)}-${Math.floor(st.mtimeMs).toString(16)}${encoding ? `-${encoding}` : ''}"`;
      const headers = {
        'content-type': TYPES[ext] ?? 'application/octet-stream',
        ...(csp ? { 'content-security-policy': csp } : {}),
        'x-content-type-options': 'nosniff',
        'cache-control': 'no-cache',
        etag,
        'last-modified': st.mtime.toUTCString(),
        // Caches between here and the reader must key on the coding the client asked for.
        ...(compression && COMPRESSIBLE.has(ext) ? { vary: 'Accept-Encoding' } : {}),
      };
      const link = hints && ext === '.html' ? hints(file) : null;
      if (link) headers.link = link;
      if (req.headers['if-none-match'] === etag) {
        res.writeHead(304, headers);
        return res.end();
      }
      res.writeHead(200, { ...headers, ...(encoding ? { 'content-encoding': encoding } : {}), 'content-length': body ? body.length : st.size });
      if (req.method === 'HEAD') return res.end();
      if (body) res.end(body);
      else createReadStream(file).on('error', () => res.destroy()).pipe(res);
    } catch {
      if (!res.headersSent) send404(res);
      else res.destroy();
    }
  });
  return new Promise((ok) => server.listen(port, '127.0.0.1', () => ok(server)));
}

function send404(res) {
  res.writeHead(404, { 'content-type': 'text/plain' });
  res.end('Not found');
}
