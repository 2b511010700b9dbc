// @web/test-runner: browser tests (packages/*/test/**/*.browser.test.ts) in Debian chromium via puppeteer-core.
// TypeScript via esbuild, Plot's two CommonJS deps via @rollup/plugin-commonjs@26, screenshots diffed.
// The repo root is served as-is, so tests can fetch e.g. /packages/sample-data/data/ehcp.arrow.
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { chromeLauncher } from '@web/test-runner-chrome';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { fromRollup } from '@web/dev-server-rollup';
import rollupCommonjs from '@rollup/plugin-commonjs';
import { visualRegressionPlugin } from '@web/test-runner-visual-regression/plugin';
import { defaultReporter } from '@web/test-runner';
import { summaryLineReporter } from './scripts/wtr-summary-reporter.mjs';
import { emulateMediaFeaturesPlugin } from './scripts/wtr-emulate-plugin.mjs';
import { a11ySnapshotPlugin } from '@web/test-runner-commands/plugins';
import { fixturesPlugin } from './scripts/wtr-fixtures-plugin.mjs';
import { ssrPlugin } from './scripts/wtr-ssr-plugin.mjs';
import { cdpPlugin } from './scripts/wtr-cdp-plugin.mjs';

const rootDir = fileURLToPath(new URL('.', import.meta.url));
const fromRoot = (p) => fileURLToPath(new URL(p, import.meta.url));
const commonjs = fromRollup(rollupCommonjs);

const executablePath =
  process.env.CHROME_PATH ||
  ['/usr/bin/chromium', '/usr/lib/chromium/chromium'].find((p) => existsSync(p)) ||
  'chromium';

export const chromiumArgs = [
  '--no-sandbox', // required as root
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--font-render-hinting=none', // steadier text pixels for screenshots
  '--force-color-profile=srgb',
];

export default {
  rootDir,
  files: ['packages/*/test/**/*.browser.test.ts'],
  nodeResolve: true, // uses the 'development' export condition (Lit dev mode)
  concurrency: 1, // 2 cores: one page at a time keeps timings and screenshots stable
  testsFinishTimeout: 10 * 60 * 1000,
  reporters: [defaultReporter(), summaryLineReporter()],
  filterBrowserLogs: ({ args }) => !String(args[0]).startsWith('Lit is in dev mode'),
  plugins: [
    a11ySnapshotPlugin(), // the accessibility tree, for ax-tree.browser.test.ts
    emulateMediaFeaturesPlugin(), // forced-colors emulation, which the built-in emulateMedia cannot do in puppeteer
    fixturesPlugin({ rootDir }), // /__fixtures/: HTTP errors, slow and chunked responses for the error-state tests
    ssrPlugin({ rootDir }), // /__ssr/page.html: server-rendered elements for the hydration test
    cdpPlugin(), // cdp-heap and cdp-throttle, for the hostile-extract tests
    esbuildPlugin({ ts: true, target: 'es2022', tsconfig: fromRoot('./tsconfig.json') }),
    // @observablehq/plot (dodge) -> interval-tree-1d -> binary-search-bounds are CommonJS. Served file by file,
    // the plugin cannot tell that binary-search-bounds is CJS and hands interval-tree its namespace object
    // (runtime "bounds.ge is not a function"); 'preferred' makes require() return the default export.
    commonjs({
      include: ['**/node_modules/interval-tree-1d/**', '**/node_modules/binary-search-bounds/**'],
      requireReturnsDefault: 'preferred',
    }),
    visualRegressionPlugin({
      update: process.argv.includes('--update-visual-baseline'),
      baseDir: fromRoot('./packages/components/test/screenshots'), // <browser>/baseline|failed/<name>.png
      failureThreshold: 0.1, // percent of pixels
      failureThresholdType: 'percent',
    }),
  ],
  browsers: [chromeLauncher({ launchOptions: { executablePath, headless: true, args: chromiumArgs } })],
  testFramework: { config: { timeout: 20000 } },
};
