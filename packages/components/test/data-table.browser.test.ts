// A long data table (a ranking's 153 LAs) is rendered a turn of the page-wide queue at a time, after the chart:
// `inclusion-ready` waits for its last row, T before then still finds its row, and a sort moves the rows that were
// made rather than making them again.
import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import '../src/define-all';
import { ROWS_PER_TURN } from '../src/shared/data-table';
import { DATA, key, watchUntilReady } from './helpers';

const EHCP = `${DATA}/ehcp.arrow`;
const rowsOf = (el: Element) => [...el.shadowRoot!.querySelectorAll('tbody tr')];
const cells = (tr: Element) => [...tr.children].map((c) => (c.textContent ?? '').trim());

async function ranking(): Promise<{ el: HTMLElement; counts: number[] }> {
  // Rows in the table each time the chart is drawn or changed: the first draw comes before the last rows.
  const counts: number[] = [];
  const el = await watchUntilReady('inclusion-ranking', { src: EHCP, indicator: 'ehcp-20-weeks', area: 'Salford', period: '2024' }, (e) => counts.push(rowsOf(e).length));
  return { el, counts };
}

describe('data table, a turn at a time', () => {
  it('renders 153 rows in turns of 50 and is ready only with the last', async () => {
    const { el, counts } = await ranking();
    expect(ROWS_PER_TURN).to.equal(50);
    expect(rowsOf(el).length, 'every row once ready').to.equal(153);
    const grew = [...new Set(counts)].filter((n) => n > 0);
    expect(grew.slice(0, 4), 'rows arrive in turns').to.deep.equal([50, 100, 150, 153]);
    expect(cells(rowsOf(el)[0])).to.deep.equal(['1', 'Barnet', 'London', '100.0%', 'A']);
    expect(cells(rowsOf(el)[152])).to.deep.equal(['153', 'Devon', 'South West', '3.2%', 'D']);
  });

  it('sorting reorders the rows it made, and sorting back restores rank order', async () => {
    const { el } = await ranking();
    const before = rowsOf(el);
    const byName = el.shadowRoot!.querySelectorAll<HTMLButtonElement>('thead button.sort')[1];
    byName.click();
    await (el as unknown as { updateComplete: Promise<unknown> }).updateComplete;
    const sorted = rowsOf(el);
    expect(sorted.length).to.equal(153);
    expect(cells(sorted[0])[1]).to.equal('Barking and Dagenham');
    // The same row elements, moved: a sort does not build the table again.
    expect(sorted.every((r) => before.includes(r))).to.equal(true);
    const names = sorted.map((r) => cells(r)[1]);
    expect(names).to.deep.equal([...names].sort((a, b) => a.localeCompare(b)));
    el.shadowRoot!.querySelectorAll<HTMLButtonElement>('thead button.sort')[0].click();
    await (el as unknown as { updateComplete: Promise<unknown> }).updateComplete;
    expect(rowsOf(el).map((r) => Number(r.getAttribute('data-row')))).to.deep.equal([...Array(153).keys()]);
  });

  it('T on a point whose row has not arrived yet renders the rest and focuses it', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div style="width: 720px"></div>`);
    const el = document.createElement('inclusion-ranking');
    for (const [k, v] of Object.entries({ src: EHCP, indicator: 'ehcp-20-weeks', area: 'Salford', period: '2024' })) el.setAttribute(k, v);
    wrapper.append(el);
    // As soon as the chart is there, before the table's later turns: End is the last LA, row 153.
    while (!el.shadowRoot?.querySelector('.chart svg')) await new Promise((r) => setTimeout(r, 0));
    const chart = el.shadowRoot!.querySelector<HTMLElement>('.chart')!;
    chart.focus();
    key(chart, 'End');
    key(chart, 't');
    for (let i = 0; i < 50 && el.shadowRoot!.activeElement?.localName !== 'tr'; i++) await new Promise((r) => setTimeout(r, 10));
    const row = el.shadowRoot!.activeElement as HTMLTableRowElement;
    expect(row.localName).to.equal('tr');
    expect(cells(row)[1]).to.equal('Devon');
  });
});
