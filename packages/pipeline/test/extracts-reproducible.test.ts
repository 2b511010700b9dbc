// `npm run extracts` is reproducible: building from the DfE files gives the committed extracts byte for byte.
import assert from 'node:assert/strict';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { ObservationsExtract } from '@inclusion-dashboard/core';
import { buildExtracts, type WrittenExtract } from '../src/build';
import { DATA, EXTRACTS } from './helpers';

describe('buildExtracts', () => {
  const out = mkdtempSync(join(tmpdir(), 'extracts-'));
  const again = mkdtempSync(join(tmpdir(), 'extracts-'));
  after(() => {
    rmSync(out, { recursive: true, force: true });
    rmSync(again, { recursive: true, force: true });
  });
  const built = buildExtracts(DATA, out);
  let written: WrittenExtract[] = [];
  before(async () => { written = (await built).files; });
  const listing = (dir: string) => readdirSync(dir, { recursive: true }).map(String).filter((f) => f.endsWith('.arrow') || f.endsWith('.json')).sort();

  test('writes the same files as are committed, and nothing else', () => {
    assert.deepEqual(listing(out), listing(EXTRACTS));
    assert.deepEqual(written.map((w) => w.file).sort(), listing(out));
  });

  for (const file of listing(EXTRACTS)) {
    test(`${file} is byte-for-byte the committed file`, () => {
      const built = readFileSync(join(out, file));
      const committed = readFileSync(join(EXTRACTS, file));
      assert.equal(built.length, committed.length, `${file}: ${built.length} bytes built, ${committed.length} committed (run \`npm run extracts\`?)`);
      assert.ok(built.equals(committed), `${file} differs from the committed copy (run \`npm run extracts\`?)`);
    });
  }

  test('a second build in the same process gives the same bytes', async () => {
    await buildExtracts(DATA, again);
    for (const file of listing(out)) assert.ok(readFileSync(join(out, file)).equals(readFileSync(join(again, file))), file);
  });

  test('the summary matches the files', () => {
    for (const w of written) {
      const bytes = readFileSync(join(out, w.file));
      assert.equal(w.bytes, bytes.length, w.file);
      if (w.indicators && w.file.endsWith('.arrow')) {
        const x = new ObservationsExtract(bytes);
        assert.equal(w.rows, x.rowCount, w.file);
        assert.equal(w.indicators, x.meta.indicators.length, w.file);
        assert.deepEqual(w.periods, [...new Set(x.meta.indicators.flatMap((m) => x.periods(m.id)))].sort(), w.file);
      }
    }
  });
});
