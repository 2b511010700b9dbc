import { expect, fixture, html } from '@open-wc/testing';
import '../src/inclusion-table/define';
import '../src/inclusion-benchmark/define';
import { A11Y, DATA, mount, text, until } from './helpers';

const cells = (el: Element) => [...el.shadowRoot!.querySelectorAll('tbody tr')].map((r) => [...r.children].map((c) => c.textContent!.trim()));

describe('<inclusion-table>', () => {
  it('shows England and the nine regions, sortable, with a key for missing values', async () => {
    const el = await mount(html`<inclusion-table view="regions" src="${DATA}/ehcp.arrow" indicator="ehcp-20-weeks" period="2024"></inclusion-table>`, 720, 'table');
    const rows = cells(el);
    expect(rows.length).to.equal(10);
    // EHCP 2025 release, 2024: England 45.9%, North West 49.6%.
    expect(rows[0]).to.deep.equal(['England', '45.9%', '']);
    expect(rows.find((r) => r[0] === 'North West')).to.deep.equal(['North West', '49.6%', '+3.7']);
    // The unit is in the heading, so each difference stays one short figure at 320 px.
    expect([...el.shadowRoot!.querySelectorAll('thead th')].map((h) => h.textContent!.trim())).to.deep.equal(['Area', 'Value', 'Difference from England (percentage points)']);
    const th = el.shadowRoot!.querySelectorAll('thead th')[1];
    (th.querySelector('button') as HTMLButtonElement).click();
    await (el as unknown as { updateComplete: Promise<unknown> }).updateComplete;
    expect(th.getAttribute('aria-sort')).to.equal('ascending');
    const values = cells(el).map((r) => parseFloat(r[1]));
    expect(values).to.deep.equal([...values].sort((a, b) => a - b));
    expect(el.shadowRoot!.querySelector('table caption')!.textContent).to.contain('by region, 2024');
    expect(el.shadowRoot!.querySelectorAll('th[scope=row]').length).to.equal(10);
  });

  it('follows another chart: the same numbers it shows', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div style="width:720px">
      <inclusion-benchmark id="b1" src="${DATA}/ehcp.arrow" indicator="ehcp-20-weeks" area="Salford"></inclusion-benchmark>
      <inclusion-table for="b1"></inclusion-table></div>`);
    const table = wrapper.querySelector('inclusion-table')!;
    await until(table, 'table');
    expect(cells(table).map((r) => r.join(' '))).to.deep.equal([
      'Salford 50.1%', 'Statistical neighbours (2025 model) average 45.2%', 'North West 49.6%', 'England 45.9%',
    ]);
    const chart = wrapper.querySelector('inclusion-benchmark')!;
    chart.setAttribute('area', 'Isles of Scilly');
    const t0 = performance.now();
    while (!text(table).includes('Isles of Scilly') && performance.now() - t0 < 5000) await new Promise((r) => setTimeout(r, 20));
    // DfE published Isles of Scilly's figure unsuppressed (1 of 1 plans in time), and the table follows it.
    expect(cells(table)[0]).to.deep.equal(['Isles of Scilly', '100.0%']);
  });

  it('says when the chart it should follow is missing', async () => {
    const el = await mount(html`<inclusion-table for="nothing-here"></inclusion-table>`, 720, '[role=alert]');
    expect(text(el)).to.contain('No chart with id "nothing-here"');
  });

  it('passes axe', async () => {
    const el = await mount(html`<inclusion-table view="regions" src="${DATA}/attendance.arrow" indicator="persistent-absence"></inclusion-table>`, 720, 'table');
    await expect(el).to.be.accessible(A11Y);
  });
});
