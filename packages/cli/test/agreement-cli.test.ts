// Issue 13, the CLI's side of the agreement test (packages/components/test/agreement.browser.test.ts holds the
// elements' side): for every indicator and every LA in the sample data, what `benchmark --json` prints (its verdict
// against England and its summary sentence) is core's; `ranking` and `trend` print the sentences the ranking and
// trend elements show (core's describeRanking and describeTrend). Zero disagreements.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, it } from 'node:test';
import {
  AreaDirectory, BenchmarkError, ExtractSet, ObservationsExtract, benchmark, describeBenchmark, describeRanking, describeTrend,
  rankingChart, readAreas, readNeighbours, trend,
} from '@inclusion-dashboard/core';
import { cli } from './helpers';

const SAMPLE = resolve(import.meta.dirname, '../../sample-data/data');
const FILES = ['attendance', 'exclusions', 'ap', 'ehcp', 'context'].map((f) => resolve(SAMPLE, `${f}.arrow`));
const set = new ExtractSet(
  FILES.map((f) => new ObservationsExtract(readFileSync(f))),
  new AreaDirectory(readAreas(readFileSync(resolve(SAMPLE, 'areas.arrow'))), readNeighbours(readFileSync(resolve(SAMPLE, 'neighbours.arrow')))),
);
const extract = FILES.flatMap((f) => ['--extract', f]);

/** Core's answer, or the code of a question the data cannot answer. */
function attempt<T>(f: () => T): T | { code: string } {
  try {
    return f();
  } catch (e) {
    if (e instanceof BenchmarkError) return { code: e.code };
    throw e;
  }
}
const failed = (x: object): x is { code: string } => 'code' in x && Object.keys(x).length === 1;

async function json(args: string[]): Promise<{ code: number; body: Record<string, unknown> | null; err: string }> {
  const r = await cli([...args, ...extract, '--json']);
  return { code: r.code, body: r.code === 0 ? JSON.parse(r.out) : null, err: r.err };
}

describe('the CLI prints core\'s verdicts and sentences (issue 13)', () => {
  const las = set.areas.localAuthorities();
  const ids = set.indicators.map((m) => m.id);

  it('benchmark: the verdict and summary of every indicator for every LA', { timeout: 600_000 }, async () => {
    const problems: string[] = [];
    let pairs = 0;
    let unanswerable = 0;
    for (const la of las) {
      for (const id of ids) {
        pairs++;
        const core = attempt(() => benchmark(set.find(id)!.data, set.areas, { indicator: id, area: la.code }));
        const r = await json(['benchmark', '--indicator', id, '--area', la.code]);
        const where = `${id}, ${la.name}`;
        if (failed(core)) {
          unanswerable++;
          if (r.code !== 1) problems.push(`${where}: core fails with ${core.code}, the CLI exits ${r.code}`);
          continue;
        }
        if (!r.body) { problems.push(`${where}: the CLI exits ${r.code}: ${r.err.trim()}`); continue; }
        if (r.body.comparison !== core.comparison) problems.push(`${where}: the CLI says ${String(r.body.comparison)}, core ${core.comparison}`);
        if (r.body.summary !== describeBenchmark(core)) problems.push(`${where}: the CLI says "${String(r.body.summary)}", core "${describeBenchmark(core)}"`);
      }
    }
    console.log(`CLI agreement: ${las.length} LAs × ${ids.length} indicators = ${pairs} pairs (${unanswerable} with no figures); ${problems.length} disagreements`);
    assert.deepEqual(problems.slice(0, 20), []);
    assert.ok(las.length >= 150 && pairs - unanswerable >= 2000);
  });

  it('ranking and trend: the summary the elements show, for every indicator (three LAs)', async () => {
    const problems: string[] = [];
    for (const m of set.indicators.filter((x) => x.coverage === 'national')) {
      // Published for England only: the CLI says so rather than rank no LAs or chart an LA with no figures.
      const r = await cli(['ranking', '--indicator', m.id, ...extract]);
      assert.equal(r.code, 1);
      assert.equal(r.err.trim(), `${m.label} is published for England only: DfE gives no figures for LAs. Use --area England.`);
    }
    for (const area of ['E08000006', 'E10000006', 'E06000053']) {
      for (const id of set.indicators.filter((x) => x.coverage !== 'national').map((x) => x.id)) {
        const data = set.find(id)!.data;
        const latest = data.periods(id).at(-1);
        const chart = attempt(() => rankingChart(data, set.areas, { indicator: id, area, period: latest }));
        const ranked = await json(['ranking', '--indicator', id, '--area', area]);
        if (!failed(chart) && ranked.body?.summary !== describeRanking(chart)) problems.push(`ranking ${id}, ${area}: "${String(ranked.body?.summary)}"`);
        if (failed(chart) && ranked.code !== 1) problems.push(`ranking ${id}, ${area}: core fails with ${chart.code}, the CLI exits ${ranked.code}`);
        const t = attempt(() => trend(data, set.areas, { indicator: id, area }, 10));
        const over = await json(['trend', '--indicator', id, '--area', area]);
        if (!failed(t) && over.body?.summary !== describeTrend(t)) problems.push(`trend ${id}, ${area}: "${String(over.body?.summary)}"`);
        if (failed(t) && over.code !== 1) problems.push(`trend ${id}, ${area}: core fails with ${t.code}, the CLI exits ${over.code}`);
      }
    }
    assert.deepEqual(problems, []);
  });
});
