import { expect, fixture, html } from '@open-wc/testing';
import '../src/inclusion-trend/define';
import type { InclusionTrend } from '../src/inclusion-trend/inclusion-trend';
import { mountChart, text, expectTextInside } from './helpers';

const ATTENDANCE = '/packages/sample-data/data/attendance.arrow';
const EHCP = '/packages/sample-data/data/ehcp.arrow';
const EXCLUSIONS = '/packages/sample-data/data/exclusions.arrow';

const mount = (template: ReturnType<typeof html>, width = 720) => mountChart<InclusionTrend>(template, width);


const summary = (el: Element) => el.shadowRoot!.querySelector('[part=summary]')!.textContent!.replace(/\s+/g, ' ');
const svgOf = (el: Element) => el.shadowRoot!.querySelector('.chart svg') as SVGSVGElement;
/** Each text's words, its lines (tspans) joined with a space. */
const textsIn = (el: Element, selector: string) => [...svgOf(el).querySelectorAll(`${selector} text`)].map((t) => {
  const lines = [...t.querySelectorAll('tspan')];
  return (lines.length ? lines.map((l) => l.textContent).join(' ') : t.textContent!).replace(/\s+/g, ' ').trim();
});
const laPeriods = (el: Element) => [...svgOf(el).querySelectorAll('g.area-points circle')].map((c) => c.getAttribute('data-period'));

async function press(el: InclusionTrend, ...keys: string[]): Promise<string> {
  const chart = el.shadowRoot!.querySelector('.chart') as HTMLElement;
  chart.focus();
  for (const key of keys) {
    chart.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true, cancelable: true }));
    await el.updateComplete;
  }
  return el.shadowRoot!.querySelector('[aria-live]')!.textContent!.replace(/\s+/g, ' ').trim();
}

