// Issue 18: on a phone an element's first render is 100 ms or more of cold code, so the element asks for its data in
// a turn of the page-wide queue ahead of that render, not from inside it.
import { expect, fixture, html } from '@open-wc/testing';
import '../src/define-all';
import { clearDatasetCache } from '../src/shared/dataset';
import { DATA, until } from './helpers';

type Hooked = HTMLElement & { willUpdate(changed: Map<string, unknown>): void };

describe('load order', () => {
  afterEach(() => clearDatasetCache());

  for (const tag of ['inclusion-benchmark', 'inclusion-tile']) {
    it(`${tag} asks for its data ahead of its first update, not from inside it`, async () => {
      clearDatasetCache();
      const wrapper = await fixture<HTMLDivElement>(html`<div style="width: 600px"></div>`);
      const el = document.createElement(tag) as Hooked;
      el.setAttribute('src', `${DATA}/catalogue.json`);
      el.setAttribute('indicator', 'ehcp-20-weeks');
      el.setAttribute('area', 'Salford');
      let updating = false;
      const willUpdate = el.willUpdate;
      el.willUpdate = function (changed) {
        updating = true;
        try {
          willUpdate.call(this, changed);
        } finally {
          updating = false;
        }
      };
      const seen: { url: string; updating: boolean }[] = [];
      const original = window.fetch;
      window.fetch = ((input: RequestInfo | URL, init?: RequestInit) => {
        seen.push({ url: String(input), updating });
        return original(input, init);
      }) as typeof fetch;
      try {
        wrapper.append(el);
        await until(el, '.chart svg, [role=alert], .facts', 30000);
      } finally {
        window.fetch = original;
      }
      expect(el.shadowRoot!.querySelector('[role=alert]')).to.equal(null);
      expect(seen.length, 'requests').to.be.greaterThan(0);
      expect(seen.filter((s) => s.updating).map((s) => s.url), 'asked for from inside the first update').to.deep.equal([]);
    });
  }

  it('an area changed straight after connecting is the one loaded and drawn, once', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div style="width: 600px"></div>`);
    const el = document.createElement('inclusion-benchmark');
    el.setAttribute('src', `${DATA}/catalogue.json`);
    el.setAttribute('indicator', 'ehcp-20-weeks');
    el.setAttribute('area', 'Salford');
    wrapper.append(el);
    el.setAttribute('area', 'Manchester');
    let ready = 0;
    el.addEventListener('inclusion-ready', () => ready++);
    await until(el, '.chart svg, [role=alert]', 30000);
    await new Promise((r) => setTimeout(r, 300));
    expect(el.shadowRoot!.querySelector('[role=alert]')).to.equal(null);
    expect(el.shadowRoot!.textContent).to.include('Manchester');
    expect(ready).to.equal(1);
  });
});
