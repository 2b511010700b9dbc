// A small static server for the demo sites and tests: no dependencies, loopback only.
import { createServer } from 'node:http';
import { createReadStream, statSync } from 'node:fs';
import { extname, join, normalize, resolve } from 'node:path';

const TYPES = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8', '.json': 'application/json', '.map': 'application/json',
  '.arrow': 'application/vnd.apache.arrow.file', '.svg': 'image/svg+xml', '.png': 'image/png', '.ico': 'image/x-icon',
};

/** The strict policy an LA CMS might send: nothing inline, nothing third-party. */
export const STRICT_CSP = "default-src 'self'; style-src 'self'; script-src 'self'; img-src 'self' data:; object-src 'none'; base-uri 'self'";

/**
 * Serve `routes` (URL prefix → folder) on 127.0.0.1. Every response carries the strict CSP,
 * so the demo proves the elements need nothing more (`csp: null` for Storybook, whose own pages are inline scripts).
 */
export function serve(routes, { port = 0, csp = STRICT_CSP } = {}) {
  const table = Object.entries(routes).map(([p, d]) => [p, resolve(d)]).sort(([a], [b]) => b.length - a.length);
  const server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    const hit = table.find(([prefix]) => path === prefix || path.startsWith(prefix.endsWith('/') ? prefix : `${prefix}/`));
    if (!hit) return send404(res);
    const [prefix, dir] = hit;
    let file = normalize(join(dir, path.slice(prefix.length)));
    if (!file.startsWith(dir)) return send404(res);
    try {
      if (statSync(file).isDirectory()) file = join(file, 'index.html');
      const size = statSync(file).size;
      res.writeHead(200, {
        'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
        'content-length': size,
        ...(csp ? { 'content-security-policy': csp } : {}),
        'x-content-type-options': 'nosniff',
        'cache-control': 'no-cache',
      });
      createReadStream(file).pipe(res);
    } catch {
      send404(res);
    }
  });
  return new Promise((ok) => server.listen(port, '127.0.0.1', () => ok(server)));
}

function send404(res) {
  res.writeHead(404, { 'content-type': 'text/plain' });
  res.end('Not found');
}
