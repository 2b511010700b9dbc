// A @web/test-runner plugin serving hostile responses for the error-state tests, under /__fixtures/:
//   /__fixtures/status/<code>               that HTTP status, with a short text body
//   /__fixtures/slow/<ms>/<id>/<path>       waits ms, then serves the repo file at <path>, counting under <id>
//   /__fixtures/chunked/<path>              the repo file at <path> with no Content-Length, in 16 KB chunks
//   /__fixtures/log/<id>                    JSON { hits, aborted }: how many requests counted under <id> arrived,
//                                           and how many the browser gave up on before the response was sent
//   /__fixtures/referer/<id>                JSON: the Referer header of the last request counted under <id>, or null
//   /__fixtures/cors/<path>                 the repo file at <path>, readable from any origin (CORS *)
//   /__fixtures/redirect/<path>             302 to /__fixtures/cors/<path> on the OTHER loopback name: a redirect
//                                           that leaves the page's origin for one that allows the read
//   /__fixtures/store/<id>/<path>           PUT stores the request body in memory; GET serves it (with Content-Length):
//                                           generated hostile extracts, with companions beside them under the same <id>
//   /__fixtures/page?csp=<policy>&module=<path>  an HTML page sent with that Content-Security-Policy header, loading
//                                           the repo module at <path> (for the Trusted Types tests, in an iframe)
// Paths keep the file's own folder at the end, so an extract's companions (areas.arrow beside it) resolve to
// the same kind of fixture.
// None of these send CORS headers, so fetched from the other loopback name (127.0.0.1 vs localhost) they fail
// as a cross-origin read does.
//
// Koa composes its middleware when the server is created, before plugins' serverStart runs, so app.use() there
// is never reached; the fixtures are answered by a plain Node handler put in front of Koa's instead.
import { createReadStream, existsSync, statSync } from 'node:fs';
import { resolve, sep } from 'node:path';

const PREFIX = '/__fixtures/';

export function fixturesPlugin({ rootDir }) {
  const log = new Map(); // id -> { hits, aborted }
  const referers = new Map(); // id -> the last Referer header
  const entry = (id) => {
    if (!log.has(id)) log.set(id, { hits: 0, aborted: 0 });
    return log.get(id);
  };
  /** A file under the repo root, never outside it. */
  const file = (p) => {
    const full = resolve(rootDir, `.${p ?? ''}`);
    return full.startsWith(resolve(rootDir) + sep) && existsSync(full) && statSync(full).isFile() ? full : null;
  };
  const send = (res, status, type, body) => {
    res.writeHead(status, { 'content-type': type, 'cache-control': 'no-store', 'content-length': Buffer.byteLength(body) });
    res.end(body);
  };

  const stored = new Map(); // "<id>/<path>" -> Buffer
  let storedBytes = 0;

  function handle(req, res) {
    const url = new URL(req.url, 'http://fixtures');
    const parts = url.pathname.slice(PREFIX.length).split('/');
    const kind = parts[0];
    if (kind === 'store') {
      const key = parts.slice(1).join('/');
      if (req.method === 'PUT') {
        const chunks = [];
        req.on('data', (c) => chunks.push(c));
        req.on('end', () => {
          const body = Buffer.concat(chunks);
          storedBytes += body.length - (stored.get(key)?.length ?? 0);
          if (storedBytes > 512 * 1024 * 1024) stored.clear(), (storedBytes = body.length); // a test run's worth
          stored.set(key, body);
          send(res, 201, 'text/plain', 'stored');
        });
        return;
      }
      const body = stored.get(key);
      if (!body) return send(res, 404, 'text/plain', 'nothing stored');
      res.writeHead(200, { 'content-type': key.endsWith('.json') ? 'application/json' : 'application/vnd.apache.arrow.file', 'cache-control': 'no-store', 'content-length': body.length });
      return res.end(body);
    }
    if (kind === 'page') {
      const module = url.searchParams.get('module') ?? '';
      if (!/^\/[\w./-]+$/.test(module)) return send(res, 400, 'text/plain', 'bad module path');
      const csp = (url.searchParams.get('csp') ?? '').replace(/[\r\n]/g, ' ');
      const body = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>fixture page</title></head><body><script type="module" src="${module}"></script></body></html>`;
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store', 'content-length': Buffer.byteLength(body), ...(csp ? { 'content-security-policy': csp } : {}) });
      return res.end(body);
    }
    if (kind === 'status') return send(res, Number(parts[1]) || 500, 'text/plain', `fixture status ${parts[1]}`);
    if (kind === 'log') return send(res, 200, 'application/json', JSON.stringify(log.get(parts[1]) ?? { hits: 0, aborted: 0 }));
    if (kind === 'referer') return send(res, 200, 'application/json', JSON.stringify(referers.get(parts[1]) ?? null));
    if (kind === 'redirect') {
      const [host, port] = (req.headers.host ?? '').split(':');
      const other = host === '127.0.0.1' ? 'localhost' : '127.0.0.1';
      res.writeHead(302, { location: `http://${other}:${port}${PREFIX}cors/${parts.slice(1).join('/')}`, 'cache-control': 'no-store' });
      return res.end();
    }
    if (kind === 'cors') {
      const path = file(`/${parts.slice(1).join('/')}`);
      if (!path) return send(res, 404, 'text/plain', 'no such fixture file');
      res.writeHead(200, { 'content-type': 'application/vnd.apache.arrow.file', 'cache-control': 'no-store', 'access-control-allow-origin': '*', 'content-length': statSync(path).size });
      return createReadStream(path).pipe(res);
    }
    const [ms, id] = kind === 'slow' ? [Math.min(Number(parts[1]) || 0, 60_000), parts[2]] : [0, ''];
    const path = file(`/${parts.slice(kind === 'slow' ? 3 : 1).join('/')}`);
    if (id) {
      entry(id).hits++;
      referers.set(id, req.headers.referer ?? null);
    }
    if (!path) return send(res, 404, 'text/plain', 'no such fixture file');
    const arrow = { 'content-type': 'application/vnd.apache.arrow.file', 'cache-control': 'no-store' };
    if (kind === 'chunked') {
      res.writeHead(200, arrow); // no content-length: Node sends it chunked
      createReadStream(path, { highWaterMark: 16 * 1024 }).pipe(res);
      return;
    }
    if (kind === 'slow') {
      let sent = false;
      const timer = setTimeout(() => {
        sent = true;
        res.writeHead(200, { ...arrow, 'content-length': statSync(path).size });
        createReadStream(path).pipe(res);
      }, ms);
      // The connection closing before anything was sent means the browser gave up (its fetch was aborted).
      res.once('close', () => {
        clearTimeout(timer);
        if (!sent && id) entry(id).aborted++;
      });
      return;
    }
    send(res, 404, 'text/plain', 'unknown fixture');
  }

  return {
    name: 'inclusion-fixtures',
    serverStart({ server }) {
      const others = server.listeners('request');
      server.removeAllListeners('request');
      server.on('request', (req, res) => {
        if (req.url?.startsWith(PREFIX)) handle(req, res);
        else for (const l of others) l.call(server, req, res);
      });
    },
  };
}
