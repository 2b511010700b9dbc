// What npm users get: package.json entry points and side-effect flags, the custom elements manifest, and the
// library build in dist/lib (built here if missing; `npm test` builds first).
import { before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';

const root = join(import.meta.dirname, '../../..');
const pkgDir = (p: string) => join(root, 'packages', p);
const readJson = (file: string) => JSON.parse(readFileSync(file, 'utf8'));
const TAGS = readdirSync(join(pkgDir('components'), 'src')).filter((d) => d.startsWith('inclusion-')).sort();

/** Every file an exports map points at (string targets and condition objects, patterns skipped). */
function targets(exports: Record<string, unknown>): string[] {
  const out: string[] = [];
  const walk = (v: unknown) => {
    if (typeof v === 'string') { if (!v.includes('*')) out.push(v); } else if (v && typeof v === 'object') Object.values(v).forEach(walk);
  };
  walk(exports);
  return out;
}

describe('workspace packages', () => {
  for (const p of ['core', 'components', 'embed']) {
    test(`${p}: every exports target exists, and files lists what they need`, () => {
      const m = readJson(join(pkgDir(p), 'package.json'));
      for (const t of targets(m.exports)) {
        assert.ok(existsSync(join(pkgDir(p), t)), `${p} exports ${t}, which does not exist`);
        assert.ok(m.files.some((f: string) => t.replace(/^\.\//, '').startsWith(f)), `${p}: ${t} is not in "files"`);
      }
      assert.ok('sideEffects' in m, `${p} should say whether it has side effects`);
    });
  }

  test('components: an entry point per element, and only the define files have side effects', () => {
    const m = readJson(join(pkgDir('components'), 'package.json'));
    for (const tag of TAGS) assert.equal(m.exports[`./${tag}`], `./src/${tag}/define.ts`, tag);
    assert.deepEqual(m.sideEffects, ['./src/**/define.ts', './src/define-all.ts']);
    assert.equal(m.customElements, 'custom-elements.json');
    assert.equal(readJson(join(pkgDir('core'), 'package.json')).sideEffects, false);
  });

  // custom-elements.json being what the analyzer writes now: element-docs.test.ts (one analyzer run, not two at once).

  test('the manifest describes every element, with its attributes and parts', () => {
    const cem = readJson(join(pkgDir('components'), 'custom-elements.json'));
    const decls = cem.modules.flatMap((m: { declarations?: unknown[] }) => m.declarations ?? []) as { tagName?: string; description?: string; attributes?: unknown[]; cssParts?: { name: string }[] }[];
    assert.deepEqual(decls.filter((d) => d.tagName).map((d) => d.tagName).sort(), TAGS);
    // A class whose doc comment is parted from it (by a constant between them) loses its docs in Storybook.
    assert.deepEqual(decls.filter((d) => d.tagName && !d.description?.trim()).map((d) => d.tagName), [], 'elements with no description');
    const tile = decls.find((d) => d.tagName === 'inclusion-tile')!;
    assert.ok(tile.attributes!.length >= 5);
    assert.ok(['title', 'summary', 'table'].every((p) => tile.cssParts?.some((c) => c.name === p)), 'tile parts');
  });
});

describe('npm library build (dist/lib)', () => {
  const lib = join(root, 'dist/lib');

  before(() => {
    if (existsSync(join(lib, 'components/package.json')) && existsSync(join(lib, 'components/src/index.d.ts'))) return;
    execFileSync(process.execPath, [join(root, 'node_modules/rollup/dist/bin/rollup'), '-c', '--silent'], { cwd: root, stdio: 'inherit' });
    execFileSync(process.execPath, [join(root, 'node_modules/typescript/bin/tsc'), '-p', 'tsconfig.build.json'], { cwd: root, stdio: 'inherit' });
  });

  for (const p of ['core', 'components']) {
    test(`${p}: every export resolves to built JavaScript and its declarations`, () => {
      const m = readJson(join(lib, p, 'package.json'));
      assert.equal(m.name, `@inclusion-dashboard/${p}`);
      const files = targets(m.exports);
      assert.ok(files.some((f) => f.endsWith('.d.ts')) && !files.some((f) => f.endsWith('.ts') && !f.endsWith('.d.ts')), 'no .ts source targets');
      for (const t of [...files, m.types]) assert.ok(existsSync(join(lib, p, t)), `${p}: ${t} is missing`);
    });

    test(`${p}: the built files import only their own modules and declared dependencies`, () => {
      const m = readJson(join(lib, p, 'package.json'));
      const deps = Object.keys(m.dependencies ?? {});
      const js = readdirSync(join(lib, p), { recursive: true }).map(String).filter((f) => f.endsWith('.js'));
      assert.ok(js.length > 5);
      for (const f of js) {
        for (const [, spec] of readFileSync(join(lib, p, f), 'utf8').matchAll(/^(?:import|export)\b[^'"]*?['"]([^'"]+)['"]/gm)) {
          if (spec.startsWith('.')) assert.ok(existsSync(join(lib, p, f, '..', spec)), `${f} imports missing ${spec}`);
          else assert.ok(deps.some((d) => spec === d || spec.startsWith(`${d}/`)), `${f} imports ${spec}, not a dependency`);
        }
      }
    });
  }

  test('components: the define files it flags as side effects exist, and the manifest names .js modules', () => {
    for (const tag of TAGS) assert.ok(existsSync(join(lib, 'components/src', tag, 'define.js')), tag);
    const cem = readFileSync(join(lib, 'components/custom-elements.json'), 'utf8');
    assert.ok(!/"path": "src\/[^"]+\.ts"/.test(cem), 'manifest paths should point at .js');
  });
});
