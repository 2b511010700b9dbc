// Reading DfE CSVs: RFC 4180 parsing, and errors that name the file, line and column an analyst must fix.
import assert from 'node:assert/strict';
import { mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { after, describe, test } from 'node:test';
import { AreaDirectory } from '@inclusion-dashboard/core';
import { buildAreas } from '../src/areas';
import { CsvTable, parseCsv } from '../src/csv';
import { EntryError, SourceError } from '../src/errors';
import { cellAt, periodAt } from '../src/rows';
import { clearTables, readEntry } from '../src/read';
import type { SourceEntry } from '../src/declare';
import { DATA } from './helpers';

/** Asserts fn throws a SourceError at this file, line and column, whose message says so. */
function assertSourceError(fn: () => unknown, file: string, line: number, column = '', says?: string) {
  assert.throws(fn, (e: unknown) => {
    assert.ok(e instanceof SourceError, `expected a SourceError, got ${String(e)}`);
    assert.deepEqual([e.file, e.line, e.column], [file, line, column]);
    assert.ok(e.message.startsWith(`${file}, line ${line}`), e.message);
    if (column) assert.ok(e.message.includes(`column "${column}"`), e.message);
    if (says) assert.ok(e.message.includes(says), e.message);
    return true;
  });
}

describe('parseCsv', () => {
  test('plain fields, header trimmed, each record with its line number', () => {
    const { header, rows } = parseCsv(' a ,b,c\n1,2,3\n4,5,6\n');
    assert.deepEqual(header, ['a', 'b', 'c']);
    assert.deepEqual(rows, [{ line: 2, cells: ['1', '2', '3'] }, { line: 3, cells: ['4', '5', '6'] }]);
  });

  test('quoted fields with embedded commas, doubled quotes and newlines', () => {
    const text = 'la_name,note,n\n"Bristol, City of","He said ""hi""",1\n"Kingston upon Hull, City of","two\nlines",2\nYork,"",3\n';
    const { rows } = parseCsv(text);
    assert.deepEqual(rows.map((r) => r.cells), [
      ['Bristol, City of', 'He said "hi"', '1'],
      ['Kingston upon Hull, City of', 'two\nlines', '2'],
      ['York', '', '3'],
    ]);
    // The record after a quoted newline starts on line 5, not 4.
    assert.deepEqual(rows.map((r) => r.line), [2, 3, 5]);
  });

  test('a byte-order mark is stripped from the first header', () => {
    const { header } = parseCsv('\uFEFFtime_period,geographic_level\n2024,National\n');
    assert.deepEqual(header, ['time_period', 'geographic_level']);
  });

  test('CRLF line endings (and a lone CR) end records; no CR is left in a cell', () => {
    const { header, rows } = parseCsv('a,b\r\n1,2\r\n3,4\r5,6');
    assert.deepEqual(header, ['a', 'b']);
    assert.deepEqual(rows.map((r) => r.cells), [['1', '2'], ['3', '4'], ['5', '6']]);
    assert.deepEqual(rows.map((r) => r.line), [2, 3, 4]);
  });

  test('a quoted CRLF inside a field is kept as text', () => {
    const { rows } = parseCsv('a,b\r\n"x\r\ny",2\r\n3,4\r\n');
    assert.deepEqual(rows.map((r) => r.cells), [['x\r\ny', '2'], ['3', '4']]);
    assert.deepEqual(rows.map((r) => r.line), [2, 4]);
  });

  test('no newline at the end, blank lines skipped', () => {
    const { rows } = parseCsv('a,b\n\n1,2\n\n3,4');
    assert.deepEqual(rows.map((r) => [r.line, ...r.cells]), [[3, '1', '2'], [5, '3', '4']]);
  });

  test('a trailing empty column (as in sn_groupings_april_2021.csv) is tolerated', () => {
    const { rows } = parseCsv('a,b\n1,2,\n');
    assert.deepEqual(rows[0].cells, ['1', '2']);
  });

  test('empty cells are kept as empty strings', () => {
    const { rows } = parseCsv('a,b,c\n,,\n');
    assert.deepEqual(rows[0].cells, ['', '', '']);
  });

  test('a row with too many fields names the file, line and the field past the last column', () => {
    assertSourceError(() => parseCsv('a,b\n1,2\n1,2,3,4\n', 'bad.csv'), 'bad.csv', 3, 'field 3 (after "b")', 'expected 2 fields');
  });

  test('a row with too few fields names the file, line and first missing column', () => {
    assertSourceError(() => parseCsv('a,b,c\n1,2,3\n"x\ny",2,3\n7\n', 'short.csv'), 'short.csv', 5, 'b', 'found 1');
  });

  test('an unclosed quote names the line where the record starts', () => {
    assertSourceError(() => parseCsv('a,b\n1,2\n3,"never closed\n4,5\n', 'trunc.csv'), 'trunc.csv', 3, 'b', 'never closed');
  });

  test('a quote in the middle of an unquoted field', () => {
    assertSourceError(() => parseCsv('a,b\n1,ab"c\n', 'q.csv'), 'q.csv', 2, 'b');
  });

  test('an empty file', () => {
    assertSourceError(() => parseCsv('', 'empty.csv'), 'empty.csv', 1, '', 'empty');
    assertSourceError(() => parseCsv('\uFEFF\n\n', 'empty.csv'), 'empty.csv', 1, '', 'empty');
  });
});

describe('CsvTable', () => {
  const t = new CsvTable('t.csv', 'time_period,old_la_code,value\n2024,355,50.1\n2024,356,abc\n2024,357,x\n2024,358, 47.665\n');

  test('cells are read by column name', () => {
    assert.equal(t.get(t.rows[0], 'old_la_code'), '355');
    assert.equal(t.get(t.rows[0], 'value'), '50.1');
  });

  test('require passes with present columns and names the first missing one', () => {
    assert.equal(t.require('time_period', 'value'), t);
    assertSourceError(() => t.require('time_period', 'pc_plans_issued_within_20_weeks'), 't.csv', 1, 'pc_plans_issued_within_20_weeks', '"pc_plans_issued_within_20_weeks"');
    assert.throws(() => t.require('new_la_code', 'la_name'), (e: unknown) => e instanceof SourceError && e.message.includes('"new_la_code", "la_name"'));
  });

  test('get on an unknown column names it', () => {
    assertSourceError(() => t.get(t.rows[0], 'PC_plans_issued_20_weeks_EX'), 't.csv', 1, 'PC_plans_issued_20_weeks_EX');
  });

  test('cellAt: numbers and symbols', () => {
    assert.deepEqual(cellAt(t, t.rows[0], 'value'), { value: 50.1, status: null });
    assert.deepEqual(cellAt(t, t.rows[2], 'value'), { value: null, status: 'x' });
    assert.deepEqual(cellAt(t, t.rows[3], 'value'), { value: 47.665, status: null });
  });

  test('cellAt: "abc" in a numeric column names the file, line and column', () => {
    assertSourceError(() => cellAt(t, t.rows[1], 'value'), 't.csv', 3, 'value', '"abc"');
  });

  test('periodAt rejects a malformed time period', () => {
    const p = new CsvTable('p.csv', 'time_period\n2018/19\n201819\n');
    assertSourceError(() => periodAt(p, p.rows[0]), 'p.csv', 2, 'time_period', '2018/19');
    assert.equal(periodAt(p, p.rows[1]), '201819');
  });
});

describe('the generic reader (readEntry) on a malformed EES file', () => {
  const dir = mkdtempSync(join(tmpdir(), 'ees-test-'));
  after(() => rmSync(dir, { recursive: true, force: true }));
  const directory = new AreaDirectory(buildAreas(DATA));
  const head = 'time_period,time_identifier,geographic_level,country_code,country_name,region_code,region_name,new_la_code,old_la_code,la_name,rate,count';
  const spec: SourceEntry = { name: 'test', file: 'fake.csv', indicators: [{ id: 'test', value: 'rate', numerator: 'count', breakdown: 'Total' }] };
  const write = (lines: string[]) => { clearTables(); writeFileSync(join(dir, 'fake.csv'), [head, ...lines].join('\r\n') + '\r\n'); };
  const readEes = (d: string, e: SourceEntry, a: AreaDirectory) => readEntry(d, e, a).byIndicator.get('test') ?? [];

  test('a well-formed file reads, joined on old_la_code', () => {
    write([
      '2024,Calendar year,National,E92000001,England,,,,,,45.9,41448',
      '2024,Calendar year,Local authority,E92000001,England,E12000003,Yorkshire and The Humber,E08000016,370,Barnsley,61.2,c',
    ]);
    const rows = readEes(dir, spec, directory);
    assert.deepEqual(rows.map((o) => [o.areaCode, o.value, o.numerator, o.status]), [['E92000001', 45.9, 41448, null], ['E08000038', 61.2, null, null]]);
  });

  test('"abc" in the value column names file, line and column', () => {
    write([
      '2024,Calendar year,National,E92000001,England,,,,,,45.9,41448',
      '2024,Calendar year,Local authority,E92000001,England,E12000002,North West,E08000006,355,Salford,abc,231',
    ]);
    assertSourceError(() => readEes(dir, spec, directory), 'fake.csv', 3, 'rate', '"abc"');
  });

  test('an unknown LA number names the old_la_code column', () => {
    write(['2024,Calendar year,Local authority,E92000001,England,E12000002,North West,E08000006,999,Nowhere,50,1']);
    assertSourceError(() => readEes(dir, spec, directory), 'fake.csv', 2, 'old_la_code', '"999"');
  });

  test('an unknown geographic level or region', () => {
    write(['2024,Calendar year,School,E92000001,England,E12000002,North West,E08000006,355,Salford,50,1']);
    assertSourceError(() => readEes(dir, spec, directory), 'fake.csv', 2, 'geographic_level', 'School');
    write(['2024,Calendar year,Regional,E92000001,England,E12000099,Atlantis,,,,50,1']);
    assertSourceError(() => readEes(dir, spec, directory), 'fake.csv', 2, 'region_code', 'E12000099');
  });

  test('Inner and Outer London (E13) rows are read, as sub-regional areas of London', () => {
    write(['2024,Calendar year,Regional,E92000001,England,E13000001,Inner London,,,,50,1']);
    assert.deepEqual(readEes(dir, spec, directory).map((o) => [o.areaCode, o.level, o.value]), [['E13000001', 'Sub-regional', 50]]);
  });

  test('a missing indicator column is named, with the entry, before any row is read', () => {
    write(['2024,Calendar year,National,E92000001,England,,,,,,45.9,41448']);
    assert.throws(() => readEes(dir, { ...spec, indicators: [{ ...spec.indicators[0], value: 'pc_missing' }] }, directory),
      (e: unknown) => e instanceof EntryError && e.message.startsWith('fake.csv (entry "test"): column "pc_missing" not found'));
  });
});

describe('every real DfE CSV parses', () => {
  const files: string[] = [];
  const walk = (d: string) => {
    for (const f of readdirSync(d)) {
      const p = join(d, f);
      if (statSync(p).isDirectory()) walk(p);
      else if (f.endsWith('.csv')) files.push(p);
    }
  };
  walk(DATA);

  test('there are CSVs to parse', () => assert.ok(files.length >= 30, String(files.length)));

  for (const f of files) {
    test(relative(DATA, f), () => {
      const t = CsvTable.read(f);
      assert.ok(t.header.length > 1);
      assert.ok(t.rows.length > 0);
      assert.ok(!t.header[0].startsWith('\uFEFF'));
      assert.ok(t.header.every((h) => !/["\r\n]/.test(h)), t.header.join('|'));
    });
  }

  test('row counts agree with SOURCES.md for the EHCP 2025 timeliness file and the 2025 neighbour file', () => {
    assert.equal(CsvTable.read(join(DATA, 'ehcp/ehcp_2025_timeliness_20_week.csv')).rows.length, 12211);
    assert.equal(CsvTable.read(join(DATA, 'statistical_neighbours/statistical_neighbours_2025_long_derived.csv')).rows.length, 1580);
  });
});
