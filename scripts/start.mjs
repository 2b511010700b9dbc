// `npm start`: build the embed bundle and the type declarations (dist/lib/<pkg>/src/*.d.ts, with the import
// extensions NodeNext needs), then serve the demo sites on the bundled sample extracts.
import { execFileSync } from 'node:child_process';
import { resolve } from 'node:path';
import { serve } from './serve.mjs';
import { buildExamples } from '../packages/demo/build-examples.mjs';
import { fixTree } from './fix-dts.mjs';

const root = resolve(import.meta.dirname, '..');
console.log('Building the embed bundle and the type declarations…');
execFileSync(process.execPath, [resolve(root, 'node_modules/rollup/dist/bin/rollup'), '-c', '--silent'], { cwd: root, stdio: 'inherit' });
execFileSync(process.execPath, [resolve(root, 'node_modules/typescript/bin/tsc'), '-p', 'tsconfig.build.json'], { cwd: root, stdio: 'inherit' });
// Relative imports in the declarations get their .js, so a project using the local build under NodeNext sees types.
for (const pkg of ['core', 'components']) fixTree(resolve(root, 'dist/lib', pkg));
await buildExamples();
const port = Number(process.env.PORT ?? 8080);
const server = await serve({
  '/': resolve(root, 'packages/demo/public'),
  '/data': resolve(root, 'packages/sample-data/data'),
  '/dist': resolve(root, 'dist'),
}, { port });
const { port: bound } = server.address();
console.log(`Demo: http://127.0.0.1:${bound}/  (Ctrl+C to stop)`);
