#!/usr/bin/env node
// Prints the Subresource Integrity hash of the release bundle (or of the files named), for integrity="…":
//   node scripts/sri.mjs                      sha384-…  dist/inclusion-dashboard.js
//   node scripts/sri.mjs --tag https://cdn.example/inclusion-dashboard.js
//                                             the <script> tag to paste, with integrity and crossorigin
//   node scripts/sri.mjs --importmap https://cdn.example/dist/elements/
//                                             an import map whose `integrity` covers every per-element entry and
//                                             every chunk they import (an integrity attribute on the entry's
//                                             <script> covers that one file only), for dist/elements/ served there
// Run it on the exact bytes you publish: any rebuild (even a changed source map comment) changes the hash.
// `npm run release` uses `sriManifest` to write sri.json beside the files it ships, and `importMap` for the
// site zip's importmap.json. The docs' snippets carry the placeholder SRI_PLACEHOLDER in their place.
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The integrity value of some bytes. */
export function sri(bytes) {
  return `sha384-${createHash('sha384').update(bytes).digest('base64')}`;
}

/** Every .js file under `dir`, by path relative to it (forward slashes), with its integrity value; sorted. */
export function sriManifest(dir) {
  const files = readdirSync(dir, { recursive: true }).map(String).filter((f) => f.endsWith('.js')).sort();
  return Object.fromEntries(files.map((f) => [relative(dir, join(dir, f)).split('\\').join('/'), sri(readFileSync(join(dir, f)))]));
}

/**
 * The placeholder the docs' script-tag snippets carry where the hash goes: valid base64, so a snippet pasted
 * without replacing it fails closed (the browser refuses the script and logs the hash it computed).
 */
export const SRI_PLACEHOLDER = 'sha384-REPLACE-WITH-npm-run-sri';

/**
 * An import map (JSON) whose `integrity` covers every .js under `dir`, keyed by `base` + its path: `base` is the URL
 * the folder is served at, absolute, or relative to the page starting with ./ or ../ (a bare path would be a bare
 * specifier, which an import map's integrity ignores).
 */
export function importMap(dir, base) {
  if (!/^(\.{1,2}\/|\/|https?:\/\/)/.test(base) || !base.endsWith('/')) throw new Error(`importMap: base must be a URL or ./path ending in /, not ${base}`);
  return { integrity: Object.fromEntries(Object.entries(sriManifest(dir)).map(([f, h]) => [`${base}${f}`, h])) };
}

/** The inline <script type="importmap"> for a page, pretty-printed. */
export const importMapTag = (map) => `<script type="importmap">\n${JSON.stringify(map, null, 2)}\n</script>`;

if (import.meta.url === `file://${process.argv[1]}`) {
  const root = fileURLToPath(new URL('..', import.meta.url));
  let tagUrl = null;
  let mapBase = null;
  const files = [];
  for (let i = 2; i < process.argv.length; i++) {
    if (process.argv[i] === '--tag') tagUrl = process.argv[++i] ?? null;
    else if (process.argv[i] === '--importmap') mapBase = process.argv[++i] ?? null;
    else files.push(process.argv[i]);
  }
  if (mapBase !== null) {
    const dir = files[0] ?? `${root}dist/elements`;
    if (!existsSync(dir)) {
      console.error(`${dir} not found: run \`npm run build\` first.`);
      process.exit(1);
    }
    try {
      console.log(importMapTag(importMap(dir, mapBase)));
    } catch (e) {
      console.error(e instanceof Error ? e.message : e);
      process.exit(1);
    }
    process.exit(0);
  }
  const targets = files.length ? files : ['dist/inclusion-dashboard.js'];

  let failed = false;
  for (const file of targets) {
    const path = existsSync(file) ? file : `${root}${file}`;
    if (!existsSync(path)) {
      console.error(`${file} not found: run \`npm run build\` first.`);
      failed = true;
      continue;
    }
    const hash = sri(readFileSync(path));
    if (tagUrl) {
      console.log(`<script type="module" src="${tagUrl}" integrity="${hash}" crossorigin="anonymous"></script>`);
    } else {
      console.log(`${hash}  ${file}`);
    }
  }
  process.exitCode = failed ? 1 : 0;
}
