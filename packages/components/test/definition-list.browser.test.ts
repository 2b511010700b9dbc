// A figure's definitions ("What these figures measure"): a long list (a spine of every indicator) writes its first
// fifty with the render and the rest in later turns of the page-wide queue, in order, as text; a newer list stops
// an older one part way.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { render } from 'lit';
import type { IndicatorMeta } from '@inclusion-dashboard/core';
import { definitionList } from '../src/shared/definition-list';

const metas = (n: number, tag: string, url = 'https://example.org/x') => Array.from({ length: n }, (_, i) => ({ label: `${tag} ${i}`, definition: `<b>definition</b> ${i}`, source: { publication: `P ${i}`, url, files: [] }, latestRelease: '2024' }) as unknown as IndicatorMeta);
const terms = (dl: Element) => [...dl.querySelectorAll('dt')].map((d) => d.textContent);

describe('definition list', () => {
  it('writes the first fifty at once and the rest in later turns, in order, as text', async () => {
    const host = await fixture<HTMLDivElement>(html`<div></div>`);
    const list = metas(230, 'A');
    render(html`<dl ${definitionList(list)}></dl>`, host);
    const dl = host.querySelector('dl')!;
    expect(terms(dl).length).to.equal(50);
    await waitUntil(() => terms(dl).length === 230, 'every definition written');
    expect(terms(dl)).to.deep.equal(list.map((m) => m.label));
    expect(dl.querySelectorAll('b').length).to.equal(0);
    expect(dl.querySelector('dd')!.textContent).to.equal('<b>definition</b> 0');
  });

  it('links each source the source paragraph does not: a publication name given to several addresses, https only', async () => {
    const host = await fixture<HTMLDivElement>(html`<div></div>`);
    const meta = (label: string, publication: string, url: string) => ({ label, definition: `${label} defined`, source: { publication, url, files: [] }, latestRelease: '2024' }) as unknown as IndicatorMeta;
    const lait = 'DfE data via DfE Local Authority Interactive Tool';
    const list = [
      meta('A', lait, 'https://example.org/a'), meta('B', 'Pupil absence', 'https://example.org/absence'),
      meta('C', lait, 'https://example.org/c'), meta('D', lait, 'javascript:alert(1)'),
    ];
    render(html`<dl ${definitionList(list)}></dl>`, host);
    const dds = [...host.querySelectorAll('dd')];
    expect(dds.map((d) => d.querySelector('a')?.getAttribute('href') ?? null)).to.deep.equal(['https://example.org/a', null, 'https://example.org/c', null]);
    expect(dds[0].textContent).to.equal(`A defined Source: ${lait}.`);
    expect(dds[1].textContent).to.equal('B defined');
    expect(dds[3].textContent).to.equal('D defined');
  });

  it('a new list replaces one still being written', async () => {
    const host = await fixture<HTMLDivElement>(html`<div></div>`);
    const view = (list: IndicatorMeta[]) => render(html`<dl ${definitionList(list)}></dl>`, host);
    view(metas(400, 'A'));
    const b = metas(120, 'B');
    view(b);
    const dl = host.querySelector('dl')!;
    await waitUntil(() => terms(dl).length === 120, 'the new list written');
    await new Promise((r) => setTimeout(r, 100));
    expect(terms(dl)).to.deep.equal(b.map((m) => m.label));
  });
});
