// The components tarball's declarations as a TypeScript user meets them: a consumer project, with the tarball,
// React 19's and Vue's types installed from the registry, compiled by the repository's tsc with skipLibCheck off,
// under moduleResolution NodeNext and Bundler. `@ts-expect-error` lines prove the elements are not `any`
// (an unused expect-error is itself an error). Also: packages/components/types is what gen-types.mjs writes now.
// Svelte: svelte-check (Svelte's own language tools, with the TypeScript 5 they need: TS 7 has no JS API) on .svelte
// files in a consumer project with the tarball, one file that must pass and one whose two mistakes it must report.
import { before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { ensureRelease } from './release-helper';
import { join } from 'node:path';

const root = join(import.meta.dirname, '../../..');
const VERSION = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).version as string;
const tgz = join(root, 'release', `inclusion-dashboard-components-${VERSION}.tgz`);
const versionOf = (p: string) => JSON.parse(readFileSync(join(root, 'node_modules', p, 'package.json'), 'utf8')).version as string;

const MAIN = `import { InclusionTile, type InclusionErrorDetail } from '@inclusion-dashboard/components';
import type { InclusionBenchmarkEventMap, InclusionBreakdownEventMap, InclusionMapEventMap, InclusionRankingEventMap,
  InclusionSpineEventMap, InclusionTableEventMap, InclusionTileEventMap, InclusionTrendEventMap } from '@inclusion-dashboard/components';
import '@inclusion-dashboard/components/inclusion-tile';

const tile = document.createElement('inclusion-tile');
const typed: InclusionTile = tile;
tile.area = '886';
tile.headingLevel = 3;
// @ts-expect-error: area is a string property, so the element is typed (not any)
tile.area = { code: 886 };
tile.addEventListener('inclusion-error', (e) => {
  const detail: InclusionErrorDetail = e.detail;
  const message: string = e.detail.message;
  void detail; void message;
});
tile.addEventListener('inclusion-ready', (e) => {
  // The tile's model (core's Benchmark): its figure as DfE published it, or null with a status.
  const value: number | null = e.detail.value;
  const period: string = e.detail.periodLabel;
  void value; void period;
  // @ts-expect-error: the ready event carries the tile's model, which has no such field
  void e.detail.noSuchField;
});
document.querySelector('inclusion-trend')?.addEventListener('inclusion-ready', (e) => { const periods: string[] = e.detail.periods; void periods; });
// Every element's inclusion-ready detail is its model, not \`unknown\` (which would make the lines above errors too).
type Known<M extends { 'inclusion-ready': CustomEvent<unknown> }> = unknown extends M['inclusion-ready']['detail'] ? false : true;
export const readyTyped: [Known<InclusionBenchmarkEventMap>, Known<InclusionBreakdownEventMap>, Known<InclusionMapEventMap>,
  Known<InclusionRankingEventMap>, Known<InclusionSpineEventMap>, Known<InclusionTableEventMap>, Known<InclusionTileEventMap>,
  Known<InclusionTrendEventMap>] = [true, true, true, true, true, true, true, true];
tile.addEventListener('click', (e) => { const x: number = e.clientX; void x; });
const trend = document.querySelector('inclusion-trend');
// @ts-expect-error: years is a number
if (trend) trend.years = 'ten';
export { typed };
`;

const APP = `import type {} from '@inclusion-dashboard/components/react';

export function App() {
  return (
    <main>
      <inclusion-tile src="data/ehcp.arrow" indicator="ehcp-20-weeks" area={886} heading-level={3} />
      <inclusion-benchmark src="data/ehcp.arrow" indicator="ehcp-20-weeks" area="Salford" neighbours="each" />
      {/* @ts-expect-error: neighbours is 'average' or 'each' */}
      <inclusion-benchmark neighbours="some" />
    </main>
  );
}
`;

const VUE = `import type {} from '@inclusion-dashboard/components/vue';
import type { GlobalComponents } from 'vue';

export type Tile = GlobalComponents['inclusion-tile'];
// @ts-expect-error: not one of ours
export type Missing = GlobalComponents['inclusion-nothing'];
`;

function tsconfig(module: string, moduleResolution: string) {
  return JSON.stringify({
    compilerOptions: {
      target: 'ES2022', module, moduleResolution, lib: ['ES2022', 'DOM', 'DOM.Iterable'], jsx: 'react-jsx',
      strict: true, skipLibCheck: false, noEmit: true, types: [],
    },
    files: ['main.ts', 'app.tsx', 'vue.ts'],
  });
}

