// Every generated summary for the sample data (issue 14, items 7 and 10): no sentence ends in "..", and each summary
// reads at a reading age of 9 or so, measured with the Flesch-Kincaid grade (see readability.ts for why).
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, test } from 'node:test';
import {
  AreaDirectory, ExtractSet, ObservationsExtract, benchmark, benchmarkSubtitle, benchmarkTable, breakdownChart, breakdownNotes,
  breakdownSubtitle, breakdownTable, describeBenchmark, describeBreakdown, describeRanking, describeSpine, describeTrend, groupLabel,
  mapTable, mapView, rankingAnnounce, rankingChart, rankingHeading, rankingNotes, rankingSubtitle, rankingTable, readAreas,
  readNeighbours, sentenceCase, spineAnnounce, spineChart, spineHeading, spineNotes, spineSubtitle, spineTable, tileFacts,
  tileSubtitle, trend, trendHeading, trendNotes, trendSubtitle, trendTable,
} from '../src/index';
import { fleschKincaid } from './readability';

const EXTRACTS = resolve(import.meta.dirname, '../../sample-data/data');
const set = new ExtractSet(
  ['attendance', 'exclusions', 'ap', 'ehcp', 'context'].map((f) => new ObservationsExtract(readFileSync(resolve(EXTRACTS, `${f}.arrow`)))),
  new AreaDirectory(readAreas(readFileSync(resolve(EXTRACTS, 'areas.arrow'))), readNeighbours(readFileSync(resolve(EXTRACTS, 'neighbours.arrow')))),
);

/**
 * The highest Flesch-Kincaid grade a summary may have. A UK reading age is the US grade plus 5, so reading age 9
 * is grade 4; one more grade is allowed because the indicator names are DfE's and are counted as written.
 */
export const MAX_GRADE = 5;

const STEP = Number(process.env.SUMMARY_STEP ?? 16);
const EDGE = ['Salford', 'Isles of Scilly', 'City of London', 'Cumbria', 'Cumberland', 'Westmorland and Furness', 'Poole', 'North Northamptonshire'];

type Kind = 'benchmark' | 'trend' | 'ranking' | 'funnel' | 'breakdown' | 'map' | 'spine';
interface Summary { kind: Kind; where: string; text: string; others: string[] }

/**
 * Every LA, plus England for the benchmark; a chart that cannot be drawn for an area (no data) is skipped. Each
 * summary comes with the chart's other sentences (heading, subtitle, notes, table caption, what each point
 * announces), for the punctuation check.
 */
function* summaries(): Generator<Summary> {
  // The charts of one indicator take 0.1 to 0.3 s an LA, so these take every 16th LA and the edge cases (no data,
  // one school, boundary changes); SUMMARY_STEP=1 takes every LA (about ten minutes).
  const las = set.areas.localAuthorities().filter((la, i) => i % STEP === 0 || EDGE.includes(la.name));
  const attempt = function* (kind: Kind, where: string, make: () => [string, ...string[]]): Generator<Summary> {
    let texts: [string, ...string[]];
    try { texts = make(); } catch { return; }
    yield { kind, where, text: texts[0], others: texts.slice(1) };
  };
  for (const la of set.areas.localAuthorities()) {
    yield* attempt('spine', la.name, () => {
      const m = spineChart(set, la.code);
      return [describeSpine(m), spineHeading(m), spineSubtitle(m), ...spineNotes(m), spineTable(m).caption, ...m.rows.map((r) => spineAnnounce(r, m.area.name))];
    });
  }
  for (const meta of set.indicators) {
    const data = set.find(meta.id)!.data;
    const q = (area: string) => ({ indicator: meta.id, area });
    const ranked = (m: ReturnType<typeof rankingChart>): [string, ...string[]] => [
      describeRanking(m), rankingHeading(m), rankingSubtitle(m), ...rankingNotes(m), rankingTable(m).caption,
      ...m.ranking.rows.slice(0, 5).map((x) => rankingAnnounce(m, x)),
    ];
    yield* attempt('ranking', `${meta.id}, no area`, () => ranked(rankingChart(data, set.areas, { indicator: meta.id })));
    const bench = (b: ReturnType<typeof benchmark>): [string, ...string[]] => [
      describeBenchmark(b), benchmarkSubtitle(b), tileSubtitle(b), benchmarkTable(b, true).caption, ...tileFacts(b).map((f) => `${f.term}: ${f.text}`),
    ];
    yield* attempt('benchmark', `${meta.id}, England`, () => bench(benchmark(data, set.areas, q('England'))));
    for (const la of las) {
      const where = `${meta.id}, ${la.name}`;
      yield* attempt('benchmark', where, () => bench(benchmark(data, set.areas, q(la.code))));
      yield* attempt('trend', where, () => {
        const t = trend(data, set.areas, q(la.code));
        return [describeTrend(t), trendHeading(t), trendSubtitle(t), ...trendNotes(t, { intervals: true }), trendTable(t).caption];
      });
      yield* attempt('ranking', where, () => ranked(rankingChart(data, set.areas, q(la.code))));
      yield* attempt('funnel', where, () => ranked(rankingChart(data, set.areas, { ...q(la.code), mode: 'funnel' })));
      yield* attempt('breakdown', where, () => {
        const m = breakdownChart(data, set.areas, q(la.code));
        return [describeBreakdown(m), breakdownSubtitle(m), ...breakdownNotes(m, { intervals: true }), breakdownTable(m, { intervals: true }).caption];
      });
      yield* attempt('map', where, () => {
        const v = mapView(data, set.areas, q(la.code));
        return [v.summary, ...v.notes, mapTable(v).caption];
      });
    }
  }
}

