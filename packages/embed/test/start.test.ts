// Issue 15: `npm start` builds the type declarations too, not only the bundle, so a project pointed at the local
// build type-checks. Runs scripts/start.mjs on a free port (under the bundle lock the demo tests share), waits for
// it to serve, and checks the .d.ts it wrote. Slow on a loaded machine (2.5 min at load 20 on 2 cores).
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { withLock } from '../../demo/test/harness';
import { ROOT } from './release-helper';

test('npm start builds the bundle and the declarations (with import extensions), then serves the demo', { timeout: 600_000 }, async () => {
  // It rewrites dist/: no bundle build nor release run (which read dist/) may run meanwhile in another test file.
  await withLock('bundle', 300_000, () => withLock('release', 300_000, async () => {
    const t0 = Date.now() - 1000;
    const child = spawn(process.execPath, [join(ROOT, 'scripts/start.mjs')], { cwd: ROOT, env: { ...process.env, PORT: '0' }, stdio: ['ignore', 'pipe', 'pipe'] });
    try {
      let out = '';
      const url = await new Promise<string>((ok, fail) => {
        child.stdout.on('data', (b) => { out += b; const m = /Demo: (http:\/\/\S+)/.exec(out); if (m) ok(m[1]); });
        child.stderr.on('data', (b) => { out += b; });
        child.on('exit', (code) => fail(new Error(`start exited ${code}: ${out}`)));
      });
      for (const f of ['dist/inclusion-dashboard.js', 'dist/lib/core/src/index.d.ts', 'dist/lib/components/src/index.d.ts', 'dist/lib/components/src/define-all.d.ts']) {
        const s = statSync(join(ROOT, f), { throwIfNoEntry: false });
        assert.ok(s && s.mtimeMs >= t0, `${f} written by this run`);
      }
      const dts = readFileSync(join(ROOT, 'dist/lib/components/src/index.d.ts'), 'utf8');
      const specs = [...dts.matchAll(/from '(\.[^']+)'/g)].map((m) => m[1]);
      assert.ok(specs.length > 5, dts.slice(0, 300));
      for (const s of specs) assert.match(s, /\.js$/, `relative import ${s} has its extension`);
      const page = await fetch(url);
      assert.equal(page.status, 200);
    } finally {
      child.kill('SIGTERM');
    }
  }));
});
