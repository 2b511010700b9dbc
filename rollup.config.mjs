// Builds the one-file embed bundle (everything inlined, minified) into dist/.
import nodeResolve from '@rollup/plugin-node-resolve';
import commonjs from '@rollup/plugin-commonjs';
import esbuild from 'rollup-plugin-esbuild';
import terser from '@rollup/plugin-terser';

const onwarn = (w, warn) => {
  // apache-arrow and d3 have internal import cycles; only ours would matter.
  if (w.code === 'CIRCULAR_DEPENDENCY' && w.ids?.every((id) => id.includes('node_modules'))) return;
  warn(w);
};

export default [
  {
    input: 'packages/embed/src/index.ts',
    onwarn,
    plugins: [
      nodeResolve({ browser: true, exportConditions: ['production'] }),
      commonjs(),
      esbuild({ target: 'es2022', tsconfig: 'tsconfig.json' }),
    ],
    output: {
      file: 'dist/inclusion-dashboard.js',
      format: 'es',
      sourcemap: true,
      plugins: [terser({ module: true, ecma: 2020, format: { comments: false } })],
    },
  },
];
