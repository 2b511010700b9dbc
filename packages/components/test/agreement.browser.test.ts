// Issue 13: one source of truth. For every indicator and every local authority in the sample data, the verdict
// against England and the sentence that the tile, the benchmark, the spine and the breakdown show are core's, and
// so the CLI's (which prints core's `benchmark()` and `describeBenchmark()`): zero disagreements.
//
// Core's side is computed here from the extracts alone. The elements' side comes from each element's own model
// and text methods (what its render() shows), without drawing 14,000 charts; a sample is mounted to check that the
// page shows exactly those texts.
import { expect, html } from '@open-wc/testing';
import {
  AreaDirectory, BenchmarkError, ExtractSet, ObservationsExtract, benchmark, breakdownChart, describeBenchmark, describeBreakdown,
  describeSpine, readAreas, readNeighbours, spineChart, spineVerdictText, tileFacts, verdictLabel,
  type Benchmark, type BreakdownChart, type SpineChart,
} from '@inclusion-dashboard/core';
import '../src/inclusion-tile/define';
import '../src/inclusion-benchmark/define';
import '../src/inclusion-spine/define';
import '../src/inclusion-breakdown/define';
import { ALL, DATA, mount } from './helpers';

async function bytes(url: string): Promise<Uint8Array> {
  return new Uint8Array(await (await fetch(url)).arrayBuffer());
}

async function sampleSet(): Promise<ExtractSet> {
  const extracts = await Promise.all(ALL.split(' ').map(async (u) => new ObservationsExtract(await bytes(u))));
  const areas = readAreas(await bytes(`${DATA}/areas.arrow`));
  const links = readNeighbours(await bytes(`${DATA}/neighbours.arrow`));
  return new ExtractSet(extracts, new AreaDirectory(areas, links));
}

/** An element's model and summary, by its own compute() and describe(): the methods its render() calls. */
interface Shell<M> {
  compute(set: ExtractSet): M;
  describe(m: M): string;
}
function shell<M>(tag: string, props: Record<string, unknown>): Shell<M> {
  return Object.assign(document.createElement(tag), props) as unknown as Shell<M>;
}

/** The result, or the error code of a question the data cannot answer. */
function attempt<T>(f: () => T): T | { code: string } {
  try {
    return f();
  } catch (e) {
    if (e instanceof BenchmarkError) return { code: e.code };
    throw e;
  }
}
const failed = (x: unknown): x is { code: string } => !!x && typeof x === 'object' && 'code' in x && !('indicator' in x) && !('area' in x);

