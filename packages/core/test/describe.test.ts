// One source of truth (issue 13): the one verdict rule, the formatters every sentence uses, the sentences
// themselves over the sample extracts, and error codes by class.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, test } from 'node:test';
import {
  AreaDirectory, BenchmarkError, ExtractError, ExtractSet, LoadError, ObservationsExtract, UsageError, benchmark, breakdownChart,
  capitalise, compareWithEngland, changeOf, describeBenchmark, describeBreakdown, describeRanking, describeSpine, describeTrend, errorCode,
  formatChange, formatStatus, formatValue, funnelAt, funnelSide, joinList, rankingChart, readAreas, readNeighbours, sideOf, spineChart,
  tileFacts, trend, verdictLabel, verdictSentence, type IndicatorMeta,
} from '../src/index';

const EXTRACTS = resolve(import.meta.dirname, '../../sample-data/data');
const set = new ExtractSet(
  ['attendance', 'exclusions', 'ap', 'ehcp', 'context'].map((f) => new ObservationsExtract(readFileSync(resolve(EXTRACTS, `${f}.arrow`)))),
  new AreaDirectory(readAreas(readFileSync(resolve(EXTRACTS, 'areas.arrow'))), readNeighbours(readFileSync(resolve(EXTRACTS, 'neighbours.arrow')))),
);
const pct = (polarity: IndicatorMeta['polarity'], interval?: IndicatorMeta['interval']) => ({ unit: 'percent' as const, decimals: 1, polarity, interval });

describe('compareWithEngland: the one rule', () => {
  test('by the 95% interval where counts give one: similar when it holds England, else better or worse by polarity', () => {
    assert.deepEqual(compareWithEngland(pct('high'), 50, [45, 55], 46), { comparison: 'similar', reason: null });
    assert.deepEqual(compareWithEngland(pct('high'), 60, [56, 64], 46), { comparison: 'better', reason: null });
    assert.deepEqual(compareWithEngland(pct('low'), 60, [56, 64], 46), { comparison: 'worse', reason: null });
    assert.deepEqual(compareWithEngland(pct('none'), 30, [28, 32], 46), { comparison: 'lower', reason: null });
  });
  test('otherwise not compared, with the reason', () => {
    assert.deepEqual(compareWithEngland(pct('low'), 20.57, null, 18.14), { comparison: 'not compared', reason: 'counts not published' });
    assert.equal(compareWithEngland(pct('low', 'none'), 16.6, [15, 17], 11.3).reason, 'not a proportion, so no confidence interval');
    assert.equal(compareWithEngland(pct('low'), null, null, 11.3).reason, 'no figure');
    assert.equal(compareWithEngland(pct('low'), 20, [19, 21], null).reason, 'England\'s figure not available');
  });
  test('benchmark() uses it: Salford, PRU absence (counts published) is worse; persistent absence (none) is not compared', () => {
    const b = (id: string) => benchmark(set.find(id)!.data, set.areas, { indicator: id, area: 'Salford' });
    assert.equal(b('pru-absence').comparison, 'worse');
    assert.deepEqual(b('persistent-absence').verdict, { comparison: 'not compared', reason: 'counts not published' });
    assert.equal(b('ehcp-20-weeks').comparison, 'similar');
  });
  test('the spine and the breakdown give benchmark()\'s verdict for every indicator of every LA', () => {
    const ids = set.indicators.map((m) => m.id);
    let checked = 0;
    for (const la of set.areas.localAuthorities().slice(0, 40)) {
      let s;
      try { s = spineChart(set, la.code, ids.join(' ')); } catch { continue; }
      for (const row of s.rows) {
        const b = benchmark(set.find(row.indicator.id)!.data, set.areas, { indicator: row.indicator.id, area: la.code });
        assert.equal(row.verdict.comparison, b.comparison, `${row.indicator.id}, ${la.name}`);
        const split = breakdownChart(set.find(row.indicator.id)!.data, set.areas, { indicator: row.indicator.id, area: la.code });
        assert.equal(split.rows.find((r) => r.breakdown === row.indicator.breakdown.total)!.verdict.comparison, b.comparison);
        checked++;
      }
    }
    assert.ok(checked > 500, `${checked} rows checked`);
  });
});

