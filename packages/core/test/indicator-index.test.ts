import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, test } from 'node:test';
import { AreaDirectory, ExtractSet, ObservationsExtract, byTopic, describeSearch, indicatorIndex, searchIndicators, type IndicatorListing } from '@inclusion-dashboard/core';

const DATA = new URL('../../sample-data/data/', import.meta.url);
const read = (f: string) => new ObservationsExtract(readFileSync(new URL(f, DATA)));

const L = (id: string, label: string, topic: string, curated = true): IndicatorListing =>
  ({ id, label, topic, theme: 't', coverage: 'la', breakdown: { values: ['Total'] }, curated });

describe('indicator index and search', () => {
  test('without a catalogue, themes come from the extracts in the curated order', () => {
    const set = new ExtractSet([read('context.arrow'), read('ehcp.arrow'), read('attendance.arrow')], new AreaDirectory([]));
    const { themes, indicators } = indicatorIndex(set);
    assert.deepEqual(themes.map((t) => t.id), ['attendance', 'ehcp', 'context']);
    assert.equal(themes[1].label, 'EHC plan timeliness');
    assert.equal(indicators.length, set.indicators.length);
  });

  test('every word must match; labels starting with the query first, curated before generated; grouped by topic', () => {
    const list = [
      L('b', 'Suspension rate by SEN', 'Exclusions'),
      L('a', 'Pupils with one or more suspensions', 'Exclusions'),
      L('c', 'Suspension rate', 'Exclusions'),
      L('d', 'Suspension rate (LAIT)', 'LAIT topic', false),
      L('e', 'Overall absence', 'Absence'),
    ];
    const r = searchIndicators(list, 'suspension rate');
    assert.equal(r.total, 3);
    assert.deepEqual(r.groups.map((g) => [g.topic, g.items.map((i) => i.id)]), [['Exclusions', ['c', 'b']], ['LAIT topic', ['d']]]);
    assert.equal(describeSearch(r, 'suspension rate'), '3 indicators match.');
    assert.equal(searchIndicators(list, '  ').total, 0);
    assert.equal(describeSearch(searchIndicators(list, 'zzz'), 'zzz'), 'No indicators match "zzz".');
  });

  test('a limit shows the first matches and says how many there are', () => {
    const list = Array.from({ length: 60 }, (_, i) => L(`x${i}`, `Measure ${String(i).padStart(2, '0')}`, i % 2 ? 'Odd' : 'Even'));
    const r = searchIndicators(list, 'measure', 10);
    assert.equal(r.total, 60);
    assert.equal(r.groups.reduce((n, g) => n + g.items.length, 0), 10);
    assert.equal(describeSearch(r, 'measure'), '60 indicators match: showing the first 10.');
  });

  test('byTopic groups in order of first appearance, keeping the order within a topic; no topic takes the theme\'s name', () => {
    const list = [L('a', 'A', 'Absence'), L('b', 'B', 'Exclusions'), L('c', 'C', 'Absence'), { ...L('d', 'D', ''), theme: 'ehcp' }];
    assert.deepEqual(byTopic(list).map((g) => [g.topic, g.items.map((i) => i.id)]), [['Absence', ['a', 'c']], ['Exclusions', ['b']], ['EHC plan timeliness', ['d']]]);
    assert.deepEqual(byTopic([]), []);
  });

  test('LAIT codes are searchable', () => {
    const list = [{ ...L('ehcp-20-weeks', 'EHC plans issued within 20 weeks', 'EHC plans'), lait: { Total: 'SEN_EHC_All_20wks' } }];
    assert.equal(searchIndicators(list, 'sen_ehc_all').total, 1);
  });
});
