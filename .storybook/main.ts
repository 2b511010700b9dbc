import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { StorybookConfig } from '@storybook/web-components-vite';

// Arrow extracts are served at /data/<file>.arrow (skipped until the data folder exists,
// because Storybook refuses a missing static dir).
const dataDir = fileURLToPath(new URL('../packages/sample-data/data', import.meta.url));

const config: StorybookConfig = {
  stories: ['../stories/**/*.mdx', '../stories/**/*.stories.ts', '../packages/*/src/**/*.stories.ts'],
  addons: ['@storybook/addon-docs', '@storybook/addon-a11y'],
  framework: { name: '@storybook/web-components-vite', options: {} },
  core: { disableTelemetry: true },
  staticDirs: existsSync(dataDir) ? [{ from: '../packages/sample-data/data', to: '/data' }] : [],
};
export default config;
