#!/usr/bin/env node
// `npm run release [-- --no-build]`: versioned artifacts in release/ (gitignored) that need no build to use.
//   release/inclusion-dashboard-<pkg>-<version>.tgz   an npm tarball per published package (core, components,
//                                                     embed, sample-data), each installable on its own
//   release/inclusion-dashboard-site-<version>.zip    a folder a council unpacks onto any web server, in any
//                                                     sub-folder: bundle, per-element entries, iframe embed page,
//                                                     extracts, an index of every indicator, sri.json, and
//                                                     importmap.json (integrity for every per-element file)
//   release/sri.json                                   the integrity of every script shipped
// Builds first (rollup, declarations, their import extensions) unless --no-build. The workspace package.json
// files stay as they are (source exports for tests and Storybook): each tarball's manifest is written here.
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { crc32, deflateRawSync } from 'node:zlib';
import { fixTree } from './fix-dts.mjs';
import { importMap, importMapTag, sri, sriManifest } from './sri.mjs';

const root = resolve(import.meta.dirname, '..');
const out = join(root, 'release');
const stage = join(out, '.stage');
const dist = join(root, 'dist');
const readJson = (f) => JSON.parse(readFileSync(f, 'utf8'));
const writeJson = (f, v) => writeFileSync(f, `${JSON.stringify(v, null, 2)}\n`);
const VERSION = readJson(join(root, 'package.json')).version;
const node = (...args) => execFileSync(process.execPath, args, { cwd: root, stdio: 'inherit' });
const LICENSE = readFileSync(join(root, 'LICENSE'), 'utf8');
const OGL = 'Contains public sector information licensed under the Open Government Licence v3.0. Source: Department for Education';
const DATA = join(root, 'packages/sample-data/data');
const esc = (s) => String(s).replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

if (!process.argv.includes('--no-build')) {
  console.log('Building (rollup -c, tsc -p tsconfig.build.json)…');
  node('node_modules/rollup/dist/bin/rollup', '-c', '--silent');
  node('node_modules/typescript/bin/tsc', '-p', 'tsconfig.build.json');
}
for (const f of ['inclusion-dashboard.js', 'catalogue.js', 'elements/entries.json', 'lib/components/package.json', 'lib/core/src/index.d.ts']) {
  if (!existsSync(join(dist, f))) throw new Error(`dist/${f} is missing: run without --no-build.`);
}
fixTree(join(dist, 'lib/core'));
fixTree(join(dist, 'lib/components'));
node('scripts/gen-types.mjs', '--check');

rmSync(out, { recursive: true, force: true });
mkdirSync(stage, { recursive: true });

/** What the extracts hold, read with the same module the embed builder uses. */
const { fromExtracts, fromCatalogue, periodLabel } = await import(pathToFileURL(join(dist, 'catalogue.js')).href);
const dataFiles = readdirSync(DATA, { recursive: true }).map(String).filter((f) => statSync(join(DATA, f)).isFile()).sort();
const index = existsSync(join(DATA, 'catalogue.json'))
  ? fromCatalogue(readJson(join(DATA, 'catalogue.json')))
  : fromExtracts(dataFiles.filter((f) => f.endsWith('.arrow')).map((file) => ({ file, bytes: readFileSync(join(DATA, file)) })));

// ---------------------------------------------------------------- npm packages

/** The library manifest rollup wrote (dist/lib/<pkg>/package.json) with what a published package needs. */
function libManifest(pkg, extra) {
  const m = readJson(join(dist, 'lib', pkg, 'package.json'));
  m.exports = { ...m.exports, ...extra.exports, './package.json': './package.json' };
  m.files = [...new Set([...m.files, ...(extra.files ?? [])])];
  m.engines = { node: '>=20' };
  m.keywords = ['send', 'alternative-provision', 'inclusion', 'education', 'dfe', 'web-components', 'lit'];
  return m;
}

