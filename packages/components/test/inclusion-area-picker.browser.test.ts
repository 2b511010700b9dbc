import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import '../src/inclusion-area-picker/define';
import type { InclusionAreaPicker } from '../src/inclusion-area-picker/inclusion-area-picker';
import { A11Y, key } from './helpers';

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
});
