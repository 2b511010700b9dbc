// An element whose src names the catalogue fetches only its own indicator's extract (plus areas and neighbours),
// never the whole national set; a LAIT code or an unknown id reads the catalogue to look it up.
import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import '../src/define-all';
import { clearDatasetCache } from '../src/shared/dataset';
import { DATA, mount, text, until } from './helpers';

const CATALOGUE = `${DATA}/catalogue.json`;

/** Paths fetched since the last clear, e.g. `indicators/ehcp-20-weeks.arrow`, relative to the data folder. */
function fetched(): string[] {
  return performance.getEntriesByType('resource')
    .map((e) => new URL(e.name).pathname)
    .filter((p) => p.startsWith(`${DATA}/`))
    .map((p) => p.slice(DATA.length + 1));
}

describe('catalogue: one indicator at a time', () => {
  beforeEach(() => {
    clearDatasetCache();
    performance.clearResourceTimings();
  });

  it('a tile fetches its indicator, areas and neighbours, and not the catalogue', async () => {
    const el = await mount(html`<inclusion-tile src=${CATALOGUE} indicator="ehcp-20-weeks" area="Salford" period="2024"></inclusion-tile>`);
    await until(el, 'figure, [role=alert]');
    expect(el.shadowRoot!.querySelector('[role=alert]')).to.equal(null);
    expect(text(el)).to.contain('50.1%');
    expect(fetched().sort()).to.deep.equal(['areas.arrow', 'indicators/ehcp-20-weeks.arrow', 'neighbours.arrow']);
  });

  it('asks for the areas and neighbours beside the catalogue with its extract, not after reading it', async () => {
    const asked: string[] = [];
    const real = window.fetch;
    window.fetch = (input, init) => { asked.push(new URL(String(input instanceof Request ? input.url : input), location.href).pathname.slice(DATA.length + 1)); return real(input, init); };
    try {
      const el = await mount(html`<inclusion-trend src=${CATALOGUE} indicator="ehcp-20-weeks" area="Salford"></inclusion-trend>`);
      expect(el.shadowRoot!.querySelector('[role=alert]')).to.equal(null);
    } finally {
      window.fetch = real;
    }
    // Without waiting for the extract to name them (it names the same two files): one round trip sooner.
    expect(asked).to.deep.equal(['areas.arrow', 'neighbours.arrow', 'indicators/ehcp-20-weeks.arrow']);
  });

  it('a tile with no period fetches the latest figures only: the same figure from a fraction of the bytes', async () => {
    const el = await mount(html`<inclusion-tile src=${CATALOGUE} indicator="ehcp-20-weeks" area="Salford"></inclusion-tile>`);
    await until(el, 'figure, [role=alert]');
    expect(el.shadowRoot!.querySelector('[role=alert]')).to.equal(null);
    expect(text(el)).to.contain('50.1%');
    expect(text(el)).to.contain('2024');
    expect(fetched().sort()).to.deep.equal(['areas.arrow', 'indicators/ehcp-20-weeks.latest.arrow', 'neighbours.arrow']);
  });

  it('a former LA\'s tile reads the whole extract: its last figures are older than the latest-figures file holds', async () => {
    const el = await mount(html`<inclusion-tile src=${CATALOGUE} indicator="ehcp-20-weeks" area="Cumbria"></inclusion-tile>`);
    await until(el, 'figure, [role=alert]');
    expect(el.shadowRoot!.querySelector('[role=alert]')).to.equal(null);
    expect(text(el)).to.contain('Cumbria');
    expect(fetched()).to.include('indicators/ehcp-20-weeks.arrow');
  });

  it('a benchmark beside a trend of the same indicator shares its whole extract: one download, not two', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div style="width: 600px"></div>`);
    const els = ['inclusion-benchmark', 'inclusion-trend'].map((tag) => Object.assign(document.createElement(tag), { src: CATALOGUE, indicator: 'suspension-rate', area: 'Salford' }));
    wrapper.append(...els);
    for (const el of els) await until(el, '.chart svg, [role=alert]', 30000);
    expect(els.filter((el) => el.shadowRoot!.querySelector('[role=alert]')).map((el) => text(el))).to.deep.equal([]);
    expect(fetched().sort()).to.deep.equal(['areas.arrow', 'indicators/suspension-rate.arrow', 'neighbours.arrow']);
  });

  it('a folder without latest-figures files still works: the tile falls back to the whole extract', async () => {
    const realFetch = window.fetch;
    window.fetch = (input, init) => (String(input).endsWith('.latest.arrow') ? Promise.resolve(new Response('gone', { status: 404 })) : realFetch(input, init));
    try {
      const el = await mount(html`<inclusion-tile src=${CATALOGUE} indicator="ehcp-20-weeks" area="Salford"></inclusion-tile>`);
      await until(el, 'figure, [role=alert]');
      expect(el.shadowRoot!.querySelector('[role=alert]')).to.equal(null);
      expect(text(el)).to.contain('50.1%');
      expect(fetched()).to.include('indicators/ehcp-20-weeks.arrow');
    } finally {
      window.fetch = realFetch;
    }
  });

  it('four widgets on four indicators fetch each file once', async () => {
    const ids = ['ehcp-20-weeks', 'persistent-absence', 'suspension-rate', 'pru-absence'];
    const wrapper = await fixture<HTMLDivElement>(html`<div style="width: 600px"></div>`);
    const tags = ['inclusion-tile', 'inclusion-benchmark', 'inclusion-trend', 'inclusion-ranking'];
    const els = ids.flatMap((id) => tags.map((tag) => {
      const el = document.createElement(tag);
      Object.assign(el, { src: CATALOGUE, indicator: id, area: 'Salford' });
      return el;
    }));
    wrapper.append(...els);
    for (const el of els) await until(el, '.chart svg, dl, [role=alert]', 30000);
    expect(els.filter((el) => el.shadowRoot!.querySelector('[role=alert]')).map((el) => text(el))).to.deep.equal([]);
    // The tile and benchmark may take the whole extract the trend and ranking fetch, or the latest figures if they
    // asked first (dataset.ts): either way, no file twice and nothing else.
    const got = fetched();
    expect(got.length, got.join(', ')).to.equal(new Set(got).size);
    const allowed = ['areas.arrow', 'neighbours.arrow', ...ids.flatMap((id) => [`indicators/${id}.arrow`, `indicators/${id}.latest.arrow`])];
    expect(got.filter((f) => !allowed.includes(f))).to.deep.equal([]);
    for (const id of ids) expect(got, id).to.include(`indicators/${id}.arrow`);
  });

  it('a LAIT measure code is looked up in the catalogue', async () => {
    const el = await mount(html`<inclusion-tile src=${CATALOGUE} indicator="SEN_EHC_All_20wks" area="Salford" period="2024"></inclusion-tile>`);
    await until(el, 'figure, [role=alert]');
    expect(text(el)).to.contain('50.1%');
    expect(fetched()).to.include('catalogue.json');
    expect(fetched()).to.include('indicators/ehcp-20-weeks.arrow');
  });

  it('an unknown id is an error with the nearest choices from the whole catalogue', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div></div>`);
    const el = document.createElement('inclusion-tile');
    const failed = oneEvent(el, 'inclusion-error');
    Object.assign(el, { src: CATALOGUE, indicator: 'ehcp-20-week', area: 'Salford' });
    wrapper.append(el);
    const ev = await failed;
    expect(ev.detail.code).to.equal('unknown-indicator');
    expect(ev.detail.message).to.contain('ehcp-20-weeks');
  });

  it('a single-file extract still works beside it', async () => {
    const el = await mount(html`<inclusion-tile src="${DATA}/ehcp.arrow" indicator="ehcp-20-weeks" area="Salford" period="2024"></inclusion-tile>`);
    await until(el, 'figure, [role=alert]');
    expect(text(el)).to.contain('50.1%');
  });
});

