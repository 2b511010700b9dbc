import { expect, html } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import '../src/inclusion-map/define';
import type { InclusionMap } from '../src/inclusion-map/inclusion-map';
import { A11Y, mountChart } from './helpers';

const EHCP = '/packages/sample-data/data/ehcp.arrow';
const ATTENDANCE = '/packages/sample-data/data/attendance.arrow';
const CONTEXT = '/packages/sample-data/data/context.arrow';
const EXCLUSIONS = '/packages/sample-data/data/exclusions.arrow';

const mount = (template: ReturnType<typeof html>, width = 720) => mountChart<InclusionMap>(template, width);
const squash = (s: string | null | undefined) => (s ?? '').replace(/\s+/g, ' ').trim();
const hexes = (el: Element) => [...el.shadowRoot!.querySelectorAll('.chart svg.map g.hex')];
const hexOf = (el: Element, la: string) => el.shadowRoot!.querySelector(`.chart svg.map g.hex[data-la="${la}"]`);
/** The letter (or dash) drawn on an LA's hexagon. */
const letterOf = (el: Element, la: string) => squash(el.shadowRoot!.querySelector(`.chart svg.map g.marks text[data-la="${la}"]`)?.textContent);
const live = (el: Element) => squash(el.shadowRoot!.querySelector('[aria-live]')!.textContent);
const cells = (r: Element) => [...r.children].map((c) => squash(c.textContent));

async function press(el: InclusionMap, key: string, times = 1): Promise<string> {
  const chart = el.shadowRoot!.querySelector<HTMLElement>('.chart')!;
  chart.focus();
  for (let i = 0; i < times; i++) chart.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true, composed: true }));
  await el.updateComplete;
  return live(el);
}
/** The LA named in an announcement ("Salford, North West: …"). */
const named = (said: string) => said.split(',')[0];

