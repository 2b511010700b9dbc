// The charts' layout as pure functions (no DOM), with a fixed-width measure: 7 px a character.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, test } from 'node:test';
import { AreaDirectory, ExtractSet, ObservationsExtract, rankingChart, readAreas, readNeighbours, spineChart } from '@inclusion-dashboard/core';
import { layoutFunnel, layoutStrip, threshold, valueDomain } from '../src/inclusion-ranking/ranking-layout';
import { layoutSpine, layoutSpineSteps, spineColumns, spineSlices } from '../src/inclusion-spine/spine-layout';
import { dodgeEndLabels, placeMarkerLabels, tickStep, xAxis, xTicks, yAxis } from '../src/inclusion-trend/trend-layout';

const measure = (s: string) => s.length * 7;
const DATA = resolve(import.meta.dirname, '../../sample-data/data');
const set = new ExtractSet(
  ['attendance', 'exclusions', 'ap', 'ehcp', 'context'].map((f) => new ObservationsExtract(readFileSync(resolve(DATA, `${f}.arrow`)))),
  new AreaDirectory(readAreas(readFileSync(resolve(DATA, 'areas.arrow'))), readNeighbours(readFileSync(resolve(DATA, 'neighbours.arrow')))),
);

describe('trend layout', () => {
  test('round ticks from 0 past the largest value', () => {
    assert.equal(tickStep(27, 5), 5);
    assert.deepEqual(yAxis(26.1, 275), { yMax: 30, ticks: [0, 5, 10, 15, 20, 25, 30] });
    assert.deepEqual(yAxis(0, 200).ticks, [0, 0.2]);
  });
  test('one period sits in the middle of the plot; many span it', () => {
    assert.equal(xAxis(1, 100, 400).px(0), 300);
    const x = xAxis(5, 100, 400);
    assert.deepEqual([x.px(0), x.px(4)], [100, 500]);
    assert.equal(x.data(x.px(2.5)), 2.5);
  });
  test('x ticks: every k-th period counted back from the latest, so labels never overlap', () => {
    assert.deepEqual(xTicks(10, 100, 80), [0, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
    assert.deepEqual(xTicks(10, 50, 80), [1, 3, 5, 7, 9]);
    assert.deepEqual(xTicks(1, 400, 80), [0]);
  });
  test('break labels that would overlap go to a second row; all stay inside the width', () => {
    const g = (i: number, text: string) => ({ i, period: String(i), periodLabel: String(i), text });
    const { placed, rows } = placeMarkerLabels([g(3, 'Series break'), g(4, 'Boundary change')], (i) => i * 50, 300, measure);
    assert.equal(rows, 2);
    assert.deepEqual(placed.map((p) => p.row), [0, 1]);
    for (const p of placed) assert.ok(p.left >= 2 && p.left + measure(p.text) <= 298);
  });
  test('end labels are pushed apart, never overlap, and give up when they cannot fit', () => {
    const pos = dodgeEndLabels([{ y: 100, h: 16 }, { y: 104, h: 32 }, { y: 300, h: 16 }], 50, 320)!;
    assert.ok(pos[1].top >= pos[0].top + pos[0].h + 2);
    assert.equal(pos[2].top, 300 - 8);
    assert.equal(dodgeEndLabels(Array.from({ length: 20 }, () => ({ y: 60, h: 16 })), 50, 150), null);
  });
});

describe('spine layout', () => {
  const m = spineChart(set, 'Salford');
  test('three layouts by width, the spine between the label and the figures', () => {
    assert.equal(spineColumns(1000).layout, 'wide');
    assert.equal(spineColumns(700).layout, 'medium');
    assert.equal(spineColumns(320).layout, 'narrow');
    const c = spineColumns(1000);
    assert.ok(c.sx0 > c.labelW && c.sx1 < c.colX[0]);
  });
  test('cut into parts of a few rows, stacked back at each part\'s top, it is the same layout', () => {
    const l = layoutSpine(m, 700, measure, measure);
    // [rows a part, rows in the first]: the first may be smaller, as the element draws it.
    for (const [rows, first] of [[1, 1], [3, 3], [5, 5], [40, 40], [3, 2], [4, 1], [5, 9]]) {
      const parts = spineSlices(l, rows, first);
      assert.equal(parts.length, 1 + Math.ceil(Math.max(0, l.placed.length - first) / rows));
      assert.equal(parts[0].placed.length, Math.min(first, l.placed.length));
      assert.equal(parts[0].y0, 0);
      assert.equal(parts.at(-1)!.y1, l.height);
      parts.forEach((p, i) => {
        if (i) assert.equal(p.y0, parts[i - 1].y1, 'parts meet');
        assert.ok(p.placed.length <= Math.max(rows, first) && p.placed.length > 0);
      });
      const back = <T extends { y?: number; top?: number; cy?: number }>(xs: T[], y0: number) =>
        xs.map((x) => ({ ...x, ...('y' in x ? { y: x.y! + y0 } : {}), ...('top' in x ? { top: x.top! + y0, cy: x.cy! + y0 } : {}) }));
      assert.deepEqual(parts.flatMap((p) => back(p.placed, p.y0)), l.placed);
      assert.deepEqual(parts.flatMap((p) => back(p.texts, p.y0)), l.texts);
      assert.deepEqual(parts.flatMap((p) => back(p.keyGlyphs, p.y0)), l.keyGlyphs);
      assert.deepEqual(parts.flatMap((p) => p.rules.map((y) => y + p.y0)), [l.headRule, ...l.placed.map((p) => p.top + p.height)]);
      // The key and headings stay in the first part.
      assert.equal(parts.slice(1).every((p) => p.keyGlyphs.length === 0), true);
    }
  });

  test('laid out a few rows a step, it is the same layout, with a pause after every few rows', () => {
    const whole = layoutSpine(m, 700, measure, measure);
    for (const rows of [1, 2, 5]) {
      const steps = layoutSpineSteps(m, 700, measure, measure, rows);
      let pauses = 0;
      let r = steps.next();
      while (!r.done) {
        pauses++;
        r = steps.next();
      }
      assert.equal(pauses, Math.ceil(m.rows.length / rows) - 1, `${rows} a step`);
      const { sx, ...rest } = r.value;
      const { sx: wholeSx, ...wholeRest } = whole;
      assert.deepEqual(rest, wholeRest);
      assert.equal(sx(0.3), wholeSx(0.3));
    }
  });

  for (const width of [320, 700, 1000]) {
    test(`at ${width}px: one row per indicator, stacked without overlap, England at the centre, text inside the width`, () => {
      const l = layoutSpine(m, width, measure, measure);
      assert.equal(l.placed.length, m.rows.length);
      for (let i = 1; i < l.placed.length; i++) assert.equal(l.placed[i].top, l.placed[i - 1].top + l.placed[i - 1].height);
      assert.ok(l.height >= l.placed.at(-1)!.top + l.placed.at(-1)!.height);
      assert.equal(l.sx(0.5), (l.sx(0) + l.sx(1)) / 2);
      for (const t of l.texts.filter((x) => (x.anchor ?? 'start') === 'start')) {
        for (const line of t.lines) if (line.includes(' ')) assert.ok(t.x + measure(line) <= width + 1, `${line} at ${width}px`);
      }
      // The key names each verdict shown, in core's words.
      const words = l.texts.flatMap((t) => t.lines).join(' ');
      assert.ok(words.includes('Salford: not compared with England'));
      assert.deepEqual(l.placed.map((p) => p.mark).filter((k) => k !== 'not compared'), ['worse', 'similar', 'better']);
    });
  }
});

describe('ranking layout', () => {
  const data = set.find('ehcp-20-weeks')!.data;
  const m = rankingChart(data, set.areas, { indicator: 'ehcp-20-weeks', area: 'Salford' });
  test('thresholds between bands follow polarity: A|B is the upper quartile when high is good', () => {
    const [q1, q2, q3] = m.ranking.thresholds!;
    assert.deepEqual([threshold(m, 'A', 'B'), threshold(m, 'B', 'C'), threshold(m, 'C', 'D')], [q3, q2, q1]);
    const [lo, hi] = valueDomain(m);
    assert.ok(lo >= 0 && hi <= 100 && lo < q1 && hi > q3);
  });
  for (const width of [320, 900]) {
    test(`at ${width}px: the selected label stays inside, band labels avoid the leader line, ticks fit`, () => {
      const l = layoutStrip(m, width, measure, measure);
      assert.ok(l.label, 'Salford is labelled');
      assert.equal(l.boundaries.length, 3);
      assert.ok(l.ticks.every((t) => t >= 1 && t <= l.of));
      assert.equal(l.ticks.length > 4, width > 480);
      const f = rankingChart(data, set.areas, { indicator: 'ehcp-20-weeks', area: 'Salford', mode: 'funnel' });
      const fl = layoutFunnel(f, f.funnel!, width, measure, measure);
      assert.ok(fl.d0 < Math.min(...f.funnel!.points.map((p) => p.row.denominator!)));
      assert.ok(fl.ticks.every((t) => t >= fl.d0 && t <= fl.d1));
      assert.ok(measure(fl.axisTitle) <= width - fl.marginLeft - 4 || fl.axisTitle.startsWith('New EHC plans'));
    });
  }
});
