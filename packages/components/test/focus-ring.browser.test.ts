// Issue 14, item 5: the focus ring of a point must not cover the words drawn beside it (the audit found it over the
// first digit of the benchmark's value labels). Every point of each bar chart, at 720 and 320 px: the ring and its
// halo overlap no SVG text. The bars' ring goes round the bar, so a pointer anywhere on a bar reads it too.
import { expect, html } from '@open-wc/testing';
import '../src/define-all';
import { DATA, key, live, mountChart } from './helpers';

const CHARTS = {
  benchmark: html`<inclusion-benchmark src=${`${DATA}/ehcp.arrow`} indicator="ehcp-20-weeks" area="Salford"></inclusion-benchmark>`,
  // Each neighbour, Wirral with no figure: a point with no bar.
  'benchmark (each neighbour)': html`<inclusion-benchmark src=${`${DATA}/ap.arrow`} indicator="pru-absence" area="Halton" neighbours="each"></inclusion-benchmark>`,
  breakdown: html`<inclusion-breakdown src=${`${DATA}/exclusions.arrow`} indicator="suspension-rate" area="Salford"></inclusion-breakdown>`,
};

const overlaps = (a: DOMRect, b: DOMRect) => a.left < b.right - 0.5 && b.left < a.right - 0.5 && a.top < b.bottom - 0.5 && b.top < a.bottom - 0.5;
const update = (el: Element) => (el as unknown as { updateComplete: Promise<unknown> }).updateComplete;

describe('the focus ring covers no words (issue 14, item 5)', function () {
  this.timeout(60_000);
  for (const width of [720, 320]) {
    for (const [name, template] of Object.entries(CHARTS)) {
      it(`${name} at ${width} px: no point's ring overlaps any text in the chart`, async () => {
        const el = await mountChart<HTMLElement>(template, width);
        const chart = el.shadowRoot!.querySelector<HTMLElement>('.chart')!;
        chart.focus();
        key(chart, 'Home');
        let visited = 0;
        for (let previous = ''; visited < 60; visited++) {
          await update(el);
          const said = live(el);
          if (said === previous) break;
          previous = said;
          const ring = chart.querySelector('g.focus-layer')!.getBoundingClientRect();
          for (const t of chart.querySelectorAll('svg text')) {
            const box = t.getBoundingClientRect();
            if (!box.width || !t.textContent!.trim()) continue;
            expect(overlaps(ring, box), `${said}: the ring covers "${t.textContent}"`).to.equal(false);
          }
          key(chart, 'ArrowRight');
        }
        expect(visited).to.be.greaterThan(1);
      });
    }
  }

  it('a pointer anywhere on a bar reads that bar', async () => {
    const el = await mountChart<HTMLElement>(CHARTS.benchmark);
    const chart = el.shadowRoot!.querySelector<HTMLElement>('.chart')!;
    const bar = chart.querySelector('g.bars rect')!.getBoundingClientRect();
    chart.dispatchEvent(new PointerEvent('pointermove', { clientX: bar.left + bar.width * 0.3, clientY: bar.top + bar.height / 2, bubbles: true }));
    await update(el);
    expect(el.shadowRoot!.querySelector('.readout')!.textContent).to.contain('Salford');
  });
});
