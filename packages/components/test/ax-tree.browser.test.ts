// Issue 14, item 7, read from Chromium's accessibility tree (puppeteer's snapshot through the DevTools protocol):
// what a screen reader is given, not what the DOM says. Each chart's title is read once (as its heading, not also
// as the figure's and the chart's names); sort buttons are named by their column alone, their order given by
// aria-sort; no name or description has a doubled full stop.
import { expect, html } from '@open-wc/testing';
import { a11ySnapshot } from '@web/test-runner-commands';
import type { TemplateResult } from 'lit';
import '../src/define-all';
import { ALL, DATA, mount } from './helpers';

interface AxNode { role: string; name?: string; description?: string; children?: AxNode[] }

const EHCP = `${DATA}/ehcp.arrow`;
const ATTENDANCE = `${DATA}/attendance.arrow`;
const CASES: [string, () => TemplateResult][] = [
  ['tile', () => html`<inclusion-tile src=${EHCP} indicator="ehcp-20-weeks" area="Salford"></inclusion-tile>`],
  ['benchmark', () => html`<inclusion-benchmark src=${EHCP} indicator="ehcp-20-weeks" area="Salford"></inclusion-benchmark>`],
  ['trend', () => html`<inclusion-trend src=${ATTENDANCE} indicator="persistent-absence" area="Salford"></inclusion-trend>`],
  ['ranking', () => html`<inclusion-ranking src=${EHCP} indicator="ehcp-20-weeks" area="Salford"></inclusion-ranking>`],
  ['map', () => html`<inclusion-map src=${EHCP} indicator="ehcp-20-weeks" area="Salford"></inclusion-map>`],
  ['spine', () => html`<inclusion-spine src=${ALL} area="Salford"></inclusion-spine>`],
  ['breakdown', () => html`<inclusion-breakdown src=${ATTENDANCE} indicator="persistent-absence-sen" area="Salford"></inclusion-breakdown>`],
  ['table', () => html`<inclusion-table view="regions" src=${EHCP} indicator="ehcp-20-weeks"></inclusion-table>`],
];

function* walk(n: AxNode): Generator<AxNode> {
  yield n;
  for (const c of n.children ?? []) yield* walk(c);
}

/** The page's accessibility tree, after the element's tables are opened. */
async function tree(el: Element): Promise<AxNode[]> {
  for (const d of el.shadowRoot!.querySelectorAll('details')) (d as HTMLDetailsElement).open = true;
  await (el as unknown as { updateComplete: Promise<unknown> }).updateComplete;
  return [...walk((await a11ySnapshot({})) as unknown as AxNode)];
}

describe('what a screen reader is given (the accessibility tree)', function () {
  this.timeout(30000);
  for (const [name, make] of CASES) {
    it(`${name}: the title is read once, sort buttons are named by their column, no ".."`, async () => {
      const el = await mount<HTMLElement>(make(), 720, '.chart svg, [role=alert], table');
      const title = el.shadowRoot!.querySelector('.title')!.textContent!.trim();
      const nodes = await tree(el);
      const named = nodes.filter((n) => n.name === title && !/text/i.test(n.role));
      expect(named.map((n) => n.role), `nodes named "${title}"`).to.deep.equal(['heading']);
      const buttons = nodes.filter((n) => n.role === 'button' && !/^Download|^Show/.test(n.name ?? ''));
      const columns = [...el.shadowRoot!.querySelectorAll('thead th')].map((th) => th.textContent!.trim());
      expect(buttons.map((b) => b.name)).to.deep.equal(columns);
      for (const n of nodes) {
        for (const s of [n.name ?? '', n.description ?? '']) expect(s, `${n.role} "${s.slice(0, 60)}"`).not.to.match(/(?<!\.)\.\.(?!\.)|\.\s+\.$/);
      }
    });
  }

  it('a sorted column keeps its plain name; its order is in aria-sort', async () => {
    const el = await mount<HTMLElement>(CASES[1][1](), 720);
    for (const d of el.shadowRoot!.querySelectorAll('details')) (d as HTMLDetailsElement).open = true;
    const button = el.shadowRoot!.querySelector<HTMLButtonElement>('th button.sort')!;
    button.click();
    await (el as unknown as { updateComplete: Promise<unknown> }).updateComplete;
    expect(button.closest('th')!.getAttribute('aria-sort')).to.equal('ascending');
    const nodes = [...walk((await a11ySnapshot({})) as unknown as AxNode)];
    expect(nodes.filter((n) => n.role === 'button').map((n) => n.name)).to.include('Area').and.not.to.include('Area ▲');
  });
});
