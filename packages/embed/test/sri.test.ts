// Subresource Integrity (issue 19, item 7). The release zip's importmap.json gives the integrity of every
// per-element entry and chunk; the import-map snippet its index.html offers, used from the unpacked folder in
// Chromium, draws the tile, and a chunk changed on the server is refused (while an integrity on the entry alone
// would let it run). Every script-tag snippet in the docs carries `integrity`: the placeholder that `npm run sri`
// replaces, or a value that matches the current build.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { extname, join, normalize } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Browser } from 'playwright-core';
import { ROOT, ensureRelease } from './release-helper';

const VERSION = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')).version as string;
const hash = (bytes: Buffer) => `sha384-${createHash('sha384').update(bytes).digest('base64')}`;
const { SRI_PLACEHOLDER } = (await import(pathToFileURL(join(ROOT, 'scripts/sri.mjs')).href)) as { SRI_PLACEHOLDER: string };
const unescape = (s: string) => s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#(\d+);/g, (_, n) => String.fromCharCode(Number(n))).replace(/&amp;/g, '&');

const TYPES: Record<string, string> = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.json': 'application/json' };

describe('the release zip: per-element entries with an import map that carries integrity', () => {
  let site = '', dir = '', browser: Browser, server: Server;
  /** A file the server changes (as a compromised host would): path under the folder → bytes served instead. */
  const tampered = new Map<string, Buffer>();
  const FOLDER = '/files/inclusion-dashboard/';
  let base = '';

  before(async () => {
    await ensureRelease();
    dir = mkdtempSync(join(tmpdir(), 'sri-site-'));
    execFileSync('unzip', ['-q', join(ROOT, 'release', `inclusion-dashboard-site-${VERSION}.zip`), '-d', dir]);
    site = join(dir, `inclusion-dashboard-${VERSION}`);
    server = createServer((req, res) => {
      const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
      const rel = path.startsWith(FOLDER) ? path.slice(FOLDER.length) : '';
      const file = normalize(join(site, rel));
      if (!rel || !file.startsWith(site) || !existsSync(file) || statSync(file).isDirectory()) { res.writeHead(404).end(); return; }
      res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream', 'cache-control': 'no-store' });
      res.end(tampered.get(rel) ?? readFileSync(file));
    });
    await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}${FOLDER}`;
    const { launch } = (await import(pathToFileURL(join(ROOT, 'scripts/screenshot.mjs')).href)) as { launch: () => Promise<Browser> };
    browser = await launch();
  });
  after(async () => {
    await browser?.close();
    server?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  test('importmap.json covers every entry and chunk under dist/elements, with the hash of its bytes', () => {
    const map = JSON.parse(readFileSync(join(site, 'importmap.json'), 'utf8')) as { integrity: Record<string, string> };
    const js = readdirSync(join(site, 'dist/elements'), { recursive: true }).map(String).filter((f) => f.endsWith('.js')).sort();
    assert.deepEqual(Object.keys(map.integrity).sort(), js.map((f) => `./dist/elements/${f}`));
    assert.ok(js.some((f) => f.startsWith('chunks/')), 'the chunks are covered');
    for (const f of js) assert.equal(map.integrity[`./dist/elements/${f}`], hash(readFileSync(join(site, 'dist/elements', f))), f);
  });

  /** The page the index's import-map snippet makes, in the folder; `map: false` drops the import map. */
  function page(name: string, { map = true } = {}): string {
    const index = readFileSync(join(site, 'index.html'), 'utf8');
    const block = [...index.matchAll(/<pre><code>([\s\S]*?)<\/code><\/pre>/g)].map((m) => unescape(m[1])).find((b) => b.includes('type="importmap"'));
    assert.ok(block, 'index.html offers an import-map snippet');
    const json = JSON.parse(/<script type="importmap">([\s\S]*?)<\/script>/.exec(block)![1]);
    assert.deepEqual(json, JSON.parse(readFileSync(join(site, 'importmap.json'), 'utf8')), 'the snippet is importmap.json');
    const snippet = map ? block : block.replace(/<script type="importmap">[\s\S]*?<\/script>\n/, '');
    writeFileSync(join(site, name), `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>SRI</title><link rel="icon" href="data:,"></head>\n<body><main>\n${snippet}\n</main></body></html>\n`);
    return `${base}${name}`;
  }

  /** Loads a page in a fresh context; what it drew (the tile's value, or null) and what the console said. */
  async function visit(url: string): Promise<{ value: string | null; defined: boolean; errors: string[] }> {
    const context = await browser.newContext();
    const p = await context.newPage();
    const errors: string[] = [];
    p.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
    p.on('pageerror', (e) => errors.push(String(e)));
    await p.goto(url);
    const value = await p.locator('inclusion-tile .value').textContent({ timeout: 10_000 }).catch(() => null);
    const defined = await p.evaluate(() => !!customElements.get('inclusion-tile'));
    await context.close();
    return { value, defined, errors };
  }

  /** A chunk the tile's entry imports statically. */
  const chunkOfTile = () => /from"\.\/(chunks\/[\w-]+\.js)"/.exec(readFileSync(join(site, 'dist/elements/inclusion-tile.js'), 'utf8'))![1];

  test('the snippet draws the tile, with every file checked', async () => {
    tampered.clear();
    const r = await visit(page('sri-intact.html'));
    assert.deepEqual({ ...r, value: null }, { value: null, defined: true, errors: [] });
    assert.match(r.value ?? '', /^\d[\d,.]*%?$/, 'the tile drew its figure');
  });

  test('a chunk changed on the server is refused: the element never runs, and the console says why', async () => {
    const chunk = `dist/elements/${chunkOfTile()}`;
    tampered.set(chunk, Buffer.concat([readFileSync(join(site, chunk)), Buffer.from('\n;globalThis.tampered=1;\n')]));
    try {
      const r = await visit(page('sri-tampered.html'));
      assert.equal(r.value, null);
      assert.equal(r.defined, false);
      assert.ok(r.errors.some((e) => /integrity/i.test(e) && e.includes(chunk.split('/').pop()!)), r.errors.join('\n'));
      // Without the import map, the entry's own integrity is met and the changed chunk runs: why the map is needed.
      const bare = await visit(page('sri-entry-only.html', { map: false }));
      assert.equal(bare.defined, true, 'an integrity on the entry alone does not cover its chunks');
    } finally {
      tampered.clear();
    }
  });
});

// ------------------------------------------------------------------------------------------ the docs

/** Files whose script-tag snippets readers copy. */
function docFiles(): string[] {
  const md = (d: string) => readdirSync(join(ROOT, d)).filter((f) => f.endsWith('.md')).map((f) => `${d}/${f}`);
  const readmes = readdirSync(join(ROOT, 'packages/components/src')).map((d) => `packages/components/src/${d}/README.md`).filter((f) => existsSync(join(ROOT, f)));
  const snippets = readdirSync(join(ROOT, 'packages/demo/public/snippets')).filter((f) => f.endsWith('.html')).map((f) => `packages/demo/public/snippets/${f}`);
  return ['README.md', ...md('docs'), ...md('docs/elements'), ...md('packages/embed/publish'), ...readmes, ...snippets];
}

describe('script-tag snippets in the docs carry integrity', () => {
  const built = existsSync(join(ROOT, 'dist/inclusion-dashboard.js'));
  const tags = docFiles().flatMap((f) => [...readFileSync(join(ROOT, f), 'utf8').matchAll(/<script\b[^>]*\bsrc="([^"]+)"[^>]*>/g)].map((m) => ({ f, tag: m[0], src: m[1] })));

  test('there are snippets to check', () => {
    assert.ok(tags.length >= 15, `${tags.length} script tags`);
  });

  test('every one has integrity and crossorigin="anonymous"; each value is the placeholder or the current build\'s', () => {
    const bad: string[] = [];
    for (const { f, tag, src } of tags) {
      const integrity = /\bintegrity="([^"]*)"/.exec(tag)?.[1];
      if (!integrity || !/\bcrossorigin="anonymous"/.test(tag)) { bad.push(`${f}: ${tag}`); continue; }
      // publish/*.md: release.mjs writes the real hash in place of SHA384 (release.test.ts checks the result).
      if (integrity === SRI_PLACEHOLDER || (f.startsWith('packages/embed/publish/') && integrity === 'SHA384')) continue;
      // A real value: it must be the hash of the file the current build makes at that path.
      const path = /\/(dist\/.*|inclusion-dashboard\.js|embed-parent\.js)$/.exec(src)?.[1];
      const file = path && [join(ROOT, path), join(ROOT, 'dist', path), join(ROOT, 'packages/demo/public', path)].find((p) => existsSync(p));
      if (!built || !file || hash(readFileSync(file)) !== integrity) bad.push(`${f}: ${integrity} is neither ${SRI_PLACEHOLDER} nor the hash of the built ${src}`);
    }
    assert.deepEqual(bad, []);
  });

  test('the placeholder fails closed: it is valid base64, so a snippet pasted unchanged is refused, not run unchecked', () => {
    assert.match(SRI_PLACEHOLDER, /^sha384-[A-Za-z0-9+/_-]+$/);
  });

  test('docs/embedding.md says how to replace it, and covers the import map and the one-file bundle for SRI', () => {
    const doc = readFileSync(join(ROOT, 'docs/embedding.md'), 'utf8');
    assert.ok(doc.includes(SRI_PLACEHOLDER) && doc.includes('npm run sri'));
    assert.match(doc, /importmap\.json/);
    assert.match(doc, /--importmap/);
    assert.match(doc, /one-file bundle/);
  });
});
