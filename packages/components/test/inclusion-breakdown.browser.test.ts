import { expect, html } from '@open-wc/testing';
import '../src/inclusion-breakdown/define';
import type { InclusionBreakdown } from '../src/inclusion-breakdown/inclusion-breakdown';
import { SERIES } from '../src/shared/palette';
import { mountChart, text, failsWith, expectTextInside } from './helpers';

const ATTENDANCE = '/packages/sample-data/data/attendance.arrow';
const EXCLUSIONS = '/packages/sample-data/data/exclusions.arrow';

const mount = (template: ReturnType<typeof html>, width = 720) => mountChart<InclusionBreakdown>(template, width);


const svgOf = (el: Element) => el.shadowRoot!.querySelector('.chart svg')!;
/** Each text element's words, its wrapped lines joined by spaces. */
const svgTexts = (el: Element) => [...svgOf(el).querySelectorAll('text')].map((t) => {
  const spans = [...t.querySelectorAll('tspan')];
  return spans.length ? spans.map((s) => s.textContent).join(' ') : t.textContent ?? '';
});
const summary = (el: Element) => el.shadowRoot!.querySelector('[part=summary]')!.textContent!.replace(/\s+/g, ' ');
const subtitle = (el: Element) => el.shadowRoot!.querySelector('.subtitle')!.textContent!.replace(/\s+/g, ' ');
const live = (el: Element) => el.shadowRoot!.querySelector('[aria-live]')!.textContent!.trim();
const bodyRows = (el: Element) => [...el.shadowRoot!.querySelectorAll('tbody tr')].map((r) => [...r.children].map((c) => c.textContent!.trim()));

function key(el: InclusionBreakdown, k: string): void {
  el.shadowRoot!.querySelector<HTMLElement>('.chart')!.dispatchEvent(new KeyboardEvent('keydown', { key: k, bubbles: true }));
}

