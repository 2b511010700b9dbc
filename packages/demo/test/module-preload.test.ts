// The demo server names each page's chunks in a `Link: rel=modulepreload` header (scripts/module-preload.mjs), so a
// phone fetches them with the entry instead of a round trip after it (issue 12). Built here from a made-up
// entries.json, so the test does not depend on a build being present.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { request, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { ROOT } from './harness';

const { preloadUrls, linkHeader } = (await import(pathToFileURL(join(ROOT, 'scripts/module-preload.mjs')).href)) as {
  preloadUrls: (html: string, base: string, entries: Record<string, string[]>, lazy?: string[]) => string[];
  linkHeader: (urls: string[]) => string | null;
};
const { serve } = (await import(pathToFileURL(join(ROOT, 'scripts/serve.mjs')).href)) as {
  serve: (routes: Record<string, string>, opts?: object) => Promise<Server>;
};

const ENTRIES = {
  'inclusion-benchmark': ['inclusion-benchmark.js', 'chunks/core-a.js', 'chunks/plot-b.js'],
  'inclusion-tile': ['inclusion-tile.js', 'chunks/core-a.js', 'chunks/tile-c.js'],
};

describe('preloadUrls', () => {
  it('lists every chunk of each element entry on the page, once, in page order', () => {
    const html = '<script type="module" src="/dist/elements/inclusion-tile.js"></script>\n'
      + '<script src="/dist/elements/inclusion-benchmark.js" type="module"></script>';
    assert.deepEqual(preloadUrls(html, '/dist/elements/', ENTRIES),
      ['/dist/elements/chunks/core-a.js', '/dist/elements/chunks/tile-c.js', '/dist/elements/chunks/plot-b.js']);
  });
  it('ignores classic scripts, other folders, unknown entries and file names that leave the folder', () => {
    const html = '<script src="/dist/elements/inclusion-tile.js"></script>'
      + '<script type="module" src="/other/inclusion-tile.js"></script>'
      + '<script type="module" src="/dist/elements/inclusion-nothing.js"></script>';
    assert.deepEqual(preloadUrls(html, '/dist/elements/', ENTRIES), []);
    assert.deepEqual(preloadUrls('<script type="module" src="/dist/elements/x.js">', '/dist/elements/',
      { x: ['x.js', '../../secret.js', 'chunks/a b.js', 'chunks/ok.js'] }), ['/dist/elements/chunks/ok.js']);
  });
  it('leaves out the chunks an element fetches itself as it connects (lazy.json: Plot)', () => {
    const html = '<script type="module" src="/dist/elements/inclusion-benchmark.js"></script>';
    assert.deepEqual(preloadUrls(html, '/dist/elements/', ENTRIES, ['chunks/plot-b.js']), ['/dist/elements/chunks/core-a.js']);
  });
  it('writes one Link header, or none', () => {
    assert.equal(linkHeader(['/a.js', '/b.js']), '</a.js>; rel=modulepreload, </b.js>; rel=modulepreload');
    assert.equal(linkHeader([]), null);
  });
});

describe('demo server Link header', () => {
  let server: Server;
  let base: string;
  let tmp: string;
  before(async () => {
    tmp = mkdtempSync(join(tmpdir(), 'module-preload-'));
    mkdirSync(join(tmp, 'dist/elements'), { recursive: true });
    mkdirSync(join(tmp, 'site'));
    writeFileSync(join(tmp, 'dist/elements/entries.json'), JSON.stringify(ENTRIES));
    writeFileSync(join(tmp, 'dist/elements/lazy.json'), JSON.stringify(['chunks/plot-b.js']));
    writeFileSync(join(tmp, 'site/index.html'), '<!doctype html><script type="module" src="/dist/elements/inclusion-benchmark.js"></script>');
    writeFileSync(join(tmp, 'site/plain.html'), '<!doctype html><p>No elements here.</p>');
    server = await serve({ '/': join(tmp, 'site'), '/dist': join(tmp, 'dist') }, { port: 0 });
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  after(async () => {
    server.closeAllConnections();
    await new Promise<void>((ok) => server.close(() => ok()));
    rmSync(tmp, { recursive: true, force: true });
  });
  const head = (path: string) => new Promise<string | undefined>((ok, fail) => {
    request(`${base}${path}`, { method: 'HEAD' }, (res) => { res.resume(); ok(res.headers.link as string | undefined); }).on('error', fail).end();
  });
  it('names the chunks of the page entry, but not those in lazy.json', async () => {
    assert.equal(await head('/'), '</dist/elements/chunks/core-a.js>; rel=modulepreload');
  });
  it('sends none for a page without element entries, or for anything but HTML', async () => {
    assert.equal(await head('/plain.html'), undefined);
    assert.equal(await head('/dist/elements/entries.json'), undefined);
  });
});
