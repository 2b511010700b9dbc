import { expect, html } from '@open-wc/testing';
import '../src/inclusion-ranking/define';
import type { InclusionRanking } from '../src/inclusion-ranking/inclusion-ranking';
import { mountChart, failsWith, expectTextInside } from './helpers';

const EHCP = '/packages/sample-data/data/ehcp.arrow';
const ATTENDANCE = '/packages/sample-data/data/attendance.arrow';
const EXCLUSIONS = '/packages/sample-data/data/exclusions.arrow';

const mount = (template: ReturnType<typeof html>, width = 720) => mountChart<InclusionRanking>(template, width);


const squash = (s: string | null | undefined) => (s ?? '').replace(/\s+/g, ' ').trim();
const summary = (el: Element) => squash(el.shadowRoot!.querySelector('[part=summary]')!.textContent);
const svgTexts = (el: Element) => [...el.shadowRoot!.querySelectorAll('.chart svg text')].map((t) => squash(t.textContent));
const marks = (el: Element) => [...el.shadowRoot!.querySelectorAll('.chart svg g.las circle')];
/** A mark's fill, set on the circle or (for a constant) on its group. */
const fillOf = (c: Element) => (c.getAttribute('fill') ?? c.closest('g')?.getAttribute('fill') ?? '').toLowerCase();
const highlighted = (el: Element) => marks(el).filter((c) => fillOf(c) === '#12436d');
const tableRows = (el: Element) => [...el.shadowRoot!.querySelectorAll('tbody tr')];
const live = (el: Element) => squash(el.shadowRoot!.querySelector('[aria-live]')!.textContent);

async function press(el: InclusionRanking, key: string, times = 1): Promise<string> {
  const chart = el.shadowRoot!.querySelector<HTMLElement>('.chart')!;
  chart.focus();
  for (let i = 0; i < times; i++) chart.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true, composed: true }));
  await el.updateComplete;
  return live(el);
}