describe('<inclusion-dashboard> on the catalogue', () => {
  const realFetch = window.fetch;
  afterEach(() => { window.fetch = realFetch; history.replaceState(null, '', location.pathname); });

  async function dashboard(src: string, attrs: Record<string, string> = {}) {
    const wrapper = await fixture<HTMLDivElement>(html`<div style="width: 1000px"></div>`);
    const el = document.createElement('inclusion-dashboard');
    el.setAttribute('src', src);
    el.setAttribute('url-state', 'off');
    for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, v);
    wrapper.append(el);
    return el as HTMLElement & { updateComplete: Promise<unknown>; src: string };
  }

  it('takes its themes from the catalogue and searches every indicator by topic', async () => {
    clearDatasetCache();
    const res = await realFetch(CATALOGUE);
    const cat = await res.json();
    const el = await dashboard(CATALOGUE, { area: 'Salford', theme: 'ehcp' });
    await until(el, 'nav');
    const tabs = [...el.shadowRoot!.querySelectorAll('nav a')].map((a) => a.textContent!.trim());
    expect(tabs.length).to.equal(cat.themes.length + 1);
    const input = el.shadowRoot!.querySelector<HTMLInputElement>('#indicator-search')!;
    expect(el.shadowRoot!.querySelector('label[for=indicator-search]')!.textContent).to.contain(`${cat.indicators.filter((i: { coverage: string }) => i.coverage === 'la').length} indicators`);
    input.value = 'exclusion';
    input.dispatchEvent(new Event('input'));
    await el.updateComplete;
    const links = [...el.shadowRoot!.querySelectorAll<HTMLAnchorElement>('.results a')];
    expect(links.length).to.be.greaterThan(0);
    expect(el.shadowRoot!.querySelector('#indicator-search-count')!.textContent).to.match(/indicators? match/);
    // Said once, in the dashboard's one live region.
    expect(el.shadowRoot!.querySelectorAll('[aria-live]').length).to.equal(1);
    expect(el.shadowRoot!.querySelector('[aria-live]')!.textContent).to.match(/indicators? match/);
    const target = links.find((a) => a.textContent!.includes('Permanent exclusion rate'))!;
    target.click();
    await el.updateComplete;
    expect((el as unknown as { theme: string }).theme).to.equal('exclusions');
    expect(el.shadowRoot!.querySelector('inclusion-benchmark')!.getAttribute('indicator')).to.equal('permanent-exclusion-rate');
  });

  it('a src changed during a slow load shows the new data, never the old', async () => {
    clearDatasetCache();
    // The first src answers only after the second has loaded.
    window.fetch = (async (input: RequestInfo | URL, init?: RequestInit) => {
      if (String(input).includes('slow=1')) await new Promise((r) => setTimeout(r, 1500));
      return realFetch(input, init);
    }) as typeof fetch;
    const el = await dashboard(`${DATA}/context.arrow?slow=1`, { area: 'Salford', theme: 'ehcp' });
    await new Promise((r) => setTimeout(r, 50));
    el.src = `${DATA}/ehcp.arrow`;
    await until(el, 'inclusion-tile', 10000);
    await new Promise((r) => setTimeout(r, 2000));
    await el.updateComplete;
    const tiles = [...el.shadowRoot!.querySelectorAll('inclusion-tile')].map((t) => t.getAttribute('src'));
    expect(tiles.length).to.be.greaterThan(0);
    expect(new Set(tiles)).to.deep.equal(new Set([`${DATA}/ehcp.arrow`]));
    expect(el.shadowRoot!.querySelector('[role=alert]')).to.equal(null);
  });
});
