// What importing @inclusion-dashboard/components loads (issue 13: the import is side-effect free and quick). Walks
// the imports from the package's entry, through core's: apache-arrow's writer is not among them (writing extracts
// is `@inclusion-dashboard/core/write`), nor any Node built-in. Plot comes by `import()` as a chart connects (issue
// 18: an element's code evaluates, and asks for its data, without waiting for Plot's), so not statically.
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { it } from 'node:test';

const root = resolve(import.meta.dirname, '../../..');
const ENTRIES: Record<string, string> = {
  '@inclusion-dashboard/components': 'packages/components/src/index.ts',
  '@inclusion-dashboard/core': 'packages/core/src/index.ts',
};

/**
 * Bare specifiers reached from `entry` by static imports (type-only imports left out), and with `dynamic` by
 * `import('…')` too.
 */
function bareImports(entry: string, dynamic = false): Set<string> {
  const seen = new Set<string>();
  const bare = new Set<string>();
  const todo = [join(root, entry)];
  while (todo.length) {
    const file = todo.pop()!;
    if (seen.has(file)) continue;
    seen.add(file);
    const text = readFileSync(file, 'utf8').replace(/\/\*[\s\S]*?\*\//g, '').replace(/^\s*\/\/.*$/gm, '');
    const specs = [...text.matchAll(/^\s*(import|export)\s+(type\s+)?(?:[^'";]*?\s+from\s+)?'([^']+)'/gm)].filter((m) => !m[2]).map((m) => m[3]);
    if (dynamic) specs.push(...[...text.matchAll(/\bimport\(\s*'([^']+)'\s*\)/g)].map((m) => m[1]));
    for (const spec of specs) {
      if (ENTRIES[spec]) todo.push(join(root, ENTRIES[spec]));
      else if (spec.startsWith('.')) {
        const base = resolve(dirname(file), spec);
        const found = [base, `${base}.ts`, join(base, 'index.ts'), base.replace(/\.js$/, '.ts')].find((f) => existsSync(f) && f.endsWith('.ts'));
        assert.ok(found, `${spec} from ${file}`);
        todo.push(found);
      } else bare.add(spec.split('/').slice(0, spec.startsWith('@') ? 2 : 1).join('/'));
    }
  }
  return bare;
}

it('importing the elements loads Lit, Plot and flechette, not apache-arrow (whose writer is core/write) nor Node built-ins', () => {
  const bare = [...bareImports(ENTRIES['@inclusion-dashboard/components'], true)].sort();
  assert.ok(!bare.includes('apache-arrow'), bare.join(', '));
  assert.ok(!bare.some((b) => b.startsWith('node:')), bare.join(', '));
  assert.ok(bare.includes('lit') && bare.includes('@observablehq/plot') && bare.includes('@uwdata/flechette'), bare.join(', '));
});

it('Plot is fetched by import() as a chart connects, not imported with the elements', () => {
  const bare = [...bareImports(ENTRIES['@inclusion-dashboard/components'])].sort();
  assert.ok(bare.includes('lit') && bare.includes('@uwdata/flechette'), bare.join(', '));
  assert.ok(!bare.includes('@observablehq/plot'), bare.join(', '));
});
