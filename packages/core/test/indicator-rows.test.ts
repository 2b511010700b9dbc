// An indicator's rows grouped by area and by period, in typed arrays: the same groups, in row order, as a map of
// arrays would give, with a missing key (-1) a group of its own.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { KeyedRows, groupIndicatorRows } from '../src/extract/indicator-rows';

test('KeyedRows groups rows by key, ascending within each, and lists the keys that have rows', () => {
  const keys = Int32Array.from([2, 0, -1, 2, 0, 3, 2]);
  const g = KeyedRows.group(Int32Array.from([0, 1, 2, 3, 4, 6]), keys, 4);
  assert.deepEqual([...g.get(2)], [0, 3, 6]);
  assert.deepEqual([...g.get(0)], [1, 4]);
  assert.deepEqual([...g.get(-1)], [2]);
  // Row 5 (key 3) was not among the rows grouped; key 1 has none; keys out of range have none.
  assert.deepEqual([...g.get(3)], []);
  assert.deepEqual([...g.get(1)], []);
  assert.deepEqual([...g.get(4)], []);
  assert.deepEqual([...g.get(-2)], []);
  assert.deepEqual(g.keys(), [-1, 0, 2]);
});

test('groupIndicatorRows: one indicator\'s rows by area and period, and its periods oldest first', () => {
  const col = (keys: number[], dict: string[]) => ({ keys: Int32Array.from(keys), dict });
  const indicator = col([0, 1, 0, 0, 1, 0], ['a', 'b']);
  const area = col([0, 0, 1, 0, 1, 1], ['E92000001', 'E08000006']);
  const period = col([1, 1, 1, 0, 0, 0], ['202324', '202223']);
  const rows = groupIndicatorRows(0, indicator, area, period);
  assert.deepEqual([...rows.all], [0, 2, 3, 5]);
  assert.deepEqual([...rows.byArea.get(0)], [0, 3]);
  assert.deepEqual([...rows.byArea.get(1)], [2, 5]);
  assert.deepEqual([...rows.byPeriod.get(0)], [3, 5]);
  assert.deepEqual(rows.periods, ['202223', '202324']);
  assert.deepEqual(rows.byArea.keys(), [0, 1]);
});
