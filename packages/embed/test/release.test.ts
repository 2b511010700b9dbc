// What `npm run release` ships, used as a stranger would: each npm tarball installed ALONE into an empty project
// (its dependencies from the registry) and imported; the site zip unpacked into a sub-folder of a second origin
// and a tile and an iframe embed rendered from it on a page of the first origin, in Chromium.
// Runs scripts/release.mjs first unless release/ is fresh (release-helper.ts; --no-build when dist/ is built).
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { execFile, execFileSync } from 'node:child_process';
import { promisify } from 'node:util';
import { createHash } from 'node:crypto';
import { createReadStream, existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { extname, join, normalize } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Browser } from 'playwright-core';
import { ensureRelease } from './release-helper';

const root = join(import.meta.dirname, '../../..');
const release = join(root, 'release');
const VERSION = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).version as string;
const tgz = (pkg: string) => join(release, `inclusion-dashboard-${pkg}-${VERSION}.tgz`);
const temps: string[] = [];
const temp = (prefix: string) => { const d = mkdtempSync(join(tmpdir(), prefix)); temps.push(d); return d; };

before(ensureRelease);
after(() => { for (const d of temps) rmSync(d, { recursive: true, force: true }); });

/** An empty project with only `specs` installed, as `npm install` from the registry does it. */
async function project(specs: string[]): Promise<string> {
  const dir = temp('consumer-');
  writeFileSync(join(dir, 'package.json'), JSON.stringify({ name: 'consumer', private: true, type: 'module' }));
  await promisify(execFile)('npm', ['install', '--prefer-offline', '--no-audit', '--no-fund', '--no-package-lock', '--loglevel=error', ...specs], { cwd: dir });
  return dir;
}
// Exits when done: components' draw queue holds a MessagePort open, which keeps a bare Node process alive.
const run = (dir: string, code: string) => execFileSync(process.execPath, ['--input-type=module', '-e', `${code}\nprocess.exit(0);`], { cwd: dir, encoding: 'utf8', timeout: 30_000 });
const files = (dir: string) => readdirSync(dir, { recursive: true }).map(String);

