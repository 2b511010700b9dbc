// A reader's larger default text size reaches the charts' SVG text, not just the HTML around them
// (Chartability: "user's text adjustments"). The page's root font size stands in for the browser setting.
import { expect, html } from '@open-wc/testing';
import '../src/define-all';
import { ALL, DATA, expectTextInside, mountChart } from './helpers';

const CHARTS: [string, () => ReturnType<typeof html>][] = [
  ['inclusion-benchmark', () => html`<inclusion-benchmark src="${DATA}/attendance.arrow" indicator="persistent-absence" area="Salford" neighbours="each"></inclusion-benchmark>`],
  ['inclusion-trend', () => html`<inclusion-trend src="${DATA}/attendance.arrow" indicator="persistent-absence" area="Salford"></inclusion-trend>`],
  ['inclusion-ranking', () => html`<inclusion-ranking src="${DATA}/ehcp.arrow" indicator="ehcp-20-weeks" area="Salford"></inclusion-ranking>`],
  ['inclusion-spine', () => html`<inclusion-spine src=${ALL} area="Salford"></inclusion-spine>`],
  ['inclusion-breakdown', () => html`<inclusion-breakdown src="${DATA}/attendance.arrow" indicator="persistent-absence" area="Salford"></inclusion-breakdown>`],
];

/** How many screen px one SVG unit is drawn as: 1 at the default text size. */
function drawnScale(svg: SVGSVGElement): number {
  return svg.getBoundingClientRect().width / svg.viewBox.baseVal.width;
}

describe('chart text follows the reader\'s text size', () => {
  afterEach(() => document.documentElement.style.removeProperty('font-size'));

  for (const [tag, make] of CHARTS) {
    it(`<${tag}>: 14px at the default, 21px when text is 150%, laid out again and still inside`, async () => {
      const plain = await mountChart<HTMLElement>(make(), 720);
      const svg0 = plain.shadowRoot!.querySelector<SVGSVGElement>('.chart svg')!;
      expect(drawnScale(svg0)).to.be.closeTo(1, 0.01);
      const firstText = (x: SVGSVGElement) => [...x.querySelectorAll('text')].find((t) => t.textContent!.trim())!.getBoundingClientRect().height;
      const [width0, text0] = [svg0.viewBox.baseVal.width, firstText(svg0)];

      document.documentElement.style.setProperty('font-size', '24px');
      const big = await mountChart<HTMLElement>(make(), 720);
      await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
      const svg = big.shadowRoot!.querySelector<SVGSVGElement>('.chart svg')!;
      expect(drawnScale(svg)).to.be.closeTo(1.5, 0.01);
      // Laid out for 480px, not squeezed: the chart is as wide as before, no wider.
      expect(svg.viewBox.baseVal.width).to.be.closeTo(width0 / 1.5, 2);
      expect(svg.getBoundingClientRect().width).to.be.at.most(721);
      expect(big.scrollWidth).to.be.at.most(720);
      expect(firstText(svg) / text0).to.be.closeTo(1.5, 0.15);
      // The chart on the page before the change redraws too, at the new size.
      await new Promise((r) => setTimeout(r, 300));
      expect(drawnScale(plain.shadowRoot!.querySelector<SVGSVGElement>('.chart svg')!)).to.be.closeTo(1.5, 0.01);
      expectTextInside(svg, big.getBoundingClientRect());
    });
  }

  it('never lays a chart out narrower than 240px: at 320px and 200% text it grows by what fits', async () => {
    document.documentElement.style.setProperty('font-size', '32px');
    const el = await mountChart<HTMLElement>(CHARTS[2][1](), 320);
    const svg = el.shadowRoot!.querySelector<SVGSVGElement>('.chart svg')!;
    expect(svg.viewBox.baseVal.width).to.be.at.least(240);
    expect(svg.getBoundingClientRect().width).to.be.at.most(321);
    expect(drawnScale(svg)).to.be.closeTo(320 / 240, 0.02);
  });
});