function stagePackage(pkg, manifest, readme, copies = []) {
  const dir = join(stage, pkg);
  mkdirSync(dir, { recursive: true });
  for (const [from, to] of copies) cpSync(from, join(dir, to), { recursive: true });
  writeFileSync(join(dir, 'README.md'), readme.replaceAll('VERSION', VERSION));
  writeFileSync(join(dir, 'LICENSE'), manifest.license === 'MIT' ? LICENSE : `${OGL}.\n\nThe data files in this package are licensed under the Open Government Licence v3.0:\nhttps://www.nationalarchives.gov.uk/doc/open-government-licence/version/3/\n\nFor the code of the project they come from, see its LICENSE (MIT):\n\n${LICENSE}`);
  writeJson(join(dir, 'package.json'), manifest);
  return dir;
}
const readme = (pkg) => readFileSync(join(root, 'packages/embed/publish', `${pkg}.md`), 'utf8');
const noMaps = (src) => !src.endsWith('.map');

// core: the library build as rollup and tsc wrote it.
const core = libManifest('core', {});
const coreDir = stagePackage('core', core, readme('core'), [[join(dist, 'lib/core/src'), 'src']]);

// components: plus the generated framework and event declarations, and core inside it (bundleDependencies), since
// core is not on the registry: the tarball then installs with only lit and Plot from npm.
const components = libManifest('components', {
  exports: {
    '.': { types: './types/index.d.ts', default: './src/index.js' },
    './react': { types: './types/react.d.ts' },
    './vue': { types: './types/vue.d.ts' },
    './svelte': { types: './types/svelte.d.ts' },
  },
  files: ['types'],
});
components.types = './types/index.d.ts';
components.bundleDependencies = ['@inclusion-dashboard/core'];
// npm installs nothing for a bundled package, so what core needs from the registry is declared here too.
components.dependencies = { ...core.dependencies, ...components.dependencies };
const componentsDir = stagePackage('components', components, readme('components'), [
  [join(dist, 'lib/components/src'), 'src'],
  [join(dist, 'lib/components/custom-elements.json'), 'custom-elements.json'],
  [join(root, 'packages/components/types'), 'types'],
  [coreDir, 'node_modules/@inclusion-dashboard/core'],
]);
// The package's main declarations: the library, its typed events and tag names.
writeFileSync(join(componentsDir, 'types/index.d.ts'), "export * from '../src/index.js';\nexport type * from './elements.js';\nimport './elements.js';\n");
// Each define entry brings the tag-name map and typed events with it.
for (const f of readdirSync(join(componentsDir, 'src'), { recursive: true }).map(String)) {
  if (/(^|\/)define(-all)?\.d\.ts$/.test(f)) {
    const file = join(componentsDir, 'src', f);
    const rel = `${'../'.repeat(f.split('/').length)}types/elements.js`;
    writeFileSync(file, `${readFileSync(file, 'utf8')}import '${rel}';\n`);
  }
}

// embed: the built bundle and per-element entries, no dependencies at all.
const embedDir = join(stage, 'embed');
mkdirSync(embedDir, { recursive: true });
cpSync(join(dist, 'inclusion-dashboard.js'), join(embedDir, 'inclusion-dashboard.js'));
cpSync(join(dist, 'inclusion-dashboard.js.map'), join(embedDir, 'inclusion-dashboard.js.map'));
cpSync(join(dist, 'elements'), join(embedDir, 'elements'), { recursive: true });
writeFileSync(join(embedDir, 'inclusion-dashboard.d.ts'), '// Registers every inclusion-dashboard element; exports nothing.\nexport {};\n');
writeJson(join(embedDir, 'sri.json'), sriManifest(embedDir));
const embedM = readJson(join(root, 'packages/embed/package.json'));
const bundleSri = readJson(join(embedDir, 'sri.json'))['inclusion-dashboard.js'];
stagePackage('embed', {
  name: embedM.name, version: VERSION, description: embedM.description, license: 'MIT', type: 'module',
  exports: {
    '.': { types: './inclusion-dashboard.d.ts', default: './inclusion-dashboard.js' },
    './inclusion-dashboard.js': './inclusion-dashboard.js',
    './elements/*': './elements/*',
    './sri.json': './sri.json',
    './package.json': './package.json',
  },
  types: './inclusion-dashboard.d.ts',
  sideEffects: true,
  files: ['inclusion-dashboard.js', 'inclusion-dashboard.js.map', 'inclusion-dashboard.d.ts', 'elements', 'sri.json'],
  engines: { node: '>=20' },
}, readme('embed').replace('SHA384', bundleSri));

