import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import '../src/inclusion-area-picker/define';
import '../src/inclusion-tile/define';
import type { InclusionAreaPicker } from '../src/inclusion-area-picker/inclusion-area-picker';
import { A11Y, DATA, key, until } from './helpers';

const OPTIONS = [
  { value: 'E08000006', label: 'Salford', hint: 'E08000006, 355' },
  { value: 'E10000006', label: 'Cumbria (until 2023)', hint: 'E10000006, 909' },
  { value: 'E06000064', label: 'Westmorland and Furness', hint: 'E06000064, 943' },
  { value: 'E08000003', label: 'Manchester', hint: 'E08000003, 352' },
];

describe('<inclusion-area-picker>', () => {
  async function picker() {
    const el = await fixture<InclusionAreaPicker>(html`<inclusion-area-picker .options=${OPTIONS} value="E08000006"></inclusion-area-picker>`);
    const input = el.shadowRoot!.querySelector('input')!;
    return { el, input };
  }

  it('filters by name or code and chooses with the keyboard', async () => {
    const { el, input } = await picker();
    expect(input.value).to.equal('Salford');
    input.focus();
    input.value = '909';
    input.dispatchEvent(new Event('input'));
    await el.updateComplete;
    const options = el.shadowRoot!.querySelectorAll('[role=option]');
    expect(options.length).to.equal(1);
    expect(input.getAttribute('aria-expanded')).to.equal('true');
    key(input, 'ArrowDown');
    await el.updateComplete;
    expect(input.getAttribute('aria-activedescendant')).to.equal(options[0].id);
    const changed = oneEvent(el, 'change');
    key(input, 'Enter');
    expect((await changed).detail.value).to.equal('E10000006');
    await el.updateComplete;
    expect(input.getAttribute('aria-expanded')).to.equal('false');
  });

  it('its list drops over the figures below it, which are stacking contexts of their own (layout containment)', async () => {
    const wrap = await fixture<HTMLDivElement>(html`<div style="width: 500px">
      <inclusion-area-picker .options=${OPTIONS} value="E08000006"></inclusion-area-picker>
      <inclusion-tile src=${`${DATA}/catalogue.json`} area="Salford" indicator="ehcp-20-weeks"></inclusion-tile>
    </div>`);
    const [el, tile] = [wrap.querySelector<InclusionAreaPicker>('inclusion-area-picker')!, wrap.querySelector('inclusion-tile')!];
    await until(tile, '.facts, [role=alert]', 30000);
    expect(getComputedStyle(tile).contain).to.equal('layout style');
    const input = el.shadowRoot!.querySelector('input')!;
    input.focus();
    input.value = 'e';
    input.dispatchEvent(new Event('input'));
    await el.updateComplete;
    const last = [...el.shadowRoot!.querySelectorAll('[role=option]')].at(-1)!.getBoundingClientRect();
    // The last option is over the tile, and it is the option that is there to be seen and clicked.
    expect(last.bottom).to.be.above(tile.getBoundingClientRect().top);
    const hit = el.shadowRoot!.elementFromPoint(last.x + 10, last.bottom - 5);
    expect(hit?.getAttribute('role') === 'option' || hit?.closest('[role=option]') !== null).to.equal(true);
  });

  it('closes on Escape and announces the number of results', async () => {
    const { el, input } = await picker();
    input.focus();
    input.value = 'man';
    input.dispatchEvent(new Event('input'));
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('[aria-live]')!.textContent).to.contain('1 result available');
    key(input, 'Escape');
    await el.updateComplete;
    expect(input.getAttribute('aria-expanded')).to.equal('false');
  });

  it('passes axe open and closed', async () => {
    const { el, input } = await picker();
    await expect(el).to.be.accessible(A11Y);
    input.focus();
    input.value = 's';
    input.dispatchEvent(new Event('input'));
    await el.updateComplete;
    await expect(el).to.be.accessible(A11Y);
  });

  it('Escape puts back the chosen LA in place of what was typed', async () => {
    const { el, input } = await picker();
    input.focus();
    input.value = 'Manc';
    input.dispatchEvent(new Event('input'));
    await el.updateComplete;
    key(input, 'Escape');
    await el.updateComplete;
    expect(input.value).to.equal('Salford');
    expect(el.value).to.equal('E08000006');
  });

  it('Alt+Down opens the list without moving to an option; Down then moves', async () => {
    const { el, input } = await picker();
    input.focus();
    input.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowDown', altKey: true, bubbles: true, composed: true, cancelable: true }));
    await el.updateComplete;
    expect(input.getAttribute('aria-expanded')).to.equal('true');
    expect(input.hasAttribute('aria-activedescendant')).to.equal(false);
    key(input, 'ArrowDown');
    await el.updateComplete;
    expect(input.getAttribute('aria-activedescendant')).to.match(/-o0$/);
  });
});

describe('<inclusion-area-picker> with every LA', () => {
  async function fromDashboard() {
    // The options the dashboard gives it: every LA on the real areas extract.
    const { AreaDirectory, readAreas } = await import('@inclusion-dashboard/core');
    const dir = new AreaDirectory(readAreas(new Uint8Array(await (await fetch('/packages/sample-data/data/areas.arrow')).arrayBuffer())));
    const options = dir.localAuthorities().filter((a) => a.live || a.successors.length)
      .map((a) => ({ value: a.code, label: a.name, hint: `${a.code}, ${a.laCode}`, keys: [...a.aliases, ...a.formerCodes] }))
      .sort((a, b) => a.label.localeCompare(b.label, 'en-GB'));
    const el = await fixture<InclusionAreaPicker>(html`<inclusion-area-picker .options=${options}></inclusion-area-picker>`);
    return { el, input: el.shadowRoot!.querySelector('input')!, options };
  }
  const type = async (el: InclusionAreaPicker, input: HTMLInputElement, text: string) => {
    input.focus();
    input.value = text;
    input.dispatchEvent(new Event('input'));
    await el.updateComplete;
    return [...el.shadowRoot!.querySelectorAll('[role=option]:not([aria-disabled])')].map((o) => o.textContent!.replace(/\s+/g, ' ').trim());
  };

  it('every LA can be reached without typing, and the count announced is the true count', async () => {
    const { el, input, options } = await fromDashboard();
    input.focus();
    key(input, 'ArrowDown');
    await el.updateComplete;
    const shown = el.shadowRoot!.querySelectorAll('[role=option]');
    expect(options.length).to.be.greaterThan(150);
    expect(shown.length).to.equal(options.length);
    expect(el.shadowRoot!.querySelector('[aria-live]')!.textContent).to.contain(`${options.length} results available`);
    key(input, 'End');
    for (let i = 0; i < options.length; i++) key(input, 'ArrowDown');
    await el.updateComplete;
    expect(input.getAttribute('aria-activedescendant')).to.equal(shown[shown.length - 1].id);
  });

  for (const [typed, expected] of [
    ['Kent County Council', 'Kent'], ['Bristol', 'Bristol, City of'], ['Salford City Council', 'Salford'],
    ['E08000006', 'Salford'], ['355', 'Salford'], ['E10000002', 'Buckinghamshire'],
  ] as const) {
    it(`"${typed}" finds ${expected}`, async () => {
      const { el, input } = await fromDashboard();
      const found = await type(el, input, typed);
      expect(found[0]).to.match(new RegExp(`^${expected.replace(/[.,]/g, '.')}`));
    });
  }
});
