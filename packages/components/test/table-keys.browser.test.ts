// Issue 14: from a focused point, T moves focus to that point's row in the data table (opening it), and T on the
// row comes back to the point. Every point of every chart element, on the sample data.
import { expect, html } from '@open-wc/testing';
import '../src/define-all';
import { ALL, DATA, key, live, mountChart } from './helpers';

const squash = (s: string | null | undefined) => (s ?? '').replace(/\s+/g, ' ').trim();

const CHARTS = {
  benchmark: html`<inclusion-benchmark src=${`${DATA}/ehcp.arrow`} indicator="ehcp-20-weeks" area="Salford"></inclusion-benchmark>`,
  trend: html`<inclusion-trend src=${`${DATA}/attendance.arrow`} indicator="persistent-absence" area="Salford"></inclusion-trend>`,
  ranking: html`<inclusion-ranking src=${`${DATA}/ehcp.arrow`} indicator="ehcp-20-weeks" area="Salford"></inclusion-ranking>`,
  map: html`<inclusion-map src=${`${DATA}/ehcp.arrow`} indicator="ehcp-20-weeks" area="Salford"></inclusion-map>`,
  spine: html`<inclusion-spine src=${ALL} area="Salford"></inclusion-spine>`,
  breakdown: html`<inclusion-breakdown src=${`${DATA}/exclusions.arrow`} indicator="suspension-rate" area="Salford"></inclusion-breakdown>`,
};

describe('T: from a point to its row in the data table and back (issue 14)', function () {
  this.timeout(120_000);
  for (const [name, template] of Object.entries(CHARTS)) {
    it(`${name}: every point has a row that names it, and T on the row comes back to the point`, async () => {
      const el = await mountChart<HTMLElement>(template);
      const root = el.shadowRoot!;
      const chart = root.querySelector<HTMLElement>('.chart')!;
      expect(squash(root.querySelector('.keys')!.textContent)).to.contain("T for the point's row in the data table (T again to come back)");
      const details = root.querySelector<HTMLDetailsElement>('details:not(.definitions)')!;
      expect(details.open, 'the table starts collapsed').to.equal(false);
      chart.focus();
      key(chart, 'Home');
      let visited = 0;
      // Walk the points with Right (in the map, eastwards along a row of hexagons) until it goes no further.
      for (let previous = ''; visited < 160; visited++) {
        await (el as unknown as { updateComplete: Promise<unknown> }).updateComplete;
        const said = live(el);
        if (said === previous) break;
        previous = said;
        key(chart, 't');
        const row = root.activeElement as HTMLTableRowElement | null;
        expect(row?.localName, `${name} (${said}): focus on a table row`).to.equal('tr');
        expect(details.open, 'T opens the table').to.equal(true);
        const header = squash(row!.querySelector('th')!.textContent);
        expect(said, `${name}: its row names it`).to.contain(header);
        key(row!, 'T');
        await (el as unknown as { updateComplete: Promise<unknown> }).updateComplete;
        expect(root.activeElement, `${name} (${said}): T on the row goes back to the chart`).to.equal(chart);
        expect(live(el), `${name}: back on the same point`).to.equal(said);
        key(chart, 'ArrowRight');
      }
      expect(visited).to.be.greaterThan(1);
    });
  }
});