describe('<inclusion-breakdown>', () => {
  it('shows suspensions by SEN provision for England alone, with EHC plans against no SEN', async () => {
    const el = await mount(html`<inclusion-breakdown src=${EXCLUSIONS} indicator="suspension-rate-sen" period="2016/17"></inclusion-breakdown>`);
    const svg = svgOf(el);
    // England only: no LA bars; four groups have figures, "Unclassified" has none and is not drawn.
    expect(svg.querySelectorAll('g.la-bars rect').length).to.equal(0);
    expect(svg.querySelectorAll('g.england-bars rect').length).to.equal(4);
    expect(subtitle(el)).to.contain('England only');
    // CLI: suspension-rate-sen, England, 2016/17, EHC plan or statement: 15.93% (36005 of 225955).
    const labels = svgTexts(el);
    for (const v of ['4.76%', '3.06%', '14.76%', '15.93%', 'Pupils with an EHC plan or statement', 'Pupils with no SEN']) expect(labels).to.include(v);
    expect(labels).to.include('not available');
    const s = summary(el);
    expect(s).to.contain('In England in 2016/17, pupils with an EHC plan or statement had the highest figure (15.93%). Pupils with no SEN had the lowest (3.06%).');
    expect(s).to.contain('5.2 times the figure for pupils with no SEN');
    expect(bodyRows(el)).to.deep.equal([
      ['All pupils', '4.76%'], ['Pupils with no SEN', '3.06%'], ['Pupils with SEN support', '14.76%'],
      ['Pupils with an EHC plan or statement', '15.93%'], ['Pupils whose SEN status is unclassified', 'x'],
    ]);
    el.shadowRoot!.querySelector<HTMLElement>('.chart')!.focus();
    for (let i = 0; i < 4; i++) key(el, 'ArrowRight');
    await el.updateComplete;
    expect(live(el)).to.equal('Pupils with an EHC plan or statement: England 15.93% (4 of 5)');
    key(el, 'End');
    await el.updateComplete;
    expect(live(el)).to.equal('Pupils whose SEN status is unclassified: England not available (5 of 5)');
  });

  it('says an England-only indicator cannot be shown for the LA asked for', async () => {
    const el = await mount(html`<inclusion-breakdown src=${EXCLUSIONS} indicator="suspension-rate-sen" area="Salford" period="2016/17"></inclusion-breakdown>`);
    expect(svgOf(el).querySelectorAll('g.la-bars rect').length).to.equal(0);
    expect(summary(el)).to.contain('published for England only, so Salford cannot be shown');
  });

  it('draws Salford beside England by SEN status, with 95% interval whiskers', async () => {
    const el = await mount(html`<inclusion-breakdown src=${ATTENDANCE} indicator="persistent-absence-sen" area="Salford" intervals></inclusion-breakdown>`);
    const svg = svgOf(el);
    expect(svg.querySelectorAll('g.la-bars rect').length).to.equal(4);
    expect(svg.querySelectorAll('g.england-bars rect').length).to.equal(4);
    // The LA is the dark blue series, England grey.
    expect(svg.querySelector('g.la-bars')!.getAttribute('fill')?.toLowerCase()).to.equal('#12436d');
    expect(svg.querySelector('g.england-bars')!.getAttribute('fill')?.toLowerCase()).to.equal(SERIES.comparator.toLowerCase());
    // Counts are published, so every LA bar has a whisker with two end ticks.
    expect(svg.querySelectorAll('g.ci line').length).to.equal(4);
    expect(svg.querySelectorAll('g.ci-ends line').length).to.equal(8);
    // CLI: Any special educational need, Salford 2022/23: 34.82% (2569 of 7377), England 32.24% (two decimals, as the PA figures DfE publishes).
    const labels = svgTexts(el);
    for (const v of ['23.97%', '21.22%', '34.82%', '32.24%', '20.54%', '18.44%', 'Salford', 'England']) expect(labels).to.include(v);
    const s = summary(el);
    expect(s).to.contain('In Salford in 2022/23, pupils with any special educational need had the highest figure (34.82%). Pupils with no identified special educational need had the lowest (20.54%).');
    expect(s).to.contain('1.7 times the figure for pupils with no identified special educational need (England: 1.7 times)');
    expect(s).to.contain('All pupils: 23.97%, England 21.22%. Pupils with any special educational need: 34.82%, England 32.24%.');
    // The verdict is core's one rule (the CLI's `comparison`): Salford's 95% intervals, from the published counts.
    expect(s).to.contain('Allowing for chance, Salford was worse than England for all pupils, pupils with any special educational need and pupils with no identified special educational need.');
    const heads = [...el.shadowRoot!.querySelectorAll('thead th')].map((t) => t.textContent!.trim());
    expect(heads).to.deep.equal(['Group', 'Salford value', '95% CI lower', '95% CI upper', 'England value', 'Against England']);
    expect(bodyRows(el)[1]).to.deep.equal(['Pupils with any special educational need', '34.82%', '33.75%', '35.92%', '32.24%', 'Worse than England']);
    el.shadowRoot!.querySelector<HTMLElement>('.chart')!.focus();
    key(el, 'ArrowRight');
    await el.updateComplete;
    expect(live(el)).to.equal('All pupils: Salford 23.97% (95% confidence interval 23.52% to 24.43%) (1 of 8)');
    key(el, 'ArrowRight');
    await el.updateComplete;
    expect(live(el)).to.equal('All pupils: England 21.22% (2 of 8)');
  });

  it('draws persistent absence by phase for Salford', async () => {
    const el = await mount(html`<inclusion-breakdown src=${ATTENDANCE} indicator="persistent-absence" area="355"></inclusion-breakdown>`);
    const svg = svgOf(el);
    expect(svg.querySelectorAll('g.la-bars rect').length).to.equal(4);
    expect(svg.querySelectorAll('g.ci line').length).to.equal(0);
    // LAIT TotPerAbNew family, 2024/25: Salford 20.57 / 15.55 / 26.50 / 36.65; England 18.14 / 12.99 / 23.37 / 35.26.
    const labels = svgTexts(el);
    for (const v of ['20.57%', '18.14%', '15.55%', '12.99%', '26.50%', '23.37%', '36.65%', '35.26%', 'Primary schools', 'Special schools']) expect(labels).to.include(v);
    expect(subtitle(el)).to.contain('Salford and England, by phase, 2024/25');
    const s = summary(el);
    expect(s).to.contain('special schools had the highest figure (36.65%). Primary schools had the lowest (15.55%).');
    expect(s).to.not.contain('times');
    key(el, 'End');
    await el.updateComplete;
    expect(live(el)).to.equal('Special schools: England 35.26% (8 of 8)');
  });

  it('shows Cumbria before it was abolished, at a chosen period', async () => {
    const el = await mount(html`<inclusion-breakdown src=${EXCLUSIONS} indicator="suspension-rate" area="Cumbria" period="2018/19"></inclusion-breakdown>`);
    expect(subtitle(el)).to.contain('Cumbria and England, by phase, 2018/19');
    const labels = svgTexts(el);
    for (const v of ['5.17%', '5.36%', '0.73%', '1.41%', '11.16%', '10.75%', '0.20%', '11.32%']) expect(labels).to.include(v);
    expect(summary(el)).to.contain('Special schools: 0.20%, England 11.32%.');
    // A rate of events has no confidence interval: no verdict is claimed.
    expect(summary(el)).to.contain('Not compared with England (not a share of pupils).');
    expect(text(el)).to.contain('Cumbria existed until 31 March 2023');
  });

  it('shows an error for an unknown indicator and fires an event', async () => {
    await failsWith('inclusion-breakdown', { src: ATTENDANCE, indicator: 'no-such-thing', area: 'Salford' }, 'unknown-indicator', 'no-such-thing');
  });

  it('fits 320px with a long LA name, nothing wider than the element', async () => {
    const el = await mount(html`<inclusion-breakdown src=${ATTENDANCE} indicator="persistent-absence" area="Westmorland and Furness"></inclusion-breakdown>`, 320);
    await new Promise((r) => setTimeout(r, 100));
    const svg = svgOf(el);
    expect(Number(svg.getAttribute('width'))).to.be.at.most(320);
    expect(el.scrollWidth).to.be.at.most(320);
    expectTextInside(svg, el.getBoundingClientRect());
    expect(svg.querySelectorAll('g.la-bars rect').length).to.be.greaterThan(0);
  });

  it('passes axe (WCAG 2.2 AA rules)', async () => {
    const el = await mount(html`<inclusion-breakdown src=${ATTENDANCE} indicator="persistent-absence-sen" area="Salford" intervals></inclusion-breakdown>`);
    await expect(el).to.be.accessible({ runOnly: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] } as never);
  });
});