describe('<inclusion-map>', () => {
  it('draws one hexagon per LA on the 2023 boundaries, banded with letters, Salford and its neighbours outlined', async () => {
    const el = await mount(html`<inclusion-map src=${EHCP} indicator="ehcp-20-weeks" area="Salford" period="2024"></inclusion-map>`);
    expect(hexes(el).length).to.equal(153);
    // Salford: 50.1%, band B (as the CLI and the ranking say); its letter is drawn on the hex.
    const salford = hexOf(el, '355')!;
    expect(salford.getAttribute('data-band')).to.equal('B');
    expect(letterOf(el, '355')).to.equal('B');
    // Every hex with a value carries its band letter; the three without a value carry a dash.
    for (const h of hexes(el)) {
      const band = h.getAttribute('data-band');
      expect(letterOf(el, h.getAttribute('data-la')!)).to.equal(band || '–');
    }
    expect(el.shadowRoot!.querySelectorAll('.chart g.outlines path.selected').length).to.equal(1);
    expect(el.shadowRoot!.querySelectorAll('.chart g.outlines path.neighbour').length).to.equal(10);
    // The words of the key (the swatches' own letters aside).
    const legend = [...el.shadowRoot!.querySelectorAll('.map-legend li')].map((li) => squash([...li.childNodes].filter((n) => n.nodeType === Node.TEXT_NODE).map((n) => n.textContent).join('')));
    expect(legend).to.deep.equal([
      'England: 45.9%', 'A, best quarter: 78.6% or more', 'B: 49.4% to 78.6%', 'C: 29.4% to 49.4%', 'D, worst quarter: below 29.4%',
      'Salford (selected): 50.1%', 'Statistical neighbours (2025 model)',
    ]);
    const summary = squash(el.shadowRoot!.querySelector('[part=summary]')!.textContent);
    expect(summary).to.contain("Salford's EHC plans issued within 20 weeks in 2024 was 50.1%. That is higher than England (45.9%). Rank 76 of 153 councils, band B (A is best).");
    expect(summary).to.contain('Of the regions, London has the highest figure (64.7%) and South West the lowest (31.0%)');
    expect(squash(el.shadowRoot!.querySelector('.keys')!.textContent)).to.contain('use the arrow keys to move to the neighbouring hexagon in that direction');
  });

  it('moves between hexagons by position with the arrow keys, announcing each', async () => {
    const el = await mount(html`<inclusion-map src=${EHCP} indicator="ehcp-20-weeks" area="Salford" period="2024"></inclusion-map>`);
    // The first arrow lands on the selected LA.
    // The hex's own words give its rank: no second total after them.
    expect(await press(el, 'ArrowRight')).to.equal('Salford, North West: 50.1%, rank 76 of 153, band B (selected)');
    // The readout beside the map shows the same words to sighted keyboard users.
    const readout = () => squash(el.shadowRoot!.querySelector('[part=readout]')!.textContent);
    expect(readout()).to.contain('Salford, North West: 50.1%, rank 76 of 153, band B');
    expect(named(await press(el, 'ArrowRight'))).to.equal('Bolton');
    expect(readout()).to.match(/^Bolton, North West: /);
    expect(named(await press(el, 'ArrowLeft', 2))).to.equal('Wigan');
    expect(named(await press(el, 'ArrowRight'))).to.equal('Salford');
    // Up then Down comes back; Cumberland sits north of Westmorland and Furness.
    const up = named(await press(el, 'ArrowUp'));
    expect(up).to.not.equal('Salford');
    expect(named(await press(el, 'ArrowDown'))).to.equal('Salford');
    await press(el, 'S');
    let said = '';
    for (let i = 0; i < 10 && !said.startsWith('Westmorland and Furness'); i++) said = await press(el, 'ArrowUp');
    for (let i = 0; i < 10 && !said.startsWith('Westmorland and Furness'); i++) said = await press(el, 'ArrowLeft');
    expect(said).to.match(/^Westmorland and Furness, North West: /);
    expect(named(await press(el, 'ArrowUp'))).to.equal('Cumberland');
    expect(named(await press(el, 'ArrowDown'))).to.equal('Westmorland and Furness');
    expect(named(await press(el, 'ArrowLeft'))).to.equal('Blackpool');
    // The focus ring sits on the focused hexagon's centre.
    const ring = el.shadowRoot!.querySelector('.focus-ring')!;
    const box = (hexOf(el, '890') as SVGGElement).getBBox();
    expect(Number(ring.getAttribute('cx'))).to.be.closeTo(box.x + box.width / 2, 1);
    expect(Number(ring.getAttribute('cy'))).to.be.closeTo(box.y + box.height / 2, 1);
    // Page Down goes to the next region.
    const region = (s: string) => /, ([^:]+):/.exec(s)![1];
    const before = region(await press(el, 'Home'));
    expect(region(await press(el, 'PageDown'))).to.not.equal(before);
  });

  it('has the table alternative: every LA in rank order with region, value, rank, band and outline', async () => {
    const el = await mount(html`<inclusion-map src=${EHCP} indicator="ehcp-20-weeks" area="Salford" period="2024"></inclusion-map>`);
    const rows = [...el.shadowRoot!.querySelectorAll('tbody tr')];
    expect(rows.length).to.equal(153);
    expect([...el.shadowRoot!.querySelectorAll('thead th')].map((t) => squash(t.textContent))).to.deep.equal(['Local authority', 'Region', 'Value', 'Rank', 'Band', 'On the map']);
    expect(cells(rows.find((r) => cells(r)[0] === 'Salford')!)).to.deep.equal(['Salford', 'North West', '50.1%', '76', 'B', 'Selected']);
    expect(rows.filter((r) => cells(r)[5] === 'Statistical neighbour (2025 model)').length).to.equal(10);
    expect(cells(rows[0]).slice(2, 5)).to.deep.equal(['100.0%', '1', 'A']);
  });

  it('shows Cumberland and Westmorland and Furness from 2023, Cumbria before', async () => {
    const after = await mount(html`<inclusion-map src=${ATTENDANCE} indicator="persistent-absence" area="Westmorland and Furness" period="2024/25"></inclusion-map>`);
    expect(hexes(after).length).to.equal(153);
    expect(hexOf(after, '942')).to.not.equal(null);
    expect(hexOf(after, '943')).to.not.equal(null);
    expect(hexOf(after, '909')).to.equal(null);
    expect(squash(after.shadowRoot!.querySelector('.notes')!.textContent)).to.contain('Boundaries from April 2023 (Cumberland, and Westmorland and Furness)');

    const before = await mount(html`<inclusion-map src=${ATTENDANCE} indicator="persistent-absence" area="Cumbria" period="2022/23"></inclusion-map>`);
    expect(hexes(before).length).to.equal(152);
    expect(hexOf(before, '909')).to.not.equal(null);
    expect(hexOf(before, '942')).to.equal(null);
    expect(hexOf(before, '943')).to.equal(null);
    expect(hexOf(before, '940')).to.not.equal(null);
    expect(squash(before.shadowRoot!.querySelector('[part=summary]')!.textContent)).to.match(/^Cumbria's persistent absence rate in 2022\/23 was /);
  });

  it('colours by value on a sequential scale, with the scale in the key', async () => {
    const el = await mount(html`<inclusion-map src=${CONTEXT} indicator="ehcp-rate" area="Cumbria" period="2022/23"></inclusion-map>`);
    expect(el.shadowRoot!.querySelector('.chart svg.map')!.classList.contains('value-mode')).to.equal(true);
    expect(squash(el.shadowRoot!.querySelector('.map-legend .scale-item')!.textContent)).to.equal('0.3%6.2%');
    const fills = new Set(hexes(el).map((h) => h.querySelector('path')!.getAttribute('fill')));
    expect(fills.size).to.be.greaterThan(20);
    // The lightest shades are all but white: every hexagon has a grey edge (#505a5f, 7:1 on white), so none vanishes.
    for (const h of hexes(el)) expect(h.querySelector('path')!.getAttribute('stroke'), h.getAttribute('data-la')!).to.equal('#505a5f');
  });

  it('outlines the 2021-model neighbours when asked, and says so', async () => {
    const el = await mount(html`<inclusion-map src=${EHCP} indicator="ehcp-20-weeks" area="Salford" period="2024" neighbour-model="2021"></inclusion-map>`);
    expect(squash(el.shadowRoot!.querySelector('[part=summary]')!.textContent)).to.contain('Its 10 statistical neighbours (2021 model) have an outline');
    expect(el.shadowRoot!.querySelectorAll('.chart g.outlines path.neighbour').length).to.equal(10);
    // Named by group-label, as the benchmark names them, still with the model.
    const named = await mount(html`<inclusion-map src=${EHCP} indicator="ehcp-20-weeks" area="Salford" period="2024" group="neighbours-2021" group-label="Our comparators"></inclusion-map>`);
    const key = [...named.shadowRoot!.querySelectorAll('.map-legend li')].map((li) => squash(li.textContent));
    expect(key).to.include('Our comparators (statistical neighbours, 2021 model)');
    expect(named.shadowRoot!.querySelectorAll('.chart g.outlines path.neighbour').length).to.equal(10);
  });

  it('fits 320px without sideways scrolling', async () => {
    const el = await mount(html`<inclusion-map src=${EHCP} indicator="ehcp-20-weeks" area="Salford" period="2024"></inclusion-map>`, 320);
    const svg = el.shadowRoot!.querySelector<SVGSVGElement>('.chart svg.map')!;
    expect(svg.getBoundingClientRect().right).to.be.at.most(el.getBoundingClientRect().right + 1);
    expect(el.scrollWidth).to.be.at.most(el.clientWidth + 1);
  });

  it('the selected LA\'s label is whole, inside the map and over no hexagon\'s letter; the key gives its figure', async () => {
    const cases: [string, string, string, string][] = [
      [ATTENDANCE, 'persistent-absence', 'Westmorland and Furness', '2024/25'], [EHCP, 'ehcp-20-weeks', 'Salford', '2024'],
      [EXCLUSIONS, 'suspension-rate', 'Bournemouth, Christchurch and Poole', '2020/21'],
    ];
    let drawn = 0;
    for (const width of [320, 720]) {
      for (const [src, indicator, area, period] of cases) {
        const el = await mount(html`<inclusion-map src=${src} indicator=${indicator} area=${area} period=${period}></inclusion-map>`, width);
        const svg = el.shadowRoot!.querySelector<SVGSVGElement>('.chart svg.map')!;
        const figure = squash(el.shadowRoot!.querySelector('.map-legend li.selected')!.textContent);
        expect(figure, `${area} at ${width}`).to.match(new RegExp(`^${area} \\(selected\\): \\d+\\.\\d+%$`));
        const label = svg.querySelector<SVGTextElement>('.selected-label');
        if (!label) continue;
        drawn++;
        expect([...label.querySelectorAll('tspan')].map((t) => t.textContent).join(' '), `${area} at ${width}`).to.equal(figure.replace(' (selected)', ''));
        const [s, b] = [svg.getBoundingClientRect(), label.getBoundingClientRect()];
        expect(b.left >= s.left && b.right <= s.right && b.top >= s.top && b.bottom <= s.bottom, `${area} at ${width}: inside`).to.equal(true);
        for (const t of svg.querySelectorAll('g.marks text')) {
          const r = t.getBoundingClientRect();
          const over = r.right > b.left && r.left < b.right && r.bottom > b.top && r.top < b.bottom;
          expect(over, `${area} at ${width}: label over the letter of ${t.getAttribute('data-la')}`).to.equal(false);
        }
      }
    }
    expect(drawn, 'labels drawn').to.be.above(0);
  });

  it('in forced colours, hexagons take system colours and keep their letters', async () => {
    const el = await mount(html`<inclusion-map src=${EHCP} indicator="ehcp-20-weeks" area="Salford" period="2024"></inclusion-map>`);
    await executeServerCommand('emulate-media-features', { features: [{ name: 'forced-colors', value: 'active' }] });
    try {
      expect(matchMedia('(forced-colors: active)').matches).to.equal(true);
      const path = hexOf(el, '355')!.querySelector('path')!;
      const canvas = document.createElement('div');
      canvas.style.color = 'Canvas';
      document.body.append(canvas);
      const system = getComputedStyle(canvas).color;
      canvas.remove();
      expect(getComputedStyle(path).fill).to.equal(system);
      expect(letterOf(el, '355')).to.equal('B');
      // The letter in CanvasText, over the system background.
      const letter = el.shadowRoot!.querySelector('.chart svg.map g.marks text[data-la="355"]')!;
      const ink = document.createElement('div');
      ink.style.color = 'CanvasText';
      document.body.append(ink);
      expect(getComputedStyle(letter).fill).to.equal(getComputedStyle(ink).color);
      ink.remove();
    } finally {
      await executeServerCommand('emulate-media-features', { features: [] });
    }
  });

  it('passes axe (WCAG 2.2 AA rules), by band and by value', async () => {
    const el = await mount(html`<inclusion-map src=${EHCP} indicator="ehcp-20-weeks" area="Salford" period="2024"></inclusion-map>`);
    await expect(el).to.be.accessible(A11Y);
    const v = await mount(html`<inclusion-map src=${CONTEXT} indicator="ehcp-rate" area="Cumbria" period="2022/23" colour="value"></inclusion-map>`);
    await expect(v).to.be.accessible(A11Y);
  });
});
