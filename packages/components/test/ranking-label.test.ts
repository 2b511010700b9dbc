// Issue 14, item 2: the ranking's highlighted label ("Salford", "7.28%, rank 124 of 153, band D") never runs past
// the chart, however narrow it is or however wide the reader's text spacing makes the text: it takes more lines,
// broken after a comma, and the axis title takes its shorter form with its arrow. Pure layout, no DOM.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, test } from 'node:test';
import { AreaDirectory, ExtractSet, ObservationsExtract, rankingChart, readAreas, readNeighbours } from '@inclusion-dashboard/core';
import { layoutStrip, selectedLabel, wrapAtCommas } from '../src/inclusion-ranking/ranking-layout';

const DATA = resolve(import.meta.dirname, '../../sample-data/data');
const set = new ExtractSet(
  ['attendance'].map((f) => new ObservationsExtract(readFileSync(resolve(DATA, `${f}.arrow`)))),
  new AreaDirectory(readAreas(readFileSync(resolve(DATA, 'areas.arrow'))), readNeighbours(readFileSync(resolve(DATA, 'neighbours.arrow')))),
);
const m = rankingChart(set.find('overall-absence')!.data, set.areas, { indicator: 'overall-absence', area: 'Salford' });
/** 7 px a character plus WCAG letter spacing (0.12em of 14px) and word spacing (0.16em): wide text. */
const spaced = (s: string) => s.length * (7 + 1.68) + (s.split(' ').length - 1) * 2.24;

describe('the ranking\'s highlighted label under text spacing', () => {
  test('at 320 px and narrower, every line fits and nothing is lost', () => {
    for (const width of [320, 240, 200]) {
      const label = selectedLabel(m, width / 2, width, spaced, spaced)!;
      const lines = label.text.split('\n');
      assert.equal(lines.join(' ').replace(/, /g, ', '), 'Salford 7.28%, rank 124 of 153, band D', `${width}px`);
      for (const l of lines) assert.ok(spaced(l) <= width - 8, `${width}px: "${l}" is ${spaced(l)} px`);
      const left = width / 2 + label.dx;
      assert.ok(left >= 4 && left + Math.max(...lines.map(spaced)) <= width - 4, `${width}px: inside the chart`);
      assert.equal(label.height, lines.length * 17 + 8);
    }
  });
  test('the detail breaks after a comma, so "band D" and "rank 124 of 153" stay whole', () => {
    assert.deepEqual(wrapAtCommas('7.28%, rank 124 of 153, band D', 220, spaced), ['7.28%, rank 124 of 153,', 'band D']);
    assert.deepEqual(wrapAtCommas('7.28%, rank 124 of 153, band D', 150, spaced), ['7.28%,', 'rank 124 of 153,', 'band D']);
    assert.deepEqual(wrapAtCommas('7.28%, rank 124 of 153, band D', 400, spaced), ['7.28%, rank 124 of 153, band D']);
  });
  test('the axis title keeps its arrow: the short form where the long one would not fit', () => {
    assert.equal(layoutStrip(m, 720, spaced, spaced).axisTitle, 'Local authorities, best to worst →');
    assert.equal(layoutStrip(m, 280, spaced, spaced).axisTitle, 'Best to worst →');
  });
});
