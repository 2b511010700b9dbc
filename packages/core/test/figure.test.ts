// Rows carry a tagged value (issue 13): figure(row) reads a row's figure without casts, on every row of the real
// sample extracts: a number exactly as published, or no number with its status and reason, never 0.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { ObservationsExtract, STATUS_REASON, definite, figure, hasValue } from '../src/index';

const DATA = new URL('../../sample-data/data/', import.meta.url);

test('figure(): every row of the sample extracts, as published', () => {
  let values = 0;
  let missing = 0;
  for (const file of ['attendance', 'exclusions', 'ap', 'ehcp', 'context']) {
    const x = new ObservationsExtract(new Uint8Array(readFileSync(new URL(`${file}.arrow`, DATA))));
    for (let i = 0; i < x.rowCount; i++) {
      const row = x.row(i);
      const f = figure(row);
      if (f.kind === 'value') {
        values++;
        assert.equal(f.value, row.value);
        assert.equal(row.status, null);
        assert.ok(hasValue(row));
      } else {
        missing++;
        assert.equal(row.value, null, `${file} row ${i}: a missing figure has no value`);
        assert.equal(f.status, row.status ?? 'x');
        assert.equal(f.reason, row.flagReason ?? STATUS_REASON[f.status]);
        assert.ok(!hasValue(row));
      }
    }
  }
  assert.ok(values > 1000 && missing > 100, `${values} values, ${missing} missing`);
});

test('figure(): no value is never 0, and definite() refuses a missing figure', () => {
  assert.deepEqual(figure({ value: null, status: 'c' }), { kind: 'missing', status: 'c', reason: 'suppressed' });
  assert.deepEqual(figure({ value: null, status: null }), { kind: 'missing', status: 'x', reason: 'not available' });
  assert.deepEqual(figure({ value: 0, status: null }), { kind: 'value', value: 0 });
  assert.equal(definite(12.5, 'denominator'), 12.5);
  assert.throws(() => definite(null, 'funnel point denominator'), (e: Error & { code?: string }) => e.code === 'draw');
});