describe('npm tarballs, each installed on its own', () => {
  // Four empty projects, one tarball each, installed side by side (each alone in its project).
  const PKGS = ['core', 'components', 'embed', 'sample-data'];
  let installed: Record<string, string> = {};
  before(async () => {
    installed = Object.fromEntries(await Promise.all(PKGS.map(async (p) => [p, await project([tgz(p)])])));
  });
  for (const pkg of PKGS) {
    test(`${pkg}: README, LICENSE, package.json export, and what its manifest promises`, () => {
      const list = execFileSync('tar', ['-tzf', tgz(pkg)], { encoding: 'utf8' }).split('\n');
      for (const f of ['package/README.md', 'package/LICENSE', 'package/package.json']) assert.ok(list.includes(f), `${pkg} lacks ${f}`);
      const m = JSON.parse(execFileSync('tar', ['-xzOf', tgz(pkg), 'package/package.json'], { encoding: 'utf8' }));
      assert.equal(m.version, VERSION);
      assert.equal(m.exports['./package.json'], './package.json');
      assert.ok(!JSON.stringify(m.exports).includes('.ts"') || JSON.stringify(m.exports).includes('.d.ts'), 'no source .ts targets');
      assert.ok(!Object.keys(m.dependencies ?? {}).some((d) => d.startsWith('@inclusion-dashboard/') && !(m.bundleDependencies ?? []).includes(d)),
        `${pkg} depends on an unpublished workspace package`);
    });
  }

  test('core installs alone and works in Node', () => {
    const dir = installed['core'];
    const out = run(dir, `import { parsePeriod, AreaDirectory } from '@inclusion-dashboard/core';
      import m from '@inclusion-dashboard/core/package.json' with { type: 'json' };
      console.log(parsePeriod('2018/19'), typeof AreaDirectory, m.name);`);
    assert.equal(out.trim(), '201819 function @inclusion-dashboard/core');
    assert.ok(files(join(dir, 'node_modules/@inclusion-dashboard/core/src')).some((f) => f.endsWith('index.d.ts')));
  });

  test('components installs alone (core bundled inside, lit and Plot from npm) and imports in Node', () => {
    const dir = installed['components'];
    assert.ok(!existsSync(join(dir, 'node_modules/@inclusion-dashboard/core')) || existsSync(join(dir, 'node_modules/@inclusion-dashboard/components/node_modules/@inclusion-dashboard/core')));
    const out = run(dir, `const c = await import('@inclusion-dashboard/components');
      console.log(typeof c.InclusionTile, typeof c.ChartElement, Object.keys(c).length > 8);`);
    assert.equal(out.trim(), 'function function true');
    const cem = JSON.parse(run(dir, `import c from '@inclusion-dashboard/components/custom-elements.json' with { type: 'json' }; console.log(JSON.stringify(c.modules.map((m) => m.path)));`));
    for (const p of cem) assert.ok(existsSync(join(dir, 'node_modules/@inclusion-dashboard/components', p)), `manifest names ${p}, not in the package`);
  });

  test('embed installs alone with no dependencies; its bundle matches sri.json', () => {
    const dir = installed['embed'];
    const pkg = join(dir, 'node_modules/@inclusion-dashboard/embed');
    assert.deepEqual(readdirSync(join(dir, 'node_modules')).filter((d) => !d.startsWith('.')).sort(), ['@inclusion-dashboard']);
    const resolved = run(dir, `console.log(import.meta.resolve('@inclusion-dashboard/embed'))`).trim();
    assert.equal(resolved, pathToFileURL(join(pkg, 'inclusion-dashboard.js')).href);
    const sri = JSON.parse(readFileSync(join(pkg, 'sri.json'), 'utf8'));
    for (const [f, hash] of Object.entries(sri)) {
      assert.equal(`sha384-${createHash('sha384').update(readFileSync(join(pkg, f))).digest('base64')}`, hash, f);
    }
    assert.ok(Object.keys(sri).some((f) => f === 'elements/inclusion-tile.js'));
    assert.match(readFileSync(join(pkg, 'README.md'), 'utf8'), /integrity="sha384-/);
  });

  test('sample-data installs alone; its extracts resolve and carry their provenance', () => {
    const dir = installed['sample-data'];
    const file = run(dir, `import { fileURLToPath } from 'node:url'; console.log(fileURLToPath(import.meta.resolve('@inclusion-dashboard/sample-data/ehcp.arrow')))`).trim();
    assert.equal(readFileSync(file).subarray(0, 6).toString(), 'ARROW1');
    const pkg = join(dir, 'node_modules/@inclusion-dashboard/sample-data');
    assert.equal(JSON.parse(readFileSync(join(pkg, 'package.json'), 'utf8')).license, 'OGL-UK-3.0');
    const prov = readFileSync(join(pkg, 'PROVENANCE.md'), 'utf8');
    assert.match(prov, /Open Government Licence v3\.0\. Source: Department for Education/);
    assert.match(prov, /`ehcp-20-weeks` \| `indicators\/ehcp-20-weeks\.arrow`/);
    assert.match(readFileSync(join(pkg, 'LICENSE'), 'utf8'), /Open Government Licence v3\.0/);
  });
});

// ------------------------------------------------------------------------------------------ the site zip

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.css': 'text/css; charset=utf-8',
  '.json': 'application/json', '.arrow': 'application/vnd.apache.arrow.file', '.txt': 'text/plain; charset=utf-8',
};

/** A static server for `dir` under URL `prefix`, with CORS on every response (as a council would set for a CDN-like folder). */
function serveFolder(dir: string, prefix: string): Promise<Server> {
  const server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    let file = path.startsWith(prefix) ? normalize(join(dir, path.slice(prefix.length))) : '';
    if (!file.startsWith(dir) || !existsSync(file)) { res.writeHead(404).end('Not found'); return; }
    if (statSync(file).isDirectory()) file = join(file, 'index.html');
    res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream', 'access-control-allow-origin': '*' });
    createReadStream(file).pipe(res);
  });
  return new Promise((ok) => server.listen(0, '127.0.0.1', () => ok(server)));
}
const port = (s: Server) => (s.address() as AddressInfo).port;