// sample-data: the extracts and where every figure in them comes from.
const dataM = readJson(join(root, 'packages/sample-data/package.json'));
function provenance() {
  const lines = [`# Provenance of the extracts (${VERSION})`, '', `${OGL}.`, '',
    'Every value is as DfE published it; suppressed and missing values are kept as their DfE symbol with no value.', '',
    '| Indicator | id | File | Periods | Source |', '|---|---|---|---|---|'];
  for (const i of index.indicators) {
    const periods = i.periods.length ? `${periodLabel(i.periods[0])} to ${periodLabel(i.periods.at(-1))}` : '';
    const source = i.url ? `[${i.publication ?? i.url}](${i.url})` : (i.publication ?? '');
    lines.push(`| ${i.label} | \`${i.id}\` | \`${i.file}\` | ${periods} | ${source} |`);
  }
  lines.push('', `Areas (local authorities, regions, England, with code changes and boundary changes): \`${index.areas}\`.`);
  return `${lines.join('\n')}\n`;
}
const dataDir = stagePackage('sample-data', {
  ...dataM, license: 'OGL-UK-3.0',
  exports: { './package.json': './package.json', './*': './data/*' },
  files: ['data', 'PROVENANCE.md'],
  sideEffects: false,
}, readme('sample-data'), [[DATA, 'data']]);
writeFileSync(join(dataDir, 'PROVENANCE.md'), provenance());

const tarballs = [];
for (const pkg of ['core', 'components', 'embed', 'sample-data']) {
  const json = execFileSync('npm', ['pack', join(stage, pkg), '--pack-destination', out, '--json', '--silent'], { cwd: out, encoding: 'utf8' });
  tarballs.push(JSON.parse(json)[0].filename);
}

// ---------------------------------------------------------------- the site zip

