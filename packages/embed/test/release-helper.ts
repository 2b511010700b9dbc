// Shared by release.test.ts and types.test.ts, which `npm run test:node` runs in parallel processes: runs
// scripts/release.mjs once (under a lock directory) unless release/ is newer than everything it is made from.
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { withLock } from '../../demo/test/harness';
import { join } from 'node:path';

export const ROOT = join(import.meta.dirname, '../../..');
const INPUTS = ['dist', 'scripts/release.mjs', 'scripts/fix-dts.mjs', 'scripts/sri.mjs', 'LICENSE', 'packages/components/types',
  'packages/embed/publish', 'packages/demo/public', 'packages/sample-data/data', 'package.json'];

function newest(path: string): number {
  const s = statSync(path, { throwIfNoEntry: false });
  if (!s?.isDirectory()) return s?.mtimeMs ?? 0;
  let t = s.mtimeMs;
  for (const f of readdirSync(path, { recursive: true, withFileTypes: true })) {
    if (f.isFile()) t = Math.max(t, statSync(join(f.parentPath, f.name), { throwIfNoEntry: false })?.mtimeMs ?? 0);
  }
  return t;
}

export async function ensureRelease(): Promise<void> {
  await withLock('release', 300_000, () => {
    const made = statSync(join(ROOT, 'release/sri.json'), { throwIfNoEntry: false })?.mtimeMs ?? 0;
    if (made > 0 && INPUTS.every((p) => newest(join(ROOT, p)) < made)) return;
    // `npm test` builds first; without a build, the release script builds.
    const built = existsSync(join(ROOT, 'dist/lib/components/package.json')) && existsSync(join(ROOT, 'dist/catalogue.js'));
    execFileSync(process.execPath, [join(ROOT, 'scripts/release.mjs'), ...(built ? ['--no-build'] : [])], { cwd: ROOT, stdio: 'pipe' });
  });
}
