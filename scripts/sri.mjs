#!/usr/bin/env node
// Prints the Subresource Integrity hash of the release bundle (or of the files named), for integrity="…":
//   node scripts/sri.mjs                      sha384-…  dist/inclusion-dashboard.js
//   node scripts/sri.mjs --tag https://cdn.example/inclusion-dashboard.js
//                                             the <script> tag to paste, with integrity and crossorigin
// Run it on the exact bytes you publish: any rebuild (even a changed source map comment) changes the hash.
// `npm run release` uses `sriManifest` to write sri.json beside the files it ships.
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

if (import.meta.url === `file://${process.argv[1]}`) {
  const root = fileURLToPath(new URL('..', import.meta.url));
  let tagUrl = null;
  const files = [];
  for (let i = 2; i < process.argv.length; i++) {
    if (process.argv[i] === '--tag') tagUrl = process.argv[++i] ?? null;
    else files.push(process.argv[i]);
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
