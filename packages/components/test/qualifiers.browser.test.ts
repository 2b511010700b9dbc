// Issue 12: "Provisional and revised figures say so", in the elements as in the CLI: the tile, the trend and the
// ranking of a LAIT measure whose latest year LAIT labels "(prov)" (phonics 2024/25) show core's note, with an axe check.
import { expect } from '@open-wc/testing';
import { html } from 'lit';
import '../src/define-all';
import { A11Y, DATA, mount, text, until } from './helpers';

const CATALOGUE = `${DATA}/catalogue.json`;
const NOTE = 'LAIT marks the 2024/25 figure as provisional. Provisional figures can be revised later.';

describe('provisional and revised figures say so in the elements', () => {
  it('a tile of a provisional year says so, and passes axe', async () => {
    const el = await mount(html`<inclusion-tile src=${CATALOGUE} indicator="KS1P_all" area="Salford"></inclusion-tile>`);
    await until(el, 'figure, [role=alert]');
    expect(el.shadowRoot!.querySelector('[role=alert]')).to.equal(null);
    expect(text(el)).to.contain(NOTE);
    await expect(el).to.be.accessible(A11Y);
  });

  it('a ranking of that year says so; a tile of the year before does not', async () => {
    const r = await mount(html`<inclusion-ranking src=${CATALOGUE} indicator="lait-ks1p-all" area="Salford"></inclusion-ranking>`);
    await until(r, 'figure, [role=alert]');
    expect(text(r)).to.contain(NOTE);
    const t = await mount(html`<inclusion-tile src=${CATALOGUE} indicator="lait-ks1p-all" area="Salford" period="2023/24"></inclusion-tile>`);
    await until(t, 'figure, [role=alert]');
    expect(text(t)).to.contain('2023/24');
    expect(text(t)).not.to.contain('provisional');
  });

  it('a trend of KS4 destinations of AP pupils names the provisional and the revised years', async () => {
    const el = await mount(html`<inclusion-trend src=${CATALOGUE} indicator="ks4-sustained-destination-ap" area="England"></inclusion-trend>`);
    await until(el, 'figure, [role=alert]');
    expect(text(el)).to.contain('DfE published the 2021/22 figure as provisional and the 2012/13 to 2020/21 figures as revised.');
  });
});