describe('the site zip, unpacked into a sub-folder of another origin', () => {
  let site: string, host: Server, council: Server, browser: Browser;
  const FOLDER = '/sites/default/files/inclusion-dashboard/';
  let base = '';

  before(async () => {
    const dir = temp('site-');
    execFileSync('unzip', ['-q', join(release, `inclusion-dashboard-site-${VERSION}.zip`), '-d', dir]);
    site = join(dir, `inclusion-dashboard-${VERSION}`);
    council = await serveFolder(site, FOLDER);
    base = `http://127.0.0.1:${port(council)}${FOLDER}`;
    // The council's page: another origin, loading our script (with its integrity) and an iframe from the folder.
    const sri = JSON.parse(readFileSync(join(site, 'sri.json'), 'utf8'));
    const page = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Council page</title><link rel="icon" href="data:,">
      <script type="module" src="${base}dist/inclusion-dashboard.js" integrity="${sri['dist/inclusion-dashboard.js']}" crossorigin="anonymous"></script></head>
      <body><main><h1>Our SEND figures</h1>
      <inclusion-tile src="${base}data/ehcp.arrow" indicator="ehcp-20-weeks" area="Salford"></inclusion-tile>
      <iframe data-inclusion-embed title="EHC plans in 20 weeks: Salford" width="100%" height="400"
        src="${base}embed.html?element=inclusion-tile&amp;src=data/ehcp.arrow&amp;indicator=ehcp-20-weeks&amp;area=Salford"></iframe>
      <script src="${base}embed-parent.js"></script></main></body></html>`;
    const hostDir = temp('host-');
    writeFileSync(join(hostDir, 'index.html'), page);
    host = await serveFolder(hostDir, '/');
    const { launch } = (await import(pathToFileURL(join(root, 'scripts/screenshot.mjs')).href)) as { launch: () => Promise<Browser> };
    browser = await launch();
  });
  after(async () => {
    await browser?.close();
    host?.close();
    council?.close();
  });

  test('every path in the pages is relative: nothing starts at the site root', () => {
    for (const f of files(site).filter((f) => /\.(html|js|css)$/.test(f) && !f.startsWith('dist/'))) {
      const text = readFileSync(join(site, f), 'utf8');
      assert.doesNotMatch(text, /(src|href)="\/(?!\/)/, `${f} has a root-relative path`);
      assert.doesNotMatch(text, /from ['"]\/|import\(['"]\//, `${f} imports from the site root`);
    }
    for (const f of ['index.html', 'embed.html', 'embed.js', 'embed-params.js', 'embed-parent.js', 'embed.css', 'dist/inclusion-dashboard.js', 'dist/elements/inclusion-tile.js', 'sri.json', 'LICENSE.txt', 'data/ehcp.arrow', 'data/areas.arrow']) {
      assert.ok(existsSync(join(site, f)), `the zip lacks ${f}`);
    }
    // Every extract in the workspace's data folder is in the zip.
    for (const f of readdirSync(join(root, 'packages/sample-data/data'))) assert.ok(existsSync(join(site, 'data', f)), f);
  });

  test('index.html lists every indicator with the file that holds it', async () => {
    const page = await browser.newPage();
    await page.goto(`${base}index.html`);
    const rows = await page.$$eval('tbody tr', (trs) => trs.map((tr) => [...tr.querySelectorAll('td')].map((td) => td.textContent!.trim())));
    const { fromCatalogue } = (await import(pathToFileURL(join(root, 'dist/catalogue.js')).href)) as typeof import('../src/catalogue');
    // The data folder holds the national catalogue: one extract per indicator, listed in catalogue.json.
    const expected = fromCatalogue(JSON.parse(readFileSync(join(site, 'data/catalogue.json'), 'utf8')));
    assert.equal(rows.length, expected.indicators.length);
    for (const i of expected.indicators) assert.ok(rows.some((r) => r[1] === i.id && r[2] === `data/${i.file}`), `${i.id} in data/${i.file}`);
    assert.ok(await page.locator('a[href="data/indicators/ehcp-20-weeks.arrow"]').count() > 0);
    await page.close();
  });

  test('the embed builder in the folder writes snippets that point at the folder', async () => {
    const page = await browser.newPage();
    await page.goto(`${base}builder.html?area=355&indicator=ehcp-20-weeks&element=inclusion-tile`);
    await page.locator('#builder').waitFor();
    await page.locator('#preview inclusion-tile .value').waitFor({ timeout: 20000 });
    assert.equal(await page.locator('#preview inclusion-tile .value').textContent(), '50.1%');
    const snippet = await page.locator('#snippet').inputValue();
    assert.ok(snippet.includes(`src="${base}dist/inclusion-dashboard.js"`), snippet);
    // The catalogue and the indicator: the element fetches the catalogue, then only that indicator's extract.
    assert.ok(snippet.includes(`src="${base}data/catalogue.json"\n  indicator="ehcp-20-weeks"`), snippet);
    const sri = JSON.parse(readFileSync(join(site, 'sri.json'), 'utf8'));
    assert.ok(snippet.includes(`integrity="${sri['dist/inclusion-dashboard.js']}"`), 'the integrity the folder lists');
    await page.close();
  });

  test('a page on another origin renders a tile from the folder, and the iframe embed from it, the same', async () => {
    const page = await browser.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(String(e)));
    page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
    await page.goto(`http://127.0.0.1:${port(host)}/index.html`);
    const value = page.locator('inclusion-tile .value');
    await value.waitFor({ timeout: 20000 });
    const frame = page.frameLocator('iframe');
    const framed = frame.locator('inclusion-tile .value');
    await framed.waitFor({ timeout: 20000 });
    assert.equal(await value.textContent(), '50.1%');
    assert.equal(await framed.textContent(), '50.1%');
    assert.equal(await page.locator('inclusion-tile [part=title]').textContent(), await frame.locator('inclusion-tile [part=title]').textContent());
    // embed-parent.js sized the iframe to its content.
    await page.waitForFunction(() => document.querySelector('iframe')!.style.height !== '');
    assert.deepEqual(errors, []);
    await page.close();
  });
});
