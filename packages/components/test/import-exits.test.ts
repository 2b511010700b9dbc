import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../../..', import.meta.url));

/**
 * Importing the components in Node (server rendering, Node tests) has no side effect that keeps the process alive:
 * once the import has finished, Node exits by itself within a second. Transpiling the TypeScript is not timed.
 */
test('importing @inclusion-dashboard/components in Node exits within a second of the import', async () => {
  const child = spawn(process.execPath, ['--import', 'tsx', '-e',
    // The child times itself, from the end of the import to its exit event: the parent's clock would also count
    // how long a busy machine takes to schedule it.
    "await import('@inclusion-dashboard/components'); const t0 = Date.now(); process.on('exit', () => process.stdout.write(String(Date.now() - t0)));"],
  { cwd: root, stdio: ['ignore', 'pipe', 'inherit'] });
  let out = '';
  child.stdout.on('data', (d) => { out += d; });
  const killer = setTimeout(() => child.kill(), 30_000);
  const code = await new Promise<number | null>((resolve) => child.on('exit', (c) => resolve(c)));
  clearTimeout(killer);
  assert.equal(code, 0, 'the process exits by itself, with code 0');
  assert.match(out, /^\d+$/, 'the import finished and the process reached its exit');
  assert.ok(Number(out) < 1000, `exited ${out} ms after the import`);
});
