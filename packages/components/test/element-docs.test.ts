// Issue 13: element documentation has one source, the JSDoc. The committed manifest is what the analyzer makes
// from the source now; each element's README and docs/elements page hold the reference section
// scripts/gen-element-docs.mjs writes from it; every Storybook control is an attribute or property it lists.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '../../..');
const pkg = join(root, 'packages/components');

test('custom-elements.json is what the analyzer makes from the JSDoc now', { timeout: 120_000 }, () => {
  const dir = mkdtempSync(join(tmpdir(), 'cem-'));
  try {
    execFileSync(process.execPath, [join(root, 'node_modules/@custom-elements-manifest/analyzer/cem.js'), 'analyze',
      '--config', 'custom-elements-manifest.config.mjs', '--outdir', relative(pkg, dir)], { cwd: pkg, stdio: 'pipe' });
    const fresh = readFileSync(join(dir, 'custom-elements.json'), 'utf8');
    const kept = readFileSync(join(pkg, 'custom-elements.json'), 'utf8');
    if (fresh !== kept) {
      // Says where they part, so a failure in CI can be told from a race.
      const [a, b] = [fresh.split('\n'), kept.split('\n')];
      const at = a.findIndex((l, i) => l !== b[i]);
      assert.fail(`stale: run \`npm run manifest\` (line ${at + 1}: analyzer ${JSON.stringify(a[at])}, committed ${JSON.stringify(b[at])}; ${a.length} lines against ${b.length})`);
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('the manifest lists attributes, events, parts and custom properties for every element', () => {
  const cem = JSON.parse(readFileSync(join(pkg, 'custom-elements.json'), 'utf8'));
  const els = cem.modules.flatMap((m: { declarations?: Record<string, unknown>[] }) => m.declarations ?? []).filter((d: { tagName?: string }) => d.tagName);
  assert.equal(els.length, 10);
  for (const el of els) {
    assert.ok(el.attributes?.length, `${el.tagName}: attributes`);
    assert.ok(el.events?.length, `${el.tagName}: events`);
    assert.equal(el.cssProperties?.length, 10, `${el.tagName}: the ten --inclusion-* custom properties`);
    if (!['inclusion-dashboard', 'inclusion-area-picker'].includes(el.tagName)) {
      const events = el.events.map((e: { name: string }) => e.name);
      for (const e of ['inclusion-ready', 'inclusion-error', 'inclusion-warning']) assert.ok(events.includes(e), `${el.tagName}: ${e}`);
      const attrs = el.attributes.map((a: { name: string }) => a.name);
      for (const a of ['timeout', 'max-bytes', 'heading-level']) assert.ok(attrs.includes(a), `${el.tagName}: ${a}`);
      for (const p of ['figure', 'title', 'summary', 'table', 'error']) assert.ok(el.cssParts.some((x: { name: string }) => x.name === p), `${el.tagName}: part ${p}`);
    }
  }
});

test('each README, docs/elements page and story agrees with the manifest (gen-element-docs --check)', () => {
  execFileSync(process.execPath, [join(root, 'scripts/gen-element-docs.mjs'), '--check'], { cwd: root, stdio: 'pipe' });
});
