#!/usr/bin/env node
// `node scripts/fix-dts.mjs [dir…]` (run by `npm run release`): gives every relative import in the emitted .d.ts
// files the extension Node needs. The sources import without extensions (bundler resolution), and tsc copies the
// specifiers as written, so under `moduleResolution: NodeNext` a consumer's `import './inclusion-tile'` resolves to
// nothing and every element silently becomes `any`. A specifier that names a file gets `.js`, a folder `/index.js`;
// source `.ts` extensions become `.js`. Default folders: dist/lib/core and dist/lib/components.
import { existsSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..');

/** `./x` → `./x.js` or `./x/index.js`, whichever declaration exists beside `file`; anything else unchanged. */
export function withExtension(spec, file) {
  if (!spec.startsWith('./') && !spec.startsWith('../')) return spec;
  const base = spec.replace(/\.(ts|js)$/, '');
  const at = join(dirname(file), base);
  if (existsSync(`${at}.d.ts`)) return `${base}.js`;
  if (existsSync(join(at, 'index.d.ts'))) return `${base}/index.js`;
  return spec;
}

/** Every `from '…'`, `import '…'`, `import('…')` and `/// <reference path>`-free specifier in one .d.ts. */
export function fixDeclaration(text, file) {
  return text
    .replace(/(\bfrom\s*|\bimport\s*\(\s*|^\s*import\s+)(['"])([^'"\n]+)\2/gm, (_, lead, q, spec) => `${lead}${q}${withExtension(spec, file)}${q}`);
}

export function fixTree(dir) {
  let changed = 0;
  for (const f of readdirSync(dir, { recursive: true }).map(String)) {
    if (!f.endsWith('.d.ts')) continue;
    const file = join(dir, f);
    if (!statSync(file).isFile()) continue;
    const text = readFileSync(file, 'utf8');
    const out = fixDeclaration(text, file);
    if (out !== text) { writeFileSync(file, out); changed++; }
  }
  return changed;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const dirs = process.argv.slice(2);
  for (const d of dirs.length ? dirs : ['dist/lib/core', 'dist/lib/components']) {
    const n = fixTree(resolve(root, d));
    console.log(`${d}: ${n} declaration files given import extensions`);
  }
}
