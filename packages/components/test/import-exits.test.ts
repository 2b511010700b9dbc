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
    "await import('@inclusion-dashboard/components'); process.stdout.write(String(Date.now()));"],
  { cwd: root, stdio: ['ignore', 'pipe', 'inherit'] });
  let out = '';
  child.stdout.on('data', (d) => { out += d; });
  const killer = setTimeout(() => child.kill(), 30_000);
  const code = await new Promise<number | null>((resolve) => child.on('exit', (c) => resolve(c)));
  const exited = Date.now();
  clearTimeout(killer);
  assert.equal(code, 0, 'the process exits by itself, with code 0');
  const imported = Number(out);
  assert.ok(imported > 0, 'the import finished');
  assert.ok(exited - imported < 1000, `exited ${exited - imported} ms after the import`);
});
