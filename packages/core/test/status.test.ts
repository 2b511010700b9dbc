// parseCell: DfE missing-value symbols become "no value, with a reason", never 0; numbers parse despite stray formatting.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { isStatus, parseCell, STATUS_KEY, STATUS_REASON, STATUSES, type Status } from '../src/index';

describe('parseCell: missing-value symbols', () => {
  // Symbol as it appears in a file → canonical status (SOURCES.md, "Suppression and missing symbols").
  const cases: [string, Status][] = [
    ['c', 'c'], // confidential (attendance, CIN/CLA absence, KS4 destinations)
    ['x', 'x'], // not available (EHCP, CIN/CLA, older exclusions)
    ['z', 'z'], // not applicable (EHCP 2023, PRU absence, attendance)
    ['low', 'low'], // rounds to zero (KS4 destinations)
    ['u', 'u'], // low reliability
    ['.', 'x'], // old EES convention (2012/13–2016/17 absence and exclusions)
    ['-', 'x'], // LAIT's "no data"
    ['NULL', 'x'], // literal text in some older files
    ['', 'x'], // blank cell
  ];
  for (const [raw, status] of cases) {
    test(`${JSON.stringify(raw)} → no value, status ${status}`, () => {
      const cell = parseCell(raw);
      assert.deepEqual(cell, { value: null, status });
      assert.notEqual(cell?.value, 0);
    });
  }

  test('symbols are read case-insensitively and with surrounding spaces', () => {
    assert.deepEqual(parseCell(' C'), { value: null, status: 'c' });
    assert.deepEqual(parseCell('X '), { value: null, status: 'x' });
    assert.deepEqual(parseCell('LOW'), { value: null, status: 'low' });
    assert.deepEqual(parseCell('null'), { value: null, status: 'x' });
    assert.deepEqual(parseCell('   '), { value: null, status: 'x' });
  });

  test('null and undefined input are a blank cell, not 0', () => {
    assert.deepEqual(parseCell(null), { value: null, status: 'x' });
    assert.deepEqual(parseCell(undefined), { value: null, status: 'x' });
  });
});

describe('parseCell: numbers', () => {
  test('the leading space in ehcp_2023_sen2_mi.csv 2022 rates (" 47.665")', () => {
    assert.deepEqual(parseCell(' 47.665'), { value: 47.665, status: null });
  });

  test('twelve trailing decimals in the same file ("61.500000000000")', () => {
    assert.deepEqual(parseCell('61.500000000000'), { value: 61.5, status: null });
  });

  test('LAIT float noise ("8.9700000000000006", "4.0999999999999996")', () => {
    assert.equal(parseCell('8.9700000000000006')?.value, 8.97);
    assert.equal(parseCell('4.0999999999999996')?.value, 4.1); // Salford SEN_TotStat 2020, LAIT `value` column 4.1
  });

  test('zero is a value, not a missing cell', () => {
    assert.deepEqual(parseCell('0'), { value: 0, status: null });
    assert.deepEqual(parseCell('0.0'), { value: 0, status: null });
  });

  test('integers, negatives, decimals without a leading digit, thousands separators', () => {
    assert.equal(parseCell('40904')?.value, 40904);
    assert.equal(parseCell(' -3 ')?.value, -3);
    assert.equal(parseCell('.5')?.value, 0.5);
    assert.equal(parseCell('8,025,075')?.value, 8025075);
    assert.equal(parseCell('1,234.5')?.value, 1234.5);
  });

  test('garbage returns undefined', () => {
    for (const raw of ['abc', '12abc', '4.5%', 'N/A', '--', '#', 'NaN', 'Infinity', '-Infinity', '1 000', 'SUPP', '~']) {
      assert.equal(parseCell(raw), undefined, JSON.stringify(raw));
    }
  });

  test('JavaScript-only number syntax is garbage in a CSV, not a number', () => {
    // Number() reads these, but no DfE file means 16 by "0x10".
    for (const raw of ['0x10', '0b11', '0o7', '1,2,3', ',5']) {
      assert.equal(parseCell(raw), undefined, JSON.stringify(raw));
    }
  });
});

describe('statuses', () => {
  test('every status has a reason and a key entry; isStatus accepts exactly the five', () => {
    assert.deepEqual([...STATUSES].sort(), ['c', 'low', 'u', 'x', 'z']);
    for (const s of STATUSES) {
      assert.ok(STATUS_REASON[s].length > 0);
      assert.ok(STATUS_KEY[s].length > 0);
      assert.ok(isStatus(s));
    }
    for (const s of ['C', '.', '-', '', 'null', null, 0, undefined]) assert.equal(isStatus(s), false, String(s));
  });
});
