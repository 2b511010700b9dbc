import { expect, fixture, html } from '@open-wc/testing';
import '../src/inclusion-dashboard/define';
import type { InclusionDashboard } from '../src/inclusion-dashboard/inclusion-dashboard';
import { A11Y, ALL, key, until } from './helpers';

async function dashboard(attrs: { area?: string; theme?: string; mode?: string; urlState?: string } = {}) {
  const wrapper = await fixture<HTMLDivElement>(html`<div style="width: 1000px">
    <inclusion-dashboard src=${ALL} area=${attrs.area ?? ''} theme=${attrs.theme ?? 'ehcp'} mode=${attrs.mode ?? 'la'} url-state=${attrs.urlState ?? 'off'}></inclusion-dashboard></div>`);
  const el = wrapper.firstElementChild as InclusionDashboard;
  await until(el, 'nav');
  await el.updateComplete;
  return el;
}

const q = (el: Element, s: string) => [...el.shadowRoot!.querySelectorAll(s)];

describe('<inclusion-dashboard>', () => {
  afterEach(() => history.replaceState(null, '', location.pathname));

  it('shows a theme of tiles and charts for Salford', async () => {
    const el = await dashboard({ area: 'E08000006' });
    const tiles = q(el, 'inclusion-tile');
    expect(tiles.map((t) => t.getAttribute('indicator'))).to.deep.equal(['ehcp-20-weeks', 'ehcp-20-weeks-excluding-exceptions']);
    for (const tag of ['inclusion-benchmark', 'inclusion-trend', 'inclusion-ranking']) {
      const c = q(el, tag)[0];
      expect(c, tag).to.exist;
      expect(c.getAttribute('area')).to.equal('E08000006');
    }
    expect(el.shadowRoot!.textContent).to.contain('EHC plan timeliness: Salford');
    await until(tiles[0], 'figure');
    expect(tiles[0].shadowRoot!.querySelector('.value')!.textContent).to.equal('50.1%');
  });

  it('shows Cumbria before 2023 and Westmorland and Furness after, each with its own figures', async () => {
    const cumbria = await dashboard({ area: '909', theme: 'exclusions' });
    const tile = q(cumbria, 'inclusion-tile')[0];
    await until(tile, 'figure');
    // Cumbria's last suspension figure is for 2022/23 (LAIT TotFixedEx, LA 909).
    expect(tile.shadowRoot!.textContent).to.contain('Cumbria, 2022/23');
    const wf = await dashboard({ area: '943', theme: 'attendance' });
    const t2 = q(wf, 'inclusion-tile')[0];
    await until(t2, 'figure');
    expect(t2.shadowRoot!.textContent).to.contain('Westmorland and Furness, 2024/25');
  });

  it('picks an LA with the searchable picker and keeps the view in the URL', async () => {
    const el = await dashboard({ area: 'E08000006', urlState: 'on' });
    const picker = el.shadowRoot!.querySelector('inclusion-area-picker')!;
    const input = picker.shadowRoot!.querySelector('input')!;
    input.focus();
    input.value = 'Manchester';
    input.dispatchEvent(new Event('input'));
    await picker.updateComplete;
    key(input, 'ArrowDown');
    await picker.updateComplete;
    key(input, 'Enter');
    await el.updateComplete;
    expect(el.area).to.equal('E08000003');
    expect(new URLSearchParams(location.search).get('area')).to.equal('E08000003');
    // One sentence for the new view, from the dashboard; its charts stay quiet rather than each announcing itself.
    const live = (x: Element) => x.shadowRoot!.querySelector('[aria-live]')!.textContent!.trim();
    expect([...el.shadowRoot!.children].filter((x) => x.matches('[aria-live]')).map((x) => x.textContent!.trim())).to.deep.equal(['Showing Manchester: EHC plan timeliness']);
    const tile = q(el, 'inclusion-tile')[0];
    await until(tile, 'figure');
    expect(tile.hasAttribute('quiet')).to.equal(true);
    expect(live(tile)).to.equal('');
    for (const tag of ['inclusion-benchmark', 'inclusion-trend', 'inclusion-ranking']) expect(q(el, tag)[0].hasAttribute('quiet'), tag).to.equal(true);
    const nav = q(el, 'nav a').find((a) => a.textContent === 'Alternative provision') as HTMLAnchorElement;
    nav.click();
    await el.updateComplete;
    expect(new URLSearchParams(location.search).get('theme')).to.equal('ap');
    expect(nav.getAttribute('aria-current')).to.equal('page');
    // A new dashboard on the same URL shows the same view.
    const again = await dashboard({ urlState: 'on' });
    expect([again.area, again.theme, again.mode]).to.deep.equal(['E08000003', 'ap', 'la']);
  });

  it('makes the area choices once, not in every render (their sort was 55 to 90 ms of a render on a phone)', async () => {
    const el = await dashboard({ area: 'E08000006' });
    const picker = el.shadowRoot!.querySelector('inclusion-area-picker')!;
    const first = picker.options;
    expect(first.length).to.be.above(150);
    expect(first[0].label).to.equal('Barking and Dagenham');
    el.theme = 'ap';
    await el.updateComplete;
    el.area = 'E08000003';
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('inclusion-area-picker')!.options === first).to.equal(true);
  });

  it('lists the themes down the page when narrow and in one row of tabs when wide, the current one marked', async () => {
    const el = await dashboard({ area: 'E08000006' });
    const items = () => q(el, 'nav li').map((li) => li.getBoundingClientRect());
    const current = () => getComputedStyle(el.shadowRoot!.querySelector('nav a[aria-current=page]')!.closest('li')!);
    // 1000px: one row, every tab's bottom on the same line, the current one underlined.
    expect(new Set(items().map((r) => Math.round(r.bottom))).size).to.equal(1);
    expect(parseFloat(current().borderBottomWidth)).to.be.at.least(3);
    el.parentElement!.style.width = '320px';
    await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
    // 320px: one link a line, the current one marked down its left edge.
    const tops = items().map((r) => Math.round(r.top));
    expect(tops).to.deep.equal([...tops].sort((a, b) => a - b));
    expect(new Set(tops).size).to.equal(tops.length);
    expect(parseFloat(current().borderLeftWidth)).to.be.at.least(3);
  });

  it('has a national mode with all LAs ranked', async () => {
    const el = await dashboard({ mode: 'national', theme: 'attendance' });
    expect(q(el, 'inclusion-area-picker').length).to.equal(0);
    const ranking = q(el, 'inclusion-ranking')[0];
    expect(ranking).to.exist;
    expect(ranking.hasAttribute('area')).to.equal(false);
    expect(q(el, 'inclusion-tile')[0].getAttribute('area')).to.equal('E92000001');
  });

  it('passes axe', async () => {
    const el = await dashboard({ area: 'E08000006', theme: 'context' });
    await until(q(el, 'inclusion-tile')[0], 'figure');
    await expect(el).to.be.accessible(A11Y);
  });
});

describe('<inclusion-dashboard> failure', () => {
  it('shows why it cannot load and fires a typed inclusion-error', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div></div>`);
    const el = document.createElement('inclusion-dashboard');
    el.setAttribute('url-state', 'off');
    const failed = new Promise<CustomEvent>((r) => el.addEventListener('inclusion-error', (e) => r(e as CustomEvent), { once: true }));
    el.setAttribute('src', '/packages/sample-data/data/no-such-file.arrow');
    wrapper.append(el);
    const ev = await failed;
    expect(ev.detail.code).to.equal('http');
    await until(el, '[role=alert]');
    expect(el.shadowRoot!.querySelector('[role=alert]')!.textContent).to.contain('cannot be shown');
  });
});
