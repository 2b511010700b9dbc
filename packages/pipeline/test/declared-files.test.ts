// Issue 12, "sources are declared, not coded": every file in the shared data folder is read through a declared entry
// (an EES entry in sources.ts, generated.ts or derived.ts, or a reference entry in reference.ts: lookups, neighbours,
// LAIT) or is listed as not read, with the reason. And whichever file goes missing, or loses a column an entry reads,
// the build stops at once with one line naming the file, the entry and where to change it: never a stack trace.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { after, describe, test } from 'node:test';
import { AreaDirectory, type Observation } from '@inclusion-dashboard/core';
import { buildAreas } from '../src/areas';
import { buildExtracts } from '../src/build';
import type { SourceEntry } from '../src/declare';
import { readEntry } from '../src/read';
import { PUPILS } from '../src/derived';
import { EntryError } from '../src/errors';
import { GENERATED_SOURCES } from '../src/generated';
import { NOT_READ, REFERENCE, REFERENCE_FILE } from '../src/reference';
import { CURATED_SOURCES } from '../src/sources';
import { csv, DATA, num, one } from './helpers';

const ROOT = resolve(import.meta.dirname, '../../..');
const ENTRIES = [...CURATED_SOURCES, ...GENERATED_SOURCES, PUPILS];
const temps: string[] = [];
after(() => { for (const t of temps) rmSync(t, { recursive: true, force: true }); });

/** Every file under the data folder, as a path relative to it. */
function filesUnder(dir: string, rel = ''): string[] {
  return readdirSync(join(dir, rel)).flatMap((name) => {
    const r = rel ? `${rel}/${name}` : name;
    return statSync(join(dir, r)).isDirectory() ? filesUnder(dir, r) : [r];
  });
}

/** A data folder of links to the real files, without `file`, or with `file` rewritten. */
function mirror(file: string, change?: (text: string) => string): string {
  const dir = mkdtempSync(join(tmpdir(), 'declared-'));
  temps.push(dir);
  for (const f of filesUnder(DATA)) {
    mkdirSync(join(dir, f, '..'), { recursive: true });
    if (f !== file) symlinkSync(join(DATA, f), join(dir, f));
    else if (change) writeFileSync(join(dir, f), change(readFileSync(join(DATA, f), 'utf8')));
  }
  return dir;
}

const out = () => { const d = mkdtempSync(join(tmpdir(), 'declared-out-')); temps.push(d); return join(d, 'extracts'); };

describe('every file in the data folder is declared', () => {
  test('each is read through an entry, or listed as not read with a reason (a .meta.csv goes with its data file)', () => {
    const declared = new Set([...ENTRIES.map((e) => e.file), ...Object.values(REFERENCE).map((e) => e.file)]);
    const files = filesUnder(DATA).filter((f) => f !== 'SOURCES.md');
    const undeclared = files.filter((f) => !declared.has(f) && !NOT_READ[f] && !(f.endsWith('.meta.csv') && declared.has(f.replace(/\.meta\.csv$/, '.csv'))));
    assert.deepEqual(undeclared, [], 'files in the data folder with no entry and no reason to skip them');
    for (const f of [...declared, ...Object.keys(NOT_READ)]) assert.ok(files.includes(f), `${f} is declared but not in the data folder`);
    // The EES file families of the issue, each with an entry.
    for (const family of ['ehcp_2025_caseload', 'ehcp_2025_newplans', 'ehcp_2025_requests', 'ehcp_2025_assessments', 'ehcp_2025_sen_needs_all_plans',
      'ehcp_2025_timeliness_20_week', 'cin_cla_absence', 'absence_in_prus', 'absence_2term_pru', 'attendance_ytd_202425', 'attendance_ytd_202526',
      'attendance_pa_weekly', 'absence_by_term', 'exclusions_by_reason', 'exclusions_by_characteristic_national', 'ap_census', 'school_arranged_ap_setting',
      'school_arranged_ap_characteristics', 'school_arranged_ap_placement_reason', 'ks4_destinations']) {
      assert.ok(ENTRIES.some((e) => e.file.includes(family)), `no entry reads ${family}`);
    }
  });
});

