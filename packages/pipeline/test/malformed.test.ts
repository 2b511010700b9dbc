// Malformed DfE CSVs: the build names the file, line and column, and writes nothing. Each case builds from a
// copy of the real data folder (links to the real files) with one CSV damaged, into an output folder holding
// the committed extracts, and checks those are untouched.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { after, describe, test } from 'node:test';
import { buildExtracts } from '../src/build';
import { EntryError, SourceError } from '../src/errors';
import { DATA, EXTRACTS } from './helpers';

const ROOT = resolve(import.meta.dirname, '../../..');
const FILE = 'ehcp/ehcp_2025_timeliness_20_week.csv';
const NAME = 'ehcp_2025_timeliness_20_week.csv';
const temps: string[] = [];
after(() => { for (const t of temps) rmSync(t, { recursive: true, force: true }); });

const temp = (prefix: string) => { const d = mkdtempSync(join(tmpdir(), prefix)); temps.push(d); return d; };

/** A data folder of links to the real files, with `file` replaced by `damage(text)`. */
function dataWith(file: string, damage: (lines: string[]) => string[]): string {
  const dir = temp('malformed-data-');
  const mirror = (rel: string) => {
    for (const name of readdirSync(join(DATA, rel))) {
      const r = join(rel, name);
      if (statSync(join(DATA, r)).isDirectory()) { mkdirSync(join(dir, r)); mirror(r); } else if (r !== file) symlinkSync(join(DATA, r), join(dir, r));
    }
  };
  mirror('');
  const lines = readFileSync(join(DATA, file), 'utf8').split('\n');
  writeFileSync(join(dir, file), damage(lines).join('\n'));
  return dir;
}

/** An output folder holding the committed extracts, and a snapshot to compare with afterwards. */
function outputWithExtracts(): { dir: string; snapshot: () => Record<string, string> } {
  const dir = temp('malformed-out-');
  for (const f of readdirSync(EXTRACTS).filter((x) => x.endsWith('.arrow') || x.endsWith('.json'))) copyFileSync(join(EXTRACTS, f), join(dir, f));
  const snapshot = () => Object.fromEntries(readdirSync(dir, { recursive: true }).map(String).sort().map((f) => [f, statSync(join(dir, f)).isDirectory() ? 'dir' : readFileSync(join(dir, f)).toString('base64')]));
  return { dir, snapshot };
}

/** Header column index, to damage a named cell. */
const col = (lines: string[], name: string) => lines[0].replace(/^\uFEFF/, '').split(',').indexOf(name);
const setCell = (line: string, i: number, value: string) => line.split(',').map((c, j) => (j === i ? value : c)).join(',');

const CASES: { name: string; damage: (lines: string[]) => string[]; expect: RegExp }[] = [
  {
    name: 'a value that is not a number',
    damage: (l) => l.map((x, i) => (i === 2 ? setCell(x, col(l, 'pc_plans_issued_within_20_weeks'), '67.3.1') : x)),
    expect: new RegExp(`^${NAME}, line 3, column "pc_plans_issued_within_20_weeks": expected a number or a missing-value symbol .*found "67\\.3\\.1"\\.$`),
  },
  {
    name: 'a time period that is not one',
    damage: (l) => l.map((x, i) => (i === 5 ? setCell(x, col(l, 'time_period'), '20x9') : x)),
    expect: new RegExp(`^${NAME}, line 6, column "time_period": expected a time period like 201819 or 2022, found "20x9"\\.$`),
  },
  {
    name: 'an LA number that does not exist',
    damage: (l) => {
      const i = l.findIndex((x) => x.includes(',Local authority,'));
      return l.map((x, j) => (j === i ? setCell(x, col(l, 'old_la_code'), '999') : x));
    },
    expect: new RegExp(`^${NAME}, line \\d+, column "old_la_code": unknown LA number "999"\\.$`),
  },
  {
    name: 'a row with a field missing',
    damage: (l) => l.map((x, i) => (i === 9 ? x.split(',').slice(0, -2).join(',') : x)),
    expect: new RegExp(`^${NAME}, line 10, column "pc_plans_issued_gt_1_year": expected 26 fields as in the header, found 24\\.$`),
  },
  {
    name: 'a file cut off inside a quoted field',
    damage: (l) => [...l.slice(0, 40), `${l[40].split(',').slice(0, 3).join(',')},"England`],
    expect: new RegExp(`^${NAME}, line 41, column "country_code": a quoted field is never closed \\(the file may be truncated\\)\\.$`),
  },
];

