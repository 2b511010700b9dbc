// The demo server (scripts/serve.mjs) sends Arrow, scripts, JSON, CSS, HTML and SVG compressed as the client asks
// (brotli, else gzip), each decoding to the exact file; anything else, and any client that asks for nothing, gets
// the file as it is. docs/hosting.md shows the same on real hosts.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { request, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { ROOT } from './harness';

type Serve = (routes: Record<string, string>, opts?: { port?: number; csp?: string; compression?: object | false }) => Promise<Server>;
const { serve, chooseEncoding } = (await import(pathToFileURL(join(ROOT, 'scripts/serve.mjs')).href)) as {
  serve: Serve; chooseEncoding: (h: string | undefined) => string | null;
};

const DATA = join(ROOT, 'packages/sample-data/data');
const PUBLIC = join(ROOT, 'packages/demo/public');

interface Reply { status: number; headers: IncomingHttpHeaders; body: Buffer }

function get(base: string, path: string, headers: Record<string, string> = {}, method = 'GET'): Promise<Reply> {
  return new Promise((ok, fail) => {
    // node:http sends no Accept-Encoding unless asked, and never decodes: the bytes are the bytes on the wire.
    const req = request(`${base}${path}`, { method, headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c)).on('end', () => ok({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }));
    });
    req.on('error', fail).end();
  });
}

function decode(r: Reply): Buffer {
  const enc = r.headers['content-encoding'];
  if (enc === 'br') return brotliDecompressSync(r.body);
  if (enc === 'gzip') return gunzipSync(r.body);
  assert.equal(enc, undefined, `unexpected coding ${enc}`);
  return r.body;
}