describe('a missing reference file stops the build in one line: file, entry, where to change it', () => {
  for (const e of Object.values(REFERENCE)) {
    test(`${e.file} missing`, async () => {
      const to = out();
      await assert.rejects(buildExtracts(mirror(e.file), to), (err: unknown) => {
        assert.ok(err instanceof EntryError, `an EntryError, not ${String(err)}`);
        assert.equal(err.message, `${e.file} (entry "${e.name}"): the file is missing. Put the DfE file at ${e.file} under the data folder, or point entry "${e.name}" in ${REFERENCE_FILE} at its new name.`);
        return true;
      });
      assert.throws(() => statSync(to), /ENOENT/, 'nothing written');
    });
  }

  test('a renamed column of a lookup names it and the entry', async () => {
    const e = REFERENCE.las;
    const data = mirror(e.file, (t) => t.replace('parent_geography_code', 'region_code'));
    await assert.rejects(buildExtracts(data, out()), (err: unknown) => {
      assert.ok(err instanceof EntryError, String(err));
      assert.match(err.message, new RegExp(`^lookups/dfe_las\\.csv \\(entry "${e.name}"\\): column "parent_geography_code" not found \\(the file has \\d+ columns\\)\\. If DfE renamed or moved it, change entry "${e.name}" in ${REFERENCE_FILE}\\.$`));
      return true;
    });
  });

  test('an entry of generated.ts names generated.ts, not sources.ts', async () => {
    const e = GENERATED_SOURCES.find((x) => x.file.includes('cin_cla_absence'))!;
    await assert.rejects(buildExtracts(mirror(e.file), out()), (err: unknown) => {
      assert.ok(err instanceof EntryError, String(err));
      assert.match(err.message, new RegExp(`point entry "${e.name}" in packages/pipeline/src/generated\\.ts at its new name\\.$`));
      return true;
    });
  });

  test('`npm run extracts` with no LAIT dictionary prints that one line, with no stack trace, and exits 1', () => {
    const r = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/build-extracts.ts', '--from', mirror(REFERENCE.laitDictionary.file), '--to', out()], { cwd: ROOT, encoding: 'utf8' });
    assert.equal(r.status, 1);
    const lines = r.stderr.trim().split('\n');
    assert.equal(lines.length, 1, r.stderr);
    assert.match(lines[0], /^Source changed: lait\/lait_data_dictionary\.csv \(entry "LAIT data dictionary"\): the file is missing\./);
    assert.doesNotMatch(r.stderr, /\bat \S+ \(|node:internal|ENOENT/);
  });
});

describe('one figure per cell: an entry whose filters let two rows give one cell stops the build', () => {
  const areas = new AreaDirectory(buildAreas(DATA));
  const AP = 'alternative_provision/spc_school_arranged_ap_characteristics_202223.csv';

  test('the AP characteristics file repeats every characteristic under the grouping "Total": a where without the characteristic is refused', () => {
    const entry: SourceEntry = {
      name: 'too broad', file: AP,
      indicators: [{ id: 'ap-pupils', where: { setting_type: 'Total', characteristic_grouping: 'Total' }, breakdown: 'Total', value: 'pupils' }],
    };
    assert.throws(() => readEntry(DATA, entry, areas), (e: unknown) => {
      assert.ok(e instanceof EntryError, String(e));
      assert.match(e.message, /^alternative_provision\/spc_school_arranged_ap_characteristics_202223\.csv \(entry "too broad"\): lines \d+ and \d+ give two figures \(.+ and .+\) for indicator "ap-pupils", .+, 202223, breakdown "Total"\. Narrow the where of entry "too broad" in packages\/pipeline\/src\/sources\.ts so that one row gives each figure\.$/);
      return true;
    });
  });

  test('every declared entry reads one figure per cell; a KS4 topic\'s own total keeps its own name beside the all-pupils total', () => {
    let ks4: Map<string, Observation[]> | undefined;
    for (const e of ENTRIES) {
      const r = readEntry(DATA, e, areas);
      if (e.file.includes('ks4_destinations') && e.declaredIn) ks4 = r.byIndicator;
    }
    const rows = ks4!.get('ks4-pupils-sustained-mainstream-by-sen-primary-need')!.filter((o) => o.period === '202122');
    const t = csv('alternative_provision/ks4_destinations_national_201011_202122_prov.csv');
    const published = (topic: string) => num(t, one(t, { time_period: '202122', institution_group: 'State-funded mainstream schools', institution_type: 'Total', breakdown_topic: topic, breakdown: 'Total', data_type: 'Percentage' }), 'overall');
    assert.equal(rows.find((o) => o.breakdown === 'Total')!.value, published('Total'));
    assert.equal(rows.find((o) => o.breakdown === 'SEN Primary Need: all recorded')!.value, published('SEN Primary Need'));
    assert.notEqual(published('Total'), published('SEN Primary Need'));
  });
});