describe('<inclusion-ranking>', () => {
  it('ranks all 153 LAs for EHC plans in 20 weeks, 2024, with Salford highlighted and labelled', async () => {
    const el = await mount(html`<inclusion-ranking src=${EHCP} indicator="ehcp-20-weeks" area="Salford" period="2024"></inclusion-ranking>`);
    // DfE published all 153 LAs' figures (unsuppressed; Isles of Scilly 100.0%, 1 of 1): one mark each.
    expect(marks(el).length).to.equal(153);
    const hi = highlighted(el);
    expect(hi.length).to.equal(1);
    expect(hi[0].closest('g')!.getAttribute('class')).to.contain('selected');
    // Every other LA in the lighter comparator grey (3.3:1 against white).
    expect(marks(el).filter((c) => fillOf(c) === '#898e92').length).to.equal(152);
    const texts = svgTexts(el);
    // The selected LA is named on the chart with its value and rank (CLI: rank 76 of 153, band B).
    expect(texts.some((t) => t.includes('Salford') && t.includes('50.1%, rank 76 of 153, band B'))).to.equal(true);
    // Quartile thresholds (CLI: 29.4%, 49.4%, 78.6%) and the band letters, and England as a labelled rule.
    for (const t of ['29.4%', '49.4%', '78.6%', 'A best', 'B', 'C', 'D worst', 'England 45.9%']) expect(texts).to.include(t);
    expect(el.shadowRoot!.querySelectorAll('.chart svg g.band-rules line').length).to.equal(3);
    expect(el.shadowRoot!.querySelectorAll('.chart svg g.england line').length).to.equal(1);
    // Every LA has a value: no "not shown" count.
    expect(texts.some((t) => t.startsWith('Not shown'))).to.equal(false);

    const s = summary(el);
    expect(s).to.contain("Salford's EHC plans issued within 20 weeks in 2024 was 50.1%. That is higher than England (45.9%).");
    expect(s).to.contain('Rank 76 of 153 councils. That is band B (A is best).');
    expect(s).to.contain('Best: Barnet and 3 others (100.0%). Worst: Devon (3.2%).');
    expect(s).to.not.contain('have no value');

    // The table: every LA in rank order, suppressed ones last with the status symbol.
    const rows = tableRows(el);
    expect(rows.length).to.equal(153);
    const cells = (r: Element) => [...r.children].map((c) => squash(c.textContent));
    expect(cells(rows[0])).to.deep.equal(['1', 'Barnet', 'London', '100.0%', 'A']);
    const salford = rows.map(cells).find((c) => c[1] === 'Salford')!;
    expect(salford).to.deep.equal(['76', 'Salford', 'North West', '50.1%', 'B']);
    expect(cells(rows[152])).to.deep.equal(['153', 'Devon', 'South West', '3.2%', 'D']);
  });

  it('announces each LA in rank order from the keyboard', async () => {
    const el = await mount(html`<inclusion-ranking src=${EHCP} indicator="ehcp-20-weeks" area="Salford" period="2024"></inclusion-ranking>`);
    expect(await press(el, 'ArrowRight')).to.equal('Rank 1 of 153: Barnet, 100.0%, band A');
    expect(await press(el, 'ArrowRight')).to.equal('Rank 1 of 153: Isles of Scilly, 100.0%, band A');
    expect(await press(el, 'End')).to.equal('Rank 153 of 153: Devon, 3.2%, band D');
    expect(await press(el, 'ArrowLeft', 3)).to.equal('Rank 150 of 153: Kingston upon Hull, City of, 5.8%, band D');
    await press(el, 'Home');
    let said = '';
    for (let i = 0; i < 153 && !said.includes('Salford'); i++) said = await press(el, 'ArrowRight');
    expect(said).to.match(/^Rank 76 of 153: Salford, 50\.1%, band B \(selected\)$/);
    // The focus ring sits on the highlighted mark.
    const ring = el.shadowRoot!.querySelector('.focus-ring')!;
    const dot = highlighted(el)[0];
    expect(Number(ring.getAttribute('cx'))).to.be.closeTo(Number(dot.getAttribute('cx')), 1);
    expect(Number(ring.getAttribute('cy'))).to.be.closeTo(Number(dot.getAttribute('cy')), 1);
  });

  it('jumps from band to band with Page Up and Page Down, and to the selected LA with S', async () => {
    const el = await mount(html`<inclusion-ranking src=${EHCP} indicator="ehcp-20-weeks" area="Salford" period="2024"></inclusion-ranking>`);
    expect(squash(el.shadowRoot!.querySelector('.keys')!.textContent)).to.contain('Page Up and Page Down to jump from one quartile band to the next').and.to.contain('S for the highlighted area');
    expect(await press(el, 'S')).to.match(/^Rank 76 of 153: Salford, 50\.1%, band B \(selected\)$/);
    // From Salford (band B): down to the first LA in band C, then D, then (no further band) the last LA.
    expect(await press(el, 'PageDown')).to.match(/, band C$/);
    expect(await press(el, 'PageDown')).to.match(/, band D$/);
    expect(await press(el, 'PageDown')).to.equal('Rank 153 of 153: Devon, 3.2%, band D');
    // Up goes to the start of the band it is in, or, from there, of the band before.
    const firstD = await press(el, 'PageUp');
    expect(firstD).to.match(/, band D$/);
    expect(await press(el, 'PageUp')).to.match(/, band C$/);
    expect(await press(el, 'PageUp', 2)).to.equal('Rank 1 of 153: Barnet, 100.0%, band A');
    // Every band's first LA is a few presses away, not 150.
    await press(el, 'Home');
    const starts: string[] = [];
    for (let k = 0; k < 4; k++) starts.push(await press(el, 'PageDown'));
    expect(starts.map((t) => /band ([A-D])|Not ranked/.exec(t)![0])).to.deep.equal(['band B', 'band C', 'band D', 'band D']);
  });

  it('restricts to the North West LAs and keeps national ranks', async () => {
    const el = await mount(html`<inclusion-ranking src=${ATTENDANCE} indicator="persistent-absence" area="Salford" region="North West"></inclusion-ranking>`);
    // The 24 current North West LAs have a 2024/25 value; Cumbria (abolished 2023) has a row with none.
    expect(marks(el).length).to.equal(24);
    expect(highlighted(el).length).to.equal(1);
    const rows = tableRows(el);
    expect(rows.length).to.equal(25);
    expect(rows.every((r) => squash(r.children[2].textContent) === 'North West')).to.equal(true);
    expect(squash(el.shadowRoot!.querySelector('.subtitle')!.textContent)).to.contain('North West local authorities only; ranks are out of all 153 in England');
    const s = summary(el);
    // CLI: Salford 20.57%, rank 131 of 153, band D; England 18.14%.
    expect(s).to.contain('Rank 131 of 153 councils. That is band D');
    expect(s).to.contain('The best is Trafford (12.60%, rank 3 in England). The worst is Knowsley (24.36%, rank 153).');
    expect(await press(el, 'Home')).to.equal('Rank 3 of 153: Trafford, 12.60%, band A');
  });

  it('draws a funnel plot with 95% and 99.8% control limits around England', async () => {
    const el = await mount(html`<inclusion-ranking src=${EHCP} indicator="ehcp-20-weeks" area="Salford" period="2024" mode="funnel"></inclusion-ranking>`);
    const svg = el.shadowRoot!.querySelector('.chart svg')!;
    // An upper and a lower curve at each level, and England as the centre line.
    expect(svg.querySelectorAll('g.limits-95 path').length).to.equal(2);
    expect(svg.querySelectorAll('g.limits-998 path').length).to.equal(2);
    expect(svg.querySelectorAll('g.england line').length).to.equal(1);
    expect(marks(el).length).to.equal(153);
    expect(highlighted(el).length).to.equal(1);
    expect(svgTexts(el).some((t) => t.includes('Salford') && t.includes('rank 76 of 153'))).to.equal(true);
    // The x axis says what is counted, from the extract's metadata.
    expect(svgTexts(el)).to.include('Number of new EHC plans (log scale) →');
    // The lines are keyed in words below the chart, England's value with them, rather than labelled across the dots.
    const key = [...el.shadowRoot!.querySelectorAll('.chart .legend li')].map((li) => squash(li.textContent));
    expect(key).to.deep.equal(['England (45.9%)', '95% control limits', '99.8% control limits']);
    const s = summary(el);
    // CLI funnel limits for Salford's 461 plans: 95% 41.4%–50.5%, 99.8% 38.9%–53.1%.
    expect(s).to.contain('Salford (231 of 461) is within the 95% limits. For its size, the 95% limits are 41.4% to 50.5%, and the 99.8% limits 38.9% to 53.1%.');
    expect(s).to.match(/Of the 153 councils in the funnel, \d+ are above the upper 99\.8% limit/);
    const head = [...el.shadowRoot!.querySelectorAll('thead th')].map((th) => squash(th.textContent));
    expect(head).to.deep.equal(['Rank', 'Local authority', 'Region', 'Value', 'Band', 'Numerator', 'Denominator', 'Against the control limits']);
    const salford = tableRows(el).map((r) => [...r.children].map((c) => squash(c.textContent))).find((c) => c[1] === 'Salford');
    expect(salford).to.deep.equal(['76', 'Salford', 'North West', '50.1%', 'B', '231', '461', 'within the 95% limits']);
    await press(el, 'Home');
    let said = '';
    for (let i = 0; i < 153 && !said.includes('Salford'); i++) said = await press(el, 'ArrowRight');
    expect(said).to.match(/^Rank 76 of 153: Salford, 50\.1% \(231 of 461\), band B, within the 95% limits \(selected\)/);
  });

  it('falls back to the ranking, and says why, when counts are not published', async () => {
    const el = await mount(html`<inclusion-ranking src=${EXCLUSIONS} indicator="suspension-rate" area="Salford" mode="funnel"></inclusion-ranking>`);
    expect(summary(el)).to.contain('Counts (numerators and denominators) are not published for suspension rate, so a funnel plot cannot be drawn: the ranking is shown instead.');
    expect(el.shadowRoot!.querySelectorAll('.chart svg g.limits-95').length).to.equal(0);
    expect(el.shadowRoot!.querySelectorAll('.chart svg g.band-rules line').length).to.equal(3);
  });

  it('ranks Cumbria in 2018/19, before it was abolished', async () => {
    const el = await mount(html`<inclusion-ranking src=${EXCLUSIONS} indicator="suspension-rate" area="909" period="2018/19"></inclusion-ranking>`);
    expect(marks(el).length).to.equal(152);
    const s = summary(el);
    // CLI: 5.17%, England 5.36%, rank 83 of 152, band C (quartiles 3.79%, 4.87%, 6.28%).
    expect(s).to.contain("Cumbria's suspension rate in 2018/19 was 5.17%. That is lower than England (5.36%). Rank 83 of 152 councils. That is band C");
    for (const t of ['3.79%', '4.87%', '6.28%']) expect(svgTexts(el)).to.include(t);
  });

  it('shows the national picture with no area, and nothing highlighted', async () => {
    const el = await mount(html`<inclusion-ranking src=${ATTENDANCE} indicator="persistent-absence"></inclusion-ranking>`);
    expect(marks(el).length).to.equal(153);
    expect(highlighted(el).length).to.equal(0);
    expect(summary(el)).to.contain("153 councils are ranked for persistent absence rate in 2024/25. England's figure was 18.14%");
  });

  for (const width of [320, 720]) {
    it(`at ${width}px, no label is cut by the leader line or hides a dot`, async () => {
      const el = await mount(html`<inclusion-ranking src=${EHCP} indicator="ehcp-20-weeks" area="Salford" period="2024"></inclusion-ranking>`, width);
      const svg = el.shadowRoot!.querySelector('.chart svg')!;
      const leaderX = svg.querySelector('line.selected-leader')!.getBoundingClientRect().left;
      const labels = [...svg.querySelectorAll('g.threshold-labels text, g.band-labels text')].map((t) => t.getBoundingClientRect());
      for (const r of labels) expect(leaderX < r.left - 2 || leaderX > r.right + 2, `leader at ${leaderX} through a label at ${r.left}-${r.right}`).to.equal(true);
      // Labels in a row do not overlap one another.
      for (const [i, a] of labels.entries()) {
        for (const b of labels.slice(i + 1)) if (Math.abs(a.top - b.top) < 4) expect(a.right <= b.left || b.right <= a.left).to.equal(true);
      }
      const eng = svg.querySelector('g.england-label text')!.getBoundingClientRect();
      const hidden = [...svg.querySelectorAll('g.las circle')].filter((c) => {
        const d = c.getBoundingClientRect();
        return d.right > eng.left && d.left < eng.right && d.bottom > eng.top && d.top < eng.bottom;
      });
      expect(hidden.length).to.equal(0);
    });
  }

  it('fits 320px without losing the labels', async () => {
    const el = await mount(html`<inclusion-ranking src=${EHCP} indicator="ehcp-20-weeks" area="Salford" period="2024"></inclusion-ranking>`, 320);
    const svg = el.shadowRoot!.querySelector('.chart svg')!;
    expect(Number(svg.getAttribute('width'))).to.be.at.most(320);
    const texts = svgTexts(el);
    for (const t of ['A', 'D', '49.4%', 'England 45.9%']) expect(texts).to.include(t);
    expectTextInside(svg, svg.getBoundingClientRect());
  });

  it('shows an error for a region that is not a region', async () => {
    await failsWith('inclusion-ranking', { src: EHCP, indicator: 'ehcp-20-weeks', region: 'Salford' }, 'unknown-area', 'is not a region');
  });

  it('passes axe (WCAG 2.2 AA rules) as a ranking and as a funnel', async () => {
    const el = await mount(html`<inclusion-ranking src=${EHCP} indicator="ehcp-20-weeks" area="Salford"></inclusion-ranking>`);
    await expect(el).to.be.accessible({ runOnly: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] } as never);
    const f = await mount(html`<inclusion-ranking src=${EHCP} indicator="ehcp-20-weeks" area="Salford" mode="funnel"></inclusion-ranking>`);
    await expect(f).to.be.accessible({ runOnly: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] } as never);
  });
});
