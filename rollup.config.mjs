// `npm run build` (rollup part). Four outputs:
// 1. dist/inclusion-dashboard.js: the one-file CDN bundle, everything inlined, registers every element, one a task.
// 2. dist/elements/<tag>.js: one entry per element (its class, defined a task after its code runs: deferredEntries),
//    sharing chunks, for sites that load only some.
// 3. dist/lib/{core,components}: the npm library build, one file per module, dependencies left external,
//    each with a package.json derived from packages/<pkg>/package.json (.d.ts come from tsconfig.build.json).
// 4. dist/catalogue.js: what a folder of extracts holds (packages/embed/src/catalogue.ts), for the embed builder.
// `npm run release` (scripts/release.mjs) packs these into tarballs and the site zip.
import { readFileSync, readdirSync, rmSync } from 'node:fs';
import nodeResolve from '@rollup/plugin-node-resolve';
import commonjs from '@rollup/plugin-commonjs';
import esbuild from 'rollup-plugin-esbuild';
import terser from '@rollup/plugin-terser';

const SRC = 'packages/components/src';
export const TAGS = readdirSync(SRC).filter((d) => d.startsWith('inclusion-')).sort();

const onwarn = (w, warn) => {
  // apache-arrow and d3 have internal import cycles; only ours would matter.
  if (w.code === 'CIRCULAR_DEPENDENCY' && w.ids?.every((id) => id.includes('node_modules'))) return;
  warn(w);
};

/**
 * Lit leaves globals behind: its version lists (litHtmlVersions, litElementVersions, reactiveElementVersions),
 * litPropertyMetadata (a WeakMap shared between copies for standard decorators) and a Symbol.metadata polyfill.
 * Our decorators are the legacy kind, which use neither, so the embed can keep its promise of no globals besides
 * custom elements: the bundles drop the version pushes and take the map and the symbol from a module of their own.
 */
