// CI builds the full catalogue (`npm run extracts -- --full`), which is too large to commit: every indicator's file
// is written and listed, and the committed sample is an exact subset of it, byte for byte.
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { buildExtracts } from '../src/build';
import { DATA, EXTRACTS } from './helpers';

interface Entry { id: string; theme: string; file: string; bytes: number; rows: number; periods: string[] }
interface Catalogue { themes: { id: string }[]; indicators: Entry[]; areas: string; neighbours: string }

const read = (dir: string): Catalogue => JSON.parse(readFileSync(join(dir, 'catalogue.json'), 'utf8'));

describe('the full build', { timeout: 600_000 }, () => {
  const out = mkdtempSync(join(tmpdir(), 'extracts-full-'));
  after(() => rmSync(out, { recursive: true, force: true }));
  let full: Catalogue;
  const sample = read(EXTRACTS);
  before(async () => {
    await buildExtracts(DATA, out, { full: true });
    full = read(out);
  }, { timeout: 600_000 });

  test('carries every LAIT measure and every EES breakdown: many more indicators than the committed sample', () => {
    const lait = full.indicators.filter((m) => m.id.startsWith('lait-')).length;
    assert.ok(lait >= 400, `${lait} LAIT measures`);
    assert.ok(full.indicators.length > sample.indicators.length + 250, `${full.indicators.length} in full, ${sample.indicators.length} in the sample`);
    assert.equal(new Set(full.indicators.map((m) => m.id)).size, full.indicators.length, 'ids are unique');
  });

  test('every listed file exists with the size and rows the catalogue states', () => {
    for (const m of full.indicators) {
      const path = join(out, m.file);
      assert.ok(existsSync(path), `${m.id}: ${m.file} is missing`);
      assert.equal(statSync(path).size, m.bytes, `${m.id}: size`);
      assert.ok(m.rows > 0 && m.periods.length > 0, `${m.id}: no rows or periods`);
      assert.ok(full.themes.some((t) => t.id === m.theme), `${m.id}: theme ${m.theme} is not in the catalogue`);
    }
  });

  test('the committed sample is a subset, byte for byte', () => {
    const byId = new Map(full.indicators.map((m) => [m.id, m]));
    for (const m of sample.indicators) {
      const f = byId.get(m.id);
      assert.ok(f, `${m.id} is in the sample but not in the full build`);
      assert.deepEqual(f, m, `${m.id}: catalogue entry differs`);
      assert.ok(readFileSync(join(out, m.file)).equals(readFileSync(join(EXTRACTS, m.file))), `${m.file} differs`);
    }
    for (const file of ['areas.arrow', 'neighbours.arrow']) {
      assert.ok(readFileSync(join(out, file)).equals(readFileSync(join(EXTRACTS, file))), `${file} differs`);
    }
  });
});
