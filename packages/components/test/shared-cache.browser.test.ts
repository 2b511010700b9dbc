// A page of sixty elements on one extract fetches each extract URL exactly once (the shared cache keyed by URL).
import { expect, fixture, html } from '@open-wc/testing';
import '../src/define-all';
import { DATA, until } from './helpers';

describe('shared extract cache', () => {
  it('fetches each extract once for sixty elements', async () => {
    performance.clearResourceTimings();
    const src = `${DATA}/ehcp.arrow?cache-test`;
    const tags = ['inclusion-tile', 'inclusion-benchmark', 'inclusion-trend', 'inclusion-ranking', 'inclusion-breakdown'];
    const las = ['Salford', 'Manchester', 'Kent', 'Leeds', 'Camden', 'Bolton', 'Surrey', 'Devon', 'Norfolk', 'Bury', 'Wigan', 'Trafford'];
    const wrapper = await fixture<HTMLDivElement>(html`<div style="width: 600px"></div>`);
    const els = Array.from({ length: 60 }, (_, i) => {
      const el = document.createElement(tags[i % tags.length]);
      el.setAttribute('src', src);
      el.setAttribute('indicator', 'ehcp-20-weeks');
      el.setAttribute('area', las[i % las.length]);
      return el;
    });
    wrapper.append(...els);
    for (const el of els) await until(el, 'figure, [role=alert]', 60000);
    expect(els.filter((el) => el.shadowRoot!.querySelector('[role=alert]')).length).to.equal(0);
    const count = (name: string) => performance.getEntriesByType('resource').filter((e) => new URL(e.name).pathname.endsWith(name)).length;
    expect(count('/ehcp.arrow')).to.equal(1);
    expect(count('/areas.arrow')).to.equal(1);
    expect(count('/neighbours.arrow')).to.equal(1);
  });
});
