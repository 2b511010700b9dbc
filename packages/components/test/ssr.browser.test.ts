// Issue 13: markup rendered on a server by @lit-labs/ssr (declarative shadow DOM; see ssr-page.ts, served afresh by
// scripts/wtr-ssr-plugin.mjs) hydrates in the browser: the elements keep the server's shadow roots, load their data
// and draw, with no hydration error. The hydrate support must load before Lit, so it is the first import.
import '@lit-labs/ssr-client/lit-element-hydrate-support.js';
import { expect, fixture, html } from '@open-wc/testing';
import { uncaughtErrors, until } from './helpers';

describe('server-rendered markup hydrates (issue 13)', function () {
  this.timeout(60_000);
  const problems = uncaughtErrors();

  it('the tile and the benchmark keep their server shadow roots, then load and draw', async () => {
    const markup = await (await fetch('/__ssr/page.html')).text();
    expect(markup).to.contain('shadowrootmode="open"');
    const wrapper = await fixture<HTMLDivElement>(html`<div style="width: 720px"></div>`);
    // Parsed as a server's HTML is: declarative shadow roots attached before any script defines the elements.
    wrapper.setHTMLUnsafe(markup);
    const tile = wrapper.querySelector('#tile')!;
    const bars = wrapper.querySelector('#bars')!;
    const roots = [tile.shadowRoot, bars.shadowRoot];
    expect(roots.every((r) => r !== null), 'shadow roots from the markup, before the elements are defined').to.equal(true);
    expect(tile.shadowRoot!.textContent).to.contain('Loading data…');
    await import('../src/define-all');
    await until(tile, 'figure');
    await until(bars, '.chart svg');
    expect([tile.shadowRoot, bars.shadowRoot]).to.deep.equal(roots);
    for (const el of [tile, bars]) {
      expect(el.shadowRoot!.querySelectorAll('figure').length, `${el.localName}: one figure`).to.equal(1);
      expect(el.shadowRoot!.querySelector('[part=summary]')!.textContent).to.contain('Salford');
      expect(el.shadowRoot!.textContent).not.to.contain('Loading data…');
    }
    expect(problems).to.deep.equal([]);
  });
});
