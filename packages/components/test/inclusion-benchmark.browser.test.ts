import { expect, html } from '@open-wc/testing';
import '../src/inclusion-benchmark/define';
import { mountChart, text, failsWith } from './helpers';
import type { InclusionBenchmark } from '../src/inclusion-benchmark/inclusion-benchmark';

const EHCP = '/packages/sample-data/data/ehcp.arrow';
const ATTENDANCE = '/packages/sample-data/data/attendance.arrow';

const mount = (template: ReturnType<typeof html>, width = 720) => mountChart<InclusionBenchmark>(template, width);


describe('<inclusion-benchmark>', () => {
  it('draws Salford beside its neighbours, region and England with the published EHCP figures', async () => {
    const el = await mount(html`<inclusion-benchmark src=${EHCP} indicator="ehcp-20-weeks" area="E08000006"></inclusion-benchmark>`);
    const svg = el.shadowRoot!.querySelector('.chart svg')!;
    const bars = svg.querySelectorAll('g.bars rect');
    expect(bars.length).to.equal(4);
    // The selected LA is the only bar in the highlight colour.
    const fills = [...bars].map((b) => b.getAttribute('fill'));
    expect(fills.filter((f) => f?.toLowerCase() === '#12436d').length).to.equal(1);
    const labels = [...svg.querySelectorAll('text')].map((t) => t.textContent);
    // Published: Salford 50.1%, England 45.9%, North West 49.6% (EHCP 2025 release, calendar year 2024).
    for (const v of ['50.1%', '45.9%', '49.6%']) expect(labels).to.include(v);
    expect(labels).to.include('Salford');
    const summary = el.shadowRoot!.querySelector('[part=summary]')!.textContent!.replace(/\s+/g, ' ');
    expect(summary).to.contain("Salford's EHC plans issued within 20 weeks in 2024 was 50.1%");
    expect(summary).to.contain('England was 45.9%.');
    expect(summary).to.contain('North West was 49.6%.');
    expect(summary).to.match(/Rank \d+ of 153 councils\. That is band [A-D] \(A is best\)\./);
    expect(text(el)).to.contain('Education, health and care plans');
  });

  for (const width of [320, 720]) {
    it(`at ${width}px, sets the averages apart from each neighbour: their trend colours and a rule between`, async () => {
      const el = await mount(html`<inclusion-benchmark src=${ATTENDANCE} indicator="persistent-absence" area="Salford" neighbours="each"></inclusion-benchmark>`, width);
      const svg = el.shadowRoot!.querySelector('.chart svg')!;
      const fills = [...svg.querySelectorAll('g.bars rect')].map((b) => b.getAttribute('fill')!.toLowerCase());
      // Salford, its 10 neighbours, then the neighbours' average (orange), North West (turquoise) and England (dark grey).
      expect(fills).to.deep.equal(['#12436d', ...Array(10).fill('#898e92'), '#f46a25', '#28a197', '#3d3d3d']);
      const rule = svg.querySelector('line.group-rule')!.getBoundingClientRect();
      const bars = [...svg.querySelectorAll('g.bars rect')].map((b) => b.getBoundingClientRect());
      expect(rule.top).to.be.above(bars[10].bottom);
      expect(rule.top).to.be.below(bars[11].top);
      // It passes between the names too, never through one.
      for (const t of svg.querySelectorAll('text')) {
        const r = t.getBoundingClientRect();
        expect(rule.top < r.top || rule.top > r.bottom, t.textContent!).to.equal(true);
      }
    });
  }

  it('accepts an old LA number or a name, and a period in either form', async () => {
    const el = await mount(html`<inclusion-benchmark src=${ATTENDANCE} indicator="persistent-absence" area="355" period="2022/23"></inclusion-benchmark>`);
    expect(el.shadowRoot!.querySelector('[part=summary]')!.textContent).to.contain('2022/23');
    // LAIT TotPerAbNew 2023 (= 2022/23): Salford 23.97, England 21.22.
    expect(text(el)).to.contain('23.97%').and.to.contain('21.22%');
  });

  it('says a suppressed value is not available and never draws it', async () => {
    // PA by SEN is derived from unsuppressed pupil counts, so small cells are withheld: Isles of Scilly, 2018/19.
    const el = await mount(html`<inclusion-benchmark src="/packages/sample-data/data/attendance.arrow" indicator="persistent-absence-sen" breakdown="Any special educational need" area="Isles of Scilly" period="201819"></inclusion-benchmark>`);
    const svg = el.shadowRoot!.querySelector('.chart svg')!;
    expect(svg.querySelectorAll('g.bars rect').length).to.equal(3);
    expect(text(el)).to.contain('not available (suppressed)');
    expect(text(el)).to.contain('Suppressed to protect confidentiality');
  });

  it('names a neighbour with no figure "not available", never "not available (not available)"', async () => {
    // CLI: Halton's neighbour Wirral has no PRU absence figure (no status finer than "not available").
    const el = await mount(html`<inclusion-benchmark src="/packages/sample-data/data/ap.arrow" indicator="pru-absence" area="Halton" neighbours="each"></inclusion-benchmark>`);
    const words = [...el.shadowRoot!.querySelectorAll('.chart svg text')].map((t) => t.textContent).join(' | ');
    expect(words).to.contain('not available');
    expect(words).to.not.contain('(not available)');
    expect(text(el)).to.not.contain('not available (not available)');
  });

  it('shows an error for an unknown indicator and fires an event', async () => {
    await failsWith('inclusion-benchmark', { src: EHCP, indicator: 'no-such-thing', area: 'Salford' }, 'unknown-indicator', 'no-such-thing');
  });

  it('passes axe (WCAG 2.2 AA rules)', async () => {
    const el = await mount(html`<inclusion-benchmark src=${EHCP} indicator="ehcp-20-weeks" area="Salford"></inclusion-benchmark>`);
    await expect(el).to.be.accessible({ runOnly: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] } as never);
  });
});
