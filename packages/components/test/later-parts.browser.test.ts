// A figure's parts under its first screen (data table, download, notes, definitions, source) are rendered a frame
// after the figure first shows (issue 18: the first use of each kind of element made a tile's render and layout
// long tasks). `inclusion-ready` waits for them; a new view never takes them away; the table element's table is its
// main content and comes with the figure.
import { expect, oneEvent } from '@open-wc/testing';
import '../src/define-all';
import { DATA, watchUntilReady } from './helpers';

const EHCP = `${DATA}/ehcp.arrow`;

interface Seen { figure: boolean; table: boolean; source: boolean }

/** What the shadow root held after each change to it, from the element's first render to `inclusion-ready`. */
async function watch(tag: string, attrs: Record<string, string>): Promise<{ el: HTMLElement; seen: Seen[] }> {
  const seen: Seen[] = [];
  const el = await watchUntilReady(tag, attrs, (e) => {
    const root = e.shadowRoot!;
    seen.push({ figure: !!root.querySelector('figure'), table: !!root.querySelector('table'), source: !!root.querySelector('.source') });
  });
  return { el, seen };
}

describe('the parts under a figure', () => {
  it('come a frame after the tile first shows, and are there by inclusion-ready', async () => {
    const { el, seen } = await watch('inclusion-tile', { src: EHCP, indicator: 'ehcp-20-weeks', area: 'Salford' });
    const first = seen.find((s) => s.figure);
    expect(first, 'the figure was rendered').to.not.equal(undefined);
    expect(first, 'its first render has no table or source').to.deep.equal({ figure: true, table: false, source: false });
    const root = el.shadowRoot!;
    expect(root.querySelectorAll('tbody tr').length, 'the table, whole, by ready').to.equal(4);
    expect(root.querySelector('.actions button')?.textContent).to.equal('Download the data (CSV)');
    expect(root.querySelector('details.definitions summary')?.textContent).to.equal('What this figure measures');
    expect(root.querySelector('.source a')?.getAttribute('href')).to.match(/^https:/);
  });

  it('stay while a new view loads: nothing under the figure is taken away and made again', async () => {
    const { el } = await watch('inclusion-tile', { src: EHCP, indicator: 'ehcp-20-weeks', area: 'Salford' });
    const root = el.shadowRoot!;
    const kept = ['details:not(.definitions)', '.actions', 'details.definitions', '.source'].map((s) => root.querySelector(s)!);
    const removed: Node[] = [];
    const observer = new MutationObserver((records) => records.forEach((r) => removed.push(...r.removedNodes)));
    observer.observe(root, { childList: true, subtree: true });
    const ready = oneEvent(el, 'inclusion-ready');
    el.setAttribute('area', 'Kent');
    await ready;
    observer.disconnect();
    expect(root.querySelector('.subtitle')?.textContent).to.contain('Kent');
    expect(kept.every((n) => n.isConnected), 'the same elements, still in the figure').to.equal(true);
    expect(removed.filter((n) => kept.includes(n as Element))).to.deep.equal([]);
  });

  it("come with the figure where the table is the figure's main content (the table element)", async () => {
    const { seen } = await watch('inclusion-table', { view: 'regions', src: EHCP, indicator: 'ehcp-20-weeks', period: '2024' });
    const first = seen.find((s) => s.figure);
    expect(first?.table, 'the table in the first render').to.equal(true);
    expect(first?.source, 'the source a frame later').to.equal(false);
  });
});
