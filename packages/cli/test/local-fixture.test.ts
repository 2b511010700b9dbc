// The local extract the browser tests show beside the national data is exactly what `extract` makes today.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { test } from 'node:test';

const ROOT = resolve(import.meta.dirname, '../../..');

test('the components\' local-extract fixture is rebuilt byte for byte from the EES-layout CSV', () => {
  const dir = mkdtempSync(join(tmpdir(), 'local-fixture-'));
  try {
    const out = join(dir, 'local.arrow');
    execFileSync(process.execPath, [join(ROOT, 'packages/cli/bin/inclusion-dashboard.js'), 'extract',
      '--from', join(ROOT, 'packages/cli/test/fixtures/salford-suspensions-201617.csv'),
      '--id', 'susp_rate=suspension-rate', '--only', 'susp_rate', '--out', out,
      '--extract', join(ROOT, 'packages/sample-data/data')], { cwd: ROOT, stdio: 'pipe' });
    const committed = readFileSync(join(ROOT, 'packages/components/test/fixtures/salford-local-suspensions-201617.arrow'));
    assert.ok(Buffer.compare(readFileSync(out), committed) === 0, 'rebuild the fixture with the command in local-extract.browser.test.ts');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