describe('demo server compression', () => {
  let server: Server;
  let base: string;
  let tmp: string;

  before(async () => {
    tmp = mkdtempSync(join(tmpdir(), 'serve-compression-'));
    // Built here from the real extract, so each type has a file: its metadata as JSON, a drawing, unknown bytes.
    const arrow = readFileSync(join(DATA, 'ehcp.arrow'));
    writeFileSync(join(tmp, 'meta.json'), JSON.stringify({ file: 'ehcp.arrow', bytes: arrow.length }, null, 2).repeat(20));
    writeFileSync(join(tmp, 'mark.svg'), `<svg xmlns="http://www.w3.org/2000/svg">${'<rect width="1" height="1"/>'.repeat(200)}</svg>`);
    writeFileSync(join(tmp, 'blob.bin'), arrow.subarray(0, 4096));
    writeFileSync(join(tmp, 'changing.js'), 'export const v = 1;\n'.repeat(100));
    server = await serve({ '/': PUBLIC, '/data': DATA, '/t': tmp }, { port: 0 });
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  after(async () => {
    server.closeAllConnections();
    await new Promise<void>((ok) => server.close(() => ok()));
    rmSync(tmp, { recursive: true, force: true });
  });

  const FILES: [string, string, string][] = [
    ['/data/ehcp.arrow', join(DATA, 'ehcp.arrow'), 'application/vnd.apache.arrow.file'],
    ['/data/exclusions.arrow', join(DATA, 'exclusions.arrow'), 'application/vnd.apache.arrow.file'],
    ['/demo.js', join(PUBLIC, 'demo.js'), 'text/javascript; charset=utf-8'],
    ['/demo.css', join(PUBLIC, 'demo.css'), 'text/css; charset=utf-8'],
    ['/', join(PUBLIC, 'index.html'), 'text/html; charset=utf-8'],
    ['/t/meta.json', '', 'application/json'],
    ['/t/mark.svg', '', 'image/svg+xml'],
  ];

  for (const coding of ['br', 'gzip'] as const) {
    for (const [path, file, type] of FILES) {
      it(`${path} with Accept-Encoding: ${coding} is ${coding}, decodes to the file, and says so`, async () => {
        const want = readFileSync(file || join(tmp, path.slice(3)));
        const r = await get(base, path, { 'accept-encoding': coding });
        assert.equal(r.status, 200);
        assert.equal(r.headers['content-encoding'], coding);
        assert.equal(r.headers['content-type'], type);
        assert.match(String(r.headers.vary), /accept-encoding/i);
        assert.equal(Number(r.headers['content-length']), r.body.length, 'Content-Length is the compressed length');
        assert.ok(r.body.length < want.length, `${r.body.length} compressed bytes should be fewer than ${want.length}`);
        assert.ok(decode(r).equals(want), 'decodes to the exact file bytes');
      });
    }
  }

  it('a browser-like Accept-Encoding gets brotli, and the Arrow extracts shrink to under a third', async () => {
    for (const f of ['ehcp.arrow', 'exclusions.arrow', 'attendance.arrow']) {
      const want = readFileSync(join(DATA, f));
      const r = await get(base, `/data/${f}`, { 'accept-encoding': 'gzip, deflate, br, zstd' });
      assert.equal(r.headers['content-encoding'], 'br');
      assert.ok(r.body.length < want.length / 3, `${f}: ${r.body.length} of ${want.length} bytes`);
      assert.ok(decode(r).equals(want));
    }
  });

  it('a client that refuses brotli (q=0) gets gzip; one that refuses both gets the file as it is', async () => {
    const want = readFileSync(join(DATA, 'ehcp.arrow'));
    const g = await get(base, '/data/ehcp.arrow', { 'accept-encoding': 'br;q=0, gzip' });
    assert.equal(g.headers['content-encoding'], 'gzip');
    assert.ok(decode(g).equals(want));
    const none = await get(base, '/data/ehcp.arrow', { 'accept-encoding': 'br;q=0, gzip;q=0' });
    assert.equal(none.headers['content-encoding'], undefined);
    assert.ok(none.body.equals(want));
  });

  it('a client without Accept-Encoding gets the file as it is, with its length and the Arrow type', async () => {
    const want = readFileSync(join(DATA, 'ehcp.arrow'));
    const r = await get(base, '/data/ehcp.arrow');
    assert.equal(r.status, 200);
    assert.equal(r.headers['content-encoding'], undefined);
    assert.equal(r.headers['content-type'], 'application/vnd.apache.arrow.file');
    assert.equal(Number(r.headers['content-length']), want.length);
    assert.ok(r.body.equals(want));
  });

  it('an unknown type is sent as it is, as octet-stream, whatever the client accepts', async () => {
    const want = readFileSync(join(tmp, 'blob.bin'));
    const r = await get(base, '/t/blob.bin', { 'accept-encoding': 'br, gzip' });
    assert.equal(r.status, 200);
    assert.equal(r.headers['content-encoding'], undefined);
    assert.equal(r.headers['content-type'], 'application/octet-stream');
    assert.equal(Number(r.headers['content-length']), want.length);
    assert.ok(r.body.equals(want));
  });

  it('HEAD gives the compressed length and no body; a matching ETag gets 304', async () => {
    const full = await get(base, '/data/ehcp.arrow', { 'accept-encoding': 'br' });
    const head = await get(base, '/data/ehcp.arrow', { 'accept-encoding': 'br' }, 'HEAD');
    assert.equal(head.status, 200);
    assert.equal(head.body.length, 0);
    assert.equal(head.headers['content-length'], full.headers['content-length']);
    assert.ok(full.headers.etag);
    const again = await get(base, '/data/ehcp.arrow', { 'accept-encoding': 'br', 'if-none-match': String(full.headers.etag) });
    assert.equal(again.status, 304);
    assert.equal(again.body.length, 0);
    // The gzip representation has its own validator, so a brotli ETag does not stand for it.
    const gz = await get(base, '/data/ehcp.arrow', { 'accept-encoding': 'gzip', 'if-none-match': String(full.headers.etag) });
    assert.equal(gz.status, 200);
  });

  it('a file changed on disk is compressed again, not served stale from the cache', async () => {
    const file = join(tmp, 'changing.js');
    const first = await get(base, '/t/changing.js', { 'accept-encoding': 'br' });
    assert.ok(decode(first).equals(readFileSync(file)));
    writeFileSync(file, 'export const v = 2;\n'.repeat(100));
    const later = new Date(Date.now() + 5000);
    utimesSync(file, later, later);
    const second = await get(base, '/t/changing.js', { 'accept-encoding': 'br' });
    assert.ok(decode(second).equals(readFileSync(file)));
    assert.match(decode(second).toString(), /v = 2/);
  });

  it('a missing file and a path outside the routes are 404', async () => {
    assert.equal((await get(base, '/data/nothing.arrow', { 'accept-encoding': 'br' })).status, 404);
    assert.equal((await get(base, '/data/../../../package.json', { 'accept-encoding': 'br' })).status, 404);
  });

  it('chooses the coding from Accept-Encoding as HTTP says (q values, *, case)', () => {
    assert.equal(chooseEncoding(undefined), null);
    assert.equal(chooseEncoding(''), null);
    assert.equal(chooseEncoding('identity'), null);
    assert.equal(chooseEncoding('gzip, deflate, br, zstd'), 'br');
    assert.equal(chooseEncoding('GZIP'), 'gzip');
    assert.equal(chooseEncoding('br;q=0.5, gzip;q=0.8'), 'gzip');
    assert.equal(chooseEncoding('br;q=0, gzip'), 'gzip');
    assert.equal(chooseEncoding('*'), 'br');
    assert.equal(chooseEncoding('*;q=0.1, br;q=0'), 'gzip');
    assert.equal(chooseEncoding('deflate'), null);
  });
});
