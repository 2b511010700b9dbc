// Issue 12: "Provisional and revised figures say so." The note for a period the publisher marks provisional or
// revised, in the benchmark (tile, benchmark element, CLI), the trend, the ranking and the map, from the committed
// per-indicator extracts: LAIT's phonics 2024/25 "(prov)", A level AAB's "(Rev)" and "(Final)" years, KS4
// destinations' version column. The spine, each row at its own latest period, marks those rows [p] or [r].
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, test } from 'node:test';
import {
  AreaDirectory, benchmark, ExtractSet, mapView, ObservationsExtract, qualifierNote, rankingChart, rankingNotes, readAreas, readNeighbours,
  qualifierKey, spineAnnounce, spineCells, spineChart, spineDetails, spineNotes, spineTable, trend, trendNotes,
} from '../src/index';

const EXTRACTS = resolve(import.meta.dirname, '../../sample-data/data');
const extract = (id: string) => new ObservationsExtract(readFileSync(resolve(EXTRACTS, `indicators/${id}.arrow`)));
const areas = new AreaDirectory(readAreas(readFileSync(resolve(EXTRACTS, 'areas.arrow'))), readNeighbours(readFileSync(resolve(EXTRACTS, 'neighbours.arrow'))));

const phonics = extract('lait-ks1p-all');
const alevel = extract('lait-alevel-aab');
const ks4 = extract('ks4-sustained-destination-ap');
const PROVISIONAL = 'LAIT marks the 2024/25 figure as provisional. Provisional figures can be revised later.';

describe('provisional and revised figures say so', () => {
  test('a benchmark of a provisional period says so; the tile, the benchmark element and the CLI show these notes', () => {
    const b = benchmark(phonics, areas, { indicator: 'lait-ks1p-all', area: 'Salford', period: '202425' });
    assert.ok(b.notes.includes(PROVISIONAL), b.notes.join(' | '));
    const earlier = benchmark(phonics, areas, { indicator: 'lait-ks1p-all', area: 'Salford', period: '202324' });
    assert.ok(!earlier.notes.some((n) => /provisional|revised/.test(n)), earlier.notes.join(' | '));
  });

  test('revised says revised; final, and a figure with no label, say nothing', () => {
    const rev = benchmark(alevel, areas, { indicator: 'lait-alevel-aab', area: 'Salford', period: '202324' });
    assert.ok(rev.notes.includes('LAIT marks the 2023/24 figure as revised.'), rev.notes.join(' | '));
    const fin = benchmark(alevel, areas, { indicator: 'lait-alevel-aab', area: 'Salford', period: '202021' });
    assert.ok(!fin.notes.some((n) => /provisional|revised|final/.test(n)), fin.notes.join(' | '));
    const plain = benchmark(extract('persistent-absence'), areas, { indicator: 'persistent-absence', area: 'Salford' });
    assert.ok(!plain.notes.some((n) => /provisional|revised/.test(n)));
  });

  test('a trend names each kind once, runs of three or more years as a span', () => {
    const t = trend(alevel, areas, { indicator: 'lait-alevel-aab', area: 'Salford' });
    assert.equal(trendNotes(t).find((n) => n.startsWith('LAIT marks')), 'LAIT marks the 2017/18, 2018/19 and 2021/22 to 2024/25 figures as revised.');
    const k = trend(ks4, areas, { indicator: 'ks4-sustained-destination-ap', area: 'England' });
    assert.equal(trendNotes(k).find((n) => n.startsWith('DfE published')),
      'DfE published the 2021/22 figure as provisional and the 2012/13 to 2020/21 figures as revised. Provisional figures can be revised later.');
  });

  test('the ranking and the map of a provisional period say so', () => {
    const r = rankingChart(phonics, areas, { indicator: 'lait-ks1p-all', area: 'Salford' });
    assert.equal(r.ranking.period, '202425');
    assert.ok(rankingNotes(r).includes(PROVISIONAL));
    assert.ok(mapView(phonics, areas, { indicator: 'lait-ks1p-all', area: 'Salford' }).notes.includes(PROVISIONAL));
  });

  test('the spine marks a provisional row [p] and a revised one [r], in its columns, table and notes', () => {
    const set = new ExtractSet([phonics, alevel, extract('persistent-absence')], areas);
    const s = spineChart(set, 'Salford', 'lait-ks1p-all lait-alevel-aab persistent-absence');
    const [ph, al, pa] = s.rows;
    assert.deepEqual(s.rows.map((r) => r.period), ['202425', '202425', '202425']);
    assert.equal(spineCells(ph)[0], '2024/25 [p]');
    assert.equal(spineCells(al)[0], '2024/25 [r]');
    assert.equal(spineCells(pa)[0], '2024/25');
    assert.match(spineDetails(ph, 'Salford'), /^2024\/25 \[p\] · /);
    assert.match(spineAnnounce(al, 'Salford'), /^A levels AAB grades \/ Applied \/ Double awards, 2024\/25 \(revised\): /);
    assert.deepEqual(spineTable(s).rows.map((r) => r[1].text), ['2024/25 [p]', '2024/25 [r]', '2024/25']);
    assert.ok(spineNotes(s).includes('Figures marked [p] are provisional as published, and can be revised later: Phonics Decoding - All pupils (2024/25); '
      + 'figures marked [r] are revised as published: A levels AAB grades / Applied / Double awards (2024/25).'), spineNotes(s).join(' | '));
    const plain = spineChart(set, 'Salford', 'persistent-absence');
    assert.ok(!spineNotes(plain).some((n) => /\[p\]|\[r\]|provisional|revised/.test(n)));
    // The chart's key says what the marks stand for, where a row has one.
    assert.deepEqual(qualifierKey(s.rows), [{ mark: '[p]', text: 'Provisional figure' }, { mark: '[r]', text: 'Revised figure' }]);
    assert.deepEqual(qualifierKey(spineChart(set, 'Salford', 'lait-alevel-aab persistent-absence').rows), [{ mark: '[r]', text: 'Revised figure' }]);
    assert.deepEqual(qualifierKey(plain.rows), []);
  });

  test('no qualifiers, or none among the periods shown: no note', () => {
    const m = phonics.indicator('lait-ks1p-all')!;
    assert.equal(qualifierNote(m, ['202324', '202223']), null);
    assert.equal(qualifierNote({ ...m, qualifiers: undefined }, ['202425']), null);
  });
});
