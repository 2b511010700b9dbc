// `extract`: an LA's own CSV in DfE's open data standard becomes a local extract. The fixtures are Salford's rows
// of DfE's published exclusions file, rewritten in the current layout (fixtures/README.md).
import assert from 'node:assert/strict';
import { copyFileSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { ObservationsExtract } from '@inclusion-dashboard/core';
import { CsvTable, buildLocalExtract } from '@inclusion-dashboard/pipeline';
import { Dataset } from '../src/data';
import { DATA, FIXTURES, assertNoStack, cli } from './helpers';

const GOOD = join(FIXTURES, 'salford-suspensions-201617.csv');
const SMALL = join(FIXTURES, 'salford-suspensions-201213.csv');
const BROKEN = join(FIXTURES, 'salford-suspensions-broken.csv');
const NATIONAL = resolve(import.meta.dirname, '../../sample-data/data');
const IDS = ['--id', 'susp_rate=suspension-rate', '--id', 'perm_excl_rate=permanent-exclusion-rate', '--id', 'one_plus_susp_rate=one-or-more-suspensions'];
const EXCL = CsvTable.read(resolve(DATA, 'exclusions/exclusions_by_geographic_level_nat_reg_la_200607_201617.csv'));
const published = (period: string, schoolType: string, column: string) =>
  EXCL.get(EXCL.rows.find((r) => EXCL.get(r, 'old_la_code') === '355' && EXCL.get(r, 'time_period') === period && EXCL.get(r, 'school_type') === schoolType)!, column);

let dir: string;
before(() => { dir = mkdtempSync(join(tmpdir(), 'cli-extract-')); });
after(() => rmSync(dir, { recursive: true, force: true }));

describe('extract from a good file', () => {
  it('writes an extract the elements read, marked local and unpublished, with the figures as in the CSV', async () => {
    const out = join(dir, 'salford.arrow');
    const r = await cli(['extract', '--from', GOOD, '--out', out, ...IDS]);
    assert.equal(r.code, 0, r.err);
    assert.match(r.out, /^Wrote .*salford\.arrow: 28 figures, 7 indicators, 0 suppressed\./);
    const x = new ObservationsExtract(readFileSync(out));
    const m = x.indicator('suspension-rate')!;
    assert.equal(m.local, true);
    assert.match(m.source.publication, /^Salford: local data, not published by DfE$/);
    assert.deepEqual(m.breakdown.values, ['Total', 'Primary', 'Secondary', 'Special']);
    assert.equal(m.polarity, 'low');
    const total = x.series('suspension-rate', 'E08000006', 'Total')[0];
    assert.equal(total.value, Number(published('201617', 'Total', 'fixed_excl_rate')));
    assert.equal(total.numerator, Number(published('201617', 'Total', 'fixed_excl')));
    assert.equal(total.denominator, Number(published('201617', 'Total', 'headcount')));
    assert.equal(x.series('suspension-rate', 'E08000006', 'Primary')[0].value, Number(published('201617', 'State-funded primary', 'fixed_excl_rate')));
    // An unmapped column keeps a slug of its name and no better direction.
    assert.equal(x.indicator('susp')!.polarity, 'none');
    assert.equal(x.indicator('susp')!.unit, 'count');
  });

  it('is answered beside the national comparators, labelled local', async () => {
    const out = join(dir, 'beside.arrow');
    assert.equal((await cli(['extract', '--from', GOOD, '--out', out, ...IDS])).code, 0);
    const local = JSON.parse((await cli(['benchmark', '--extract', NATIONAL, out, '--indicator', 'suspension-rate', '--area', 'Salford', '--period', '2016/17', '--json'])).out);
    const national = JSON.parse((await cli(['benchmark', '--extract', NATIONAL, '--indicator', 'suspension-rate', '--area', 'Salford', '--period', '2016/17', '--json'])).out);
    assert.equal(local.local, true);
    assert.equal(local.value, 4.11);
    // The same published figure, so every comparison comes out the same.
    for (const k of ['value', 'england', 'region', 'neighbours', 'rank', 'band']) assert.deepEqual(local[k], national[k], k);
    assert.match(local.notes.join(' '), /Salford: the LA's own unpublished figures/);
    const text = await cli(['benchmark', '--extract', NATIONAL, out, '--indicator', 'suspension-rate', '--area', 'Salford', '--period', '2016/17']);
    assert.match(text.out, /\[local data, unpublished\]/);
  });

  it('replaces only the LA figures: a national row in the file does not replace the published England figure', async () => {
    const csv = join(dir, 'with-england.csv');
    copyFileSync(GOOD.replace('.csv', '.meta.csv'), join(dir, 'with-england.meta.csv'));
    // England's row, deliberately wrong (9.99, not the published 4.76): DfE's published figure must win.
    const england = '201617,Academic year,National,E92000001,England,,,,,,Total,8025075,801000,9.99,183475,2.29,7720,0.1';
    writeFileSync(csv, `${readFileSync(GOOD, 'utf8')}${england}\n`);
    const out = join(dir, 'with-england.arrow');
    assert.equal((await cli(['extract', '--from', csv, '--out', out, ...IDS])).code, 0);
    const b = JSON.parse((await cli(['benchmark', '--extract', NATIONAL, out, '--indicator', 'suspension-rate', '--area', 'Salford', '--period', '2016/17', '--json'])).out);
    const nat = EXCL.rows.find((r) => EXCL.get(r, 'geographic_level') === 'National' && EXCL.get(r, 'time_period') === '201617' && EXCL.get(r, 'school_type') === 'Total')!;
    assert.equal(b.england, Number(EXCL.get(nat, 'fixed_excl_rate')));
    assert.equal(b.value, 4.11);
  });

  it('finds the meta file beside the CSV and the extract name from it', async () => {
    const csv = join(dir, 'copy.csv');
    copyFileSync(GOOD, csv);
    copyFileSync(GOOD.replace('.csv', '.meta.csv'), join(dir, 'copy.meta.csv'));
    const r = await cli(['extract', '--from', csv, '--json']);
    assert.equal(r.code, 0, r.err);
    assert.equal(JSON.parse(r.out).out, join(dir, 'copy.arrow'));
    assert.ok(existsSync(join(dir, 'copy.arrow')));
  });
});

describe('the disclosure rule', () => {
  it('suppresses counts of 1 to 4 and the rates made from them (Salford primary, 2012/13: 3 permanent exclusions)', async () => {
    assert.equal(published('201213', 'State-funded primary', 'perm_excl'), '3');
    const out = join(dir, 'small.arrow');
    const r = await cli(['extract', '--from', SMALL, '--out', out, '--json']);
    assert.equal(r.code, 0, r.err);
    assert.equal(JSON.parse(r.out).suppressed, 2);
    const x = new ObservationsExtract(readFileSync(out));
    const count = x.series('perm-excl', 'E08000006', 'State-funded primary')[0];
    const rate = x.series('perm-excl-rate', 'E08000006', 'State-funded primary')[0];
    assert.deepEqual([count.value, count.status], [null, 'c']);
    assert.deepEqual([rate.value, rate.status, rate.numerator], [null, 'c', null]);
    // Zero is not small: it identifies no one.
    assert.equal(x.series('perm-excl', 'E08000006', 'Special')[0].value, 0);
    assert.equal(x.series('perm-excl-rate', 'E08000006', 'Total')[0].value, Number(published('201213', 'Total', 'perm_excl_rate')));
    assert.match(x.indicator('perm-excl')!.suppression!, /counts of 1 to 4, rates whose count is 1 to 4 and rates with fewer than 10 in the denominator are withheld \(c\)/);
  });

  it('is configurable: a higher threshold, or off for figures suppressed already', async () => {
    const high = join(dir, 'high.arrow');
    assert.equal((await cli(['extract', '--from', SMALL, '--out', high, '--min-count', '12'])).code, 0);
    const h = new ObservationsExtract(readFileSync(high));
    // 11 permanent exclusions in total and 8 in secondary are now small too.
    assert.equal(h.series('perm-excl', 'E08000006', 'Total')[0].status, 'c');
    assert.equal(h.series('perm-excl-rate', 'E08000006', 'State-funded secondary')[0].status, 'c');
    const off = join(dir, 'off.arrow');
    assert.equal((await cli(['extract', '--from', SMALL, '--out', off, '--min-count', '0', '--min-denominator', '0'])).code, 0);
    assert.equal(new ObservationsExtract(readFileSync(off)).series('perm-excl', 'E08000006', 'State-funded primary')[0].value, 3);
  });

  it('suppresses a rate with a small denominator', () => {
    const csv = readFileSync(SMALL, 'utf8').replace(',Special,509,53,10.41,', ',Special,9,3,33.33,');
    const r = buildLocalExtract(csv, readFileSync(SMALL.replace('.csv', '.meta.csv'), 'utf8'), { file: 'a.csv', metaFile: 'a.meta.csv' });
    const susp = r.observations.find((o) => o.indicator === 'susp-rate' && o.breakdown === 'Special')!;
    assert.deepEqual([susp.value, susp.status, susp.denominator], [null, 'c', null]);
  });

  it('refuses a rate whose counts it cannot find, rather than publish it unchecked', () => {
    const meta = readFileSync(SMALL.replace('.csv', '.meta.csv'), 'utf8');
    const csv = readFileSync(SMALL, 'utf8').replace('susp_rate', 'suspension_percentage');
    const r = buildLocalExtract(csv, meta.replace('susp_rate', 'suspension_percentage'), { file: 'a.csv', metaFile: 'a.meta.csv' });
    assert.equal(r.bytes, null);
    assert.match(r.problems.map((p) => p.message).join('\n'), /the disclosure rule cannot be applied to "suspension_percentage": its count \(numerator\) is not known/);
    const paired = buildLocalExtract(csv, meta.replace('susp_rate', 'suspension_percentage'), { file: 'a.csv', metaFile: 'a.meta.csv', pairs: { suspension_percentage: { numerator: 'susp', denominator: 'headcount' } } });
    assert.deepEqual(paired.problems, []);
  });
});

describe('a file with many problems', () => {
  it('reports every problem with its line and column, writes nothing, and exits 4', async () => {
    const out = join(dir, 'broken.arrow');
    const r = await cli(['extract', '--from', BROKEN, '--out', out]);
    assert.equal(r.code, 4);
    assert.ok(!existsSync(out));
    assertNoStack(r.err);
    const lines = r.err.trim().split('\n');
    assert.match(lines[0], /^salford-suspensions-broken\.csv cannot become an extract: 17 problems, listed below\. Nothing was written\.$/);
    for (const want of [
      /broken\.csv, line 1, column "Notes": "Notes" is not a valid column name/,
      /broken\.csv, line 3, column "time_period": expected a time period like 201819 or 2018, found "2016\/17"/,
      /broken\.csv, line 4, column "time_identifier": "Academic Year" is not a time identifier of the standard/,
      /broken\.csv, line 5, column "old_la_code": unknown LA number "999"/,
      /broken\.csv, line 6, column "new_la_code": E08000009 is not the code of LA 355 \(Salford, E08000006\)/,
      /broken\.csv, line 7, column "school_type": the filter "school_type" is blank/,
      /broken\.csv, line 8: this row repeats line 2/,
      /broken\.csv, line 9, column "susp": the cell is blank/,
      /broken\.csv, line 9, column "one_plus_susp": expected a number or a symbol \(c, x, z, low, u\), found "n\/a"/,
      /broken\.csv, line 9, column "one_plus_susp_rate": -3 is a negative percentage/,
      /broken\.csv, line 10, column "Notes": expected 19 fields as in the header, found 18/,
      /broken\.csv, line 11, column "geographic_level": "Local authority area" is not a geographic level/,
      /broken\.meta\.csv, line 5, column "indicator_unit": indicator_unit must be blank, %, £, £m or pp, found "percent"/,
      /broken\.meta\.csv, line 7, column "indicator_dp": indicator_dp must be a whole number from 0 to 10, found "two"/,
      /broken\.meta\.csv, line 9, column "label": the label "Number of permanent exclusions" is used twice \(also on line 8\)/,
      /broken\.meta\.csv, line 9, column "filter_hint": "perm_excl_rate" is an indicator/,
      /broken\.meta\.csv, line 10, column "col_name": "time_period" is a time or geography column/,
    ]) assert.ok(lines.some((l) => want.test(l)), `missing ${want}`);
    assert.equal(lines.length, 18);
    const j = JSON.parse((await cli(['extract', '--from', BROKEN, '--out', out, '--json'])).err).error;
    assert.equal(j.exit, 4);
    assert.equal(j.problems.length, 17);
    assert.deepEqual(Object.keys(j.problems[0]).sort(), ['column', 'file', 'line', 'message']);
  });

  it('checks the areas against the national ones and the standard’s required columns', () => {
    const areas = new Dataset([NATIONAL]).areas;
    const meta = readFileSync(GOOD.replace('.csv', '.meta.csv'), 'utf8');
    const csv = readFileSync(GOOD, 'utf8').replace(/,North West,355,E08000006,Salford,Total,/, ',North East,355,E08000006,Bolton,Total,').replace('country_code,', 'country,').replace(/,E92000001,/g, ',E92000001,');
    const noLa = readFileSync(GOOD, 'utf8').replace('old_la_code', 'la_code');
    const r = buildLocalExtract(csv, meta, { file: 'a.csv', metaFile: 'a.meta.csv', areas });
    const messages = r.problems.map((p) => `${p.line} ${p.column}: ${p.message}`);
    assert.deepEqual(messages, [
      '1 country_code: the data file has no "country_code" column, which the standard requires.',
      '1 country: the column "country" is not described in the meta file.',
    ]);
    const named = buildLocalExtract(csv.replace('country,', 'country_code,'), meta, { file: 'a.csv', metaFile: 'a.meta.csv', areas }).problems.map((p) => `${p.line} ${p.column}: ${p.message}`);
    assert.ok(named.some((m) => /^2 la_name: "Bolton" is not the name of LA 355 \(Salford\)/.test(m)), named.join('\n'));
    assert.ok(named.some((m) => /^2 region_name: LA 355 \(Salford\) is in North West/.test(m)), named.join('\n'));
    const la = buildLocalExtract(noLa, meta, { file: 'a.csv', metaFile: 'a.meta.csv', areas }).problems.map((p) => `${p.line} ${p.column}: ${p.message}`);
    assert.deepEqual(la, ['1 la_code: the column "la_code" is not described in the meta file.', '1 old_la_code: the data file has Local authority rows but no "old_la_code" column, which the standard requires for them.']);
  });
});

describe('an existing extract is never replaced by an incomplete one', () => {
  it('keeps the old extract when the new file has problems', async () => {
    const out = join(dir, 'keep.arrow');
    assert.equal((await cli(['extract', '--from', GOOD, '--out', out, ...IDS])).code, 0);
    const bytes = readFileSync(out);
    const r = await cli(['extract', '--from', BROKEN, '--out', out]);
    assert.equal(r.code, 4);
    assert.match(r.err, /Nothing was written; keep\.arrow is unchanged\./);
    assert.deepEqual(readFileSync(out), bytes);
  });

  it('replaces it with a complete one, by rename', async () => {
    const out = join(dir, 'replace.arrow');
    assert.equal((await cli(['extract', '--from', SMALL, '--out', out])).code, 0);
    const r = await cli(['extract', '--from', GOOD, '--out', out, ...IDS, '--json']);
    assert.equal(JSON.parse(r.out).replaced, true);
    assert.ok(new ObservationsExtract(readFileSync(out)).indicator('suspension-rate'));
    assert.ok(!readFileSync(out).equals(readFileSync(GOOD)));
  });

  it('never replaces a file that is not an extract, or an input', async () => {
    const notes = join(dir, 'notes.arrow');
    writeFileSync(notes, 'my notes');
    const r = await cli(['extract', '--from', GOOD, '--out', notes]);
    assert.equal(r.code, 3);
    assert.match(r.err, /notes\.arrow exists and is not an observations extract, so it is not replaced: choose another --out\./);
    assert.equal(readFileSync(notes, 'utf8'), 'my notes');
    const same = await cli(['extract', '--from', GOOD, '--out', GOOD]);
    assert.equal(same.code, 2);
  });

  it('reads the inputs safely: a missing meta file, a folder, a device', async () => {
    const lone = join(dir, 'lone.csv');
    copyFileSync(GOOD, lone);
    const r = await cli(['extract', '--from', lone]);
    assert.equal(r.code, 3);
    assert.match(r.err.trim(), /^No such meta file: .*lone\.meta\.csv$/);
    assert.equal((await cli(['extract', '--from', '/dev/zero', '--meta', GOOD.replace('.csv', '.meta.csv'), '--out', join(dir, 'z.arrow')])).code, 3);
    assert.equal((await cli(['extract', '--from', dir])).code, 3);
  });

  it('asks for UTF-8 when a spreadsheet saved the file as Windows-1252, and ignores its empty rows', async () => {
    const csv = join(dir, 'excel.csv');
    copyFileSync(GOOD.replace('.csv', '.meta.csv'), join(dir, 'excel.meta.csv'));
    const text = readFileSync(GOOD, 'utf8');
    writeFileSync(csv, Buffer.concat([Buffer.from(text.replace(',Special,', ',Special school ')), Buffer.from([0xa3]), Buffer.from('x\n')]));
    const r = await cli(['extract', '--from', csv]);
    assert.equal(r.code, 4);
    assert.match(r.err, /^excel\.csv is not UTF-8 text \(line 6\): save it as "CSV UTF-8" and run again\. Nothing was written\./);
    writeFileSync(csv, `\ufeff${text}${',,,,,,,,,,,,,,,,,\r\n'.repeat(3)}`);
    const ok = await cli(['extract', '--from', csv, '--json']);
    assert.equal(ok.code, 0, ok.err);
    assert.equal(JSON.parse(ok.out).figures, 28);
  });

  it('checks its options', async () => {
    assert.match((await cli(['extract', '--from', GOOD, '--min-count', 'five'])).err, /--min-count needs a whole number, not "five"/);
    assert.match((await cli(['extract', '--from', GOOD, '--id', 'susp_rate'])).err, /Expected --id COL=ID, not "susp_rate"/);
    const r = await cli(['extract', '--from', GOOD, '--out', join(dir, 'o.arrow'), '--id', 'nope=suspension-rate']);
    assert.equal(r.code, 4);
    assert.match(r.err, /\(options\), column "nope": an id is given for "nope", which is not an indicator column/);
    const u = await cli(['extract', '--from', GOOD, '--out', join(dir, 'u.arrow'), '--id', 'susp=suspension-rate']);
    assert.match(u.err, /"susp" is mapped to suspension-rate, which is in %s, but its indicator_unit says count/);
  });
});
