import { test } from 'node:test';
import assert from 'node:assert/strict';
import { compareText } from '../src/collate';

test('compareText orders names as British English does, as localeCompare with en-GB did', () => {
  const names = ['St. Helens', 'Southend-on-Sea', 'south Gloucestershire', 'Barnsley', 'Bath and North East Somerset', 'Ealing', 'Éire'];
  assert.deepEqual([...names].sort(compareText), [...names].sort((a, b) => a.localeCompare(b, 'en-GB')));
  assert.equal(compareText('a', 'B'), -1);
  assert.equal(compareText('Salford', 'Salford'), 0);
});