const all = [...summaries()];
const names = [...new Set(set.areas.areas.map((a) => a.name))];
// DfE's names for indicators and for the groups of a breakdown are quoted as published, so they count as names too.
const labels = set.indicators.flatMap((m) => [m.label, ...m.breakdown.values.map((v) => groupLabel(m, v))].flatMap((x) => [x, sentenceCase(x)]));

describe('every generated summary for the sample data', () => {
  test('there are summaries of every kind', () => {
    for (const k of ['benchmark', 'trend', 'ranking', 'funnel', 'breakdown', 'map', 'spine'] as Kind[]) {
      assert.ok(all.filter((s) => s.kind === k).length > 10, `${k}: ${all.filter((s) => s.kind === k).length}`);
    }
  });

  test('no sentence ends in "..", and no stray punctuation (", .", ". .", ",,"), in summaries and every other sentence', () => {
    const stray = /(?<!\.)\.\.(?!\.)|[,;:]\s*\.|\.\s+\.|,,|\(\s*\)/;
    const bad = all.flatMap((s) => [s.text, ...s.others].filter((t) => stray.test(t)).map((t) => `${s.kind} ${s.where}: ${t}`));
    assert.deepEqual([...new Set(bad)].slice(0, 5), []);
    assert.ok(all.reduce((n, s) => n + 1 + s.others.length, 0) > 10000);
  });

  test(`each reads at Flesch-Kincaid grade ${MAX_GRADE} or below (reading age 9 to 10)`, () => {
    const scored = all.map((s) => ({ ...s, ...fleschKincaid(s.text, [...names, ...labels]) }));
    const byKind = new Map<Kind, number[]>();
    for (const s of scored) byKind.set(s.kind, [...(byKind.get(s.kind) ?? []), s.grade]);
    const report = [...byKind].map(([k, gs]) => `${k}: ${gs.length} summaries, mean ${(gs.reduce((a, b) => a + b, 0) / gs.length).toFixed(1)}, max ${Math.max(...gs).toFixed(1)}`);
    console.log(report.join('\n'));
    const over = scored.filter((s) => s.grade > MAX_GRADE).sort((a, b) => b.grade - a.grade);
    if (process.env.SUMMARY_SHOW) for (const s of over.slice(0, Number(process.env.SUMMARY_SHOW))) console.log(`${s.grade.toFixed(1)} ${s.kind} ${s.where}: ${s.text}`);
    assert.deepEqual(over.slice(0, 5).map((s) => `${s.kind} ${s.where} (grade ${s.grade.toFixed(1)}): ${s.text}`), [], `${over.length} of ${scored.length} summaries over grade ${MAX_GRADE}`);
  });
});