describe('<inclusion-trend>', () => {
  it('draws Salford\'s persistent absence with a gap for 2019/20 and the COVID-19 series break', async () => {
    const el = await mount(html`<inclusion-trend src=${ATTENDANCE} indicator="persistent-absence" area="Salford"></inclusion-trend>`);
    const svg = svgOf(el);
    // 10 periods, 2015/16 to 2024/25; 2019/20 has no figure, so 9 points and never a point at 2019/20.
    const periods = laPeriods(el);
    expect(periods.length).to.equal(9);
    expect(periods).not.to.include('201920');
    expect(periods[0]).to.equal('201516');
    expect(periods.at(-1)).to.equal('202425');
    // The LA line is in two pieces, never drawn through the missing year or across the break.
    expect(svg.querySelectorAll('g.line-area path').length).to.equal(2);
    expect(svg.querySelector('g.line-area')!.getAttribute('stroke')!.toLowerCase()).to.equal('#12436d');
    expect(Number(svg.querySelector('g.line-area')!.getAttribute('stroke-width'))).to.be.greaterThan(Number(svg.querySelector('g.line-england')!.getAttribute('stroke-width')));
    // Comparators differ by dash pattern as well as colour, and each has point markers of its own shape.
    const dashes = ['neighbours', 'region', 'england'].map((k) => svg.querySelector(`g.line-${k}`)!.getAttribute('stroke-dasharray'));
    expect(new Set(dashes).size).to.equal(3);
    expect(dashes.every(Boolean)).to.equal(true);
    for (const k of ['neighbours', 'region', 'england']) expect(svg.querySelectorAll(`g.points-${k} path`).length).to.equal(9);
    // The break: one dashed rule and its label.
    expect(svg.querySelectorAll('g.markers line').length).to.equal(1);
    expect(textsIn(el, 'g.marker-labels')).to.deep.equal(['Series break']);
    // Direct labels at the line ends.
    expect(textsIn(el, 'g.end-labels')).to.have.members(['Salford', 'Statistical neighbours (2025 model) average', 'North West', 'England']);
    expect(textsIn(el, 'g.unit-label').join(' ')).to.equal('% of pupils missing 10% or more of sessions');
    // Published (LAIT TotPerAbNew; CLI benchmark): Salford 11.97% in 2015/16, 20.57% in 2024/25; England 18.14%, North West 18.27%, neighbours 19.62%.
    const s = summary(el);
    // No change is worked out across the break: the two ends, then the change since (LAIT TotPerAbNew 2021 = 2020/21: 16.68).
    expect(s).to.contain("Salford's persistent absence rate was 11.97% in 2015/16 and 20.57% in 2024/25. A series break in 2020/21 means the two cannot be compared (see the notes).");
    expect(s).to.contain('Since the series break it rose from 16.68% in 2020/21 to 20.57% in 2024/25 (up 3.89 percentage points, worse).');
    expect(s).not.to.contain('8.60');
    expect(s).to.contain("In 2024/25 Salford was 20.57%. That was higher than its 2025-model statistical neighbours' average (19.62%), North West (18.27%) and England (18.14%)");
    expect(s).to.contain('There is no figure for 2019/20 (not available)');
    const notes = el.shadowRoot!.querySelector('.notes')!.textContent!;
    expect(notes).to.contain('Series break (2020/21): There are no 2019/20 figures');
    // The table: a row per period, the missing year with its symbol.
    const heads = [...el.shadowRoot!.querySelectorAll('thead th')].map((th) => th.textContent!.trim());
    expect(heads).to.deep.equal(['Period', 'Salford', 'Statistical neighbours (2025 model) average', 'North West', 'England', 'Note']);
    const rows = [...el.shadowRoot!.querySelectorAll('tbody tr')].map((tr) => [...tr.children].map((c) => c.textContent!.trim()));
    expect(rows.length).to.equal(10);
    expect(rows[4]).to.deep.equal(['2019/20', 'x', 'x', 'x', 'x', '']);
    expect(rows[5][5]).to.equal('Series break');
    expect(rows[7]).to.deep.equal(['2022/23', '23.97%', '22.08%', '21.28%', '21.22%', '']);
  });

  it('announces each point from the keyboard, the LA first and then the comparators', async () => {
    const el = await mount(html`<inclusion-trend src=${ATTENDANCE} indicator="persistent-absence" area="355"></inclusion-trend>`);
    expect(await press(el, 'ArrowRight')).to.equal('Salford, 2015/16: 11.97% (England 10.50%) (1 of 40)');
    expect(await press(el, 'ArrowRight', 'ArrowRight', 'ArrowRight', 'ArrowRight')).to.equal('Salford, 2019/20: not available (5 of 40)');
    expect(await press(el, 'ArrowRight')).to.equal('Salford, 2020/21: 16.68% (England 12.08%). Series break before this year (6 of 40)');
    expect(await press(el, 'ArrowRight', 'ArrowRight')).to.equal('Salford, 2022/23: 23.97% (England 21.22%) (8 of 40)');
    expect(await press(el, 'End')).to.equal('England, 2024/25: 18.14% (40 of 40)');
    expect(await press(el, 'Home')).to.equal('Salford, 2015/16: 11.97% (England 10.50%) (1 of 40)');
    // Down and Up keep the year and change the line; Page Down goes to the next line's first year.
    expect(await press(el, 'ArrowRight', 'ArrowRight', 'ArrowDown')).to.match(/^Statistical neighbours \(2025 model\) average, 2017\/18: [\d.]+% \(13 of 40\)$/);
    expect(await press(el, 'ArrowDown', 'ArrowDown')).to.match(/^England, 2017\/18: [\d.]+% \(33 of 40\)$/);
    expect(await press(el, 'ArrowDown')).to.match(/^England, 2017\/18: .*\(33 of 40\)$/);
    // LAIT TotPerAbNew 2018 (= 2017/18): Salford 12.95.
    expect(await press(el, 'ArrowUp', 'ArrowUp', 'ArrowUp')).to.equal('Salford, 2017/18: 12.95% (England 11.17%) (3 of 40)');
    expect(await press(el, 'PageDown')).to.match(/^Statistical neighbours \(2025 model\) average, 2015\/16: .*\(11 of 40\)$/);
    expect(el.shadowRoot!.querySelector('.keys')!.textContent!.replace(/\s+/g, ' ')).to.contain('the up and down arrow keys to the same year on the next or previous line');
    // The focus ring is drawn on the focused point.
    expect(svgOf(el).querySelector('g.focus-layer circle')).to.exist;
  });

  it('shades the 95% confidence interval when asked, and gives its limits in words and in the table', async () => {
    const plain = await mount(html`<inclusion-trend src=${EHCP} indicator="ehcp-20-weeks" area="Salford"></inclusion-trend>`);
    expect(svgOf(plain).querySelector('g.ci-band')).to.equal(null);
    const el = await mount(html`<inclusion-trend src=${EHCP} indicator="ehcp-20-weeks" area="Salford" intervals></inclusion-trend>`);
    const svg = svgOf(el);
    // One ribbon per segment either side of the 2023 SEN2 series break.
    expect(svg.querySelectorAll('g.ci-band path').length).to.equal(2);
    expect(laPeriods(el).length).to.equal(10);
    expect(textsIn(el, 'g.marker-labels')).to.deep.equal(['Series break']);
    // CLI: Salford 2024 50.1% (231 of 461), 95% CI 45.6% to 54.7%; England 45.9%.
    expect(await press(el, 'Home', 'End')).to.equal('England, 2024: 45.9% (40 of 40)');
    expect(await press(el, 'Home', ...Array(9).fill('ArrowRight'))).to.equal('Salford, 2024: 50.1% (England 45.9%; 95% confidence interval 45.6% to 54.7%) (10 of 40)');
    // The 2023 collection change: the ends, then the change since (CLI: 46.2% in 2023, 50.1% in 2024, as the tile says).
    expect(summary(el)).to.contain("Salford's EHC plans issued within 20 weeks was 52.7% in 2015 and 50.1% in 2024. A series break in 2023 means");
    expect(summary(el)).to.contain('Since the series break it rose from 46.2% in 2023 to 50.1% in 2024 (up 3.9 percentage points, better).');
    const heads = [...el.shadowRoot!.querySelectorAll('thead th')].map((th) => th.textContent!.trim());
    expect(heads).to.include.members(['Lower 95% limit', 'Upper 95% limit']);
    const last = [...el.shadowRoot!.querySelectorAll('tbody tr')].at(-1)!;
    expect([...last.children].map((c) => c.textContent!.trim()).slice(0, 7)).to.deep.equal(['2024', '50.1%', '45.2%', '49.6%', '45.9%', '45.6%', '54.7%']);
    expect(text(el)).to.contain('The shaded band is the 95% confidence interval for Salford');
  });

  it('marks Cumbria\'s boundary change and ends its line at 2022/23', async () => {
    const el = await mount(html`<inclusion-trend src=${EXCLUSIONS} indicator="suspension-rate" area="909"></inclusion-trend>`);
    // 2014/15 to 2023/24; Cumbria was abolished in 2023, so 2023/24 has no figure.
    const periods = laPeriods(el);
    expect(periods.length).to.equal(9);
    expect(periods.at(-1)).to.equal('202223');
    expect(periods).not.to.include('202324');
    expect(textsIn(el, 'g.marker-labels')).to.deep.equal(['Boundary change']);
    expect(svgOf(el).querySelectorAll('g.markers line').length).to.equal(1);
    const s = summary(el);
    // CLI: Cumbria 2022/23 6.66%, England 9.33%, North West 9.23%.
    expect(s).to.contain('to 6.66% in 2022/23');
    expect(s).to.contain('North West (9.23%) and England (9.33%)');
    expect(s).to.contain('There is no figure for 2023/24 (not available)');
    expect(el.shadowRoot!.querySelector('.notes')!.textContent).to.contain('Boundary change (2023/24): Cumbria was replaced by Cumberland and Westmorland and Furness');
  });

  it('starts Westmorland and Furness in 2023/24 and says the earlier years have no figures', async () => {
    const el = await mount(html`<inclusion-trend src=${ATTENDANCE} indicator="persistent-absence" area="Westmorland and Furness"></inclusion-trend>`);
    expect(laPeriods(el)).to.deep.equal(['202324', '202425']);
    expect(textsIn(el, 'g.marker-labels')).to.have.members(['Series break', 'Boundary change']);
    const s = summary(el);
    // CLI: 18.03% in 2023/24; 15.57% in 2024/25 (England 18.14%).
    expect(s).to.contain("Westmorland and Furness's persistent absence rate fell from 18.03% in 2023/24 to 15.57% in 2024/25 (down 2.46 percentage points, better)");
    expect(s).to.contain('There are no figures for 2015/16 to 2022/23 (not available)');
    expect(s).to.contain('The chart marks a series break at 2020/21 and a boundary change at 2023/24');
  });

  it('shows one phase, and honours years', async () => {
    const el = await mount(html`<inclusion-trend src=${EXCLUSIONS} indicator="suspension-rate" area="Salford" breakdown="Secondary" years="5"></inclusion-trend>`);
    expect(el.shadowRoot!.querySelector('.subtitle')!.textContent).to.contain('Salford, Secondary, 2019/20 to 2023/24');
    expect(laPeriods(el).length).to.equal(5);
    expect(el.shadowRoot!.querySelectorAll('tbody tr').length).to.equal(5);
    // CLI: Salford secondary 2023/24 44.13%, England 22.61%.
    expect(summary(el)).to.contain('to 44.13% in 2023/24').and.to.contain('England (22.61%)');
  });

  it('draws no LA point where every figure is suppressed, and says so', async () => {
    // DfE publishes EHC plan figures unsuppressed; what is withheld is small derived cells, here every year of
    // Isles of Scilly's persistent absence for pupils whose SEN status is unclassified (c or x).
    const el = await mount(html`<inclusion-trend src=${ATTENDANCE} indicator="persistent-absence-sen" breakdown="Unclassified" area="Isles of Scilly"></inclusion-trend>`);
    expect(laPeriods(el).length).to.equal(0);
    expect(svgOf(el).querySelectorAll('g.points-england path').length).to.equal(6);
    expect(textsIn(el, 'g.no-figures').join(' ')).to.contain('No figures for Isles of Scilly');
    expect(summary(el)).to.contain("There is no figure for Isles of Scilly's persistent absence by SEN status (Unclassified) in any year from 2016/17 to 2022/23 (not available or suppressed)");
    expect(await press(el, 'Home', 'ArrowRight')).to.match(/^Isles of Scilly, 2017\/18: not available \(suppressed\) \(2 of \d+\)$/);
    expect(text(el)).to.contain('Suppressed to protect confidentiality');
  });

  it('fits 320px: a legend instead of end labels, thinned year labels, nothing overflowing', async () => {
    const el = await mount(html`<inclusion-trend src=${ATTENDANCE} indicator="persistent-absence" area="Westmorland and Furness"></inclusion-trend>`, 320);
    const svg = svgOf(el);
    expect(Number(svg.getAttribute('width'))).to.be.at.most(320);
    expect(el.scrollWidth).to.be.at.most(320);
    expect(svg.querySelector('g.end-labels')).to.equal(null);
    const legend = [...el.shadowRoot!.querySelectorAll('.legend li')].map((li) => li.textContent!.trim());
    expect(legend).to.deep.equal(['Westmorland and Furness', 'Statistical neighbours (2025 model) average', 'North West', 'England']);
    // Every piece of text in the chart lies inside it, and the year labels never overlap.
    expectTextInside(svg, el.shadowRoot!.querySelector('.chart')!.getBoundingClientRect(), 0.5);
    const ticks = [...svg.querySelectorAll('g[aria-label="x-axis tick label"] text')].map((t) => t.getBoundingClientRect());
    expect(ticks.length).to.be.within(2, 5);
    for (let i = 1; i < ticks.length; i++) expect(ticks[i].left).to.be.greaterThan(ticks[i - 1].right);
    const marks = [...svg.querySelectorAll('g.marker-labels text')].map((t) => t.getBoundingClientRect());
    expect(marks.length).to.equal(2);
    const [a, b] = marks;
    expect(a.right <= b.left || b.right <= a.left || a.bottom <= b.top || b.bottom <= a.top).to.equal(true);
  });

  it('passes axe (WCAG 2.2 AA rules), wide with intervals and at 320px', async () => {
    const el = await mount(html`<inclusion-trend src=${EHCP} indicator="ehcp-20-weeks" area="Salford" intervals></inclusion-trend>`);
    await expect(el).to.be.accessible({ runOnly: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] } as never);
    const narrow = await mount(html`<inclusion-trend src=${ATTENDANCE} indicator="persistent-absence" area="Salford"></inclusion-trend>`, 320);
    await expect(narrow).to.be.accessible({ runOnly: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] } as never);
  });
});