describe('the formatters every sentence uses', () => {
  test('a status: never "not available (not available)"', () => {
    assert.equal(formatStatus('x'), 'not available');
    assert.equal(formatStatus(null), 'not available');
    assert.equal(formatStatus('c'), 'not available (suppressed)');
    assert.equal(formatValue(null, pct('low'), 'x'), 'not available');
    assert.equal(formatValue(12.34, pct('low')), '12.3%');
  });
  test('a list, a capital, a change', () => {
    assert.equal(joinList([]), '');
    assert.equal(joinList(['A']), 'A');
    assert.equal(joinList(['A', 'B']), 'A and B');
    assert.equal(joinList(['A', 'B', 'C'], { conjunction: 'or' }), 'A, B or C');
    assert.equal(joinList(['Bournemouth, Christchurch and Poole', 'Dorset', 'Wiltshire'], { semicolons: true }), 'Bournemouth, Christchurch and Poole; Dorset; and Wiltshire');
    assert.equal(joinList(['Dorset', 'Wiltshire', 'Poole'], { semicolons: true }), 'Dorset, Wiltshire and Poole');
    assert.equal(capitalise('pupils with SEN support'), 'Pupils with SEN support');
    assert.equal(formatChange(-1.25, { unit: 'percent', decimals: 1 }), '\u22121.3 percentage points');
    assert.equal(formatChange(-1.25, { unit: 'percent', decimals: 1 }, { signed: false }), '1.3 percentage points');
  });
  test('sides and changes at published precision', () => {
    assert.equal(sideOf({ decimals: 1 }, 18.14, 18.1), 'the same');
    assert.equal(sideOf({ decimals: 2 }, 18.14, 18.1), 'higher');
    assert.deepEqual(changeOf({ decimals: 1, polarity: 'low' }, 20.04, 19.96), { change: 0, direction: 'no change' });
    assert.deepEqual(changeOf({ decimals: 1, polarity: 'low' }, 20, 19), { change: -1, direction: 'better' });
  });
  test('funnel limits: one function for the benchmark and the ranking', () => {
    const b = benchmark(set.find('ehcp-20-weeks')!.data, set.areas, { indicator: 'ehcp-20-weeks', area: 'Salford' });
    assert.deepEqual(b.funnel, funnelAt(b.england!.value!, b.denominator!));
    const r = rankingChart(set.find('ehcp-20-weeks')!.data, set.areas, { indicator: 'ehcp-20-weeks', area: 'Salford', mode: 'funnel' });
    const own = r.funnel!.points.find((p) => p.row.selected)!;
    assert.deepEqual([own.limits95, own.limits998], [b.funnel!.ci95, b.funnel!.ci998]);
    assert.equal(own.side, funnelSide(b.value!, b.funnel!));
  });
});

describe('the sentences, from core alone', () => {
  const b = benchmark(set.find('persistent-absence')!.data, set.areas, { indicator: 'persistent-absence', area: 'Salford' });
  test('the benchmark says its verdict and why', () => {
    assert.match(describeBenchmark(b), /^Salford's persistent absence rate in 2024\/25 was 20\.57%\. England was 18\.14%\./);
    assert.ok(describeBenchmark(b).includes('Not compared with England: counts not published.'));
    assert.equal(verdictLabel(b.verdict), 'Not compared with England (counts not published)');
    assert.equal(verdictSentence({ comparison: 'better', reason: null }), 'Better than England: the gap is too big to be chance.');
    assert.equal(verdictSentence({ comparison: 'similar', reason: null }), 'Similar to England: the gap is small enough to be chance.');
    assert.deepEqual(tileFacts(b).find((f) => f.key === 'verdict'), { key: 'verdict', term: 'Against England', text: 'Not compared with England (counts not published)' });
  });
  test('the spine, breakdown, ranking and trend are worded in core', () => {
    assert.match(describeSpine(spineChart(set, 'Salford')), /Against England, allowing for chance, it is better on 1, similar on 1 and worse on 1\./);
    const split = breakdownChart(set.find('persistent-absence-sen')!.data, set.areas, { indicator: 'persistent-absence-sen', area: 'Salford' });
    assert.match(describeBreakdown(split), /^In Salford in 2022\/23, pupils with any special educational need had the highest figure \(34\.82%\)\./);
    const r = rankingChart(set.find('ehcp-20-weeks')!.data, set.areas, { indicator: 'ehcp-20-weeks', area: 'Salford' });
    assert.match(describeRanking(r), /^Salford's EHC plans issued within 20 weeks in 2024 was 50\.1%\. That is higher than England \(45\.9%\)\. Rank 76 of 153 councils\. That is band B/);
    const t = trend(set.find('persistent-absence')!.data, set.areas, { indicator: 'persistent-absence', area: 'Salford' });
    assert.match(describeTrend(t), /Since the series break it rose from 16\.68% in 2020\/21 to 20\.57% in 2024\/25 \(up 3\.89 percentage points, worse\)/);
  });
});

describe('error codes: one union, read by class', () => {
  test('each class gives its code; a query with no data is empty; anything else is error', () => {
    assert.equal(errorCode(new BenchmarkError('unknown-area', 'x')), 'unknown-area');
    assert.equal(errorCode(new BenchmarkError('no-data', 'x')), 'empty');
    assert.equal(errorCode(new ExtractError('not-arrow', 'x')), 'not-arrow');
    assert.equal(errorCode(new LoadError('timeout', 'x')), 'timeout');
    assert.equal(errorCode(new UsageError('draw', 'x')), 'draw');
    // A look-alike with a code is not trusted: only the classes are.
    assert.equal(errorCode(Object.assign(new Error('Available: a, b'), { code: 'timeout' })), 'error');
    assert.equal(errorCode('oops'), 'error');
  });
});
