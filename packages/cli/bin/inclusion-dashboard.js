#!/usr/bin/env node
// Runs the TypeScript source with no build step. Transpiling it through tsx on every call costs about 1.5 s of
// CPU, so the source is bundled once with esbuild (which tsx brings) into a cache keyed by the source files' sizes
// and dates, and later calls import the bundle (about 0.2 s). Without esbuild, tsx runs the source as before.
import { createHash } from 'node:crypto';
import { existsSync, lstatSync, mkdirSync, readdirSync, renameSync, rmSync, statSync } from 'node:fs';
import { homedir, tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const src = resolve(here, '../src');
const io = { out: (s) => process.stdout.write(s), err: (s) => process.stderr.write(s) };

/** The workspace sources the CLI is built from: its own, core's and the pipeline's. */
function sourceDirs() {
  const dirs = [src];
  for (const pkg of ['core', 'pipeline']) {
    const d = resolve(here, `../../${pkg}/src`);
    if (existsSync(d)) dirs.push(d);
  }
  return dirs;
}

function cacheKey(dirs) {
  const h = createHash('sha256');
  const walk = (d) => {
    for (const e of readdirSync(d, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
      const p = join(d, e.name);
      if (e.isDirectory()) walk(p);
      else if (e.name.endsWith('.ts')) {
        const s = statSync(p);
        h.update(`${p}\0${s.size}\0${s.mtimeMs}\n`);
      }
    }
  };
  dirs.forEach(walk);
  h.update(process.version);
  return h.digest('hex').slice(0, 16);
}

async function bundled() {
  if (process.env.INCLUSION_CLI_NO_CACHE) return null;
  try {
    const base = process.env.XDG_CACHE_HOME || (existsSync(join(homedir(), '.cache')) ? join(homedir(), '.cache') : tmpdir());
    const dir = join(base, `inclusion-dashboard-cli-${process.getuid?.() ?? 'user'}`);
    mkdirSync(dir, { recursive: true, mode: 0o700 });
    // Code is run from here: only from a real folder of ours that no one else can write to.
    const st = lstatSync(dir);
    if (!st.isDirectory() || (process.getuid && st.uid !== process.getuid()) || (st.mode & 0o022) !== 0) return null;
    // One bundle per checkout (named by its path), so that two checkouts never remove each other's.
    const where = createHash('sha256').update(src).digest('hex').slice(0, 8);
    const file = join(dir, `cli-${where}-${cacheKey(sourceDirs())}.mjs`);
    if (!existsSync(file)) {
      const { build } = await import('esbuild');
      const tmp = `${file}.${process.pid}.tmp`;
      await build({
        entryPoints: [join(src, 'main.ts')], bundle: true, platform: 'node', format: 'esm', target: 'node20', outfile: tmp,
        logLevel: 'silent', define: { __CLI_SRC__: JSON.stringify(src) },
        // CommonJS dependencies bundled into ESM need a require.
        banner: { js: "import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);" },
      });
      renameSync(tmp, file);
      // Bundles of older sources are not needed again.
      for (const old of readdirSync(dir)) if (old.startsWith(`cli-${where}-`) && old.endsWith('.mjs') && join(dir, old) !== file) rmSync(join(dir, old), { force: true });
    }
    return await import(pathToFileURL(file).href);
  } catch {
    return null;
  }
}

let mod = await bundled();
if (!mod) {
  const { register } = await import('tsx/esm/api');
  register();
  mod = await import('../src/main.ts');
}
process.exitCode = await mod.main(process.argv.slice(2), io);
