// One CSV reader for DfE's files and an LA's own (issue 13: no logic written twice): the strict parser stops at the
// first fault, the local one reports every fault and reads on, and both find the same faults at the same places.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { parseCsv } from '../src/csv';
import { SourceError } from '../src/errors';
import { readRecords, type Problem } from '../src/local/records';

const CASES: [string, string][] = [
  ['stray quote', 'a,b\n1,ab"c\n2,3\n'],
  ['stray quote in the last record, no newline at the end', 'a,b\n1,2\n3,x"y'],
  ['unclosed quote', 'a,b\n1,2\n3,"never closed\n4,5\n'],
  ['too many fields', 'a,b\n1,2\n1,2,3,4\n'],
  ['too few fields after a quoted newline', 'a,b,c\n1,2,3\n"x\ny",2,3\n7\n'],
  ['empty', '\uFEFF\n\n'],
];

describe('the strict and the local CSV readers', () => {
  for (const [name, text] of CASES) {
    test(`${name}: the local reader reports first what the strict one stops at`, () => {
      const problems: Problem[] = [];
      readRecords(text, 'f.csv', problems);
      assert.ok(problems.length >= 1, 'the local reader reports it');
      assert.throws(() => parseCsv(text, 'f.csv'), (e: unknown) => {
        assert.ok(e instanceof SourceError);
        assert.deepEqual([problems[0].line, problems[0].column], [e.line, e.column]);
        assert.ok(e.message.endsWith(problems[0].message), `${e.message} / ${problems[0].message}`);
        return true;
      });
    });
  }

  test('the local reader keeps a stray quote as text and reads on', () => {
    const problems: Problem[] = [];
    const { header, rows } = readRecords('a,b\n1,ab"c\n2,3', 'f.csv', problems);
    assert.deepEqual(header, ['a', 'b']);
    assert.deepEqual(rows.map((r) => r.cells), [['1', 'ab"c'], ['2', '3']]);
    assert.deepEqual(problems, [{ file: 'f.csv', line: 2, column: 'b', message: 'a quote appears in the middle of an unquoted field.' }]);
  });
});
