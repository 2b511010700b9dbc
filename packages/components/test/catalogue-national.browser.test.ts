// Issue 12: "the dashboard's national view can show any of the indicators". On the catalogue, the national view
// searches every indicator (national-only ones included, which the LA view leaves out), and one indicator of every
// theme, picked at random (seeded), shows England's tile with no error; axe checks the view.
import { expect, fixture, html } from '@open-wc/testing';
import '../src/define-all';
import { clearDatasetCache } from '../src/shared/dataset';
import { A11Y, DATA, text, until } from './helpers';

const CATALOGUE = `${DATA}/catalogue.json`;
interface Entry { id: string; theme: string; coverage: string; label: string }

async function national(attrs: Record<string, string>) {
  const wrapper = await fixture<HTMLDivElement>(html`<div style="width: 1000px"></div>`);
  const el = document.createElement('inclusion-dashboard');
  for (const [k, v] of Object.entries({ src: CATALOGUE, mode: 'national', 'url-state': 'off', ...attrs })) el.setAttribute(k, v);
  wrapper.append(el);
  return el as HTMLElement & { updateComplete: Promise<unknown> };
}

/** The first tile's figure, once drawn (or its error). */
async function tile(el: HTMLElement): Promise<Element> {
  await until(el, 'inclusion-tile', 15000);
  const t = el.shadowRoot!.querySelector('inclusion-tile')!;
  await until(t, 'figure, [role=alert]', 15000);
  return t;
}

describe('<inclusion-dashboard mode="national"> on the catalogue', () => {
  let cat: { themes: { id: string }[]; indicators: Entry[] };
  before(async () => { cat = await (await fetch(CATALOGUE)).json(); });
  beforeEach(() => clearDatasetCache());

  it('searches every indicator, national-only ones included', async () => {
    const el = await national({ theme: 'destinations' });
    await until(el, 'nav');
    expect(el.shadowRoot!.querySelector('label[for=indicator-search]')!.textContent).to.contain(`${cat.indicators.length} indicators`);
    expect(cat.indicators.some((i) => i.coverage === 'national')).to.equal(true);
    await expect(el).to.be.accessible(A11Y);
  });

  it('lists every indicator in the choice, grouped by topic, the shown one chosen; made once, not in every render', async () => {
    const el = await national({});
    await until(el, 'nav');
    await el.updateComplete;
    const select = el.shadowRoot!.querySelector<HTMLSelectElement>('#indicator-select')!;
    // A long list shows the chosen indicator first and fills in at the next turn of the page's queue.
    expect(select.value).to.equal(select.options[0].value);
    const t0 = performance.now();
    while (select.options.length < 2 && performance.now() - t0 < 5000) await new Promise((r) => setTimeout(r, 20));
    const options = [...select.options];
    expect(options.map((o) => o.value)).to.have.members(cat.indicators.map((i) => i.id));
    const groups = [...select.querySelectorAll('optgroup')];
    expect(groups.length).to.be.above(1);
    expect(groups.reduce((n, g) => n + g.children.length, 0)).to.equal(options.length);
    // Names are text: a label is an option's text, never markup.
    const first = cat.indicators.find((i) => i.id === options[0].value)!;
    expect(options[0].textContent).to.equal(first.label);
    expect(select.value).to.equal(options[0].value);
    const tileShows = () => el.shadowRoot!.querySelector('inclusion-tile')!.getAttribute('indicator');
    expect(tileShows()).to.equal(options[0].value);
    // Choosing one shows it; the options are the same elements after that render.
    select.value = options[5].value;
    select.dispatchEvent(new Event('change'));
    await el.updateComplete;
    expect(tileShows()).to.equal(options[5].value);
    expect(select.value).to.equal(options[5].value);
    expect(select.options[0]).to.equal(options[0]);
    // A view chosen from outside (a link, the host page) is the select's too.
    (el as unknown as { indicator: string }).indicator = options[9].value;
    await el.updateComplete;
    expect(select.value).to.equal(options[9].value);
  });

  it('shows one indicator of every theme, picked at random: England\'s tile, no error', async () => {
    let seed = 20261202;
    const rand = () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648);
    const shown: string[] = [];
    for (const t of cat.themes) {
      const list = cat.indicators.filter((i) => i.theme === t.id);
      const pick = list[Math.floor(rand() * list.length)];
      const el = await national({ theme: t.id, indicator: pick.id });
      const figure = await tile(el);
      expect(el.shadowRoot!.querySelector('[role=alert]'), pick.id).to.equal(null);
      expect(figure.shadowRoot!.querySelector('[role=alert]'), pick.id).to.equal(null);
      expect(figure.getAttribute('indicator')).to.equal(pick.id);
      expect(text(figure)).to.contain('England');
      shown.push(pick.id);
      el.parentElement!.remove();
    }
    expect(shown.length).to.equal(cat.themes.length);
  });
});