describe('one source of truth (issue 13)', function () {
  this.timeout(180_000);
  let set: ExtractSet;
  before(async () => {
    set = await sampleSet();
  });

  it('the tile, the benchmark, the spine and the breakdown agree with core (and the CLI) for every indicator and LA', () => {
    const problems: string[] = [];
    const n = { pairs: 0, compared: 0, spineRows: 0, breakdowns: 0, unanswerable: 0 };
    const las = set.areas.localAuthorities();
    const ids = set.indicators.map((m) => m.id);
    for (const la of las) {
      // The spine with every indicator: each row's verdict is the CLI's for that indicator, area and period.
      const spine = attempt(() => shell<SpineChart>('inclusion-spine', { area: la.code, indicators: ids.join(' ') }).compute(set));
      const spineCore = attempt(() => spineChart(set, la.code, ids.join(' ')));
      if (failed(spine) || failed(spineCore)) {
        if (JSON.stringify(spine) !== JSON.stringify(spineCore)) problems.push(`${la.name} spine: element ${JSON.stringify(spine)}, core ${JSON.stringify(spineCore)}`);
      } else if (shell<SpineChart>('inclusion-spine', {}).describe(spine) !== describeSpine(spineCore)) {
        problems.push(`${la.name} spine: summary differs from core's`);
      }
      for (const id of ids) {
        const cli = attempt(() => benchmark(set.find(id)!.data, set.areas, { indicator: id, area: la.code }));
        n.pairs++;
        const tile = attempt(() => shell<Benchmark>('inclusion-tile', { indicator: id, area: la.code }).compute(set));
        const bars = attempt(() => shell<Benchmark>('inclusion-benchmark', { indicator: id, area: la.code }).compute(set));
        const where = `${id}, ${la.name}`;
        if (failed(cli)) {
          n.unanswerable++;
          for (const [name, x] of [['tile', tile], ['benchmark', bars]] as const) {
            if (!failed(x) || x.code !== cli.code) problems.push(`${where}: core fails with ${cli.code}, the ${name} does not`);
          }
          continue;
        }
        const verdict = verdictLabel(cli.verdict);
        const sentence = describeBenchmark(cli);
        for (const [tag, x] of [['inclusion-tile', tile], ['inclusion-benchmark', bars]] as const) {
          if (failed(x)) { problems.push(`${where}: ${tag} fails with ${x.code}`); continue; }
          if (x.comparison !== cli.comparison) problems.push(`${where}: ${tag} says ${x.comparison}, core ${cli.comparison}`);
          const said = shell<Benchmark>(tag, {}).describe(x);
          if (said !== sentence) problems.push(`${where}: ${tag} says "${said}", core "${sentence}"`);
        }
        if (!failed(tile) && cli.value !== null) {
          const shown = tileFacts(tile).find((f) => f.key === 'verdict')?.text;
          if (shown !== verdict) problems.push(`${where}: the tile shows "${shown}", core "${verdict}"`);
        }
        if (cli.comparison !== 'not compared') n.compared++;

        if (!failed(spine)) {
          const row = spine.rows.find((r) => r.indicator.id === id);
          if (row) {
            n.spineRows++;
            if (row.period !== cli.period) problems.push(`${where}: the spine shows ${row.period}, core ${cli.period}`);
            if (row.verdict.comparison !== cli.comparison) problems.push(`${where}: the spine says ${row.verdict.comparison}, core ${cli.comparison}`);
            if (row.value !== null && !spineVerdictText(row, la.name).startsWith(verdict)) problems.push(`${where}: the spine shows "${spineVerdictText(row, la.name)}", core "${verdict}"`);
          }
        }

        const split = attempt(() => shell<BreakdownChart>('inclusion-breakdown', { indicator: id, area: la.code }).compute(set));
        if (failed(split)) { problems.push(`${where}: the breakdown fails with ${split.code}`); continue; }
        if (split.englandOnly) continue;
        n.breakdowns++;
        const total = split.rows.find((r) => r.breakdown === split.indicator.breakdown.total)!;
        if (split.period !== cli.period) problems.push(`${where}: the breakdown shows ${split.period}, core ${cli.period}`);
        if (total.verdict.comparison !== cli.comparison) problems.push(`${where}: the breakdown says ${total.verdict.comparison}, core ${cli.comparison}`);
        const said = shell<BreakdownChart>('inclusion-breakdown', {}).describe(split);
        const core = describeBreakdown(breakdownChart(set.find(id)!.data, set.areas, { indicator: id, area: la.code }));
        if (said !== core) problems.push(`${where}: the breakdown says "${said}", core "${core}"`);
      }
    }
    console.log(`agreement: ${las.length} LAs × ${ids.length} indicators = ${n.pairs} pairs (${n.unanswerable} with no figures, ${n.compared} compared by interval), ${n.spineRows} spine rows, ${n.breakdowns} breakdowns; ${problems.length} disagreements`);
    expect(problems.slice(0, 20)).to.deep.equal([]);
    expect(las.length).to.be.at.least(150);
    expect(n.spineRows).to.be.at.least(2000);
    expect(n.compared).to.be.at.least(100);
  });

  it('shows on the page exactly the texts compared above (a sample, drawn)', async () => {
    for (const area of ['Salford', 'Cumbria', 'Isles of Scilly']) {
      for (const id of ['ehcp-20-weeks', 'persistent-absence', 'pru-absence']) {
        const cli = attempt(() => benchmark(set.find(id)!.data, set.areas, { indicator: id, area }));
        const tile = await mount(html`<inclusion-tile src=${ALL} indicator=${id} area=${area}></inclusion-tile>`, 480, 'figure, [role=alert]');
        if (failed(cli)) {
          // No figures at all (the Isles of Scilly has no pupil referral unit): an error, as the CLI gives.
          expect(tile.shadowRoot!.querySelector('[role=alert]'), `${id}, ${area}`).to.exist;
          continue;
        }
        const summary = (el: Element) => el.shadowRoot!.querySelector('[part=summary]')!.textContent!.trim();
        expect(summary(tile), `${id}, ${area}`).to.equal(describeBenchmark(cli));
        const facts = [...tile.shadowRoot!.querySelectorAll('.facts dt')].map((dt) => [dt.textContent!.trim(), dt.nextElementSibling!.textContent!.trim()]);
        if (cli.value !== null) expect(facts, `${id}, ${area}`).to.deep.include(['Against England', verdictLabel(cli.verdict)]);
        const bars = await mount(html`<inclusion-benchmark src=${ALL} indicator=${id} area=${area}></inclusion-benchmark>`, 720, '.chart svg, [role=alert]');
        expect(summary(bars), `${id}, ${area}`).to.equal(describeBenchmark(cli));
      }
      const spine = await mount(html`<inclusion-spine src=${ALL} area=${area}></inclusion-spine>`, 1000, '.chart svg, [role=alert]');
      const words = [...spine.shadowRoot!.querySelectorAll('.chart svg text')].map((t) => [...t.querySelectorAll('tspan')].map((s) => s.textContent).join(' ') || t.textContent).join(' ').replace(/\s+/g, ' ');
      for (const id of ['ehcp-20-weeks', 'persistent-absence']) {
        const cli = attempt(() => benchmark(set.find(id)!.data, set.areas, { indicator: id, area }));
        if (!failed(cli) && cli.value !== null) expect(words, `${id}, ${area}`).to.contain(verdictLabel(cli.verdict).split(' (')[0]);
      }
    }
  });
});
