#!/usr/bin/env node
// `npm run size` (and the 'bundle size' stage of `npm test`): gzip and brotli sizes of the one-file bundle and of
// each per-element entry point with every chunk it loads, what contributes most, and a non-zero exit over budget.
// Reads dist/ as built by `npm run build`; `--build` (or a missing dist/) runs rollup first.
// KB here is 1000 bytes; gzip is level 9, brotli quality 11, each file compressed on its own as a server would.
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

const root = resolve(import.meta.dirname, '..');
const dist = join(root, 'dist');
const ONE_FILE = 'inclusion-dashboard.js';

/**
 * gzip KB limits. The tile entry is "tile plus core": Lit, the chart shell, core and the Arrow reader, no Plot. The
 * map draws its own SVG, so it is the same plus its hexagon layouts (about 2 KB): no Plot, no map library.
 */
export const BUDGETS = { [ONE_FILE]: 150, 'elements/inclusion-tile.js': 60, 'elements/inclusion-map.js': 60 };

const gz = (buf) => gzipSync(buf, { level: 9 }).length;
const br = (buf) => brotliCompressSync(buf, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
const kb = (n) => (n / 1000).toFixed(1).padStart(7);

function build() {
  console.log('Building (rollup -c)…');
  execFileSync(process.execPath, [join(root, 'node_modules/rollup/dist/bin/rollup'), '-c', '--silent'], { cwd: root, stdio: 'inherit' });
}

/** Sizes of a list of files (paths relative to dist/), each compressed separately, summed. */
function measure(files) {
  let min = 0, gzip = 0, brotli = 0;
  for (const f of files) {
    const buf = readFileSync(join(dist, f));
    min += buf.length; gzip += gz(buf); brotli += br(buf);
  }
  return { min, gzip, brotli };
}

const BASE64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

/** Decode one source-map segment's VLQ fields. */
function vlq(segment) {
  const out = [];
  let value = 0, shift = 0;
  for (const ch of segment) {
    const digit = BASE64.indexOf(ch);
    value += (digit & 31) << shift;
    if (digit & 32) { shift += 5; continue; }
    out.push(value & 1 ? -(value >>> 1) : value >>> 1);
    value = 0; shift = 0;
  }
  return out;
}

/** node_modules/<pkg> or packages/<pkg>/src/<folder>: the unit a reader can act on. */
function groupOf(source) {
  const nm = source.split('node_modules/').pop();
  if (nm !== source) return nm.startsWith('@') ? nm.split('/').slice(0, 2).join('/') : nm.split('/')[0];
  const m = /packages\/([^/]+)\/src\/([^/]+)/.exec(source);
  if (!m) return source;
  return m[2].endsWith('.ts') ? `${m[1]} (top level)` : `${m[1]}/${m[2]}`;
}

/**
 * Which sources the minified bytes of these files come from, via their source maps. Each group's slice is
 * gzipped on its own, then scaled so the groups add up to the files' real gzip size (shared context makes
 * the whole smaller than the sum of its parts), so the figures are shares, not exact sizes.
 */
function contributions(files) {
  const slices = new Map();
  for (const f of files) {
    const code = readFileSync(join(dist, f), 'utf8');
    const map = JSON.parse(readFileSync(join(dist, `${f}.map`), 'utf8'));
    const lines = code.split('\n');
    let src = 0;
    map.mappings.split(';').forEach((lineMap, li) => {
      const line = lines[li] ?? '';
      const segs = [];
      let col = 0;
      for (const s of lineMap.split(',')) {
        if (!s) continue;
        const [dc, ds] = vlq(s);
        col += dc;
        if (ds !== undefined) src += ds;
        segs.push([col, ds === undefined ? -1 : src]);
        // Remaining fields (line, column, name) are not needed, but the source index is relative, so keep it.
      }
      segs.forEach(([start, s], i) => {
        const g = s < 0 ? '(unmapped)' : groupOf(map.sources[s]);
        const piece = line.slice(start, i + 1 < segs.length ? segs[i + 1][0] : line.length);
        slices.set(g, (slices.get(g) ?? '') + piece);
      });
    });
  }
  const rows = [...slices].map(([g, text]) => ({ g, min: Buffer.byteLength(text), gzip: gz(Buffer.from(text)) }));
  const total = measure(files).gzip;
  const sum = rows.reduce((a, r) => a + r.gzip, 0);
  for (const r of rows) r.share = (r.gzip * total) / sum;
  return rows.sort((a, b) => b.share - a.share);
}

function printContributions(title, files, top = 14) {
  const rows = contributions(files);
  console.log(`\n${title}: where the gzip bytes come from (source-map attribution, shares of the total)`);
  console.log(`${'gzip KB'.padStart(7)} ${'min KB'.padStart(7)}  source`);
  for (const r of rows.slice(0, top)) console.log(`${kb(r.share)} ${kb(r.min)}  ${r.g}`);
  const rest = rows.slice(top);
  if (rest.length) console.log(`${kb(rest.reduce((a, r) => a + r.share, 0))} ${kb(rest.reduce((a, r) => a + r.min, 0))}  ${rest.length} more`);
}

if (process.argv.includes('--build') || !existsSync(join(dist, ONE_FILE)) || !existsSync(join(dist, 'elements/entries.json'))) build();

const entries = JSON.parse(readFileSync(join(dist, 'elements/entries.json'), 'utf8'));
const rows = [{ name: ONE_FILE, files: [ONE_FILE] }];
for (const [tag, files] of Object.entries(entries).sort()) {
  rows.push({ name: `elements/${tag}.js`, files: files.map((f) => `elements/${f}`) });
}

console.log(`${'entry'.padEnd(34)} ${'files'.padStart(5)} ${'min KB'.padStart(7)} ${'gzip KB'.padStart(7)} ${'br KB'.padStart(7)} ${'budget'.padStart(7)}`);
const failures = [];
for (const r of rows) {
  const s = measure(r.files);
  const budget = BUDGETS[r.name];
  const over = budget !== undefined && s.gzip > budget * 1000;
  if (over) failures.push(`${r.name}: ${(s.gzip / 1000).toFixed(1)} KB gzip > ${budget} KB`);
  console.log(`${r.name.padEnd(34)} ${String(r.files.length).padStart(5)} ${kb(s.min)} ${kb(s.gzip)} ${kb(s.brotli)} ${budget === undefined ? '' : `${String(budget).padStart(4)} KB`}${over ? '  OVER' : ''}`);
}
console.log('(per-element rows count the entry and every chunk it imports)');

printContributions(ONE_FILE, [ONE_FILE]);
printContributions('elements/inclusion-tile.js with its chunks', rows.find((r) => r.name === 'elements/inclusion-tile.js').files, 10);

if (failures.length) {
  console.error(`\nOver budget:\n  ${failures.join('\n  ')}`);
  process.exitCode = 1;
} else {
  console.log('\nAll bundles within budget.');
}