describe('malformed CSVs are rejected, and nothing is written', () => {
  for (const c of CASES) {
    test(c.name, async () => {
      const data = dataWith(FILE, c.damage);
      const out = outputWithExtracts();
      const before = out.snapshot();
      await assert.rejects(buildExtracts(data, out.dir), (e: unknown) => {
        assert.ok(e instanceof SourceError, `a SourceError, not ${String(e)}`);
        assert.match(e.message, c.expect);
        assert.equal(e.file, NAME);
        return true;
      });
      // The committed extracts are byte-for-byte as they were, with no temporary files beside them.
      assert.deepEqual(out.snapshot(), before);
    });
  }

  test('a new output folder is not even created', async () => {
    const fresh = join(temp('malformed-fresh-'), 'extracts');
    await assert.rejects(buildExtracts(dataWith(FILE, CASES[0].damage), fresh), SourceError);
    assert.throws(() => statSync(fresh), /ENOENT/);
  });

  test('`npm run extracts` exits 1 and names the file, line and column', () => {
    const data = dataWith(FILE, CASES[0].damage);
    const out = outputWithExtracts();
    const before = out.snapshot();
    const r = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/build-extracts.ts', '--from', data, '--to', out.dir], { cwd: ROOT, encoding: 'utf8' });
    assert.equal(r.status, 1);
    assert.match(r.stderr, new RegExp(`Malformed input: ${NAME}, line 3, column "pc_plans_issued_within_20_weeks": expected a number`));
    assert.equal(r.stdout, '');
    assert.deepEqual(out.snapshot(), before);
  });
});

/** A data folder of links to the real files, with `file` removed, or its header changed. */
function dataWithout(file: string): string {
  const dir = dataWith(file, (l) => l);
  rmSync(join(dir, file));
  return dir;
}

describe('a source that no longer fits its entry stops the build with one line saying what to do', () => {
  const ENTRY = 'EHC plan timeliness, 2025 release';
  test('a renamed column names the file, the entry, the column and where to change it', async () => {
    const data = dataWith(FILE, (l) => [l[0].replace('pc_plans_issued_within_20_weeks', 'pc_plans_20wk'), ...l.slice(1)]);
    await assert.rejects(buildExtracts(data, temp('entry-out-')), (e: unknown) => {
      assert.ok(e instanceof EntryError, String(e));
      assert.equal(e.message, `${FILE} (entry "${ENTRY}"): column "pc_plans_issued_within_20_weeks" not found (the file has 26 columns). If DfE renamed or moved it, change entry "${ENTRY}" in packages/pipeline/src/sources.ts.`);
      return true;
    });
  });

  test('a missing file (e.g. renamed for a new year) names the file, the entry and what to do', async () => {
    await assert.rejects(buildExtracts(dataWithout(FILE), temp('entry-out-')), (e: unknown) => {
      assert.ok(e instanceof EntryError, String(e));
      assert.equal(e.message, `${FILE} (entry "${ENTRY}"): the file is missing. Put the DfE file at ${FILE} under the data folder, or point entry "${ENTRY}" in packages/pipeline/src/sources.ts at its new name.`);
      return true;
    });
  });

  test('`npm run extracts` prints that one line, with no stack trace, and exits 1', () => {
    const out = outputWithExtracts();
    const before = out.snapshot();
    const r = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/build-extracts.ts', '--from', dataWithout(FILE), '--to', out.dir], { cwd: ROOT, encoding: 'utf8' });
    assert.equal(r.status, 1);
    const lines = r.stderr.trim().split('\n');
    assert.equal(lines.length, 1, r.stderr);
    assert.match(lines[0], new RegExp(`^Source changed: ${FILE} \\(entry "${ENTRY}"\\): the file is missing\\.`));
    assert.doesNotMatch(r.stderr, /\bat \S+ \(|node:internal/);
    assert.deepEqual(out.snapshot(), before);
  });
});
