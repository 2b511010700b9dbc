// `npm run build-examples -w @inclusion-dashboard/demo`: bundles the React and Vue examples with esbuild into
// public/examples/<name>/dist/app.js (or under another folder given as the first argument), where `npm start`
// serves them at /examples/<name>/. The plain HTML example needs no build.
import { readFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { build } from 'esbuild';
import { compileScript, parse } from 'vue/compiler-sfc';

const here = import.meta.dirname;
const root = resolve(here, '../..');
const examples = join(here, 'public/examples');

/** The compiler option the Vue example is about: inclusion-* tags are custom elements, not Vue components. */
const isCustomElement = (tag) => tag.startsWith('inclusion-');

/** A minimal single-file-component loader: `<script setup>` with its template compiled in (no <style> support). */
const vueSfc = {
  name: 'vue-sfc',
  setup(b) {
    b.onLoad({ filter: /\.vue$/ }, async ({ path }) => {
      const { descriptor, errors } = parse(await readFile(path, 'utf8'), { filename: path });
      if (errors.length) throw errors[0];
      const script = compileScript(descriptor, {
        id: path, inlineTemplate: true, templateOptions: { compilerOptions: { isCustomElement } },
      });
      return { contents: script.content, loader: 'js', resolveDir: dirname(path) };
    });
  },
};

const common = {
  bundle: true,
  format: 'esm',
  target: 'es2022',
  minify: true,
  sourcemap: true,
  logLevel: 'warning',
  // The elements' TypeScript uses legacy decorators; the root tsconfig says so.
  tsconfig: join(root, 'tsconfig.json'),
  define: { 'process.env.NODE_ENV': '"production"' },
};

export async function buildExamples(out = examples) {
  await build({
    ...common,
    entryPoints: [join(examples, 'react/app.jsx')],
    outfile: join(out, 'react/dist/app.js'),
    jsx: 'automatic',
  });
  await build({
    ...common,
    entryPoints: [join(examples, 'vue/main.js')],
    outfile: join(out, 'vue/dist/app.js'),
    plugins: [vueSfc],
    define: {
      ...common.define,
      __VUE_OPTIONS_API__: 'false', __VUE_PROD_DEVTOOLS__: 'false', __VUE_PROD_HYDRATION_MISMATCH_DETAILS__: 'false',
    },
  });
  return out;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const out = await buildExamples(process.argv[2] ? resolve(process.argv[2]) : examples);
  console.log(`built the React and Vue examples into ${out}/{react,vue}/dist`);
}