describe('consumer type-check of the components tarball', () => {
  let dir = '';
  before(async () => {
    await ensureRelease();
    dir = mkdtempSync(join(tmpdir(), 'types-consumer-'));
    writeFileSync(join(dir, 'package.json'), JSON.stringify({ name: 'types-consumer', private: true, type: 'module' }));
    execFileSync('npm', ['install', '--prefer-offline', '--no-audit', '--no-fund', '--no-package-lock', '--loglevel=error',
      tgz, `@types/react@${versionOf('@types/react')}`, `vue@${versionOf('vue')}`], { cwd: dir, stdio: 'pipe' });
    writeFileSync(join(dir, 'main.ts'), MAIN);
    writeFileSync(join(dir, 'app.tsx'), APP);
    writeFileSync(join(dir, 'vue.ts'), VUE);
  });

  for (const [module, resolution] of [['NodeNext', 'NodeNext'], ['ESNext', 'Bundler']]) {
    test(`compiles under moduleResolution ${resolution}, skipLibCheck off`, () => {
      const config = `tsconfig.${resolution}.json`;
      writeFileSync(join(dir, config), tsconfig(module, resolution));
      try {
        execFileSync(process.execPath, [join(root, 'node_modules/typescript/bin/tsc'), '-p', config], { cwd: dir, encoding: 'utf8', stdio: 'pipe' });
      } catch (e) {
        assert.fail(`tsc -p ${config} failed:\n${(e as { stdout?: string }).stdout}`);
      }
    });
  }
});

test('packages/components/types is what scripts/gen-types.mjs writes from custom-elements.json', () => {
  execFileSync(process.execPath, [join(root, 'scripts/gen-types.mjs'), '--check'], { cwd: root, stdio: 'pipe' });
});

// Pinned: svelte-check drives TypeScript through its JS API, which TS 7 (the repository's) no longer has.
const SVELTE = ['svelte@5.57.3', 'svelte-check@4.7.8', 'typescript@5.9.3'];

const GOOD_SVELTE = `<script lang="ts">
  import type {} from '@inclusion-dashboard/components/svelte';
  import type { InclusionErrorDetail } from '@inclusion-dashboard/components';

  let tile: HTMLElementTagNameMap['inclusion-tile'] | undefined = $state();
  $effect(() => {
    tile?.addEventListener('inclusion-error', (e) => {
      const detail: InclusionErrorDetail = e.detail;
      console.log(detail.message);
    });
  });
</script>

<inclusion-tile bind:this={tile} src="data/ehcp.arrow" indicator="ehcp-20-weeks" area={886} heading-level={3}></inclusion-tile>
<inclusion-benchmark src="data/ehcp.arrow" indicator="ehcp-20-weeks" area="Salford" neighbours="each" class="chart"></inclusion-benchmark>
<inclusion-trend src="data/ehcp.arrow" indicator="ehcp-20-weeks" area="Salford" intervals></inclusion-trend>
`;

const BAD_SVELTE = `<script lang="ts">
  import type {} from '@inclusion-dashboard/components/svelte';
  const trend = document.querySelector('inclusion-trend');
  if (trend) trend.years = 'ten';
</script>

<inclusion-benchmark src="data/ehcp.arrow" indicator="ehcp-20-weeks" area="Salford" neighbours="some"></inclusion-benchmark>
`;

test('Svelte: svelte-check passes markup using the elements and reports wrong attribute and property types', { timeout: 300_000 }, async () => {
  await ensureRelease();
  const dir = mkdtempSync(join(tmpdir(), 'svelte-consumer-'));
  writeFileSync(join(dir, 'package.json'), JSON.stringify({ name: 'svelte-consumer', private: true, type: 'module' }));
  execFileSync('npm', ['install', '--prefer-offline', '--no-audit', '--no-fund', '--no-package-lock', '--loglevel=error', tgz, ...SVELTE], { cwd: dir, stdio: 'pipe' });
  mkdirSync(join(dir, 'src'));
  writeFileSync(join(dir, 'src/Good.svelte'), GOOD_SVELTE);
  writeFileSync(join(dir, 'src/Bad.svelte'), BAD_SVELTE);
  writeFileSync(join(dir, 'tsconfig.json'), JSON.stringify({
    compilerOptions: { target: 'ES2022', module: 'ESNext', moduleResolution: 'Bundler', lib: ['ES2022', 'DOM', 'DOM.Iterable'], strict: true, skipLibCheck: false, noEmit: true, verbatimModuleSyntax: true, types: [] },
    include: ['src/**/*.svelte'],
  }));
  let out = '';
  try {
    out = execFileSync(process.execPath, [join(dir, 'node_modules/svelte-check/bin/svelte-check'), '--output', 'machine', '--tsconfig', './tsconfig.json'], { cwd: dir, encoding: 'utf8', stdio: 'pipe' });
  } catch (e) {
    out = (e as { stdout?: string }).stdout ?? ''; // exit 1: errors found, as Bad.svelte must have
  }
  const errors = out.split('\n').filter((l) => / ERROR /.test(l));
  assert.ok(/COMPLETED \d+ FILES/.test(out), out);
  assert.deepEqual(errors.filter((l) => !l.includes('"src/Bad.svelte"')), [], 'Good.svelte has no errors');
  assert.equal(errors.length, 2, out);
  // Machine output escapes the message's quotes: match the words.
  assert.ok(errors.some((l) => / 7:\d+ .*some.*not assignable to type .*average.*each/.test(l)), `neighbours is typed in markup: ${errors.join('\n')}`);
  assert.ok(errors.some((l) => / 4:\d+ .*not assignable to type 'number'/.test(l)), `years is typed on the element: ${errors.join('\n')}`);
  rmSync(dir, { recursive: true, force: true });
});