/** The folder a council unpacks: the same layout as the demo server (dist/, data/, pages at the top). */
const SITE = `inclusion-dashboard-${VERSION}`;
const site = join(stage, SITE);
mkdirSync(join(site, 'dist'), { recursive: true });
for (const f of ['inclusion-dashboard.js', 'catalogue.js']) cpSync(join(dist, f), join(site, 'dist', f));
cpSync(join(dist, 'elements'), join(site, 'dist/elements'), { recursive: true, filter: noMaps });
cpSync(DATA, join(site, 'data'), { recursive: true });
const PUBLIC = join(root, 'packages/demo/public');
for (const f of readdirSync(PUBLIC).filter((f) => /^(embed|builder)[\w-]*\.(html|js|css)$/.test(f) || f === 'demo.css')) {
  // Root-relative paths (the demo server's /dist/) become relative, so the folder works wherever it is served.
  const text = readFileSync(join(PUBLIC, f), 'utf8').replace(/(["'(])\/(dist|data)\//g, '$1$2/');
  writeFileSync(join(site, f), text);
}
writeFileSync(join(site, 'LICENSE.txt'), LICENSE);
const siteSri = sriManifest(join(site, 'dist'));
writeJson(join(site, 'sri.json'), Object.fromEntries(Object.entries(siteSri).map(([k, v]) => [`dist/${k}`, v])));
// An integrity attribute on an entry's <script> covers that file, not the chunks it imports: an import map's
// `integrity` covers them all. Keys are relative to a page in this folder (./), as the index's snippet uses it.
const elementsMap = importMap(join(site, 'dist/elements'), './dist/elements/');
writeJson(join(site, 'importmap.json'), elementsMap);
writeFileSync(join(site, 'index.css'), `body { font-family: system-ui, sans-serif; margin: 1rem auto; max-width: 72rem; padding: 0 1rem; line-height: 1.4; }
table { border-collapse: collapse; width: 100%; margin-bottom: 2rem; }
th, td { text-align: left; padding: .3rem .5rem; border-bottom: 1px solid #b1b4b6; vertical-align: top; }
code, pre { font-family: ui-monospace, monospace; font-size: .9em; }
pre { background: #f3f2f1; padding: .75rem; overflow-x: auto; white-space: pre-wrap; }
`);

function siteIndex() {
  const example = index.indicators.find((i) => i.coverage === 'la') ?? index.indicators[0];
  const tag = `<script type="module" src="dist/inclusion-dashboard.js" integrity="${siteSri['inclusion-dashboard.js']}" crossorigin="anonymous"></script>
<inclusion-tile src="data/${example.file}" indicator="${example.id}" area="Salford"></inclusion-tile>`;
  const iframe = `<iframe data-inclusion-embed title="${example.label}: Salford"
  src="embed.html?element=inclusion-tile&amp;src=data/${example.file}&amp;indicator=${example.id}&amp;area=Salford"
  width="100%" height="400"></iframe>
<script src="embed-parent.js" integrity="${sri(readFileSync(join(site, 'embed-parent.js')))}" crossorigin="anonymous"></script>`;
  const data = existsSync(join(DATA, 'catalogue.json')) ? 'data/catalogue.json' : `data/${example.file}`;
  const elements = `${importMapTag(elementsMap)}
<script type="module" src="dist/elements/inclusion-tile.js" integrity="${siteSri['elements/inclusion-tile.js']}" crossorigin="anonymous"></script>
<inclusion-tile src="${data}" indicator="${example.id}" area="Salford"></inclusion-tile>`;
  const themes = index.themes.map((t) => {
    const rows = index.indicators.filter((i) => i.theme === t.id).map((i) => `      <tr><td>${esc(i.label)}</td><td><code>${esc(i.id)}</code></td><td><a href="data/${esc(i.file)}"><code>data/${esc(i.file)}</code></a></td><td>${esc(i.unitLabel)}</td><td>${i.periods.length ? `${esc(periodLabel(i.periods[0]))} to ${esc(periodLabel(i.periods.at(-1)))}` : ''}</td><td>${i.breakdown.values.length > 1 ? esc(`${i.breakdown.dimension}: ${i.breakdown.values.join(', ')}`) : ''}</td><td>${i.coverage === 'la' ? 'LAs, regions, England' : 'England only'}</td></tr>`);
    if (!rows.length) return '';
    return `  <h3 id="theme-${esc(t.id)}">${esc(t.label)}</h3>
  <table>
    <thead><tr><th scope="col">Indicator</th><th scope="col">indicator=</th><th scope="col">File (src=)</th><th scope="col">Unit</th><th scope="col">Periods</th><th scope="col">Breakdown</th><th scope="col">Areas</th></tr></thead>
    <tbody>
${rows.join('\n')}
    </tbody>
  </table>`;
  }).join('\n');
  return `<!doctype html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>Inclusion dashboard ${esc(VERSION)}: indicators and files</title>
  <link rel="icon" href="data:,">
  <link rel="stylesheet" href="index.css">
</head>
<body>
<main>
  <h1>Inclusion dashboard ${esc(VERSION)}</h1>
  <p>This folder works from any web address: every path in it is relative. Upload it whole (for example to
    <code>/files/inclusion-dashboard/</code>) and use the snippets below from pages in that folder, or give the full
    address of the folder in <code>src</code>. The elements need the data files on the same site, or CORS headers on them.</p>
  <h2>Put a chart on a page</h2>
  <p>With the script (the <code>integrity</code> value is in <code>sri.json</code>; the script must come from your site or send CORS headers):</p>
  <pre><code>${esc(tag)}</code></pre>
  <p>Or as an iframe (the page needs no script of ours except the optional height helper):</p>
  <pre><code>${esc(iframe)}</code></pre>
  <h3 id="elements-sri">Only the elements you use, each file checked</h3>
  <p><code>dist/elements/&lt;tag&gt;.js</code> loads one element and the chunks it shares with the others. An
    <code>integrity</code> on its script tag covers that one file, not the chunks it imports, so give the browser an
    import map with the integrity of every file (<code>importmap.json</code> holds it), before any module script.
    Browsers that do not know an import map's <code>integrity</code> load the chunks unchecked; an inline import map
    under a Content-Security-Policy needs its hash in <code>script-src</code>. Where every file must be checked in
    every browser, use the one-file bundle above with its one <code>integrity</code>.</p>
  <pre><code>${esc(elements)}</code></pre>
  ${existsSync(join(site, 'builder.html')) ? '<p>The <a href="builder.html">embed builder</a> writes either snippet for the authority, indicator and chart you choose.</p>' : ''}
  <h2>Indicators and the file that holds each</h2>
  <p>${index.indicators.length} indicators in ${index.themes.length} themes. Areas: <a href="data/${esc(index.areas)}"><code>data/${esc(index.areas)}</code></a>.</p>
${themes}
  <h2>What is in this folder</h2>
  <ul>
    <li><code>dist/inclusion-dashboard.js</code>: every element in one file. <code>dist/elements/&lt;tag&gt;.js</code>: one element each, sharing chunks.</li>
    <li><code>embed.html</code> (with <code>embed.js</code>, <code>embed-params.js</code>, <code>embed.css</code>): the iframe page. <code>embed-parent.js</code>: sizes the iframe on your page.</li>
    <li><code>data/</code>: the extracts. <code>sri.json</code>: the integrity of every script. <code>importmap.json</code>: the same for <code>dist/elements/</code>, as an import map.</li>
  </ul>
  <h2>Licence</h2>
  <p>Code: MIT (<a href="LICENSE.txt">LICENSE.txt</a>). Data: ${esc(OGL)}.</p>
</main>
</body>
</html>
`;
}
writeFileSync(join(site, 'index.html'), siteIndex());

/** A zip of `dir` (deflated, fixed timestamps so the same files make the same bytes), entries under `prefix/`. */
function zip(dir, prefix) {
  const files = readdirSync(dir, { recursive: true }).map(String).filter((f) => statSync(join(dir, f)).isFile()).sort();
  const local = [], central = [];
  let offset = 0;
  const DOS_TIME = 0, DOS_DATE = (2026 - 1980) << 9 | 1 << 5 | 1;
  for (const f of files) {
    const name = Buffer.from(`${prefix}/${f.split('\\').join('/')}`);
    const data = readFileSync(join(dir, f));
    const packed = deflateRawSync(data, { level: 9 });
    const crc = crc32(data);
    const head = Buffer.alloc(30);
    head.writeUInt32LE(0x04034b50, 0); head.writeUInt16LE(20, 4); head.writeUInt16LE(0x0800, 6); head.writeUInt16LE(8, 8);
    head.writeUInt16LE(DOS_TIME, 10); head.writeUInt16LE(DOS_DATE, 12); head.writeUInt32LE(crc, 14);
    head.writeUInt32LE(packed.length, 18); head.writeUInt32LE(data.length, 22); head.writeUInt16LE(name.length, 26);
    const entry = Buffer.alloc(46);
    entry.writeUInt32LE(0x02014b50, 0); entry.writeUInt16LE(0x0314, 4); entry.writeUInt16LE(20, 6); entry.writeUInt16LE(0x0800, 8);
    entry.writeUInt16LE(8, 10); entry.writeUInt16LE(DOS_TIME, 12); entry.writeUInt16LE(DOS_DATE, 14); entry.writeUInt32LE(crc, 16);
    entry.writeUInt32LE(packed.length, 20); entry.writeUInt32LE(data.length, 24); entry.writeUInt16LE(name.length, 28);
    entry.writeUInt32LE((0o100644 << 16) >>> 0, 38); entry.writeUInt32LE(offset, 42);
    local.push(head, name, packed);
    central.push(entry, name);
    offset += head.length + name.length + packed.length;
  }
  const cd = Buffer.concat(central);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0); end.writeUInt16LE(files.length, 8); end.writeUInt16LE(files.length, 10);
  end.writeUInt32LE(cd.length, 12); end.writeUInt32LE(offset, 16);
  return Buffer.concat([...local, cd, end]);
}
const zipName = `inclusion-dashboard-site-${VERSION}.zip`;
writeFileSync(join(out, zipName), zip(site, SITE));

// ---------------------------------------------------------------- manifest

writeJson(join(out, 'sri.json'), { version: VERSION, site: readJson(join(site, 'sri.json')), embed: readJson(join(embedDir, 'sri.json')) });
if (!process.argv.includes('--keep-stage')) rmSync(stage, { recursive: true, force: true });
const size = (f) => `${(statSync(join(out, f)).size / 1000).toFixed(0)} KB`;
console.log(`release/ (${VERSION}):`);
for (const f of [...tarballs, zipName, 'sri.json']) console.log(`  ${f.padEnd(48)} ${size(f)}`);
console.log(`  ${index.indicators.length} indicators listed in the site's index.html`);

