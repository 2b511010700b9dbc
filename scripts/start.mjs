// `npm start`: build the embed bundle, then serve the demo sites on the bundled sample extracts.
import { execFileSync } from 'node:child_process';
import { resolve } from 'node:path';
import { serve } from './serve.mjs';
import { buildExamples } from '../packages/demo/build-examples.mjs';

const root = resolve(import.meta.dirname, '..');
console.log('Building the embed bundle…');
execFileSync(process.execPath, [resolve(root, 'node_modules/rollup/dist/bin/rollup'), '-c', '--silent'], { cwd: root, stdio: 'inherit' });
await buildExamples();
const port = Number(process.env.PORT ?? 8080);
const server = await serve({
  '/': resolve(root, 'packages/demo/public'),
  '/data': resolve(root, 'packages/sample-data/data'),
  '/dist': resolve(root, 'dist'),
}, { port });
const { port: bound } = server.address();
console.log(`Demo: http://127.0.0.1:${bound}/  (Ctrl+C to stop)`);
