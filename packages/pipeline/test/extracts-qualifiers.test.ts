// Issue 12: "Provisional and revised figures say so." The extracts carry, per indicator, the periods their publisher
// marks provisional or revised (IndicatorMeta.qualifiers): LAIT's "(prov)", "(Rev)", "(Final)" and "(OT)" year
// labels, the KS4 destinations file's version column, the in-year attendance statistics. Core turns them into the
// note every element and the CLI show (packages/core/test/qualifiers.test.ts, packages/cli/test/qualifiers-cli.test.ts).
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { before, describe, test } from 'node:test';
import { ObservationsExtract, type IndicatorMeta } from '@inclusion-dashboard/core';
import { parquetReadObjects } from 'hyparquet';
import { laitPeriod, readLaitDictionary } from '../src/lait';
import { csv, DATA, EXTRACTS } from './helpers';

interface Entry { id: string; file: string; lait?: Record<string, string>; periods: string[] }
const catalogue = JSON.parse(readFileSync(join(EXTRACTS, 'catalogue.json'), 'utf8')) as { indicators: Entry[] };
const metaOf = (id: string): IndicatorMeta => {
  const e = catalogue.indicators.find((i) => i.id === id)!;
  return new ObservationsExtract(readFileSync(join(EXTRACTS, e.file))).indicator(id)!;
};

describe('periods marked provisional or revised', () => {
  let labelled: Map<string, Map<string, string>>;
  before(async () => {
    const buf = readFileSync(join(DATA, 'lait/lait_bds_long.parquet'));
    const rows = await parquetReadObjects({ file: buf.buffer.slice(buf.byteOffset, buf.byteOffset + buf.byteLength) as ArrayBuffer, columns: ['Short Desc', 'Years'] });
    const dict = readLaitDictionary(DATA);
    labelled = new Map();
    for (const r of rows) {
      const code = String(r['Short Desc']);
      const p = laitPeriod(String(r.Years), dict.get(code)!.yearType);
      if (!p?.qualifier) continue;
      if (!labelled.has(code)) labelled.set(code, new Map());
      labelled.get(code)!.set(p.period, p.qualifier);
    }
  });

  test('every LAIT year label with (prov), (Rev), (Final) or (OT) is in its indicator\'s metadata; no other LAIT measure has any', () => {
    assert.ok(labelled.size >= 20, `${labelled.size} measures with labels`);
    let checked = 0;
    for (const e of catalogue.indicators.filter((i) => i.lait && Object.keys(i.lait).length === 1)) {
      const code = Object.values(e.lait!)[0];
      const want = labelled.get(code);
      const got = metaOf(e.id).qualifiers;
      if (!want) { assert.equal(got, undefined, `${e.id} (${code}) has no labelled year`); continue; }
      assert.deepEqual(got, Object.fromEntries([...want].sort(([a], [b]) => (a < b ? -1 : 1))), `${e.id} (${code})`);
      checked++;
    }
    assert.equal(checked, labelled.size, 'every labelled measure is in the catalogue');
    // Phonics 2024/25 is provisional in LAIT ("2025 (prov)"); A level AAB 2023/24 revised, 2020/21 final.
    assert.deepEqual(metaOf('lait-ks1p-all').qualifiers, { 202425: 'provisional' });
    assert.equal(metaOf('lait-alevel-aab').qualifiers!['202324'], 'revised');
    assert.equal(metaOf('lait-alevel-aab').qualifiers!['202021'], 'final');
  });

  test('KS4 destinations: the file\'s version column, row by row (2021/22 provisional, earlier years revised)', () => {
    const t = csv('alternative_provision/ks4_destinations_national_201011_202122_prov.csv');
    const version = new Map(t.rows.map((r) => [t.get(r, 'time_period'), t.get(r, 'version')]));
    assert.equal(version.get('202122'), 'Provisional');
    for (const id of ['ks4-sustained-destination-ap', 'ks4-sustained-ap', 'ks4-education-all']) {
      const e = catalogue.indicators.find((i) => i.id === id)!;
      const q = metaOf(id).qualifiers!;
      assert.deepEqual(Object.keys(q), e.periods, `${id}: every period is marked`);
      for (const p of e.periods) assert.equal(q[p], version.get(p)!.toLowerCase(), `${id} ${p}`);
    }
  });

  test('in-year attendance: every period provisional; annual census absence and EHC plans: none', () => {
    for (const id of ['attendance-ytd', 'attendance-ytd-persistent-absence', 'attendance-weekly-persistent-absence']) {
      const e = catalogue.indicators.find((i) => i.id === id)!;
      assert.deepEqual(metaOf(id).qualifiers, Object.fromEntries(e.periods.map((p) => [p, 'provisional'])), id);
    }
    for (const id of ['persistent-absence', 'ehcp-20-weeks', 'ehcp-caseload', 'pru-absence']) assert.equal(metaOf(id).qualifiers, undefined, id);
  });
});
