#!/usr/bin/env node
// Prints the Subresource Integrity hash of the release bundle (or of the files named), for integrity="…":
//   node scripts/sri.mjs                      sha384-…  dist/inclusion-dashboard.js
//   node scripts/sri.mjs --tag https://cdn.example/inclusion-dashboard.js
//                                             the <script> tag to paste, with integrity and crossorigin
// Run it on the exact bytes you publish: any rebuild (even a changed source map comment) changes the hash.
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

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
  const hash = `sha384-${createHash('sha384').update(readFileSync(path)).digest('base64')}`;
  if (tagUrl) {
    console.log(`<script type="module" src="${tagUrl}" integrity="${hash}" crossorigin="anonymous"></script>`);
  } else {
    console.log(`${hash}  ${file}`);
  }
}
process.exitCode = failed ? 1 : 0;
