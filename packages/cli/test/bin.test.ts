// The installed command: the bin bundles the source into a cache on first use, then runs the bundle; exit
// statuses and output reach the shell as in-process.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { after, describe, it } from 'node:test';
import { parseCsv } from '@inclusion-dashboard/pipeline';

const BIN = resolve(import.meta.dirname, '../bin/inclusion-dashboard.js');
const cache = mkdtempSync(join(tmpdir(), 'cli-bin-cache-'));
after(() => rmSync(cache, { recursive: true, force: true }));
const run = (args: string[], env: Record<string, string> = {}) =>
  spawnSync(process.execPath, [BIN, ...args], { encoding: 'utf8', env: { PATH: process.env.PATH ?? '', XDG_CACHE_HOME: cache, ...env } });

describe('the inclusion-dashboard command', () => {
  it('bundles once, then answers from the bundle', () => {
    const first = run(['ranking', '--indicator', 'ehcp-20-weeks', '--period', '2024', '--csv']);
    assert.equal(first.status, 0, first.stderr);
    const t = parseCsv(first.stdout);
    assert.deepEqual(t.header, ['Rank', 'Local authority', 'LA', 'Value', 'Band']);
    assert.equal(t.rows.length, 153);
    const bundles = readdirSync(join(cache, readdirSync(cache)[0]));
    assert.equal(bundles.length, 1);
    assert.match(bundles[0], /^cli-[0-9a-f]{8}-[0-9a-f]{16}\.mjs$/);
    const second = run(['ranking', '--indicator', 'ehcp-20-weeks', '--period', '2024', '--csv']);
    assert.equal(second.stdout, first.stdout);
  });

  it('passes exit statuses to the shell', () => {
    assert.equal(run(['--help']).status, 0);
    assert.equal(run([]).status, 2);
    const r = run(['benchmark', '--indicator', 'ehcp-20-weeks', '--area', 'Nowhere']);
    assert.equal(r.status, 1);
    assert.match(r.stderr, /^No area "Nowhere"\./);
    assert.equal(run(['benchmark', '--extract', '/dev/zero', '--indicator', 'x', '--area', 'y']).status, 3);
  });

  it('runs the source through tsx when asked not to bundle', () => {
    const r = run(['indicators', 'zebra'], { INCLUSION_CLI_NO_CACHE: '1' });
    assert.equal(r.status, 1);
    assert.match(r.stderr, /^No indicator matches "zebra"\.\nThemes: /);
  });
});