const METADATA = '\0lit-property-metadata';
const noLitGlobals = () => ({
  name: 'no-lit-globals',
  resolveId: (id) => (id === METADATA ? id : null),
  load: (id) => (id === METADATA
    ? "export const litPropertyMetadata = new WeakMap();\nexport const metadataKey = Symbol.metadata ?? Symbol('metadata');"
    : null),
  transform(code, id) {
    if (!/node_modules\/(lit-html|lit-element|@lit\/reactive-element)\//.test(id)) return null;
    let out = code
      .replace(/\(\s*\w+\.(litHtmlVersions|litElementVersions|reactiveElementVersions)\s*\?\?=\s*\[\]\s*\)\.push\([^)]*\)/g, 'void 0')
      .replace(/\b\w+\.litPropertyMetadata\s*\?\?=\s*new WeakMap(\(\))?/g, 'void 0')
      .replace(/\bglobalThis\.litPropertyMetadata\b/g, 'litPropertyMetadata$')
      .replace(/(?<![.\w$])litPropertyMetadata(?![\w$])/g, 'litPropertyMetadata$')
      .replace(/\bSymbol\.metadata\s*\?\?=\s*Symbol\(\s*["']metadata["']\s*\)/g, 'void 0')
      .replace(/\bSymbol\.metadata\b/g, 'metadataKey$');
    if (out === code) return null;
    const used = ['litPropertyMetadata', 'metadataKey'].filter((n) => out.includes(`${n}$`));
    if (used.length) out = `import { ${used.map((n) => `${n} as ${n}$`).join(', ')} } from '${METADATA}';\n${out}`;
    return { code: out, map: null };
  },
});

/**
 * Plot reaches d3-geo (map projections) and d3-scale-chromatic (colour schemes) through the d3 barrel and keeps them
 * whatever is drawn: about 15 KB gzip. No element draws a map or uses a colour scheme (every fill is a palette
 * colour), so the bundles take stand-ins with the same export names, which throw if ever called. The one exception
 * is geoTransform, which Plot calls once as it loads: the stand-in builds the same kind of pass-through stream.
 * `npm test` runs the bundles (screenshots, demo and embed pages), so a chart that needed either would fail there.
 */
const UNUSED = ['d3-geo', 'd3-scale-chromatic', 'd3-time', 'd3-time-format', 'd3-axis', 'd3-format'];
const unusedNames = Object.fromEntries(await Promise.all(UNUSED.map(async (m) => [m, Object.keys(await import(m))])));
const GEO_TRANSFORM = `export function geoTransform(methods) {
  return { stream(out) {
    const s = { stream: out };
    for (const k of ['point', 'sphere', 'lineStart', 'lineEnd', 'polygonStart', 'polygonEnd']) s[k] = function (...a) { this.stream[k](...a); };
    return Object.assign(s, methods);
  } };
}`;
/**
 * Plot builds an Intl.NumberFormat as it loads (`formatDefault = formatAuto()`), and a page's first Intl formatter
 * costs a slow phone 100 ms or more of locale data in the task that evaluates the bundle (issue 18). Our charts
 * pass their own formats, so the bundles build Plot's number format on the first number it formats instead: the
 * same function, which for our string labels never builds it.
 */
const lazyPlotFormat = () => ({
  name: 'lazy-plot-format',
  transform(code, id) {
    if (!/node_modules\/@observablehq\/plot\/src\/format\.js$/.test(id)) return null;
    const eager = 'export const formatDefault = formatAuto();';
    if (!code.includes(eager)) this.error(`${id} no longer has "${eager}": update lazyPlotFormat in rollup.config.mjs`);
    // formatAuto() as it would run, but the Intl formatter is built only for a number: text marks pass every label
    // through formatDefault, and ours are strings already (the first draw spent 141 ms at 4x building it).
    const lazy = 'let number$;\nexport function formatDefault(v) {\n  return v instanceof Date ? formatIsoDate(v) : typeof v === "number" ? (number$ ??= formatNumber())(v) : string(v);\n}';
    return { code: code.replace(eager, lazy), map: null };
  },
});

/**
 * Plot modules no element reaches: the tip mark (no chart sets `tip`), the colour legends (every key is our own
 * HTML), the dodge transform (with its CommonJS interval tree) and the bin transform (no chart bins). plot.js and index.js import them whatever is
 * drawn; the stand-ins keep their export names and throw if ever called.
 */
const UNUSED_PLOT = ['marks/tip.js', 'legends/ramp.js', 'legends/swatches.js', 'transforms/dodge.js', 'transforms/bin.js'];
/**
 * What a stand-in keeps working: lineY and areaY pass their options through the bin transform's dense-interval
 * helpers, which return them as they are when no `interval` (and no `tip`) is set, as in every chart here.
 */
const DENSE = (axis) => `export function maybeDenseInterval${axis}(options = {}) {
  if (options?.interval != null || options?.tip) throw new Error('interval and tip (Plot transforms/bin.js) are not in this bundle');
  return options;
}`;
const PLOT_KEEP = { 'transforms/bin.js': { maybeDenseIntervalX: DENSE('X'), maybeDenseIntervalY: DENSE('Y') } };
/** A module keeping `names` as exports that throw if ever called: a stand-in for code no element reaches. */
const standIn = (names, from, extra = []) => [`const unused = (name) => function () { throw new Error(name + ' (${from}) is not in this bundle'); };`,
  ...names.map((n) => `export const ${n} = unused('${n}');`), ...extra].join('\n');

/** The stand-ins above, for the d3 modules (resolved by name) and the Plot files (loaded by path). */
const standIns = () => ({
  name: 'stand-ins',
  resolveId: (id) => (UNUSED.includes(id) ? `\0unused:${id}` : null),
  load(id) {
    if (id.startsWith('\0unused:')) {
      const m = id.slice('\0unused:'.length);
      return standIn(unusedNames[m].filter((n) => n !== 'geoTransform'), m, m === 'd3-geo' ? [GEO_TRANSFORM] : []);
    }
    const file = UNUSED_PLOT.find((f) => id.endsWith(`/@observablehq/plot/src/${f}`));
    if (!file) return null;
    const names = [...readFileSync(id, 'utf8').matchAll(/^export (?:function|class|const) (\w+)/gm)].map((m) => m[1]);
    if (!names.length) this.error(`${id}: no exports found; update UNUSED_PLOT in rollup.config.mjs`);
    const keep = PLOT_KEEP[file] ?? {};
    return standIn(names.filter((n) => !keep[n]), `Plot ${file}`, Object.values(keep));
  },
});

/**
 * Lit templates are written to be read; the bundles drop what the browser ignores. In `html` templates, the
 * indentation after each line break (the line breaks stay: line numbers hold). In the elements' stylesheets
 * (`*.styles.ts`), each `css` literal with no expression loses its comments and collapses its whitespace, none left
 * beside braces or semicolons; selectors keep their spaces (`.a :hover` is not `.a:hover`). `svg` templates are left
 * as they are (chart text keeps its spaces). Runs on esbuild's output, which it parses: a backtick inside a comment
 * of a stylesheet cannot end a literal early.
 */
const COMPACT = {
  html: (text) => text.replace(/\n[ \t]+/g, '\n'),
  css: (text) => text.replace(/\/\*[\s\S]*?\*\//g, ' ').replace(/\s+/g, ' ').replace(/\s*([{};])\s*/g, '$1').trim(),
};
const compactTemplates = () => ({
  name: 'compact-templates',
  transform(code, id) {
    if (id.includes('node_modules')) return null;
    const styles = id.endsWith('.styles.ts');
    if (!code.includes('html`') && !(styles && code.includes('css`'))) return null;
    const cuts = [];
    const visit = (node) => {
      if (!node || typeof node.type !== 'string') return;
      if (node.type === 'TaggedTemplateExpression' && node.tag.type === 'Identifier') {
        const { name } = node.tag;
        const { quasis } = node.quasi;
        if (name === 'html') for (const q of quasis) cuts.push([q, COMPACT.html]);
        if (name === 'css' && styles && quasis.length === 1) cuts.push([quasis[0], COMPACT.css]);
      }
      for (const key of Object.keys(node)) {
        const v = node[key];
        if (Array.isArray(v)) v.forEach(visit);
        else if (v && typeof v === 'object' && key !== 'parent') visit(v);
      }
    };
    visit(this.parse(code));
    if (!cuts.length) return null;
    let out = '';
    let at = 0;
    for (const [q, compact] of cuts.sort(([a], [b]) => a.start - b.start)) {
      out += code.slice(at, q.start) + compact(code.slice(q.start, q.end));
      at = q.end;
    }
    out += code.slice(at);
    return out === code ? null : { code: out, map: null };
  },
});

const bundled = () => [
  standIns(),
  nodeResolve({ browser: true, exportConditions: ['production'] }),
  commonjs(),
  noLitGlobals(),
  lazyPlotFormat(),
  esbuild({ target: 'es2022', tsconfig: 'tsconfig.json' }),
  compactTemplates(),
];
/**
 * Every browser bundle opens with V8's compile hint (Chrome 136+; other engines read a comment): its functions are
 * compiled as the file streams in, off the main thread, rather than each on its first call, on the main thread,
 * inside the page's tasks. Nearly all of each chunk runs as a chart first draws. At 4x CPU this took the one-tile
 * page's blocking time from 260 to 136 ms and the LA page's from 484 to 230 ms (thread time, medians of 3 loads,
 * `npm run bench -- --phone --pages one-tile,la --profiles phone`, same session).
 */
const COMPILE_HINT = '//# allFunctionsCalledOnLoad';
// Two compress passes: the tile with its chunks 104 bytes lighter (brotli) than one, the build a few seconds longer.
const TERSER = { module: true, ecma: 2020, compress: { passes: 2 }, format: { comments: false } };
const minify = terser({ ...TERSER, format: { ...TERSER.format, preamble: COMPILE_HINT } });
/**
 * Per-element entries, and chunks of a few lines, compile in no time: the hint, 29 bytes that do not compress, goes
 * on the chunks where the code is.
 */
const minifyElements = (() => {
  const entry = terser(TERSER);
  return { ...minify, name: 'terser-elements', renderChunk(code, chunk, opts) {
    return (chunk.isEntry || code.length < 5000 ? entry : minify).renderChunk.call(this, code, chunk, opts);
  } };
})();

/**
 * dist/elements/entries.json: each entry and every chunk it loads, for the size check; and lazy.json: the chunks
 * among them a chart fetches by `import()` as it connects (Plot: shared/plot-code.ts), which hosts do not preload
 * (scripts/module-preload.mjs), so the entry's own chunks, and then its data, have the connection to themselves.
 * The downloads' chunk, loaded only when a reader asks, is in neither.
 */
const entryManifest = () => ({
  name: 'entry-manifest',
  generateBundle(_, bundle) {
    const isPlot = (file) => /^chunks\/plot-/.test(file);
    const closure = (file, seen) => {
      if (seen.has(file)) return seen;
      seen.add(file);
      for (const dep of bundle[file].imports) closure(dep, seen);
      for (const dep of bundle[file].dynamicImports) if (isPlot(dep)) closure(dep, seen);
      return seen;
    };
    const entries = {};
    for (const c of Object.values(bundle)) if (c.type === 'chunk' && c.isEntry) entries[c.name] = [...closure(c.fileName, new Set())];
    const lazy = [...new Set(Object.values(entries).flat().filter(isPlot))];
    this.emitFile({ type: 'asset', fileName: 'entries.json', source: JSON.stringify(entries, null, 2) + '\n' });
    this.emitFile({ type: 'asset', fileName: 'lazy.json', source: JSON.stringify(lazy, null, 2) + '\n' });
  },
});

/**
 * The one-file bundle awaits its defines (packages/embed/src/index.ts), and rollup puts a module that is only
 * imported dynamically after the entry, where that await would hold it back until after the first draws: the
 * entry imports every such module itself, and this fails the build when one is missed.
 */
const noDynamicOnly = () => ({
  name: 'no-dynamic-only',
  generateBundle() {
    for (const id of this.getModuleIds()) {
      const m = this.getModuleInfo(id);
      if (m.dynamicImporters.length && !m.importers.length) this.error(`${id} is only imported dynamically: import it in packages/embed/src/index.ts`);
    }
  },
});

/**
 * dist/elements/<tag>.js: the element's class, defined a task after the one that evaluates its code (the entry
 * awaits it, so an import still resolves with the element defined). Defining upgrades every element of the tag
 * already on the page in that task: evaluating the benchmark's entry and upgrading the LA page's four charts were
 * one task of 41 to 51 ms at 4x (`node scripts/bench/light-trace.mjs`). An element whose define.ts registers
 * others (the dashboard: the elements it composes) imports their entries, so each stays one file.
 */
const ENTRY = '\0deferred-entry:';
const className = (tag) => tag.replace(/(^|-)([a-z])/g, (_, __, c) => c.toUpperCase());
const deferredEntries = () => ({
  name: 'deferred-entries',
  resolveId: (id) => (id.startsWith(ENTRY) ? id : null),
  load(id) {
    if (!id.startsWith(ENTRY)) return null;
    const tag = id.slice(ENTRY.length);
    const src = (file) => JSON.stringify(`${process.cwd()}/${SRC}/${file}`);
    const parts = [...readFileSync(`${SRC}/${tag}/define.ts`, 'utf8').matchAll(/^import '\.\.\/(inclusion-[a-z-]+)\/define';$/gm)].map((m) => m[1]);
    return [
      // First: before Lit makes its Trusted Types policy (shared/trusted-types.ts).
      `import { defineElement } from ${src('shared/define-element.ts')};`,
      `import { yieldToMain } from ${src('shared/draw-queue.ts')};`,
      ...parts.map((part) => `import ${JSON.stringify(ENTRY + part)};`),
      `import { ${className(tag)} } from ${src(`${tag}/${tag}.ts`)};`,
      'await yieldToMain();',
      `defineElement(${JSON.stringify(tag)}, ${className(tag)});`,
    ].join('\n');
  },
});

const CHUNK_NAMES = [[/\/node_modules\/@observablehq\/plot\//, 'plot'], [/\/packages\/core\/src\//, 'core'], [/\/node_modules\/lit-html\//, 'lit']];
const chunkName = (ids) => CHUNK_NAMES.find(([re]) => ids.some((id) => re.test(id)))?.[1] ?? 'shared';

/** Rollup writes into these folders without clearing them; stale hashed chunks would otherwise pile up. */
const clean = (dir) => ({ name: 'clean', buildStart: () => rmSync(dir, { recursive: true, force: true }) });

/**
 * The published package.json for dist/lib/<pkg>: the workspace manifest with every ./src/*.ts target turned into
 * its built .js and .d.ts, wildcard subpaths dropped (they expose source files), and no workspace-only fields.
 */
function libManifest(pkg) {
  const m = JSON.parse(readFileSync(`packages/${pkg}/package.json`, 'utf8'));
  const js = (p) => p.replace(/\.ts$/, '.js');
  const target = (p) => ({ types: p.replace(/\.ts$/, '.d.ts'), default: js(p) });
  const exports = {};
  for (const [key, value] of Object.entries(m.exports ?? {})) {
    if (key.includes('*')) continue;
    const file = typeof value === 'string' ? value : value.default;
    if (file.endsWith('.ts')) exports[key] = target(file);
    else exports[key] = value;
  }
  const out = { ...m, exports, files: ['src', ...(m.customElements ? [m.customElements] : [])] };
  if (m.types) out.types = m.types.replace(/\.ts$/, '.d.ts');
  if (Array.isArray(m.sideEffects)) out.sideEffects = m.sideEffects.map(js);
  delete out.devDependencies;
  delete out.scripts;
  return JSON.stringify(out, null, 2) + '\n';
}

const libAssets = () => ({
  name: 'lib-assets',
  generateBundle() {
    for (const pkg of ['core', 'components']) {
      this.emitFile({ type: 'asset', fileName: `${pkg}/package.json`, source: libManifest(pkg) });
    }
    // The manifest names source modules; the published package holds their .js.
    const cem = readFileSync('packages/components/custom-elements.json', 'utf8').replace(/(src\/[\w/.-]+)\.ts"/g, '$1.js"');
    this.emitFile({ type: 'asset', fileName: 'components/custom-elements.json', source: cem });
  },
});

export default [
  {
    input: 'packages/embed/src/index.ts',
    onwarn,
    plugins: [...bundled(), noDynamicOnly()],
    output: { file: 'dist/inclusion-dashboard.js', format: 'es', sourcemap: true, inlineDynamicImports: true, plugins: [minify] },
  },
  // What a folder of extracts holds (indicators by theme, areas), for the embed builder page and the release index.
  {
    input: 'packages/embed/src/catalogue.ts',
    onwarn,
    plugins: bundled(),
    output: { file: 'dist/catalogue.js', format: 'es', sourcemap: true, inlineDynamicImports: true, plugins: [minify] },
  },
  {
    input: Object.fromEntries(TAGS.map((tag) => [tag, `${ENTRY}${tag}`])),
    onwarn,
    plugins: [clean('dist/elements'), deferredEntries(), ...bundled(), entryManifest()],
    output: {
      dir: 'dist/elements',
      format: 'es',
      entryFileNames: '[name].js',
      // Named after the heaviest library inside, so a reader of the network panel sees what loads.
      chunkFileNames: (chunk) => `chunks/${chunkName(chunk.moduleIds)}-[hash].js`,
      // Small shared modules ride along in a bigger chunk instead of costing a request (and its headers) each. Too
      // large a minimum merges code into chunks that entries load without using it: of 8, 10, 12, 15 and 30 KB,
      // 10 KB gave the lightest tile (4 files, 39.3 KB brotli), map and charts (`npm run size`, issue 18). Tried
      // again in session 14 (0, 5, 9, 10, 13, 16 and 20 KB): 13 KB and above gave the lightest tile (3 files, 40.7
      // KB brotli against 4 and 41.3 at 10 KB), map (59.9 against 60.4 KB gzip), benchmark and dashboard; the
      // downloads' code still has a chunk of its own, loaded when a reader asks for a download.
      experimentalMinChunkSize: 13000,
      sourcemap: true,
      plugins: [minifyElements],
    },
  },
  {
    input: [
      'packages/core/src/index.ts',
      'packages/core/src/write.ts',
      `${SRC}/index.ts`,
      `${SRC}/define-all.ts`,
      ...TAGS.map((tag) => `${SRC}/${tag}/define.ts`),
    ],
    onwarn,
    // Every bare import is a dependency the host's bundler resolves (and dedupes); only our own files are built.
    external: (id) => !id.startsWith('.') && !id.startsWith('/') && !id.startsWith('\0'),
    plugins: [clean('dist/lib'), esbuild({ target: 'es2022', tsconfig: 'tsconfig.json' }), libAssets()],
    output: {
      dir: 'dist/lib',
      format: 'es',
      preserveModules: true,
      preserveModulesRoot: 'packages',
      entryFileNames: '[name].js',
      sourcemap: true,
    },
  },
];
